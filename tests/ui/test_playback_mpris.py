"""Media keys: the player on a real D-Bus bus (a private dbus-daemon) as an MPRIS player, driven
the way a desktop shell drives it (method calls and property reads over the bus)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from audio_files import write_wav
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusVariant
from ui_test_library import WAIT_MS, show_main_window

from desktop_recsys.library import Library
from desktop_recsys.library.models import NewItem
from desktop_recsys.services.library_service import LibrarySession, open_library
from desktop_recsys.ui.playback.audio_engine import State
from desktop_recsys.ui.playback.mpris import PATH, PLAYER, SERVICE, publish

pytestmark = [
    pytest.mark.subprocess,
    pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="needs dbus-daemon"),
]


def session_config() -> str:
    """The session bus's configuration that belongs to the dbus-daemon found: the system's, or
    the one ``make test-tools`` unpacked beside it without root (its own share/dbus-1)."""
    daemon = Path(shutil.which("dbus-daemon") or "dbus-daemon").resolve()
    beside = daemon.parents[1] / "share" / "dbus-1" / "session.conf"
    return f"--config-file={beside}" if beside.is_file() else "--session"


@pytest.fixture
def bus_address() -> Iterator[str]:
    daemon = subprocess.Popen(
        ["dbus-daemon", session_config(), "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert daemon.stdout is not None
        yield daemon.stdout.readline().strip()
    finally:
        daemon.terminate()
        daemon.wait(10)


@pytest.fixture
def session(tmp_path: Path) -> Iterator[tuple[LibrarySession, list[int]]]:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as library:
        ids = [
            library.items.add(NewItem(kind="track", title=f"Song {n}", artist="Ann",
                                      path=str(write_wav(tmp_path / f"{n}.wav", 24.0))))
            for n in (1, 2)
        ]  # fmt: skip
    opened = open_library(path)
    yield LibrarySession(opened), ids
    opened.close()


def call(qtbot, client: QDBusConnection, interface: str, method: str, *args: object) -> list:  # noqa: ANN001
    message = QDBusMessage.createMethodCall(SERVICE, PATH, interface, method)
    message.setArguments(list(args))
    pending = client.asyncCall(message)
    qtbot.waitUntil(pending.isFinished, timeout=WAIT_MS)
    reply = pending.reply()
    assert reply.type() == QDBusMessage.MessageType.ReplyMessage, reply.errorMessage()
    return reply.arguments()


def test_a_desktop_shell_reads_and_drives_the_player(
    qtbot, session, runner, tmp_path, bus_address
) -> None:  # noqa: ANN001
    reader, ids = session
    window = show_main_window(qtbot, reader, runner, tmp_path / "models")
    app_bus = QDBusConnection.connectToBus(bus_address, "desktop_recsys-app")
    client = QDBusConnection.connectToBus(bus_address, "desktop-shell")
    assert app_bus.isConnected() and client.isConnected()
    mpris = publish(window.playback, window, bus=app_bus)
    assert mpris is not None
    assert publish(window.playback, window, bus=app_bus) is None  # the name is taken once
    props = "org.freedesktop.DBus.Properties"
    [identity] = call(qtbot, client, props, "Get", "org.mpris.MediaPlayer2", "Identity")
    assert identity.variant() == "desktop_recsys"

    def get(name: str) -> object:
        [value] = call(qtbot, client, props, "Get", PLAYER, name)
        return value.variant()

    assert get("PlaybackStatus") == "Stopped" and get("CanPlay") is False

    window.playback.play(ids)
    qtbot.waitUntil(window.playback.is_playing, timeout=WAIT_MS)
    assert get("PlaybackStatus") == "Playing" and get("CanGoNext") is True
    [everything] = call(qtbot, client, props, "GetAll", PLAYER)  # all of it crosses the bus
    assert everything.currentSignature() == "a{sv}"
    call(qtbot, client, props, "Get", PLAYER, "Metadata")
    metadata = mpris.player.metadata()
    assert metadata["xesam:title"] == "Song 1" and metadata["xesam:artist"] == ["Ann"]
    assert metadata["mpris:length"] == 24_000_000

    call(qtbot, client, PLAYER, "PlayPause")  # the media key
    qtbot.waitUntil(lambda: window.playback.state() is State.PAUSED, timeout=WAIT_MS)
    call(qtbot, client, PLAYER, "Next")
    qtbot.waitUntil(lambda: window.now_playing.title_label.text() == "Song 2", timeout=WAIT_MS)
    call(qtbot, client, PLAYER, "Seek", 10_000_000)  # +10 s
    qtbot.waitUntil(lambda: window.playback.position() >= 10.0, timeout=WAIT_MS)
    call(qtbot, client, props, "Set", PLAYER, "Shuffle", QDBusVariant(True))
    assert get("Shuffle") is True
    assert window.playback.queue.shuffle and window.now_playing.shuffle_button.isChecked()
    window.playback.shutdown()
    app_bus.unregisterService(SERVICE)
    QDBusConnection.disconnectFromBus("desktop_recsys-app")
    QDBusConnection.disconnectFromBus("desktop-shell")


def test_only_values_libdbus_can_write_reach_it(qtbot, session, runner, tmp_path) -> None:  # noqa: ANN001
    """libdbus aborts the whole process on a value it cannot write: refused before, here."""
    from desktop_recsys.ui.playback.mpris import _plain

    assert _plain({"a": [" x"], "b": 2**40, "c": True}) == {"a": [" x"], "b": 2**40, "c": True}
    for bad in (None, object(), [1, 2], {"k": None}, 2**70):
        with pytest.raises(ValueError):
            _plain(bad)
    reader, _ids = session
    window = show_main_window(qtbot, reader, runner, tmp_path / "models")
    nowhere = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "nowhere")
    assert publish(window.playback, window, bus=nowhere) is None  # no bus: nothing, no error
    QDBusConnection.disconnectFromBus("nowhere")
