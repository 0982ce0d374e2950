"""Item data roles shared by the table models, delegates and views."""

from __future__ import annotations

from PySide6.QtCore import Qt

ItemIdRole = Qt.ItemDataRole.UserRole + 1
SortValueRole = Qt.ItemDataRole.UserRole + 2
#: The current profile's stars for the row's item (float 0.5-5, or None when unrated).
RatingRole = Qt.ItemDataRole.UserRole + 3
