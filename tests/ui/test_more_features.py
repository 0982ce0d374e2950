"""The real main window on a copy of the demo library: the import wizard with a generic CSV,
library filters, bulk editing and playlists, the diversity slider, shelves and group mode in
"For you", and the settings dialog."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWizard
from ui_test_library import show_main_window, wait_job_ended

from desktop_recsys.jobs import JobRunner
from desktop_recsys.library import dataset_rows
from desktop_recsys.services import import_service
from desktop_recsys.services.item_actions import ItemActions
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.ui.i18n import install_translators, resolve_language
from desktop_recsys.ui.job_titles import job_title
from desktop_recsys.ui.main_window import MainWindow
from desktop_recsys.ui.models.csv_preview_table_model import CsvPreviewTableModel
from desktop_recsys.ui.theme import apply_theme
from desktop_recsys.ui.ui_state import UiState

pytestmark = pytest.mark.gui

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

WAIT_MS = 30000


@pytest.fixture
def reader(demo_reader: LibrarySession) -> LibrarySession:
    return demo_reader


@pytest.fixture
def window(qtbot: Any, reader: LibrarySession, runner: JobRunner, tmp_path: Path) -> MainWindow:
    return show_main_window(qtbot, reader, runner, tmp_path / "models")


# -- import wizard -----------------------------------------------------------------------------
def test_import_a_generic_csv_with_column_mapping_and_see_the_report(
    qtbot: Any, window: MainWindow, runner: JobRunner, tmp_path: Path, qtmodeltester: Any
) -> None:
    source = tmp_path / "my films.csv"
    source.write_text(
        "Name;Released;Director;Stars;Notes\n"
        "Quiet Harbour Lights;1999;Ann Example;4.5;seen twice\n"
        "The Paper Orchard;2011;Bo Sample;3;\n"
        ";2001;Nobody;2;no title: skipped\n",
        encoding="utf-8",
    )
    profile = window.profile_switcher.current_profile_name()
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    wizard = window.import_wizard
    qtbot.waitExposed(wizard)
    wizard.choose("csv")
    wizard.next()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no path yet
    qtbot.keyClicks(wizard.path_edit, str(source))
    wizard.next()
    assert wizard.currentId() == wizard.mapping_page_id
    # The preview shows the rows; the obvious columns are guessed, the rest chosen by hand.
    model = wizard.preview_model
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.columnCount() == 5
    assert model.data(model.index(1, 0)) == "The Paper Orchard"
    assert wizard.mapping() == {"Name": "title", "Director": "artist", "Stars": "rating"}
    wizard.set_column("Released", "year")
    wizard.set_column("Director", "artist")
    assert "→ Year" in model.headerData(1, Qt.Orientation.Horizontal)  # the field's label
    wizard.item_kind_combo.setCurrentIndex(wizard.item_kind_combo.findData("film"))
    wizard.next()
    wait_job_ended(qtbot, runner, wizard.job)
    qtbot.waitUntil(lambda: wizard.import_ended, timeout=WAIT_MS)
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    report = wizard.report_view.toPlainText()
    assert "1 problem" in report and "title" in report.lower()
    wizard.accept()

    # The films are in the library (the table refreshed), with the profile's ratings.
    window.library_view.show_kind("film")
    window.library_view.search_edit.setText("Paper Orchard")
    window.library_view.apply_search()
    films = window.library_view.current_model()
    assert films.total == 1 and films.row_at(0).year == 2011
    assert films.row_at(0).artist == "Bo Sample"
    assert profile is not None
    assert films.rating_of(films.item_id(0)) == 3.0


def test_csv_preview_model_is_a_valid_table_when_empty(qtmodeltester: Any) -> None:
    model = CsvPreviewTableModel()
    qtmodeltester.check(model)
    model.set_preview(import_service.CsvPreview(["a", "b"], [["1", "2"], ["3"]], ",", "utf-8"))
    qtmodeltester.check(model)
    assert model.data(model.index(1, 1)) == ""


# -- library: filters, bulk editing, playlists -------------------------------------------------
def test_filter_the_library_by_genre_year_rating_and_plays(
    qtbot: Any, window: MainWindow, reader: LibrarySession
) -> None:
    library = window.library_view
    library.show_kind("film")
    model = library.current_model()
    everything = model.total
    bar = library.filter_bar
    genre = bar.genre.itemData(1)  # the text also says how many: "Action (123)"
    bar.genre.setCurrentIndex(1)
    assert 0 < model.total < everything
    assert all(genre in model.row_at(r).genres for r in range(model.rowCount()))
    assert "filtered" in window.summary_label.text()

    bar.year_min.setValue(1990)
    bar.year_max.setValue(1999)
    assert all(1990 <= (model.row_at(r).year or 0) <= 1999 for r in range(model.rowCount()))

    # Rating filters follow the current profile's stars.
    bar.clear()
    assert model.total == everything and not bar.clear_button.isEnabled()
    library.current_view().selectRow(5)
    library.rate_selected(5)
    bar.rating.setCurrentIndex(bar.rating.findData(5.0))
    rated = ItemActions(reader).ratings_of(window.current_profile_id())
    five = {i for i, stars in rated.items() if stars >= 5}
    assert model.total == len([i for i in five if reader.item(i).kind == "film"])
    assert {model.item_id(r) for r in range(model.rowCount())} <= five

    bar.rating.setCurrentIndex(0)
    bar.played.setCurrentIndex(bar.played.findData(False))
    never = model.total
    bar.played.setCurrentIndex(bar.played.findData(True))
    assert never + model.total == everything

    # Switching tabs keeps the filter; a missing-file filter on the demo finds nothing.
    bar.clear()
    bar.missing.setCurrentIndex(bar.missing.findData(True))
    library.show_kind("track")
    assert library.current_model().total == 0


def test_bulk_edit_several_rows_and_add_them_to_a_playlist(
    qtbot: Any, window: MainWindow, runner: JobRunner, reader: LibrarySession
) -> None:
    library = window.library_view
    library.show_kind("track")
    view = library.current_view()
    view.selectRow(0)
    view.selectionModel().select(
        view.model().index(1, 0),
        view.selectionModel().SelectionFlag.Select | view.selectionModel().SelectionFlag.Rows,
    )
    ids = library.selected_item_ids()
    assert len(ids) == 2
    qtbot.keyClick(view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = library.bulk_dialog
    assert dialog.windowTitle() == "Edit 2 item(s)"
    dialog.set_field("album", "Night Drives")
    dialog.set_field("year", "1987")
    dialog.set_field("genres", "Synthwave, Test")
    dialog.accept()
    wait_job_ended(qtbot, runner, library.bulk_job)
    for item_id in ids:
        qtbot.waitUntil(lambda i=item_id: reader.item(i).album == "Night Drives")
        item = reader.item(item_id)
        assert item.year == 1987 and set(item.genres) == {"Synthwave", "Test"}
        assert item.artist  # untouched: not ticked

    # Add the same rows to a new playlist, then again: no duplicates. (The refresh after the
    # edit cleared the selection; titles did not change, so the rows are where they were.)
    view.selectRow(0)
    view.selectionModel().select(
        view.model().index(1, 0),
        view.selectionModel().SelectionFlag.Select | view.selectionModel().SelectionFlag.Rows,
    )
    assert sorted(library.selected_item_ids()) == sorted(ids)
    assert library.add_selected_to_playlist(new_name="Road trip")
    actions = ItemActions(reader)
    playlist = next(
        p for p in actions.playlists(window.current_profile_id()) if p.name == "Road trip"
    )
    assert library.add_selected_to_playlist(playlist_id=playlist.id)
    assert sorted(actions.playlist_items(playlist.id)) == sorted(ids)
    assert "Road trip" in window.message_label.text()
    menu = library.build_context_menu()
    submenu = next(
        a.menu() for a in menu.actions() if a.menu() and a.menu().objectName() == "playlistMenu"
    )
    assert "Road trip" in [a.text() for a in submenu.actions()]


# -- For you: diversity, shelves, group mode ---------------------------------------------------
def test_diversity_slider_reranks_live_and_shelves_and_group_mode(
    qtbot: Any, window: MainWindow, runner: JobRunner, reader: LibrarySession
) -> None:
    for_you = window.for_you_view
    window.show_screen("for_you")
    for_you.set_kind("film")
    wait_job_ended(qtbot, runner, for_you.train_now())
    qtbot.waitUntil(lambda: for_you.model.rowCount() > 0, timeout=WAIT_MS)
    assert for_you.result is not None and for_you.result.vectors is not None
    for_you.diversity.setValue(0)
    relevance = [for_you.model.row_at(r).item_id for r in range(for_you.model.rowCount())]
    assert len(relevance) == 50

    # Marked "not interested", then the slider moves: it stays gone and the order changes.
    for_you.table.selectRow(1)
    gone = for_you.selected_item().item_id
    assert for_you.not_interested()
    qtbot.keyClick(for_you.diversity, Qt.Key.Key_End)
    assert for_you.diversity.value() == 100
    varied = [for_you.model.row_at(r).item_id for r in range(for_you.model.rowCount())]
    assert gone not in varied and len(varied) == 50
    assert varied[0] == relevance[0] and varied != [i for i in relevance if i != gone]
    ranks = sorted(for_you.model.row_at(r).rank for r in range(for_you.model.rowCount()))
    assert ranks == list(range(1, 51))

    # "Because you liked X" shelves appear once the profile loves something.
    profile = window.current_profile_id()
    favourite = reader.library.items.ids_by_kind("film")[0]
    ItemActions(reader).rate(profile, favourite, 5)
    for_you.refresh()
    # The shelves are fetched once the list has come (they would slow it down beside it).
    loved = reader.item(favourite).title

    def shelf_titles() -> list[str]:
        return [label.text() for label in for_you.shelf_labels if label.isVisible()]

    qtbot.waitUntil(lambda: any(loved in t for t in shelf_titles()), timeout=WAIT_MS)
    assert for_you.shelves.isVisible()
    assert for_you.shelf_lists[0].count() > 0

    # Group mode: a second profile with its own model; the list combines both.
    other = next(p for p in window.profiles.profiles() if p.id != profile)
    window.select_profile(other.id)
    wait_job_ended(qtbot, runner, for_you.train_now())
    window.select_profile(profile)
    job = for_you.set_group([other.id], "least_misery")
    wait_job_ended(qtbot, runner, job)
    qtbot.waitUntil(lambda: for_you.group_result is not None, timeout=WAIT_MS)
    group = for_you.group_result
    assert set(group.profile_ids) == {profile, other.id} and group.rows
    assert for_you.model.rowCount() == len(group.rows)
    assert not for_you.diversity.isEnabled()
    for_you.table.selectRow(0)
    names = [name for _i, name, _w in for_you.selected_item().because]
    assert other.name in names and "shared list" in for_you.notice.text()
    seen = dataset_rows.profile_item_ids(reader.library, other.id, "film")
    assert not {r.item_id for r in group.rows} & seen

    # Add the group's top pick to a playlist from the For-you screen.
    assert for_you.add_selected_to_playlist(new_name="Film night")
    playlist = next(p for p in ItemActions(reader).playlists(profile) if p.name == "Film night")
    assert ItemActions(reader).playlist_items(playlist.id) == [group.rows[0].item_id]


# -- settings ----------------------------------------------------------------------------------
def test_settings_store_choices_and_apply_the_theme(qtbot: Any, window: MainWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.settings_dialog
    qtbot.waitExposed(dialog)
    assert str(window.state.value("theme", "system")) == dialog.theme.currentData()
    try:
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
        dialog.threads.setValue(1)
        dialog.accept()
        assert window.state.value("theme") == "dark"
        assert window.state.value("language") == "zh_CN"
        assert window.state.value("training_threads") == 1
        assert app.palette().color(QPalette.ColorRole.Window).lightness() < 100
    finally:
        apply_theme(app, "system")


# -- translations ------------------------------------------------------------------------------
def test_simplified_chinese_shows_translated_screens_and_menus(
    qtbot: Any, reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        assert install_translators(app, "zh_CN") == "zh_CN"
        window = MainWindow(reader, runner, models_dir=tmp_path / "models", state=UiState())
        qtbot.addWidget(window)
        window.show()
        assert [window.nav.item(i).text() for i in range(3)] == ["媒体库", "为你推荐", "洞察"]
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus[:2] == ["文件(&F)", "用户(&P)"]
        assert window.library_view.filter_bar.genre.itemText(0) == "任意类型"
        assert window.library_view.tabs.tabText(2).startswith("电影")
        assert window.for_you_view.train_button.text() == "立即训练(&T)"

        # Strings lupdate could only see once marked: table headers and tool tips, the demo
        # banner, the playlist menu and job titles.
        horizontal = Qt.Orientation.Horizontal
        window.library_view.show_kind("film")
        films = window.library_view.current_model()
        headers = [films.headerData(c, horizontal) for c in range(films.columnCount())]
        assert headers == ["标题", "导演", "年份", "时长", "评分", "类型", "分级"]
        assert films.headerData(5, horizontal, Qt.ItemDataRole.ToolTipRole) == "类型（不可排序）"
        window.library_view.show_kind("track")
        tracks = window.library_view.current_model()
        assert tracks.headerData(2, horizontal) == "专辑"
        recs = window.for_you_view.model
        assert [recs.headerData(c, horizontal) for c in range(recs.columnCount())][-3:] == [
            "得分",
            "评分",
            "推荐理由",
        ]
        jobs = window.jobs_panel.model
        assert jobs.headerData(0, horizontal) == "任务" and jobs.headerData(1, horizontal) == "状态"
        assert window.banner.isVisible()
        assert window.banner.text() == "演示媒体库：合成数据，供试用本应用"
        menu = window.library_view.build_context_menu()
        assert "添加到播放列表(&P)" in [a.text() for a in menu.actions()]
        train = {"algorithm": "ease", "item_kind": "film", "profile": 1}
        assert job_title("train", train, "", {1: "Ann"}) == "为 Ann 训练电影的 ease 模型"
        assert job_title("create_demo", {}) == "创建演示媒体库"
    finally:
        assert install_translators(app, "en") == "en"
    english = MainWindow(reader, runner, models_dir=tmp_path / "models", state=UiState())
    qtbot.addWidget(english)
    assert english.nav.item(1).text() == "For you"


def test_the_system_language_picks_chinese_only_when_the_system_speaks_it() -> None:
    assert (
        resolve_language("system", QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        == "zh_CN"
    )
    assert resolve_language(None, QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "en"
    assert resolve_language("zh_CN") == "zh_CN" and resolve_language("fr") == "en"


def test_compiled_translations_are_up_to_date() -> None:
    build = importlib.import_module("build_translations")
    assert build.stale() == [], "run scripts/build_translations.py"
