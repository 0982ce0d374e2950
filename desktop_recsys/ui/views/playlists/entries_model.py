"""The entries of one playlist as a table: #, title, artist, album, length; rows move by drag."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop_recsys.services.playlist_service import Entry
from desktop_recsys.ui.models.items_table_model import format_duration

_MIME = "application/x-desktop-recsys-playlist-rows"
Index = QModelIndex | QPersistentModelIndex


def length_text(seconds: float | None, kind: str = "track") -> str:
    """An entry's length as the Library shows it: ``m:ss`` for a track, ``h:mm`` for a film."""
    return format_duration(seconds, kind)


def total_text(seconds: float) -> str:
    """A playlist's whole length: "45 min", past an hour "93 h 16 min"."""
    minutes = int(round(seconds / 60))
    if minutes < 60:
        return QCoreApplication.translate("PlaylistsView", "{0} min").format(minutes)
    return QCoreApplication.translate("PlaylistsView", "{0} h {1} min").format(
        minutes // 60, minutes % 60
    )


class EntriesModel(QAbstractTableModel):
    """A playlist's entries; a drag (or :meth:`move_rows`) emits :attr:`order_changed` with
    the new order of item ids, which the view stores."""

    order_changed = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Entry] = []
        self.movable = False

    def set_entries(self, entries: list[Entry], *, movable: bool) -> None:
        self.beginResetModel()
        self._rows = list(entries)
        self.movable = movable
        self.endResetModel()

    def entries(self) -> list[Entry]:
        return list(self._rows)

    def item_ids(self) -> list[int]:
        return [e.item_id for e in self._rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                "#",
                self.tr("Title"),
                self.tr("Artist / director"),
                self.tr("Album"),
                self.tr("Length"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                str(index.row() + 1),
                entry.title,
                entry.artist or "",
                entry.album or "",
                length_text(entry.duration, entry.kind),
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and entry.missing:
            return self.tr("The file is missing")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (0, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return entry.item_id
        return None

    # -- drag and drop: rows move inside the table ----------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not self.movable:
            return base
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes})
        data = QMimeData()
        data.setData(_MIME, QByteArray(",".join(map(str, rows)).encode()))
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not self.movable or not data.hasFormat(_MIME):
            return False
        text = bytes(data.data(_MIME).data()).decode()
        rows = [int(r) for r in text.split(",") if r]
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._rows))
        self.move_rows(rows, target)
        # The move is done here: returning False keeps the view from removing the source rows.
        return False

    def move_rows(self, rows: list[int], target: int) -> None:
        """Move the entries at ``rows`` to before ``target`` (a row before the move)."""
        rows = sorted(r for r in set(rows) if 0 <= r < len(self._rows))
        if not rows:
            return
        moving = [self._rows[r] for r in rows]
        before = sum(1 for r in rows if r < target)
        rest = [e for r, e in enumerate(self._rows) if r not in set(rows)]
        at = max(0, min(target - before, len(rest)))
        new = rest[:at] + moving + rest[at:]
        if [e.item_id for e in new] == self.item_ids():
            return
        self.beginResetModel()
        self._rows = new
        self.endResetModel()
        self.order_changed.emit(self.item_ids())
