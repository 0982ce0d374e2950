"""The queue, shown above the now-playing bar: what plays now and next, in order. Double-click
(or Enter) plays an entry, Delete takes it out, "Clear" empties what is still to come."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_recsys.ui.playback.controller import Playback

UID_ROLE = Qt.ItemDataRole.UserRole + 1


class QueuePanel(QFrame):
    """A floating panel over the window (a child, so it moves and closes with it)."""

    def __init__(self, playback: Playback, parent: QWidget) -> None:
        super().__init__(parent)
        self.playback = playback
        self.setObjectName("queuePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.list = QListWidget(self)
        self.list.setObjectName("queueList")
        self.list.setAccessibleName(self.tr("Queue"))
        self.list.itemActivated.connect(self._play)
        self.list.installEventFilter(self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.clear_button = QPushButton(self.tr("Clear what is next"), self)
        self.clear_button.clicked.connect(playback.clear_upcoming)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.hide)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        playback.queue_changed.connect(self.refresh)
        self.resize(self.sizeHint())

    def sizeHint(self):  # noqa: ANN201 (QSize)
        size = super().sizeHint()
        size.setWidth(max(size.width(), 420))
        size.setHeight(max(size.height(), 360))
        return size

    def refresh(self) -> None:
        queue = self.playback.queue
        current = queue.current
        self.list.clear()
        reader = self.playback.reader
        for entry in queue.entries:
            item = reader.item(entry.item_id)
            title = item.title if item else f"#{entry.item_id}"
            artist = f" — {item.artist}" if item and item.artist else ""
            row = QListWidgetItem(("▶ " if entry == current else "   ") + title + artist)
            row.setData(UID_ROLE, entry.uid)
            if entry == current:
                font = row.font()
                font.setBold(True)
                row.setFont(font)
            self.list.addItem(row)
        count = len(queue)
        source = self.playback.source
        heading = (
            self.tr("Queue: {0} tracks").format(count) if count else self.tr("The queue is empty")
        )
        self.heading.setText(f"{heading} · {source}" if source and count else heading)
        index = queue.current_index()
        if index is not None:
            self.list.setCurrentRow(index)
        self.clear_button.setEnabled(count > 1)
        self.remove_button.setEnabled(count > 1)

    def remove_selected(self) -> None:
        row = self.list.currentItem()
        if row is not None:
            self.playback.remove(int(row.data(UID_ROLE)))

    def _play(self, row: QListWidgetItem) -> None:
        self.playback.jump(int(row.data(UID_ROLE)))

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001
        if (
            watched is self.list
            and isinstance(event, QKeyEvent)
            and event.type() == event.Type.KeyPress
        ):
            if (
                event.matches(QKeySequence.StandardKey.Delete)
                or event.key() == Qt.Key.Key_Backspace
            ):
                self.remove_selected()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.hide()
                return True
        return super().eventFilter(watched, event)
