"""In Simplified Chinese, text made below the interface is Chinese too: the "why" of each
recommendation, job progress and finished messages in the jobs panel, and a job's error."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_test_library import WAIT_MS, show_main_window, wait_job_ended

from desktop_recsys.jobs import JobRunner
from desktop_recsys.progress import CancelToken, Message, ProgressFn
from desktop_recsys.services import recommend_service
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.ui.i18n import install_translators, translate_message
from desktop_recsys.ui.models.jobs_table_model import COLUMNS

CJK = re.compile(r"[\u4e00-\u9fff]")
# Words of the English templates that must not show through in Chinese.
ENGLISH = re.compile(
    r"\b(Because|liked|Shares|genre|Popular|people|friends?|Model|ready|recommendations|"
    r"Reading|Loading|Ranking|Explaining|epoch|trained|train)\b"
)


def chinese(text: str) -> bool:
    return bool(CJK.search(text)) and not ENGLISH.search(text)


@pytest.fixture
def zh(qapp: QApplication) -> Any:
    assert install_translators(qapp, "zh_CN") == "zh_CN"
    yield qapp
    assert install_translators(qapp, "en") == "en"


def test_for_you_and_the_jobs_panel_speak_chinese(
    qtbot: Any, zh: QApplication, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    models_dir = tmp_path / "models"
    window = show_main_window(qtbot, demo_reader, runner, models_dir, activate=True)
    view = window.for_you_view
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    view.set_kind("film")
    wait_job_ended(qtbot, runner, view.list_job)
    assert view.model.rowCount() == 0

    progress: list[tuple[int, object]] = []
    runner.progress.connect(lambda job, _fraction, message: progress.append((job, message)))
    qtbot.mouseClick(view.train_button, Qt.MouseButton.LeftButton)
    train_job = view.train_job
    assert train_job is not None
    qtbot.waitUntil(lambda: view.train_job is None and view.list_job is None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=WAIT_MS)

    # The "why" column and the explanation panel.
    column = next(i for i, c in enumerate(view.model.columns()) if c.field == "explanation")
    whys = [view.model.data(view.model.index(r, column)) for r in range(view.model.rowCount())]
    assert not any(", " in why for why in whys), whys  # "♥ Alien、Heat": the Chinese list
    # The column leads with what it cites (issue 19); its tooltip and the pane say it whole.
    tips = [
        view.model.data(view.model.index(r, column), Qt.ItemDataRole.ToolTipRole)
        for r in range(view.model.rowCount())
    ]
    assert all(chinese(tip) for tip in tips), tips
    assert any(tip.startswith("因为你喜欢") for tip in tips)
    first = view.model.row_at(0)
    assert isinstance(first.explanation, Message)  # English underneath, Chinese on screen
    assert view.why_text.text().startswith(tips[0])
    assert chinese(view.why_text.text())

    # The training's own steps (reading, saving, done) and every translatable step of the
    # algorithm read in Chinese.
    trained = [message for job, message in progress if job == train_job]
    assert isinstance(trained[0], Message) and isinstance(trained[-1], Message)
    assert translate_message(trained[0]) == "正在读取电影库"
    shown_steps = [translate_message(m) for m in trained if isinstance(m, Message)]
    assert all(chinese(text) for text in shown_steps), shown_steps

    # The jobs panel: the training's finished message ("模型 1 已就绪") and the list's.
    jobs = window.jobs_panel.model
    message_column = COLUMNS.index("message")
    shown = {}
    for r in range(jobs.rowCount()):
        row = jobs.row_at(r)
        if row is not None and row.job_id is not None:
            shown[row.job_id] = jobs.data(jobs.index(r, message_column))
    assert re.fullmatch(r"模型 \d+ 已就绪", shown[train_job]), shown
    assert all(chinese(text) for text in shown.values() if text), shown

    view.table.selectRow(0)
    window.resize(1400, 860)
    QApplication.processEvents()
    # The rendered screen (look at it when changing this view: pytest --basetemp=DIR keeps it).
    assert window.grab().save(str(tmp_path / "for_you_zh.png"))


def _no_model(models_dir: Path, library: Path) -> Any:
    def job(progress: ProgressFn, cancel: CancelToken) -> Any:
        return recommend_service.recommend_for(
            library, models_dir, profile=1, kind="track", progress=progress, cancel=cancel
        )

    return job


def test_a_failed_job_explains_itself_in_chinese(
    qtbot: Any, zh: QApplication, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    window = show_main_window(qtbot, demo_reader, runner, tmp_path / "models")
    job = runner.submit(
        _no_model(tmp_path / "models", demo_reader.library.path), kind="recommend", title="x"
    )
    wait_job_ended(qtbot, runner, job)
    info = runner.job(job)
    assert info is not None and isinstance(info.error, Message)
    assert str(info.error).startswith("no model has been trained for tracks")
    jobs = window.jobs_panel.model
    row = next(r for r in range(jobs.rowCount()) if jobs.row_at(r).job_id == job)
    shown = jobs.data(jobs.index(row, COLUMNS.index("message")))
    assert shown == "尚未为曲目训练模型；请先训练"
    # "Copy details" keeps the English line for a bug report beside the translation.
    details = jobs.row_at(row).details()
    assert "尚未为曲目训练模型" in details and "no model has been trained for tracks" in details
    box = window._failure_box
    assert box is not None and box.text() == shown


def test_the_import_wizard_reports_in_chinese(
    qtbot: Any,
    zh: QApplication,
    demo_reader: LibrarySession,
    runner: JobRunner,
    tmp_path: Path,
    data_dir: Path,
) -> None:
    window = show_main_window(qtbot, demo_reader, runner, tmp_path / "models", activate=True)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    wizard = window.import_wizard
    qtbot.waitExposed(wizard)
    seen: list[str] = []
    runner.progress.connect(lambda *_: seen.append(wizard.status_label.text()))
    wizard.choose("movielens", data_dir / "ml-latest-small")
    wizard.next()
    wizard.next()
    wait_job_ended(qtbot, runner, wizard.job)
    qtbot.waitUntil(lambda: wizard.import_ended, timeout=WAIT_MS)
    # Progress as the importer reported it ("ratings", "adding films", "done"), in Chinese.
    assert seen and all(chinese(text) for text in seen), seen
    report = wizard.report_view.toPlainText().splitlines()
    assert any(re.fullmatch(r"电影：新增 [\d,]+，已匹配 [\d,]+", line) for line in report), report
    assert any(line.startswith("评分：新增 ") for line in report), report
    wizard.accept()

    # A folder that does not exist: the error, in Chinese, is the report (the import checks
    # the source before it opens the library).
    window.import_action.trigger()  # File > Import…
    assert window.import_wizard is not wizard
    wizard = window.import_wizard
    qtbot.waitExposed(wizard)
    missing = tmp_path / "no-such-folder"
    wizard.choose("movielens", missing)
    wizard.next()
    wizard.next()
    wait_job_ended(qtbot, runner, wizard.job)
    qtbot.waitUntil(lambda: wizard.import_ended, timeout=WAIT_MS)
    assert wizard.report_view.toPlainText() == f"{missing} 不存在"
    wizard.reject()

    # A file where the data set's folder belongs: the importer's own words.
    window.import_action.trigger()
    wizard = window.import_wizard
    qtbot.waitExposed(wizard)
    a_file = tmp_path / "ratings.csv"
    a_file.write_text("userId,movieId,rating,timestamp\n", encoding="utf-8")
    wizard.choose("movielens", a_file)
    wizard.next()
    wizard.next()
    wait_job_ended(qtbot, runner, wizard.job)
    qtbot.waitUntil(lambda: wizard.import_ended, timeout=WAIT_MS)
    assert wizard.report_view.toPlainText() == (
        f"{a_file} 不是文件夹；请选择 MovieLens 数据集所在的文件夹"
    )
    wizard.reject()
