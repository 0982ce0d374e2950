"""The "For you" screen: a profile's ranked recommendations, why each one, and training.

Lists come from a :class:`~desktop_recsys.jobs.definitions.ForYouJob` on the read pool and a
"Train now" runs a :class:`~desktop_recsys.jobs.definitions.TrainModelJob` on the write lane
with its progress and a Cancel button right here; when it finishes the list is fetched again.
Ratings and "not interested" are one-row writes through
:class:`~desktop_recsys.services.ui_service.ItemActions`.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QProgressBar,
    QPushButton,
    QSlider,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_recsys.errors import UserError
from desktop_recsys.jobs.base import JobRunnerBase
from desktop_recsys.services import ui_service
from desktop_recsys.services.library_service import LibraryReader
from desktop_recsys.services.profile_service import ProfileService
from desktop_recsys.services.ui_service import ForYouResult, ItemActions
from desktop_recsys.ui.deferred import job_definitions
from desktop_recsys.ui.i18n import error_text, translate_message
from desktop_recsys.ui.models.recommendations_table_model import RecommendationsTableModel
from desktop_recsys.ui.ui_state import UiState
from desktop_recsys.ui.widgets.contribution_bars import ContributionBarsWidget
from desktop_recsys.ui.widgets.playlist_menu import add_to_playlist, build_playlist_menu
from desktop_recsys.ui.widgets.star_rating import StarRatingDelegate, rating_for_key

if TYPE_CHECKING:
    from desktop_recsys.services.recommend_service import RecommendedItem

LIST_LENGTH = 50
#: Candidates fetched beyond the list so the diversity slider has something to choose from.
DIVERSITY_POOL = 150
SHELVES = 3
_PROGRESS_STEPS = 1000


class RecommendationsTableView(QTableView):
    """The ranked table; 0-5 rate the selected row, Delete marks it "not interested"."""

    rate_requested = Signal(int)
    not_interested_requested = Signal()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        stars = rating_for_key(event.key(), event.modifiers())
        if stars is not None:
            self.rate_requested.emit(stars)
            event.accept()
            return
        if event.key() == Qt.Key.Key_Delete and not event.modifiers():
            self.not_interested_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ForYouView(QWidget):
    """Recommendations for the current profile and a kind; see the module docstring."""

    #: The list changed (rows, stale flag) - the status bar says so.
    status_message = Signal(str)
    #: Something was rated or marked, so other screens re-read.
    library_changed = Signal()
    #: A person asked to see an item in the library (double-click on a shelf).
    show_item_requested = Signal(int)

    def __init__(
        self,
        reader: LibraryReader,
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
        self._profile: int | None = None
        self._list_job: int | None = None
        self._train_job: int | None = None
        self._export_job: int | None = None
        self._result: ForYouResult | None = None
        self._group_result: ui_service.GroupResult | None = None
        self._removed: set[int] = set()
        self._shelves_job: int | None = None
        self._group_job: int | None = None
        self._group: list[int] = []
        self._strategy = "average"
        self._algorithms_loaded = False
        self._dirty = True

        # -- top bar ---------------------------------------------------------------------
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("forYouKind")
        self.kind_combo.setAccessibleName(self.tr("What to recommend"))
        for kind, label in (
            ("film", self.tr("Films")),
            ("track", self.tr("Music")),
            ("artist", self.tr("Artists")),
        ):
            self.kind_combo.addItem(label, kind)
        kind_label = QLabel(self.tr("&Recommend:"), self)
        kind_label.setBuddy(self.kind_combo)
        self.algorithm_combo = QComboBox(self)
        self.algorithm_combo.setObjectName("algorithmPicker")
        self.algorithm_combo.setAccessibleName(self.tr("Algorithm"))
        self.algorithm_combo.addItem(self.tr("Automatic"), ui_service.AUTOMATIC)
        self.algorithm_combo.setToolTip(
            self.tr("Automatic uses the newest model; pick one to compare algorithms")
        )
        algorithm_label = QLabel(self.tr("&Algorithm:"), self)
        algorithm_label.setBuddy(self.algorithm_combo)
        self.refresh_button = QPushButton(self.tr("Re&fresh"), self)
        self.refresh_button.setObjectName("refreshForYou")
        self.refresh_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_button.setToolTip(self.tr("Fetch the list again (F5)"))
        self.train_button = QPushButton(self.tr("&Train now"), self)
        self.train_button.setObjectName("trainNow")
        self.train_button.setToolTip(self.tr("Train a model on the latest ratings and plays"))
        self.export_button = QToolButton(self)
        self.export_button.setObjectName("exportList")
        self.export_button.setText(self.tr("E&xport"))
        self.export_button.setAccessibleName(self.tr("Export the list"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        export_menu = QMenu(self.export_button)
        export_menu.addAction(self.tr("As CSV…"), lambda: self.choose_export("csv"))
        export_menu.addAction(self.tr("As M3U8 playlist…"), lambda: self.choose_export("m3u8"))
        self.export_button.setMenu(export_menu)
        self.playlist_button = QToolButton(self)
        self.playlist_button.setObjectName("forYouPlaylist")
        self.playlist_button.setText(self.tr("Add to &playlist"))
        self.playlist_button.setAccessibleName(self.tr("Add the selected pick to a playlist"))
        self.playlist_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.playlist_button.setMenu(QMenu(self.playlist_button))
        self.playlist_button.menu().aboutToShow.connect(self._fill_playlist_button)

        self.diversity = QSlider(Qt.Orientation.Horizontal, self)
        self.diversity.setObjectName("diversitySlider")
        self.diversity.setRange(0, 100)
        self.diversity.setSingleStep(5)
        self.diversity.setPageStep(20)
        self.diversity.setFixedWidth(self.fontMetrics().averageCharWidth() * 18)
        self.diversity.setAccessibleName(self.tr("Diversity"))
        self.diversity.setToolTip(
            self.tr("Left: the best matches first. Right: a more varied list.")
        )
        diversity_label = QLabel(self.tr("&Diversity:"), self)
        diversity_label.setBuddy(self.diversity)

        self.group_button = QToolButton(self)
        self.group_button.setObjectName("groupButton")
        self.group_button.setText(self.tr("&Group…"))
        self.group_button.setAccessibleName(self.tr("Recommend for a group of profiles"))
        self.group_button.setToolTip(
            self.tr("Pick more profiles for one shared list (a film night, a party playlist)")
        )
        self.group_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.group_button.setMenu(QMenu(self.group_button))
        self.group_button.menu().aboutToShow.connect(self._fill_group_menu)

        top = QHBoxLayout()
        top.setContentsMargins(8, 6, 8, 2)
        top.addWidget(kind_label)
        top.addWidget(self.kind_combo)
        top.addSpacing(12)
        top.addWidget(algorithm_label)
        top.addWidget(self.algorithm_combo)
        top.addSpacing(12)
        top.addWidget(diversity_label)
        top.addWidget(self.diversity)
        top.addSpacing(12)
        top.addWidget(self.group_button)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.train_button)
        top.addWidget(self.playlist_button)
        top.addWidget(self.export_button)

        # -- notices and training progress -----------------------------------------------
        self.notice = QLabel(self)
        self.notice.setObjectName("forYouNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.hide()
        self.train_progress = QProgressBar(self)
        self.train_progress.setObjectName("trainProgress")
        self.train_progress.setRange(0, _PROGRESS_STEPS)
        self.train_progress.setAccessibleName(self.tr("Training progress"))
        self.train_message = QLabel(self)
        self.cancel_train_button = QPushButton(self.tr("Cancel training"), self)
        self.cancel_train_button.setObjectName("cancelTraining")
        self.cancel_train_button.clicked.connect(self.cancel_training)
        self.train_row = QWidget(self)
        train_layout = QHBoxLayout(self.train_row)
        train_layout.setContentsMargins(8, 0, 8, 0)
        train_layout.addWidget(self.train_message)
        train_layout.addWidget(self.train_progress, 1)
        train_layout.addWidget(self.cancel_train_button)
        self.train_row.hide()

        # -- table and explanation -------------------------------------------------------
        self.model = RecommendationsTableModel(self.current_kind(), self)
        self.table = RecommendationsTableView(self)
        self.table.setObjectName("forYouTable")
        self.table.setAccessibleName(self.tr("Recommendations"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._stars = StarRatingDelegate(self.table)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.rate_requested.connect(self.rate_selected)
        self.table.not_interested_requested.connect(self.not_interested)

        self.why_title = QLabel(self)
        self.why_title.setObjectName("whyTitle")
        self.why_title.setWordWrap(True)
        font = self.why_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.why_title.setFont(font)
        self.why_text = QLabel(self)
        self.why_text.setObjectName("whyText")
        self.why_text.setWordWrap(True)
        self.why_text.setTextFormat(Qt.TextFormat.PlainText)
        self.bars = ContributionBarsWidget(self)
        self.bars.setAccessibleName(self.tr("What counted most"))
        self.bars_caption = QLabel(self.tr("What counted most:"), self)
        self.not_interested_button = QPushButton(self.tr("&Not interested"), self)
        self.not_interested_button.setObjectName("notInterested")
        self.not_interested_button.setToolTip(
            self.tr("Never recommend this again for this profile (Delete)")
        )
        self.not_interested_button.clicked.connect(self.not_interested)
        why = QFrame(self)
        why.setObjectName("whyPane")
        why.setFrameShape(QFrame.Shape.StyledPanel)
        why_layout = QVBoxLayout(why)
        why_layout.addWidget(self.why_title)
        why_layout.addWidget(self.why_text)
        why_layout.addSpacing(6)
        why_layout.addWidget(self.bars_caption)
        why_layout.addWidget(self.bars)
        why_layout.addStretch(1)
        why_layout.addWidget(self.not_interested_button)
        self.why_pane = why

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("forYouSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(why)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([760, 300])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.train_row)
        layout.addWidget(self.splitter, 1)

        # -- "Because you liked X" shelves -------------------------------------------------
        self.shelves = QWidget(self)
        self.shelves.setObjectName("shelves")
        shelves_layout = QVBoxLayout(self.shelves)
        shelves_layout.setContentsMargins(8, 0, 8, 6)
        shelves_layout.setSpacing(2)
        self.shelf_labels: list[QLabel] = []
        self.shelf_lists: list[QListWidget] = []
        for index in range(SHELVES):
            label = QLabel(self.shelves)
            label.setObjectName(f"shelfTitle{index}")
            bold = label.font()
            bold.setBold(True)
            label.setFont(bold)
            shelf = QListWidget(self.shelves)
            shelf.setObjectName(f"shelf{index}")
            shelf.setFlow(QListWidget.Flow.LeftToRight)
            shelf.setWrapping(False)
            shelf.setSpacing(4)
            shelf.setHorizontalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
            # Two text lines plus room for the horizontal scroll bar a long shelf shows.
            scroll = shelf.style().pixelMetric(shelf.style().PixelMetric.PM_ScrollBarExtent)
            shelf.setFixedHeight(self.fontMetrics().height() * 2 + 22 + scroll)
            shelf.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            shelf.itemActivated.connect(self._shelf_activated)
            label.setBuddy(shelf)
            shelves_layout.addWidget(label)
            shelves_layout.addWidget(shelf)
            self.shelf_labels.append(label)
            self.shelf_lists.append(shelf)
        self.shelves.hide()
        layout.addWidget(self.shelves)

        self._size_columns()
        self._state.restore_splitter("forYou", self.splitter)
        kind = self._state.value("forYou/kind")
        if kind:
            index = self.kind_combo.findData(kind)
            if index >= 0:
                self.kind_combo.setCurrentIndex(index)
                self.model.set_rows(kind, [])
        self._restore_header()

        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self.algorithm_combo.activated.connect(lambda _i: self.refresh())
        self.diversity.valueChanged.connect(self._apply_diversity)
        value = self._state.value("forYou/diversity", 0)
        self.diversity.setValue(int(value) if isinstance(value, int | float) else 0)
        self.refresh_button.clicked.connect(self.refresh)
        self.train_button.clicked.connect(self.train_now)
        self.table.selectionModel().currentRowChanged.connect(self._show_why)
        self.model.modelReset.connect(self._after_reset)
        self.model.write_failed.connect(self.status_message)

        runner.finished.connect(self._on_finished)
        runner.failed.connect(self._on_failed)
        runner.cancelled.connect(self._on_cancelled)
        runner.progress.connect(self._on_progress)
        self._show_why()
        self._update_enabled()

    # -- public API ------------------------------------------------------------------------
    def current_kind(self) -> str:
        return str(self.kind_combo.currentData())

    def set_kind(self, kind: str) -> None:
        index = self.kind_combo.findData(kind)
        if index >= 0:
            self.kind_combo.setCurrentIndex(index)

    def algorithm(self) -> str | None:
        return str(self.algorithm_combo.currentData()) or None

    def set_algorithm(self, name: str | None) -> bool:
        self.load_algorithms()
        index = self.algorithm_combo.findData(name or ui_service.AUTOMATIC)
        if index >= 0:
            self.algorithm_combo.setCurrentIndex(index)
        return index >= 0

    @property
    def result(self) -> ForYouResult | None:
        return self._result

    @property
    def list_job(self) -> int | None:
        return self._list_job

    @property
    def train_job(self) -> int | None:
        return self._train_job

    def set_profile(self, profile_id: int | None) -> None:
        if profile_id == self._profile:
            return
        self._profile = profile_id
        self._dirty = True
        self._update_ratings()
        if self.isVisible():
            self.refresh()
        else:
            self.model.clear()

    def set_reader(self, reader: LibraryReader) -> None:
        self._reader = reader
        self._actions = ItemActions(reader)
        self._cache = None
        self._profile = None
        self.model.clear()
        self._dirty = True

    def mark_dirty(self) -> None:
        """The library changed (a rating elsewhere): re-read stars now, the list when shown."""
        self._update_ratings()
        self._dirty = True

    def load_algorithms(self) -> None:
        """Fill the algorithm picker (once; it loads the engine, so not at start-up)."""
        if self._algorithms_loaded:
            return
        self._algorithms_loaded = True
        for name in ui_service.algorithm_names():
            self.algorithm_combo.addItem(name, name)
        wanted = self._state.value("forYou/algorithm")
        if wanted:
            index = self.algorithm_combo.findData(wanted)
            if index >= 0:
                self.algorithm_combo.setCurrentIndex(index)

    def refresh(self) -> int | None:
        """Ask for the list again (a job); returns its id, None without a profile."""
        self._dirty = False
        if self._profile is None:
            self.model.clear()
            self._notice(self.tr("Create or choose a profile to get recommendations."), "info")
            self._update_enabled()
            return None
        jobs = job_definitions()
        for job in (self._list_job, self._group_job, self._shelves_job):
            if job is not None:
                self._runner.cancel(job)
        self._group_job = None
        self._removed.clear()
        self._shelves_job = self._runner.submit_job(
            jobs.ShelvesJob(
                self._reader.path,
                self._profile,
                self.current_kind(),
                SHELVES,
                profile_name=self._profile_name(),
            )
        )
        if self.group_members():
            self._list_job = None
            self._group_job = self._runner.submit_job(
                jobs.GroupListJob(
                    self._reader.path,
                    self._models_dir,
                    tuple([self._profile, *self.group_members()]),
                    self.current_kind(),
                    strategy=self._strategy,
                    n=LIST_LENGTH,
                    cache=self._model_cache(),
                )
            )
            self.refresh_button.setEnabled(False)
            return self._group_job
        self._list_job = self._runner.submit_job(
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
            )
        )
        self.refresh_button.setEnabled(False)
        return self._list_job

    # -- group mode ------------------------------------------------------------------------
    def group_members(self) -> list[int]:
        """The other profiles in the group (empty: a list for the current profile alone)."""
        return [p for p in self._group if p != self._profile]

    def set_group(self, profile_ids: list[int], strategy: str | None = None) -> int | None:
        """Recommend for the current profile together with ``profile_ids`` (empty: alone);
        ``strategy`` is ``average`` or ``least_misery``. Fetches the list; returns the job."""
        self._group = [int(p) for p in profile_ids if int(p) != self._profile]
        if strategy is not None:
            self._strategy = strategy
        count = len(self._group)
        self.group_button.setText(
            self.tr("&Group ({0})…").format(count + 1) if count else self.tr("&Group…")
        )
        self.diversity.setEnabled(not count)
        return self.refresh()

    @property
    def group_result(self) -> ui_service.GroupResult | None:
        return self._group_result

    @property
    def group_job(self) -> int | None:
        return self._group_job

    @property
    def shelves_job(self) -> int | None:
        return self._shelves_job

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

    def train_now(self) -> int | None:
        """Train a model for the profile and kind (a job with progress here); its id."""
        if self._profile is None:
            return None
        algorithm = self.algorithm() or ui_service.default_algorithm()
        self._train_job = self._runner.submit_job(
            job_definitions().TrainModelJob(
                self._reader.path,
                self._models_dir,
                self.current_kind(),
                algorithm=algorithm,
                profile=self._profile,
                profile_name=self._profile_name(),
            )
        )
        self.train_message.setText(self.tr("Training {0}…").format(algorithm))
        self.train_progress.setRange(0, 0)
        self.train_row.show()
        self.cancel_train_button.setEnabled(True)
        self._update_enabled()
        return self._train_job

    def cancel_training(self) -> None:
        if self._train_job is not None:
            self._runner.cancel(self._train_job)
            self.cancel_train_button.setEnabled(False)
            self.train_message.setText(self.tr("Cancelling…"))

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
        self._show_why()
        self.status_message.emit(self.tr("“{0}” will not be recommended again").format(item.title))
        self.library_changed.emit()
        return True

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

    def export_to(self, path: Path) -> int | None:
        """Write the shown list, in rank order, to ``path`` (CSV or M3U8 by extension)."""
        rows = self.model.rows_in_rank_order()
        if not rows:
            return None
        self._export_job = self._runner.submit_job(
            job_definitions().ExportItemListJob(
                self._reader.path,
                tuple(r.item_id for r in rows),
                path,
                name=self.tr("Recommended for you"),
                scores=tuple(r.score for r in rows),
            )
        )
        return self._export_job

    def save_state(self) -> None:
        self._state.save_splitter("forYou", self.splitter)
        self._state.save_header(f"forYou/{self.current_kind()}", self.table.horizontalHeader())
        self._state.set_value("forYou/kind", self.current_kind())
        self._state.set_value("forYou/diversity", self.diversity.value())
        if self._algorithms_loaded:
            self._state.set_value("forYou/algorithm", self.algorithm() or "")

    # -- Qt overrides ----------------------------------------------------------------------
    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    # -- job signals -----------------------------------------------------------------------
    def _on_finished(self, job_id: int, result: object) -> None:
        if job_id == self._list_job:
            self._list_job = None
            assert isinstance(result, ForYouResult)
            self._group_result = None
            self._show_result(result)
        elif job_id == self._group_job:
            self._group_job = None
            assert isinstance(result, ui_service.GroupResult)
            self._show_group(result)
        elif job_id == self._shelves_job:
            self._shelves_job = None
            assert isinstance(result, list)
            self._show_shelves(result)
        elif job_id == self._train_job:
            self._train_job = None
            self.train_row.hide()
            self.status_message.emit(self.tr("The new model is ready"))
            self._update_enabled()
            self.refresh()
        elif job_id == self._export_job:
            self._export_job = None
            file = result.get("file") if isinstance(result, dict) else None
            self.status_message.emit(self.tr("Exported the list to {0}").format(file))

    def _on_failed(self, job_id: int, message: str, _trace: str) -> None:
        if job_id == self._shelves_job:
            self._shelves_job = None
            self.shelves.hide()
        if job_id in (self._list_job, self._group_job):
            self._list_job = self._group_job = None
            self.refresh_button.setEnabled(True)
            self._notice(
                self.tr("Could not get recommendations: {0}").format(translate_message(message)),
                "error",
            )
        elif job_id == self._train_job:
            self._train_job = None
            self.train_row.hide()
            self._update_enabled()
        elif job_id == self._export_job:
            self._export_job = None

    def _on_cancelled(self, job_id: int) -> None:
        if job_id == self._shelves_job:
            self._shelves_job = None
        if job_id in (self._list_job, self._group_job):
            self._list_job = self._group_job = None
            self.refresh_button.setEnabled(True)
        elif job_id == self._train_job:
            self._train_job = None
            self.train_row.hide()
            self.status_message.emit(self.tr("Training cancelled; the previous model still serves"))
            self._update_enabled()

    def _on_progress(self, job_id: int, fraction: float, message: str) -> None:
        if job_id == self._train_job:
            self.train_progress.setRange(0, _PROGRESS_STEPS)
            self.train_progress.setValue(round(fraction * _PROGRESS_STEPS))
            if message:
                self.train_message.setText(translate_message(message))

    # -- internals -------------------------------------------------------------------------
    def _show_result(self, result: ForYouResult) -> None:
        self.refresh_button.setEnabled(True)
        if result.profile_id != self._profile or result.kind != self.current_kind():
            return  # an answer to an older question
        self._result = result
        recs = result.recommendations
        if recs is None:
            self.model.set_rows(result.kind, [])
            self._notice(
                self.tr(
                    "No model has been trained for this yet. Press “Train now”; it takes "
                    "a few seconds on a small library."
                ),
                "info",
            )
        else:
            self.model.set_rows(result.kind, self._diversified())
            age = _age(recs.run.finished_at or recs.run.created_at)
            if recs.stale:
                self._notice(
                    self.tr(
                        "New ratings or plays since this model was trained ({0}). "
                        "Train now for fresher picks."
                    ).format(age),
                    "warning",
                )
            elif recs.note:
                note = translate_message(recs.note)
                self._notice(note[:1].upper() + note[1:], "info")
            else:
                self.notice.hide()
            self.status_message.emit(
                self.tr("{0} recommendations from {1} (model {2}, trained {3})").format(
                    self.model.rowCount(), recs.algorithm, recs.run.id, age
                )
            )
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_enabled()

    def _diversified(self) -> list[RecommendedItem]:
        if self._result is None:
            return []
        return ui_service.diversify(self._result, self.diversity.value() / 100, self._removed)

    def _apply_diversity(self, _value: int = 0) -> None:
        """Re-rank the fetched candidates for the slider's setting (no job: a millisecond)."""
        if self._group_result is not None or self._result is None:
            return
        if self._result.recommendations is None:
            return
        current = self.selected_item()
        self.model.set_rows(self._result.kind, self._diversified())
        row = self.model.row_of(current.item_id) if current is not None else None
        if self.model.rowCount():
            self.table.selectRow(row if row is not None else 0)

    def _show_group(self, result: ui_service.GroupResult) -> None:
        self.refresh_button.setEnabled(True)
        if result.kind != self.current_kind():
            return
        self._group_result = result
        self.model.set_rows(result.kind, list(result.rows))
        names = [name for _id, name, _w in (result.rows[0].because if result.rows else ())]
        how = self.tr("average") if result.strategy == "average" else self.tr("least misery")
        text = self.tr("A shared list for {0} ({1}).").format(", ".join(names), how)
        if result.without_model:
            text += " " + self.tr("No model yet for {0}: train for them to include them.").format(
                ", ".join(result.without_model)
            )
        if not result.rows:
            text = self.tr(
                "No shared picks yet: each member needs a trained model (Train now) first."
            )
        self._notice(text, "info")
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_enabled()

    def _show_shelves(self, shelves: list[ui_service.Shelf]) -> None:
        for index, (label, shelf) in enumerate(
            zip(self.shelf_labels, self.shelf_lists, strict=True)
        ):
            shelf.clear()
            if index >= len(shelves):
                label.hide()
                shelf.hide()
                continue
            data = shelves[index]
            label.setText(self.tr("Because you liked “{0}”").format(data.anchor_title))
            shelf.setAccessibleName(label.text())
            for similar in data.items:
                year = f" ({similar.year})" if similar.year else ""
                who = f"\n{similar.artist}" if similar.artist else ""
                entry = QListWidgetItem(f"{similar.title}{year}{who}")
                entry.setData(Qt.ItemDataRole.UserRole, similar.item_id)
                entry.setToolTip(similar.genres)
                shelf.addItem(entry)
            label.show()
            shelf.show()
        self.shelves.setVisible(bool(shelves))

    def _shelf_activated(self, entry: QListWidgetItem) -> None:
        item_id = entry.data(Qt.ItemDataRole.UserRole)
        if isinstance(item_id, int):
            self.show_item_requested.emit(item_id)

    def _fill_group_menu(self) -> None:
        menu = self.group_button.menu()
        menu.clear()
        others = [p for p in ProfileService(self._reader).profiles() if p.id != self._profile]
        title = menu.addAction(self.tr("Recommend together with:"))
        title.setEnabled(False)
        for profile in others:
            action = menu.addAction(profile.name.replace("&", "&&"))
            action.setCheckable(True)
            action.setChecked(profile.id in self._group)
            action.toggled.connect(lambda on, pid=profile.id: self._toggle_member(pid, on))
        menu.addSeparator()
        for key, label in (
            ("average", self.tr("Combine by &average")),
            ("least_misery", self.tr("Combine by &least misery (nobody hates it)")),
        ):
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(self._strategy == key)
            action.triggered.connect(lambda _c=False, k=key: self.set_group(self._group, k))
        if self._group:
            menu.addSeparator()
            menu.addAction(self.tr("Just me again"), lambda: self.set_group([]))

    def _toggle_member(self, profile_id: int, on: bool) -> None:
        members = [p for p in self._group if p != profile_id]
        if on:
            members.append(profile_id)
        self.set_group(members)

    def _fill_playlist_button(self) -> None:
        menu = self.playlist_button.menu()
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

    def _notice(self, text: str, level: str) -> None:
        colours = {
            "info": "background: palette(alternate-base); border: 1px solid palette(mid);",
            "warning": "background: #fff3cd; color: #3d2e00; border: 1px solid #e0c068;",
            "error": "background: #f8d7da; color: #58151c; border: 1px solid #e0a0a6;",
        }
        self.notice.setStyleSheet(f"#forYouNotice {{ {colours[level]} padding: 6px 8px; }}")
        self.notice.setText(text)
        self.notice.setAccessibleName(text)
        self.notice.show()

    def _show_why(self, *_args: object) -> None:
        item = self.selected_item()
        if item is None:
            self.why_title.setText(self.tr("Why this?"))
            self.why_text.setText(self.tr("Select a recommendation to see what it is based on."))
            self.bars.set_contributions([])
            self.bars_caption.hide()
            self.not_interested_button.setEnabled(False)
            return
        who = f" — {item.artist}" if item.artist else ""
        self.why_title.setText(f"{item.title}{who}")
        text = translate_message(item.explanation) or self.tr("Popular with everyone")
        if item.fallback:
            text += "\n" + self.tr("(A popular pick: the model knows too little about this one.)")
        self.why_text.setText(text)
        bars = [(title, weight) for _id, title, weight in item.because]
        if self._group_result is not None:
            self.why_text.setText(self.tr("How much each member of the group would like it:"))
        self.bars.set_contributions(bars)
        self.bars_caption.setVisible(bool(bars))
        self.not_interested_button.setEnabled(True)

    def _after_reset(self) -> None:
        self.table.setItemDelegateForColumn(self.model.rating_column, self._stars)
        self._show_why()

    def _model_cache(self) -> Any:
        """The shared cache of loaded models, made on first use (it imports the engine)."""
        if self._cache is None:
            self._cache = ui_service.new_model_cache()
        return self._cache

    def _profile_name(self) -> str | None:
        if self._profile is None:
            return None
        profile = ProfileService(self._reader).get(self._profile)
        return profile.name if profile is not None else None

    def _update_ratings(self) -> None:
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

    def _update_enabled(self) -> None:
        has_profile = self._profile is not None
        training = self._train_job is not None
        self.train_button.setEnabled(has_profile and not training)
        self.export_button.setEnabled(self.model.rowCount() > 0)
        self.playlist_button.setEnabled(self.model.rowCount() > 0 and has_profile)

    def _on_kind_changed(self, _index: int) -> None:
        self.model.set_rows(self.current_kind(), [])
        self._restore_header()
        self.refresh()

    def _size_columns(self) -> None:
        char = max(1, self.fontMetrics().averageCharWidth())
        widths = {
            "rank": 4,
            "title": 30,
            "artist": 20,
            "year": 6,
            "genres": 18,
            "score": 7,
            "rating": 13,
        }
        for index, column in enumerate(self.model.columns()[:-1]):
            self.table.horizontalHeader().resizeSection(
                index, widths.get(column.field, 12) * char + 16
            )

    def _restore_header(self) -> None:
        if not self._state.restore_header(
            f"forYou/{self.current_kind()}", self.table.horizontalHeader()
        ):
            self._size_columns()

    def _context_menu(self, pos) -> None:  # type: ignore[no-untyped-def]
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
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
        menu.exec(self.table.viewport().mapToGlobal(pos))


def _age(timestamp: float | None) -> str:
    """ "3 min ago", "2 h ago", "5 days ago": a model's age at a glance (translated)."""
    if not timestamp:
        return QCoreApplication.translate("ForYouView", "at an unknown time")
    seconds = max(0.0, time.time() - timestamp)
    if seconds < 90:
        return QCoreApplication.translate("ForYouView", "just now")
    if seconds < 3600:
        return QCoreApplication.translate("ForYouView", "{0:.0f} min ago").format(seconds / 60)
    if seconds < 2 * 86400:
        return QCoreApplication.translate("ForYouView", "{0:.0f} h ago").format(seconds / 3600)
    return QCoreApplication.translate("ForYouView", "{0:.0f} days ago").format(seconds / 86400)
