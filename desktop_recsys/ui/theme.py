"""Light and dark palettes that follow the system's colour scheme: the one place a theme is
applied.

Qt picks the platform palette by itself on Windows and macOS; on Linux desktops (and with the
Fusion style) it does not switch to dark, so the palette is built here from the scheme the
platform reports and rebuilt when it changes. Everything that is styled beyond the palette is
here too: the application's style sheet (:data:`APP_STYLE_SHEET`, set again on every switch so
its ``palette(...)`` colours follow) and :class:`ThemeStyle`, which outlines check boxes and
radio buttons that Fusion's dark outline would lose against a dark field. Widgets that paint
with their own colours (the charts) read the palette again on ``PaletteChange``.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QWidget,
)

#: Style rules for named widgets, resolved against the palette in use. The sidebar
#: (``#screenNav``) is the window's colour with a line at its right.
APP_STYLE_SHEET = (
    "#screenNav { background: palette(window); border-right: 1px solid palette(mid); }"
    "#screenNav::item { padding: 4px 10px; }"
)


def is_dark_palette(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


class ThemeStyle(QProxyStyle):
    """Fusion, with check boxes and radio buttons outlined in the palette's ``Mid`` colour
    when the palette is dark (Fusion draws their edge a shade darker than the window, which
    vanishes on a dark field: unticked boxes could not be seen)."""

    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(  # noqa: N802 (Qt's name)
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        radio = element == QStyle.PrimitiveElement.PE_IndicatorRadioButton
        if not radio and element != QStyle.PrimitiveElement.PE_IndicatorCheckBox:
            return
        if not is_dark_palette(option.palette):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Mid), 1.0))
        rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if radio:
            painter.drawEllipse(rect)
        else:
            painter.drawRoundedRect(rect, 1.5, 1.5)
        painter.restore()


def dark_palette() -> QPalette:
    """A calm dark palette with enough contrast for dense tables."""
    p = QPalette()
    window, base, alt, text = (
        QColor(45, 45, 48),
        QColor(30, 30, 32),
        QColor(38, 38, 41),
        QColor(225, 225, 225),
    )
    accent = QColor(61, 133, 198)
    # Every group, Disabled too: a role left out of a group keeps QPalette's light default,
    # which drew disabled buttons ("Clear filters", "Cancel") as light boxes on the dark window.
    for group in (
        QPalette.ColorGroup.Active,
        QPalette.ColorGroup.Inactive,
        QPalette.ColorGroup.Disabled,
    ):
        p.setColor(group, QPalette.ColorRole.Window, window)
        p.setColor(group, QPalette.ColorRole.WindowText, text)
        p.setColor(group, QPalette.ColorRole.Base, base)
        p.setColor(group, QPalette.ColorRole.AlternateBase, alt)
        p.setColor(group, QPalette.ColorRole.ToolTipBase, window)
        p.setColor(group, QPalette.ColorRole.ToolTipText, text)
        p.setColor(group, QPalette.ColorRole.Text, text)
        p.setColor(group, QPalette.ColorRole.Button, window)
        p.setColor(group, QPalette.ColorRole.ButtonText, text)
        p.setColor(group, QPalette.ColorRole.Highlight, accent)
        p.setColor(group, QPalette.ColorRole.HighlightedText, QColor(255, 255, 255))
        p.setColor(group, QPalette.ColorRole.Link, QColor(110, 170, 230))
        p.setColor(group, QPalette.ColorRole.PlaceholderText, QColor(140, 140, 140))
        # Edges: lines and outlines that must show against both the window and the fields.
        p.setColor(group, QPalette.ColorRole.Mid, QColor(120, 120, 126))
        p.setColor(group, QPalette.ColorRole.Dark, QColor(24, 24, 26))
        p.setColor(group, QPalette.ColorRole.Light, QColor(70, 70, 74))
        p.setColor(group, QPalette.ColorRole.Midlight, QColor(58, 58, 62))
        p.setColor(group, QPalette.ColorRole.Shadow, QColor(10, 10, 10))
    disabled = QColor(120, 120, 120)
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight, QColor(70, 80, 92))
    return p


def quiet_text(label: QLabel) -> QLabel:
    """Show ``label`` as secondary text (a hint under a choice): the palette's placeholder
    colour, readable in both themes. Disabling a label greyed it instead, which the light
    theme draws so pale on white that the welcome and import hints were hard to read."""
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def is_dark() -> bool:
    """Whether the system asks for a dark scheme (unknown counts as light)."""
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


_connected: set[int] = set()


def apply_theme(app: QApplication, mode: str = "system") -> None:
    """Use Fusion with a light or dark palette: ``system`` follows the system's scheme (now and
    when it changes), ``light`` and ``dark`` force one. Every widget follows: the palette, the
    style sheet (set again so its palette colours are resolved anew) and the style."""
    if not isinstance(app.style(), ThemeStyle):  # (under a style sheet Qt wraps the style)
        app.setStyle(ThemeStyle())
    app.setProperty("desktopRecsysTheme", mode)

    def update(*_args: object) -> None:
        wanted = str(app.property("desktopRecsysTheme") or "system")
        dark = is_dark() if wanted == "system" else wanted == "dark"
        app.setPalette(dark_palette() if dark else app.style().standardPalette())
        # Qt resolves palette(...) in a style sheet when it is set: set it again.
        if app.styleSheet():
            app.setStyleSheet("")
        app.setStyleSheet(APP_STYLE_SHEET)

    update()
    if id(app) not in _connected:
        # Connected once per application; the mode is read from the property on each change.
        _connected.add(id(app))
        QGuiApplication.styleHints().colorSchemeChanged.connect(update)


def apply_system_palette(app: QApplication) -> None:
    """Follow the system's light or dark scheme (see :func:`apply_theme`)."""
    apply_theme(app, "system")
