"""Smart playlists on real libraries: stored rules, refresh, determinism, model order, and
Rediscovery on MovieLens (real ratings and their real dates)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_recsys.errors import UserError
from desktop_recsys.library import Library
from desktop_recsys.services import smart_playlists as smart
from desktop_recsys.services.playlist_service import list_playlists
from desktop_recsys.services.recommend_service import profile_scores
from desktop_recsys.services.training_service import train_model

PROFILE = 3


def spec(*rules: str, **kw):
    return smart.spec_from_options(rules=rules, **kw)


def test_created_smart_playlist_is_stored_as_rules_with_its_items(demo_library_copy: Path) -> None:
    made = smart.create_smart(
        demo_library_copy, None, PROFILE, "Loved", spec("rating:>=:4", order="rating", kind="film")
    )
    assert made.playlist is not None and made.item_ids and made.matched == len(made.item_ids)
    with Library.open(demo_library_copy) as lib:
        stored = lib.playlists.get(made.playlist.id)
        assert stored is not None and stored.kind == "rules"
        assert stored.rules["rules"] == [{"field": "rating", "op": ">=", "value": "4"}]
        assert lib.playlists.items(stored.id) == made.item_ids
        ratings = {r.item_id: r.rating for r in lib.ratings.for_profile(PROFILE)}
    assert all(ratings[i] >= 4 for i in made.item_ids)
    assert [ratings[i] for i in made.item_ids] == sorted(
        (ratings[i] for i in made.item_ids), reverse=True
    )
    (summary,) = [
        s for s in list_playlists(demo_library_copy, PROFILE) if s.playlist.name == "Loved"
    ]
    assert summary.smart and summary.size == len(made.item_ids)
    with pytest.raises(UserError, match="already exists"):
        smart.create_smart(demo_library_copy, None, PROFILE, "loved", spec("rating:>=:1"))


def test_refresh_follows_the_library(demo_library_copy: Path) -> None:
    made = smart.create_smart(
        demo_library_copy, None, PROFILE, "Top", spec("rating:>=:4.5", kind="track")
    )
    with Library.open(demo_library_copy) as lib:
        rated = {r.item_id for r in lib.ratings.for_profile(PROFILE)}
        new = next(i for i in lib.items.ids_by_kind("track") if i not in rated)
        lib.ratings.set(PROFILE, new, 5.0)
    again = smart.refresh(demo_library_copy, None, PROFILE, "Top")
    assert new in again.item_ids and new not in made.item_ids
    with Library.open(demo_library_copy) as lib:
        assert lib.playlists.items(made.playlist.id) == again.item_ids  # stored
    everything = smart.refresh_all(demo_library_copy, None, PROFILE)
    assert everything[made.playlist.id].item_ids == again.item_ids


def test_refresh_is_deterministic(demo_library_copy: Path) -> None:
    now = 1_760_000_000.0
    rnd = spec("kind:=:track", "plays:>=:0", order="random", seed=11, limit="40")
    first = smart.evaluate_rules(demo_library_copy, None, PROFILE, rnd, now=now).item_ids
    second = smart.evaluate_rules(demo_library_copy, None, PROFILE, rnd, now=now).item_ids
    assert first == second and len(first) == 40
    other = spec("kind:=:track", "plays:>=:0", order="random", seed=12, limit="40")
    assert smart.evaluate_rules(demo_library_copy, None, PROFILE, other, now=now).item_ids != first
    made = smart.create_smart(demo_library_copy, None, PROFILE, "R", rnd, now=now)
    assert made.item_ids == first
    assert smart.refresh(demo_library_copy, None, PROFILE, "R", now=now).item_ids == first


def test_fresh_for_you_is_ordered_by_the_model(demo_library_copy: Path, tmp_path: Path) -> None:
    models = tmp_path / "models"
    no_model = smart.evaluate_rules(demo_library_copy, models, PROFILE, spec(preset="fresh"))
    assert "no model has been trained for tracks" in no_model.note
    train_model(demo_library_copy, models, kind="track", algorithm="ease")
    fresh = smart.evaluate_rules(demo_library_copy, models, PROFILE, spec(preset="fresh"))
    assert len(fresh.item_ids) == 50 and not fresh.note
    with Library.open(demo_library_copy) as lib:
        played = {p.item_id for p in lib.plays.for_profile(PROFILE)}
        scores, _ = profile_scores(lib, models, PROFILE, "track", fresh.item_ids)
        every = [i for i in lib.items.ids_by_kind("track") if i not in played]
        all_scores, _ = profile_scores(lib, models, PROFILE, "track", every)
    assert not played & set(fresh.item_ids)
    assert list(scores) == sorted(scores, reverse=True)
    assert min(scores) >= sorted(all_scores, reverse=True)[49] - 1e-12  # the best 50
    # A score rule: the same model, the same items.
    top = smart.evaluate_rules(
        demo_library_copy,
        models,
        PROFILE,
        spec("watched:=:no", f"score:>=:{min(scores)}", kind="track", order="score"),
    )
    assert set(top.item_ids) >= set(fresh.item_ids)


def test_bad_names_and_options(demo_library_copy: Path) -> None:
    with pytest.raises(UserError, match="no playlist called 'Nope'"):
        smart.refresh(demo_library_copy, None, PROFILE, "Nope")
    with pytest.raises(UserError, match="belongs to a profile"):
        smart.create_smart(demo_library_copy, None, None, "X", spec("rating:>=:4"))
    with pytest.raises(UserError, match="at least one --rule"):
        spec()
    with pytest.raises(UserError, match="either --preset or --rule"):
        smart.spec_from_options(rules=["rating:>=:4"], preset="fresh")
    with Library.open(demo_library_copy) as lib:
        before = len(lib.playlists.list())
    with pytest.raises(UserError):
        smart.create_smart(demo_library_copy, None, PROFILE, "X", spec("rating:>=:x"))
    with Library.open(demo_library_copy) as lib:
        assert len(lib.playlists.list()) == before  # nothing made


@pytest.fixture(scope="module")
def movielens_me(data_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """ml-latest-small, with one of its users' ratings also recorded as the times they watched
    those films (a rating in MovieLens is given when the film was watched)."""
    from desktop_recsys.library.importers.movielens import import_movielens

    path = tmp_path_factory.mktemp("ml") / "ml.sqlite"
    with Library.open(path) as lib:
        import_movielens(lib, data_dir / "ml-latest-small")
        me = lib.profiles.require("ml:414").id  # 2,698 ratings from 2000 to 2018
        rows = lib.conn.execute(
            "SELECT item_id, rated_at FROM ratings WHERE profile_id = ? ORDER BY rated_at, item_id",
            (me,),
        ).fetchall()
        # Every third rated film counted as watched then (the others only rated).
        with lib.transaction() as conn:
            conn.executemany(
                "INSERT INTO plays (profile_id, item_id, played_at) VALUES (?, ?, ?)",
                [(me, item, at) for n, (item, at) in enumerate(rows) if n % 3 == 0],
            )
    return path, me


def test_rediscovery_on_real_data_keeps_its_promise(movielens_me: tuple[Path, int]) -> None:
    path, me = movielens_me
    with Library.open(path) as lib:
        ratings = {r.item_id: r.rating for r in lib.ratings.for_profile(me)}
        watched: dict[int, list[float]] = {}
        for p in lib.plays.for_profile(me):
            watched.setdefault(p.item_id, []).append(p.played_at)
    times = sorted(t for ts in watched.values() for t in ts)
    now = times[len(times) // 2] + 90 * 86400  # half the history is "recent"
    rediscovery = smart.spec_from_options(preset="rediscovery", kind="film", limit="100000")
    result = smart.evaluate_rules(path, None, me, rediscovery, now=now)
    assert len(result.item_ids) > 100
    limit = now - 180 * 86400
    for item in result.item_ids:
        assert item in watched or ratings.get(item, 0) >= 4, item
        assert all(t < limit for t in watched.get(item, [])), item  # the age rule
    # The age rule really excludes something: loved films watched recently are left out.
    recent = {i for i, ts in watched.items() if max(ts) >= limit and ratings.get(i, 0) >= 4}
    assert recent and not recent & set(result.item_ids)
    # Every qualifying film is there (the limit was not reached).
    qualifying = {
        i
        for i in set(ratings) | set(watched)
        if (i in watched or ratings.get(i, 0) >= 4) and all(t < limit for t in watched.get(i, []))
    }
    assert set(result.item_ids) == qualifying
