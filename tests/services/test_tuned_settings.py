"""Issue 15, section 3: settings that were tuned are used by every training of that kind and
algorithm (CLI, GUI job, idle retrain) unless the person gives parameters; the model card says
which settings and where they came from; ``train --no-tuned`` opts out."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from desktop_recsys.cli import main
from desktop_recsys.library import Library
from desktop_recsys.progress import CancelToken
from desktop_recsys.services.evaluation_service import tuned_key
from desktop_recsys.services.training_service import list_runs, retrain_params, train_model

TUNED = {"k": "7", "shrink": "3.0"}


def store_tuning(path: Path, params: dict[str, str], profile_id: int | None = None) -> None:
    """What ``tune`` stores (evaluation_service.tune), written directly to stay fast."""
    value = {"params": params, "metric": "ndcg@10", "score": 0.2, "default_score": 0.1,
             "tuned_at": time.time(), "signal": "auto"}  # fmt: skip
    with Library.open(path) as lib:
        lib.meta.set(tuned_key("film", "item-knn", profile_id), json.dumps(value))


def card(path: Path, run_id: int) -> dict:
    with Library.open(path) as lib:
        run = lib.model_runs.get(run_id)
    assert run is not None
    return run.params


def test_training_uses_the_tuned_settings_unless_parameters_are_given_or_declined(
    demo_library_copy: Path, models_dir: Path
) -> None:
    plain = card(demo_library_copy, train_model(demo_library_copy, models_dir, kind="film",
                                                algorithm="item-knn"))  # fmt: skip
    assert plain["params_source"] == {"source": "defaults"}
    default_k = plain["algorithm_params"]["k"]
    assert default_k != 7
    store_tuning(demo_library_copy, TUNED)
    tuned = card(demo_library_copy, train_model(demo_library_copy, models_dir, kind="film",
                                                algorithm="item-knn"))  # fmt: skip
    assert tuned["algorithm_params"]["k"] == 7 and tuned["algorithm_params"]["shrink"] == 3.0
    source = tuned["params_source"]
    assert source["source"] == "tuned" and source["params"] == TUNED
    assert source["key"] == tuned_key("film", "item-knn") and source["score"] == 0.2
    # A profile without its own tuning uses the library's.
    for_one = card(demo_library_copy, train_model(demo_library_copy, models_dir, kind="film",
                                                  algorithm="item-knn", profile=1))  # fmt: skip
    assert for_one["params_source"]["source"] == "tuned"
    given = card(demo_library_copy, train_model(demo_library_copy, models_dir, kind="film",
                                                algorithm="item-knn", params={"k": 11}))  # fmt: skip
    assert given["algorithm_params"]["k"] == 11
    assert given["params_source"] == {"source": "given", "params": {"k": "11"}}
    declined = card(demo_library_copy, train_model(demo_library_copy, models_dir, kind="film",
                                                   algorithm="item-knn", use_tuned=False))  # fmt: skip
    assert declined["algorithm_params"]["k"] == default_k
    assert declined["params_source"]["source"] == "defaults"
    assert declined["params_source"]["tuned"] == "not used"
    # Another kind or algorithm is not touched by this tuning.
    other = card(demo_library_copy, train_model(demo_library_copy, models_dir, kind="film",
                                                algorithm="popularity"))  # fmt: skip
    assert other["params_source"] == {"source": "defaults"}


def test_the_gui_training_job_and_the_idle_retrain_pick_up_the_tuning(
    demo_library_copy: Path, models_dir: Path
) -> None:
    from desktop_recsys.jobs.definitions import TrainModelJob
    from desktop_recsys.jobs.idle import retrain_job

    # The For-you view's job names no parameters (ui/views/for_you/view.py train_now).
    job = TrainModelJob(demo_library_copy, models_dir, "film", algorithm="item-knn", profile=1)
    first = job(lambda f, m: None, CancelToken())
    assert card(demo_library_copy, first)["params_source"] == {"source": "defaults"}
    store_tuning(demo_library_copy, TUNED)  # tuned after that training
    with Library.open(demo_library_copy) as lib:
        run = lib.model_runs.get(first)
    assert run is not None
    again = retrain_job(demo_library_copy, models_dir, run)
    assert again.hyper_params == ()  # the defaults were not the person's choice
    retrained = again(lambda f, m: None, CancelToken())
    assert card(demo_library_copy, retrained)["algorithm_params"]["k"] == 7
    # Parameters a person gave survive an idle retrain, and still win over the tuning.
    mine = train_model(demo_library_copy, models_dir, kind="film", algorithm="item-knn",
                       params={"k": 11}, profile=1)  # fmt: skip
    with Library.open(demo_library_copy) as lib:
        mine_run = lib.model_runs.get(mine)
    assert mine_run is not None
    assert retrain_job(demo_library_copy, models_dir, mine_run).hyper_params == (("k", "11"),)


def test_cards_from_before_params_source_keep_only_what_differs_from_the_defaults(
    demo_library_copy: Path, models_dir: Path
) -> None:
    run_id = train_model(demo_library_copy, models_dir, kind="film", algorithm="item-knn",
                         params={"k": 11})  # fmt: skip
    with Library.open(demo_library_copy) as lib:
        run = lib.model_runs.get(run_id)
    assert run is not None
    old = dict(run.params)
    del old["params_source"]
    import dataclasses

    assert retrain_params(dataclasses.replace(run, params=old)) == {"k": "11"}


def test_cli_train_says_where_the_settings_came_from_and_no_tuned_opts_out(
    demo_library_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lib = str(demo_library_copy)
    store_tuning(demo_library_copy, TUNED)
    args = ["train", "--kind", "film", "--algorithm", "item-knn", "--quiet", "--library", lib]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "Settings: tuned on" in out and "k=7" in out
    assert main([*args, "--no-tuned"]) == 0
    out = capsys.readouterr().out
    assert "Settings: the algorithm's defaults (tuned settings exist; --no-tuned)" in out
    runs = list_runs(demo_library_copy)
    assert runs[0].params["algorithm_params"]["k"] != 7
    assert runs[1].params["algorithm_params"]["k"] == 7


def test_a_stored_tuning_the_algorithm_no_longer_takes_falls_back_to_the_defaults(
    demo_library_copy: Path, models_dir: Path
) -> None:
    store_tuning(demo_library_copy, {"shrinkage": "3"})  # a parameter that does not exist
    run_id = train_model(demo_library_copy, models_dir, kind="film", algorithm="item-knn")
    source = card(demo_library_copy, run_id)["params_source"]
    assert source["source"] == "defaults" and "shrinkage" in source["note"]


def test_the_retrain_after_a_profile_is_deleted_picks_up_the_tuning(
    demo_library_copy: Path, models_dir: Path
) -> None:
    from desktop_recsys.services.privacy_service import delete_profile

    train_model(demo_library_copy, models_dir, kind="film", algorithm="item-knn")
    store_tuning(demo_library_copy, TUNED)
    done = delete_profile(demo_library_copy, models_dir, "2")
    assert len(done.retrained_runs) == 1
    retrained = card(demo_library_copy, done.retrained_runs[0])
    assert retrained["params_source"]["source"] == "tuned"
    assert retrained["algorithm_params"]["k"] == 7


def test_a_tuning_the_defaults_won_is_a_choice_training_reports_and_keeps(
    demo_library_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A real ``tune`` whose best is the defaults (one trial: the defaults). It stored an
    empty value: ``train`` then said "the algorithm's defaults (never tuned)", and a profile
    tuned so trained with the library's choice (k=7) though ``tune`` had said the defaults
    were stored as the profile's."""
    lib = str(demo_library_copy)
    with Library.open(demo_library_copy) as library:
        profile = library.profiles.get(1)
    assert profile is not None
    tune = ["tune", "--algorithm", "item-knn", "--kind", "film", "--budget", "120",
            "--max-trials", "1", "--quiet", "--library", lib]  # fmt: skip
    train = ["train", "--kind", "film", "--algorithm", "item-knn", "--quiet", "--library", lib]
    assert main(tune) == 0
    out = capsys.readouterr().out
    assert "with the defaults" in out and "Stored as the choice of the library" in out
    assert main(train) == 0
    out = capsys.readouterr().out
    today = time.strftime("%Y-%m-%d")
    assert f"Settings: the algorithm's defaults (tuned on {today}: none better found)" in out
    assert "never tuned" not in out
    # A profile's own "the defaults" wins over the library's tuned choice.
    store_tuning(demo_library_copy, TUNED)
    assert main([*tune, "--profile", profile.name]) == 0
    assert f"Stored as the choice of profile '{profile.name}'" in capsys.readouterr().out
    assert main([*train, "--profile", profile.name]) == 0
    assert "none better found" in capsys.readouterr().out
    run = list_runs(demo_library_copy)[0]
    assert run.params["algorithm_params"]["k"] != 7
    assert run.params["params_source"]["tuned"] == "defaults best"
    # The library's shared training still uses its own tuned choice.
    assert main(train) == 0
    assert "k=7" in capsys.readouterr().out
