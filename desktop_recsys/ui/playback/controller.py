"""The player: the queue, the sound, and the moment a listening is over.

``Playback`` is what the window, the library's context menu, playlists, radio and mixes talk
to (``window.playback``; see ``docs/ARCHITECTURE.md``, "Play music"). It decides *when* a
listening ends (the track reached its end, or the listener moved on: next, previous, another
track, stop, another library, closing the window) and hands what it measured (the time heard,
not the position) to a recorder; the recording service decides play or skip and writes it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt, Signal

from desktop_recsys.config.cjk_spacing import format_spaced
from desktop_recsys.errors import UserError
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.services.now_playing import TrackInfo, playable, track_info
from desktop_recsys.ui.i18n import error_text
from desktop_recsys.ui.playback.audio_engine import AudioEngine, State
from desktop_recsys.ui.playback.listen_clock import ListenClock
from desktop_recsys.ui.playback.play_queue import Entry, PlayQueue, Repeat
from desktop_recsys.ui.playback.recording import Listened, Recorder, record_listening
from desktop_recsys.ui.ui_state import UiState

#: "Previous" restarts the current track when more than this was played, as players do.
RESTART_AFTER_SECONDS = 3.0
#: A radio or mix hands more items when the queue runs out: () -> item ids.
Refill = Callable[[], Sequence[int]]


class Playback(QObject):
    """Queue + engine + listening clock. Item ids in, signals out."""

    #: The track now loaded changed (a TrackInfo, or None when nothing is loaded).
    track_changed = Signal(object)
    #: Playing, paused or stopped (a State).
    state_changed = Signal(object)
    #: Position and length in seconds, while playing and after a seek.
    position_changed = Signal(float, float)
    #: The queue's entries or the current entry changed.
    queue_changed = Signal()
    #: The listener moved within the track (seconds): media controls show the new place.
    seeked = Signal(float)
    #: Shuffle, repeat or volume changed.
    modes_changed = Signal()
    #: A listening ended: (item id, skipped, share, recorded). Radio and mixes adapt to skips.
    track_left = Signal(int, bool, float, bool)
    #: A short line for the status bar (a file that cannot play, nothing playable queued).
    message = Signal(str)

    def __init__(
        self,
        reader: LibrarySession,
        parent: QObject | None = None,
        *,
        state: UiState | None = None,
        engine: AudioEngine | None = None,
        recorder: Recorder = record_listening,
    ) -> None:
        super().__init__(parent)
        self._reader = reader
        self._state = state
        self.engine = engine if engine is not None else AudioEngine(self)
        self.recorder = recorder
        self.queue = PlayQueue()
        self.clock = ListenClock()
        self._profile: int | None = None
        self._track: TrackInfo | None = None
        self._listening: tuple[int | None, float] | None = None  # (profile, started_at)
        self._refill: Refill | None = None
        self._source: str | None = None
        self._failures = 0
        if state is not None:
            self.queue.shuffle = bool(state.value("player/shuffle", False))
            self.queue.repeat = _repeat(state.value("player/repeat", "off"))
            self.engine.set_volume(_volume(state.value("player/volume", 0.8)))
        self.engine.position_changed.connect(self._on_position)
        self.engine.state_changed.connect(self._on_state)
        # Queued: the next track is loaded after the backend's own handler has returned.
        self.engine.ended.connect(self._on_ended, Qt.ConnectionType.QueuedConnection)
        self.engine.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)

    # -- what is playing -------------------------------------------------------------------
    @property
    def reader(self) -> LibrarySession:
        return self._reader

    @property
    def track(self) -> TrackInfo | None:
        return self._track

    @property
    def source(self) -> str | None:
        """What filled the queue ("Playlist: Evening"), as its filler named it."""
        return self._source

    def current_item_id(self) -> int | None:
        return self._track.item_id if self._track else None

    def state(self) -> State:
        return self.engine.state()

    def is_playing(self) -> bool:
        return self.engine.state() is State.PLAYING

    def position(self) -> float:
        return self.engine.position()

    def duration(self) -> float:
        measured = self.engine.duration()
        if measured > 0:
            return measured
        return float(self._track.duration or 0.0) if self._track else 0.0

    def queue_ids(self) -> list[int]:
        return self.queue.item_ids()

    # -- filling the queue (the API for the library, playlists, radio and mixes) -----------
    def play(
        self,
        item_ids: Sequence[int],
        start: int = 0,
        *,
        source: str | None = None,
        refill: Refill | None = None,
    ) -> int:
        """Replace the queue with these items and play the one at ``start`` (an index into
        ``item_ids``). Items that cannot play here (no file on disk, not a track) are left
        out and said so. Returns how many were queued."""
        ids = list(item_ids)
        wanted = ids[start] if 0 <= start < len(ids) else None
        ok = self._playable(ids)
        if not ok:
            return 0
        self._leave()
        self._refill = refill
        self._source = source
        first = ok.index(wanted) if wanted in ok else 0
        entry = self.queue.replace(ok, first)
        self.queue_changed.emit()
        self._failures = 0
        self._start(entry)
        return len(ok)

    def play_next(self, item_ids: Sequence[int]) -> int:
        """Queue these right after the current track ("Play next"); plays at once when
        nothing is playing. Returns how many were queued."""
        ok = self._playable(list(item_ids))
        if not ok:
            return 0
        if self._track is None:
            return self.play(ok)
        self.queue.insert_next(ok)
        self.queue_changed.emit()
        return len(ok)

    def enqueue(self, item_ids: Sequence[int]) -> int:
        """Queue these at the end ("Add to queue"); plays at once when nothing is loaded."""
        ok = self._playable(list(item_ids))
        if not ok:
            return 0
        if self._track is None:
            return self.play(ok)
        self.queue.add(ok)
        self.queue_changed.emit()
        return len(ok)

    def remove(self, uid: int) -> None:
        """Take an upcoming entry out of the queue (the current one stays)."""
        current = self.queue.current
        if current is not None and current.uid == uid:
            return
        self.queue.remove(uid)
        self.queue_changed.emit()

    def clear_upcoming(self) -> None:
        self.queue.clear_upcoming()
        self._refill = None
        self.queue_changed.emit()

    # -- transport -------------------------------------------------------------------------
    def toggle(self) -> None:
        """Play/pause (space). With nothing loaded it does nothing."""
        if self._track is None:
            return
        if self.engine.state() is State.PLAYING:
            self.engine.pause()
        elif self._listening is None:
            self._start(self.queue.current)  # stopped after the end: a new listening
        else:
            self.engine.play()

    def next(self) -> bool:
        """The listener moves on to the next entry; at the end of the queue the music stops
        (they moved on all the same) and this returns False."""
        if self._track is None:
            return False
        following = self._advance(ended=False)
        if following is None:
            self.stop()
            return False
        self._leave()
        self._start(following)
        return True

    def previous(self) -> bool:
        """Restart the track after 3 s of it, else go to the one before."""
        if self._track is not None and self.engine.position() > RESTART_AFTER_SECONDS:
            self.seek(0.0)
            return True
        before = self.queue.back()
        if before is None:
            if self._track is not None:
                self.seek(0.0)
            return False
        self._leave()
        self._start(before)
        return True

    def jump(self, uid: int) -> bool:
        """Play this queue entry now (double-click in the queue panel)."""
        entry = self.queue.jump(uid)
        if entry is None:
            return False
        self._leave()
        self._start(entry)
        return True

    def seek(self, seconds: float) -> None:
        """Move within the track; the jump does not count as listening."""
        if self._track is None:
            return
        self.clock.seek(seconds)
        self.engine.seek(seconds)
        self.position_changed.emit(seconds, self.duration())
        self.seeked.emit(seconds)

    def stop(self) -> None:
        """Stop: the listening ends here (recorded as heard so far)."""
        self._leave()
        self.engine.stop()

    def set_shuffle(self, on: bool) -> None:
        self.queue.set_shuffle(on)
        self._remember("player/shuffle", bool(on))

    def cycle_repeat(self) -> Repeat:
        self.queue.repeat = self.queue.repeat.following()
        self._remember("player/repeat", self.queue.repeat.value)
        return self.queue.repeat

    def set_repeat(self, repeat: Repeat) -> None:
        self.queue.repeat = repeat
        self._remember("player/repeat", repeat.value)

    def set_volume(self, volume: float) -> None:
        self.engine.set_volume(volume)
        self._remember("player/volume", round(self.engine.volume(), 3))

    # -- the window's life -----------------------------------------------------------------
    def set_profile(self, profile_id: int | None) -> None:
        """Plays from now on are this profile's (a listening already begun stays its
        starter's)."""
        self._profile = profile_id

    def set_reader(self, reader: LibrarySession) -> None:
        """Another library: the listening so far is recorded in the old one, then the queue
        empties (its ids mean nothing in the new library)."""
        self._leave()
        self.engine.unload()
        self._reader = reader
        self.queue.replace([])
        self._track = None
        self._refill = None
        self._source = None
        self.queue_changed.emit()
        self.track_changed.emit(None)

    def shutdown(self) -> None:
        """The window closes: record what was heard and stop the sound."""
        self._leave()
        self.engine.unload()

    # -- internals -------------------------------------------------------------------------
    def _playable(self, ids: list[int]) -> list[int]:
        try:
            ok = playable(self._reader, ids)
        except UserError as exc:
            self.message.emit(error_text(exc))
            return []
        missing = len(ids) - len(ok)
        if not ok:
            self.message.emit(
                self.tr("Nothing to play: no music file of these is on this computer")
                if ids
                else self.tr("Nothing to play")
            )
        elif missing:
            self.message.emit(
                format_spaced(
                    self.tr("{0} of {1} items left out: no music file on this computer"),
                    missing,
                    len(ids),
                )
            )
        return ok

    def _advance(self, *, ended: bool) -> Entry | None:
        following = self.queue.advance(ended=ended)
        if following is None and self._refill is not None:
            try:
                more = self._playable(list(self._refill()))
            except UserError as exc:
                self.message.emit(error_text(exc))
                more = []
            if more:
                self.queue.add(more)
                following = self.queue.advance(ended=ended)
        self.queue_changed.emit()
        return following

    def _start(self, entry: Entry | None) -> None:
        if entry is None:
            return
        info = track_info(self._reader, entry.item_id)
        self._track = info
        self.track_changed.emit(info)
        if info is None:  # its file went away since it was queued
            self.message.emit(self.tr("This track's file is no longer on this computer"))
            self._skip_broken()
            return
        if not self.engine.load(info.path):
            reason = self.engine.unavailable_reason() or ""
            self.message.emit(
                format_spaced(self.tr("Music cannot play on this computer: {0}"), reason)
            )
            return
        self._listening = (self._profile, time.time())
        self.clock.start(0.0)
        self.clock.pause(0.0)  # the clock runs once the sound does
        self.engine.play()

    def _leave(self, *, ended: bool = False) -> None:
        """The current listening is over: hand it to the recorder (once)."""
        listening, self._listening = self._listening, None
        track = self._track
        if listening is None or track is None:
            return
        listened = self.clock.stop(None if ended else self.engine.position())
        profile, started_at = listening
        if profile is None:
            return
        duration = self.duration() or None
        try:
            outcome = self.recorder(
                self._reader,
                Listened(profile, track.item_id, listened, duration, ended, started_at),
            )
        except UserError as exc:
            self.message.emit(error_text(exc))
            return
        if outcome is not None:
            self.track_left.emit(
                track.item_id, bool(outcome.skipped), float(outcome.share), bool(outcome.recorded)
            )

    def _skip_broken(self) -> None:
        self._listening = None
        self._failures += 1
        if self._failures >= max(1, len(self.queue)):
            self.engine.stop()
            return
        following = self._advance(ended=False)
        if following is not None:
            self._start(following)

    def _on_position(self, seconds: float) -> None:
        if self.engine.state() is State.PLAYING:
            self.clock.update(seconds)
        self.position_changed.emit(seconds, self.duration())

    def _on_state(self, state: State) -> None:
        if state is State.PLAYING:
            self._failures = 0
            self.clock.resume(self.engine.position())
        elif state is State.PAUSED:
            self.clock.pause(self.engine.position())
        self.state_changed.emit(state)

    def _on_ended(self) -> None:
        self.clock.update(self.duration())
        self._leave(ended=True)
        following = self._advance(ended=True)
        if following is not None:
            self._start(following)
        else:
            self.engine.stop()
            self.position_changed.emit(0.0, self.duration())

    def _on_failed(self, reason: str) -> None:
        if self._listening is None and self._track is None:
            return
        title = self._track.title if self._track else ""
        self.message.emit(format_spaced(self.tr("Cannot play “{0}”: {1}"), title, reason))
        self._skip_broken()

    def _remember(self, key: str, value: object) -> None:
        self.modes_changed.emit()
        if self._state is not None:
            self._state.set_value(key, value)


def _repeat(value: object) -> Repeat:
    try:
        return Repeat(str(value))
    except ValueError:
        return Repeat.OFF


def _volume(value: object) -> float:
    try:
        return max(0.0, min(1.0, float(value)))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0.8
