"""The window in Chinese (demo library): standard genre names translated, a person's own tags
kept, the Jobs panel's seconds and the status line's "default" in Chinese, the catalogue
map's "item factors" too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from desktop_recsys.jobs import JobRunner
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.ui.common import genre_text
from desktop_recsys.ui.i18n import install_translators
from desktop_recsys.ui.main_window import MainWindow
from desktop_recsys.ui.models.jobs_table_model import COLUMNS, format_elapsed
from desktop_recsys.ui.ui_state import UiState

pytestmark = pytest.mark.gui

LONG_MS = 60000


@pytest.fixture
def zh(qapp: QApplication) -> Iterator[QApplication]:
    assert install_translators(qapp, "zh_CN") == "zh_CN"
    yield qapp
    install_translators(qapp, "en")


def test_genres_seconds_and_default_speak_chinese(
    qtbot: Any, zh: QApplication, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    assert genre_text("Drama, Science Fiction, nightclub") == "剧情、科幻、nightclub"
    assert format_elapsed(3.25) == "3.2 秒"

    window = MainWindow(demo_reader, runner, models_dir=tmp_path / "models", state=UiState())
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.library_view.show_kind("film")
    view = window.library_view.current_view()
    model = view.model()
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=LONG_MS)
    column = [c.field for c in model.columns()].index("genres")
    shown = {str(model.index(r, column).data()) for r in range(min(50, model.rowCount()))}
    assert shown and all(not any("a" <= ch <= "z" for ch in text) for text in shown), shown

    window.show_screen("for_you")
    for_you = window.for_you_view
    for_you.set_kind("film")
    messages: list[str] = []
    for_you.status_message.connect(messages.append)
    for_you.train_now()
    qtbot.waitUntil(lambda: for_you.train_job is None, timeout=LONG_MS)
    qtbot.waitUntil(lambda: any("条推荐" in m for m in messages), timeout=LONG_MS)
    line = next(m for m in messages if "条推荐" in m)
    assert "默认算法" in line and "default" not in line
    window.jobs_dock.show()
    jobs = window.jobs_panel.table.model()
    elapsed = COLUMNS.index("elapsed")
    texts = [str(jobs.index(r, elapsed).data() or "") for r in range(jobs.rowCount())]
    assert any(t.endswith("秒") for t in texts) and not any(t.endswith(" s") for t in texts)
    titles = [str(jobs.index(r, 0).data() or "") for r in range(jobs.rowCount())]
    assert any("默认算法" in t for t in titles), titles
    window.close()


def test_the_labs_html_report_follows_the_interface_language(
    qtbot: Any, zh: QApplication, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    window = MainWindow(demo_reader, runner, models_dir=tmp_path / "models", state=UiState())
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.show_screen("lab")
    lab = window.lab_view
    qtbot.waitUntil(lab.algorithm_list.isEnabled, timeout=LONG_MS)
    lab.set_kind("film")
    lab.set_checked_algorithms(["popularity", "item-knn"])
    lab.run_evaluation()
    qtbot.waitUntil(lambda: lab.result is not None and lab.evaluate_job is None, timeout=LONG_MS)
    out = tmp_path / "report.html"
    handle = lab.results.export_table(out, "html")
    assert handle is not None
    qtbot.waitUntil(out.exists, timeout=LONG_MS)
    page = out.read_text(encoding="utf-8")
    assert '<html lang="zh-CN">' in page
    assert "全部指标" in page and "All metrics" not in page
    window.close()
