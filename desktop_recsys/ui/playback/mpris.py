"""Media keys and the desktop's media controls on Linux: the player published on the session
bus as an MPRIS 2 media player (``org.mpris.MediaPlayer2.desktop_recsys``), through QtDBus.

Only plain values cross the bus (str, int, float, lists of str, object paths): libdbus aborts
the process on a value it cannot write, so nothing else is ever put in a property. Known
limit: ``mpris:length`` goes as a 32-bit integer for tracks under 35 minutes (PySide6 writes a
Python int that fits in 32 bits as one); desktop shells read it either way.
Without a session bus (a server, a test machine) nothing is published and nothing fails.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

from PySide6.QtCore import ClassInfo, Property, QMetaType, QObject, QUrl, Signal, Slot
from PySide6.QtDBus import (
    QDBusAbstractAdaptor,
    QDBusArgument,
    QDBusConnection,
    QDBusMessage,
    QDBusObjectPath,
)

from desktop_recsys.ui.playback.audio_engine import State
from desktop_recsys.ui.playback.controller import Playback
from desktop_recsys.ui.playback.play_queue import Repeat

log = logging.getLogger(__name__)

SERVICE = "org.mpris.MediaPlayer2.desktop_recsys"
PATH = "/org/mpris/MediaPlayer2"
PLAYER = "org.mpris.MediaPlayer2.Player"
NO_TRACK = "/org/mpris/MediaPlayer2/TrackList/NoTrack"
_STATUS = {State.PLAYING: "Playing", State.PAUSED: "Paused", State.STOPPED: "Stopped"}
_LOOP = {Repeat.OFF: "None", Repeat.ALL: "Playlist", Repeat.ONE: "Track"}


def _micro(seconds: float) -> int:
    return int(round(max(0.0, seconds) * 1_000_000))


@ClassInfo({"D-Bus Interface": "org.mpris.MediaPlayer2"})
class RootAdaptor(QDBusAbstractAdaptor):
    """org.mpris.MediaPlayer2: who we are, and Raise / Quit."""

    def __init__(self, parent: QObject, window: Any) -> None:
        super().__init__(parent)
        self._window = window

    @Slot()
    def Raise(self) -> None:  # noqa: N802 (D-Bus names)
        self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()

    @Slot()
    def Quit(self) -> None:  # noqa: N802
        self._window.close()

    def _true(self) -> bool:
        return True

    def _false(self) -> bool:
        return False

    def _identity(self) -> str:
        return "desktop_recsys"

    def _desktop_entry(self) -> str:
        return "org.desktop_recsys.DesktopRecsys"

    def _schemes(self) -> list[str]:
        return ["file"]

    def _mimes(self) -> list[str]:
        return ["audio/mpeg", "audio/flac", "audio/ogg", "audio/mp4", "audio/x-wav"]

    CanQuit = Property(bool, _true)
    CanRaise = Property(bool, _true)
    HasTrackList = Property(bool, _false)
    Identity = Property(str, _identity)
    DesktopEntry = Property(str, _desktop_entry)
    SupportedUriSchemes = Property("QStringList", _schemes)
    SupportedMimeTypes = Property("QStringList", _mimes)


@ClassInfo({"D-Bus Interface": PLAYER})
class PlayerAdaptor(QDBusAbstractAdaptor):
    """org.mpris.MediaPlayer2.Player: the transport, what plays, volume, shuffle, loop."""

    Seeked = Signal("qlonglong")

    def __init__(self, parent: QObject, playback: Playback) -> None:
        super().__init__(parent)
        self.playback = playback
        self.setAutoRelaySignals(False)

    # -- methods ---------------------------------------------------------------------------
    @Slot()
    def Next(self) -> None:  # noqa: N802 (D-Bus names)
        self.playback.next()

    @Slot()
    def Previous(self) -> None:  # noqa: N802
        self.playback.previous()

    @Slot()
    def Pause(self) -> None:  # noqa: N802
        if self.playback.is_playing():
            self.playback.toggle()

    @Slot()
    def PlayPause(self) -> None:  # noqa: N802
        self.playback.toggle()

    @Slot()
    def Stop(self) -> None:  # noqa: N802
        self.playback.stop()

    @Slot()
    def Play(self) -> None:  # noqa: N802
        if not self.playback.is_playing():
            self.playback.toggle()

    @Slot("qlonglong")
    @Slot(int)  # also as a 32-bit integer, as scripts (dbus-send int32:...) send it
    def Seek(self, offset: int) -> None:  # noqa: N802
        if self.playback.track is None:
            return
        target = self.playback.position() + offset / 1_000_000
        if target >= self.playback.duration() > 0:
            self.playback.next()
        else:
            self.playback.seek(max(0.0, target))

    @Slot(QDBusObjectPath, "qlonglong")
    def SetPosition(self, track: QDBusObjectPath, position: int) -> None:  # noqa: N802
        if track.path() == self._track_id() and 0 <= position / 1e6 <= self.playback.duration():
            self.playback.seek(position / 1_000_000)

    @Slot(str)
    def OpenUri(self, uri: str) -> None:  # noqa: N802
        return  # the queue takes library items, not arbitrary files

    # -- properties ------------------------------------------------------------------------
    def _track_id(self) -> str:
        track = self.playback.track
        return f"/org/desktop_recsys/track/{track.item_id}" if track else NO_TRACK

    def metadata(self) -> dict[str, Any]:
        track = self.playback.track
        if track is None:
            return {"mpris:trackid": QDBusObjectPath(NO_TRACK)}
        data: dict[str, Any] = {
            "mpris:trackid": QDBusObjectPath(self._track_id()),
            "xesam:title": str(track.title),
            "xesam:url": QUrl.fromLocalFile(str(track.path)).toString(),
        }
        if track.artist:
            data["xesam:artist"] = [str(track.artist)]
        if track.album:
            data["xesam:album"] = str(track.album)
        length = self.playback.duration()
        if length > 0:
            data["mpris:length"] = _micro(length)
        return data

    def _status(self) -> str:
        return _STATUS[self.playback.state()]

    def _loop(self) -> str:
        return _LOOP[self.playback.queue.repeat]

    def _set_loop(self, value: str) -> None:
        modes = {v: k for k, v in _LOOP.items()}
        if value in modes:
            self.playback.set_repeat(modes[value])

    def _shuffle(self) -> bool:
        return self.playback.queue.shuffle

    def _set_shuffle(self, on: bool) -> None:
        self.playback.set_shuffle(bool(on))

    def _volume(self) -> float:
        return float(self.playback.engine.volume())

    def _set_volume(self, value: float) -> None:
        self.playback.set_volume(float(value))

    def _position(self) -> int:
        return _micro(self.playback.position())

    def _rate(self) -> float:
        return 1.0

    def _set_rate(self, _value: float) -> None:
        return

    def _loaded(self) -> bool:
        return self.playback.track is not None

    def _can_next(self) -> bool:
        return self.playback.track is not None

    def _true(self) -> bool:
        return True

    PlaybackStatus = Property(str, _status)
    LoopStatus = Property(str, _loop, _set_loop)
    Rate = Property(float, _rate, _set_rate)
    Shuffle = Property(bool, _shuffle, _set_shuffle)
    Metadata = Property("QVariantMap", metadata)
    Volume = Property(float, _volume, _set_volume)
    Position = Property("qlonglong", _position)
    MinimumRate = Property(float, _rate)
    MaximumRate = Property(float, _rate)
    CanGoNext = Property(bool, _can_next)
    CanGoPrevious = Property(bool, _can_next)
    CanPlay = Property(bool, _loaded)
    CanPause = Property(bool, _loaded)
    CanSeek = Property(bool, _loaded)
    CanControl = Property(bool, _true)


class Mpris(QObject):
    """The published object and the news it sends (PropertiesChanged, Seeked)."""

    def __init__(self, playback: Playback, window: Any, bus: QDBusConnection) -> None:
        super().__init__(window)
        self.bus = bus
        self.playback = playback
        self.root = RootAdaptor(self, window)
        self.player = PlayerAdaptor(self, playback)

    def start_telling(self) -> None:
        """Once published: every change goes out as the desktop expects it."""
        playback = self.playback
        playback.track_changed.connect(lambda _t: self._changed("Metadata", "CanPlay"))
        playback.state_changed.connect(lambda _s: self._changed("PlaybackStatus"))
        playback.modes_changed.connect(lambda: self._changed("LoopStatus", "Shuffle", "Volume"))
        playback.seeked.connect(lambda seconds: self.player.Seeked.emit(_micro(seconds)))

    def values(self, *names: str) -> dict[str, Any]:
        """Current values of these Player properties, as plain D-Bus values."""
        player = self.player
        getters = {
            "Metadata": player.metadata,
            "CanPlay": player._loaded,
            "PlaybackStatus": player._status,
            "LoopStatus": player._loop,
            "Shuffle": player._shuffle,
            "Volume": player._volume,
        }
        return {name: _plain(getters[name]()) for name in names}

    def _changed(self, *names: str) -> None:
        message = QDBusMessage.createSignal(
            PATH, "org.freedesktop.DBus.Properties", "PropertiesChanged"
        )
        invalidated = QDBusArgument()  # an empty list of strings ("as", not "av")
        invalidated.beginArray(QMetaType(QMetaType.Type.QString))
        invalidated.endArray()
        message.setArguments([PLAYER, self.values(*names), invalidated])
        self.bus.send(message)


def _plain(value: Any) -> Any:
    """``value`` if libdbus can write it, else a ValueError here (never an abort there)."""
    if isinstance(value, bool | str | float | QDBusObjectPath):
        return value
    if isinstance(value, int) and -(2**63) <= value < 2**63:
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    raise ValueError(f"not a D-Bus value: {value!r}")


def publish(playback: Playback, window: Any, bus: QDBusConnection | None = None) -> Mpris | None:
    """Publish the player on ``bus`` (the session bus); None where there is none (not Linux,
    no session bus) or the name is taken (another copy of the app runs)."""
    if bus is None:
        if not sys.platform.startswith("linux"):
            return None
        bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return None
    mpris = Mpris(playback, window, bus)
    if not bus.registerObject(PATH, mpris, QDBusConnection.RegisterOption.ExportAdaptors):
        log.info("MPRIS: %s is already published on this bus", PATH)
        mpris.deleteLater()
        return None
    if not bus.registerService(SERVICE):
        bus.unregisterObject(PATH)
        log.info("MPRIS: %s is taken (another copy of the app runs)", SERVICE)
        mpris.deleteLater()
        return None
    mpris.start_telling()
    return mpris
