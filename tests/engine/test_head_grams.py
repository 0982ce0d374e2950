"""The head blend's two EASE Gram matrices, built before ALS's factors (``_head_grams``): the
same matrices and the same models as building each on its own."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from desktop_recsys.engine.algorithms._blend_validation import validation_holdout
from desktop_recsys.engine.algorithms._head_grams import head_grams
from desktop_recsys.engine.algorithms.ease import (
    EaseParams,
    EaseRecommender,
    gram_items,
    head_of,
)
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.registry import create
from desktop_recsys.errors import Cancelled
from desktop_recsys.progress import CancelToken, no_progress


@pytest.fixture(scope="module")
def lastfm(data_dir: Path) -> Dataset:
    frame = pd.read_csv(data_dir / "hetrec2011-lastfm-2k" / "user_artists.dat", sep="\t", dtype=str)
    return Dataset.from_arrays(
        frame["userID"].tolist(), frame["artistID"].tolist(), frame["weight"].astype(float)
    )


def _inputs(matrix, kept, binary: bool):  # type: ignore[no-untyped-def]
    x = matrix[:, kept].tocsr().astype(np.float32)
    if binary:
        x.data[:] = 1.0
    return x


@pytest.mark.parametrize("binary", [True, False])
def test_both_grams_equal_the_grams_built_apart(lastfm: Dataset, binary: bool) -> None:
    part, held = validation_holdout(lastfm.matrix, max_users=400)
    assert held.nnz > 0
    kept = head_of(lastfm.matrix, 700)
    assert kept is not None and len(kept) == 700
    gram_part, gram_full = head_grams(part, lastfm.matrix, kept, 5, binary, CancelToken())
    assert gram_part.shape == gram_full.shape == (705, 705)
    want_part = gram_items(_inputs(part, kept, binary), 0, no_progress, CancelToken())
    want_full = gram_items(_inputs(lastfm.matrix, kept, binary), 0, no_progress, CancelToken())
    assert not np.array_equal(want_part, want_full)  # the held-out items make a difference
    if binary:  # whole counts: exact in float32
        np.testing.assert_array_equal(gram_part[:700, :700], want_part)
        np.testing.assert_array_equal(gram_full[:700, :700], want_full)
    else:  # play counts in the thousands: float32 sums in another order
        np.testing.assert_allclose(gram_part[:700, :700], want_part, rtol=1e-6)
        np.testing.assert_allclose(gram_full[:700, :700], want_full, rtol=1e-5, atol=1.0)


def test_an_ease_from_a_given_head_and_gram_equals_its_own_fit(lastfm: Dataset) -> None:
    params = EaseParams(max_items=600, l2_popularity=3.0)
    rng = np.random.default_rng(2)
    side = rng.standard_normal((lastfm.n_items, 6)).astype(np.float32)
    kept = head_of(lastfm.matrix, 600)
    assert kept is not None
    for side_in, extra in ((None, 0), (side, 6)):
        own = EaseRecommender(params).with_side(side_in).fit(lastfm)
        _, gram = head_grams(lastfm.matrix, lastfm.matrix, kept, extra, True, CancelToken())
        given = EaseRecommender(params).with_side(side_in).with_head(kept, gram).fit(lastfm)
        assert set(given._state) == set(own._state)
        for key, value in own._state.items():
            np.testing.assert_array_equal(given._state[key], value, err_msg=key)


def test_the_served_head_ease_is_the_one_fitted_on_all_the_data(lastfm: Dataset) -> None:
    """The head blend's served EASE came from all the data's Gram built as the validation
    part's plus the difference: it equals an EASE fitted on all the data from scratch, over the
    same head, reading the same factors for the tail."""
    model = create(
        "default", {"ease_max_side": "10", "head_items": "600", "ease_weight": "-1"}
    ).fit(lastfm)
    ease = next((m for m, _ in model._parts if m.name == "ease"), None)
    assert ease is not None, model._meta["validation"]
    assert "side_b" in ease._state  # it reads the tail through the validation run's factors
    again = EaseRecommender(ease.params).with_side(ease._state["side_factors"]).fit(lastfm)
    for key, value in again._state.items():
        np.testing.assert_allclose(ease._state[key], value, rtol=1e-5, atol=1e-6, err_msg=key)


def test_a_cancel_stops_building_the_grams(lastfm: Dataset) -> None:
    token = CancelToken()
    token.cancel()
    kept = head_of(lastfm.matrix, 600)
    with pytest.raises(Cancelled):
        head_grams(lastfm.matrix, lastfm.matrix, kept, 0, True, token)


def test_no_head_when_the_head_is_every_item(lastfm: Dataset) -> None:
    assert head_of(lastfm.matrix, 0) is None
    assert head_of(lastfm.matrix, lastfm.n_items) is None
    counts = np.diff(lastfm.matrix.tocsc().indptr)
    kept = head_of(lastfm.matrix, 50)
    assert kept is not None and np.all(np.diff(kept) > 0)
    assert counts[kept].min() >= np.sort(counts)[-50]
