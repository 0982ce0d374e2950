"""MMR diversity and negative feedback."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.registry import create
from desktop_recsys.engine.rerank import (
    Exclusions,
    excluded_items,
    intra_list_similarity,
    item_vectors,
    mmr,
    recommend_filtered,
)

# Four candidates: 0 and 1 are near-duplicates (same genre), 2 and 3 each stand alone.
VECTORS = np.array([[1.0, 0, 0], [1.0, 0, 0], [0, 1.0, 0], [0, 0, 1.0]])
RELEVANCE = np.array([0.9, 0.8, 0.5, 0.1])


def test_mmr_zero_keeps_relevance_order() -> None:
    rel = np.array([0.2, 0.9, 0.5, 0.9])
    assert mmr(rel, VECTORS, 0.0).tolist() == [1, 3, 2, 0]  # ties by position


def test_mmr_one_maximises_diversity() -> None:
    order = mmr(RELEVANCE, VECTORS, 1.0)
    assert order.tolist()[:3] == [0, 2, 3]  # the duplicate comes last
    top3 = VECTORS[order[:3]]
    # No other choice of three has a lower intra-list similarity.
    assert intra_list_similarity(top3) == 0.0
    assert intra_list_similarity(VECTORS[:3]) > 0


def test_mmr_middle_trade_off_and_sparse_input() -> None:
    order = mmr(RELEVANCE, sp.csr_matrix(VECTORS), 0.5, n=3)
    assert order.tolist() == [0, 2, 1] or order.tolist() == [0, 2, 3]
    assert len(order) == 3


def catalogue() -> Dataset:
    genres = {
        "c1": ["Comedy"],
        "c2": ["Comedy"],
        "c3": ["Comedy"],
        "h1": ["Horror"],
        "d1": ["Drama"],
        "t1": ["Rock"],
    }
    kinds = {
        "c1": ["film"],
        "c2": ["film"],
        "c3": ["film"],
        "h1": ["film"],
        "d1": ["film"],
        "t1": ["track"],
    }
    users = ["u", "v", "v", "v", "w", "w", "w", "x", "x", "y"]
    items = ["c1", "c2", "c3", "h1", "c2", "c3", "d1", "c2", "t1", "c3"]
    return Dataset.from_arrays(users, items, item_attributes={"genres": genres, "kind": kinds})


def test_exclusions_by_mark_kind_and_genre() -> None:
    ds = catalogue()
    rules = Exclusions.of(not_interested=["c2"], kinds=["TRACK"], genres=["horror"])
    assert excluded_items(ds, rules) == {"c2", "t1", "h1"}
    model = create("popularity").fit(ds)
    recs = recommend_filtered(model, "u", 10, dataset=ds, rules=rules)
    assert not {"c2", "t1", "h1"} & set(recs.items)
    assert set(recs.items) == {"c3", "d1"}


def test_recommend_filtered_diversifies_within_the_model_part() -> None:
    ds = catalogue()
    model = create("popularity").fit(ds)
    plain = recommend_filtered(model, "u", 3, dataset=ds)
    assert plain.items == model.recommend("u", 3).items
    diverse = recommend_filtered(model, "u", 3, dataset=ds, diversity=1.0)
    vec = item_vectors(ds)
    idx = [ds.item_index(i) for i in diverse.items]
    idx_plain = [ds.item_index(i) for i in plain.items]
    assert intra_list_similarity(vec[idx]) < intra_list_similarity(vec[idx_plain])
    assert diverse.items[0] == plain.items[0]
