"""An import report's problem lines reach the window in the window's language (issue 19):
File > Import listening history… in Chinese imports a real Strawberry database with a track the
library lacks and a stream, and the wizard's report lists both problems in Chinese."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from player_files import Song, file_url, write_strawberry
from PySide6.QtWidgets import QApplication
from ui_test_library import show_main_window, wait_job_ended

from desktop_recsys.jobs import JobRunner
from desktop_recsys.library import Library
from desktop_recsys.library.models import NewItem
from desktop_recsys.ui.i18n import install_translators

pytestmark = pytest.mark.gui
WAIT_MS = 30_000
T = 1_700_000_000
HAN = "\u3400-\u9fff"
HALF_WIDTH_NEXT_TO_HAN = re.compile(f"(?<=[{HAN}])[,:;!?()]|[,:;!?()](?=[{HAN}])")


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[QApplication]:
    assert install_translators(qapp, "zh_CN") == "zh_CN"
    yield qapp
    assert install_translators(qapp, "en") == "en"


def test_history_import_problems_are_listed_in_chinese(
    qtbot: Any,
    chinese: QApplication,
    tmp_path: Path,
    open_reader: Any,
    runner: JobRunner,
    monkeypatch: Any,
) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    (home / ".local/share/strawberry/strawberry").mkdir(parents=True)
    path, music = tmp_path / "lib.sqlite", tmp_path / "Music"
    with Library.open(path) as lib:
        lib.profiles.add("Ann")
        lib.items.add(NewItem("track", "Jóga", artist="Björk", path=str(music / "Jóga.mp3")))
    write_strawberry(
        home / ".local/share/strawberry/strawberry/strawberry.db",
        [
            Song(file_url(f"{music}/Jóga.mp3"), "Jóga", "Björk", plays=6, last_played=T),
            Song(file_url("/old/Gone.mp3"), "Gone", "Nobody", plays=1, last_played=T),
            Song("http://radio.example/stream", "Radio", "Station", plays=1, last_played=T),
        ],
    )
    window = show_main_window(qtbot, open_reader(path), runner, tmp_path / "models")
    window.history_import_action.trigger()
    wizard = window.import_wizard
    qtbot.waitExposed(wizard)
    wizard.profile_combo.setCurrentText("Ann")
    wizard.next()
    wizard.next()
    wait_job_ended(qtbot, runner, wizard.job)
    qtbot.waitUntil(lambda: "不是本地文件" in wizard.report_view.toPlainText(), timeout=WAIT_MS)
    lines = [line.strip() for line in wizard.report_view.toPlainText().splitlines()]
    problems = [line for line in lines if line.startswith("strawberry.db:")]
    assert problems == [
        "strawberry.db:2: Nobody - Gone（/old/Gone.mp3）：不在媒体库中",
        "strawberry.db:3: Station - Radio：不是本地文件，已略过",
    ]
    assert not any(HALF_WIDTH_NEXT_TO_HAN.search(line) for line in problems)
    wizard.grab().save(str(tmp_path / "history_wizard_zh.png"))
    wizard.accept()
    with Library.open(path) as lib:
        ann = lib.profiles.require("Ann").id
        assert sum(p.count for p in lib.plays.for_profile(ann)) == 6
