"""The first rows of a CSV file as a read-only table, for the import wizard's preview."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_recsys.services.import_service import CsvPreview
from desktop_recsys.ui.models.csv_fields import csv_field_label

_Index = QModelIndex | QPersistentModelIndex


class CsvPreviewTableModel(QAbstractTableModel):
    """Headers and rows of a :class:`CsvPreview`; headers show the chosen field under them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._preview: CsvPreview | None = None
        self._fields: dict[str, str] = {}

    def set_preview(self, preview: CsvPreview | None) -> None:
        self.beginResetModel()
        self._preview = preview
        self._fields = {}
        self.endResetModel()

    def set_fields(self, fields: dict[str, str]) -> None:
        """``column -> field`` as chosen in the mapping step (shown in the header)."""
        self._fields = dict(fields)
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._preview is None else len(self._preview.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._preview is None else len(self._preview.headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._preview is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = self._preview.rows[index.row()]
            return row[index.column()] if index.column() < len(row) else ""
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self._preview is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        if not 0 <= section < len(self._preview.headers):
            return None
        name = self._preview.headers[section]
        field = self._fields.get(name)
        return f"{name}\n→ {csv_field_label(field)}" if field else name

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
