"""In the Chinese window, an error the engine raises reads in Chinese (issue 19): the smart
playlist editor's live count shows a bad rule's refusal ("plays：'x' 不是数字") in the
interface's language, and saving stays off until the rule is fixed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from ui_test_library import show_main_window

from desktop_recsys.jobs import JobRunner
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.ui.i18n import install_translators

pytestmark = pytest.mark.gui
WAIT_MS = 30000


@pytest.fixture
def zh(qapp: QApplication) -> Iterator[QApplication]:
    assert install_translators(qapp, "zh_CN") == "zh_CN"
    yield qapp
    install_translators(qapp, "en")


def test_a_bad_rule_reads_in_chinese_in_the_smart_playlist_editor(
    qtbot: Any, zh: QApplication, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    window = show_main_window(qtbot, demo_reader, runner, tmp_path / "models")
    dialog = window.playlists_view.new_smart()
    assert dialog is not None
    row = dialog.root.children_widgets[0]
    row.load({"field": "plays", "op": ">=", "value": "x"})
    label = dialog.count_label
    qtbot.waitUntil(lambda: "'x' 不是数字" in label.text(), timeout=WAIT_MS)
    assert label.text() == "plays：'x' 不是数字"
    assert not dialog.save_button.isEnabled()
    row.load({"field": "energy", "op": ">=", "value": "2"})
    qtbot.waitUntil(lambda: "超出 0-1 的范围" in label.text(), timeout=WAIT_MS)
    assert label.text() == "energy：'2' 超出 0-1 的范围（0 为平静，1 为激烈）"
    assert not dialog.save_button.isEnabled()
    row.load({"field": "plays", "op": ">=", "value": "3"})
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=WAIT_MS)
    dialog.reject()
