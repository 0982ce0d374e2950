"""The "Because you liked X" shelves under the For you list: a few rows of items like the
profile's favourites, fetched by a job of their own."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_recsys.jobs.base import Job, JobRunnerBase
from desktop_recsys.jobs.handle import JobHandle
from desktop_recsys.services import similar_items
from desktop_recsys.ui.job_slot import JobSlot

SHELVES = 3


class ShelvesRow(QWidget):
    """Up to :data:`SHELVES` titled, horizontally scrolling lists; hidden while empty.

    Where the window is short (700 px) the shelves scroll vertically inside their row: they
    ask for room for all of them but make do with one, so the list above keeps its rows and
    the window never grows taller than the screen.
    """

    #: A shelf item was activated (double-click, Enter): its item id.
    item_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shelves")
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("shelvesScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget(self.scroll)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(8, 0, 8, 6)
        layout.setSpacing(2)
        self.labels: list[QLabel] = []
        self.lists: list[QListWidget] = []
        for index in range(SHELVES):
            label = QLabel(content)
            label.setObjectName(f"shelfTitle{index}")
            bold = label.font()
            bold.setBold(True)
            label.setFont(bold)
            shelf = QListWidget(content)
            shelf.setObjectName(f"shelf{index}")
            shelf.setFlow(QListWidget.Flow.LeftToRight)
            shelf.setWrapping(False)
            shelf.setSpacing(4)
            shelf.setHorizontalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
            # Two text lines plus room for the horizontal scroll bar a long shelf shows.
            scroll = shelf.style().pixelMetric(shelf.style().PixelMetric.PM_ScrollBarExtent)
            shelf.setFixedHeight(self.fontMetrics().height() * 2 + 22 + scroll)
            shelf.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            shelf.itemActivated.connect(self._activated)
            label.setBuddy(shelf)
            layout.addWidget(label)
            layout.addWidget(shelf)
            self.labels.append(label)
            self.lists.append(shelf)
        self.scroll.setWidget(content)
        self.hide()
        self._fetch = JobSlot()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.scroll.widget().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        # One shelf, its title, and the margins.
        one = self.labels[0].sizeHint().height() + self.lists[0].height() + 8
        return QSize(0, min(one, self.sizeHint().height()))

    @property
    def job(self) -> JobHandle | None:
        """The shelves' job while it is queued or running, else None."""
        return self._fetch.handle

    def cancel(self) -> None:
        """Cancel the shelves' job, if one runs, and stop listening to it."""
        self._fetch.cancel()
        self._fetch.forget()

    def fetch(self, runner: JobRunnerBase, job: Job) -> JobHandle:
        """Submit ``job`` (a ShelvesJob); its shelves are shown when it finishes."""
        return self._fetch.submit(
            runner, job, on_finished=self.show_shelves, on_failed=lambda *_: self.hide()
        )

    def show_shelves(self, shelves: list[similar_items.Shelf]) -> None:
        """Fill the shelves (the first ``len(shelves)`` of them), or hide them all."""
        assert isinstance(shelves, list)
        for index, (label, shelf) in enumerate(zip(self.labels, self.lists, strict=True)):
            shelf.clear()
            if index >= len(shelves):
                label.hide()
                shelf.hide()
                continue
            data = shelves[index]
            label.setText(self.tr("Because you liked “{0}”").format(data.anchor_title))
            shelf.setAccessibleName(label.text())
            for similar in data.items:
                year = f" ({similar.year})" if similar.year else ""
                who = f"\n{similar.artist}" if similar.artist else ""
                entry = QListWidgetItem(f"{similar.title}{year}{who}")
                entry.setData(Qt.ItemDataRole.UserRole, similar.item_id)
                entry.setToolTip(similar.genres)
                shelf.addItem(entry)
            label.show()
            shelf.show()
        self.setVisible(bool(shelves))

    def _activated(self, entry: QListWidgetItem) -> None:
        item_id = entry.data(Qt.ItemDataRole.UserRole)
        if isinstance(item_id, int):
            self.item_activated.emit(item_id)
