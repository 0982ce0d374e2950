"""The sound: Qt Multimedia's QMediaPlayer (FFmpeg backend) behind a small interface.

Qt Multimedia is loaded on the first play, not at start-up (it loads FFmpeg and the audio
system's client library), and a machine without it (no PySide6-Addons, no libpulse0) gets a
player that says why it cannot play instead of a window that does not open.
"""

from __future__ import annotations

import logging
from enum import Enum
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Q_ARG, QEventLoop, QMetaObject, QObject, Qt, QUrl, Signal

log = logging.getLogger(__name__)


class State(Enum):
    STOPPED = "stopped"
    PLAYING = "playing"
    PAUSED = "paused"


class AudioEngine(QObject):
    """One file at a time: load, play, pause, seek, volume. Times in seconds."""

    position_changed = Signal(float)
    duration_changed = Signal(float)
    state_changed = Signal(object)  # State
    #: The file played to its end by itself.
    ended = Signal()
    #: The file cannot be played (the backend's message).
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._player: Any = None
        self._output: Any = None
        self._problem: str | None = None
        self._volume = 0.8
        self._muted = False
        self._state = State.STOPPED

    # -- availability ----------------------------------------------------------------------
    def unavailable_reason(self) -> str | None:
        """None when sound can play here, else why not (in English, for the log and tests)."""
        self._ensure()
        return self._problem

    def _ensure(self) -> bool:
        if self._player is not None:
            return True
        if self._problem is not None:
            return False
        try:
            # Deferred: Qt Multimedia loads FFmpeg and PulseAudio's client on first use only.
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
        except ImportError as exc:
            self._problem = f"Qt Multimedia cannot be loaded ({exc})"
            log.warning("no playback: %s", self._problem)
            return False
        self._output = QAudioOutput(self)
        self._output.setVolume(self._volume)
        self._output.setMuted(self._muted)
        player = QMediaPlayer(self)
        player.setAudioOutput(self._output)
        player.positionChanged.connect(lambda ms: self.position_changed.emit(ms / 1000.0))
        player.durationChanged.connect(lambda ms: self.duration_changed.emit(ms / 1000.0))
        player.playbackStateChanged.connect(self._on_state)
        player.mediaStatusChanged.connect(self._on_status)
        player.errorOccurred.connect(self._on_error)
        self._player = player
        return True

    # -- control ---------------------------------------------------------------------------
    def load(self, path: Path) -> bool:
        """Open a file (stops what played); False when playback is unavailable."""
        if not self._ensure():
            return False
        self._released("setSource", Q_ARG(QUrl, QUrl.fromLocalFile(str(path))))
        return True

    def play(self) -> None:
        if self._ensure():
            self._player.play()

    def pause(self) -> None:
        if self._player is not None:
            self._player.pause()

    def stop(self) -> None:
        if self._player is not None:
            self._released("stop")

    def unload(self) -> None:
        """Stop and let go of the file (nothing is loaded after)."""
        if self._player is not None:
            self._released("stop")
            self._released("setSource", Q_ARG(QUrl, QUrl()))

    def _released(self, slot: str, *args: Any) -> None:
        """Call the player's ``slot`` with Python's lock (the GIL) released.

        Stopping or changing the file waits for the backend's threads, and one of them may be
        ending an object whose last signal connection leads to our player; PySide then needs
        the GIL there, which a direct call from Python holds: both wait for ever (seen when a
        window closed while a track played). Queued, the call runs from a local event loop,
        which PySide runs without the GIL; the loop ends right after the call.
        """
        if self._player is None or not shiboken6.isValid(self._player):
            return  # the window that held the player is gone, and the player with it
        loop = QEventLoop()
        QMetaObject.invokeMethod(self._player, slot, Qt.ConnectionType.QueuedConnection, *args)
        QMetaObject.invokeMethod(loop, "quit", Qt.ConnectionType.QueuedConnection)
        loop.exec()

    def seek(self, seconds: float) -> None:
        if self._player is not None:
            self._player.setPosition(int(max(0.0, seconds) * 1000))

    def position(self) -> float:
        return self._player.position() / 1000.0 if self._player is not None else 0.0

    def duration(self) -> float:
        return self._player.duration() / 1000.0 if self._player is not None else 0.0

    def state(self) -> State:
        return self._state

    def volume(self) -> float:
        return self._volume

    def set_volume(self, volume: float) -> None:
        self._volume = max(0.0, min(1.0, volume))
        if self._output is not None:
            self._output.setVolume(self._volume)

    def muted(self) -> bool:
        return self._muted

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        if self._output is not None:
            self._output.setMuted(muted)

    # -- backend news ----------------------------------------------------------------------
    def _on_state(self, state: Any) -> None:
        from PySide6.QtMultimedia import QMediaPlayer  # already loaded: _ensure ran

        mapping = {
            QMediaPlayer.PlaybackState.PlayingState: State.PLAYING,
            QMediaPlayer.PlaybackState.PausedState: State.PAUSED,
            QMediaPlayer.PlaybackState.StoppedState: State.STOPPED,
        }
        self._state = mapping.get(state, State.STOPPED)
        self.state_changed.emit(self._state)

    def _on_status(self, status: Any) -> None:
        from PySide6.QtMultimedia import QMediaPlayer  # already loaded: _ensure ran

        # InvalidMedia comes with errorOccurred, which alone reports it (once).
        if status == QMediaPlayer.MediaStatus.EndOfMedia:
            self.ended.emit()

    def _on_error(self, error: Any, message: str) -> None:
        from PySide6.QtMultimedia import QMediaPlayer  # already loaded: _ensure ran

        if error != QMediaPlayer.Error.NoError:
            log.warning("playback error %s: %s", error, message)
            self.failed.emit(message or str(error))
