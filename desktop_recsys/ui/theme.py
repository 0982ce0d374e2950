"""Light and dark palettes that follow the system's colour scheme.

Qt picks the platform palette by itself on Windows and macOS; on Linux desktops (and with the
Fusion style) it does not switch to dark, so the palette is built here from the scheme the
platform reports and rebuilt when it changes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


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
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
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
    disabled = QColor(120, 120, 120)
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


def is_dark() -> bool:
    """Whether the system asks for a dark scheme (unknown counts as light)."""
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


_connected: set[int] = set()


def apply_theme(app: QApplication, mode: str = "system") -> None:
    """Use Fusion with a light or dark palette: ``system`` follows the system's scheme (now and
    when it changes), ``light`` and ``dark`` force one."""
    app.setStyle("Fusion")
    app.setProperty("desktopRecsysTheme", mode)

    def update(*_args: object) -> None:
        wanted = str(app.property("desktopRecsysTheme") or "system")
        dark = is_dark() if wanted == "system" else wanted == "dark"
        app.setPalette(dark_palette() if dark else app.style().standardPalette())

    update()
    if id(app) not in _connected:
        # Connected once per application; the mode is read from the property on each change.
        _connected.add(id(app))
        QGuiApplication.styleHints().colorSchemeChanged.connect(update)


def apply_system_palette(app: QApplication) -> None:
    """Follow the system's light or dark scheme (see :func:`apply_theme`)."""
    apply_theme(app, "system")
