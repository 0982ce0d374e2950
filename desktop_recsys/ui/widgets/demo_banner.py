"""The banner that says, in plain words, that the library is the synthetic demo."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

#: The English text, marked for lupdate (``self.tr(DEMO_TEXT)`` alone would hide it).
DEMO_TEXT = QT_TRANSLATE_NOOP("DemoBanner", "Demo library: synthetic data, for trying the app")


class DemoBanner(QLabel):
    """A full-width amber strip above the tables; shown only for the synthetic demo library."""

    def __init__(self, parent: QWidget | None = None) -> None:
        text = QCoreApplication.translate("DemoBanner", DEMO_TEXT)
        super().__init__(text, parent)
        self.setObjectName("demoBanner")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleName(text)
        # Fixed colours rather than the palette: it must stand out in light and dark themes.
        self.setStyleSheet(
            "#demoBanner { background: #ffe8a3; color: #3d2e00; font-weight: 600;"
            " padding: 4px 8px; border-bottom: 1px solid #d9b54a; }"
        )
