"""Limits in the window (issue 18, section 3): the Limits dialog from the Profiles dialog, the
Library's tables narrowed at once, a PIN asked on Save and when leaving the profile, and the
bulk editor's certification and explicit fields."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ui_test_library import show_main_window

from desktop_recsys.jobs import JobRunner
from desktop_recsys.library.queries import ItemQuery
from desktop_recsys.services import limits
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.ui.dialogs.bulk_edit_dialog import BulkEditDialog
from desktop_recsys.ui.dialogs.limits_dialog import LimitsDialog


def _answers(*texts: str | None) -> Any:
    queue = list(texts)
    return lambda _title, _label: queue.pop(0)


def test_limits_dialog_narrows_the_library_and_a_pin_guards_them(
    qtbot: Any, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    window = show_main_window(qtbot, demo_reader, runner, tmp_path / "models")
    child = window.current_profile_id()
    assert child is not None
    films = window.library_view.models["film"]
    qtbot.waitUntil(lambda: films.total > 0, timeout=30000)
    every_film = films.total

    profiles = window.manage_profiles()
    profiles.select(child)
    dialog = profiles.open_limits()
    assert isinstance(dialog, LimitsDialog)
    dialog.max_box.setCurrentIndex(dialog.max_box.findData("PG (US)"))
    dialog.hide_explicit.setChecked(True)
    dialog.block_unrated.setChecked(True)
    dialog.set_checked(dialog.genres, ["Horror"])
    dialog.ask = _answers("2468", "2468")
    assert dialog.choose_pin()
    assert "new PIN" in dialog.pin_label.text()
    dialog.grab().save(str(tmp_path / "limits_dialog.png"))
    assert dialog.save()

    stored = limits.get_limits(demo_reader.library, child)
    assert (stored.max_age, stored.hide_explicit, stored.block_unrated) == (10, True, True)
    assert stored.genres == ("Horror",) and stored.has_pin
    hidden = limits.blocked_ids(demo_reader.library, child, "film")
    # The Library's film table (and its count) left out what the limits hide, at once.
    qtbot.waitUntil(lambda: films.total == every_film - len(hidden), timeout=30000)
    shown = {films.item_id(r) for r in range(min(films.rowCount(), 200))}
    assert shown and not shown & hidden
    tracks = demo_reader.library.items.count("track")
    hidden_tracks = limits.blocked_ids(demo_reader.library, child, "track")
    assert hidden_tracks  # the explicit ones
    # The summary under the table (the tracks tab) counts only what the profile may see.
    qtbot.waitUntil(
        lambda: window.library_view.summary() == f"{tracks - len(hidden_tracks):,} tracks",
        timeout=30000,
    )

    # Changing them again needs the PIN: a wrong one changes nothing and says so.
    again = profiles.open_limits()
    assert again is not None and "A PIN protects" in again.pin_label.text()
    assert "hide" in again.hidden_label.text()
    again.hide_explicit.setChecked(False)
    again.ask = _answers("1111")
    assert not again.save()
    assert again.error_label.text() == "Wrong PIN: nothing was changed."
    assert limits.get_limits(demo_reader.library, child).hide_explicit
    again.ask = _answers("2468")
    assert again.save()
    assert not limits.get_limits(demo_reader.library, child).hide_explicit

    # Leaving the profile asks for its PIN: wrong or cancelled keeps it.
    other = next(p.id for p in demo_reader.profiles() if p.id != child)
    told: list[str] = []
    guard = window.profile_switcher.leave_guard
    guard.tell = told.append
    guard.ask = _answers("0000")
    window.select_profile(other)
    assert window.current_profile_id() == child
    assert told == ["Wrong PIN: the profile was not switched."]
    guard.ask = _answers(None)
    window.select_profile(other)
    assert window.current_profile_id() == child
    guard.ask = _answers("2468")
    window.select_profile(other)
    assert window.current_profile_id() == other
    # The other profile has no limits: every film is listed again.
    qtbot.waitUntil(lambda: films.total == every_film, timeout=30000)
    # Back to the child needs no PIN (the PIN guards leaving it).
    guard.ask = _answers()
    window.select_profile(child)
    assert window.current_profile_id() == child
    qtbot.waitUntil(lambda: films.total == every_film - len(hidden), timeout=30000)


def test_bulk_editor_sets_certification_and_explicit(
    qtbot: Any, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    window = show_main_window(qtbot, demo_reader, runner, tmp_path / "models")
    tracks = demo_reader.library.items.page(ItemQuery(kind="track"), limit=3)
    dialog = BulkEditDialog(tracks, window)
    qtbot.addWidget(dialog)
    dialog.set_field("certification", "FSK 12")
    dialog.explicit_box.setCurrentIndex(1)
    dialog.explicit_box.activated.emit(1)
    fields, genres = dialog.changes()
    assert fields == {"certification": "FSK 12", "explicit": True} and genres is None
    handle = window.library_view.apply_bulk_edit([t.id for t in tracks], dialog)
    assert handle is not None
    qtbot.waitUntil(lambda: not handle.active, timeout=10000)
    for track in tracks:
        item = demo_reader.library.items.get(track.id)
        assert item is not None
        assert (item.certification, item.min_age, item.explicit) == ("FSK 12", 12, True)
        assert {"certification", "explicit"} <= demo_reader.library.items.edited_fields(track.id)
    single = demo_reader.library.items.get(tracks[0].id)
    one = BulkEditDialog([tracks[0]], window, item=single)
    qtbot.addWidget(one)
    assert one.edits["certification"].text() == "FSK 12"
    assert one.explicit_box.currentIndex() == 1


def test_a_playlist_shows_only_what_the_profile_may_see_and_keeps_the_rest(
    qtbot: Any, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt

    window = show_main_window(qtbot, demo_reader, runner, tmp_path / "models")
    child = window.current_profile_id()
    assert child is not None
    lib = demo_reader.library
    limits.set_limits(lib, child, hide_explicit=True)
    hidden = sorted(limits.blocked_ids(lib, child, "track"))
    shown = [i for i in lib.items.ids_by_kind("track") if i not in set(hidden)]
    order = [hidden[0], shown[0], hidden[1], shown[1], shown[2], hidden[2]]
    lib.playlists.create("Mixed", profile_id=child, item_ids=order)
    window.refresh()
    view = window.playlists_view
    window.show_screen("playlists")

    def select_mixed() -> bool:
        for r in range(view.lists.count()):
            if view.lists.item(r).data(Qt.ItemDataRole.UserRole).playlist.name == "Mixed":
                view.lists.setCurrentRow(r)
                return True
        return False

    qtbot.waitUntil(select_mixed, timeout=10000)
    qtbot.waitUntil(lambda: view.model.item_ids() == shown[:3], timeout=10000)
    assert "3 hidden by this profile's limits" in view.detail.text()
    # Removing the second row shown removes that item, and keeps every hidden one.
    view.table.selectRow(1)
    view.remove_selected()
    assert lib.playlists.items(view.current().playlist.id) == [
        hidden[0], shown[0], hidden[1], shown[2], hidden[2]
    ]  # fmt: skip


def test_deleting_a_pin_protected_profile_in_the_dialog_needs_its_pin(
    qtbot: Any, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    window = show_main_window(qtbot, demo_reader, runner, tmp_path / "models")
    child = window.current_profile_id()
    assert child is not None
    limits.set_limits(demo_reader.library, child, hide_explicit=True, new_pin="2468")
    dialog = window.manage_profiles()
    dialog._confirm = lambda *_a: True
    dialog.select(child)
    dialog.ask_pin = _answers("0000")
    assert not dialog.delete_profile()
    assert dialog.error_label.text() == "Wrong PIN: the profile was not deleted."
    dialog.ask_pin = _answers(None)
    assert not dialog.delete_profile()
    assert any(p.id == child for p in demo_reader.profiles())
    dialog.ask_pin = _answers("2468")
    assert dialog.delete_profile()
    assert not any(p.id == child for p in demo_reader.profiles())


def test_the_detail_pane_shows_certification_and_explicit(
    qtbot: Any, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    window = show_main_window(qtbot, demo_reader, runner, tmp_path / "models")
    lib = demo_reader.library
    film = lib.conn.execute(
        "SELECT id FROM items WHERE kind = 'film' AND certification = 'PG-13'"
    ).fetchone()[0]
    track = lib.conn.execute("SELECT id FROM items WHERE kind='track' AND explicit=1").fetchone()[0]
    detail = window.library_view.detail

    def shows(item_id: int, text: str) -> bool:
        # Shown again on each try: the table's first selection may arrive later and win.
        detail.show_item(item_id)
        return text in detail.metadata.text()

    qtbot.waitUntil(lambda: shows(film, "PG-13 (13+)"), timeout=30000)
    assert "Certification" in detail.metadata.text()
    qtbot.waitUntil(lambda: shows(track, "Explicit"), timeout=30000)
