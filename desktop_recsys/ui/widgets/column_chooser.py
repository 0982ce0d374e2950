"""The column chooser of a table's header: a right-click on the header lists every column with a
tick (hide or show it), then "Fit columns" and "Reset columns". The same menu is the "Columns"
submenu of the Library's row menu, so the keyboard (the menu key) reaches it too.

Hiding a column gives its width to the others (:class:`~desktop_recsys.ui.widgets.column_fit.
ColumnFitter` fits only the shown ones). At least one column always stays: the last shown
column's entry is disabled. A hidden column that sorted the rows gives the sort back to the
first column (Title) ascending: rows are never in an order no shown header (or the hidden
Title's) explains.
What is hidden, the order and the widths are the header's state, which the screen saves and
restores per table (``UiState.save_header``); :meth:`ColumnChooser.settle` repairs a restored
state that hides every column or sorts by a hidden one.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTableView

from desktop_recsys.ui.widgets.column_fit import ColumnFitter


class ColumnChooser(QObject):
    """Installs the header menu on ``view`` (whose columns ``fitter`` fits)."""

    # The columns shown, their order or widths changed through the menu (to save the state).
    changed = Signal()

    def __init__(self, view: QTableView, fitter: ColumnFitter) -> None:
        super().__init__(view)
        self._view = view
        self._fitter = fitter
        header = view.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._open_menu)
        header.setSectionsMovable(True)

    # -- the menu --------------------------------------------------------------------------
    def build_menu(self, parent: QMenu | None = None) -> QMenu:
        """The header's menu (public so tests can read and trigger it)."""
        header = self._view.horizontalHeader()
        model = self._view.model()
        menu = QMenu(parent or self._view)
        menu.setObjectName("columnChooser")
        menu.setTitle(self.tr("&Columns"))  # as a submenu of the rows' menu (the menu key)
        shown = self.shown_columns()
        for visual in range(header.count()):
            column = header.logicalIndex(visual)
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            action = QAction(title, menu)
            action.setObjectName(f"column{column}")
            action.setCheckable(True)
            action.setChecked(column in shown)
            # The last column shown stays: a table without columns shows nothing to click.
            action.setEnabled(shown != [column])
            action.toggled.connect(lambda on, c=column: self.set_shown(c, on))
            menu.addAction(action)
        menu.addSeparator()
        fit = menu.addAction(self.tr("Fit columns"), self.fit_columns)
        fit.setObjectName("fitColumns")
        fit.setToolTip(self.tr("Size every column to its content and the table's width"))
        reset = menu.addAction(self.tr("Reset columns"), self.reset_columns)
        reset.setObjectName("resetColumns")
        reset.setToolTip(self.tr("Show every column in its first order, fitted"))
        menu.setToolTipsVisible(True)
        return menu

    def _open_menu(self, pos: QPoint) -> None:
        menu = self.build_menu()
        menu.exec(self._view.horizontalHeader().mapToGlobal(pos))
        menu.deleteLater()

    # -- actions ---------------------------------------------------------------------------
    def shown_columns(self) -> list[int]:
        header = self._view.horizontalHeader()
        return [c for c in range(header.count()) if not header.isSectionHidden(c)]

    def set_shown(self, column: int, shown: bool) -> bool:
        """Show or hide ``column``; False (nothing done) for hiding the last shown one."""
        header = self._view.horizontalHeader()
        if not 0 <= column < header.count():
            return False
        if not shown and self.shown_columns() == [column]:
            return False
        if header.isSectionHidden(column) == (not shown):
            return True
        self._fitter.set_hidden(column, not shown)
        self._sort_by_a_shown_column()
        self.changed.emit()
        return True

    def fit_columns(self) -> None:
        """Forget the widths the person dragged: every shown column fitted again."""
        self._fitter.refit()
        self.changed.emit()

    def reset_columns(self) -> None:
        """Every column shown, in the model's order, fitted."""
        header = self._view.horizontalHeader()
        for column in range(header.count()):
            if header.visualIndex(column) != column:
                header.moveSection(header.visualIndex(column), column)
        for column in range(header.count()):
            if header.isSectionHidden(column):
                self._fitter.set_hidden(column, False)
        self._fitter.refit()
        self.changed.emit()

    def settle(self) -> None:
        """After a header state was restored: at least one column shown, the sort on a shown
        column."""
        header = self._view.horizontalHeader()
        if header.count() and not self.shown_columns():
            self._fitter.set_hidden(0, False)
        self._sort_by_a_shown_column()

    def _sort_by_a_shown_column(self) -> None:
        header = self._view.horizontalHeader()
        column = header.sortIndicatorSection()
        if not header.isSortIndicatorShown():
            return  # a search's best matches first: no column sorts the rows
        if 0 <= column < header.count() and header.isSectionHidden(column) and column != 0:
            self._view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
