"""Issue 18, section 2: one taste across music and films in every list of a kind, not only For
you. A profile with music and no films gets personal films from its music in group lists, in a
radio and daily mixes made for it, and in both sides of a blind test, through the one blend
For you uses (services/cross_kind.blend_ranking); its limits hold at every exit.

Real parts: a copy of the demo library (a real SQLite file) whose profile 1 lost its films, a
film model trained on it. "Personal" is measured against the profile's hidden films: each
path finds more of them with the cross-kind blend than the same path without it (the
cross-kind list switched off) and than popularity.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from test_cross_kind import hide_kind
from threadpoolctl import threadpool_limits

from desktop_recsys.library import Library
from desktop_recsys.services import (
    ab_test_service,
    cross_kind,
    group_service,
    limits,
    mixes_service,
    radio_service,
    recommend_service,
)
from desktop_recsys.services.training_service import train_model

PROFILE, FRIEND = 1, 2


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, demo_library_file: Path):
    """The demo library; profile 1 has music and no film; film models (default, popularity)."""
    folder = tmp_path_factory.mktemp("cross_paths")
    path = folder / "demo.sqlite"
    shutil.copyfile(demo_library_file, path)
    hidden = set(hide_kind(path, PROFILE, "film"))
    models = folder / "models"
    train_model(path, models, kind="film")
    train_model(path, models, kind="film", algorithm="popularity")
    cache = recommend_service.ModelCache()
    popular = recommend_service.recommend_for(
        path, models, profile=PROFILE, kind="film", n=200, cache=cache
    )
    assert all(r.fallback for r in popular)  # the model knows nothing of the profile's films
    return path, models, hidden, [r.item_id for r in popular.rows], cache


@pytest.fixture
def without_cross(monkeypatch: pytest.MonkeyPatch):
    """The same paths with the cross-kind list switched off (as before this change)."""

    def switch() -> None:
        monkeypatch.setattr(cross_kind, "cross_list", lambda *_a, **_k: None)

    return switch


def hits(ids, hidden: set[int], k: int = 20) -> int:
    return len(set(list(ids)[:k]) & hidden)


def _group_member_top(path: Path, models: Path, cache) -> list[int]:
    """The group list's items by the music-only member's own share, best first."""
    got = group_service.group_list(
        path, models, profiles=[PROFILE, FRIEND], kind="film", n=60, cache=cache
    )
    assert set(got.profile_ids) == {PROFILE, FRIEND}
    mine = {r.item_id: next(b[2] for b in r.because if b[0] == PROFILE) for r in got.rows}
    return sorted(mine, key=lambda i: (-mine[i], i))


def test_a_group_counts_the_music_only_members_taste_in_films(world, without_cross) -> None:
    path, models, hidden, popular, cache = world
    blended = _group_member_top(path, models, cache)
    without_cross()
    before = _group_member_top(path, models, cache)
    assert blended[:20] != before[:20]
    assert hits(blended, hidden) > hits(before, hidden)
    assert hits(blended, hidden) > hits(popular, hidden)


def _radio(path: Path, models: Path, seed: int, cache) -> list[int]:
    _radio_, items = radio_service.radio_list(
        path, models, seed, n=20, profile=PROFILE, balance=1.0, cache=cache
    )
    return [i.item_id for i in items]


def test_a_film_radio_for_a_music_only_profile_follows_its_music(world, without_cross) -> None:
    path, models, hidden, popular, cache = world
    seed = min(hidden)
    blended = _radio(path, models, seed, cache)
    without_cross()
    before = _radio(path, models, seed, cache)
    assert seed not in blended and len(blended) == 20
    assert hits(blended, hidden) > hits(before, hidden)
    assert hits(blended, hidden) > hits(popular, hidden)


def _mixes(path: Path, models: Path, cache) -> mixes_service.ProfileMixes:
    # One thread, as the idle job makes them (k-means on a few rows: threads cost more).
    with threadpool_limits(1), Library.open(path) as lib:
        return mixes_service.generate_mixes(lib, models, PROFILE, kind="film", cache=cache)


def test_a_music_only_profile_gets_film_mixes_made_from_its_music(world, without_cross) -> None:
    path, models, hidden, popular, cache = world
    made = _mixes(path, models, cache)
    assert len(made.mixes) >= 2
    for mix in made.mixes:
        assert mix.favourites == [] and mix.picks == len(mix.item_ids) >= 30  # no film is one
        assert mix.words  # named after its films' genres
    items = [i for mix in made.mixes for i in mix.item_ids]
    assert len(items) == len(set(items))  # no film in two mixes
    # As many of the most popular films hold fewer of the profile's hidden films.
    assert hits(items, hidden, k=len(items)) > hits(popular, hidden, k=len(items))
    without_cross()
    assert _mixes(path, models, cache).mixes == []  # too few favourites: no mix before


def _blind(path: Path, models: Path, tmp_path: Path, cache) -> ab_test_service.BlindList:
    tmp_path.mkdir(exist_ok=True)
    library = tmp_path / "blind.sqlite"
    shutil.copyfile(path, library)
    ab_test_service.start_test(
        library, models, a="default", b="popularity", profile=PROFILE, kind="film",
        train_missing=False,
    )  # fmt: skip
    blind = ab_test_service.blind_list(
        library, models, profile_id=PROFILE, kind="film", n=20, cache=cache
    )
    assert blind is not None
    return blind


def test_both_sides_of_a_blind_test_get_the_same_cross_kind_blend(
    world, without_cross, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, models, hidden, popular, cache = world
    used = []
    real_blend = cross_kind.blend

    def spy(library_path, recs, **kwargs):
        used.append(kwargs.get("cross"))
        return real_blend(library_path, recs, **kwargs)

    monkeypatch.setattr(cross_kind, "blend", spy)
    blended = [r.item_id for r in _blind(path, models, tmp_path / "a", cache).recommendations]
    assert len(used) == 2 and used[0] is used[1] and used[0] is not None  # one list, both sides
    without_cross()
    before = [r.item_id for r in _blind(path, models, tmp_path / "b", cache).recommendations]
    assert hits(blended, hidden) > hits(before, hidden)
    assert hits(blended, hidden) > hits(popular, hidden)


def _blocked(path: Path) -> set[int]:
    """Films above PG (10), unrated films and horror, judged from the stored facts."""
    conn = sqlite3.connect(path)
    try:
        return {
            int(item)
            for (item,) in conn.execute(
                "SELECT id FROM items WHERE kind = 'film' AND (min_age IS NULL OR min_age > 10 "
                "OR id IN (SELECT ig.item_id FROM item_genres ig JOIN genres g "
                "ON g.id = ig.genre_id WHERE lower(g.name) = 'horror'))"
            )
        }
    finally:
        conn.close()


def test_the_music_only_profiles_limits_hold_in_every_blended_path(world, tmp_path: Path) -> None:
    path, models, _hidden, _popular, cache = world
    library = tmp_path / "limited.sqlite"
    shutil.copyfile(path, library)
    with Library.open(library) as lib:
        limits.set_limits(
            lib, PROFILE, max_certification="PG", block_unrated=True, genres=["Horror"]
        )
    blocked = _blocked(library)
    unlimited = cross_kind.cross_for(path, PROFILE, "film")
    assert unlimited is not None and set(unlimited.item_ids) & blocked  # the test can fail
    limited = cross_kind.cross_for(library, PROFILE, "film")
    assert limited is not None and not set(limited.item_ids) & blocked
    group = group_service.group_list(
        library, models, profiles=[PROFILE, FRIEND], kind="film", n=100, cache=cache
    )
    assert group.rows and not {r.item_id for r in group.rows} & blocked
    radio = _radio(library, models, min(set(limited.item_ids)), cache)
    assert radio and not set(radio) & blocked
    mixes = _mixes(library, models, cache)
    assert mixes.mixes and not {i for m in mixes.mixes for i in m.item_ids} & blocked
    blind = _blind(library, models, tmp_path / "blind", cache)
    assert blind.recommendations.rows
    assert not {r.item_id for r in blind.recommendations.rows} & blocked
