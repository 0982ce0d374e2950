"""Music playback through the real window with real decoded audio files (Qt Multimedia's
FFmpeg backend; with no sound card it plays to a null output at the real pace).

Two tracks: "Short" (2 s, with a red cover in its tags) and "Long" (24 s). The skip rule is
"moved on before 30 s or a quarter of the track, whichever comes first": for Long that is
6 s, so Next at 5 s is a skip. For a file of 3 s or less a skip cannot be recorded at all
(its quarter is under the 1 s below which nothing is recorded), so the skip tests need a
track longer than 20 s; they play 5 s of it in real time.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from audio_files import write_wav
from mutagen import id3
from mutagen.wave import WAVE
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from ui_test_library import WAIT_MS, show_main_window

from desktop_recsys.library import Library
from desktop_recsys.library.models import NewItem
from desktop_recsys.services.library_service import LibrarySession, open_library
from desktop_recsys.services.listening import Listening
from desktop_recsys.ui.playback.audio_engine import State

SHORT, LONG = 2.0, 24.0


@pytest.fixture
def music(tmp_path: Path) -> dict[str, object]:
    folder = tmp_path / "music"
    folder.mkdir()
    short = write_wav(folder / "short.wav", SHORT)
    cover = QImage(8, 8, QImage.Format.Format_RGB32)
    cover.fill(QColor(230, 20, 20))
    cover.save(str(tmp_path / "cover.png"))
    audio = WAVE(short)
    audio.add_tags()
    audio.tags.add(id3.APIC(encoding=3, mime="image/png", type=3, desc="",
                            data=(tmp_path / "cover.png").read_bytes()))  # fmt: skip
    audio.save()
    long = write_wav(folder / "long.wav", LONG, tone=330.0)
    film = write_wav(folder / "film.wav", 1.0)  # a film's file, to the player's eyes
    broken = folder / "broken.mp3"
    broken.write_bytes(b"ID3 this is no audio at all" * 40)
    vanishing = write_wav(folder / "vanishing.wav", 1.0)
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as library:
        ids = {
            "short": library.items.add(NewItem(kind="track", title="Short", artist="Ann",
                                               album="Tests", duration=SHORT, path=str(short))),
            "long": library.items.add(NewItem(kind="track", title="Long", artist="Bo",
                                              duration=LONG, path=str(long))),
            "film": library.items.add(NewItem(kind="film", title="A Film", path=str(film))),
            "gone": library.items.add(NewItem(kind="track", title="Gone",
                                              path=str(folder / "gone.wav"))),
            "broken": library.items.add(NewItem(kind="track", title="Broken",
                                                path=str(broken))),
            "vanishing": library.items.add(NewItem(kind="track", title="Vanishing",
                                                   path=str(vanishing))),
        }  # fmt: skip
        ids["profile"] = library.profiles.add("me").id
    return {"path": path, **ids}


@pytest.fixture
def session(music: dict[str, object]) -> Iterator[LibrarySession]:
    library = open_library(music["path"])  # type: ignore[arg-type]
    yield LibrarySession(library)
    library.close()


@pytest.fixture
def window(qtbot, session, runner, tmp_path, music):  # noqa: ANN001, ANN201
    window = show_main_window(qtbot, session, runner, tmp_path / "models", activate=True)
    window.select_profile(music["profile"])
    yield window
    window.playback.shutdown()


def plays(session: LibrarySession, profile: int) -> list[tuple[int, float, bool]]:
    return [(p.item_id, p.completed, p.skipped) for p in session.library.plays.for_profile(profile)]


def menu_action(window, item_id: int, name: str):  # noqa: ANN001, ANN201
    window.library_view.show_similar(item_id)  # selects its row
    menu = window.library_view.build_context_menu()
    return next(a for a in menu.actions() if a.objectName() == name)


def test_a_full_play_is_one_play_row_with_the_whole_share(qtbot, window, session, music) -> None:
    bar = window.now_playing
    assert not bar.isVisible()  # no room taken until something plays
    menu_action(window, music["short"], "playNow").trigger()
    qtbot.waitUntil(lambda: window.playback.is_playing(), timeout=WAIT_MS)
    assert bar.isVisible()
    assert bar.title_label.text() == "Short" and bar.artist_label.text() == "Ann — Tests"
    red = bar.cover.pixmap().toImage().pixelColor(24, 24)
    assert (red.red(), red.green()) > (200, 0) and red.green() < 60  # the tag's cover
    qtbot.waitUntil(lambda: window.playback.state() is State.STOPPED, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: len(plays(session, music["profile"])) == 1, timeout=WAIT_MS)
    [(item, share, skipped)] = plays(session, music["profile"])
    assert item == music["short"] and share >= 0.95 and not skipped
    window.playback.shutdown()  # leaving after the end adds nothing
    assert len(plays(session, music["profile"])) == 1


def test_next_after_five_seconds_is_one_skip(qtbot, window, session, music) -> None:
    window.playback.play([music["long"], music["short"]])
    qtbot.waitUntil(lambda: window.playback.position() >= 5.0, timeout=WAIT_MS)
    window.library_view.current_view().setFocus()
    qtbot.keyClick(window.library_view.current_view(), Qt.Key.Key_Right,
                   Qt.KeyboardModifier.ControlModifier)  # fmt: skip
    qtbot.waitUntil(lambda: window.now_playing.title_label.text() == "Short", timeout=WAIT_MS)
    [(item, share, skipped)] = plays(session, music["profile"])
    assert item == music["long"] and skipped
    assert 5.0 / LONG <= share < 6.0 / LONG  # 5 s heard of 24 s


def test_seeking_ahead_does_not_inflate_the_share(qtbot, window, session, music) -> None:
    bar = window.now_playing
    window.playback.play([music["long"]])
    qtbot.waitUntil(lambda: window.playback.position() >= 1.0, timeout=WAIT_MS)
    slider = bar.seek_slider
    qtbot.mouseClick(slider, Qt.MouseButton.LeftButton,
                     pos=QPoint(int(slider.width() * 0.85), slider.height() // 2))  # fmt: skip
    qtbot.waitUntil(lambda: window.playback.position() >= 21.0, timeout=WAIT_MS)
    qtbot.mouseClick(bar.next_button, Qt.MouseButton.LeftButton)  # the last one: it stops
    qtbot.waitUntil(lambda: len(plays(session, music["profile"])) == 1, timeout=WAIT_MS)
    [(item, share, skipped)] = plays(session, music["profile"])
    # About 2 s heard: a skip with a small share, not 21 / 24 from the position.
    assert item == music["long"] and skipped and share < 3.5 / LONG


def test_incognito_records_nothing(qtbot, window, session, music) -> None:
    Listening(session).set_incognito(music["profile"], True)
    left: list[tuple[int, bool, float, bool]] = []
    window.playback.track_left.connect(lambda *args: left.append(args))
    window.playback.play([music["short"]])
    qtbot.waitUntil(lambda: window.playback.is_playing(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: len(left) == 1, timeout=WAIT_MS)  # the listening was handed over
    [(item, skipped, share, recorded)] = left
    assert item == music["short"] and not skipped and share >= 0.95 and not recorded
    assert plays(session, music["profile"]) == []


def test_space_pauses_and_closing_the_window_records_what_was_heard(
    qtbot, window, session, music
) -> None:
    table = window.library_view.current_view()
    window.playback.play([music["long"]])
    qtbot.waitUntil(lambda: window.playback.position() >= 0.5, timeout=WAIT_MS)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.playback.state() is State.PAUSED, timeout=WAIT_MS)
    assert window.now_playing.play_button.accessibleName() == "Play"
    paused_at = window.playback.position()
    qtbot.wait(600)
    assert window.playback.position() == pytest.approx(paused_at, abs=0.05)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.playback.position() >= paused_at + 0.8, timeout=WAIT_MS)
    window.close()
    [(item, share, skipped)] = plays(session, music["profile"])
    assert item == music["long"] and skipped
    assert 1.2 / LONG < share < 3.0 / LONG  # heard ~1.3 s; the pause did not count


def test_library_menu_fills_the_queue(qtbot, window, music) -> None:
    playback = window.playback
    window.library_view.show_similar(music["film"])
    film_menu = [a.objectName() for a in window.library_view.build_context_menu().actions()]
    # Films open in the system's player: their menu has one "Play", the film's own.
    assert "playFilm" in film_menu and "playNow" not in film_menu and "addToQueue" not in film_menu
    assert not menu_action(window, music["gone"], "addToQueue").isEnabled()
    menu_action(window, music["long"], "playNow").trigger()
    qtbot.waitUntil(lambda: window.now_playing.title_label.text() == "Long", timeout=WAIT_MS)
    menu_action(window, music["short"], "addToQueue").trigger()
    menu_action(window, music["short"], "playNext").trigger()
    assert playback.queue_ids() == [music["long"], music["short"], music["short"]]
    panel = window.now_playing.show_queue()
    qtbot.waitUntil(lambda: panel.list.count() == 3, timeout=WAIT_MS)
    assert panel.list.item(0).text().startswith("▶ Long")
    # Double-clicking a track in the Library plays it (and what is below it) in the app.
    window.library_view.show_similar(music["short"])
    view = window.library_view.current_view()
    rect = view.visualRect(view.currentIndex())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.now_playing.title_label.text() == "Short", timeout=WAIT_MS)
    assert playback.queue_ids()[0] == music["short"]


def test_a_file_that_cannot_play_or_went_away_is_said_and_passed_over(
    qtbot, window, session, music
) -> None:
    said: list[str] = []
    window.playback.message.connect(said.append)
    queued = window.playback.play([music["broken"], music["vanishing"], music["short"]])
    assert queued == 3
    Path(window.playback.reader.item(music["vanishing"]).path).unlink()  # gone since queued
    qtbot.waitUntil(window.playback.is_playing, timeout=WAIT_MS)
    window.playback.stop()  # under a second of Short: nothing to record
    assert window.now_playing.title_label.text() == "Short"
    assert any(text.startswith("Cannot play “Broken”") for text in said), said
    assert "This track's file is no longer on this computer" in said
    assert plays(session, music["profile"]) == []  # nothing for the two that never played


def test_opening_another_library_records_in_the_old_one_and_empties_the_queue(
    qtbot, window, session, music, tmp_path
) -> None:
    window.playback.play([music["long"], music["short"]])
    qtbot.waitUntil(lambda: window.playback.position() >= 1.3, timeout=WAIT_MS)
    other = open_library(tmp_path / "other.sqlite")
    try:
        window.set_reader(LibrarySession(other))
        qtbot.waitUntil(
            lambda: window.now_playing.title_label.text() == "Nothing playing", timeout=WAIT_MS
        )
        assert window.playback.queue_ids() == [] and not window.playback.is_playing()
        [(item, _share, skipped)] = plays(session, music["profile"])
        assert item == music["long"] and skipped  # written in the library it was heard from
        assert other.plays.count() == 0
    finally:
        window.set_reader(session)
        other.close()


def test_the_bar_shows_a_tracks_length_as_the_table_does(qtbot, window, session, tmp_path) -> None:
    """2.8 s: the Library table says 0:03 (rounded); the bar's total said 0:02 (truncated)."""
    from desktop_recsys.ui.models.items_table_model import format_duration
    from desktop_recsys.ui.models.jobs_table_model import format_elapsed

    odd = write_wav(tmp_path / "odd.wav", 2.8)
    item = session.library.items.add(NewItem(kind="track", title="Odd", duration=2.8,
                                             path=str(odd)))  # fmt: skip
    window.refresh()
    window.library_view.show_similar(item)  # selects its row
    view = window.library_view.current_view()
    row = view.currentIndex().row()
    model = view.model()
    column = next(c for c in range(model.columnCount())
                  if model.headerData(c, Qt.Orientation.Horizontal) == "Duration")  # fmt: skip
    assert model.index(row, column).data() == format_duration(2.8) == "0:03"
    bar = window.now_playing
    window.playback.play([item])
    qtbot.waitUntil(lambda: window.playback.is_playing(), timeout=WAIT_MS)
    # The library's 2.8 s at first, then the player's own measure of the file (2.8 s too).
    qtbot.waitUntil(lambda: bar._duration > 2.7, timeout=WAIT_MS)
    assert bar.duration_label.text() == "0:03"
    assert format_elapsed(62.8) == "1:03"  # a job's length: the same rule
