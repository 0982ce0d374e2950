"""The command line does what it says (issue 14, section 5), run in-process through ``main``:
one rule for where a library's models live, no library made by a typo, truthful listings and
summaries, suggestions for usage mistakes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_recsys.cli import main
from desktop_recsys.config import default_paths
from desktop_recsys.config.paths import models_dir_for


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run the command in this process: (exit code, stdout, stderr)."""
    try:
        code = main(list(args))
    except SystemExit as exc:  # argparse's usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


# -- one rule for where a library's models live -------------------------------------------


def test_export_recommendations_finds_what_train_wrote_without_models(
    demo_library_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lib = str(demo_library_copy)
    code, out, err = cli(
        capsys, "train", "--kind", "film", "--algorithm", "popularity", "--quiet", "--library", lib
    )
    assert code == 0, err
    assert any(models_dir_for(demo_library_copy).glob("run1-*.npz"))
    out_file = tmp_path / "recs.csv"
    code, out, err = cli(
        capsys, "export", "recommendations", "Ada", "--kind", "film", "--n", "5",
        "--out", str(out_file), "--quiet", "--library", lib,
    )  # fmt: skip
    assert code == 0, err
    assert "5 entries" in out
    assert len(out_file.read_text(encoding="utf-8").strip().splitlines()) == 6  # header + 5


def test_the_default_library_keeps_its_models_in_the_app_folder_however_it_is_named() -> None:
    paths = default_paths()
    assert models_dir_for(paths.library_file) == paths.models_dir
    elsewhere = Path("/some/where/mine.sqlite")
    assert models_dir_for(elsewhere) == Path("/some/where/mine-models")


# -- a typo in --library never creates a file -----------------------------------------------

NOT_CREATING = [
    ("stats",),
    ("stats", "--json"),
    ("profile", "list"),
    ("profile", "remove", "Ann", "--yes"),
    ("train", "--kind", "film", "--quiet"),
    ("recommend", "--profile", "Ann", "--kind", "film"),
    ("models", "list"),
    ("models", "activate", "1"),
    ("export", "library", "--format", "csv", "--out", "OUT"),
    ("export", "profile", "Ann", "--out", "OUT"),
    ("export", "recommendations", "Ann", "--kind", "film", "--out", "OUT"),
    ("duplicates",),
    ("duplicates", "merge", "1", "2", "--yes"),
    ("backup",),
    ("backup", "list"),
    ("evaluate", "--kind", "film", "--quiet"),
    ("tune", "--algorithm", "popularity", "--kind", "film", "--budget", "1", "--quiet"),
]


@pytest.mark.parametrize("command", NOT_CREATING, ids=" ".join)
def test_a_missing_library_is_an_error_and_no_file_appears(
    command: tuple[str, ...], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    typo = tmp_path / "libary.sqlite"
    args = [str(tmp_path / "out.file") if a == "OUT" else a for a in command]
    code, out, err = cli(capsys, *args, "--library", str(typo))
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "does not exist" in lines[0] and str(typo) in lines[0]
    assert out == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_stats_on_the_missing_default_library_is_an_error_not_zeros(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = cli(capsys, "stats")
    assert code == 1 and out == "" and "does not exist" in err
    assert not default_paths().library_file.exists()


@pytest.mark.parametrize(
    "command",
    [("profile", "add", "Ann"), ("demo", "--quiet")],
    ids=" ".join,
)
def test_creating_commands_still_create(
    command: tuple[str, ...], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = tmp_path / "new.sqlite"
    code, out, err = cli(capsys, *command, "--library", str(new))
    assert code == 0, err
    assert new.is_file()
    code, out, err = cli(capsys, "stats", "--json", "--library", str(new))
    assert code == 0 and json.loads(out)["library"] == str(new)
