"""A non-default library's models that an older version kept in the app's shared models folder
are found and moved to the library's own folder (no retrain), by the window's start and by the
command line; another library's model in that folder, even under the same name, is left alone.

The older version is reproduced with real trainings written to the shared folder
(``data/models``), where it put every library's models.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop_recsys.cli import main
from desktop_recsys.config import default_paths
from desktop_recsys.config.paths import models_dir_for
from desktop_recsys.errors import UserError
from desktop_recsys.library import Library
from desktop_recsys.services.recommend_service import recommend_for
from desktop_recsys.services.recovery_service import recover_interrupted_work
from desktop_recsys.services.training_service import list_runs, train_model


@pytest.fixture
def old_layout(demo_library_copy: Path, tmp_path: Path) -> tuple[Path, Path, Path]:
    """This library and another one, both trained by an older version into the shared
    folder; returns (library, the other library, the shared folder)."""
    shared = default_paths().models_dir
    other = tmp_path / "other" / "other.sqlite"
    other.parent.mkdir()
    shutil.copyfile(demo_library_copy, other)
    with Library.open(other) as lib:  # other data: another data fingerprint
        ada = lib.profiles.by_name("Ada").id
        film = lib.items.page("film", limit=1)[0].id
        lib.ratings.set(ada, film, 5.0)
    train_model(demo_library_copy, shared, kind="film", algorithm="popularity")
    train_model(other, shared, kind="film", algorithm="popularity")
    assert models_dir_for(demo_library_copy) != shared  # a non-default library
    return demo_library_copy, other, shared


def test_the_windows_start_moves_the_librarys_old_models_home(
    old_layout: tuple[Path, Path, Path],
) -> None:
    library, other, shared = old_layout
    (run,) = list_runs(library)
    (theirs,) = list_runs(other)
    home = models_dir_for(library)
    assert not (home / str(run.file)).exists()

    report = recover_interrupted_work(library, home)  # what the window runs at start
    assert report.models_adopted == 1
    assert (home / str(run.file)).is_file() and not (shared / str(run.file)).exists()
    assert (shared / str(theirs.file)).is_file(), "the other library's model stays"
    answer = recommend_for(library, home, profile="Ada", kind="film")
    assert answer.run.id == run.id and answer.rows  # served without a retrain
    # Done once: a second start has nothing to move.
    assert recover_interrupted_work(library, home).models_adopted == 0


def test_a_file_of_another_library_under_the_same_name_is_not_taken(
    old_layout: tuple[Path, Path, Path],
) -> None:
    library, other, shared = old_layout
    (run,) = list_runs(library)
    (theirs,) = list_runs(other)
    (shared / str(run.file)).unlink()  # this library's model is gone...
    shutil.copyfile(shared / str(theirs.file), shared / str(run.file))  # ...another has its name
    home = models_dir_for(library)
    # The other library has other data: its model's fingerprint differs from this run's.
    assert recover_interrupted_work(library, home).models_adopted == 0
    assert not (home / str(run.file)).exists() and (shared / str(run.file)).is_file()
    with pytest.raises(UserError, match="train a new one|train one first"):
        recommend_for(library, home, profile="Ada", kind="film")


def test_the_command_line_says_it_moved_them(
    old_layout: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    library, _other, shared = old_layout
    (run,) = list_runs(library)
    code = main(["--library", str(library), "recommend", "--profile", "Ada", "--kind", "film"])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "moved 1 model of" in out.err and str(shared) in out.err
    assert (models_dir_for(library) / str(run.file)).is_file()
