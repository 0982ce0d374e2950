"""The status bar's Undo: a button offered for a few seconds after an action that can be
taken back (marking items "not interested"), then gone."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QToolButton, QWidget

#: How long the offer stands.
UNDO_MS = 8000


class UndoButton(QToolButton):
    """Hidden until :meth:`offer`; a click runs the offered undo once and hides the button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoButton")
        self.setText(self.tr("&Undo"))
        self.setAutoRaise(True)
        self._undo: Callable[[], object] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.withdraw)
        self.clicked.connect(self._clicked)
        self.hide()

    def offer(self, undo: Callable[[], object], what: str, timeout_ms: int = UNDO_MS) -> None:
        """Show the button for ``timeout_ms``; a click calls ``undo`` (replaces any earlier
        offer). ``what`` is the tooltip and the accessible description."""
        self._undo = undo
        self.setToolTip(what)
        self.setAccessibleDescription(what)
        self.show()
        self._timer.start(timeout_ms)

    def withdraw(self) -> None:
        self._undo = None
        self._timer.stop()
        self.hide()

    def _clicked(self) -> None:
        undo = self._undo
        self.withdraw()
        if undo is not None:
            undo()
