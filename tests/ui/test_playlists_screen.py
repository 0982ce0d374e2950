"""The Playlists screen in the real window on a copy of the demo library: a playlist made from
the Library's context menu appears at once; reorder by drag, remove, rename, duplicate, delete
and undo; a smart playlist made with the rule builder (live count) and refreshed when the
library changes; export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from audio_files import write_wav
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from ui_test_library import show_main_window

from desktop_recsys.jobs import JobRunner
from desktop_recsys.services.item_actions import ItemActions
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.ui.main_window import MainWindow

pytestmark = pytest.mark.gui
WAIT_MS = 30000


@pytest.fixture
def window(
    qtbot: Any, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> MainWindow:
    return show_main_window(qtbot, demo_reader, runner, tmp_path / "models")


def names(view) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        view.lists.item(r).data(Qt.ItemDataRole.UserRole).playlist.name
        for r in range(view.lists.count())
    ]


def select(view, name: str) -> None:  # type: ignore[no-untyped-def]
    view.lists.setCurrentRow(names(view).index(name))


def test_playlists_screen_edits(
    qtbot: Any, window: MainWindow, demo_reader: LibrarySession, tmp_path: Path
) -> None:
    library = window.library_view
    library.show_kind("track")
    table = library.current_view()
    table.selectRow(0)
    for row in (1, 2):
        table.selectionModel().select(
            table.model().index(row, 0),
            table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
        )
    ids = library.selected_item_ids()
    assert library.add_selected_to_playlist(new_name="Road trip")
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    view = window.playlists_view
    assert window.current_screen() == "playlists"
    qtbot.waitUntil(lambda: "Road trip" in names(view), timeout=WAIT_MS)
    select(view, "Road trip")
    assert view.model.item_ids() == ids and view.title.text() == "Road trip"

    # Drag the first entry below the last: the order is stored.
    mime = view.model.mimeData([view.model.index(0, 0)])
    view.model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, view.model.index(-1, -1))
    expected = [ids[1], ids[2], ids[0]]
    actions = ItemActions(demo_reader)
    assert actions.playlist_items(view.current().playlist.id) == expected
    assert view.model.item_ids() == expected

    view.table.selectRow(0)
    view.remove_selected()
    assert actions.playlist_items(view.current().playlist.id) == expected[1:]

    view.rename("Night drive")
    assert view.current().playlist.name == "Night drive"
    view.rename("   ")
    assert view.current().playlist.name == "Night drive"
    assert "a playlist needs a name" in window.message_label.text()
    view.duplicate()
    qtbot.waitUntil(lambda: "Night drive (copy)" in names(view))
    assert view.current().playlist.name == "Night drive (copy)"
    assert view.model.item_ids() == expected[1:]

    select(view, "Night drive")
    view.delete()
    assert "Night drive" not in names(view) and view.undo_button.isVisible()
    view.undo_button.click()
    qtbot.waitUntil(lambda: "Night drive" in names(view))
    select(view, "Night drive")
    assert view.model.item_ids() == expected[1:]

    out = tmp_path / "night.m3u8"
    # The status line may already show a later message (an idle job's) when the test looks,
    # so the screen's own message is caught as it is sent.
    with qtbot.waitSignal(
        view.status_message,
        timeout=WAIT_MS,
        check_params_cb=lambda message: "Exported 2 items" in message,
    ):
        view.export(str(out))
    assert out.read_text(encoding="utf-8").startswith("#EXTM3U")

    # The demo's items have no files: opening says so rather than pretending.
    assert view.open_in_player() == 0
    assert "has a file" in window.message_label.text()


def test_smart_playlist_with_the_rule_builder(
    qtbot: Any, window: MainWindow, demo_reader: LibrarySession
) -> None:
    window.show_screen("playlists")
    view = window.playlists_view
    dialog = view.new_smart()
    assert dialog is not None
    dialog.name_edit.setText("Loved films")
    dialog.kind.setCurrentIndex(dialog.kind.findData("film"))
    row = dialog.root.children_widgets[0]
    assert row.to_json() == {"field": "rating", "op": ">=", "value": "4"}
    qtbot.waitUntil(lambda: "items match" in dialog.count_label.text(), timeout=WAIT_MS)
    pid = window.current_profile_id()
    loved = [r.item_id for r in demo_reader.library.ratings.for_profile(pid) if r.rating >= 4]
    kinds = {i: demo_reader.item(i).kind for i in loved}
    films = sum(1 for i in loved if kinds[i] == "film")
    qtbot.waitUntil(
        lambda: dialog.count_label.text().startswith(f"{films} items match"), timeout=WAIT_MS
    )
    # A nested group: loved films OR films played 3 times.
    group = dialog.root.add_group()
    group.children_widgets[0].load({"field": "plays", "op": ">=", "value": "x"})
    qtbot.waitUntil(lambda: "'x' is not a number" in dialog.count_label.text(), timeout=WAIT_MS)
    assert not dialog.save_button.isEnabled()
    group.children_widgets[0].load({"field": "plays", "op": ">=", "value": "0"})
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=WAIT_MS)
    dialog.save()
    qtbot.waitUntil(lambda: "Loved films" in names(view), timeout=WAIT_MS)
    select(view, "Loved films")
    summary = view.current()
    assert summary.smart and summary.playlist.rules["rules"][1]["match"] == "all"
    assert sorted(view.model.item_ids()) == sorted(i for i in loved if kinds[i] == "film")
    assert view.buttons["edit"].isVisible() and not view.buttons["remove"].isVisible()

    # The library changes: a new five-star film joins once the screen refreshes.
    new = next(i for i in demo_reader.library.items.ids_by_kind("film") if i not in kinds)
    demo_reader.library.ratings.set(pid, new, 5.0)
    window.refresh()  # what the window does after a write
    qtbot.waitUntil(lambda: new in view.model.item_ids(), timeout=WAIT_MS)
    # Refreshing does not start another refresh (a write job's end refreshes the window).
    qtbot.wait(300)
    assert not [j for j in window._runner.active_jobs() if j.kind == "playlists_refresh"]


def test_playlist_job_titles_are_translatable(qapp: object) -> None:
    from desktop_recsys.ui.job_titles import job_title

    assert job_title("playlist_save", {"name": "Loved"}) == "Saving the smart playlist “Loved”"
    assert job_title("playlists_refresh", {"profile": 3}) == "Refreshing smart playlists"


class _Opened(QObject):
    """Stands in for the system's player: records what the screen asked it to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toLocalFile())


def test_open_in_player_opens_the_files_that_exist(
    qtbot: Any, window: MainWindow, demo_reader: LibrarySession, tmp_path: Path
) -> None:
    from desktop_recsys.library.models import NewItem

    files = [write_wav(tmp_path / f"song {n}.wav", 2.0) for n in range(2)]
    *ids, no_file = demo_reader.library.items.add_many(
        [NewItem("track", f"Song {n}", path=str(f)) for n, f in enumerate(files)]
        + [NewItem("track", "Catalogue only")]
    )
    ItemActions(demo_reader).add_to_playlist(
        window.current_profile_id(), [*ids, no_file], new_name="With files"
    )
    window.show_screen("playlists")
    view = window.playlists_view
    qtbot.waitUntil(lambda: "With files" in names(view), timeout=WAIT_MS)
    select(view, "With files")
    opened = _Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        assert view.open_in_player() == 2
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert opened.urls == [str(f) for f in files]
    assert "1 item(s) have no file here" in window.message_label.text()
    # Play: the playlist's tracks go to the app's queue, playing from the selected row.
    view.table.selectRow(1)
    assert view.play() == 2  # the entry without a file is left out
    qtbot.waitUntil(lambda: window.playback.current_item_id() == ids[1], timeout=WAIT_MS)
    assert window.playback.queue_ids() == ids
    window.playback.clear_upcoming()


def test_lengths_read_as_in_the_library_and_films_have_no_album_column(
    qtbot: Any, window: MainWindow, demo_reader: LibrarySession
) -> None:
    """A playlist of films said "50 items, 5596 min" and listed "1:53:00" for a film the
    Library shows as "1:53", beside an empty Album column."""
    from desktop_recsys.ui.models.items_table_model import format_duration

    profile = window.current_profile_id()
    films = demo_reader.item_page("film", 0, 40)
    tracks = demo_reader.item_page("track", 0, 3)
    library = demo_reader.library
    library.playlists.create("Long films", profile_id=profile, item_ids=[f.id for f in films])
    library.playlists.create("Three songs", profile_id=profile, item_ids=[t.id for t in tracks])
    window.show_screen("playlists")
    view = window.playlists_view
    view.reload()
    qtbot.waitUntil(lambda: "Long films" in names(view), timeout=WAIT_MS)

    select(view, "Long films")
    qtbot.waitUntil(lambda: view.model.rowCount() == len(films), timeout=WAIT_MS)
    minutes = round(sum(f.duration or 0 for f in films) / 60)
    assert minutes >= 60
    summary = view.detail.text()
    assert f"{minutes // 60} h {minutes % 60} min" in summary, summary
    first = view.model.index(0, 4).data()
    assert first == format_duration(films[0].duration, "film") and first.count(":") == 1
    assert view.table.isColumnHidden(3), "an empty Album column for films"

    select(view, "Three songs")
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=WAIT_MS)
    assert not view.table.isColumnHidden(3)
    assert view.model.index(0, 4).data() == format_duration(tracks[0].duration, "track")
    seconds = sum(t.duration or 0 for t in tracks)
    assert f"3 items, {round(seconds / 60)} min" in view.detail.text()
