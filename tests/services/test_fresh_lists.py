"""Lists that follow what a person does (issue 17): after 20 plays of a genre new to a profile,
the next automatic refresh (the idle retrain, no button) brings that genre into its top 20.
The demo library, a real shared model, plays recorded through the listening service."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path
from typing import Any

from desktop_recsys.jobs import SynchronousJobRunner
from desktop_recsys.jobs.idle import IdleRetrainScheduler
from desktop_recsys.library import Library
from desktop_recsys.services import for_you_service, listening, recent_taste
from desktop_recsys.services.training_service import train_model


def top20(path: Path, models: Path, profile: int) -> list[Any]:
    result = for_you_service.for_you_list(
        path, models, profile=profile, kind="track", n=20, diversity_pool=150
    )
    assert result.recommendations is not None
    return result.recommendations.rows[:20]


def genre_items(path: Path, genre: str) -> set[int]:
    """The tracks of ``genre``."""
    with Library.open(path) as lib:
        tracks = set(lib.items.ids_by_kind("track"))
        return {i for i, g in lib.items.genres_of_items() if g == genre and i in tracks}


def test_twenty_plays_of_a_new_genre_reach_the_top_20_at_the_next_automatic_refresh(
    qapp: Any, demo_library_copy: Path, tmp_path: Path
) -> None:
    path, models = demo_library_copy, tmp_path / "models"
    shared = train_model(path, models, kind="track")  # one model for every profile
    with Library.open(path) as lib:
        carla = lib.profiles.require("Carla").id
        heard = {p.item_id for p in lib.plays.for_profile(carla)}
    soul = genre_items(path, "Soul")
    assert not soul & heard  # a genre new to Carla
    assert not [r for r in top20(path, models, carla) if r.item_id in soul]

    now = time.time()
    for n, item in enumerate(sorted(soul)[:20]):
        assert listening.record_play(path, carla, item, at=now - 3600 + 60 * n).recorded

    runner = SynchronousJobRunner()
    scheduler = IdleRetrainScheduler(runner, path, models)
    queued: list[int] = []
    scheduler.retrain_queued.connect(lambda _job, run: queued.append(run))
    scheduler.check_now()  # what the idle timer does
    assert queued == [shared]  # 20 new plays: due for a refresh without anyone asking

    after = top20(path, models, carla)
    new_genre = [r for r in after if r.item_id in soul]
    assert len(new_genre) >= 3, Counter(r.genres for r in after)
    assert not {r.item_id for r in after} & heard  # nothing already played comes back
    with Library.open(path) as lib:
        (run,) = [r for r in lib.model_runs.list() if r.status == "ready"]
        assert run.id != shared and run.profile_id is None  # the refreshed shared model


def test_a_few_recent_plays_leave_the_list_as_the_model_made_it(
    demo_library_copy: Path, tmp_path: Path
) -> None:
    from desktop_recsys.services.recommend_service import recommend_for

    path, models = demo_library_copy, tmp_path / "models"
    train_model(path, models, kind="track")
    with Library.open(path) as lib:
        greta = lib.profiles.require("Greta").id
    metal = sorted(genre_items(path, "Metal"))

    def model_list() -> list[int]:
        recs = recommend_for(path, models, profile=greta, kind="track", n=150)
        return [r.item_id for r in recs.rows[:20]]

    for n, item in enumerate(metal[: recent_taste.RECENT_MIN - 1]):
        listening.record_play(path, greta, item, at=time.time() - n)
    assert [r.item_id for r in top20(path, models, greta)] == model_list()
    listening.record_play(path, greta, metal[recent_taste.RECENT_MIN], at=time.time() - 99)
    assert [r.item_id for r in top20(path, models, greta)] != model_list()


def test_recent_taste_never_adds_seen_or_hidden_items_and_names_its_reasons(
    demo_library_copy: Path, tmp_path: Path
) -> None:
    path, models = demo_library_copy, tmp_path / "models"
    train_model(path, models, kind="track", algorithm="popularity")
    with Library.open(path) as lib:
        hiro = lib.profiles.require("Hiro").id
        heard = {p.item_id for p in lib.plays.for_profile(hiro)}
    jazz = sorted(genre_items(path, "Jazz") - heard)
    played, hidden, quiet = jazz[:20], jazz[20:40], jazz[40:42]
    with Library.open(path) as lib:
        for item in hidden:
            lib.marks.set(hiro, item, "not_interested")
        for item in quiet:
            lib.marks.set(hiro, item, "dont_learn")
    for n, item in enumerate(played):
        listening.record_play(path, hiro, item, at=time.time() - 60 * n)
    result = for_you_service.for_you_list(path, models, profile=hiro, kind="track", n=50)
    assert result.recommendations is not None
    rows = result.recommendations.rows[:50]
    shown = {r.item_id for r in rows}
    assert not shown & (heard | set(played) | set(hidden) | set(quiet))
    added = [r for r in rows if r.because and set(i for i, _, _ in r.because) <= set(played)]
    assert added, "the recent plays should have added something"
    for row in added:
        assert all(w > 0 for _, _, w in row.because)
        assert "lately" in str(row.explanation)
    with Library.open(path) as lib:
        for row in added:  # each is like what it names: same genre, artist or album
            item = lib.items.get(row.item_id)
            assert item is not None
            liked = [lib.items.get(i) for i, _, _ in row.because]
            assert any(
                set(item.genres) & set(other.genres)
                or ({item.artist, item.album} & {other.artist, other.album}) - {None}
                for other in liked
                if other is not None
            ), row.title


def test_group_mode_works_for_any_members_from_one_shared_model(
    demo_library_copy: Path, tmp_path: Path
) -> None:
    """No member has a model of their own, one is brand new: all are in the group's list."""
    from desktop_recsys.services.group_service import group_list

    path, models = demo_library_copy, tmp_path / "models"
    train_model(path, models, kind="film")
    with Library.open(path) as lib:
        members = [lib.profiles.require(n).id for n in ("Carla", "Greta")]
        members.append(lib.profiles.add("Newcomer").id)
    result = group_list(path, models, profiles=members, kind="film", n=20)
    assert result.without_model == []
    assert set(result.profile_ids) == set(members) and len(result.rows) == 20
