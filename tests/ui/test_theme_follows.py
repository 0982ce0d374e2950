"""A theme switch reaches every widget: the sidebar, the check boxes, the charts (the real
window, switched Light → Dark → Light like a person does in the settings)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionButton, QWidget

from desktop_recsys.jobs import JobRunner
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.ui.main_window import MainWindow
from desktop_recsys.ui.theme import apply_theme
from desktop_recsys.ui.ui_state import UiState

pytestmark = pytest.mark.gui

LONG_MS = 60000


@pytest.fixture
def themed_app(qapp: QApplication) -> Iterator[QApplication]:
    """The application with the theme machinery; style, palette and style sheet put back."""
    style, palette, sheet = qapp.style().name(), qapp.palette(), qapp.styleSheet()
    apply_theme(qapp, "light")
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setPalette(palette)


def lightness(widget: QWidget, point: QPoint) -> int:
    QApplication.processEvents()
    image: QImage = widget.grab().toImage()
    return QColor(image.pixel(point)).lightness()


def indicator_contrast(box: QWidget) -> int:
    """How far the unticked box's edge stands out from the field inside it (lightness)."""
    QApplication.processEvents()
    option = QStyleOptionButton()
    option.initFrom(box)
    rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image = box.grab().toImage()
    inside = QColor(image.pixel(rect.center())).lightness()
    edge = [
        QColor(image.pixel(QPoint(x, y))).lightness()
        for x in range(rect.left(), rect.right() + 1)
        for y in (rect.top(), rect.bottom())
    ] + [
        QColor(image.pixel(QPoint(x, y))).lightness()
        for y in range(rect.top(), rect.bottom() + 1)
        for x in (rect.left(), rect.right())
    ]
    return max(abs(value - inside) for value in edge)


def test_dark_then_light_reaches_the_sidebar_check_boxes_and_charts(
    qtbot: Any,
    themed_app: QApplication,
    demo_reader: LibrarySession,
    runner: JobRunner,
    tmp_path: Path,
) -> None:
    window = MainWindow(demo_reader, runner, models_dir=tmp_path / "models", state=UiState())
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.show_screen("lab")
    lab = window.lab_view
    lab.charts_area.ensure_charts()
    qtbot.waitUntil(lambda: lab.chart_tabs.count() == 7, timeout=LONG_MS)  # charts, "On me"
    nav = window.nav
    empty = QPoint(nav.width() // 2, nav.height() - 5)  # below the entries
    box = lab.settings.use_tuned
    box.setChecked(False)
    plot = lab.charts["bars"].plot
    corner = QPoint(3, 3)
    assert lightness(nav, empty) > 200
    assert lightness(plot, corner) > 200

    apply_theme(themed_app, "dark")
    assert lightness(nav, empty) < 90, "the sidebar stayed light in the dark theme"
    assert lightness(plot, corner) < 90, "the chart stayed light in the dark theme"
    assert indicator_contrast(box) >= 40, "an unticked check box vanishes in the dark theme"

    apply_theme(themed_app, "light")
    assert lightness(nav, empty) > 200, "the sidebar turned dark in the light theme"
    assert lightness(plot, corner) > 200
    assert indicator_contrast(box) >= 40
    window.close()


def test_disabled_buttons_and_fields_stay_dark_in_the_dark_theme(
    qtbot: Any,
    themed_app: QApplication,
    demo_reader: LibrarySession,
    runner: JobRunner,
    tmp_path: Path,
) -> None:
    """A disabled button ("Cancel" in the Lab, "Clear filters" in the Library) was drawn as a
    light box on the dark window: the palette's Disabled group kept QPalette's light colours."""
    window = MainWindow(demo_reader, runner, models_dir=tmp_path / "models", state=UiState())
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.show_screen("lab")
    cancel = window.lab_view.settings.cancel_button
    assert not cancel.isEnabled()
    middle = QPoint(cancel.width() // 2, 3)  # inside the face, above the text
    assert lightness(cancel, middle) > 200

    apply_theme(themed_app, "dark")
    assert lightness(cancel, middle) < 90, "a disabled button is a light box in the dark theme"
    field = window.lab_view.settings.cutoffs_edit
    field.setEnabled(False)
    assert lightness(field, QPoint(field.width() - 4, field.height() // 2)) < 90
    apply_theme(themed_app, "light")
    assert lightness(cancel, middle) > 200
    window.close()


def darkest_text(label: QWidget) -> int:
    """The lightness of the darkest pixel of a label (its text)."""
    QApplication.processEvents()
    image = label.grab().toImage()
    return min(
        QColor(image.pixel(x, y)).lightness()
        for x in range(0, image.width(), 1)
        for y in range(0, image.height(), 1)
    )


def test_hints_under_choices_are_readable_in_both_themes(
    qtbot: Any,
    themed_app: QApplication,
    demo_reader: LibrarySession,
    runner: JobRunner,
    tmp_path: Path,
) -> None:
    """The hints under the welcome dialog's and the import wizard's choices were disabled
    labels: in the light theme pale grey on white, hard to read."""
    from desktop_recsys.ui.dialogs.welcome_dialog import WelcomeDialog

    def hints(welcome: WelcomeDialog) -> list[Any]:
        return [
            label
            for label in welcome.findChildren(QWidget)
            if label.metaObject().className() == "QLabel" and label.indent() == 24
        ]

    window = MainWindow(demo_reader, runner, models_dir=tmp_path / "models", state=UiState())
    qtbot.addWidget(window)
    window.show()
    welcome = WelcomeDialog(window)
    welcome.show()
    wizard = window.open_import_wizard()
    labels = hints(welcome) + list(wizard.kind_notes.values())
    assert len(labels) >= 10
    for label in labels:
        assert label.isEnabled()
        text = darkest_text(label)
        assert text < 150, f"a hint is too pale in the light theme ({text}): {label.text()!r}"
    wizard.reject()
    welcome.reject()
    window.close()
