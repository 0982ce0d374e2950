"""The "For you" table: a profile's ranked recommendations with score, stars and why.

The list is small (tens of rows) and arrives whole from a job, so it is held in memory and
sorted in Python; the rank column puts it back in the model's order.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop_recsys.errors import UserError
from desktop_recsys.ui.common import (
    ItemIdRole,
    RatingRole,
    SortValueRole,
    genre_text,
    stars_text,
)
from desktop_recsys.ui.i18n import error_text, translate_message
from desktop_recsys.ui.reason_text import lead, short_reason

if TYPE_CHECKING:
    from desktop_recsys.services.recommend_service import RecommendedItem

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

RatingWriter = Callable[[int, float], "float | None"]


def _tr(text: str) -> str:
    """``text`` translated; literals are marked with ``QT_TRANSLATE_NOOP`` for lupdate."""
    return QCoreApplication.translate("RecommendationsTableModel", text)


#: Column headers, marked for lupdate; translated when a model makes its columns.
_HEADERS = {
    "rank": QT_TRANSLATE_NOOP("RecommendationsTableModel", "#"),
    "title": QT_TRANSLATE_NOOP("RecommendationsTableModel", "Title"),
    "artist": QT_TRANSLATE_NOOP("RecommendationsTableModel", "Artist"),
    "director": QT_TRANSLATE_NOOP("RecommendationsTableModel", "Director"),
    "year": QT_TRANSLATE_NOOP("RecommendationsTableModel", "Year"),
    "genres": QT_TRANSLATE_NOOP("RecommendationsTableModel", "Genres"),
    "score": QT_TRANSLATE_NOOP("RecommendationsTableModel", "Score"),
    "rating": QT_TRANSLATE_NOOP("RecommendationsTableModel", "Rating"),
    "explanation": QT_TRANSLATE_NOOP("RecommendationsTableModel", "Why"),
}


#: Why a blind test's list shows no score (issue 18): each recommender scores on its own
#: scale, so no number compares items the two placed, and its own score would name it.
BLIND_SCORE = QT_TRANSLATE_NOOP(
    "RecommendationsTableModel",
    "No score during a blind test: the two recommenders score on different scales, so their "
    "scores cannot be compared, and showing them could tell which one placed an item. The # "
    "column is the order of the mixed list.",
)


def blind_score_tip() -> str:
    """:data:`BLIND_SCORE` translated, as a paragraph (rich text, so the tooltip wraps)."""
    return f"<p>{html.escape(_tr(BLIND_SCORE))}</p>"


@dataclass(frozen=True)
class RecColumn:
    field: str
    header: str
    numeric: bool = False


def rec_columns(kind: str) -> tuple[RecColumn, ...]:
    who = {"track": "artist", "film": "director"}.get(kind)
    columns = [
        RecColumn("rank", _tr(_HEADERS["rank"]), numeric=True),
        RecColumn("title", _tr(_HEADERS["title"])),
    ]
    if who is not None:
        columns.append(RecColumn("artist", _tr(_HEADERS[who])))
    columns += [
        RecColumn("year", _tr(_HEADERS["year"]), numeric=True),
        RecColumn("genres", _tr(_HEADERS["genres"])),
        RecColumn("score", _tr(_HEADERS["score"]), numeric=True),
        RecColumn("rating", _tr(_HEADERS["rating"])),
        RecColumn("explanation", _tr(_HEADERS["explanation"])),
    ]
    return tuple(columns)


class RecommendationsTableModel(QAbstractTableModel):
    """Rows are :class:`RecommendedItem`; ``ItemIdRole`` gives the item id."""

    write_failed = Signal(str)

    def __init__(self, kind: str = "film", parent: Any = None) -> None:
        super().__init__(parent)
        self._kind = kind
        self._columns = rec_columns(kind)
        self._rows: list[RecommendedItem] = []
        self._ratings: dict[int, float] = {}
        self._writer: RatingWriter | None = None
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)
        self._blind = False

    # -- public API ------------------------------------------------------------------------
    @property
    def kind(self) -> str:
        return self._kind

    @property
    def rating_column(self) -> int:
        return next(i for i, c in enumerate(self._columns) if c.field == "rating")

    def columns(self) -> tuple[RecColumn, ...]:
        return self._columns

    def set_rows(self, kind: str, rows: list[RecommendedItem], *, blind: bool = False) -> None:
        """Show a new list (of ``kind`` items), kept in the current sort order. ``blind``: a
        blind test's mixed list, whose Score column shows no number (:data:`BLIND_SCORE`)."""
        self.beginResetModel()
        self._blind = blind
        if kind != self._kind:
            self._kind = kind
            self._columns = rec_columns(kind)
        self._rows = list(rows)
        self._apply_sort()
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows(self._kind, [])

    def row_at(self, row: int) -> RecommendedItem | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def item_ids(self) -> list[int]:
        """Item ids in rank order (what an export writes)."""
        return [r.item_id for r in sorted(self._rows, key=lambda r: r.rank)]

    def reason_leads(self) -> list[str]:
        """Each row's short reason up to its first cited title or term (what the "Why" column
        must show at least)."""
        return [lead(row.explanation) for row in self._rows]

    def rows_in_rank_order(self) -> list[RecommendedItem]:
        return sorted(self._rows, key=lambda r: r.rank)

    def row_of(self, item_id: int) -> int | None:
        for index, row in enumerate(self._rows):
            if row.item_id == item_id:
                return index
        return None

    def remove_item(self, item_id: int) -> bool:
        """Take an item off the list (not interested); False if it was not shown."""
        row = self.row_of(item_id)
        if row is None:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        return True

    def set_ratings(self, ratings: dict[int, float] | None, writer: RatingWriter | None) -> None:
        self._ratings = dict(ratings or {})
        self._writer = writer
        if self._rows:
            column = self.rating_column
            self.dataChanged.emit(
                self.index(0, column), self.index(len(self._rows) - 1, column), [RatingRole]
            )

    def set_rating(self, row: int, stars: float) -> bool:
        item = self.row_at(row)
        if item is None or self._writer is None:
            return False
        try:
            stored = self._writer(item.item_id, float(stars))
        except UserError as exc:
            self.write_failed.emit(error_text(exc))
            return False
        if stored is None:
            self._ratings.pop(item.item_id, None)
        else:
            self._ratings[item.item_id] = float(stored)
        index = self.index(row, self.rating_column)
        self.dataChanged.emit(index, index, [RatingRole, Qt.ItemDataRole.DisplayRole])
        return True

    # -- Qt overrides ----------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
        if self._columns[index.column()].field == "rating" and self._writer is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        if self._columns[index.column()].field != "rating":
            return False
        try:
            stars = float(value or 0)
        except (TypeError, ValueError):
            return False
        return 0 <= stars <= 5 and self.set_rating(index.row(), stars)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == ItemIdRole:
            return row.item_id
        if column.field == "rating":
            stars = self._ratings.get(row.item_id)
            if role in (RatingRole, SortValueRole):
                return stars
            if role == Qt.ItemDataRole.DisplayRole:
                return stars_text(stars)
            if role == Qt.ItemDataRole.EditRole:
                return stars or 0.0
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate(
                    "RecommendationsTableModel", "Click a star or press 1-5 to rate; 0 clears"
                )
            return None
        if column.field == "score" and self._blind and role == Qt.ItemDataRole.DisplayRole:
            return "—"  # neither side's score: see BLIND_SCORE
        if column.field == "score" and self._blind and role == Qt.ItemDataRole.ToolTipRole:
            return blind_score_tip()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column.field)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.field == "score" and row.fallback:
                return QCoreApplication.translate(
                    "RecommendationsTableModel",
                    "Popular pick: the model knows too little to judge this one",
                )
            if column.field == "explanation":  # the column shows the short form
                return translate_message(row.explanation) or None
            text = self._display(row, column.field)
            return text or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT if column.numeric else _LEFT)
        if role == SortValueRole:
            return getattr(row, column.field)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == Qt.ItemDataRole.ToolTipRole and column.field == "score" and self._blind:
            return blind_score_tip()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT if column.numeric else _LEFT)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply_sort()
        self.layoutChanged.emit()

    # -- internals -------------------------------------------------------------------------
    def _apply_sort(self) -> None:
        column, order = self._sort
        field = self._columns[min(column, len(self._columns) - 1)].field
        reverse = order == Qt.SortOrder.DescendingOrder

        def key(row: RecommendedItem) -> tuple[int, Any]:
            value: Any = (
                self._ratings.get(row.item_id) if field == "rating" else getattr(row, field)
            )
            if value is None:
                return (1, 0)  # blanks last whichever way
            return (0, value.casefold() if isinstance(value, str) else value)

        self._rows.sort(key=lambda r: r.rank)
        self._rows.sort(key=key, reverse=reverse)

    def _display(self, row: RecommendedItem, field: str) -> str:
        value = getattr(row, field)
        if value is None:
            return ""
        if field == "explanation":  # what differs between rows first (the tooltip: whole)
            return short_reason(value)
        if field == "score":
            return f"{value:.3f}"
        if field == "genres":
            return genre_text(str(value))
        return str(value)
