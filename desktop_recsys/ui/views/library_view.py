"""The Library screen: one tab per kind (Music, Artists, Films) and a search box."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QTabWidget, QVBoxLayout, QWidget

from desktop_recsys.library.models import ItemKind
from desktop_recsys.services.library_service import LibraryReader
from desktop_recsys.ui.models.items_table_model import ItemsTableModel
from desktop_recsys.ui.views.items_table_view import ItemsTableView

SEARCH_DEBOUNCE_MS = 150

# (kind, tab label, singular noun, plural noun)
_KINDS: tuple[tuple[ItemKind, str, str, str], ...] = (
    ("track", "Music", "track", "tracks"),
    ("artist", "Artists", "artist", "artists"),
    ("film", "Films", "film", "films"),
)


class LibraryView(QWidget):
    """Tabs of item tables with a search box that filters the visible tab as you type.

    Only the visible tab is re-queried on each (debounced) keystroke; a tab catches up with the
    search when it is shown. ``summary_changed`` carries a one-line count for the status bar.
    """

    summary_changed = Signal(str)

    def __init__(
        self,
        reader: LibraryReader,
        *,
        page_size: int = ItemsTableModel.DEFAULT_PAGE_SIZE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._reader = reader
        self._totals: dict[str, int] = {}
        self.models: dict[str, ItemsTableModel] = {}
        self.views: dict[str, ItemsTableView] = {}

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("librarySearch")
        self.search_edit.setPlaceholderText(self.tr("Search title, artist, album, genre (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search the library"))
        self.search_edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 44)
        self.search_edit.installEventFilter(self)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_search)
        self.search_edit.textChanged.connect(lambda _text: self._debounce.start())

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("libraryTabs")
        self.tabs.setDocumentMode(True)
        # Wrapped so the corner gets the box's full width and a little air at the window edge.
        corner = QWidget(self.tabs)
        corner_layout = QHBoxLayout(corner)
        corner_layout.setContentsMargins(8, 2, 6, 2)
        corner_layout.addWidget(self.search_edit)
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        for kind, label, _one, _many in _KINDS:
            model = ItemsTableModel(reader, kind, page_size=page_size, parent=self)
            view = ItemsTableView(model, self)
            view.setAccessibleName(self.tr(label))
            self.models[kind] = model
            self.views[kind] = view
            self.tabs.addTab(view, self.tr(label))
        self.tabs.currentChanged.connect(self._on_tab_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.tabs)
        self.setFocusProxy(self.search_edit)
        self._update_totals()

    # -- public API ------------------------------------------------------------------------
    def current_kind(self) -> ItemKind:
        return _KINDS[self.tabs.currentIndex()][0]

    def current_model(self) -> ItemsTableModel:
        return self.models[self.current_kind()]

    def current_view(self) -> ItemsTableView:
        return self.views[self.current_kind()]

    def show_kind(self, kind: ItemKind) -> None:
        for index, (each, *_rest) in enumerate(_KINDS):
            if each == kind:
                self.tabs.setCurrentIndex(index)
                return

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def apply_search(self) -> None:
        """Filter the visible tab by the search box now (the debounce timer calls this)."""
        self._debounce.stop()
        self.current_model().set_query(self.search_edit.text())
        self._emit_summary()

    def set_reader(self, reader: LibraryReader) -> None:
        """Show another library; the search box is cleared."""
        self._reader = reader
        self._debounce.stop()
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        for model in self.models.values():
            model.set_query("")
            model.set_reader(reader)
        self._update_totals()

    def refresh(self) -> None:
        """Re-read every tab (after a job changed the library), keeping search and sort."""
        for model in self.models.values():
            model.refresh()
        self._update_totals()

    def summary(self) -> str:
        kind = self.current_kind()
        _kind, _label, one, many = _KINDS[self.tabs.currentIndex()]
        model = self.models[kind]
        total = self._totals.get(kind, 0)
        if model.query:
            noun = one if total == 1 else many
            return self.tr("{0:,} of {1:,} {2} match “{3}”").format(
                model.total, total, noun, model.query
            )
        return self.tr("{0:,} {1}").format(total, one if total == 1 else many)

    # -- internals -------------------------------------------------------------------------
    def _update_totals(self) -> None:
        for index, (kind, label, _one, _many) in enumerate(_KINDS):
            self._totals[kind] = self._reader.count_items(kind)
            self.tabs.setTabText(index, self.tr("{0} ({1:,})").format(label, self._totals[kind]))
        self._emit_summary()

    def _on_tab_changed(self, _index: int) -> None:
        # A tab shown for the first time since the search changed catches up now.
        self.apply_search()

    def _emit_summary(self) -> None:
        self.summary_changed.emit(self.summary())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key == Qt.Key.Key_Escape and self.search_edit.text():
                self.search_edit.clear()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                # From the search box straight to the results, like a person expects.
                self.apply_search()
                view = self.current_view()
                view.setFocus(Qt.FocusReason.OtherFocusReason)
                if view.model().rowCount() and not view.currentIndex().isValid():
                    view.selectRow(0)
                return True
        return super().eventFilter(watched, event)
