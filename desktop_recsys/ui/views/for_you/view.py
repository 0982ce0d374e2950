"""The "For you" screen: a profile's ranked recommendations, why each one, and training.

Lists come from a :class:`~desktop_recsys.jobs.definitions.ForYouCandidatesJob` (or a
:class:`~desktop_recsys.jobs.definitions.GroupListJob` in group mode) on the read pool, and a
"Train now" runs a :class:`~desktop_recsys.jobs.definitions.TrainModelJob` on the write lane
with its progress and a Cancel button right here; when it finishes the list is fetched again.
Nobody has to press it (issue 17): when no model serves a list yet, the view trains the shared
model of the kind (one for every profile) by itself, with its progress in place of the list.
Ratings and "not interested" are one-row writes through
:class:`~desktop_recsys.services.item_actions.ItemActions`.

This view assembles the parts (top bar, notice, training row, list pane, shelves) and follows
its jobs through their handles.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QVBoxLayout, QWidget

from desktop_recsys.config.cjk_spacing import format_spaced
from desktop_recsys.jobs.base import JobRunnerBase
from desktop_recsys.jobs.handle import JobHandle
from desktop_recsys.services import for_you_service, group_service
from desktop_recsys.services.for_you_service import ForYouResult
from desktop_recsys.services.item_actions import ItemActions
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.services.profile_service import ProfileService
from desktop_recsys.ui.common import algorithm_text
from desktop_recsys.ui.deferred import job_definitions
from desktop_recsys.ui.i18n import translate_message
from desktop_recsys.ui.job_slot import JobSlot
from desktop_recsys.ui.ui_state import SHOW_COMMUNITY, UiState
from desktop_recsys.ui.views.for_you.group import GroupChooser
from desktop_recsys.ui.views.for_you.list_pane import ListPane
from desktop_recsys.ui.views.for_you.list_room import ListRoom
from desktop_recsys.ui.views.for_you.notice import NoticeLabel, model_age
from desktop_recsys.ui.views.for_you.shelves import SHELVES, ShelvesRow
from desktop_recsys.ui.views.for_you.top_bar import ForYouTopBar
from desktop_recsys.ui.views.for_you.train_row import TrainRow

if TYPE_CHECKING:
    from desktop_recsys.services.recommend_service import RecommendedItem

LIST_LENGTH = 50
#: Candidates fetched beyond the list so the diversity slider has something to choose from.
DIVERSITY_POOL = for_you_service.DIVERSITY_POOL
#: How long the warm-up waits for a first list already on its way before going on.
LIST_WAIT_S = 30.0


class ForYouView(QWidget):
    """Recommendations for the current profile and a kind; see the module docstring."""

    #: The list changed (rows, stale flag) - the status bar says so.
    status_message = Signal(str)
    #: Something was rated or marked, so other screens re-read.
    library_changed = Signal()
    #: A person asked to see an item in the library (double-click on a shelf).
    show_item_requested = Signal(int)
    #: Items were marked "not interested": (profile id, item ids, what to tell) for an undo.
    hidden = Signal(int, list, str)

    def __init__(
        self,
        reader: LibrarySession,
        runner: JobRunnerBase,
        actions: ItemActions,
        models_dir: Path,
        state: UiState,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("forYouView")
        self._reader = reader
        self._runner = runner
        self._actions = actions
        self._models_dir = Path(models_dir)
        self._state = state
        self._cache: Any = None  # a ModelCache, made with the first list (it loads the engine)
        self._vectors = for_you_service.new_vector_cache()  # the slider's, between lists
        self._cache_lock = threading.Lock()
        self._shelves_job: Any = None  # held back until the list comes (refresh)
        self._list_asked = False  # whether a list was asked for (the warm-up then stands down)
        self._list_came = threading.Event()  # the first list came (or failed)
        self._profile: int | None = None
        self._list = JobSlot()
        self._group_list = JobSlot()
        self._export = JobSlot()
        self._algorithms_loaded = False
        self._dirty = True
        #: (kind, algorithm) trained automatically this session: tried once, never in a loop.
        self._auto_trained: set[tuple[str, str]] = set()

        self.top_bar = ForYouTopBar(self)
        self.kind_combo = self.top_bar.kind_combo
        self.algorithm_combo = self.top_bar.algorithm_combo
        self.refresh_button = self.top_bar.refresh_button
        self.train_button = self.top_bar.train_button
        self.export_button = self.top_bar.export_button
        self.playlist_button = self.top_bar.playlist_button
        self.diversity = self.top_bar.diversity
        self.group_button = self.top_bar.group_button
        self.group = GroupChooser(self.group_button, self.set_group)
        self.top_bar.export_requested.connect(self.choose_export)
        self.playlist_button.menu().aboutToShow.connect(
            lambda: self.list_pane.fill_playlist_menu(self.playlist_button.menu())
        )
        self.group_button.menu().aboutToShow.connect(self._fill_group_menu)

        self.notice = NoticeLabel(self)
        self.train_row = TrainRow(self)
        self.train_progress = self.train_row.progress
        self.train_message = self.train_row.message
        self.cancel_train_button = self.train_row.cancel_button
        self.train_row.trained.connect(self._on_trained)
        self.train_row.train_failed.connect(self._update_enabled)
        self.train_row.failed_because.connect(self._on_train_failed)
        self.train_row.train_cancelled.connect(self._on_train_cancelled)

        self.list_pane = ListPane(self.current_kind(), actions, state, self)
        self.splitter = self.list_pane
        self.model = self.list_pane.model
        self.table = self.list_pane.table
        self.why_pane = self.list_pane.why
        self.why_title = self.why_pane.title
        self.why_text = self.why_pane.text
        self.bars = self.why_pane.bars
        self.bars_caption = self.why_pane.bars_caption
        self.not_interested_button = self.why_pane.not_interested_button
        self.list_pane.status_message.connect(self.status_message)
        self.list_pane.hidden.connect(self.hidden)
        self.list_pane.library_changed.connect(self.library_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.train_row)
        layout.addWidget(self.list_pane, 1)

        self.shelves = ShelvesRow(self)
        self.shelf_labels = self.shelves.labels
        self.shelf_lists = self.shelves.lists
        self.shelves.item_activated.connect(self.show_item_requested)
        layout.addWidget(self.shelves)
        self.list_room = ListRoom(self, self.list_pane, self.table, self.shelves)  # 12 rows

        self.list_pane.size_columns()
        self._state.restore_splitter("forYou", self.splitter)
        kind = self._state.value("forYou/kind")
        if kind and self.kind_combo.set_kind(str(kind)):
            self.model.set_rows(kind, [])
        self.list_pane.restore_header(self.current_kind())

        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self.algorithm_combo.activated.connect(lambda _i: self.refresh())
        self.diversity.valueChanged.connect(self.list_pane.set_diversity)
        value = self._state.value("forYou/diversity", 0)
        self.diversity.setValue(int(value) if isinstance(value, int | float) else 0)
        self.refresh_button.clicked.connect(self.refresh)
        self.train_button.clicked.connect(self.train_now)
        self.list_pane.connect_rows()
        self.list_pane.show_why()
        self._update_enabled()

    # -- public API ------------------------------------------------------------------------
    def current_kind(self) -> str:
        return str(self.kind_combo.currentData())

    def set_kind(self, kind: str) -> None:
        self.kind_combo.set_kind(kind)

    def algorithm(self) -> str | None:
        return str(self.algorithm_combo.currentData()) or None

    def set_algorithm(self, name: str | None) -> bool:
        self.load_algorithms()
        index = self.algorithm_combo.findData(name or for_you_service.AUTOMATIC)
        if index >= 0:
            self.algorithm_combo.setCurrentIndex(index)
        return index >= 0

    @property
    def result(self) -> ForYouResult | None:
        return self.list_pane.result

    @property
    def group_result(self) -> group_service.GroupResult | None:
        return self.list_pane.group_result

    @property
    def list_job(self) -> JobHandle | None:
        """The list's job (one profile's) while it runs, else None."""
        return self._list.handle

    @property
    def group_job(self) -> JobHandle | None:
        """The group list's job while it runs, else None."""
        return self._group_list.handle

    @property
    def shelves_job(self) -> JobHandle | None:
        return self.shelves.job

    @property
    def train_job(self) -> JobHandle | None:
        return self.train_row.job

    def set_profile(self, profile_id: int | None) -> None:
        if profile_id == self._profile:
            return
        self._profile = profile_id
        # A group is "this profile together with ...": another profile starts alone again,
        # so the Group button never counts a group that is no longer shown.
        self.group.set_group([], None)
        self.diversity.setEnabled(True)
        self.list_pane.set_source(self._actions, profile_id)
        self._dirty = True
        self.list_pane.update_ratings()
        if self.isVisible():
            self.refresh()
        else:
            self.model.clear()

    def set_reader(self, reader: LibrarySession, models_dir: Path | None = None) -> None:
        self._reader = reader
        if models_dir is not None:
            self._models_dir = Path(models_dir)
        self._actions = ItemActions(reader)
        self._cache = None
        self._vectors.forget()
        self._profile = None
        self.list_pane.set_source(self._actions, None)
        self.model.clear()
        self._dirty = True

    def mark_dirty(self) -> None:
        """The library changed (a rating elsewhere): re-read stars now, the list when shown."""
        self.list_pane.update_ratings()
        self._dirty = True

    def load_algorithms(self) -> None:
        """Fill the algorithm picker (once; it loads the engine, so not at start-up)."""
        if self._algorithms_loaded:
            return
        self._algorithms_loaded = True
        for name in for_you_service.algorithm_names():
            self.algorithm_combo.addItem(name, name)
        wanted = self._state.value("forYou/algorithm")
        if wanted:
            index = self.algorithm_combo.findData(wanted)
            if index >= 0:
                self.algorithm_combo.setCurrentIndex(index)

    def refresh(self) -> JobHandle | None:
        """Ask for the list again (a job); returns its handle, None without a profile."""
        self._dirty = False
        if self._profile is None:
            self.model.clear()
            self._notice(self.tr("Create or choose a profile to get recommendations."), "info")
            self._update_enabled()
            return None
        self._list_asked = True
        jobs = job_definitions()
        self._list.cancel()
        self._group_list.cancel()
        self.shelves.cancel()
        self._list.forget()
        self._group_list.forget()
        self.list_pane.forget_removed()
        # The shelves once the list has come (_list_ended): both are CPU work, and side by side
        # the list, what a person waits for, took twice as long on a large library.
        self._shelves_job = jobs.ShelvesJob(
            self._reader.path, self._profile, self.current_kind(), SHELVES,
            profile_name=self._profile_name(),
        )  # fmt: skip
        if self.group_members():
            handle = self._group_list.submit(
                self._runner,
                jobs.GroupListJob(
                    self._reader.path,
                    self._models_dir,
                    tuple([self._profile, *self.group_members()]),
                    self.current_kind(),
                    strategy=self.group.strategy,
                    n=LIST_LENGTH,
                    cache=self._model_cache(),
                ),
                on_finished=self._show_group,
                on_failed=self._on_list_failed,
                on_cancelled=self._on_list_cancelled,
            )
            self.refresh_button.setEnabled(False)
            return handle
        handle = self._list.submit(
            self._runner,
            jobs.ForYouCandidatesJob(
                self._reader.path,
                self._models_dir,
                self._profile,
                self.current_kind(),
                n=LIST_LENGTH,
                pool=DIVERSITY_POOL,
                algorithm=self.algorithm(),
                cache=self._model_cache(),
                profile_name=self._profile_name(),
                vector_cache=self._vectors,
            ),
            on_finished=self._on_list_finished,
            on_failed=self._on_list_failed,
            on_cancelled=self._on_list_cancelled,
        )
        self.refresh_button.setEnabled(False)
        return handle

    # -- group mode ------------------------------------------------------------------------
    def group_members(self) -> list[int]:
        """The other profiles in the group (empty: a list for the current profile alone)."""
        return [p for p in self.group.members if p != self._profile]

    def set_group(self, profile_ids: list[int], strategy: str | None = None) -> JobHandle | None:
        """Recommend for the current profile together with ``profile_ids`` (empty: alone);
        ``strategy`` is ``average`` or ``least_misery``. Fetches the list; returns the job."""
        members = [int(p) for p in profile_ids if int(p) != self._profile]
        self.group.set_group(members, strategy)
        self.diversity.setEnabled(not members)
        return self.refresh()

    def add_selected_to_playlist(
        self, playlist_id: int | None = None, new_name: str | None = None
    ) -> bool:
        """Add the selected pick to a playlist of the profile (or a new one)."""
        return self.list_pane.add_selected_to_playlist(playlist_id, new_name)

    # -- training --------------------------------------------------------------------------
    def train_now(self) -> JobHandle | None:
        """Train again the model that serves the list (the kind's shared model unless the
        profile has one of its own), as a job with progress here; its handle."""
        if self._profile is None:
            return None
        if self.train_row.job is not None:
            return self.train_row.job  # already training (e.g. the first model, by itself)
        recs = self.result.recommendations if self.result is not None else None
        return self._train(recs.run.profile_id if recs is not None else None)

    def _train(self, profile: int | None) -> JobHandle:
        """Train ``algorithm`` for ``profile`` (None: the shared model of the kind)."""
        algorithm = self.algorithm() or for_you_service.default_algorithm()
        # Any training of this list counts as its one automatic try: a list that arrives after
        # the person cancelled a training does not start another by itself.
        self._auto_trained.add((self.current_kind(), self.algorithm() or ""))
        handle = self.train_row.train(
            self._runner,
            job_definitions().TrainModelJob(
                self._reader.path,
                self._models_dir,
                self.current_kind(),
                algorithm=algorithm,
                profile=profile,
                profile_name=self._profile_name() if profile is not None else None,
            ),
            algorithm,
        )
        self._update_enabled()
        return handle

    def cancel_training(self) -> None:
        self.train_row.cancel()

    # -- the selected pick -----------------------------------------------------------------
    def selected_item(self) -> RecommendedItem | None:
        return self.list_pane.selected_item()

    def rate_selected(self, stars: int) -> bool:
        return self.list_pane.rate_selected(stars)

    def not_interested(self) -> bool:
        """Mark the selected item "not interested": it leaves the list and stays gone."""
        return self.list_pane.not_interested()

    # -- export ----------------------------------------------------------------------------
    def choose_export(self, fmt: str) -> None:
        suffix = "csv" if fmt == "csv" else "m3u8"
        name = f"recommended-{self.current_kind()}s.{suffix}"
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the list"),
            str(Path.home() / name),
            self.tr("CSV (*.csv)") if fmt == "csv" else self.tr("M3U8 playlist (*.m3u8)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> JobHandle | None:
        """Write the shown list, in rank order, to ``path`` (CSV or M3U8 by extension)."""
        rows = self.model.rows_in_rank_order()
        if not rows:
            return None
        return self._export.submit(
            self._runner,
            job_definitions().ExportItemListJob(
                self._reader.path,
                tuple(r.item_id for r in rows),
                path,
                name=self.tr("Recommended for you"),
                scores=tuple(r.score for r in rows),
            ),
            on_finished=self._on_exported,
        )

    def save_state(self) -> None:
        self.list_pane.save_state(self.current_kind())
        self._state.set_value("forYou/kind", self.current_kind())
        self._state.set_value("forYou/diversity", self.diversity.value())
        if self._algorithms_loaded:
            self._state.set_value("forYou/algorithm", self.algorithm() or "")

    # -- Qt overrides ----------------------------------------------------------------------
    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    # -- job callbacks ---------------------------------------------------------------------
    def _list_ended(self) -> None:
        """Fetch the shelves the last refresh held back until its list came."""
        self._list_came.set()
        job, self._shelves_job = self._shelves_job, None
        if job is not None:
            self.shelves.fetch(self._runner, job)

    def _on_list_finished(self, result: object) -> None:
        assert isinstance(result, ForYouResult)
        self.list_pane.forget_group()
        self._show_result(result)
        self._list_ended()  # after the rows: the shelves' job would slow their showing

    def _on_list_failed(self, message: object, _trace: str) -> None:
        self._list_ended()
        self.refresh_button.setEnabled(True)
        self._notice(
            self.tr("Could not get recommendations: {0}").format(translate_message(message)),
            "error",
        )

    def _on_list_cancelled(self) -> None:
        self.refresh_button.setEnabled(True)

    def _on_trained(self) -> None:
        if self._reader.library.closed:
            return  # a late training's news for a window whose library is gone
        self.list_pane.show()
        self.status_message.emit(self.tr("The new model is ready"))
        self._update_enabled()
        self.refresh()

    def _on_train_cancelled(self) -> None:
        self.list_pane.show()
        self.status_message.emit(self.tr("Training cancelled; the previous model still serves"))
        self._update_enabled()

    def _on_exported(self, result: object) -> None:
        file = result.get("file") if isinstance(result, dict) else None
        self.status_message.emit(format_spaced(self.tr("Exported the list to {0}"), file))

    # -- showing a list --------------------------------------------------------------------
    def _show_result(self, result: ForYouResult) -> None:
        self.refresh_button.setEnabled(True)
        if result.profile_id != self._profile or result.kind != self.current_kind():
            return  # an answer to an older question
        self.list_pane.show_result(result)
        self.diversity.setEnabled(result.blind is None)  # a blind test's list stays as mixed
        recs = result.recommendations
        if recs is None and not result.can_train:
            self._notice(
                self.tr(
                    "Nothing to learn from yet: rate or play a few items, and your list "
                    "appears here by itself."
                ),
                "info",
            )
        elif recs is None:
            self._train_first_model()
        elif result.blind is not None:  # a blind test (issue 18): no model or algorithm named
            self._notice(self.blind_notice(), "info")
            self.status_message.emit(
                format_spaced(
                    self.tr("{0} recommendations from a blind test"), self.model.rowCount()
                )
            )
        else:
            age = model_age(recs.run.finished_at or recs.run.created_at)
            self.notice.about_model(recs, age, self._state.idle_retrain)
            text = format_spaced(  # "来自默认算法的 50 条推荐", "来自 ALS 的"
                self.tr("{0} recommendations from {1} (model {2}, trained {3})"),
                self.model.rowCount(),
                algorithm_text(recs.algorithm),
                recs.run.id,
                age,
            )
            self.status_message.emit(text)
        self.list_pane.select_first()
        self._update_enabled()

    def blind_notice(self) -> str:
        return self.tr(
            "A blind test is running: this list mixes two recommenders without saying which "
            "placed what. Play, rate or mark items as usual; the Model Lab shows which one "
            "suits you."
        )

    def _show_group(self, result: object) -> None:
        assert isinstance(result, group_service.GroupResult)
        self._list_ended()
        self.refresh_button.setEnabled(True)
        if result.kind != self.current_kind():
            return
        self.list_pane.show_group(result)
        self._notice(self.group.notice(result), "info")
        if result.without_model:
            self._train_first_model(group=True)
        self.list_pane.select_first()
        self._update_enabled()

    def _train_first_model(self, *, group: bool = False) -> None:
        """No model serves this list yet: train the kind's shared model now (once per kind
        and algorithm a session), its progress where the list will be."""
        key = (self.current_kind(), self.algorithm() or "")
        if self.train_row.job is not None:
            self.list_pane.setVisible(group)
            return
        if key in self._auto_trained:
            return  # tried already; its failure is on the notice
        self._auto_trained.add(key)
        if not group:
            self.notice.no_model_yet()
        self.list_pane.setVisible(group)
        self._train(None)

    def _on_train_failed(self, message: str) -> None:
        self.list_pane.show()
        self._notice(self.tr("Could not train a model: {0}").format(message), "warning")

    # -- internals -------------------------------------------------------------------------
    def _fill_group_menu(self) -> None:
        self.group.fill_menu(
            ProfileService(self._reader).profiles(),
            self._profile,
            community=bool(self._state.value(SHOW_COMMUNITY, False)),
        )

    def _notice(self, text: str, level: str) -> None:
        self.notice.show_notice(text, level)

    def _model_cache(self) -> Any:
        """The shared cache of loaded models, made on first use (it imports the engine; the
        warm-up thread may make it)."""
        with self._cache_lock:
            if self._cache is None:
                self._cache = for_you_service.new_model_cache()
            return self._cache

    def prepare_work(self) -> Callable[[], object] | None:
        """Work for the warm-up thread: what this screen's first list needs loaded (model,
        catalogue rows; :func:`for_you_service.prepare`), so the list is quick when opened."""
        if self._profile is None or self.group_members():
            return None
        path, models, profile = self._reader.path, self._models_dir, self._profile
        kind, algorithm, vectors = self.current_kind(), self.algorithm(), self._vectors

        def work() -> None:
            if self._list_asked:  # a list on its way loads all this itself: the warm-up's
                self._list_came.wait(LIST_WAIT_S)  # later imports wait for it to come
                return
            for_you_service.prepare(
                path, models, profile=profile, kind=kind, algorithm=algorithm,
                cache=self._model_cache(), vector_cache=vectors,
            )  # fmt: skip

        return work

    def _profile_name(self) -> str | None:
        if self._profile is None:
            return None
        profile = ProfileService(self._reader).get(self._profile)
        return profile.name if profile is not None else None

    def _update_enabled(self) -> None:
        has_profile = self._profile is not None
        training = self.train_row.job is not None
        self.train_button.setEnabled(has_profile and not training)
        self.export_button.setEnabled(self.model.rowCount() > 0)
        self.playlist_button.setEnabled(self.model.rowCount() > 0 and has_profile)

    def _on_kind_changed(self, _index: int) -> None:
        self.model.set_rows(self.current_kind(), [])
        self.list_pane.restore_header(self.current_kind())
        self.refresh()
