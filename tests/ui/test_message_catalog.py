"""Text made below the interface is translated: the catalogue of Message templates is complete,
every template has a Chinese translation, and ``translate_message`` formats and falls back
safely."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

import desktop_recsys
from desktop_recsys.errors import UserError
from desktop_recsys.jobs import JobRunner
from desktop_recsys.jobs.base import describe_error
from desktop_recsys.jobs.synchronous import SynchronousJobRunner
from desktop_recsys.progress import CancelToken, Message, ProgressFn
from desktop_recsys.ui.i18n import (
    MESSAGE_CONTEXT,
    error_text,
    import_report_lines,
    install_translators,
    translate_message,
    translations_dir,
)
from desktop_recsys.ui.message_catalog import IMPORT_OUTCOMES, MESSAGES

PACKAGE = Path(desktop_recsys.__file__).parent
TS_FILE = translations_dir() / "desktop_recsys_zh_CN.ts"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
CJK = re.compile(r"[\u4e00-\u9fff]")


def message_templates() -> tuple[dict[str, list[str]], list[str]]:
    """Every literal template passed to ``Message(...)`` in the package (template -> where),
    and the calls whose template is not a literal string."""
    found: dict[str, list[str]] = {}
    not_literal: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name != "Message":
                continue
            where = f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.setdefault(first.value, []).append(where)
            elif path != PACKAGE / "progress.py":  # progress.py rebuilds unpickled Messages
                not_literal.append(where)
    return found, not_literal


def ts_translations(context: str) -> dict[str, tuple[str, str | None]]:
    """source -> (translation text, its ``type`` attribute) for one context of the .ts."""
    root = ET.parse(TS_FILE).getroot()
    out: dict[str, tuple[str, str | None]] = {}
    for ctx in root.iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            out[message.findtext("source") or ""] = (
                translation.text or "",
                translation.get("type"),
            )
    return out


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[QApplication]:
    assert install_translators(qapp, "zh_CN") == "zh_CN"
    yield qapp
    assert install_translators(qapp, "en") == "en"


# -- the catalogue -----------------------------------------------------------------------------
def test_every_message_template_in_the_code_is_in_the_catalogue_and_no_other() -> None:
    found, not_literal = message_templates()
    assert not not_literal, f"Message templates must be literal strings: {not_literal}"
    assert len(found) > 100  # the walk did find the services' messages
    missing = {t: where for t, where in found.items() if t not in MESSAGES}
    assert not missing, f"add to desktop_recsys/ui/message_catalog.py: {missing}"
    unused = [t for t in MESSAGES if t not in found]
    assert not unused, f"no longer used, remove from the catalogue: {unused}"
    assert len(set(MESSAGES)) == len(MESSAGES), "a template is listed twice"


def test_every_catalogued_text_has_a_finished_chinese_translation() -> None:
    for context, sources in ((MESSAGE_CONTEXT, MESSAGES), ("import_report", IMPORT_OUTCOMES)):
        translated = ts_translations(context)
        for source in sources:
            assert source in translated, f"run build_translations.py --update: {source!r}"
            text, kind = translated[source]
            assert kind is None and text.strip(), f"translate {source!r} in {TS_FILE.name}"
            if re.search("[A-Za-z]", PLACEHOLDER.sub("", source)):  # words, not only "{a}; {b}"
                assert CJK.search(text), f"{source!r} -> {text!r} is not Chinese"
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
                f"placeholders differ: {source!r} -> {text!r}"
            )


def test_every_translation_is_filed_under_a_context_the_code_asks_for() -> None:
    """lupdate files a string it cannot tie to a class (a call through a helper named ``tr``)
    under the empty context, which no ``translate`` call asks for: the translation is there
    and the window stays English (the sound analysis line did, in a clean clone)."""
    root = ET.parse(TS_FILE).getroot()
    nameless = [
        message.findtext("source")
        for context in root.iter("context")
        if not (context.findtext("name") or "").strip()
        for message in context.iter("message")
    ]
    assert nameless == [], f"give these a context at their translate() call: {nameless}"


# -- translate_message -------------------------------------------------------------------------
def test_a_message_is_translated_and_formatted_with_its_arguments(chinese: QApplication) -> None:
    message = Message("Because you liked {titles}", titles="Alien, Heat")
    assert str(message) == "Because you liked Alien, Heat"
    assert translate_message(message) == "因为你喜欢 Alien, Heat"
    # Format specs survive translation.
    assert (
        translate_message(Message("Edited {count:,} items", count=12345)) == "已编辑 12,345 个条目"
    )


def test_messages_nested_in_arguments_are_translated_too(chinese: QApplication) -> None:
    message = Message(
        "{first}; {second}",
        first=Message("Because you liked {titles}", titles="Alien"),
        second=Message("Shares genre {names}", names="Sci-Fi"),
    )
    assert str(message) == "Because you liked Alien; Shares genre Sci-Fi"
    assert translate_message(message) == "因为你喜欢 Alien；同属类型：Sci-Fi"
    # An untranslated outer template keeps its English words around translated arguments.
    outer = Message("Not translated: {inner}", inner=Message("Ranking"))
    assert translate_message(outer) == "Not translated: 正在排序"


def test_untranslated_and_plain_text_fall_back_to_english(chinese: QApplication) -> None:
    assert translate_message(Message("A template nobody translated {n}", n=3)) == (
        "A template nobody translated 3"
    )
    plain = "a plain string"
    assert translate_message(plain) is plain
    assert translate_message(None) == ""


def test_without_a_translation_installed_the_english_text_is_shown(qapp: QApplication) -> None:
    assert install_translators(qapp, "en") == "en"
    assert translate_message(Message("Model {run} is ready", run=7)) == "Model 7 is ready"


class _BrokenTranslator(QTranslator):
    """A translation whose placeholder was renamed by mistake, and one with a bad format."""

    def translate(self, context: str, source: str, disambiguation: Any = None, n: int = -1) -> Any:
        if context == MESSAGE_CONTEXT and source == "Model {run} is ready":
            return "模型 {runs} 已就绪"
        if context == MESSAGE_CONTEXT and source == "{count} shelves":
            return "{count:%} 个推荐栏 {"
        return None


def test_a_translation_that_does_not_format_falls_back_to_english(qapp: QApplication) -> None:
    broken = _BrokenTranslator()
    qapp.installTranslator(broken)
    try:
        assert QCoreApplication.translate(MESSAGE_CONTEXT, "Model {run} is ready") == (
            "模型 {runs} 已就绪"
        )
        assert translate_message(Message("Model {run} is ready", run=7)) == "Model 7 is ready"
        assert translate_message(Message("{count} shelves", count=2)) == "2 shelves"
    finally:
        qapp.removeTranslator(broken)


# -- errors keep their Message on the way to the interface ------------------------------------
def test_a_user_error_keeps_its_message_as_one_line() -> None:
    error = UserError(Message("library {path} is read-only; nothing was changed", path="a\nb"))
    assert str(error) == "library a b is read-only; nothing was changed"
    assert isinstance(error.message, Message) and error.message.args["path"] == "a b"
    assert describe_error(error) is error.message
    assert str(UserError("two\n  lines")) == "two lines"
    assert describe_error(ValueError("x")) == "ValueError: x"


def test_error_text_is_translated(chinese: QApplication) -> None:
    error = UserError(Message("library {path} is read-only; nothing was changed", path="x.db"))
    assert error_text(error) == "媒体库 x.db 是只读的；未做任何更改"
    assert error_text(UserError("plain english")) == "plain english"
    assert error_text(OSError("disk")) == "disk"


def _refuse(progress: ProgressFn, cancel: CancelToken) -> None:
    progress(0.5, Message("Loading the model"))
    raise UserError(
        Message("no model has been trained for {what} yet; train one first", what=Message("films"))
    )


def test_the_synchronous_runner_reports_the_message_objects(qapp: QApplication) -> None:
    runner = SynchronousJobRunner()
    failed: list[tuple[int, object, str]] = []
    progress: list[object] = []
    runner.failed.connect(lambda job, message, trace: failed.append((job, message, trace)))
    runner.progress.connect(lambda job, fraction, message: progress.append(message))
    job = runner.submit(_refuse, kind="test")
    assert progress and isinstance(progress[0], Message)
    assert [f[0] for f in failed] == [job]
    message = failed[0][1]
    assert isinstance(message, Message) and message.args["what"].template == "films"
    info = runner.job(job)
    assert info is not None and isinstance(info.error, Message)


def test_the_threaded_runner_carries_the_message_to_the_gui_thread(
    qtbot: Any, chinese: QApplication
) -> None:
    runner = JobRunner(compute_threads=1)
    try:
        with qtbot.waitSignal(runner.failed, timeout=20000) as blocker:
            runner.submit(_refuse, kind="test")
        _job, message, trace = blocker.args
        assert isinstance(message, Message) and "UserError" in trace
        assert translate_message(message) == "尚未为电影训练模型；请先训练"
    finally:
        runner.shutdown(10000)


# -- import reports ----------------------------------------------------------------------------
def test_an_import_report_reads_in_chinese(chinese: QApplication) -> None:
    from desktop_recsys.library.importers.report import ImportReport

    report = ImportReport("movielens", "ml-latest-small")
    report.count("films", "added", 1200)
    report.count("films", "matched", 3)
    report.count("ratings", "added", 100836)
    report.notes.append(Message("no profile with id {profile}", profile=3))
    lines = import_report_lines(report)
    assert lines == [
        "电影：新增 1,200，已匹配 3",
        "评分：新增 100,836",
        "备注：没有 ID 为 3 的用户",
    ]


def test_an_import_report_lists_cleaned_values(chinese: QApplication) -> None:
    """Values imported after their control characters were removed are listed, translated."""
    from desktop_recsys.library.importers.report import ImportReport

    report = ImportReport("listenbrainz", "listens.jsonl")
    report.clean("listens.jsonl", 3, "title: control characters (ESC) removed")
    lines = import_report_lines(report)
    assert lines[-2:] == [
        "1 个值经清理后导入：",
        "  listens.jsonl:3: title: control characters (ESC) removed",
    ]
