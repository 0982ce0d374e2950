"""Status lines follow the one rule of job titles and the command line
(``config/cjk_spacing.format_spaced``): in Chinese, a Latin name or a number beside Chinese
words gets one space ("为 Ada 训练", "因为你常听 Blue Train"), a template's space between two
Chinese words goes, and a name is shown as it was typed. Before, these lines closed every
space between two Chinese characters of the finished text (a second rule): a tag beside the
template's Chinese read "因为你常听Blue Train", and a playlist named "周末 歌单" became
"周末歌单" in the status bar. English comes out as ``str.format`` makes it."""

from __future__ import annotations

import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QToolButton
from ui_test_library import interface_language, show_main_window

from desktop_recsys.config.language import catalog
from desktop_recsys.errors import UserError
from desktop_recsys.jobs import JobRunner
from desktop_recsys.jobs.base import JobLane
from desktop_recsys.progress import Message, Terms
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.ui.dialogs.favourites_dialog import FavouritesDialog
from desktop_recsys.ui.i18n import translate_message
from desktop_recsys.ui.reason_text import short_reason
from desktop_recsys.ui.sonic_analysis import summary
from desktop_recsys.ui.views.for_you.group import GroupChooser
from desktop_recsys.ui.views.for_you.train_row import TrainRow

pytestmark = pytest.mark.gui

WAIT_MS = 30000
BLUE_TRAIN = Message("Because you listen to {terms}", terms=Terms(("Blue Train",)))
EMPTY = "the playlist {name} is empty; add items to it first"


def test_messages_and_reasons_space_a_latin_name_as_the_command_line_does(qapp: Any) -> None:
    ada = Message("Recommending for {name}", name="Ada")
    weekend = Message(EMPTY, name="周末 歌单")
    with interface_language(qapp, "zh_CN"):
        shown = [translate_message(m) for m in (BLUE_TRAIN, ada, weekend)]
        assert shown == [
            "因为你常听 Blue Train",
            "正在为 Ada 推荐",
            "播放列表周末 歌单是空的；请先添加条目",
        ]
        assert short_reason(BLUE_TRAIN) == "你常听 Blue Train"
    # The command line reads the same catalogue and says the same.
    assert [catalog("zh_CN").message(m) for m in (BLUE_TRAIN, ada, weekend)] == shown
    assert translate_message(BLUE_TRAIN) == "Because you listen to Blue Train"
    assert short_reason(BLUE_TRAIN) == "You play Blue Train"


def test_the_group_notice_spaces_latin_names(qtbot: Any, qapp: Any) -> None:
    button = QToolButton()
    qtbot.addWidget(button)
    chooser = GroupChooser(button, lambda members, strategy: None)
    rows = [SimpleNamespace(because=[(1, "Ada", 0.5), (2, "小红", 0.5)])]
    result = SimpleNamespace(rows=rows, strategy="average", without_model=["Bo"])
    with interface_language(qapp, "zh_CN"):
        assert chooser.notice(result) == (
            "Ada、小红的共享列表（平均）。共享模型训练完成后，Bo 就会加入（正在训练）。"
        )
    assert chooser.notice(result) == (
        "A shared list for Ada, 小红 (average). Bo will join as soon as the shared model is "
        "trained (it is being trained)."
    )


def test_the_favourites_intro_spaces_a_latin_profile_name(
    qtbot: Any, qapp: Any, demo_library_copy: Path
) -> None:
    def intro(name: str) -> str:
        dialog = FavouritesDialog(demo_library_copy, 1, name, [])
        qtbot.addWidget(dialog)
        return dialog.findChildren(QLabel)[0].text()

    with interface_language(qapp, "zh_CN"):
        assert intro("Ada").startswith("挑选 5 个 Ada 喜欢的："), intro("Ada")
        assert intro("小明").startswith("挑选 5 个小明喜欢的："), intro("小明")
    assert intro("Ada").startswith("Pick 5 that Ada likes:")


def test_the_sound_analysis_line_spaces_its_numbers(qapp: Any) -> None:
    report = SimpleNamespace(done=12, failed=[1], unchanged=3, skipped=[])
    with interface_language(qapp, "zh_CN"):
        assert summary(report) == "声音已分析：12 首曲目（1 首无法分析）；3 首此前已分析且未改动"
    assert (
        summary(report) == "Sound analysed: 12 tracks (1 could not be analysed); 3 done "
        "before and unchanged"
    )


def test_the_status_bar_shows_a_failed_jobs_line_with_names_as_they_are(
    qtbot: Any, qapp: Any, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    """A job of profile Ada fails naming a playlist: the line spaces "Ada" and "Blue Train"
    and keeps the space a person typed in "周末 歌单"."""

    def fail(name: str) -> Any:
        def job(_progress: Any, _cancel: Any) -> None:
            raise UserError(Message(EMPTY, name=name))

        return job

    with interface_language(qapp, "zh_CN"):
        window = show_main_window(qtbot, demo_reader, runner, tmp_path / "models")
        profile = window.current_profile_id()
        assert window._profile_names[profile] == "Ada"
        params = {"algorithm": "popularity", "item_kind": "film", "profile": profile}
        title = "为 Ada 训练电影的 popularity 模型"
        for name, said in (
            ("Blue Train", "播放列表 Blue Train 是空的"),
            ("周末 歌单", "播放列表周末 歌单是空的"),
        ):
            runner.submit(fail(name), kind="train", lane=JobLane.WRITE, params=params)
            expected = f"{title}失败：{said}；请先添加条目"
            qtbot.waitUntil(lambda e=expected: window.message_label.text() == e, timeout=WAIT_MS)
        window.close()


class _Waiting:
    """A job that runs until it is cancelled (the row shows its line meanwhile)."""

    kind = "train"
    lane = JobLane.WRITE
    title = "train"

    def params(self) -> dict[str, Any]:
        return {}

    def __call__(self, _progress: Any, cancel: Any) -> None:
        while not cancel.cancelled:
            time.sleep(0.01)


def test_the_training_line_spaces_a_latin_algorithm(
    qtbot: Any, qapp: Any, runner: JobRunner
) -> None:
    with interface_language(qapp, "zh_CN"):
        lines = []
        for algorithm in ("ALS", "默认算法"):
            row = TrainRow()
            qtbot.addWidget(row)
            row.train(runner, _Waiting(), algorithm)
            lines.append(row.message.text())
            row.cancel()
            qtbot.waitUntil(lambda r=row: r.job is None, timeout=WAIT_MS)
    assert lines == ["正在训练 ALS…", "正在训练默认算法…"]


def test_the_radio_line_spaces_a_latin_title(
    qtbot: Any, qapp: Any, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    with interface_language(qapp, "zh_CN"):
        window = show_main_window(qtbot, demo_reader, runner, tmp_path / "models")
        window.show_screen("library")
        library = window.library_view
        library.current_view().selectRow(3)
        title = demo_reader.item(library.current_item_id()).title
        assert title.isascii(), title
        action = next(
            a for a in library.build_context_menu().actions() if a.objectName() == "startRadio"
        )
        action.trigger()
        dialog = window.radio.dialogs[-1]
        qtbot.waitUntil(lambda: "相似的条目" in dialog.status.text(), timeout=WAIT_MS)
        text = dialog.status.text()
        assert text.startswith(f"50 个与“{title}”相似的条目，结合"), text
        assert text.endswith("。") and " 。" not in text and "结合 " not in text, text
        window.close()
