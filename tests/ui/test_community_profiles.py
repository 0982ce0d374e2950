"""Community profiles through the real window: a data set's users teach the models but stay
out of the profile switcher, the Profiles dialog and the group picker until a person asks for
them; the switcher sorts names naturally and narrows as you type."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from ui_test_library import WAIT_MS, show_main_window

from desktop_recsys.errors import UserError
from desktop_recsys.library import Library
from desktop_recsys.services import import_service
from desktop_recsys.services.library_service import LibrarySession

pytestmark = pytest.mark.gui

#: The first users of ml-latest-small (its ratings are sorted by user): enough for "ml:8" and
#: "ml:79" and few enough for a quick import.
USERS = 80


def small_movielens(data_dir: Path, folder: Path) -> Path:
    """ml-latest-small with the ratings of its first ``USERS`` users only (real rows)."""
    source = data_dir / "ml-latest-small"
    folder.mkdir()
    for name in ("movies.csv", "links.csv", "tags.csv"):
        shutil.copyfile(source / name, folder / name)
    with (
        (source / "ratings.csv").open(encoding="utf-8") as rows,
        (folder / "ratings.csv").open("w", encoding="utf-8") as out,
    ):
        out.write(next(rows))
        for line in rows:
            if int(line.split(",", 1)[0]) > USERS:
                break
            out.write(line)
    return folder


@pytest.fixture
def ml_reader(tmp_path: Path, data_dir: Path, open_reader: Any) -> LibrarySession:
    path = tmp_path / "library.sqlite"
    with Library.open(path) as library:
        library.profiles.add("Alice")
        library.profiles.add("bob")
    import_service.import_movielens(path, small_movielens(data_dir, tmp_path / "ml"))
    return open_reader(path)


def switcher_names(window: Any) -> list[str]:
    combo = window.profile_switcher.combo
    return [combo.itemText(i) for i in range(combo.count())]


def test_data_set_users_are_community_profiles_hidden_until_shown(
    qtbot: Any, ml_reader: LibrarySession, runner: Any, tmp_path: Path
) -> None:
    profiles = ml_reader.library.profiles.list()
    community = [p.name for p in profiles if p.community]
    assert len(community) == USERS and not any(p.community for p in profiles if "ml:" not in p.name)

    window = show_main_window(qtbot, ml_reader, runner, tmp_path / "models")
    assert switcher_names(window) == ["Alice", "bob"]

    dialog = window.manage_profiles()
    listed = [dialog.profile_list.item(r).text() for r in range(dialog.profile_list.count())]
    assert listed == ["Alice", "bob"]
    assert dialog.show_community.isVisible() and not dialog.show_community.isChecked()
    assert "80" in dialog.show_community.text()
    assert [dialog.friends_list.item(r).text() for r in range(dialog.friends_list.count())] == [
        "bob"
    ]
    window.grab().save(str(tmp_path / "hidden.png"))

    dialog.show_community.setChecked(True)
    listed = [dialog.profile_list.item(r).text() for r in range(dialog.profile_list.count())]
    assert len(listed) == USERS + 2
    # Natural order: numbers by value, so ml:8 comes before ml:79 (text order puts it after).
    names = switcher_names(window)
    assert len(names) == USERS + 2
    assert names.index("ml:8") < names.index("ml:10") < names.index("ml:79")
    assert names[:4] == ["Alice", "bob", "ml:1", "ml:2"]
    dialog.grab().save(str(tmp_path / "dialog_shown.png"))
    assert window.state.value("show_community_profiles") is True

    dialog.show_community.setChecked(False)
    assert switcher_names(window) == ["Alice", "bob"]
    dialog.close()


def test_group_picker_lists_community_profiles_only_when_shown(
    qtbot: Any, ml_reader: LibrarySession, runner: Any, tmp_path: Path
) -> None:
    window = show_main_window(qtbot, ml_reader, runner, tmp_path / "models")
    window.show_screen("for_you")
    view = window.for_you_view
    view._fill_group_menu()
    labels = [a.text() for a in view.group_button.menu().actions() if a.isCheckable()]
    assert "bob" in labels and not any(label.startswith("ml:") for label in labels)

    window.show_screen("lab")
    lab_profiles = window.lab_view.settings.profile_combo
    shown = [lab_profiles.itemText(i) for i in range(lab_profiles.count())]
    assert shown == ["All profiles", "Alice", "bob"]

    window.state.set_value("show_community_profiles", True)
    view._fill_group_menu()
    labels = [a.text() for a in view.group_button.menu().actions() if a.isCheckable()]
    assert "ml:79" in labels
    assert lab_profiles.count() == 3 + USERS


def test_switcher_filters_as_you_type(
    qtbot: Any, ml_reader: LibrarySession, runner: Any, tmp_path: Path
) -> None:
    window = show_main_window(qtbot, ml_reader, runner, tmp_path / "models", activate=True)
    window.state.set_value("show_community_profiles", True)
    combo = window.profile_switcher.combo
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "ml:7")
    completer = combo.completer()
    qtbot.waitUntil(lambda: completer.popup().isVisible(), timeout=WAIT_MS)
    shown = [
        completer.completionModel().index(r, 0).data()
        for r in range(completer.completionModel().rowCount())
    ]
    # Contains, any case: ml:7 and ml:70 … ml:79, nothing else.
    assert shown == ["ml:7"] + [f"ml:{n}" for n in range(70, 80)]
    window.grab().save(str(tmp_path / "typing.png"))
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.profile_switcher.current_profile_name() == "ml:7", timeout=WAIT_MS
    )
    assert window.current_profile_id() == ml_reader.library.profiles.by_name("ml:7").id

    # Text naming no profile gives way to the current profile's name.
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "nobody")
    combo.lineEdit().editingFinished.emit()
    assert combo.currentText() == "ml:7"


def test_one_of_these_users_is_me_maps_a_data_set_user_onto_a_profile(
    tmp_path: Path, data_dir: Path
) -> None:
    source = small_movielens(data_dir, tmp_path / "ml")
    path = tmp_path / "library.sqlite"
    import_service.import_movielens(path, source, me="3", profile="Sam")
    with Library.open(path) as library:
        sam = library.profiles.by_name("Sam")
        assert sam is not None and not sam.community
        assert library.profiles.by_name("ml:3") is None
        user_3 = sum(1 for line in (source / "ratings.csv").open() if line.startswith("3,"))
        assert len(library.ratings.for_profile(sam.id)) == user_3 > 0
        assert library.profiles.count_community() == USERS - 1

    # A user the data set lacks, or an id that is not a number: one line, nothing kept.
    other = tmp_path / "other.sqlite"
    for me, profile, words in (
        ("99999", "Sam", "not in this data set"),
        ("x1", "Sam", "whole number"),
        ("5", " ", "name the profile"),
    ):
        with pytest.raises(UserError, match=words):
            import_service.import_movielens(other, source, me=me, profile=profile)
        with Library.open(other) as library:
            assert library.profiles.list() == [] and library.stats.collect().ratings == 0


def test_a_real_import_offers_to_remove_the_demo_and_the_banner_goes(
    qtbot: Any, runner: Any, tmp_path: Path, data_dir: Path, demo_library_copy: Path,
    open_reader: Any,
) -> None:  # fmt: skip
    reader = open_reader(demo_library_copy)
    window = show_main_window(qtbot, reader, runner, tmp_path / "models")
    assert window.banner.isVisible()
    wizard = window.open_import_wizard("movielens")
    assert wizard.me_edit.isVisible() and wizard.profile_combo.isEnabled()
    # Removing the demo is the default choice of a real import into it.
    assert wizard.remove_demo_check.isVisible() and wizard.remove_demo_check.isChecked()
    wizard.choose("movielens", small_movielens(data_dir, tmp_path / "ml"))
    wizard.me_edit.setText("8")
    wizard.profile_combo.setCurrentText("Me")
    wizard.grab().save(str(tmp_path / "wizard.png"))
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.import_ended, timeout=120_000)
    assert not wizard.remove_demo_job.active
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=WAIT_MS)
    assert not reader.is_synthetic()
    names = switcher_names(window)
    assert "Me" in names and not any(n.startswith("ml:") for n in names)
    me = reader.library.profiles.by_name("Me")
    assert reader.library.ratings.for_profile(me.id)
    window.grab().save(str(tmp_path / "after.png"))
    wizard.accept()


def test_unticking_remove_the_demo_keeps_it_and_its_banner(
    qtbot: Any, runner: Any, tmp_path: Path, data_dir: Path, demo_library_copy: Path,
    open_reader: Any,
) -> None:  # fmt: skip
    """The default can be refused: the import then runs beside the demo, which stays (with
    its banner); a library without the demo is not offered the box at all."""
    reader = open_reader(demo_library_copy)
    window = show_main_window(qtbot, reader, runner, tmp_path / "models")
    wizard = window.open_import_wizard("movielens")
    assert wizard.remove_demo_check.isChecked()
    wizard.remove_demo_check.setChecked(False)
    wizard.choose("movielens", small_movielens(data_dir, tmp_path / "ml"))
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.import_ended, timeout=120_000)
    assert wizard.remove_demo_job is None
    wizard.accept()
    assert reader.library.profiles.count_community() == USERS  # the import is there
    window.refresh()
    qtbot.wait(50)
    assert reader.is_synthetic() and window.banner.isVisible()  # and so is the demo

    plain = tmp_path / "plain.sqlite"
    Library.open(plain).close()
    window.set_reader(open_reader(plain), tmp_path / "models")
    other = window.open_import_wizard("movielens")
    assert not other.remove_demo_check.isChecked() and other.remove_demo_check.isHidden()
    other.reject()
