"""recommend_for and the model registry: which model serves, exclusions, rollback, staleness."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from desktop_recsys.library import Library
from desktop_recsys.services.recommend_service import (
    ModelCache,
    NoModelError,
    activate_run,
    find_stale_runs,
    recommend_for,
)
from desktop_recsys.services.training_service import train_model

PROFILE = 3


def seen_items(path: Path, profile: int, kind: str) -> set[int]:
    with Library.open(path) as lib:
        rated = {r.item_id for r in lib.ratings.for_profile(profile)}
        played = {p.item_id for p in lib.plays.for_profile(profile)}
        of_kind = set(lib.items.ids_by_kind(kind))
    return (rated | played) & of_kind


def status_of(path: Path, run_id: int) -> str:
    with Library.open(path) as lib:
        run = lib.model_runs.get(run_id)
    assert run is not None
    return run.status


def test_rows_carry_metadata_scores_and_reasons(demo_library_copy: Path, models_dir: Path) -> None:
    run_id = train_model(demo_library_copy, models_dir, kind="film", algorithm="ease")
    result = recommend_for(demo_library_copy, models_dir, profile=PROFILE, kind="film", n=15)
    assert result.run.id == run_id and result.algorithm == "ease" and not result.stale
    assert [r.rank for r in result] == list(range(1, 16))
    scores = [r.score for r in result]
    assert scores == sorted(scores, reverse=True)
    assert not {r.item_id for r in result} & seen_items(demo_library_copy, PROFILE, "film")
    seen = seen_items(demo_library_copy, PROFILE, "film")
    with Library.open(demo_library_copy) as lib:
        for row in result:
            item = lib.items.get(row.item_id)
            assert item is not None and item.kind == "film"
            assert (row.title, row.year, row.genres) == (
                item.title,
                item.year,
                ", ".join(item.genres),
            )
            assert not row.fallback and row.explanation.startswith("Because you liked ")
            # The evidence is the profile's own films, named by title.
            assert row.because and {i for i, _, _ in row.because} <= seen
            first_id, first_title, _ = row.because[0]
            first = lib.items.get(first_id)
            assert first is not None
            # Named as the sentence names it: with its year where another film shares the title.
            assert first_title in (first.title, f"{first.title} ({first.year})")
            assert first_title in row.explanation
    assert result.summary() == {"run_id": run_id, "algorithm": "ease", "rows": 15, "stale": False}


def test_not_interested_stays_gone_and_dont_learn_is_not_recommended(
    demo_library_copy: Path, models_dir: Path
) -> None:
    train_model(demo_library_copy, models_dir, kind="film", algorithm="ease")
    before = recommend_for(demo_library_copy, models_dir, profile=PROFILE, kind="film", n=5)
    top = before.rows[0].item_id
    second = before.rows[1].item_id
    with Library.open(demo_library_copy) as lib:
        lib.marks.set(PROFILE, top, "not_interested")
        lib.marks.set(PROFILE, second, "dont_learn")
    after = recommend_for(demo_library_copy, models_dir, profile=PROFILE, kind="film", n=5)
    assert top not in {r.item_id for r in after} and second not in {r.item_id for r in after}
    shown = recommend_for(
        demo_library_copy,
        models_dir,
        profile=PROFILE,
        kind="film",
        n=5,
        exclude_not_interested=False,
    )
    assert shown.rows[0].item_id == top  # only the switch brought it back


def test_newest_good_model_serves_and_rollback_retires_newer(
    demo_library_copy: Path, models_dir: Path
) -> None:
    old = train_model(demo_library_copy, models_dir, kind="film", algorithm="ease", profile=PROFILE)
    new = train_model(
        demo_library_copy, models_dir, kind="film", algorithm="item-knn", profile=PROFILE
    )
    serve = lambda **kw: recommend_for(  # noqa: E731
        demo_library_copy, models_dir, profile=PROFILE, kind="film", n=3, **kw
    )
    assert serve().run.id == new
    assert serve(algorithm="ease").run.id == old

    assert activate_run(demo_library_copy, models_dir, old).status == "ready"
    assert status_of(demo_library_copy, new) == "retired"
    assert serve().run.id == old
    # Rolling forward brings the retired one back.
    assert activate_run(demo_library_copy, models_dir, new).status == "ready"
    assert serve().run.id == new


def test_own_model_beats_a_shared_one_which_serves_the_others(
    demo_library_copy: Path, models_dir: Path
) -> None:
    own = train_model(demo_library_copy, models_dir, kind="film", algorithm="ease", profile=PROFILE)
    shared = train_model(demo_library_copy, models_dir, kind="film", algorithm="ease")
    assert recommend_for(demo_library_copy, models_dir, profile=PROFILE, kind="film").run.id == own
    assert recommend_for(demo_library_copy, models_dir, profile=5, kind="film").run.id == shared
    with pytest.raises(NoModelError, match="no model has been trained for tracks"):
        recommend_for(demo_library_copy, models_dir, profile=PROFILE, kind="track")


def test_a_model_goes_stale_when_the_profiles_data_changes(
    demo_library_copy: Path, models_dir: Path
) -> None:
    run_id = train_model(
        demo_library_copy, models_dir, kind="film", algorithm="ease", profile=PROFILE
    )
    unseen = recommend_for(demo_library_copy, models_dir, profile=PROFILE, kind="film").rows
    with Library.open(demo_library_copy) as lib:
        lib.ratings.set(PROFILE, lib.items.ids_by_kind("track")[0], 4.0)  # not a film
    assert not recommend_for(demo_library_copy, models_dir, profile=PROFILE, kind="film").stale
    assert find_stale_runs(demo_library_copy) == []

    with Library.open(demo_library_copy) as lib:
        # Someone else's film rating: the profile's model learned from everybody's films.
        lib.ratings.set(7, unseen[1].item_id, 4.0)
    assert recommend_for(demo_library_copy, models_dir, profile=PROFILE, kind="film").stale
    with Library.open(demo_library_copy) as lib:
        lib.ratings.set(PROFILE, unseen[0].item_id, 5.0, time.time())
    result = recommend_for(demo_library_copy, models_dir, profile=PROFILE, kind="film")
    assert result.stale and result.run.id == run_id and "retrain" in result.note
    assert len(result) == 20  # a stale model still serves
    assert unseen[0].item_id not in {r.item_id for r in result}  # the new rating counts as seen
    assert status_of(demo_library_copy, run_id) == "stale"
    (stale,) = find_stale_runs(demo_library_copy)
    assert stale.id == run_id and stale.status == "stale"
    # A retrain takes over, fresh.
    fresh = train_model(
        demo_library_copy, models_dir, kind="film", algorithm="ease", profile=PROFILE
    )
    again = recommend_for(demo_library_copy, models_dir, profile=PROFILE, kind="film")
    assert again.run.id == fresh and not again.stale


def test_a_missing_file_falls_back_to_an_older_model(
    demo_library_copy: Path, models_dir: Path
) -> None:
    old = train_model(demo_library_copy, models_dir, kind="film", algorithm="ease")
    new = train_model(demo_library_copy, models_dir, kind="film", algorithm="popularity")
    with Library.open(demo_library_copy) as lib:
        new_file = lib.model_runs.get(new).file  # type: ignore[union-attr]
        old_file = lib.model_runs.get(old).file  # type: ignore[union-attr]
    (models_dir / str(new_file)).unlink()
    assert recommend_for(demo_library_copy, models_dir, profile=1, kind="film").run.id == old
    (models_dir / str(old_file)).unlink()
    with pytest.raises(NoModelError, match="model file not found"):
        recommend_for(demo_library_copy, models_dir, profile=1, kind="film")
    with pytest.raises(Exception, match="file of model run"):
        activate_run(demo_library_copy, models_dir, old)


def test_a_new_profile_gets_the_explicit_popularity_fallback(tiny: Any, models_dir: Path) -> None:
    train_model(tiny.path, models_dir, kind="film", algorithm="ease")
    with Library.open(tiny.path) as lib:
        newcomer = lib.profiles.add("Eve").id  # created after the training
    result = recommend_for(tiny.path, models_dir, profile="Eve", kind="film", n=2)
    assert result.profile_id == newcomer
    assert len(result) == 2 and all(r.fallback for r in result)
    assert all(r.explanation.startswith("Unknown user") for r in result)


def test_the_cache_loads_each_model_file_once(
    demo_library_copy: Path, models_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_recsys.services import recommend_service

    train_model(demo_library_copy, models_dir, kind="film", algorithm="ease")
    loads: list[Path] = []
    real = recommend_service.load_model
    monkeypatch.setattr(recommend_service, "load_model", lambda p: loads.append(p) or real(p))
    cache = ModelCache()
    first = recommend_for(demo_library_copy, models_dir, profile=1, kind="film", cache=cache)
    second = recommend_for(demo_library_copy, models_dir, profile=2, kind="film", cache=cache)
    assert len(loads) == 1 and len(first) == len(second) == 20
