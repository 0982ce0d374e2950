"""Daily mixes on the For you screen: a row of cards, one per mix of the profile.

The row reads the stored mixes (a cheap read through the session) whenever the profile or
kind changes or it is shown. The idle-time job
(:class:`~desktop_recsys.jobs.idle_mixes.IdleMixesScheduler`) makes them once a day and after
a retrain; before the first time, "Make my mixes now" runs a
:class:`~desktop_recsys.jobs.definitions.RefreshMixesJob` for this profile. A card opens the
mix in a list window (save as playlist, export).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_recsys.jobs.base import JobRunnerBase
from desktop_recsys.services import mixes_service
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.ui.common import genre_text
from desktop_recsys.ui.deferred import job_definitions
from desktop_recsys.ui.i18n import translate_message
from desktop_recsys.ui.job_slot import JobSlot
from desktop_recsys.ui.radio.list_dialog import ItemListDialog
from desktop_recsys.ui.radio.sound_slider import sound_share_row


def mix_title(mix: mixes_service.Mix) -> str:
    """A mix's name in the interface's language, its genres translated too ("Soul & Funk mix"
    reads "灵魂乐与放克合辑"); artists' names stay as they are."""
    words = [genre_text([w]) for w in mix.words]
    return translate_message(mixes_service.mix_name(words))


class MixCard(QPushButton):
    """One mix: its name, and how many favourites and new picks it holds."""

    def __init__(self, mix: mixes_service.Mix, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mix = mix
        self.setObjectName(f"mixCard{mix.number}")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        name = mix_title(mix)
        details = self.tr("{0} items · {1} favourites · {2} new").format(
            len(mix.item_ids), len(mix.favourites), mix.picks
        )
        # "&" would make a keyboard shortcut of the next letter ("Soul & Funk mix").
        self.setText(f"{name}\n{details}".replace("&", "&&"))
        self.setToolTip(self.tr("Open “{0}”").format(name))
        self.setAccessibleName(name)
        width = max(self.fontMetrics().horizontalAdvance(part) for part in (name, details))
        self.setFixedSize(width + 36, self.fontMetrics().height() * 2 + 28)


class MixCardsRow(QWidget):
    """The row of mix cards (see the module docs)."""

    #: A mix was opened: its list window.
    opened = Signal(object)

    def __init__(
        self,
        reader: Callable[[], LibrarySession],
        runner: JobRunnerBase,
        models_dir: Callable[[], Path | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mixCards")
        #: The window's session (it changes when another library is opened).
        self._session = reader
        self._runner = runner
        self._models_dir = models_dir
        self._profile: int | None = None
        self._kind = "track"
        self._refresh = JobSlot()
        self.cards: list[MixCard] = []
        self.title = QLabel(self.tr("Your daily mixes"), self)
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.note = QLabel(self)
        self.note.setObjectName("mixNote")
        self.note.setWordWrap(True)
        self.make_button = QPushButton(self.tr("Make my mixes now"), self)
        self.make_button.setObjectName("makeMixes")
        self.make_button.setVisible(False)
        self.make_button.clicked.connect(self.make_now)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note, 1)
        # The "sound" share of the mixes (tracks only): a new share makes them again.
        self._sound_timer = QTimer(self)
        self._sound_timer.setSingleShot(True)
        self._sound_timer.setInterval(400)
        self._sound_timer.timeout.connect(self._sound_changed)
        self.sound_slider, self._sound_row = sound_share_row(self, self._sound_timer.start)
        self.sound_slider.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 10)
        note_row.addLayout(self._sound_row)
        note_row.addWidget(self.make_button)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._strip = QWidget(self.scroll)
        self._cards_layout = QHBoxLayout(self._strip)
        self._cards_layout.setContentsMargins(0, 0, 0, 0)
        self._cards_layout.addStretch(1)
        self.scroll.setWidget(self._strip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addLayout(note_row)
        layout.addWidget(self.scroll)
        self.scroll.setFixedHeight(self.fontMetrics().height() * 2 + 34)

    @property
    def refresh_job(self) -> Any:
        return self._refresh.handle

    @property
    def _reader(self) -> LibrarySession:
        return self._session()

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.show_mixes()

    def set_profile(self, profile_id: int | None) -> None:
        self._profile = profile_id
        self.show_mixes()

    def set_kind(self, kind: str) -> None:
        self._kind = kind
        self.show_mixes()

    def show_mixes(self) -> None:
        """Show the stored mixes; ask for them to be made when there are none or they are
        out of date (once per profile and kind in a session)."""
        if self._reader.library.closed:
            return  # a late model's news for a window whose library is gone
        self._clear()
        if self._profile is None:
            self.note.setText(self.tr("Choose a profile to see its daily mixes."))
            self.scroll.setVisible(False)
            return
        found = mixes_service.mixes_for(self._reader, self._profile, self._kind)
        mixes = [m for m in (found.mixes if found else []) if m.item_ids]
        for mix in mixes:
            card = MixCard(mix, self._strip)
            card.clicked.connect(lambda _c=False, m=mix: self.open_mix(m))
            self._cards_layout.insertWidget(self._cards_layout.count() - 1, card)
            self.cards.append(card)
        making = self._refresh.handle is not None and self._refresh.handle.active
        if making:
            self.note.setText(self.tr("Making your daily mixes…"))
        elif found is None:
            self.note.setText(
                self.tr("Your daily mixes are made while the app is idle; or make them now.")
            )
        elif not mixes:
            self.note.setText(
                self.tr(
                    "Your daily mixes appear here once you have rated or played more of "
                    "what you like (4 stars, or twice)."
                )
            )
        elif not any(m.favourites for m in mixes):  # made from the other kind (issue 18)
            self.note.setText(self._borrowed_note().format(len(mixes)))
        else:
            self.note.setText(
                self.tr("{0} mixes of your favourites and new picks, made again every day.").format(
                    len(mixes)
                )
            )
        self.make_button.setVisible(found is None and not making)
        self.scroll.setVisible(bool(mixes))
        self._show_sound(found is not None and self._kind == "track")

    def _borrowed_note(self) -> str:
        """The note for mixes made from the taste of the profile's other kind (no favourite of
        this kind yet): films from its music, music from its films."""
        if self._kind == "film":
            return self.tr(
                "{0} mixes made from the music you listen to, until you have favourite films; "
                "made again every day."
            )
        return self.tr(
            "{0} mixes made from the films you watch, until you have favourites here; made "
            "again every day."
        )

    def _show_sound(self, visible: bool) -> None:
        """The sound slider at the profile's share, shown for made track mixes only."""
        for k in range(self._sound_row.count()):
            widget = self._sound_row.itemAt(k).widget()
            if widget is not None:
                widget.setVisible(visible)
        if visible and self._profile is not None and not self._sound_timer.isActive():
            share = mixes_service.sound_share_for(self._reader, self._profile, self._kind)
            self.sound_slider.blockSignals(True)
            self.sound_slider.setValue(round(share * 100))
            self.sound_slider.blockSignals(False)

    def _sound_changed(self) -> None:
        """Make the mixes again with the slider's "sound" share (kept for the profile)."""
        if self._profile is None:
            return
        self.note.setText(self.tr("Making your daily mixes…"))
        self._make(self.sound_slider.value() / 100.0)

    def make_now(self) -> None:
        """Make the profile's mixes now (otherwise the idle-time job makes them)."""
        if self._profile is None:
            return
        self.make_button.setVisible(False)
        self.note.setText(self.tr("Making your daily mixes…"))
        self._make()

    def _make(self, sound_share: float | None = None) -> None:
        jobs = job_definitions()
        self._refresh.submit(
            self._runner,
            jobs.RefreshMixesJob(
                self._reader.path,
                self._models_dir(),
                (self._profile,) if self._profile is not None else None,
                self._kind,
                sound_share=sound_share,
            ),
            on_finished=lambda _made: self.show_mixes(),
            on_failed=lambda message, _tb: self.note.setText(translate_message(message)),
        )

    def _clear(self) -> None:
        for card in self.cards:
            self._cards_layout.removeWidget(card)
            card.deleteLater()
        self.cards = []

    def open_mix(self, mix: mixes_service.Mix) -> ItemListDialog:
        """The mix's list window (save as playlist, export)."""
        dialog = ItemListDialog(self._reader, self._runner, self._profile, self.window())
        dialog.setObjectName("mixDialog")
        name = mix_title(mix)
        dialog.setWindowTitle(name)
        dialog.heading.setText(name)
        dialog.show_items(mix.item_ids)
        if mix.favourites:
            status = self.tr("{0} of your favourites and {1} new picks like them.").format(
                len(mix.favourites), mix.picks
            )
        elif self._kind == "film":  # made from the other kind (issue 18)
            status = self.tr("{0} picks from the music you listen to.").format(mix.picks)
        else:
            status = self.tr("{0} picks from the films you watch.").format(mix.picks)
        dialog.status.setText(status)
        dialog.show()
        self.opened.emit(dialog)
        return dialog
