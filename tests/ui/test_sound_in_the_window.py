"""Issue 18 (uses of sound) in the window: "Sounds like this" in the Library's detail pane for
a track with sonic features (hidden for one without), and the radio's "sound" slider."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from sound_test_rows import put_clusters
from ui_test_library import show_main_window

from desktop_recsys.jobs import JobRunner
from desktop_recsys.services.library_service import LibrarySession

WAIT_MS = 30000


def _select_track(window: Any, row: int) -> int:
    window.show_screen("library")
    library = window.library_view
    library.show_kind("track")
    library.current_view().selectRow(row)
    return int(library.current_item_id())


def test_sounds_like_this_in_the_detail_pane(
    qtbot: Any, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    window = show_main_window(qtbot, demo_reader, runner, tmp_path / "models")
    first = _select_track(window, 0)
    second = _select_track(window, 1)
    # Only the first track is analysed: the pane shows its sound, the other has none.
    cluster = put_clusters(
        demo_reader.library,
        [first]
        + [i for i in demo_reader.library.items.ids_by_kind("track") if i not in (first, second)][
            :59
        ],
    )
    panel = window.library_view.detail.sounds_like
    assert not panel.isVisible()
    _select_track(window, 0)
    assert window.library_view.detail.item_id == first
    qtbot.waitUntil(lambda: panel.isVisible(), timeout=WAIT_MS)
    assert "BPM" in panel.summary.text() and "energy" in panel.summary.text()
    qtbot.waitUntil(
        lambda: (
            panel.list.count() == 8
            and panel.list.item(0).data(Qt.ItemDataRole.UserRole) is not None
        ),
        timeout=WAIT_MS,
    )
    ids = [int(panel.list.item(r).data(Qt.ItemDataRole.UserRole)) for r in range(8)]
    assert first not in ids and all(cluster[i] == cluster[first] for i in ids)
    title = demo_reader.item(first).title
    assert panel.list.item(0).text().splitlines()[1].strip().startswith(f"Sounds like {title}")
    if os.environ.get("DESKTOP_RECSYS_SHOT_SOUND"):
        window.library_view.detail.grab().save(os.environ["DESKTOP_RECSYS_SHOT_SOUND"])
    # A track without features: the section goes away.
    _select_track(window, 1)
    qtbot.waitUntil(lambda: not panel.isVisible(), timeout=WAIT_MS)
    # Double-clicking a listed track goes to it.
    _select_track(window, 0)
    qtbot.waitUntil(
        lambda: (
            panel.list.count() == 8
            and panel.list.item(0).data(Qt.ItemDataRole.UserRole) is not None
        ),
        timeout=WAIT_MS,
    )
    panel.list.itemActivated.emit(panel.list.item(0))
    qtbot.waitUntil(lambda: window.library_view.detail.item_id == ids[0], timeout=WAIT_MS)


def test_the_radio_sound_slider_follows_the_seeds_sound(
    qtbot: Any, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    window = show_main_window(qtbot, demo_reader, runner, tmp_path / "models")
    cluster = put_clusters(demo_reader.library, demo_reader.library.items.ids_by_kind("track"))
    seed = _select_track(window, 2)
    menu = window.library_view.build_context_menu()
    next(a for a in menu.actions() if a.objectName() == "startRadio").trigger()
    dialog = window.radio.dialogs[-1]
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 50, timeout=WAIT_MS)
    assert dialog.sound_slider.value() == 0 and dialog.sound_slider.isEnabled()

    def same_sound() -> float:
        ids = dialog.item_ids
        return sum(cluster[i] == cluster[seed] for i in ids) / max(1, len(ids))

    # The taste slider at "more like the seed": what follows the seed is the radio's choice.
    first = list(dialog.item_ids)
    dialog.slider.setValue(0)
    qtbot.waitUntil(
        lambda: dialog.table.rowCount() == 50 and dialog.item_ids != first, timeout=WAIT_MS
    )
    assert same_sound() < 0.9
    dialog.sound_slider.setValue(100)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 50 and same_sound() == 1.0, timeout=WAIT_MS)
    if os.environ.get("DESKTOP_RECSYS_SHOT_RADIO"):
        dialog.grab().save(os.environ["DESKTOP_RECSYS_SHOT_RADIO"])
    dialog.close()


def test_tempo_and_energy_in_the_rule_builder(
    qtbot: Any, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    window = show_main_window(qtbot, demo_reader, runner, tmp_path / "models")
    tracks = demo_reader.library.items.ids_by_kind("track")
    cluster = put_clusters(demo_reader.library, tracks[:40])  # 20 at 70 BPM, 20 at 170 BPM
    window.show_screen("playlists")
    dialog = window.playlists_view.new_smart()
    assert dialog is not None
    dialog.name_edit.setText("Fast and loud")
    dialog.kind.setCurrentIndex(dialog.kind.findData("track"))
    row = dialog.root.children_widgets[0]
    labels = [row.field.itemText(i) for i in range(row.field.count())]
    assert "Tempo (BPM)" in labels and "Energy (0–1)" in labels
    row.load({"field": "tempo", "op": ">=", "value": "150"})
    fast = sum(1 for c in cluster.values() if c == 1)
    qtbot.waitUntil(
        lambda: dialog.count_label.text().startswith(f"{fast} items match"), timeout=WAIT_MS
    )
    row.load({"field": "energy", "op": ">", "value": "2"})
    qtbot.waitUntil(lambda: "outside 0-1" in dialog.count_label.text(), timeout=WAIT_MS)
    assert not dialog.save_button.isEnabled()
    row.load({"field": "energy", "op": ">", "value": "0.5"})
    qtbot.waitUntil(
        lambda: dialog.count_label.text().startswith(f"{fast} items match"), timeout=WAIT_MS
    )
    if os.environ.get("DESKTOP_RECSYS_SHOT_RULES"):
        dialog.grab().save(os.environ["DESKTOP_RECSYS_SHOT_RULES"])
    dialog.close()


def test_the_mixes_sound_slider_remakes_the_mixes(
    qtbot: Any, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    from desktop_recsys.services import mixes_service

    window = show_main_window(qtbot, demo_reader, runner, tmp_path / "models", size=(1024, 700))
    cluster = put_clusters(demo_reader.library, demo_reader.library.items.ids_by_kind("track"))
    row = window.mix_cards
    window.show_screen("for_you")
    window.for_you_view.set_kind("track")
    qtbot.waitUntil(lambda: row.make_button.isVisible(), timeout=WAIT_MS)
    assert not row.sound_slider.isVisible()  # no mixes yet: nothing to reshape
    row.make_button.click()
    qtbot.waitUntil(lambda: len(row.cards) >= 2, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: row.sound_slider.isVisible(), timeout=WAIT_MS)
    assert row.sound_slider.value() == 0
    pid = window.current_profile_id()

    def purity() -> float:
        found = mixes_service.stored_mixes(demo_reader.library, pid)
        shares = []
        for mix in found.mixes:
            fast = sum(cluster[i] for i in mix.item_ids) / len(mix.item_ids)
            shares.append(max(fast, 1 - fast))
        return sum(shares) / len(shares)

    before = purity()
    row.sound_slider.setValue(100)
    qtbot.waitUntil(
        lambda: (
            mixes_service.stored_mixes(demo_reader.library, pid).sound_share == 1.0
            and len(row.cards) >= 1
            and "mixes of your favourites" in row.note.text()
        ),
        timeout=WAIT_MS,
    )
    assert purity() >= 0.95 > before
    assert mixes_service.sound_share_for(demo_reader, pid) == 1.0
    if os.environ.get("DESKTOP_RECSYS_SHOT_MIXES"):
        window.grab().save(os.environ["DESKTOP_RECSYS_SHOT_MIXES"])
    assert window.width() <= 1024
