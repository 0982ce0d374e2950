"""The Lab's settings fold away: a thin strip with one button beside them hides and shows the
whole settings column, so the results and the charts get its width (at 1024 px the tables and
every chart tab then have room to spare). Remembered per window state."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton, QVBoxLayout, QWidget

from desktop_recsys.ui.ui_state import UiState

#: Where the choice is kept (``UiState``).
FOLDED_KEY = "lab/settingsFolded"


class SideFold(QWidget):
    """A strip holding the fold button for ``panel`` (the settings' scroll area)."""

    def __init__(self, panel: QWidget, state: UiState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labSideFold")
        self._panel = panel
        self._state = state
        self.button = QToolButton(self)
        self.button.setObjectName("labFoldSettings")
        self.button.setCheckable(True)
        self.button.toggled.connect(self.set_folded)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 4, 1, 4)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addStretch(1)
        self.button.setChecked(bool(state.value(FOLDED_KEY, False)))
        self._show_state()

    @property
    def folded(self) -> bool:
        return self.button.isChecked()

    def set_folded(self, folded: bool) -> None:
        """Hide (``True``) or show the settings column; remembered."""
        if self.button.isChecked() != folded:
            self.button.setChecked(folded)  # comes back here through ``toggled``
            return
        self._panel.setVisible(not folded)
        self._state.set_value(FOLDED_KEY, folded)
        self._show_state()

    def _show_state(self) -> None:
        folded = self.button.isChecked()
        self._panel.setVisible(not folded)
        self.button.setArrowType(Qt.ArrowType.RightArrow if folded else Qt.ArrowType.LeftArrow)
        text = self.tr("Show the settings") if folded else self.tr("Hide the settings")
        self.button.setToolTip(text)
        self.button.setAccessibleName(text)
