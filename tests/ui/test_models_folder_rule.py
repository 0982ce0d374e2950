"""The window keeps a library's models where the command line does (issue 14, section 5): the
default library's in the app's folder, any other library's in ``NAME-models`` beside it, and
it follows the library when another one is opened."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop_recsys import app as app_module
from desktop_recsys.cli import main
from desktop_recsys.config import AppPaths
from desktop_recsys.services.recommend_service import recommend_for
from desktop_recsys.services.training_service import list_runs


@pytest.mark.gui
def test_the_window_uses_the_models_the_command_line_trained(
    qtbot, demo_library_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = AppPaths(tmp_path / "data", tmp_path / "config")
    monkeypatch.setenv("DESKTOP_RECSYS_HOME", str(tmp_path))  # the CLI sees the same folders
    lib = str(demo_library_copy)
    assert (
        main(["train", "--kind", "film", "--algorithm", "popularity", "--quiet", "--library", lib])
        == 0
    )
    expected = demo_library_copy.parent / "demo-models"
    run = list_runs(demo_library_copy)[0]
    assert (expected / str(run.file)).is_file()

    other = tmp_path / "other.sqlite"
    shutil.copyfile(demo_library_copy, other)
    session = app_module.start_gui(demo_library_copy, paths=paths)
    try:
        qtbot.addWidget(session.window)
        assert session.models_dir == expected
        assert session.window.profiles.models_dir == expected
        # What the window serves from is what the command line trained.
        answer = recommend_for(demo_library_copy, session.models_dir, profile="Ada", kind="film")
        assert answer.run.id == run.id
        assert session.open_library(other)
        assert session.models_dir == tmp_path / "other-models"
        assert session.window.profiles.models_dir == tmp_path / "other-models"
    finally:
        session.close()
    # The default library keeps the app's own folder.
    assert app_module.models_dir_for(paths.library_file, paths) == paths.models_dir
