"""A dense, calibre-like table for :class:`~desktop_recsys.ui.models.items_table_model.ItemsTableModel`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop_recsys.ui.models.items_table_model import ItemsTableModel
from desktop_recsys.ui.widgets.column_chooser import ColumnChooser
from desktop_recsys.ui.widgets.column_fit import ColumnFitter, ColumnSpec, standard_specs
from desktop_recsys.ui.widgets.star_rating import (
    STARS,
    StarRatingDelegate,
    rating_for_key,
    star_size,
)

# The most and the least a text column asks for, in average characters, by ItemRow field.
_WIDTH_CHARS = {"title": 46, "artist": 28, "album": 30, "certification": 16}
_LEAST_CHARS = {"title": 16, "artist": 10, "album": 10, "certification": 6}
#: Columns sized exactly to their header and content, like numbers (the explicit badge).
_EXACT = ("explicit",)


class ItemsTableView(QTableView):
    """Shows items: one line per row, sortable headers, whole-row selection, no grid.

    The keys 0-5 rate the selected rows (0 clears); ``context_menu_requested`` carries the
    global position of a right click (or the menu key) for the screen to build its menu.
    """

    rated = Signal(int, int)  # rows rated, stars

    def __init__(self, model: ItemsTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self._stars = StarRatingDelegate(self)
        if model.rating_column >= 0:
            self.setItemDelegateForColumn(model.rating_column, self._stars)
        # Clicks on the stars edit through the delegate; nothing else is edited in place yet.
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setCornerButtonEnabled(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        # Tab leaves the table instead of walking its cells: the window stays keyboard-navigable.
        self.setTabKeyNavigation(False)

        rows = self.verticalHeader()
        rows.setVisible(False)
        # Fixed, uniform row heights let the view skip measuring rows: smooth at 100,000 rows.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 6)

        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        #: Fits the columns to the table's width (content-sized, never below a minimum).
        self.columns_fit = ColumnFitter(self, self._column_specs)
        self.columns_fit.refit()
        #: The header's right-click menu: hide or show columns, fit or reset them.
        self.columns_menu = ColumnChooser(self, self.columns_fit)
        model.modelReset.connect(self._settle_layout)

        # The indicator must match the model before sorting is enabled, because enabling it
        # sorts by whatever the indicator shows.
        header.setSortIndicator(model.sort_column, model.sort_order)
        self.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._keep_indicator_on_sortable)

    def items_model(self) -> ItemsTableModel:
        model = self.model()
        assert isinstance(model, ItemsTableModel)
        return model

    def selected_rows(self) -> list[int]:
        """Selected rows, top to bottom (the current row if nothing is selected)."""
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        if not rows and self.currentIndex().isValid():
            rows = [self.currentIndex().row()]
        return rows

    def rate_selected(self, stars: int) -> int:
        """Rate every selected row; returns how many were stored."""
        model = self.items_model()
        done = sum(1 for row in self.selected_rows() if model.set_rating(row, stars))
        if done:
            self.rated.emit(done, stars)
        return done

    def keyPressEvent(self, event: QKeyEvent) -> None:
        stars = rating_for_key(event.key(), event.modifiers())
        if stars is not None and self.items_model().rating_column >= 0:
            self.rate_selected(stars)
            event.accept()
            return
        super().keyPressEvent(event)

    def _settle_layout(self) -> None:
        """Lay the rows out and show or hide the scroll bar now, after a reset, instead of a
        moment later: the table is then painted once, in its final shape, not once before a
        search's rows arrive at an empty table's scroll bar and once after."""
        self.executeDelayedItemsLayout()
        QCoreApplication.sendPostedEvents(self, QEvent.Type.LayoutRequest)

    def _column_specs(self) -> list[ColumnSpec]:
        model = self.items_model()
        kinds = [
            "stars"
            if c.field == "rating"
            else "numeric"
            if c.numeric or c.field in _EXACT
            else "text"
            for c in model.columns()
        ]
        caps = [_WIDTH_CHARS.get(c.field, 24) for c in model.columns()]
        least = [_LEAST_CHARS.get(c.field, 8) for c in model.columns()]
        row_height = self.verticalHeader().defaultSectionSize()
        stars = int(star_size(row_height) * STARS + 8)
        return standard_specs(self, kinds, caps, stars, least=least)

    def _keep_indicator_on_sortable(self, section: int, order: Qt.SortOrder) -> None:
        model = self.items_model()
        if not model.is_sortable(section):
            # The library cannot order by this column: put the arrow back where the rows are.
            self.horizontalHeader().setSortIndicator(model.sort_column, model.sort_order)
