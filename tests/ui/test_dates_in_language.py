"""Dates in the window follow the interface's language, also where the system has no locale
(LANG=C.UTF-8 in a container): the blind test's "Running since …" read "7 12 2026 09:29"."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDateTime, QLocale
from ui_test_library import interface_language, show_main_window

from desktop_recsys.jobs import JobRunner
from desktop_recsys.library import Library
from desktop_recsys.services import ab_test_service
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.ui.i18n import interface_locale

pytestmark = pytest.mark.gui

WAIT_MS = 60000
BARE = re.compile(r"\b\d{1,2} \d{1,2} \d{4}\b")  # the C locale's "7 12 2026"


@pytest.mark.parametrize(
    ("language", "system", "expected"),
    [("en", "C", "en_US"), ("zh_CN", "C", "zh_CN"), ("zh_CN", "en_GB", "zh_CN"),
     ("en", "en_GB", "en_GB"), ("en", "zh_CN", "en_US")],
)  # fmt: skip
def test_the_locale_for_dates_speaks_the_interface_language(
    qapp: Any, language: str, system: str, expected: str
) -> None:
    with interface_language(qapp, language):
        assert interface_locale(QLocale(system)).name() == expected


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_blind_test_dates_read_in_the_interface_language(
    qtbot: Any,
    qapp: Any,
    demo_reader: LibrarySession,
    runner: JobRunner,
    tmp_path: Path,
    language: str,
) -> None:
    models = tmp_path / "models"
    report = ab_test_service.start_test(
        demo_reader.path, models, a="popularity", b="item-knn", profile="Ada", kind="film"
    )
    with Library.open(demo_reader.path) as library:
        ada = library.profiles.require("Ada").id
    with interface_language(qapp, language):
        window = show_main_window(qtbot, demo_reader, runner, models)
        window.select_profile(ada)
        window.show_screen("lab")
        lab, panel = window.lab_view, window.ab_test
        qtbot.waitUntil(lambda: lab.charts_ready, timeout=WAIT_MS)
        lab.chart_tabs.setCurrentWidget(panel)
        qtbot.waitUntil(lambda: panel.a_combo.count() > 1, timeout=WAIT_MS)
        panel.kind_combo.set_kind("film")
        panel.refresh()
        qtbot.waitUntil(
            lambda: panel.report_job is None and panel.report is not None, timeout=WAIT_MS
        )
        text = panel.details_label.text()
        started = QDateTime.fromSecsSinceEpoch(int(report.test.started_at))
        locale = QLocale("zh_CN" if language == "zh_CN" else "en_US")
        if QLocale.system().language() == locale.language():
            locale = QLocale.system()
        assert locale.toString(started, QLocale.FormatType.ShortFormat) in text, text
        assert not BARE.search(text), text
        window.close()
