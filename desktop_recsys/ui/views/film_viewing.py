"""Watching films (issue 17): "Play" opens a film in the system's player; when the person
comes back to the app, a quiet bar asks "Did you finish it?" (Watched / Stopped at … /
Not now) and records a view through :mod:`~desktop_recsys.services.listening` (incognito and
"once" included). "Mark as watched" records a whole view straight away.

:class:`FilmViewing` is the part a list of items uses: :meth:`FilmViewing.add_entries` puts
"Play" and "Mark as watched" into an item menu, :meth:`FilmViewing.play` opens a file; the bar
(:class:`FinishedPrompt`) is a widget the owner places where it wants it.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote_from_bytes

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QSpinBox, QWidget

from desktop_recsys.config.cjk_spacing import format_spaced
from desktop_recsys.errors import UserError
from desktop_recsys.services.item_actions import ItemActions
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.services.listening import Listening, PlayOutcome, classify
from desktop_recsys.ui.i18n import error_text

#: Back sooner than this after opening a film: too early to ask (a glance at the app).
ASK_AFTER_SECONDS = 60.0


def file_url(path: Path) -> QUrl:
    """A file:// URL of ``path``; a name that is no valid text keeps its bytes (percent-encoded)
    instead of losing them to a replacement character."""
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return QUrl.fromEncoded(b"file://" + quote_from_bytes(os.fsencode(text), safe="/").encode())
    return QUrl.fromLocalFile(text)


@dataclass(frozen=True)
class Viewing:
    """A film opened in the system player and not yet answered for."""

    profile_id: int
    item_id: int
    title: str
    duration: float | None
    started_at: float


class FinishedPrompt(QFrame):
    """The quiet bar: "Did you finish “Title”?" [Watched] [Stopped at … min] [Not now]."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("finishedPrompt")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.question = QLabel(self)
        self.watched_button = QPushButton(self.tr("&Watched"), self)
        self.watched_button.setObjectName("filmWatched")
        self.stopped_button = QPushButton(self.tr("&Stopped at…"), self)
        self.stopped_button.setObjectName("filmStopped")
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("filmStoppedMinutes")
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes watched"))
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("filmStoppedSave")
        self.later_button = QPushButton(self.tr("Not now"), self)
        self.later_button.setObjectName("filmNotNow")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(self.question, 1)
        for widget in (
            self.watched_button,
            self.stopped_button,
            self.minutes,
            self.save_button,
            self.later_button,
        ):
            layout.addWidget(widget)
        self.stopped_button.clicked.connect(self._ask_minutes)
        self.hide()

    def ask(self, viewing: Viewing) -> None:
        self.question.setText(self.tr("Did you finish “{0}”?").format(viewing.title))
        self.minutes.setMaximum(int((viewing.duration or 24 * 3600) // 60))
        self.minutes.setValue(0)
        self.minutes.hide()
        self.save_button.hide()
        self.stopped_button.show()
        self.show()

    def _ask_minutes(self) -> None:
        self.stopped_button.hide()
        self.minutes.show()
        self.save_button.show()
        self.minutes.setFocus()


class FilmViewing(QObject):
    """Opens films in the system's player and asks afterwards how far they were watched."""

    #: A one-line message for the status bar.
    status_message = Signal(str)
    #: A view was recorded (other screens re-read).
    recorded = Signal()

    def __init__(
        self,
        session: Callable[[], LibrarySession],
        profile: Callable[[], int | None],
        prompt: FinishedPrompt,
        parent: QObject | None = None,
        *,
        open_url: Callable[[QUrl], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._profile = profile
        self._open_url = open_url or (lambda url: QDesktopServices.openUrl(url))
        self.prompt = prompt
        self.pending: Viewing | None = None
        self._left = False
        prompt.watched_button.clicked.connect(self.watched)
        prompt.save_button.clicked.connect(lambda: self.stopped_at(prompt.minutes.value()))
        prompt.later_button.clicked.connect(self.not_now)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_state)

    # -- menus -----------------------------------------------------------------------------
    def add_entries(self, menu: QMenu, item_id: int | None) -> list[QAction]:
        """ "Play" and "Mark as watched" for a film at the top of ``menu``; nothing for other
        kinds. "Play" is enabled when the film's file is on this computer."""
        item = self._session().item(item_id) if item_id is not None else None
        if item is None or item.kind != "film":
            return []
        first = menu.actions()[0] if menu.actions() else None
        play = QAction(self.tr("&Play"), menu)
        play.setObjectName("playFilm")
        play.setEnabled(ItemActions(self._session()).existing_file(item.id) is not None)
        play.triggered.connect(lambda: self.play(item.id))
        watched = QAction(self.tr("Mark as &watched"), menu)
        watched.setObjectName("markWatched")
        watched.setEnabled(self._profile() is not None)
        watched.triggered.connect(lambda: self.mark_watched(item.id))
        for action in (play, watched):
            menu.insertAction(first, action)
        menu.insertSeparator(first)
        return [play, watched]

    # -- actions ---------------------------------------------------------------------------
    def play(self, item_id: int) -> bool:
        """Open the item's file in the system's player; for a film, remember to ask how far it
        was watched. False without a file (or when the system could not open it)."""
        session = self._session()
        path = ItemActions(session).existing_file(item_id)
        item = session.item(item_id)
        if path is None or item is None:
            self.status_message.emit(self.tr("This item has no file on this computer"))
            return False
        if not self._open_url(file_url(path)):
            self.status_message.emit(
                format_spaced(self.tr("The system could not open {0}"), str(path))
            )
            return False
        profile = self._profile()
        if item.kind == "film" and profile is not None:
            self.pending = Viewing(profile, item.id, item.title, item.duration, time.time())
            self._left = False
        return True

    def came_back(self) -> bool:
        """The person is back in the app: ask about the film opened last, if any (and if it
        has been open long enough to have been watched). True when the bar is shown."""
        if self.pending is None or self.prompt.isVisible():
            return False
        if time.time() - self.pending.started_at < ASK_AFTER_SECONDS:
            return False
        self.prompt.ask(self.pending)
        return True

    def watched(self) -> PlayOutcome | None:
        return self._answer(share=1.0, skipped=False)

    def stopped_at(self, minutes: int) -> PlayOutcome | None:
        """Watched ``minutes`` of the film and stopped: a view with that share (a skip when it
        was under the same threshold as a track's)."""
        if self.pending is None:
            return None
        share, skipped = classify(minutes * 60.0, self.pending.duration, ended=False)
        if self.pending.duration is None:
            share = 0.5  # how much of an unknown length: say "part of it"
        return self._answer(share=share, skipped=skipped)

    def not_now(self) -> None:
        """No answer: nothing is recorded and nobody is asked again about this viewing."""
        self.pending = None
        self.prompt.hide()

    def mark_watched(self, item_id: int) -> PlayOutcome | None:
        """Record a whole view of ``item_id`` now (the context menu's "Mark as watched")."""
        profile = self._profile()
        if profile is None:
            self.status_message.emit(self.tr("Choose a profile first"))
            return None
        return self._record(profile, item_id, 1.0, False, time.time())

    # -- internals -------------------------------------------------------------------------
    def _answer(self, *, share: float, skipped: bool) -> PlayOutcome | None:
        viewing, self.pending = self.pending, None
        self.prompt.hide()
        if viewing is None:
            return None
        return self._record(viewing.profile_id, viewing.item_id, share, skipped, viewing.started_at)

    def _record(
        self, profile: int, item_id: int, share: float, skipped: bool, at: float
    ) -> PlayOutcome | None:
        try:
            out = Listening(self._session()).record(
                profile, item_id, share=share, skipped=skipped, at=at
            )
        except UserError as exc:
            self.status_message.emit(error_text(exc))
            return None
        if out.reason == "incognito":
            self.status_message.emit(self.tr("Incognito: the view was not recorded"))
        elif out.recorded:
            self.status_message.emit(self.tr("View recorded"))
            self.recorded.emit()
        return out

    def _on_state(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self._left = self.pending is not None
        elif self._left:
            self._left = False
            self.came_back()
