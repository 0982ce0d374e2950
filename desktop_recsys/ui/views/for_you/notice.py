"""The notice line above the For you list: no model yet, a stale model, a model's note, an
error; and how old a model is, as the notice and the status bar say it."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop_recsys.ui.i18n import translate_message

if TYPE_CHECKING:
    from desktop_recsys.services.recommend_service import Recommendations

#: Colours per level; palette roles for "info" so it follows the theme.
_COLOURS = {
    "info": "background: palette(alternate-base); border: 1px solid palette(mid);",
    "warning": "background: #fff3cd; color: #3d2e00; border: 1px solid #e0c068;",
    "error": "background: #f8d7da; color: #58151c; border: 1px solid #e0a0a6;",
}


class NoticeLabel(QLabel):
    """A word-wrapped notice, hidden until :meth:`show_notice` is called."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forYouNotice")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def show_notice(self, text: str, level: str) -> None:
        """Show ``text`` in the colours of ``level`` (``info``, ``warning`` or ``error``)."""
        self.setStyleSheet(f"#forYouNotice {{ {_COLOURS[level]} padding: 6px 8px; }}")
        self.setText(text)
        self.setAccessibleName(text)
        self.show()

    def no_model_yet(self) -> None:
        """No model serves this kind yet; the view is training the first one."""
        self.show_notice(
            self.tr(
                "Learning from the library for the first time. The list appears here when "
                "the model is ready; it takes a few seconds on a small library."
            ),
            "info",
        )

    def about_model(self, recs: Recommendations, age: str, refreshes: bool = True) -> None:
        """What to know about the model behind a list (stale, or its note), else nothing.
        ``refreshes``: the idle retrain is on (Settings), so a stale model refreshes itself."""
        if recs.stale:
            text = (
                self.tr(
                    "New ratings or plays since this model was trained ({0}). It is "
                    "refreshed by itself while the app is idle."
                )
                if refreshes
                else self.tr(
                    "New ratings or plays since this model was trained ({0}). Retraining "
                    "when idle is off in Settings; Train now refreshes it."
                )
            )
            self.show_notice(text.format(age), "info")
        elif recs.note:
            note = translate_message(recs.note)
            self.show_notice(note[:1].upper() + note[1:], "info")
        else:
            self.hide()


def model_age(timestamp: float | None) -> str:
    """ "3 min ago", "2 h ago", "5 days ago": a model's age at a glance (translated)."""
    if not timestamp:
        return QCoreApplication.translate("ForYouView", "at an unknown time")
    seconds = max(0.0, time.time() - timestamp)
    if seconds < 90:
        return QCoreApplication.translate("ForYouView", "just now")
    if seconds < 3600:
        return QCoreApplication.translate("ForYouView", "{0:.0f} min ago").format(seconds / 60)
    if seconds < 2 * 86400:
        return QCoreApplication.translate("ForYouView", "{0:.0f} h ago").format(seconds / 3600)
    return QCoreApplication.translate("ForYouView", "{0:.0f} days ago").format(seconds / 86400)
