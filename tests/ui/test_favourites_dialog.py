"""Issue 15: a new profile is asked for five favourites from a grid of popular, diverse items,
through the real window's profiles dialog; the picks become five-star ratings."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from ui_test_library import show_main_window

from desktop_recsys.library import Library


def test_creating_a_profile_offers_five_favourites_and_saves_them(
    qtbot: Any, demo_library_file: Path, open_reader: Any, runner: Any, tmp_path: Path
) -> None:
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_library_file, path)
    window = show_main_window(qtbot, open_reader(path), runner, tmp_path / "models")
    dialog = window.manage_profiles()
    dialog.new_name.setText("Newcomer")
    new_id = dialog.create_profile()
    assert new_id is not None
    picker = dialog.favourites
    assert picker.isVisible() and len(picker.buttons) == 20
    assert not picker.save_button.isEnabled() and picker.count_label.text() == "0 of 5 picked"
    chosen = list(picker.buttons)[3:8]
    for item in chosen:
        qtbot.mouseClick(picker.buttons[item], Qt.MouseButton.LeftButton)
    assert picker.count_label.text() == "5 of 5 picked"
    # Five is the most: the others are disabled until one is unpicked.
    others = [b for i, b in picker.buttons.items() if i not in chosen]
    assert not any(b.isEnabled() for b in others)
    picker.grab().save(str(tmp_path / "favourites.png"))
    qtbot.mouseClick(picker.save_button, Qt.MouseButton.LeftButton)
    assert not picker.isVisible()
    with Library.open(path) as lib:
        rated = {r.item_id: r.rating for r in lib.ratings.for_profile(new_id)}
    assert rated == {item: 5.0 for item in chosen}
    dialog.close()


def test_skipping_saves_nothing_and_an_empty_library_asks_nothing(
    qtbot: Any, demo_library_file: Path, open_reader: Any, runner: Any, tmp_path: Path
) -> None:
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_library_file, path)
    window = show_main_window(qtbot, open_reader(path), runner, tmp_path / "models")
    dialog = window.manage_profiles()
    dialog.new_name.setText("Shy")
    new_id = dialog.create_profile()
    picker = dialog.favourites
    qtbot.mouseClick(picker.buttons[next(iter(picker.buttons))], Qt.MouseButton.LeftButton)
    picker.findChild(type(picker.save_button), "skipFavourites").click()
    assert not picker.isVisible()
    with Library.open(path) as lib:
        assert lib.ratings.for_profile(new_id) == []
    dialog.close()
    # A library where nobody rated or played anything has nothing to pick from.
    empty = tmp_path / "empty.sqlite"
    with Library.open(empty) as lib:
        lib.profiles.add("First")
    window2 = show_main_window(qtbot, open_reader(empty), runner, tmp_path / "models2")
    dialog2 = window2.manage_profiles()
    assert dialog2.ask_favourites(1, "First") is None
    dialog2.close()
