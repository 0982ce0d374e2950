"""A dense, calibre-like table for :class:`~desktop_recsys.ui.models.items_table_model.ItemsTableModel`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop_recsys.ui.models.items_table_model import ItemsTableModel

# Starting column widths in average characters, by ItemRow field; the last column stretches.
_WIDTH_CHARS = {"title": 46, "artist": 28, "album": 30, "year": 7, "duration": 10}


class ItemsTableView(QTableView):
    """Shows items: one line per row, sortable headers, whole-row selection, no grid."""

    def __init__(self, model: ItemsTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setCornerButtonEnabled(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab leaves the table instead of walking its cells: the window stays keyboard-navigable.
        self.setTabKeyNavigation(False)

        rows = self.verticalHeader()
        rows.setVisible(False)
        # Fixed, uniform row heights let the view skip measuring rows: smooth at 100,000 rows.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 6)

        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._size_columns(model)

        # The indicator must match the model before sorting is enabled, because enabling it
        # sorts by whatever the indicator shows.
        header.setSortIndicator(model.sort_column, model.sort_order)
        self.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._keep_indicator_on_sortable)

    def items_model(self) -> ItemsTableModel:
        model = self.model()
        assert isinstance(model, ItemsTableModel)
        return model

    def _size_columns(self, model: ItemsTableModel) -> None:
        metrics = self.fontMetrics()
        char = max(1, metrics.averageCharWidth())
        padding = 2 * self.style().pixelMetric(self.style().PixelMetric.PM_HeaderMargin) + 16
        for index, column in enumerate(model.columns()[:-1]):
            chars = _WIDTH_CHARS.get(column.field, 16)
            width = max(chars * char, metrics.horizontalAdvance(column.header) + padding)
            if column.numeric:
                # Right-aligned numbers need a gap before the left-aligned text that follows.
                width += 2 * char
            self.horizontalHeader().resizeSection(index, width)

    def _keep_indicator_on_sortable(self, section: int, order: Qt.SortOrder) -> None:
        model = self.items_model()
        if not model.is_sortable(section):
            # The library cannot order by this column: put the arrow back where the rows are.
            self.horizontalHeader().setSortIndicator(model.sort_column, model.sort_order)
