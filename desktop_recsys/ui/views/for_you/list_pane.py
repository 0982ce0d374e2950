"""The For you list beside its "Why this?" pane: the rows shown, re-ranked for diversity on
the GUI thread, rated, marked "not interested" and added to playlists in place, with a
context menu.

The view fetches a list (a job) and hands the answer here; this pane keeps it, so moving the
diversity slider re-ranks without a new job.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSplitter, QWidget

from desktop_recsys.config.cjk_spacing import format_spaced
from desktop_recsys.errors import UserError
from desktop_recsys.services import for_you_service, group_service
from desktop_recsys.services.for_you_service import ForYouResult
from desktop_recsys.services.item_actions import ItemActions
from desktop_recsys.ui.i18n import error_text
from desktop_recsys.ui.models.recommendations_table_model import RecommendationsTableModel
from desktop_recsys.ui.ui_state import UiState
from desktop_recsys.ui.views.for_you.table import RecommendationsTableView
from desktop_recsys.ui.views.for_you.why_pane import WhyPane
from desktop_recsys.ui.widgets.playlist_menu import add_to_playlist, build_playlist_menu
from desktop_recsys.ui.widgets.star_rating import StarRatingDelegate

if TYPE_CHECKING:
    from desktop_recsys.services.recommend_service import RecommendedItem


class ListPane(QSplitter):
    """The table and its explanation, side by side (the splitter is this pane)."""

    #: A short message for the status bar (a rating stored, a write refused).
    status_message = Signal(str)
    #: Items were marked "not interested": (profile id, item ids, what to tell) for an undo.
    hidden = Signal(int, list, str)
    #: A rating or mark was written here, so other screens re-read.
    library_changed = Signal()

    def __init__(
        self, kind: str, actions: ItemActions, state: UiState, parent: QWidget | None = None
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._actions = actions
        self._state = state
        self._profile: int | None = None
        self._result: ForYouResult | None = None
        self._group_result: group_service.GroupResult | None = None
        self._removed: set[int] = set()
        self._diversity = 0.0
        #: "Start radio" in the item menu (ui/radio installs it).
        self.radio_hook: object | None = None
        #: The player's "Play", "Play next", "Add to queue" (tracks) and the films' "Play" and
        #: "Mark as watched": set by the window when it has them (ui/playback installs them).
        self.play_hook: Any = None
        self.films: Any = None

        self.model = RecommendationsTableModel(kind, self)
        # No parent until added: a child made with the splitter as parent is inserted at once,
        # before it has its object name (which names its splitter handle).
        self.table = RecommendationsTableView(self.model)
        self._stars = StarRatingDelegate(self.table)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.rate_requested.connect(self.rate_selected)
        self.table.not_interested_requested.connect(self.not_interested)
        self.why = WhyPane()
        self.why.not_interested_button.clicked.connect(self.not_interested)

        self.setObjectName("forYouSplitter")
        self.addWidget(self.table)
        self.addWidget(self.why)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 1)
        self.setSizes([760, 300])

    def connect_rows(self) -> None:
        """Follow the selection and the model's resets (once the view has restored its state)."""
        self.table.selectionModel().currentRowChanged.connect(self.show_why)
        self.model.modelReset.connect(self._after_reset)
        self.model.write_failed.connect(self.status_message)

    # -- what is shown ---------------------------------------------------------------------
    @property
    def result(self) -> ForYouResult | None:
        """The latest list for one profile (with its re-ranking candidates), if any."""
        return self._result

    @property
    def group_result(self) -> group_service.GroupResult | None:
        """The group list shown, or None when the list is one profile's."""
        return self._group_result

    def set_source(self, actions: ItemActions, profile: int | None) -> None:
        """Where ratings and marks go: ``actions`` for ``profile`` (None: nobody)."""
        self._actions = actions
        self._profile = profile

    def show_result(self, result: ForYouResult) -> None:
        """Show one profile's list (no rows when it has no model yet)."""
        self._result = result
        if result.recommendations is None:
            self.model.set_rows(result.kind, [])
        else:
            self.model.set_rows(result.kind, self._diversified(), blind=result.blind is not None)

    def show_group(self, result: group_service.GroupResult) -> None:
        """Show a group's shared list (not re-ranked: the diversity slider is off)."""
        self._group_result = result
        self.model.set_rows(result.kind, list(result.rows))

    def forget_group(self) -> None:
        """The list is one profile's again."""
        self._group_result = None

    def forget_removed(self) -> None:
        """A new list: what was marked "not interested" is left out by the service now."""
        self._removed.clear()

    def select_first(self) -> None:
        if self.model.rowCount():
            self.table.selectRow(0)

    def set_diversity(self, value: int) -> None:
        """Re-rank the fetched candidates for the slider's setting (no job: a millisecond)."""
        self._diversity = value / 100
        if self._group_result is not None or self._result is None:
            return
        if self._result.recommendations is None:
            return
        current = self.selected_item()
        blind = self._result.blind is not None
        self.model.set_rows(self._result.kind, self._diversified(), blind=blind)
        row = self.model.row_of(current.item_id) if current is not None else None
        if self.model.rowCount():
            self.table.selectRow(row if row is not None else 0)

    def _diversified(self) -> list[RecommendedItem]:
        if self._result is None:
            return []
        return for_you_service.diversify(self._result, self._diversity, self._removed)

    # -- the selected row ------------------------------------------------------------------
    def selected_item(self) -> RecommendedItem | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def rate_selected(self, stars: int) -> bool:
        index = self.table.currentIndex()
        if not index.isValid():
            return False
        done = self.model.set_rating(index.row(), stars)
        if done:
            self.library_changed.emit()
        return done

    def not_interested(self) -> bool:
        """Mark the selected item "not interested": it leaves the list and stays gone."""
        item = self.selected_item()
        if item is None or self._profile is None:
            return False
        try:
            self._actions.set_mark(self._profile, item.item_id, "not_interested")
        except UserError as exc:
            self.status_message.emit(error_text(exc))
            return False
        row = self.table.currentIndex().row()
        self._removed.add(item.item_id)
        self.model.remove_item(item.item_id)
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))
        self.show_why()
        self.hidden.emit(
            self._profile,
            [item.item_id],
            format_spaced(self.tr("“{0}” will not be recommended again"), item.title),
        )
        self.library_changed.emit()
        return True

    def add_selected_to_playlist(
        self, playlist_id: int | None = None, new_name: str | None = None
    ) -> bool:
        """Add the selected pick to a playlist of the profile (or a new one)."""
        item = self.selected_item()
        if item is None:
            return False
        return add_to_playlist(
            self._actions,
            self._profile,
            [item.item_id],
            self.status_message.emit,
            playlist_id=playlist_id,
            new_name=new_name,
        )

    def fill_playlist_menu(self, menu: QMenu) -> None:
        """Fill ``menu`` (the Add to playlist button's) for the selected pick."""
        menu.clear()
        item = self.selected_item()
        built = build_playlist_menu(
            self,
            self._actions,
            self._profile,
            lambda: [item.item_id] if item is not None else [],
            self.status_message.emit,
        )
        for action in built.actions():
            action.setParent(menu)
            menu.addAction(action)

    def show_why(self, *_args: object) -> None:
        self.why.show_item(self.selected_item(), group=self._group_result is not None)

    def update_ratings(self) -> None:
        """Re-read the profile's stars for the rows (they may have changed elsewhere)."""
        if self._profile is None:
            self.model.set_ratings(None, None)
            return
        profile = self._profile
        try:
            ratings = self._actions.ratings_of(profile)
        except UserError as exc:
            self.status_message.emit(error_text(exc))
            ratings = {}
        self.model.set_ratings(
            ratings, lambda item, stars: self._actions.rate(profile, item, stars)
        )

    # -- columns ---------------------------------------------------------------------------
    def size_columns(self) -> None:
        self.table.size_columns(self.model)

    def restore_header(self, kind: str) -> None:
        if self._state.restore_header(f"forYou/{kind}", self.table.horizontalHeader()):
            self.table.columns_fit.keep_widths()
        else:
            self.size_columns()

    def save_state(self, kind: str) -> None:
        self._state.save_splitter("forYou", self)
        self._state.save_header(f"forYou/{kind}", self.table.horizontalHeader())

    # -- internals -------------------------------------------------------------------------
    def _after_reset(self) -> None:
        self.table.setItemDelegateForColumn(self.model.rating_column, self._stars)
        self.show_why()

    def _context_menu(self, pos) -> None:  # type: ignore[no-untyped-def]
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        self.build_context_menu().exec(self.table.viewport().mapToGlobal(pos))

    def build_context_menu(self) -> QMenu:
        """The menu for the selected pick (public so tests can read and trigger it)."""
        menu = QMenu(self)
        rate = menu.addMenu(self.tr("&Rate"))
        for stars in range(5, -1, -1):
            label = "★" * stars if stars else self.tr("Clear rating")
            action = QAction(f"{label}\t{stars}", rate)
            action.triggered.connect(lambda _c=False, s=stars: self.rate_selected(s))
            rate.addAction(action)
        menu.addAction(self.tr("&Not interested\tDel"), self.not_interested)
        item = self.selected_item()
        menu.addMenu(
            build_playlist_menu(
                menu,
                self._actions,
                self._profile,
                lambda: [item.item_id] if item is not None else [],
                self.status_message.emit,
            )
        )
        if self.radio_hook is not None:
            self.radio_hook.add_entry(menu, [item.item_id] if item is not None else [])
        if item is not None and self.films is not None:
            self.films.add_entries(menu, item.item_id)  # a film: Play, Mark as watched
        if item is not None and item.kind == "track" and self.play_hook is not None:
            self.play_hook.add_entries(menu, [item.item_id])  # Play, Play next, Add to queue
        return menu
