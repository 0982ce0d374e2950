"""The "Because you liked X" shelves under the For you list: a few rows of items like the
profile's favourites, fetched by a job of their own."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop_recsys.jobs.base import Job, JobRunnerBase
from desktop_recsys.jobs.handle import JobHandle
from desktop_recsys.services import similar_items
from desktop_recsys.ui.job_slot import JobSlot

SHELVES = 3


class ShelvesRow(QWidget):
    """Up to :data:`SHELVES` titled, horizontally scrolling lists; hidden while empty."""

    #: A shelf item was activated (double-click, Enter): its item id.
    item_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shelves")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 6)
        layout.setSpacing(2)
        self.labels: list[QLabel] = []
        self.lists: list[QListWidget] = []
        for index in range(SHELVES):
            label = QLabel(self)
            label.setObjectName(f"shelfTitle{index}")
            bold = label.font()
            bold.setBold(True)
            label.setFont(bold)
            shelf = QListWidget(self)
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
        self.hide()
        self._fetch = JobSlot()

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
