"""The library table: items of one kind, fetched lazily page by page from the library.

Only the rows a person scrolls to are read (``canFetchMore`` / ``fetchMore``), so a 100,000-item
library opens as fast as a small one. Sorting and searching re-query the library (the full-text
index does the searching); nothing is sorted or filtered in Python.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from desktop_recsys.config.durations import clock_text
from desktop_recsys.errors import UserError
from desktop_recsys.library.models import ItemKind, ItemRow
from desktop_recsys.services.library_service import (
    RELEVANCE,
    ItemFilter,
    LibrarySession,
    first_page_filtered,
    page_filtered,
)
from desktop_recsys.ui.common import ItemIdRole, RatingRole, SortValueRole, genre_text, stars_text
from desktop_recsys.ui.i18n import error_text
from desktop_recsys.ui.path_text import home_path

_Index = QModelIndex | QPersistentModelIndex

__all__ = ["ItemColumn", "ItemIdRole", "ItemsTableModel", "RatingRole", "SortValueRole"]

#: Stores a rating: ``(item id, stars; 0 clears) -> the stored value or None``; may raise
#: UserError (a busy library), which the model reports through ``write_failed``.
RatingWriter = Callable[[int, float], "float | None"]

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_READ_ONLY = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)
_EDITABLE = _READ_ONLY | Qt.ItemFlag.ItemIsEditable
#: Roles the table asks every cell for on each paint and this model never answers.
_UNANSWERED = frozenset(
    int(r)
    for r in (
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.SizeHintRole,
    )
)


def _tr(text: str) -> str:
    """``text`` translated. lupdate cannot see through this helper: every literal it is given
    is marked with ``QT_TRANSLATE_NOOP("ItemsTableModel", ...)`` where it is written."""
    return QCoreApplication.translate("ItemsTableModel", text)


#: Column headers, marked for lupdate; translated when a model makes its columns.
_HEADERS = {
    "title": QT_TRANSLATE_NOOP("ItemsTableModel", "Title"),
    "artist": QT_TRANSLATE_NOOP("ItemsTableModel", "Artist"),
    "director": QT_TRANSLATE_NOOP("ItemsTableModel", "Director"),
    "album": QT_TRANSLATE_NOOP("ItemsTableModel", "Album"),
    "year": QT_TRANSLATE_NOOP("ItemsTableModel", "Year"),
    "duration": QT_TRANSLATE_NOOP("ItemsTableModel", "Duration"),
    "rating": QT_TRANSLATE_NOOP("ItemsTableModel", "Rating"),
    "genres": QT_TRANSLATE_NOOP("ItemsTableModel", "Genres"),
    "certification": QT_TRANSLATE_NOOP("ItemsTableModel", "Certification"),
    "explicit": QT_TRANSLATE_NOOP("ItemsTableModel", "Explicit"),
}


def _header(key: str) -> str:
    return _tr(_HEADERS[key])


@dataclass(frozen=True)
class ItemColumn:
    """One column: the ItemRow field it shows, its header, and the library's sort key (or None)."""

    field: str
    header: str
    sort_key: str | None
    numeric: bool = False


def columns_for(kind: ItemKind) -> tuple[ItemColumn, ...]:
    """The columns a kind shows: films have a director and no album, artists only a name."""
    duration = ItemColumn("duration", _header("duration"), "duration", numeric=True)
    year = ItemColumn("year", _header("year"), "year", numeric=True)
    # Genres are joined per row by the library and cannot be ordered server-side.
    genres = ItemColumn("genres", _header("genres"), None)
    # The current profile's stars; kept in memory per profile, so not ordered by the library.
    rating = ItemColumn("rating", _header("rating"), None)
    if kind == "track":
        return (
            ItemColumn("title", _header("title"), "title"),
            ItemColumn("artist", _header("artist"), "artist"),
            ItemColumn("album", _header("album"), "album"),
            year,
            duration,
            rating,
            genres,
            # Last, so a header state saved before these columns existed still fits.
            ItemColumn("explicit", _header("explicit"), "explicit"),
        )
    if kind == "film":
        return (
            ItemColumn("title", _header("title"), "title"),
            ItemColumn("artist", _header("director"), "artist"),
            year,
            duration,
            rating,
            genres,
            # Shown as written, ordered by its minimum age (one scale for every system).
            ItemColumn("certification", _header("certification"), "age"),
        )
    return (ItemColumn("title", _header("artist"), "title"), rating, genres)


def format_duration(seconds: float | None, kind: str = "track") -> str:
    """``m:ss`` for tracks (``h:mm:ss`` past an hour), ``h:mm`` for films; blank if unknown.

    One format per kind keeps a column comparable at a glance: a film column never mixes
    "45:00" with "1:52".
    """
    if seconds is None or seconds != seconds or seconds < 0:
        return ""
    if kind == "film":
        minutes = (int(round(seconds)) + 30) // 60
        return f"{minutes // 60}:{minutes % 60:02d}"
    return clock_text(seconds)  # the rule every m:ss follows (the now-playing bar's too)


def _advisory_tip(row: ItemRow, field: str) -> str | None:
    """The tooltip of a certification or explicit cell: what the scale makes of it."""
    if field == "explicit":
        if not row.explicit:
            return None
        return QCoreApplication.translate(
            "ItemsTableModel", "Explicit (parental advisory from the file's tags or an edit)"
        )
    text = row.certification or ""
    if row.min_age is None:
        if not text:
            return QCoreApplication.translate("ItemsTableModel", "Unrated")
        return QCoreApplication.translate(
            "ItemsTableModel", "{0}: unrated (no system this app knows)"
        ).format(text)
    if row.min_age == 0:
        return QCoreApplication.translate("ItemsTableModel", "{0}: all ages").format(text)
    return QCoreApplication.translate("ItemsTableModel", "{0}: from age {1}").format(
        text, row.min_age
    )


class ItemsTableModel(QAbstractTableModel):
    """Items of one kind, in pages, sorted by the library and filtered by a search string.

    Rows are :class:`~desktop_recsys.library.models.ItemRow`; ``ItemIdRole`` gives an item's
    id. Call :meth:`refresh` after a job changed the library. The "Rating" column shows the
    current profile's stars (:meth:`set_ratings`) and is editable when a writer is given.
    """

    DEFAULT_PAGE_SIZE = 200

    #: A rating could not be stored; the one-line reason.
    write_failed = Signal(str)
    #: A rating was stored or cleared (a star click, a key, a menu): the item's id.
    rating_stored = Signal(int)

    def __init__(
        self,
        reader: LibrarySession,
        kind: ItemKind,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._reader = reader
        self._kind: ItemKind = kind
        self._page_size = max(1, page_size)
        self._columns = columns_for(kind)
        self._rows: list[ItemRow] = []
        self._total = 0
        self._query = ""
        self._filter = ItemFilter()
        self._filter_profile: int | None = None
        self._sort_column = 0
        self._sort_order = Qt.SortOrder.AscendingOrder
        # A search lists its best matches first until a person picks a sort.
        self._sort_chosen = False
        self._ratings: dict[int, float] = {}
        self._writer: RatingWriter | None = None
        self._rating_column = next(
            (i for i, c in enumerate(self._columns) if c.field == "rating"), -1
        )
        self._reload()

    # -- public API ------------------------------------------------------------------------
    @property
    def kind(self) -> ItemKind:
        return self._kind

    @property
    def query(self) -> str:
        return self._query

    @property
    def total(self) -> int:
        """How many items match the current search (loaded or not)."""
        return self._total

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    def columns(self) -> tuple[ItemColumn, ...]:
        return self._columns

    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(self._columns) and self._columns[column].sort_key is not None

    def set_query(self, text: str) -> None:
        """Show only items matching ``text`` (every word, the last as a prefix); blank: all."""
        text = text.strip()
        if text == self._query:
            return
        self._query = text
        self._reset()

    @property
    def item_filter(self) -> ItemFilter:
        return self._filter

    def set_filter(self, item_filter: ItemFilter, profile_id: int | None = None) -> None:
        """Narrow the list (genre, years, the profile's ratings and plays, missing files)."""
        if item_filter == self._filter and profile_id == self._filter_profile:
            return
        self._filter = item_filter
        self._filter_profile = profile_id
        self._reset()

    def set_reader(self, reader: LibrarySession) -> None:
        """Read from another library (after File > Open Library)."""
        self._reader = reader
        self._reset()

    def refresh(self) -> None:
        """Re-read from the first page, keeping the search and the sort order."""
        self._reset()

    @property
    def rating_column(self) -> int:
        return self._rating_column

    def set_ratings(self, ratings: dict[int, float] | None, writer: RatingWriter | None) -> None:
        """Show a profile's ratings (``item id -> stars``); ``writer`` makes them editable.

        None and None: no profile, an empty read-only column.
        """
        self._ratings = dict(ratings or {})
        self._writer = writer
        self._rating_changed(0, len(self._rows) - 1)

    def rating_of(self, item_id: int) -> float | None:
        return self._ratings.get(item_id)

    def set_rating(self, row: int, stars: float) -> bool:
        """Rate the item in ``row`` (0 clears) through the writer; False if not possible."""
        item_id = self.item_id(row)
        if item_id is None or self._writer is None:
            return False
        try:
            stored = self._writer(item_id, float(stars))
        except UserError as exc:
            self.write_failed.emit(error_text(exc))
            return False
        if stored is None:
            self._ratings.pop(item_id, None)
        else:
            self._ratings[item_id] = float(stored)
        self._rating_changed(row, row)
        self.rating_stored.emit(item_id)
        return True

    def row_of(self, item_id: int) -> int | None:
        """The loaded row showing ``item_id``, if any."""
        for index, row in enumerate(self._rows):
            if row.id == item_id:
                return index
        return None

    def item_id(self, row: int) -> int | None:
        if 0 <= row < len(self._rows):
            return self._rows[row].id
        return None

    def row_at(self, row: int) -> ItemRow | None:
        if 0 <= row < len(self._rows):
            return self._rows[row]
        return None

    def display_texts(self, column: int, rows: int) -> list[str]:
        """What ``DisplayRole`` shows in ``column`` for the first ``rows`` rows, in one call
        (the column fitter measures them after every reset)."""
        if not 0 <= column < len(self._columns):
            return []
        spec = self._columns[column]
        loaded = self._rows[: max(0, rows)]
        if spec.field == "rating":
            return [stars_text(self._ratings.get(r.id)) for r in loaded]
        return [self._display(r, spec) for r in loaded]

    # -- Qt overrides ----------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        page = self._page(len(self._rows))
        if not page:
            # The library shrank under us (another job deleted items): stop asking for more.
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() == self._rating_column and self._writer is not None:
            return _EDITABLE
        return _READ_ONLY

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or role != Qt.ItemDataRole.EditRole
            or index.column() != self._rating_column
        ):
            return False
        try:
            stars = float(value or 0)
        except (TypeError, ValueError):
            return False
        if not 0 <= stars <= 5:
            return False
        return self.set_rating(index.row(), stars)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in _UNANSWERED:  # most of a repaint's calls: answered before any other work
            return None
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if column.field == "rating":
            return self._rating_data(row, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column.field in ("certification", "explicit"):
            return _advisory_tip(row, column.field)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._display(row, column)
            if column.field == "duration" and row.duration is not None:
                minutes, secs = divmod(int(round(row.duration)), 60)
                return QCoreApplication.translate("ItemsTableModel", "{0} min {1:02d} s").format(
                    minutes, secs
                )
            if column.field == "title" and row.missing:
                return QCoreApplication.translate(
                    "ItemsTableModel", "{0} (file missing: {1})"
                ).format(text, home_path(row.shown_path))
            return text or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.field == "explicit":
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(_RIGHT if column.numeric else _LEFT)
        if role == Qt.ItemDataRole.ForegroundRole and row.missing:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                return app.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            return None
        if role == ItemIdRole:
            return row.id
        if role == SortValueRole:
            return row.min_age if column.field == "certification" else getattr(row, column.field)
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            column = self._columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.header
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(_RIGHT if column.numeric else _LEFT)
            if role == Qt.ItemDataRole.ToolTipRole and column.sort_key is None:
                return QCoreApplication.translate("ItemsTableModel", "{0} (not sortable)").format(
                    column.header
                )
            if role == Qt.ItemDataRole.ToolTipRole and column.field == "certification":
                return QCoreApplication.translate(
                    "ItemsTableModel",
                    "Certification as the file or an edit gives it; sorted by the minimum age "
                    "it stands for (every country's system on one scale), unrated last",
                )
            return None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1 if section >= 0 else None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-query in the new order; columns the library cannot sort are ignored."""
        if not self.is_sortable(column):
            return
        if column == self._sort_column and order == self._sort_order:
            return
        # A sort a person picked (a header click, a remembered header) replaces the search's
        # best-first order from now on.
        self._sort_chosen = True
        self._sort_column = column
        self._sort_order = order
        self._reset()

    # -- internals -------------------------------------------------------------------------
    def _rating_data(self, row: ItemRow, role: int) -> Any:
        stars = self._ratings.get(row.id)
        if role == RatingRole:
            return stars
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            # The delegate paints stars; the text is for screen readers and copying.
            return stars_text(stars)
        if role == Qt.ItemDataRole.EditRole:
            return stars or 0.0
        if role == Qt.ItemDataRole.ToolTipRole:
            if stars is None:
                if self._writer is None:
                    return None
                return QCoreApplication.translate(
                    "ItemsTableModel", "Not rated; click a star or press 1-5"
                )
            return QCoreApplication.translate("ItemsTableModel", "{0:g} of 5 stars").format(stars)
        if role == ItemIdRole:
            return row.id
        if role == SortValueRole:
            return stars
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_LEFT)
        return None

    def _rating_changed(self, first: int, last: int) -> None:
        if self._rating_column >= 0 and last >= first >= 0:
            self.dataChanged.emit(
                self.index(first, self._rating_column),
                self.index(last, self._rating_column),
                [RatingRole, Qt.ItemDataRole.DisplayRole],
            )

    def _display(self, row: ItemRow, column: ItemColumn) -> str:
        if column.field == "duration":
            return format_duration(row.duration, self._kind)
        value = getattr(row, column.field)
        if value is None:
            return ""
        if column.field == "genres":
            return genre_text(str(value))
        if column.field == "explicit":
            # The parental-advisory badge players show beside a title.
            return QCoreApplication.translate("ItemsTableModel", "E") if value else ""
        return str(value)

    @property
    def by_relevance(self) -> bool:
        """True while a search lists its best matches first (no column sort chosen)."""
        return bool(self._query) and not self._sort_chosen

    def _sort_key(self) -> str:
        if self.by_relevance:
            return RELEVANCE
        return self._columns[self._sort_column].sort_key or "title"

    def _page(self, offset: int) -> list[ItemRow]:
        sort_key = self._sort_key()
        if not self._filter.is_empty():
            return page_filtered(
                self._reader,
                self._kind,
                offset,
                self._page_size,
                order_by=sort_key,
                descending=self._sort_order == Qt.SortOrder.DescendingOrder,
                query=self._query or None,
                item_filter=self._filter,
                profile_id=self._filter_profile,
            )
        return self._reader.item_page(
            self._kind,
            offset,
            self._page_size,
            order_by=sort_key,
            descending=self._sort_order == Qt.SortOrder.DescendingOrder,
            query=self._query or None,
        )

    def _reload(self) -> None:
        # The count and the first page together (read eagerly, so a reset never shows an
        # empty flash).
        self._total, self._rows = first_page_filtered(
            self._reader,
            self._kind,
            self._page_size,
            order_by=self._sort_key(),
            descending=self._sort_order == Qt.SortOrder.DescendingOrder,
            query=self._query or None,
            item_filter=self._filter,
            profile_id=self._filter_profile,
        )

    def _reset(self) -> None:
        self.beginResetModel()
        self._reload()
        self.endResetModel()
