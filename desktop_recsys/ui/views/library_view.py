"""The Library screen: one tab per kind (Music, Artists, Films), a search box, star ratings
editable in place, a context menu, and a detail pane beside the table."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_recsys.config.cjk_spacing import format_spaced
from desktop_recsys.errors import UserError
from desktop_recsys.jobs.base import JobRunnerBase
from desktop_recsys.jobs.handle import JobHandle
from desktop_recsys.library.models import ItemKind
from desktop_recsys.services.item_actions import ItemActions
from desktop_recsys.services.library_service import ItemFilter, LibrarySession, count_filtered
from desktop_recsys.ui.deferred import job_definitions
from desktop_recsys.ui.dialogs.bulk_edit_dialog import BulkEditDialog
from desktop_recsys.ui.i18n import error_text
from desktop_recsys.ui.models.items_table_model import ItemsTableModel
from desktop_recsys.ui.playback.library_menu import PlayHook
from desktop_recsys.ui.ui_state import UiState
from desktop_recsys.ui.views.film_viewing import FilmViewing, FinishedPrompt
from desktop_recsys.ui.views.item_detail_view import ItemDetailView
from desktop_recsys.ui.views.items_table_view import ItemsTableView
from desktop_recsys.ui.widgets.filter_bar import LibraryFilterBar, for_kind
from desktop_recsys.ui.widgets.playlist_menu import add_to_playlist, build_playlist_menu

SEARCH_DEBOUNCE_MS = 150

_KINDS: tuple[ItemKind, ...] = ("track", "artist", "film")


class LibraryView(QWidget):
    """Tabs of item tables with a search box that filters the visible tab as you type.

    Only the visible tab is re-queried on each (debounced) keystroke; a tab catches up with the
    search when it is shown. ``summary_changed`` carries a one-line count for the status bar.
    """

    summary_changed = Signal(str)
    #: A short message for the status bar (a rating stored, a write refused).
    status_message = Signal(str)
    #: A rating or mark was written here, so other screens re-read.
    library_changed = Signal()
    #: Items were marked "not interested": (profile id, item ids, what to tell) for an undo.
    hidden = Signal(int, list, str)

    def __init__(
        self,
        reader: LibrarySession,
        runner: JobRunnerBase,
        *,
        state: UiState | None = None,
        page_size: int = ItemsTableModel.DEFAULT_PAGE_SIZE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._reader = reader
        self._runner = runner
        self._state = state if state is not None else UiState()
        self._actions = ItemActions(reader)
        self._profile: int | None = None
        self._totals: dict[str, int] = {}
        self.models: dict[str, ItemsTableModel] = {}
        self.views: dict[str, ItemsTableView] = {}
        self._bulk_job: JobHandle | None = None
        #: The music player's menu entries and double-click (ui/playback/library_menu.py).
        self.play_hook: PlayHook | None = None
        #: "Start radio" in the item menu (ui/radio installs it).
        self.radio_hook: object | None = None
        # Rating twenty rows is one change for the other screens: told once, after the batch.
        self._ratings_changed = QTimer(self)
        self._ratings_changed.setSingleShot(True)
        self._ratings_changed.setInterval(0)
        self._ratings_changed.timeout.connect(self.library_changed)
        self._labels = {
            "track": (self.tr("Music"), self.tr("track"), self.tr("tracks")),
            "artist": (self.tr("Artists"), self.tr("artist"), self.tr("artists")),
            "film": (self.tr("Films"), self.tr("film"), self.tr("films")),
        }

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
        for kind in _KINDS:
            label = self._labels[kind][0]
            model = ItemsTableModel(reader, kind, page_size=page_size, parent=self)
            view = ItemsTableView(model, self)
            view.setAccessibleName(label)
            self.models[kind] = model
            self.views[kind] = view
            if self._state.restore_header(f"library/{kind}", view.horizontalHeader()):
                view.columns_fit.keep_widths()
                view.columns_menu.settle()
            view.columns_menu.changed.connect(
                lambda k=kind, v=view: self._state.save_header(f"library/{k}", v.horizontalHeader())
            )
            model.write_failed.connect(self.status_message)
            model.rating_stored.connect(self._on_rating_stored)
            # Best matches first shows no column's sort arrow: no column sorts the list.
            model.modelReset.connect(
                lambda v=view, m=model: v.horizontalHeader().setSortIndicatorShown(
                    not m.by_relevance
                )
            )
            view.rated.connect(self._on_rated)
            view.customContextMenuRequested.connect(lambda pos, v=view: self._context_menu(v, pos))
            view.selectionModel().currentRowChanged.connect(self._show_current)
            view.doubleClicked.connect(lambda index, v=view: self._activate(v, index.row()))
            model.modelReset.connect(self._show_current)
            self.tabs.addTab(view, label)
        self.tabs.currentChanged.connect(self._on_tab_changed)

        self.detail = ItemDetailView(reader, runner, self._actions, self)
        self.detail.similar_activated.connect(self.show_similar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("librarySplitter")
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([800, 300])
        self._state.restore_splitter("library", self.splitter)

        self.filter_bar = LibraryFilterBar(self)
        self.filter_bar.filter_changed.connect(lambda _f: self.apply_search())
        self.filter_bar.set_profile_filters_enabled(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filter_bar)
        # Films play in the system's player; back in the app, a quiet "Did you finish it?".
        self.film_prompt = FinishedPrompt(self)
        layout.addWidget(self.film_prompt)
        self.films = FilmViewing(
            lambda: self._reader, lambda: self._profile, self.film_prompt, self
        )
        self.films.status_message.connect(self.status_message)
        self.films.recorded.connect(self.detail.refresh_history)
        self.films.recorded.connect(self.library_changed)
        layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.search_edit)
        edit = QAction(self.tr("Edit metadata"), self)
        edit.setShortcut(QKeySequence("Ctrl+E"))
        edit.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        edit.triggered.connect(self.edit_selected)
        self.addAction(edit)
        self._update_totals()
        self._load_genres()

    # -- public API ------------------------------------------------------------------------
    def current_kind(self) -> ItemKind:
        return _KINDS[self.tabs.currentIndex()]

    def current_model(self) -> ItemsTableModel:
        return self.models[self.current_kind()]

    def current_view(self) -> ItemsTableView:
        return self.views[self.current_kind()]

    def show_kind(self, kind: ItemKind) -> None:
        for index, each in enumerate(_KINDS):
            if each == kind:
                self.tabs.setCurrentIndex(index)
                return

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def apply_search(self) -> None:
        """Filter the visible tab by the search box now (the debounce timer calls this)."""
        self._debounce.stop()
        model = self.current_model()
        model.set_query(self.search_edit.text())
        model.set_filter(self.filter_bar.item_filter(), self._profile)
        self._emit_summary()

    def set_filter(self, item_filter: ItemFilter) -> None:
        """Apply a filter object to the visible tab directly, bypassing the filter bar (for
        scripts); the bar's own controls call :meth:`apply_search`."""
        self.current_model().set_filter(item_filter, self._profile)
        self._emit_summary()

    def selected_item_ids(self) -> list[int]:
        view = self.current_view()
        ids = [view.items_model().item_id(row) for row in view.selected_rows()]
        return [i for i in ids if i is not None]

    def edit_selected(self) -> BulkEditDialog | None:
        """Open the bulk editor for the selected rows (non-modal); None without a selection."""
        view = self.current_view()
        rows = [view.items_model().row_at(r) for r in view.selected_rows()]
        rows = [r for r in rows if r is not None]
        if not rows:
            return None
        single = self._reader.item(rows[0].id) if len(rows) == 1 else None
        dialog = BulkEditDialog(rows, self, item=single)
        dialog.accepted.connect(lambda: self.apply_bulk_edit([r.id for r in rows], dialog))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.bulk_dialog = dialog
        dialog.open()
        return dialog

    def apply_bulk_edit(self, item_ids: list[int], dialog: BulkEditDialog) -> JobHandle | None:
        """Write what the dialog says to every item, as a job (the tables refresh after)."""
        fields, genres = dialog.changes()
        if not fields and genres is None:
            return None
        self._bulk_job = self._runner.submit_job(
            job_definitions().BulkEditJob(
                self._reader.path,
                tuple(item_ids),
                tuple(fields.items()),
                tuple(genres) if genres is not None else None,
            )
        )
        return self._bulk_job

    @property
    def bulk_job(self) -> JobHandle | None:
        """The latest bulk edit's job (the window refreshes every table after any write)."""
        return self._bulk_job

    def add_selected_to_playlist(
        self, playlist_id: int | None = None, new_name: str | None = None
    ) -> bool:
        return add_to_playlist(
            self._actions,
            self._profile,
            self.selected_item_ids(),
            self.status_message.emit,
            playlist_id=playlist_id,
            new_name=new_name,
        )

    @property
    def actions(self) -> ItemActions:
        return self._actions

    def set_profile(self, profile_id: int | None) -> None:
        """Show (and edit) this profile's ratings and history; None: read-only, no stars."""
        self._profile = profile_id
        if self._reader.viewer != profile_id:  # its limits narrow every tab (services/limits)
            self._reader.viewer = profile_id
            self.refresh()
        self._load_ratings()
        self.detail.set_profile(profile_id)
        self.filter_bar.set_profile_filters_enabled(profile_id is not None)
        self.apply_search()

    def reload_ratings(self) -> None:
        """Re-read the profile's ratings (another screen rated something)."""
        self._load_ratings()
        self.detail.refresh_history()

    def current_item_id(self) -> int | None:
        view = self.current_view()
        index = view.currentIndex()
        return view.items_model().item_id(index.row()) if index.isValid() else None

    def rate_selected(self, stars: int) -> int:
        return self.current_view().rate_selected(stars)

    def mark_selected(self, mark: str, on: bool = True) -> int:
        """Set or clear a mark on the selected items; returns how many were changed."""
        if self._profile is None:
            self.status_message.emit(self.tr("Choose a profile first"))
            return 0
        view = self.current_view()
        done = 0
        changed: list[int] = []
        for row in view.selected_rows():
            item_id = view.items_model().item_id(row)
            if item_id is None:
                continue
            try:
                self._actions.set_mark(self._profile, item_id, mark, on)
            except UserError as exc:
                self.status_message.emit(error_text(exc))
                break
            done += 1
            changed.append(item_id)
        if done:
            self.detail.refresh_history()
            self.library_changed.emit()
        if done and mark == "not_interested" and on:
            item = self._reader.item(changed[0]) if done == 1 else None
            text = (
                format_spaced(self.tr("“{0}” will not be recommended again"), item.title)
                if item is not None
                else format_spaced(self.tr("{0:,} items will not be recommended again"), done)
            )
            self.hidden.emit(self._profile, changed, text)
        return done

    def open_selected(self) -> bool:
        """Open the current item's file with the system's player (a film: asked about when
        the person comes back); False without a file."""
        item_id = self.current_item_id()
        return item_id is not None and self.films.play(item_id)

    def _activate(self, view: ItemsTableView, row: int) -> None:
        """Double-click: a track plays in the app (the rows below it follow), else the file
        opens with the system's player."""
        model = view.items_model()
        ids = [model.item_id(r) for r in range(row, min(row + 101, model.rowCount()))]
        if self.play_hook is None or not self.play_hook.activate([i for i in ids if i]):
            self.open_selected()

    def show_similar(self, item_id: int) -> None:
        """Go to an item from "more like this": search for its title."""
        item = self._reader.item(item_id)
        if item is None:
            return
        self.show_kind(item.kind)
        self.search_edit.setText(item.title)
        self.apply_search()
        model = self.current_model()
        row = model.row_of(item_id)
        if row is not None:
            self.current_view().selectRow(row)

    def save_state(self) -> None:
        self._state.save_splitter("library", self.splitter)
        for kind, view in self.views.items():
            self._state.save_header(f"library/{kind}", view.horizontalHeader())

    def set_reader(self, reader: LibrarySession) -> None:
        """Show another library; the search box is cleared."""
        self._reader = reader
        self._actions = ItemActions(reader)
        self.detail.set_reader(reader)
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
        self._load_ratings()
        self._update_totals()
        self._load_genres()

    def summary(self) -> str:
        kind = self.current_kind()
        _label, one, many = self._labels[kind]
        model = self.models[kind]
        total = self._totals.get(kind, 0)
        if not model.item_filter.is_empty():
            return self.tr("{0:,} of {1:,} {2} shown (filtered)").format(model.total, total, many)
        if model.query:
            noun = one if total == 1 else many
            return self.tr("{0:,} of {1:,} {2} match “{3}”").format(
                model.total, total, noun, model.query
            )
        return self.tr("{0:,} {1}").format(total, one if total == 1 else many)

    # -- internals -------------------------------------------------------------------------
    def _load_ratings(self) -> None:
        profile = self._profile
        ratings: dict[int, float] | None = None
        if profile is not None:
            try:
                ratings = self._actions.ratings_of(profile)
            except UserError as exc:
                self.status_message.emit(error_text(exc))
                ratings = {}

        def writer(item_id: int, stars: float) -> float | None:
            assert profile is not None
            return self._actions.rate(profile, item_id, stars)

        for model in self.models.values():
            model.set_ratings(ratings, writer if profile is not None else None)

    def _on_rated(self, count: int, stars: int) -> None:
        if stars:
            text = (
                format_spaced(self.tr("Rated {0} of 5 stars"), stars)
                if count == 1
                else format_spaced(self.tr("Rated {0} items {1} of 5 stars"), count, stars)
            )
        else:
            text = (
                self.tr("Rating cleared")
                if count == 1
                else format_spaced(self.tr("Cleared the ratings of {0} items"), count)
            )
        self.status_message.emit(text)

    def _on_rating_stored(self, item_id: int) -> None:
        """Every stored rating, however it was given (a star click too): the detail pane
        follows at once, and the other screens hear once per batch of rows."""
        if item_id == self.detail.item_id:
            self.detail.refresh_history()
        self._ratings_changed.start()

    def _show_current(self, *_args: object) -> None:
        self.detail.show_item(self.current_item_id())

    def _context_menu(self, view: ItemsTableView, pos: QPoint) -> None:
        menu = self.context_menu_at(view, pos)
        if menu is not None:
            menu.exec(view.viewport().mapToGlobal(pos))

    def context_menu_at(self, view: ItemsTableView, pos: QPoint) -> QMenu | None:
        """The menu a right-click at ``pos`` opens (None off the rows): the clicked row is
        selected if it was not, and made current, so "open" and "play" are about it."""
        index = view.indexAt(pos)
        if not index.isValid():
            return None
        if index.row() not in view.selected_rows():
            view.selectRow(index.row())
        view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        return self.build_context_menu()

    def build_context_menu(self) -> QMenu:
        """The menu for the selected rows (public so tests can read and trigger it)."""
        menu = QMenu(self)
        has_profile = self._profile is not None
        if self.play_hook is not None:
            self.play_hook.add_entries(menu, self.selected_item_ids())
        self.films.add_entries(menu, self.current_item_id())
        rate = menu.addMenu(self.tr("&Rate"))
        rate.setEnabled(has_profile)
        for stars in range(5, -1, -1):
            label = "★" * stars if stars else self.tr("Clear rating")
            action = QAction(f"{label}\t{stars}", rate)
            action.setObjectName(f"rate{stars}")
            action.triggered.connect(lambda _c=False, s=stars: self.rate_selected(s))
            rate.addAction(action)
        item_id = self.current_item_id()
        marks = (
            self._actions.history(self._profile, item_id).marks
            if has_profile and item_id is not None
            else []
        )
        marked = {m for m, _at in marks}
        for mark, label in (
            ("not_interested", self.tr("&Not interested")),
            ("dont_learn", self.tr("&Don't learn from this")),
        ):
            action = QAction(label, menu)
            action.setObjectName(mark)
            action.setCheckable(True)
            action.setChecked(mark in marked)
            action.setEnabled(has_profile)
            action.triggered.connect(lambda on, m=mark: self.mark_selected(m, on))
            menu.addAction(action)
        menu.addSeparator()
        menu.addMenu(
            build_playlist_menu(
                menu, self._actions, self._profile, self.selected_item_ids, self.status_message.emit
            )
        )
        edit = menu.addAction(self.tr("&Edit metadata…\tCtrl+E"), self.edit_selected)
        edit.setObjectName("editMetadata")
        menu.addSeparator()
        path = self._actions.existing_file(item_id) if item_id is not None else None
        play = menu.addAction(self.tr("&Open with the system player"), self.open_selected)
        play.setObjectName("openFile")
        play.setEnabled(path is not None)
        show = menu.addAction(
            self.tr("Show in &folder"),
            lambda: (
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))) if path else None
            ),
        )
        show.setObjectName("showFolder")
        show.setEnabled(path is not None)
        if self.radio_hook is not None:
            self.radio_hook.add_entry(menu, [item_id] if item_id is not None else [])
        menu.addSeparator()
        menu.addMenu(self.current_view().columns_menu.build_menu(menu))
        return menu

    def _update_totals(self) -> None:
        for kind in _KINDS:
            self._totals[kind] = self._reader.count_items(kind)
        self._emit_summary()

    def _update_tab_texts(self) -> None:
        """Each tab's count: "Music (2,000)", or with a search or filter what it would show,
        "Music (1 of 2,000)" (the visible tab's from its table, the others counted)."""
        current = self.current_model()
        query, item_filter = current.query, current.item_filter
        for index, kind in enumerate(_KINDS):
            label = self._labels[kind][0]
            total = self._totals.get(kind, 0)
            narrowed = for_kind(item_filter, kind)  # as that tab's bar would keep it
            if (not query and narrowed.is_empty()) or not total:
                self.tabs.setTabText(index, self.tr("{0} ({1:,})").format(label, total))
                continue
            if kind == current.kind:
                shown = current.total
            else:
                try:
                    shown = count_filtered(
                        self._reader, kind, query or None, narrowed, self._profile
                    )
                except UserError:
                    shown = total
            self.tabs.setTabText(index, self.tr("{0} ({1:,} of {2:,})").format(label, shown, total))

    def _on_tab_changed(self, _index: int) -> None:
        # A tab shown for the first time since the search changed catches up now.
        self._load_genres()
        self.apply_search()
        self._show_current()

    def _load_genres(self) -> None:
        self.filter_bar.set_kind(self.current_kind())  # certification or explicit
        try:
            self.filter_bar.set_genres(self._actions.genres(self.current_kind()))
        except UserError as exc:
            self.status_message.emit(error_text(exc))

    def _emit_summary(self) -> None:
        self._update_tab_texts()
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
