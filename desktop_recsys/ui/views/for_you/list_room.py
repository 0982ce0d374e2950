"""For you's list keeps its rows: the "Because you liked" shelves below it give up room first.

The shelves ask for room for all of them and scroll when they get less; laid out as they ask,
at 1024x700 with the daily mixes above, they left the list 7 rows. :class:`ListRoom` caps the
shelves' height so the list gets :data:`LIST_ROWS` rows whenever the shelves can make do with
one shelf; where even that does not fit (a short window, the Jobs panel open) the list shrinks
rather than the window growing. It follows the view's size and the rows above the list (the
notice, the training row, the mix cards appearing), never a fixed pixel count.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QBoxLayout, QTableView, QWidget

#: The rows the For you list shows at least, room allowing (about 12 at 1024x700).
LIST_ROWS = 12


def rows_height(table: QTableView, rows: int) -> int:
    """The height ``table`` needs to show ``rows`` rows below its header."""
    frame = table.frameWidth() * 2
    header = table.horizontalHeader().sizeHint().height()
    return header + rows * table.verticalHeader().defaultSectionSize() + frame


class ListRoom(QObject):
    """Caps ``shelves``' height in ``view`` so that ``list_widget`` (holding ``table``) gets
    :data:`LIST_ROWS` rows; installed as an event filter on ``view``."""

    def __init__(
        self, view: QWidget, list_widget: QWidget, table: QTableView, shelves: QWidget
    ) -> None:
        super().__init__(view)
        self._view = view
        self._list = list_widget
        self._table = table
        self._shelves = shelves
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self._view and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.LayoutRequest,
            QEvent.Type.Show,
        ):
            self.fit()
        return False

    def list_target(self) -> int:
        """The list pane's height for :data:`LIST_ROWS` rows (the table's frame and header)."""
        return rows_height(self._table, LIST_ROWS)

    def fit(self) -> None:
        """Give the shelves what is left below a list of :data:`LIST_ROWS` rows (at least one
        shelf: their own minimum)."""
        layout = self._view.layout()
        if not isinstance(layout, QBoxLayout):
            return
        margins = layout.contentsMargins()
        used = margins.top() + margins.bottom()
        shown = 0
        width = self._view.width() - margins.left() - margins.right()
        for index in range(layout.count()):
            item = layout.itemAt(index)
            widget = item.widget()
            if widget is None or widget.isHidden():
                continue
            shown += 1
            if widget not in (self._list, self._shelves):
                # A bar that wraps its buttons (the top bar at 1024 px) is taller than its hint.
                wraps = item.hasHeightForWidth()
                used += item.heightForWidth(width) if wraps else item.sizeHint().height()
        used += layout.spacing() * max(0, shown - 1)
        least = self._shelves.minimumSizeHint().height()
        room = self._view.height() - used - self.list_target()
        cap = max(least, room)
        if self._shelves.maximumHeight() != cap:
            self._shelves.setMaximumHeight(cap)
