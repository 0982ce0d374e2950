"""The window's job titles and the command line space Chinese and a Latin name alike (issue
19): the Jobs panel read "为Ada推荐电影" while ``train --profile Ada`` printed "为用户 'Ada'训练"
and ``recommend`` "给 Ada 的推荐". One rule now, one function
(``config/cjk_spacing.format_spaced``): a space between Chinese and a Latin word or a number,
none between two Chinese words."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from ui_test_library import interface_language

from desktop_recsys.config.cjk_spacing import format_spaced
from desktop_recsys.jobs import JobRunner
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.ui.job_titles import job_title
from desktop_recsys.ui.main_window import MainWindow
from desktop_recsys.ui.ui_state import UiState

pytestmark = pytest.mark.gui

LONG_MS = 60000
HAN = "\u4e00-\u9fff"
#: A Chinese character touching a Latin letter, a digit or a quote: the space is missing.
TOUCHING = re.compile(f"[{HAN}][A-Za-z0-9']|[A-Za-z0-9'][{HAN}]")
SPACE_IN_CHINESE = re.compile(f"(?<=[{HAN}]) +(?=[{HAN}])")


def well_spaced(text: str) -> bool:
    return not TOUCHING.search(text) and not SPACE_IN_CHINESE.search(text)


def test_the_jobs_panel_spaces_a_latin_profile_name(
    qtbot: Any, qapp: Any, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    with interface_language(qapp, "zh_CN"):
        window = MainWindow(demo_reader, runner, models_dir=tmp_path / "models", state=UiState())
        qtbot.addWidget(window)
        window.show()
        window.show_screen("for_you")
        view = window.for_you_view
        view.set_kind("film")
        model = window.jobs_panel.model

        def titles() -> list[str]:
            return [
                str(model.index(r, 0).data(Qt.ItemDataRole.DisplayRole))
                for r in range(model.rowCount())
            ]

        qtbot.waitUntil(lambda: "为 Ada 推荐电影" in titles(), timeout=LONG_MS)
        qtbot.waitUntil(lambda: view.list_job is None, timeout=LONG_MS)
        assert all(well_spaced(title) for title in titles()), titles()
        window.close()


def test_titles_and_command_line_lines_follow_one_rule(
    qapp: Any, command_line: Any, demo_library_copy: Path
) -> None:
    train = {"algorithm": "popularity", "item_kind": "film", "profile": 1}
    with interface_language(qapp, "zh_CN"):
        titles = [
            job_title("train", train, "", {1: "Ada"}),
            job_title("recommend", {"item_kind": "film", "profile": 1}, "", {1: "Ada"}),
            job_title("recommend", {"item_kind": "film", "profile": 2}, "", {2: "小明"}),
            job_title("insights", {"profile": 3}),  # no name known: "用户 3"
        ]
    assert titles == [
        "为 Ada 训练电影的 popularity 模型",
        "为 Ada 推荐电影",
        "为小明推荐电影",
        "总结用户 3 的口味",
    ]

    library = str(demo_library_copy)
    command_line.speak("LANG")
    code, out, err = command_line.run(
        "train", "--kind", "film", "--algorithm", "popularity", "--profile", "Ada", "--quiet",
        "--library", library,
    )  # fmt: skip
    assert code == 0, err
    trained = out.splitlines()[0]
    assert trained.startswith("已在电影上为用户 'Ada' 训练 popularity："), trained
    code, out, err = command_line.run(
        "recommend", "--profile", "Ada", "--kind", "film", "--n", "2", "--library", library
    )
    assert code == 0, err
    head = out.splitlines()[0]
    assert head.startswith("给 Ada 的推荐，来自 popularity（模型运行 "), head
    for text in [*titles, trained, head]:
        assert well_spaced(text), text


@pytest.mark.parametrize(
    ("template", "args", "expected"),
    [
        ("为{1}推荐{0}", ("电影", "Ada"), "为 Ada 推荐电影"),
        ("为{1}推荐{0}", ("电影", "小明"), "为小明推荐电影"),
        ("为{0}训练", ("用户 'Ada'",), "为用户 'Ada' 训练"),  # a value's quotes count
        ("共{0}个", (3,), "共 3 个"),
        ("“{0}”", ("Ada",), "“Ada”"),  # full-width punctuation stays close
        ("{0}: {1}", ("默认算法", "x"), "默认算法: x"),  # the template's own ":" too
        ("导入 {0}({1})", ("a.csv", "电影"), "导入 a.csv(电影)"),
        ("{0:<6}个", ("Ada",), "Ada   个"),  # a column keeps its width
        ("For {0}", ("小明",), "For 小明"),
    ],
)
def test_the_rule(template: str, args: tuple[object, ...], expected: str) -> None:
    assert format_spaced(template, *args) == expected
