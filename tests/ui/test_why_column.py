"""For you's "Why" column at 1024×700 (issue 19): it read "Because…" on every row, in English
and in Chinese, even scrolled right. The column now shows a short form that leads with what
differs between rows (the titles liked, the terms), keeps room for at least the first of them,
and the whole sentence stays in the tooltip and the "Why this?" pane."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from ui_test_library import interface_language, painted

from desktop_recsys.config.cjk_spacing import format_spaced
from desktop_recsys.jobs import JobRunner
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.services.training_service import train_model
from desktop_recsys.ui.common import term_text
from desktop_recsys.ui.i18n import translate_message
from desktop_recsys.ui.main_window import MainWindow
from desktop_recsys.ui.reason_text import short_reason
from desktop_recsys.ui.ui_state import UiState

pytestmark = pytest.mark.gui

LONG_MS = 60000
SPACE_IN_CHINESE = re.compile("(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff])")


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory, demo_library_file: Path) -> tuple[Path, Path]:
    """The demo library with a film model, trained once for the module's windows (they only
    read it)."""
    folder = tmp_path_factory.mktemp("why")
    path = folder / "demo.sqlite"
    shutil.copyfile(demo_library_file, path)
    train_model(path, folder / "models", kind="film")
    return path, folder / "models"


@pytest.fixture(params=["en", "zh_CN"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    with interface_language(qapp, request.param) as lang:
        yield lang


def cited(item: Any) -> list[str]:
    """The titles and terms a row's reason cites, as the interface names them."""
    names = [title for _id, title, _w in item.because]
    return names + [term_text([taste.term]) for taste in item.evidence.tastes]


@pytest.mark.parametrize("size", [(1024, 700), (1600, 1000)])
def test_the_why_column_names_what_each_row_is_based_on(
    qtbot: Any,
    trained: tuple[Path, Path],
    open_reader: Any,
    runner: JobRunner,
    tmp_path: Path,
    language: str,
    size: tuple[int, int],
) -> None:
    path, models = trained
    reader: LibrarySession = open_reader(path)
    window = MainWindow(reader, runner, models_dir=models, state=UiState())
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.show_screen("for_you")
    view = window.for_you_view
    view.set_kind("film")
    qtbot.waitUntil(lambda: view.list_job is None and view.model.rowCount() > 0, timeout=LONG_MS)
    table, model = view.table, view.model
    column = next(i for i, c in enumerate(model.columns()) if c.field == "explanation")
    qtbot.waitUntil(lambda: table.horizontalHeader().sectionSize(column) > 0, timeout=LONG_MS)

    citing = 0
    for row in range(model.rowCount()):
        item = model.row_at(row)
        full = translate_message(item.explanation)
        # The tooltip and the pane keep the whole sentence; the cell shows the short form.
        assert model.index(row, column).data(Qt.ItemDataRole.ToolTipRole) == full
        assert model.index(row, column).data() == short_reason(item.explanation)
        names = cited(item)
        if not names:
            continue
        citing += 1
        shown = painted(table, column, row)
        assert any(name in shown for name in names), (
            f"row {row} at {size} in {language}: {shown!r} names none of {names} ({full!r})"
        )
    assert citing >= model.rowCount() // 2, "too few rows cite a title: the test proves little"
    # Nothing is pushed off-screen: the columns fit the table's width.
    header = table.horizontalHeader()
    total = sum(header.sectionSize(c) for c in range(header.count()))
    assert total <= table.viewport().width()
    table.selectRow(0)
    qtbot.waitUntil(
        lambda: view.why_text.text().startswith(translate_message(model.row_at(0).explanation)),
        timeout=LONG_MS,
    )
    if language == "zh_CN":  # "来自默认算法的 50 条推荐", not "来自 默认算法 的"
        qtbot.waitUntil(lambda: "条推荐" in window.message_label.text(), timeout=LONG_MS)
        status = window.message_label.text()
        assert "来自默认算法的" in status and not SPACE_IN_CHINESE.search(status), status
    QApplication.processEvents()
    # Looked at: pytest --basetemp=DIR keeps it.
    assert window.grab().save(str(tmp_path / f"for_you_{language}_{size[0]}.png"))
    window.close()


def test_job_titles_put_no_space_between_chinese_words(qapp: QApplication) -> None:
    """ "训练电影模型 默认算法": the algorithm's Chinese name after a space."""
    from desktop_recsys.ui.job_titles import job_title

    with interface_language(qapp, "zh_CN"):
        title = job_title("train", {"algorithm": "default", "item_kind": "film"})
        assert title == "训练电影的默认算法模型", title
        assert (
            job_title("train", {"algorithm": "als", "item_kind": "film"}) == "训练电影的 als 模型"
        )
    assert job_title("train", {"algorithm": "default", "item_kind": "film"}) == (
        "Training default on films"
    )


def test_names_and_chinese_words_in_the_for_you_notices(qtbot: Any, qapp: QApplication) -> None:
    """A group's notice joined the members' names with ", " and kept a space before "的";
    the training line read "正在训练 默认算法…"."""
    from types import SimpleNamespace

    from PySide6.QtWidgets import QToolButton

    from desktop_recsys.ui.common import algorithm_text
    from desktop_recsys.ui.views.for_you.group import GroupChooser

    button = QToolButton()
    qtbot.addWidget(button)
    chooser = GroupChooser(button, lambda members, strategy: None)
    rows = [SimpleNamespace(because=[(1, "小明", 0.5), (2, "小红", 0.5)])]
    result = SimpleNamespace(rows=rows, strategy="average", without_model=["小刚", "Bo"])
    with interface_language(qapp, "zh_CN"):
        notice = chooser.notice(result)
        assert notice.startswith("小明、小红的共享列表（"), notice
        assert "小刚、Bo" in notice and ", " not in notice and "。 " not in notice, notice
        assert not SPACE_IN_CHINESE.search(notice), notice
        training = format_spaced(
            QCoreApplication.translate("TrainRow", "Training {0}…"), algorithm_text("default")
        )
        assert training == "正在训练默认算法…", training
    assert chooser.notice(result).startswith("A shared list for 小明, 小红 (")
