"""The Library's detail pane says why a track could not be analysed by sound, in the window's
language (issue 19 "Language"): the stored reason code is translated when it is shown, an older
version's English sentence too."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sound_test_rows import put_features
from ui_test_library import show_main_window

from desktop_recsys.engine.sonic import reasons
from desktop_recsys.jobs import JobRunner
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.ui.i18n import install_translators

WAIT_MS = 30000


def _fail(reader: LibrarySession, item_id: int, stored: str | None) -> None:
    put_features(reader.library, item_id, status="failed")
    with reader.library.transaction() as conn:
        conn.execute("UPDATE audio_features SET reason = ? WHERE item_id = ?", (stored, item_id))


def _select_track(window: Any, row: int) -> int:
    window.show_screen("library")
    library = window.library_view
    library.show_kind("track")
    library.current_view().selectRow(row)
    return int(library.current_item_id())


def test_the_detail_pane_says_why_a_track_was_not_analysed_in_chinese(
    qtbot: Any, qapp: Any, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    install_translators(qapp, "zh_CN")
    try:
        window = show_main_window(qtbot, demo_reader, runner, tmp_path / "models")
        first, second, third = (_select_track(window, row) for row in range(3))
        _fail(demo_reader, first, reasons.encode(reasons.reason("empty")))
        _fail(demo_reader, second, "silent: no sound above -70 dB in the analysed window")
        panel = window.library_view.detail.sounds_like
        _select_track(window, 0)
        qtbot.waitUntil(lambda: panel.isVisible(), timeout=WAIT_MS)
        assert panel.summary.text() == "未分析：文件是空的（0 字节）"
        assert not panel.list.isVisible()
        _select_track(window, 1)  # a row an older version wrote, in English
        qtbot.waitUntil(
            lambda: panel.summary.text() == "未分析：无声：分析的片段中没有高于 -70 dB 的声音",
            timeout=WAIT_MS,
        )
        _select_track(window, 2)  # never analysed: nothing to say
        qtbot.waitUntil(lambda: not panel.isVisible(), timeout=WAIT_MS)
        assert window.library_view.detail.item_id == third
    finally:
        install_translators(qapp, "en")
