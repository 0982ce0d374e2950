"""The Playlists screen: every playlist of the current profile (and the shared ones) with its
entries; rename, duplicate, delete with undo, reorder by drag, remove entries, export, open the
files in the system player; smart playlists made and edited with the rule builder.

Plain edits are short writes on the window's library session (``PlaylistActions``); smart
playlists are computed by jobs: when the screen is shown after the library changed, every
smart playlist of the profile is refreshed, then the list is read again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_recsys.config.cjk_spacing import format_spaced
from desktop_recsys.errors import UserError
from desktop_recsys.jobs.base import JobRunnerBase
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.services.playlist_service import PlaylistActions, PlaylistSummary
from desktop_recsys.ui.deferred import job_definitions
from desktop_recsys.ui.i18n import error_text, translate_message
from desktop_recsys.ui.job_slot import JobSlot
from desktop_recsys.ui.views.playlists.entries_model import EntriesModel, total_text
from desktop_recsys.ui.views.playlists.rule_builder import (
    PRESET_KEYS,
    RuleBuilderDialog,
    playlist_jobs,
)
from desktop_recsys.ui.widgets.undo_button import UndoButton


class PlaylistsView(QWidget):
    """Playlists of the current profile and their entries."""

    status_message = Signal(str)
    # "Start radio" on a playlist: the radio service's seed and its title in the window.
    radio_requested = Signal(str, str)

    def __init__(
        self,
        reader: LibrarySession,
        runner: JobRunnerBase,
        models_dir: Path | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("playlistsView")
        self._reader = reader
        self._runner = runner
        self._models = models_dir
        self.actions = PlaylistActions(reader)
        self._profile: int | None = None
        self._dirty = True
        self._refresh = JobSlot()
        self._export = JobSlot()
        self._notes: dict[int, str] = {}
        self.dialog: RuleBuilderDialog | None = None

        self.lists = QListWidget(self)
        self.lists.setObjectName("playlistList")
        self.lists.setAccessibleName(self.tr("Playlists"))
        self.lists.currentRowChanged.connect(self._show_current)
        self.new_button = QPushButton(self.tr("New smart playlist…"), self)
        self.new_button.setObjectName("newSmartPlaylist")
        self.new_button.clicked.connect(lambda: self.new_smart())
        self.preset_button = QToolButton(self)
        self.preset_button.setObjectName("presetButton")
        self.preset_button.setText(self.tr("Presets"))
        self.preset_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        presets = QMenu(self.preset_button)
        for key, label in zip(
            PRESET_KEYS,
            (
                self.tr("Rediscovery"),
                self.tr("Fresh for you"),
                self.tr("Top rated by me"),
                self.tr("Recently added"),
            ),
            strict=True,
        ):
            presets.addAction(label, lambda k=key: self.new_smart(preset=k))
        self.preset_button.setMenu(presets)
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(self.new_button, 1)
        left_buttons.addWidget(self.preset_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 0, 8)
        left_layout.addWidget(self.lists, 1)
        left_layout.addLayout(left_buttons)

        self.title = QLabel(self)
        self.title.setObjectName("playlistTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.detail = QLabel(self)
        self.detail.setObjectName("playlistDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        # A tool bar, not a row of buttons: in a narrow window its last actions move into the
        # bar's overflow menu instead of widening the window.
        self.bar = QToolBar(self)
        self.bar.setObjectName("playlistActions")
        self.bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.buttons: dict[str, QAction] = {}
        self._player: Any = None
        for key, label, slot in (
            ("play", self.tr("Play"), self.play),
            ("radio", self.tr("Start radio"), self.start_radio),
            ("edit", self.tr("Edit rules…"), self.edit_rules),
            ("rename", self.tr("Rename…"), self.rename),
            ("duplicate", self.tr("Duplicate"), self.duplicate),
            ("delete", self.tr("Delete"), self.delete),
            ("export", self.tr("Export…"), self.export),
            ("open", self.tr("Open in player"), self.open_in_player),
            ("remove", self.tr("Remove from playlist"), self.remove_selected),
        ):
            action = self.bar.addAction(label)
            action.setObjectName(f"playlist_{key}")
            action.triggered.connect(lambda _c=False, s=slot: s())
            self.buttons[key] = action
        self.undo_button = UndoButton(self)
        bar = QHBoxLayout()
        bar.addWidget(self.bar, 1)
        bar.addWidget(self.undo_button)

        self.model = EntriesModel(self)
        self.model.order_changed.connect(self._reordered)
        self.table = QTableView(self)
        self.table.setObjectName("playlistEntries")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column, width in ((0, 40), (2, 170), (3, 150), (4, 64)):
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.doubleClicked.connect(lambda index: self.play(index.row()))
        remove = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        remove.activated.connect(self.remove_selected)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 8, 8, 8)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.detail)
        right_layout.addLayout(bar)
        right_layout.addWidget(self.table, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 800])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._update_buttons()

    # -- the window's calls ------------------------------------------------------------------
    def set_reader(self, reader: LibrarySession, models_dir: Path | None = None) -> None:
        self._reader = reader
        self.actions = PlaylistActions(reader)
        if models_dir is not None:
            self._models = models_dir
        self.mark_dirty()

    def set_player(self, player: Any) -> None:
        """The window's player (``ui.playback``): Play queues the playlist's tracks in the app."""
        self._player = player
        self._update_buttons()

    def set_profile(self, profile_id: int | None) -> None:
        self._profile = profile_id
        self.mark_dirty()

    def mark_dirty(self) -> None:
        """The library changed: smart playlists are computed again when the screen shows."""
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        # Playlists made from a context menu meanwhile are read at once (a cheap read).
        self.reload()
        if self._dirty:
            self.refresh()

    def refresh(self) -> None:
        """Compute every smart playlist of the profile again, then show the lists."""
        self._dirty = False
        if self._profile is None:
            self.reload()
            return
        self._refresh.submit(
            self._runner,
            playlist_jobs().RefreshSmartPlaylistsJob(
                self._reader.path, self._models, self._profile
            ),
            on_finished=self._refreshed,
            on_failed=lambda message, _t="": self.status_message.emit(translate_message(message)),
        )

    def _refreshed(self, results: dict) -> None:
        self._notes = {pid: translate_message(r.note) for pid, r in results.items() if r.note}
        self.reload()

    # -- reading -----------------------------------------------------------------------------
    def current(self) -> PlaylistSummary | None:
        item = self.lists.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def reload(self, select: int | None = None) -> None:
        """Read the playlists again, keeping (or choosing) the selected one."""
        shown = self.current()
        keep = select if select is not None else (shown.playlist.id if shown else None)
        try:
            summaries = self.actions.playlists(self._profile)
        except UserError as exc:
            self.status_message.emit(error_text(exc))
            summaries = []
        self.lists.blockSignals(True)
        self.lists.clear()
        row = 0
        for n, summary in enumerate(summaries):
            mark = "✦ " if summary.smart else ""
            item = QListWidgetItem(f"{mark}{summary.playlist.name}  ({summary.size})")
            item.setData(Qt.ItemDataRole.UserRole, summary)
            item.setToolTip(self.tr("Smart playlist") if summary.smart else self.tr("Playlist"))
            self.lists.addItem(item)
            if summary.playlist.id == keep:
                row = n
        self.lists.blockSignals(False)
        if summaries:
            self.lists.setCurrentRow(row)
        self._show_current()

    def _show_current(self, *_args: object) -> None:
        summary = self.current()
        if summary is None:
            self.title.setText(self.tr("No playlists yet"))
            self.detail.setText(
                self.tr(
                    "Add items from the Library's or For you's context menu, or make a smart "
                    "playlist from rules."
                )
            )
            self.model.set_entries([], movable=False)
            self._update_buttons()
            return
        playlist = summary.playlist
        try:
            entries = self.actions.entries(playlist.id, self._profile)  # its limits
        except UserError as exc:
            self.status_message.emit(error_text(exc))
            entries = []
        hidden = max(0, summary.size - len(entries))
        # With hidden entries the order is not the whole playlist's: no dragging.
        self.model.set_entries(entries, movable=not summary.smart and not hidden)
        self.title.setText(playlist.name)
        seconds = sum(e.duration or 0 for e in entries)
        text = self.tr("{0} items, {1}").format(len(entries), total_text(seconds))
        # No entry with an album (films): no empty Album column.
        self.table.setColumnHidden(3, not any(e.album for e in entries))
        if summary.smart:
            text += " · " + self.tr("smart playlist, refreshed when the library changes")
            if playlist.id in self._notes:
                text += "\n" + self._notes[playlist.id]
        elif playlist.profile_id is None:
            text += " · " + self.tr("shared by every profile")
        if hidden:
            text += " · " + self.tr("{0} hidden by this profile's limits").format(hidden)
        self.detail.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        summary = self.current()
        have = summary is not None
        smart = have and summary.smart
        for key in ("rename", "duplicate", "delete", "export", "open"):
            self.buttons[key].setEnabled(have)
        self.buttons["open"].setEnabled(have and self.model.rowCount() > 0)
        self.buttons["play"].setVisible(self._player is not None)
        self.buttons["play"].setEnabled(have and self.model.rowCount() > 0)
        self.buttons["radio"].setEnabled(have and self.model.rowCount() > 0)
        self.buttons["edit"].setVisible(bool(smart))
        self.buttons["remove"].setVisible(have and not smart)
        self.new_button.setEnabled(self._profile is not None)
        self.preset_button.setEnabled(self._profile is not None)

    # -- edits -------------------------------------------------------------------------------
    def _try(self, action, *args):  # type: ignore[no-untyped-def]
        try:
            return action(*args)
        except UserError as exc:
            self.status_message.emit(error_text(exc))
            return None

    def rename(self, name: str | None = None) -> None:
        summary = self.current()
        if summary is None:
            return
        if name is None:
            name, ok = QInputDialog.getText(
                self, self.tr("Rename playlist"), self.tr("New name:"), text=summary.playlist.name
            )
            if not ok:
                return
        done = self._try(self.actions.rename, summary.playlist.id, name)
        if done is not None:
            self.reload(done.id)

    def duplicate(self) -> None:
        summary = self.current()
        if summary is None:
            return
        done = self._try(self.actions.duplicate, summary.playlist.id, self.tr("copy"))
        if done is not None:
            self.status_message.emit(format_spaced(self.tr("Made “{0}”"), done.name))
            self.reload(done.id)

    def delete(self) -> None:
        summary = self.current()
        if summary is None:
            return
        gone = self._try(self.actions.delete, summary.playlist.id)
        if gone is None:
            return
        what = format_spaced(self.tr("Deleted “{0}”"), gone.name)
        self.status_message.emit(what)
        self.undo_button.offer(lambda: self._undo_delete(gone), what)
        self.reload()

    def _undo_delete(self, gone) -> None:  # type: ignore[no-untyped-def]
        back = self._try(self.actions.restore, gone)
        if back is not None:
            self.status_message.emit(format_spaced(self.tr("“{0}” is back"), back.name))
            self.reload(back.id)

    def _reordered(self, item_ids: list[int]) -> None:
        summary = self.current()
        if summary is None:
            return
        if self._try(self.actions.reorder, summary.playlist.id, item_ids) is None:
            pass
        self._show_current()

    def remove_selected(self) -> None:
        summary = self.current()
        if summary is None or summary.smart:
            return
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows:
            return
        # Rows are not the playlist's places when limits hide entries: map them through it.
        shown = self.model.entries()
        every = [e.position for e in self._try(self.actions.entries, summary.playlist.id) or []]
        positions = [every.index(shown[r].position) for r in rows if shown[r].position in every]
        if self._try(self.actions.remove_positions, summary.playlist.id, positions) is not None:
            self.status_message.emit(format_spaced(self.tr("Removed {0} item(s)"), len(rows)))
            self.reload(summary.playlist.id)

    def selected_item_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        ids = self.model.item_ids()
        return [ids[r] for r in rows] if rows else ids

    def files_to_open(self) -> list[Path]:
        """The selected entries' files that exist (every entry's when none is selected)."""
        paths = {e.item_id: e.path for e in self.model.entries()}
        out = []
        for item in self.selected_item_ids():
            path = paths.get(item)
            if path and Path(path).is_file():
                out.append(Path(path))
        return out

    def play(self, start: int | None = None) -> int:
        """Play the playlist in the app from ``start`` (the selected row, else the first);
        without the app's player (or for films) the files open in the system's player."""
        summary = self.current()
        if summary is None or not self.model.rowCount():
            return 0
        if self._player is None or all(e.kind != "track" for e in self.model.entries()):
            return self.open_in_player()
        if start is None:
            rows = [i.row() for i in self.table.selectionModel().selectedRows()]
            start = min(rows) if rows else 0
        label = self.tr("Playlist: {0}").format(summary.playlist.name)
        return int(self._player.play(self.model.item_ids(), start, source=label))

    def open_in_player(self) -> int:
        """Open the files in the system's player; says how many had no file."""
        wanted = self.selected_item_ids()
        files = self.files_to_open()
        for path in files[:50]:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        missing = len(wanted) - len(files)
        if not files:
            self.status_message.emit(self.tr("None of these items has a file on this computer"))
        elif missing:
            self.status_message.emit(
                format_spaced(
                    self.tr("Opened {0} file(s); {1} item(s) have no file here"),
                    min(len(files), 50),
                    missing,
                )
            )
        else:
            self.status_message.emit(
                format_spaced(self.tr("Opened {0} file(s)"), min(len(files), 50))
            )
        return min(len(files), 50)

    def start_radio(self) -> None:
        """Ask for a radio seeded with the selected playlist (the window opens it)."""
        summary = self.current()
        if summary is not None:
            name = summary.playlist.name
            self.radio_requested.emit(f"playlist:{name}", name)

    def export(self, path: str | None = None) -> None:
        summary = self.current()
        if summary is None:
            return
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Export playlist"),
                f"{summary.playlist.name}.m3u8",
                self.tr("M3U8 playlist (*.m3u8);;CSV (*.csv)"),
            )
            if not path:
                return
        options = (("name", summary.playlist.name), ("profile", summary.playlist.profile_id))
        self._export.submit(
            self._runner,
            job_definitions().ExportJob(self._reader.path, "playlist", Path(path), options=options),
            on_finished=lambda r: self.status_message.emit(
                format_spaced(
                    self.tr("Exported {0} items to {1}"), r.get("entries", 0), Path(path).name
                )
            ),
            on_failed=lambda message, _t="": self.status_message.emit(translate_message(message)),
        )

    # -- smart playlists ---------------------------------------------------------------------
    def new_smart(self, preset: str | None = None) -> RuleBuilderDialog | None:
        if self._profile is None:
            return None
        dialog = RuleBuilderDialog(
            self._reader.path, self._models, self._runner, self._profile, self
        )
        if preset is not None:
            dialog.preset.setCurrentIndex(dialog.preset.findData(preset))
            dialog._apply_preset()
        return self._open(dialog)

    def edit_rules(self) -> RuleBuilderDialog | None:
        summary = self.current()
        if summary is None or not summary.smart or self._profile is None:
            return None
        dialog = RuleBuilderDialog(
            self._reader.path,
            self._models,
            self._runner,
            self._profile,
            self,
            playlist_id=summary.playlist.id,
            name=summary.playlist.name,
            rules=summary.playlist.rules,
        )
        return self._open(dialog)

    def _open(self, dialog: RuleBuilderDialog) -> RuleBuilderDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._smart_saved)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _smart_saved(self, result) -> None:  # type: ignore[no-untyped-def]
        if result.note:
            self._notes[result.playlist.id] = translate_message(result.note)
        self.status_message.emit(
            format_spaced(
                self.tr("Saved “{0}”: {1} items"), result.playlist.name, len(result.item_ids)
            )
        )
        self.reload(result.playlist.id)

    def index_of(self, name: str) -> QModelIndex | None:
        for row in range(self.lists.count()):
            if self.lists.item(row).data(Qt.ItemDataRole.UserRole).playlist.name == name:
                return self.lists.model().index(row, 0)
        return None
