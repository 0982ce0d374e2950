"""The For you table: ranked recommendations, sortable, rated with the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop_recsys.ui.models.recommendations_table_model import RecommendationsTableModel
from desktop_recsys.ui.widgets.star_rating import rating_for_key


class RecommendationsTableView(QTableView):
    """The ranked table; 0-5 rate the selected row, Delete marks it "not interested"."""

    rate_requested = Signal(int)
    not_interested_requested = Signal()

    def __init__(self, model: RecommendationsTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forYouTable")
        self.setAccessibleName(self.tr("Recommendations"))
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def size_columns(self, model: RecommendationsTableModel) -> None:
        """Default column widths, in average characters of the table's font."""
        char = max(1, self.fontMetrics().averageCharWidth())
        widths = {
            "rank": 4,
            "title": 30,
            "artist": 20,
            "year": 6,
            "genres": 18,
            "score": 7,
            "rating": 13,
        }
        for index, column in enumerate(model.columns()[:-1]):
            self.horizontalHeader().resizeSection(index, widths.get(column.field, 12) * char + 16)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        stars = rating_for_key(event.key(), event.modifiers())
        if stars is not None:
            self.rate_requested.emit(stars)
            event.accept()
            return
        if event.key() == Qt.Key.Key_Delete and not event.modifiers():
            self.not_interested_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
