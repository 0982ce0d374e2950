"""Issue 15, cold start: a profile with no interaction gets exactly the popularity list (its
marks applied) with true "Popular with N" counts; a few interactions lean on popularity."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from desktop_recsys.engine.algorithms.default import DefaultRecommender
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.library import Library
from desktop_recsys.services.dataset_service import dataset_from_library
from desktop_recsys.services.recommend_service import recommend_for
from desktop_recsys.services.training_service import train_model


def popularity_truth(path: Path, kind: str) -> dict[int, int]:
    """How many profiles have each item in the data a model learns from (auto signal)."""
    with Library.open(path) as lib:
        data = dataset_from_library(lib, kind=kind, signal="auto")
    counts = np.diff(data.matrix.tocsc().indptr)
    return {int(i): int(c) for i, c in zip(data.item_ids.tolist(), counts, strict=True)}


@pytest.mark.parametrize("algorithm", ["default", "ease", "item-knn"])
def test_a_profile_without_interactions_gets_the_popularity_list_with_true_counts(
    demo_library_copy: Path, models_dir: Path, algorithm: str
) -> None:
    with Library.open(demo_library_copy) as lib:
        newcomer = lib.profiles.add("Newcomer").id  # known to the model, with nothing in it
    truth = popularity_truth(demo_library_copy, "film")
    ranked = sorted(truth, key=lambda i: (-truth[i], i))
    train_model(demo_library_copy, models_dir, kind="film", algorithm=algorithm)
    first = recommend_for(demo_library_copy, models_dir, profile=newcomer, kind="film", n=12)
    assert [r.item_id for r in first] == ranked[:12]
    counts = [truth[r.item_id] for r in first]
    assert counts == sorted(counts, reverse=True)
    for row in first:
        assert row.fallback
        assert row.explanation == f"Popular with {truth[row.item_id]} people"
    # Marks apply: "not interested" and "don't learn from this" leave the list, the rest moves up.
    with Library.open(demo_library_copy) as lib:
        lib.marks.set(newcomer, ranked[0], "not_interested")
        lib.marks.set(newcomer, ranked[2], "dont_learn")
    after = recommend_for(demo_library_copy, models_dir, profile=newcomer, kind="film", n=10)
    expected = [i for i in ranked if i not in (ranked[0], ranked[2])][:10]
    assert [r.item_id for r in after] == expected
    assert "no interactions yet" in after.note


def test_default_blends_a_cold_user_toward_popularity_and_leaves_warm_users_alone() -> None:
    rng = np.random.default_rng(3)
    users, items = [], []
    for u in range(60):
        for i in rng.choice(40, size=int(rng.integers(12, 30)), replace=False):
            users.append(f"u{u}")
            items.append(f"i{i}")
    users += ["cold", "cold", "empty_friend"]
    items += ["i39", "i38", "i0"]
    data = Dataset.from_arrays(users, items, extra_users=["empty"])
    model = DefaultRecommender().fit(data)
    idx = np.array([data.user_index("cold"), data.user_index("u0")])
    w = model.cold_weights(idx)
    assert w[0] == pytest.approx(20 / 22) and w[1] == 0.0
    warm = model._score(idx[1:])[0]
    assert np.array_equal(warm, model._model_score(idx[1:])[0])
    # A cold user's list is mostly the popular items, never the ties of an empty model row.
    empty = model.recommend("empty", 5)
    assert empty.reason.startswith("no interactions yet") and empty.fallback_from == 0
    pop_order = [str(model.item_ids[j]) for j in model._popularity_order[:5]]
    assert empty.items == pop_order
