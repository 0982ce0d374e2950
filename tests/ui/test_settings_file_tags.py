"""Settings ▸ Library ▸ "Ratings and play counts in your files" on the real main window
(issue 17): the write switch is off by default, the profile list holds people (no data set's
users), and OK stores both choices in the library, where scans and the command line read them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from ui_test_library import show_main_window

from desktop_recsys.jobs import JobRunner
from desktop_recsys.services import tag_sync
from desktop_recsys.services.library_service import LibrarySession

pytestmark = pytest.mark.gui


def test_the_file_tags_settings_are_off_by_default_and_ok_stores_them_in_the_library(
    qtbot: Any, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    window = show_main_window(qtbot, demo_reader, runner, tmp_path / "models", size=(1200, 760))
    dialog = window.open_settings()
    qtbot.waitExposed(dialog)
    box = dialog.file_tags
    assert box is not None and not box.write.isChecked()
    people = [p for p in demo_reader.profiles() if not p.community]
    assert len(people) >= 2
    names = [box.profile.itemText(i) for i in range(box.profile.count())]
    assert names == [f"The first profile ({people[0].name})"] + [p.name for p in people]
    assert box.profile.currentData() is None
    dialog.tabs.setCurrentIndex(1)
    dialog.grab().save(str(tmp_path / "settings_library_tab.png"))

    box.profile.setCurrentIndex(2)  # the second person
    qtbot.mouseClick(box.write, Qt.MouseButton.LeftButton)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert tag_sync.load_settings(demo_reader.library) == tag_sync.TagSettings(people[1].id, True)
    # A new dialog shows what is stored.
    again = window.open_settings()
    qtbot.waitExposed(again)
    assert again.file_tags is not None
    assert again.file_tags.write.isChecked()
    assert again.file_tags.profile.currentData() == people[1].id
    again.reject()


MUSIC = Path(__file__).resolve().parents[1] / "data" / "media" / "music"


def test_read_from_the_files_now_takes_in_what_a_scan_could_not_give_anyone(
    qtbot: Any, runner: JobRunner, tmp_path: Path
) -> None:
    import shutil

    from desktop_recsys.library import Library
    from desktop_recsys.library.importers.folder import scan_folder
    from desktop_recsys.services.library_service import open_library

    music = tmp_path / "music"
    shutil.copytree(MUSIC, music, ignore=shutil.ignore_patterns("broken"))
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:  # no profile yet: the scan keeps the files' ratings aside
        report = scan_folder(lib, music)
        assert lib.ratings.count() == 0
        assert any("Read from the files now" in str(n) for n in report.notes)
        lib.profiles.add("Nia")
    library = open_library(path)
    try:
        session = LibrarySession(library)
        window = show_main_window(qtbot, session, runner, tmp_path / "models", size=(1200, 760))
        dialog = window.open_settings()
        qtbot.waitExposed(dialog)
        box = dialog.file_tags
        assert box is not None and box.profile.itemText(0) == "The first profile (Nia)"
        qtbot.mouseClick(box.read_button, Qt.MouseButton.LeftButton)
        assert not box.read_button.isEnabled()  # one at a time
        qtbot.waitUntil(lambda: "read into the library" in box.status.text(), timeout=30000)
        assert box.status.text() == (
            "5 files compared for Nia: 2 already agreed, 0 written, 3 read into the library, "
            "0 kept the library's newer values, 0 not done"
        )
        assert box.read_button.isEnabled()
        nia = session.library.profiles.require("Nia").id
        assert sorted(r.rating for r in session.library.ratings.for_profile(nia)) == [3.0, 4, 4]
        dialog.reject()
    finally:
        library.close()
