"""Evaluating and tuning on a real library file, through the service and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_recsys.cli import main
from desktop_recsys.library import Library
from desktop_recsys.services import evaluation_service as svc


def test_evaluate_the_library_with_each_protocol(demo_library_copy: Path) -> None:
    report = svc.evaluate(demo_library_copy, kind="film", algorithms=["popularity", "item-knn"])
    assert [r.label for r in report.results] == ["popularity", "item-knn"]
    assert report.dataset["tested_users"] > 10
    assert all(r.catalogue["leaks"] == 0 for r in report.results)
    kfold = svc.evaluate(
        demo_library_copy, kind="film", algorithms=["popularity"], protocol="kfold", folds=3
    )
    assert kfold.splits == ["fold 1/3", "fold 2/3", "fold 3/3"]
    last = svc.evaluate(
        demo_library_copy, kind="film", algorithms=["popularity"], protocol="last-n"
    )
    assert "by time" in last.protocol


def test_evaluate_one_profile_only(demo_library_copy: Path) -> None:
    with Library.open(demo_library_copy) as library:
        profile = library.profiles.list()[0]
    report = svc.evaluate(
        demo_library_copy, kind="film", algorithms=["popularity"], profile=profile.name
    )
    assert report.results[0].per_user["user"].unique().tolist() == [str(profile.id)]


def test_tune_stores_the_choice_and_evaluate_can_use_it(demo_library_copy: Path) -> None:
    result = svc.tune(
        demo_library_copy, kind="film", algorithm="item-knn", budget_s=5, max_trials=6
    )
    assert result.elapsed_s <= 5.5
    stored = svc.tuned_params(demo_library_copy, kind="film", algorithm="item-knn")
    if result.best_params:
        assert stored == result.best_params
        with Library.open(demo_library_copy) as library:
            raw = json.loads(library.meta.get(svc.tuned_key("film", "item-knn")))
        assert raw["score"] == result.best_score
        report = svc.evaluate(
            demo_library_copy, kind="film", algorithms=["item-knn"], use_tuned=True
        )
        assert report.results[0].params == result.best_params
    else:
        assert stored is None  # the defaults won: nothing to remember


def test_cli_evaluate_and_tune(demo_library_copy: Path, tmp_path: Path, capsys) -> None:
    out_json, out_html = tmp_path / "r.json", tmp_path / "r.html"
    code = main(
        [
            "evaluate", "--library", str(demo_library_copy), "--kind", "film",
            "--algorithms", "popularity,ease:l2=50", "--k", "5", "--quiet",
            "--json", str(out_json), "--html", str(out_html),
        ]
    )  # fmt: skip
    assert code == 0
    data = json.loads(out_json.read_text(encoding="utf-8"))
    assert [a["label"] for a in data["algorithms"]] == ["popularity", "ease(l2=50)"]
    assert "ndcg@5" in data["algorithms"][0]["metrics"]
    assert out_html.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "ndcg@5" in capsys.readouterr().out
    code = main(
        [
            "tune", "--library", str(demo_library_copy), "--kind", "film",
            "--algorithm", "popularity", "--budget", "3", "--json", "--quiet", "--no-save",
        ]
    )  # fmt: skip
    assert code == 0
    assert json.loads(capsys.readouterr().out)["algorithm"] == "popularity"


def test_cli_evaluate_on_files(tmp_path: Path, capsys) -> None:
    train, test = tmp_path / "train.csv", tmp_path / "test.csv"
    rows = [f"u{u},i{(u + k) % 12},1" for u in range(12) for k in range(6)]
    train.write_text("user,item,weight\n" + "\n".join(rows) + "\n", encoding="utf-8")
    test.write_text("user,item\n" + "\n".join(f"u{u},i{(u + 7) % 12}" for u in range(12)))
    assert main(["evaluate", "--train", str(train), "--test", str(test), "--algorithms",
                 "popularity,item-knn", "--quiet"]) == 0  # fmt: skip
    assert "item-knn" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["evaluate", "--kind", "film", "--algorithms", "nope"], "unknown algorithm"),
        (["evaluate", "--kind", "film", "--k", "0"], "--k must be at least 1"),
        (["evaluate", "--kind", "film", "--profile", "nobody"], "nobody"),
        (["evaluate", "--train", "a.csv"], "--train and --test go together"),
        (["tune", "--kind", "film", "--algorithm", "ease", "--budget", "-1"], "budget"),
        (
            ["tune", "--kind", "film", "--algorithm", "ease", "--budget", "5", "--metric", "x"],
            "cannot tune",
        ),
    ],
)
def test_cli_bad_input_is_one_line(demo_library_copy: Path, capsys, argv, message) -> None:
    code = main([*argv[:1], "--library", str(demo_library_copy), *argv[1:], "--quiet"])
    err = capsys.readouterr().err.strip()
    assert code == 1
    assert message in err and len(err.splitlines()) == 1
