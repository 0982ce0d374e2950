"""Issue 15, section 2: "what if" lines through the service and ``recommend --what-if``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_recsys.cli import main
from desktop_recsys.engine.persistence import load_model
from desktop_recsys.engine.what_if import WhatIfRanker
from desktop_recsys.library import Library, dataset_rows
from desktop_recsys.services.recommend_service import recommend_for
from desktop_recsys.services.training_service import train_model


@pytest.fixture
def trained(demo_library_copy: Path, tmp_path: Path) -> tuple[Path, Path, int, int]:
    models = tmp_path / "models"
    run = train_model(demo_library_copy, models, kind="film", algorithm="ease")
    with Library.open(demo_library_copy) as lib:
        profile = lib.profiles.list()[0].id
        file = lib.model_runs.get(run).file
    return demo_library_copy, models, profile, models / file


def test_what_if_lines_name_cited_items_and_agree_with_the_engine(trained) -> None:
    library, models, profile, file = trained
    recs = recommend_for(library, models, profile=profile, kind="film", n=10, what_if=True)
    with_lines = [r for r in recs if r.what_if]
    assert with_lines
    model = load_model(file)
    with Library.open(library) as lib:  # what the list leaves out besides the history
        excluded = {i for _, i in dataset_rows.marked_items(lib, "not_interested", profile)}
    for row in with_lines:
        cited = [c.item_id for c in row.evidence.items]
        assert [w.item_id for w in row.what_if] == cited[: len(row.what_if)]
        for line in row.what_if:
            assert line.exact and line.rank_now == row.rank
            assert line.text.startswith(f"Without {line.title} it would")
        ranker = WhatIfRanker(model, str(profile), exclude=[str(i) for i in excluded])
        answers = ranker.what_if(str(row.item_id), [str(w.item_id) for w in row.what_if])
        assert [a.rank for a in answers] == [w.rank for w in row.what_if]
    # Without asking, no lines (and no cost).
    plain = recommend_for(library, models, profile=profile, kind="film", n=10)
    assert not any(r.what_if for r in plain)


def test_cli_recommend_explain_what_if(trained, capsys: pytest.CaptureFixture[str]) -> None:
    library, _models, profile, _file = trained
    train = ["--library", str(library), "train", "--kind", "film", "--algorithm", "ease"]
    assert main([*train, "--quiet"]) == 0  # into the library's own models folder
    capsys.readouterr()
    base = ["--library", str(library), "recommend", "--profile", str(profile), "--kind", "film"]
    assert main([*base, "--explain", "--what-if", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    lines = [w for item in data["items"] for w in item["what_if"]]
    assert lines and all({"without", "rank", "rank_now", "exact", "text"} <= set(w) for w in lines)
    assert all(w["exact"] is True for w in lines)
    assert main([*base, "--explain", "--what-if"]) == 0
    assert "what if: Without " in capsys.readouterr().out


def test_an_approximate_model_says_estimate(demo_library_copy: Path, tmp_path: Path) -> None:
    models = tmp_path / "models"
    train_model(demo_library_copy, models, kind="film", algorithm="bpr")
    with Library.open(demo_library_copy) as lib:
        profile = lib.profiles.list()[0].id
    recs = recommend_for(demo_library_copy, models, profile=profile, kind="film", what_if=True)
    lines = [w for r in recs for w in r.what_if]
    assert lines and not any(w.exact for w in lines)
    assert all("an estimate" in w.text for w in lines if w.rank is not None)


def test_a_profile_the_model_has_not_seen_gets_its_list_without_what_if(trained) -> None:
    library, models, _profile, _file = trained
    with Library.open(library) as lib:
        newcomer = lib.profiles.add("Newcomer").id
        lib.ratings.set(newcomer, lib.items.ids_by_kind("film")[0], 5.0)
    recs = recommend_for(library, models, profile=newcomer, kind="film", n=5, what_if=True)
    assert len(recs) == 5 and not any(r.what_if for r in recs)


def test_what_if_lines_are_computed_with_one_blas_thread(
    trained, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 19: a list's counterfactuals are small products; OpenBLAS's thread pool made them
    10-40 times dearer on a busy machine (the first For you list of a large library)."""
    from threadpoolctl import threadpool_info, threadpool_limits

    library, models, profile, _file = trained
    seen: list[int] = []
    real = WhatIfRanker.what_if

    def threads() -> int:
        return max(lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas")

    def counted(self: WhatIfRanker, item: str, removed: list[str]) -> object:
        seen.append(threads())
        return real(self, item, removed)

    monkeypatch.setattr(WhatIfRanker, "what_if", counted)
    with threadpool_limits(limits=2, user_api="blas"):  # a pool, as on any multi-core machine
        if threads() < 2:
            pytest.skip("OpenBLAS runs one thread here (one core, or OPENBLAS_NUM_THREADS=1)")
        recs = recommend_for(library, models, profile=profile, kind="film", n=10, what_if=True)
        assert threads() == 2  # the pool is back after the list
    assert any(r.what_if for r in recs) and seen and set(seen) == {1}
