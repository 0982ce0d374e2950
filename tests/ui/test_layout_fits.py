"""The layout holds from 1024×700 to 2560×1440: the real window on the demo library, in
English and Chinese, every visible table's columns whole and in sight, every Lab tab visible."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle, QTableView

from desktop_recsys.jobs import JobRunner
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.ui.common import RatingRole
from desktop_recsys.ui.i18n import install_translators
from desktop_recsys.ui.main_window import MainWindow
from desktop_recsys.ui.ui_state import UiState
from desktop_recsys.ui.widgets.column_fit import ColumnSpec, fitted_widths
from desktop_recsys.ui.widgets.star_rating import STARS, star_size

pytestmark = pytest.mark.gui

LONG_MS = 60000


@pytest.fixture(params=[(1024, 700, "en"), (2560, 1440, "en"), (1024, 700, "zh_CN")])
def sized(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[tuple[int, int]]:
    width, height, language = request.param
    assert install_translators(qapp, language) == language
    yield width, height
    install_translators(qapp, "en")


def check_columns(view: QTableView, where: str) -> None:
    """Every column shows its whole header and its numbers and stars unclipped, and all of
    them fit in the table's width (nothing pushed off-screen)."""
    header = view.horizontalHeader()
    model = view.model()
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    metrics = view.fontMetrics()
    total = 0
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        width = header.sectionSize(column)
        total += width
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        needed = header.fontMetrics().horizontalAdvance(title) + 2 * margin + arrow
        assert width >= needed, f"{where}: header {title!r} clipped ({width} < {needed} px)"
        rows = range(min(40, model.rowCount()))
        if any(model.index(r, column).data(RatingRole) is not None for r in rows) or title in (
            "Rating",
            "评分",
        ):
            stars = star_size(view.rowHeight(0) if model.rowCount() else 20) * STARS
            assert width >= stars, f"{where}: {STARS} stars need {stars} px, have {width}"
            continue
        alignment = model.index(0, column).data(Qt.ItemDataRole.TextAlignmentRole)
        if alignment is not None and int(alignment) & int(Qt.AlignmentFlag.AlignRight):
            for r in rows:  # numbers are never elided
                text = str(model.index(r, column).data() or "")
                assert metrics.horizontalAdvance(text) + 2 * margin <= width, (
                    f"{where}: {text!r} clipped in column {title!r}"
                )
    viewport = view.viewport().width()
    assert total <= viewport, f"{where}: columns {total} px in a {viewport} px table"
    # The widest column takes what is left: no empty band at the right on a big screen.
    assert total >= viewport - 2, f"{where}: {viewport - total} px left empty"


def test_tables_and_lab_tabs_fit_from_1024_to_2560(
    qtbot: Any,
    demo_reader: LibrarySession,
    runner: JobRunner,
    tmp_path: Path,
    sized: tuple[int, int],
) -> None:
    window = MainWindow(demo_reader, runner, models_dir=tmp_path / "models", state=UiState())
    qtbot.addWidget(window)
    window.resize(*sized)
    window.show()
    qtbot.waitExposed(window)
    tag = "x".join(map(str, sized))

    window.show_screen("library")
    for kind in ("film", "track", "artist"):
        window.library_view.show_kind(kind)
        view = window.library_view.current_view()
        qtbot.waitUntil(lambda v=view: v.model().rowCount() > 0, timeout=LONG_MS)
        view.selectRow(0)
        view.rate_selected(4)
        check_columns(view, f"library {kind} at {tag}")
        assert window.size().toTuple() == sized, f"the window grew past {tag}"

    window.show_screen("for_you")
    for_you = window.for_you_view
    for_you.set_kind("film")
    for_you.train_now()
    qtbot.waitUntil(lambda: for_you.train_job is None, timeout=LONG_MS)
    qtbot.waitUntil(
        lambda: for_you.list_job is None and for_you.model.rowCount() > 0, timeout=LONG_MS
    )
    check_columns(for_you.table, f"For you at {tag}")
    assert window.size().toTuple() == sized, f"For you made the window grow past {tag}"

    window.show_screen("lab")
    lab = window.lab_view
    lab.charts_area.ensure_charts()
    tabs = lab.chart_tabs
    qtbot.waitUntil(lambda: tabs.count() == 7, timeout=LONG_MS)  # six charts and "On me"
    bar = tabs.tabBar()
    for index in range(tabs.count()):
        rect = bar.tabRect(index)
        assert rect.left() >= 0 and rect.right() <= bar.width(), (
            f"Lab tab {tabs.tabText(index)!r} out of sight at {tag}"
        )
        assert rect.width() >= bar.fontMetrics().horizontalAdvance("…") * 3
    assert not tabs.usesScrollButtons()
    window.show_screen("insights")
    window.jobs_dock.show()  # every screen keeps its size with the Jobs panel open
    for screen in ("library", "for_you", "insights", "lab"):
        window.show_screen(screen)
        QApplication.processEvents()
        assert window.size().toTuple() == sized, f"{screen} with the Jobs panel outgrew {tag}"
    window.close()


def test_a_dragged_column_keeps_its_width_but_never_less_than_its_minimum(
    qtbot: Any, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    window = MainWindow(demo_reader, runner, models_dir=tmp_path / "models", state=UiState())
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.library_view.show_kind("film")
    view = window.library_view.current_view()
    header = view.horizontalHeader()
    rating = view.items_model().rating_column
    header.resizeSection(rating, 10)  # a person drags it almost shut
    assert header.sectionSize(rating) == view.columns_fit.minimum(rating) > 10
    header.resizeSection(0, 400)
    window.resize(1300, 800)
    qtbot.wait(20)
    assert header.sectionSize(0) == 400  # the person's width is kept on resizing


def test_fitted_widths_shrink_low_priority_text_first_and_stretch_the_widest() -> None:
    specs = [
        ColumnSpec(50, 50),  # a number
        ColumnSpec(100, 300, priority=1),  # the title
        ColumnSpec(80, 400, stretch=True, priority=0),  # the reason
    ]
    assert fitted_widths(specs, 1000, {}) == [50, 300, 650]
    assert fitted_widths(specs, 500, {}) == [50, 300, 150]  # the reason gives way first
    assert fitted_widths(specs, 300, {}) == [50, 170, 80]
    assert fitted_widths(specs, 100, {}) == [50, 100, 80]  # below the minimums: scroll
    assert fitted_widths(specs, 1000, {1: 20}) == [50, 100, 850]  # dragged, clamped
    # The stretching column dragged narrower still takes what is left: no band.
    assert fitted_widths(specs, 1000, {2: 100}) == [50, 300, 650]
    assert fitted_widths(specs, 300, {2: 100}) == [50, 150, 100]
