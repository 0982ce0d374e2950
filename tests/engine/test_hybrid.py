"""Hybrid: parameter parsing, monotone fusion, cold-start switching."""

from __future__ import annotations

import numpy as np
import pytest
from test_content import (  # sibling module (rootdir-less tests)
    CancelFromAnotherThread,
    movielens_with_side_information,
)

from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.registry import create
from desktop_recsys.errors import UserError


@pytest.mark.parametrize("fusion", ["score", "rank"])
def test_all_weight_on_one_component_ranks_as_that_component(fusion, two_tastes) -> None:
    als = create("als", {"factors": "4", "iterations": "5"}).fit(two_tastes)
    hybrid = create(
        "hybrid",
        {
            "components": "als,popularity",
            "weights": "1,0",
            "fusion": fusion,
            "options": "als.factors=4;als.iterations=5",
        },
    ).fit(two_tastes)
    for user in ("a00", "b03", "a11"):
        assert hybrid.recommend(user, 20).items == als.recommend(user, 20).items


def test_params_are_parsed_and_checked() -> None:
    with pytest.raises(UserError, match="weights"):
        create("hybrid", {"components": "als,content", "weights": "1"})
    with pytest.raises(UserError, match="unknown algorithm"):
        create("hybrid", {"components": "als,nope", "weights": "1,1"})
    with pytest.raises(UserError, match="cannot be a component"):
        create("hybrid", {"components": "hybrid", "weights": "1"})
    with pytest.raises(UserError, match="not a number"):
        create("hybrid", {"weights": "a,b,c"})
    with pytest.raises(UserError, match="not a component"):
        create("hybrid", {"options": "ease.l2=3"})


def test_cold_users_and_new_items_switch_to_content(two_tastes) -> None:
    m = two_tastes.matrix
    frame = {
        "user": two_tastes.user_ids[np.repeat(np.arange(m.shape[0]), np.diff(m.indptr))].tolist(),
        "item": two_tastes.item_ids[m.indices].tolist(),
        "weight": m.data.tolist(),
    }
    genres = {f"i{i:02d}": ["Comedy" if i < 15 else "Horror"] for i in range(31)}
    ds = Dataset.from_arrays(
        list(frame["user"]) + ["newbie"],
        list(frame["item"]) + ["i20"],  # one horror film
        list(frame["weight"]) + [5.0],
        extra_items=["i30"],  # a new horror film, side information only
        item_attributes={"genres": genres},
    )
    model = create("hybrid", {"components": "als,popularity", "weights": "0.9,0.1"}).fit(ds)
    recs = model.recommend("newbie", 3)
    # Content (all horror) outweighs popularity for the cold user: horror films first.
    assert all(int(i[1:]) >= 15 for i in recs.items)
    e = model.explain("newbie", recs.items[0])
    assert "content (new user)" in e.text
    # The new film is recommendable to horror fans, though no one has it.
    fan = "b00"
    assert "i30" in model.recommend(fan, 12).items
    assert model.predict(fan, ["i30"])[0] > model.predict("a00", ["i30"])[0]
    warm_only = create(
        "hybrid", {"components": "als,popularity", "weights": "0.9,0.1", "cold_start": "false"}
    ).fit(ds)
    assert "i30" not in warm_only.recommend(fan, 12).items[:12]


def test_hybrid_explains_with_component_shares(two_tastes) -> None:
    model = create("hybrid").fit(two_tastes)
    item = model.recommend("a02", 1).items[0]
    e = model.explain("a02", item)
    names = [n for n, _ in e.features]
    assert "als" in names and "blend" in e.text
    assert np.isfinite(e.score)


def test_a_cancel_during_the_content_components_text_pass_stops_the_hybrid(data_dir) -> None:
    """On ml-latest-small the hybrid's content component indexes text in several steps; a
    cancel from another thread at its first step stops the whole hybrid with nothing fitted."""
    ds, _ = movielens_with_side_information(data_dir)

    def in_text_pass(message: str) -> bool:
        return "content: indexing text" in message

    probe = CancelFromAnotherThread(in_text_pass)
    model = create("hybrid")
    assert probe.fit_until_cancelled(model, ds) < 5.0
    assert not model.is_fitted
    assert sum(map(in_text_pass, probe.messages)) == 1
    assert not any(m.startswith(("popularity", "hybrid: done")) for m in probe.messages)
