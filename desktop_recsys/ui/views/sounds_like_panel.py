""" "Sounds like this" in the Library's detail pane: for a track with sonic features, what it
sounds like (tempo, energy, key) and the tracks nearest it by sound, each with why. Hidden for
every other item (a film, an artist, a track not analysed yet)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop_recsys.jobs.base import JobRunnerBase
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.services.sound_space import sound_of, sound_problem
from desktop_recsys.ui.deferred import job_definitions
from desktop_recsys.ui.i18n import translate_message
from desktop_recsys.ui.job_slot import JobSlot

#: How many tracks the panel lists.
SOUNDS_LIKE = 8


class SoundsLikePanel(QWidget):
    """The heading, a line of the track's sound and the list; ``activated`` carries the id of
    a listed track a person double-clicked."""

    activated = Signal(int)

    def __init__(self, reader: LibrarySession, runner: JobRunnerBase, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("soundsLike")
        self._reader = reader
        self._runner = runner
        self._job = JobSlot()
        self.item_id: int | None = None
        heading = QLabel(self.tr("Sounds like this"), self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setContentsMargins(0, 8, 0, 0)
        self.summary = QLabel(self)
        self.summary.setObjectName("soundSummary")
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("soundsLikeList")
        self.list.setAccessibleName(self.tr("Sounds like this"))
        self.list.setMinimumHeight(self.fontMetrics().height() * 7)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.itemActivated.connect(self._activate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self.hide()

    @property
    def job(self) -> Any:
        """The running "sounds like" job, else None."""
        return self._job.handle

    def set_reader(self, reader: LibrarySession) -> None:
        self._reader = reader
        self.show_item(None, None)

    def show_item(self, item_id: int | None, profile_id: int | None, title: str = "") -> None:
        """Show the sound of ``item_id`` and look for tracks like it; hide for an item without
        sonic features."""
        self.item_id = item_id
        self._job.cancel()
        self._job.forget()
        self.list.clear()
        sound = sound_of(self._reader, item_id) if item_id is not None else None
        if sound is None:
            problem = sound_problem(self._reader, item_id) if item_id is not None else None
            if problem is None:
                self.hide()
                return
            # Analysed, but the file could not be: say why, in the person's language.
            self.summary.setText(self.tr("Not analysed: {0}").format(translate_message(problem)))
            self.list.hide()
            self.show()
            return
        self.list.show()
        self.summary.setText(self.describe(sound))
        self.list.addItem(self.tr("Looking for tracks that sound alike…"))
        self.show()
        self._job.submit(
            self._runner,
            job_definitions().SoundsLikeJob(
                Path(self._reader.path),
                item_id,
                SOUNDS_LIKE,
                profile=profile_id,
                item_title=title or None,
            ),
            on_finished=self._show,
            on_failed=lambda message, _tb: self._say(translate_message(message)),
        )

    def describe(self, sound: dict[str, Any]) -> str:
        """ "128 BPM · energy 0.72 · A minor · -9.1 dB" (what was measured)."""
        parts = []
        if sound.get("tempo"):
            parts.append(self.tr("{0:.0f} BPM").format(sound["tempo"]))
        if sound.get("energy") is not None:
            parts.append(self.tr("energy {0:.2f}").format(sound["energy"]))
        if sound.get("key"):
            if sound.get("mode") == "minor":
                parts.append(self.tr("{0} minor").format(sound["key"]))
            elif sound.get("mode") == "major":
                parts.append(self.tr("{0} major").format(sound["key"]))
            else:
                parts.append(self.tr("key of {0}").format(sound["key"]))
        if sound.get("loudness") is not None:
            parts.append(self.tr("{0:.1f} dB").format(sound["loudness"]))
        return " · ".join(parts)

    def _say(self, text: str) -> None:
        self.list.clear()
        self.list.addItem(text)

    def _show(self, found: Any) -> None:
        self.list.clear()
        for alike in found or []:
            who = f" — {alike.artist}" if alike.artist else ""
            why = translate_message(alike.reason)
            entry = QListWidgetItem(f"{alike.title}{who}\n    {why}")
            entry.setData(Qt.ItemDataRole.UserRole, alike.item_id)
            entry.setToolTip(why)
            self.list.addItem(entry)
        if not found:
            self.list.addItem(self.tr("No other analysed track to compare with yet"))

    def _activate(self, entry: QListWidgetItem) -> None:
        item = entry.data(Qt.ItemDataRole.UserRole)
        if item is not None:
            self.activated.emit(int(item))
