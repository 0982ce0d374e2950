"""The windows that show a radio or a daily mix: a list of items, saved as a playlist or
exported as M3U8.

- :class:`ItemListDialog`: the list, "Save as playlist" and "Export…" (shared).
- :class:`RadioDialog`: a radio from a seed: the "more like the seed / more like me" slider
  (a new :class:`~desktop_recsys.jobs.definitions.StartRadioJob` when it settles) and "More"
  (the next items, asked of the radio on the GUI thread: pure Python, no I/O).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSlider,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_recsys.config.cjk_spacing import format_spaced
from desktop_recsys.errors import UserError
from desktop_recsys.jobs.base import JobRunnerBase
from desktop_recsys.services.item_actions import ItemActions
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.services.mixes_service import ListRow, list_rows
from desktop_recsys.ui.common import algorithm_text
from desktop_recsys.ui.deferred import job_definitions
from desktop_recsys.ui.i18n import translate_message
from desktop_recsys.ui.job_slot import JobSlot
from desktop_recsys.ui.radio.sound_slider import sound_share_row

#: How many items a radio shows first, and how many "More" adds.
FIRST = 50
MORE = 25


class ItemListDialog(QDialog):
    """A titled list of items with "Save as playlist…" and "Export…"."""

    def __init__(
        self,
        reader: LibrarySession,
        runner: JobRunnerBase,
        profile_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("itemListDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._reader = reader
        self._runner = runner
        self._profile = profile_id
        self._export = JobSlot()
        self.item_ids: list[int] = []
        self.heading = QLabel(self)
        self.heading.setObjectName("listHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("listStatus")
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("listTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("#"), self.tr("Title"), self.tr("Artist"), self.tr("Album")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.save_button = QPushButton(self.tr("Save as playlist…"), self)
        self.save_button.setObjectName("saveAsPlaylist")
        self.save_button.clicked.connect(self.save_as_playlist)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setObjectName("exportList")
        self.export_button.clicked.connect(self.choose_export)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.close)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.save_button)
        self.buttons.addWidget(self.export_button)
        self.buttons.addWidget(self.close_button)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.heading)
        self.body.addWidget(self.status)
        self.body.addWidget(self.table, 1)
        self.body.addLayout(self.buttons)
        self.resize(720, 560)
        self._update_buttons()

    # -- the list ---------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[ListRow], *, append: bool = False) -> None:
        """Show ``rows`` (after what is shown, with ``append``)."""
        if not append:
            self.table.setRowCount(0)
            self.item_ids = []
        films = bool(rows) and all(row.kind == "film" for row in rows)
        if films:
            self.table.setHorizontalHeaderLabels(
                [self.tr("#"), self.tr("Title"), self.tr("Director"), self.tr("Year")]
            )
        for row in rows:
            at = self.table.rowCount()
            self.table.insertRow(at)
            last = str(row.year or "") if films else row.album or ""
            cells = (str(at + 1), row.title, row.artist or "", last)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, row.item_id)
                if column == 0:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(at, column, cell)
            self.item_ids.append(row.item_id)
        self._update_buttons()

    def show_items(self, item_ids: Sequence[int], *, append: bool = False) -> None:
        self.set_rows(list_rows(self._reader, item_ids), append=append)

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(bool(self.item_ids))
        exporting = self._export.handle is not None and self._export.handle.active
        self.export_button.setEnabled(bool(self.item_ids) and not exporting)

    def list_name(self) -> str:
        """The name a saved or exported list gets (the heading)."""
        return self.heading.text()

    # -- saving -----------------------------------------------------------------------------
    def save_as_playlist(self, name: str | None = None) -> None:
        """Store the list as a playlist of the profile (asks for a name unless given)."""
        if name is None:
            name, ok = QInputDialog.getText(
                self, self.tr("Save as playlist"), self.tr("Playlist name:"), text=self.list_name()
            )
            if not ok:
                return
        name = " ".join(str(name).split())
        if not name:
            self.status.setText(self.tr("A playlist needs a name."))
            return
        try:
            playlist = ItemActions(self._reader).add_to_playlist(
                self._profile, list(self.item_ids), new_name=name
            )
        except UserError as exc:
            self.status.setText(translate_message(exc.message))
            return
        self.status.setText(
            format_spaced(
                self.tr("Saved {0} items as the playlist “{1}”."), len(self.item_ids), playlist.name
            )
        )

    def choose_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the list"),
            f"{self.list_name()}.m3u8",
            self.tr("Playlist (*.m3u8);;CSV (*.csv)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, out: Path) -> None:
        """Write the list as M3U8 or CSV (from the name) in a job."""
        jobs = job_definitions()
        self._export.submit(
            self._runner,
            jobs.ExportItemListJob(
                self._reader.path, tuple(self.item_ids), out, name=self.list_name()
            ),
            on_finished=lambda result: self.status.setText(
                format_spaced(self.tr("Exported {0} items to {1}."), result["entries"], out.name)
            ),
            on_failed=lambda message, _tb: self.status.setText(translate_message(message)),
            on_ended=lambda _state: self._update_buttons(),
        )
        self._update_buttons()


class RadioDialog(ItemListDialog):
    """A radio from a seed (see the module docs)."""

    def __init__(
        self,
        reader: LibrarySession,
        runner: JobRunnerBase,
        profile_id: int | None,
        models_dir: Path | None,
        seed: str,
        seed_title: str,
        caches: tuple[Any, Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(reader, runner, profile_id, parent)
        self.setObjectName("radioDialog")
        self._models_dir = models_dir
        #: What the radio starts from, as the radio service reads it ("item:42",
        #: "playlist:Evening", "album:Red", "artist:Nina Simone").
        self._seed = seed
        self._seed_title = seed_title
        self._caches = caches
        self._start = JobSlot()
        self.radio: Any = None
        self.setWindowTitle(self.tr("Radio"))
        self.heading.setText(self.tr("Radio: {0}").format(seed_title))
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("radioBalance")
        self.slider.setRange(0, 100)
        self.slider.setValue(50)
        self.slider.setAccessibleName(self.tr("More like the seed or more like me"))
        self.slider.setEnabled(profile_id is not None)
        self.slider.valueChanged.connect(lambda _v: self._restart.start())
        self._restart = QTimer(self)
        self._restart.setSingleShot(True)
        self._restart.setInterval(300)
        self._restart.timeout.connect(self.start)
        self.seed_label = QLabel(self.tr("More like the seed"), self)
        self.me_label = QLabel(self.tr("More like me"), self)
        slider_row = QHBoxLayout()
        slider_row.addWidget(self.seed_label)
        slider_row.addWidget(self.slider, 1)
        slider_row.addWidget(self.me_label)
        self.body.insertLayout(1, slider_row)
        self.sound_slider, sound_row = sound_share_row(
            self, self._restart.start, align_with=(self.seed_label, self.me_label)
        )
        self.body.insertLayout(2, sound_row)
        self.more_button = QPushButton(self.tr("More"), self)
        self.more_button.setObjectName("radioMore")
        self.more_button.clicked.connect(self.more)
        self.buttons.insertWidget(1, self.more_button)
        self.more_button.setEnabled(False)
        self.start()

    @property
    def start_job(self) -> Any:
        return self._start.handle

    def balance(self) -> float:
        return self.slider.value() / 100.0

    def start(self) -> None:
        """(Re)start the radio at the slider's setting."""
        jobs = job_definitions()
        self.more_button.setEnabled(False)
        self.status.setText(self.tr("Tuning in…"))
        self._start.submit(
            self._runner,
            jobs.StartRadioJob(
                self._reader.path,
                self._models_dir,
                self._seed,
                profile=self._profile,
                balance=self.balance(),
                sound_share=self.sound_slider.value() / 100.0,
                seed_title=self._seed_title,
                cache=self._caches[0],
                neighbours=self._caches[1],
            ),
            on_finished=self._started,
            on_failed=lambda message, _tb: self.status.setText(translate_message(message)),
        )

    def _started(self, radio: Any) -> None:
        self.radio = radio
        # Only tracks have a sound: a film or artist radio keeps the slider at rest.
        self.sound_slider.setEnabled(radio.seed.kind == "track")
        self._show(radio.next_items(FIRST), append=False)

    def more(self) -> None:
        """The next items of the radio, after those shown."""
        if self.radio is not None:
            self._show(self.radio.next_items(MORE), append=True)

    def _show(self, items: Sequence[Any], *, append: bool) -> None:
        self.show_items([r.item_id for r in items], append=append)
        self.more_button.setEnabled(self.radio is not None and not self.radio.ended)
        if self.radio is not None and self.radio.model:
            taste = format_spaced(
                self.tr("your taste from the {0} model"), algorithm_text(self.radio.model)
            )
        elif self._profile is not None:
            taste = self.tr("your favourites (no model trained yet)")
        else:
            taste = self.tr("no profile's taste")
        text = format_spaced(
            self.tr("{0} items like “{1}”, with {2}."), len(self.item_ids), self._seed_title, taste
        )
        if self.sound_slider.value() and self.sound_slider.isEnabled():
            # One sentence after another: Chinese puts no space after "。".
            text = format_spaced(
                self.tr("{0} Sound share: {1} %."), text, self.sound_slider.value()
            )
        if self.radio is not None and self.radio.ended:
            ended = self.tr("Nothing more can follow without repeating an artist too soon.")
            text = format_spaced("{0} {1}", text, ended)  # no space after "。"
        self.status.setText(text)


def open_radio(
    parent: QWidget,
    reader: LibrarySession,
    runner: JobRunnerBase,
    profile_id: int | None,
    models_dir: Path | None,
    seed_id: int,
    caches: tuple[Any, Any],
) -> RadioDialog:
    """Open a radio window for ``seed_id`` and start it."""
    details = reader.item_details(seed_id)
    title = details["item"].title if details else str(seed_id)
    dialog = RadioDialog(
        reader, runner, profile_id, models_dir, f"item:{seed_id}", title, caches, parent
    )
    dialog.show()
    return dialog


#: ``open(item_id)``: what "Start radio" calls.
StartRadio = Callable[[int], Any]
