"""File > Import listening history… through the real window (issue 17): the wizard offers the
four players, imports a real Strawberry database as a job and shows the report; the plays are
in the library."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from player_files import Song, file_url, write_strawberry
from PySide6.QtWidgets import QWizard
from ui_test_library import show_main_window, wait_job_ended

from desktop_recsys.jobs import JobRunner
from desktop_recsys.library import Library
from desktop_recsys.library.models import NewItem

WAIT_MS = 30_000
T = 1_700_000_000


def test_import_listening_history_from_the_file_menu_and_see_the_report(
    qtbot: Any, tmp_path: Path, open_reader: Any, runner: JobRunner, monkeypatch: Any
) -> None:
    home = tmp_path / "home"  # Strawberry's file where Strawberry keeps it: the wizard finds it
    monkeypatch.setenv("HOME", str(home))
    (home / ".local/share/strawberry/strawberry").mkdir(parents=True)
    path, music = tmp_path / "lib.sqlite", tmp_path / "Music"
    with Library.open(path) as lib:
        lib.profiles.add("Ann")
        song = lib.items.add(
            NewItem("track", "Jóga", artist="Björk", path=str(music / "Björk" / "Jóga.mp3"))
        )
        other = lib.items.add(NewItem("track", "Roads", artist="Portishead"))
    db = write_strawberry(
        home / ".local/share/strawberry/strawberry/strawberry.db",
        [
            Song(
                file_url(f"{music}/Björk/Jóga.mp3"),
                "Jóga",
                "Björk",
                plays=6,
                skips=1,
                last_played=T,
                rating=0.8,
            ),
            Song(
                file_url("/old/Portishead - Roads.mp3"),
                "Roads",
                "PORTISHEAD",
                plays=2,
                last_played=T,
            ),
            Song(file_url("/old/Gone.mp3"), "Gone", "Nobody", plays=1, last_played=T),
        ],  # fmt: skip
    )
    window = show_main_window(qtbot, open_reader(path), runner, tmp_path / "models")
    file_menu = window.menuBar().actions()[0].menu()
    assert window.history_import_action in file_menu.actions()
    window.history_import_action.trigger()
    wizard = window.import_wizard
    qtbot.waitExposed(wizard)
    shown = [k for k, b in wizard.kind_buttons.items() if b.isVisible()]
    assert shown == ["strawberry", "clementine", "rhythmbox", "kodi"]
    assert wizard.kind() == "strawberry" and wizard.profile_combo.isEnabled()
    wizard.profile_combo.setCurrentText("Ann")
    wizard.next()
    assert wizard.path_edit.text() == str(db)  # found where Strawberry keeps it
    wizard.next()
    wait_job_ended(qtbot, runner, wizard.job)
    qtbot.waitUntil(lambda: wizard.import_ended, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "matched by path" in wizard.report_view.toPlainText(), timeout=WAIT_MS)
    report = wizard.report_view.toPlainText()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert "1 matched by path" in report and "1 matched by tags" in report
    assert "1 not in the library" in report and "Nobody - Gone" in report
    assert "plays: 8 added" in report
    wizard.grab().save(str(tmp_path / "history_wizard.png"))
    wizard.accept()
    with Library.open(path) as lib:
        ann = lib.profiles.require("Ann").id
        totals = {(p.item_id, p.skipped): p.count for p in lib.plays.for_profile(ann)}
        assert totals == {(song, False): 6, (song, True): 1, (other, False): 2}
        assert lib.ratings.get(ann, song) == 4.0
