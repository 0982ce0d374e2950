"""build_dataset: the rules that turn library rows into an engine data set, on known answers."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from services_test_library import Tiny

from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.errors import Cancelled, UserError
from desktop_recsys.progress import CancelToken
from desktop_recsys.services.dataset_service import RATING_NEUTRAL, SKIP_WEIGHT, build_dataset


def weight(ds: Dataset, profile: int, item: int) -> float | None:
    """The stored weight of a (profile, item) cell, None if the cell is not stored."""
    u, i = ds.user_index(str(profile)), ds.item_index(str(item))
    assert u is not None and i is not None
    row = ds.matrix.getrow(u)
    hits = np.flatnonzero(row.indices == i)
    return float(row.data[hits[0]]) if len(hits) else None


def test_ratings_are_kept_as_stars_without_dont_learn_pairs(tiny: Tiny) -> None:
    ds = build_dataset(tiny.path, kind="film", signal="ratings")
    assert weight(ds, tiny.ann, tiny.films[0]) == 5.0
    assert weight(ds, tiny.ann, tiny.films[1]) == 1.0
    assert weight(ds, tiny.bob, tiny.films[0]) == 4.0
    # Bob marked Beta "don't learn from this": gone, while his other rating stays.
    assert weight(ds, tiny.bob, tiny.films[1]) is None
    assert ds.nnz == 4
    assert ds.timestamps is not None


def test_every_profile_and_catalogue_item_is_present(tiny: Tiny) -> None:
    ds = build_dataset(tiny.path, kind="film", signal="ratings")
    assert sorted(ds.user_ids.tolist()) == sorted(
        str(p) for p in (tiny.ann, tiny.bob, tiny.cat, tiny.dan)
    )
    assert sorted(ds.item_ids.tolist()) == sorted(str(i) for i in tiny.films)
    assert ds.matrix.getrow(ds.user_index(str(tiny.dan))).nnz == 0  # no history, still a user


def test_plays_weigh_share_completed_skips_and_counts(tiny: Tiny) -> None:
    ds = build_dataset(tiny.path, kind="track", signal="plays")
    # 1 + 1 + 0.5 completed.
    assert weight(ds, tiny.ann, tiny.tracks[0]) == pytest.approx(math.log1p(2.5), rel=1e-6)
    # Only skips: negative evidence, not a positive cell.
    assert weight(ds, tiny.ann, tiny.tracks[1]) is None
    # One full play minus one skip.
    assert weight(ds, tiny.bob, tiny.tracks[1]) == pytest.approx(
        math.log1p(1.0 + SKIP_WEIGHT), rel=1e-6
    )
    # A listening count of 100 (no date) -> log1p(100).
    assert weight(ds, tiny.bob, tiny.tracks[2]) == pytest.approx(math.log1p(100), rel=1e-6)
    # Cat's play is marked "don't learn from this".
    assert weight(ds, tiny.cat, tiny.tracks[0]) is None
    assert ds.nnz == 3
    # Undated cells count as the oldest dated interaction.
    u, i = ds.user_index(str(tiny.bob)), ds.item_index(str(tiny.tracks[2]))
    assert ds.timestamps is not None
    assert ds.timestamps[u, i] == ds.timestamps.data.min()


def test_auto_adds_ratings_around_the_neutral_star(tiny: Tiny) -> None:
    ds = build_dataset(tiny.path, kind="film", signal="auto")
    assert weight(ds, tiny.ann, tiny.films[0]) == pytest.approx(
        math.log1p(5.0 - RATING_NEUTRAL), rel=1e-6
    )
    assert weight(ds, tiny.ann, tiny.films[1]) is None  # one star: a dislike, not a positive
    assert weight(ds, tiny.cat, tiny.films[1]) == pytest.approx(
        math.log1p(4.5 - RATING_NEUTRAL), rel=1e-6
    )


def test_time_decay_halves_a_play_one_half_life_older(tiny: Tiny) -> None:
    plain = build_dataset(tiny.path, kind="track", signal="plays")
    decayed = build_dataset(tiny.path, kind="track", signal="plays", time_decay_days=10.0)
    # The newest dated play is Bob's (T0 + 10 days); Ann's plays are 10, 9 and 8 days older.
    expected = 1.0 * 0.5 + 1.0 * 0.5 ** (9 / 10) + 0.5 * 0.5 ** (8 / 10)
    assert weight(decayed, tiny.ann, tiny.tracks[0]) == pytest.approx(
        math.log1p(expected), rel=1e-5
    )
    # Undated counts are not decayed; Bob's newest play has age zero.
    assert weight(decayed, tiny.bob, tiny.tracks[2]) == weight(plain, tiny.bob, tiny.tracks[2])
    assert weight(decayed, tiny.bob, tiny.tracks[1]) == weight(plain, tiny.bob, tiny.tracks[1])


def test_side_information_travels_with_the_data(tiny: Tiny) -> None:
    ds = build_dataset(tiny.path, kind="film", signal="ratings")
    alpha, beta = str(tiny.films[0]), str(tiny.films[1])
    attrs = ds.item_attributes
    assert attrs["genres"][alpha] == ["Drama"]
    assert sorted(attrs["genres"][beta]) == ["Comedy", "Drama"]
    assert attrs["tags"][alpha] == ["slow"]
    assert attrs["people"][alpha] == ["Director One", "Actor A"]
    assert attrs["duration"][alpha] == ["75-105 min"]
    assert ds.item_years == {alpha: 1994, beta: 2001}
    assert ds.item_text[alpha] == "Alpha\nDirector One\na quiet drama"
    features, names = ds.item_feature_matrix()
    assert "genres:Comedy" in names and features.shape[0] == 3


def test_friendships_only_between_profiles_that_share(tiny: Tiny) -> None:
    ds = build_dataset(tiny.path, kind="film", signal="ratings")
    assert ds.friends is not None
    pairs = {(ds.user_ids[a], ds.user_ids[b]) for a, b in zip(*ds.friends.nonzero(), strict=True)}
    ann, bob, cat, dan = (str(p) for p in (tiny.ann, tiny.bob, tiny.cat, tiny.dan))
    assert pairs == {(ann, bob), (bob, ann), (bob, dan), (dan, bob)}  # Cat shares nothing


def test_refusals_are_one_line_user_errors(tiny: Tiny, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="unknown item kind"):
        build_dataset(tiny.path, kind="podcast")
    with pytest.raises(UserError, match="unknown signal"):
        build_dataset(tiny.path, kind="film", signal="vibes")
    with pytest.raises(UserError, match="no profile named"):
        build_dataset(tiny.path, kind="film", profile="Zed")
    with pytest.raises(UserError, match="star ratings keep"):
        build_dataset(tiny.path, kind="film", signal="ratings", time_decay_days=30)
    with pytest.raises(UserError, match="no plays or ratings of artists"):
        build_dataset(tiny.path, kind="artist")


def test_profile_by_name_or_id_and_cancel(tiny: Tiny) -> None:
    by_name = build_dataset(tiny.path, kind="film", profile="Ann")
    by_id = build_dataset(tiny.path, kind="film", profile=tiny.ann)
    assert by_name.fingerprint() == by_id.fingerprint()
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        build_dataset(tiny.path, kind="film", cancel=token)


def test_demo_library_builds_for_both_media(demo_library_copy: Path) -> None:
    films = build_dataset(demo_library_copy, kind="film")
    tracks = build_dataset(demo_library_copy, kind="track", time_decay_days=180)
    assert (films.n_users, films.n_items) == (25, 800)
    assert tracks.n_items == 2000 and tracks.nnz > 1000
    assert films.friends is not None and films.friends.nnz > 0
    assert np.all(tracks.matrix.data > 0)
