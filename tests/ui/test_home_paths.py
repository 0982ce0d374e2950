"""Paths under the home folder read "~/Music/…" as on any desktop (issue 19, screenshots: the
detail pane and the Jobs details showed the machine's full temporary paths): through the real
window, the detail pane's File row, a missing file's title in the table and a job's
parameters; a path outside home stays whole, and the stored path is unchanged."""

from __future__ import annotations

import wave
from pathlib import Path
from typing import Any

import pytest
from player_files import Song, file_url, write_strawberry
from PySide6.QtCore import Qt
from ui_test_library import show_main_window

from desktop_recsys.jobs import JobRunner
from desktop_recsys.library import Library
from desktop_recsys.library.models import NewItem
from desktop_recsys.library.queries import ItemQuery
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.ui.common import ItemIdRole
from desktop_recsys.ui.path_text import home_path, home_paths_in

pytestmark = pytest.mark.gui

LONG_MS = 120000
T = 1_700_000_000


def test_home_path_keeps_what_is_not_under_home(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", "/home/ada")
    assert home_path("/home/ada/Music/a.mp3") == "~/Music/a.mp3"
    assert home_path("/home/ada") == "~"
    assert home_path("/home/adam/Music/a.mp3") == "/home/adam/Music/a.mp3"  # another account
    assert home_path("/srv/media/a.mp3") == "/srv/media/a.mp3"
    assert home_path("") == ""
    assert home_path("10") == "10"
    line = "the folder moved: /media/old in Strawberry is /home/ada here (/home/ada/Music/x.mp3)"
    assert (
        home_paths_in(line)
        == "the folder moved: /media/old in Strawberry is ~ here (~/Music/x.mp3)"
    )
    assert home_paths_in("/home/adam/a.mp3; /home/ada.old/b") == "/home/adam/a.mp3; /home/ada.old/b"


def test_paths_under_home_read_with_a_tilde(
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    demo_reader: LibrarySession,
    runner: JobRunner,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))  # the library copy lives in tmp_path too
    music = tmp_path / "Music"
    music.mkdir()
    tone = music / "Amber.wav"
    with wave.open(str(tone), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"\0\0" * 8000)
    library = demo_reader.library
    first, second = library.items.page(ItemQuery(kind="track"), limit=2)
    library.items.set_file_state([(first.id, str(tone), tone.stat().st_size, None, None)])
    gone = music / "Gone.mp3"
    library.items.set_file_state([(second.id, str(gone), 1, None, None)])
    library.items.set_missing([second.id])

    window = show_main_window(qtbot, demo_reader, runner, tmp_path / "models")
    window.show_screen("library")
    window.library_view.show_kind("track")
    view = window.library_view.current_view()
    model = view.model()
    qtbot.waitUntil(lambda: model.rowCount() > 2, timeout=LONG_MS)

    def row_of(item_id: int) -> int:
        return next(
            r for r in range(model.rowCount()) if model.index(r, 0).data(ItemIdRole) == item_id
        )

    # The missing file's title's tip names where it was, from home.
    title = model.index(row_of(second.id), 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "~/Music/Gone.mp3" in title and str(tmp_path) not in title, title
    # The detail pane's File row.
    view.selectRow(row_of(first.id))
    detail = window.library_view.detail
    qtbot.waitUntil(lambda: "Amber.wav" in detail.metadata.text(), timeout=LONG_MS)
    assert "~/Music/Amber.wav" in detail.metadata.text()
    assert str(tmp_path) not in detail.metadata.text()
    assert library.items.get(first.id).path == str(tone)  # stored whole
    # A job's parameters (the library's path is under home too).
    window.show_screen("lab")
    lab = window.lab_view
    qtbot.waitUntil(lab.algorithm_list.isEnabled, timeout=LONG_MS)
    lab.set_kind("film")
    lab.set_checked_algorithms(["popularity"])
    lab.run_evaluation()
    qtbot.waitUntil(lambda: lab.result is not None and lab.evaluate_job is None, timeout=LONG_MS)
    window.jobs_dock.show()
    panel = window.jobs_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    panel.table.selectRow(0)
    qtbot.waitUntil(lambda: "~/demo.sqlite" in panel.details.toPlainText(), timeout=LONG_MS)
    assert str(tmp_path) not in panel.details.toPlainText()
    window.close()


def test_the_history_import_report_names_files_from_home(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, open_reader: Any, runner: JobRunner, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    strawberry = home / ".local/share/strawberry/strawberry"
    strawberry.mkdir(parents=True)
    music = home / "Music"
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        lib.profiles.add("Ann")
        lib.items.add(NewItem("track", "Jóga", artist="Björk", path=str(music / "Jóga.mp3")))
    write_strawberry(
        strawberry / "strawberry.db",
        [
            Song(file_url(f"{music}/Jóga.mp3"), "Jóga", "Björk", plays=6, last_played=T),
            Song(file_url(f"{music}/Nobody/Gone.mp3"), "Gone", "Nobody", plays=1, last_played=T),
        ],
    )
    window = show_main_window(qtbot, open_reader(path), runner, tmp_path / "models")
    window.history_import_action.trigger()
    wizard = window.import_wizard
    wizard.profile_combo.setCurrentText("Ann")
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.import_ended, timeout=LONG_MS)
    qtbot.waitUntil(lambda: "not in the library" in wizard.report_view.toPlainText())
    report = wizard.report_view.toPlainText()
    assert "~/Music/Nobody/Gone.mp3" in report and str(home) not in report, report
    wizard.accept()
    window.close()
