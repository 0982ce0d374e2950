"""The command line and the HTML evaluation report follow the language: the setting the
window uses, else LANG (and the other locale variables)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_recsys.cli.entry import main
from desktop_recsys.config.language import catalog, command_line_language
from desktop_recsys.engine.evaluation.report import REPORT_WORDS
from desktop_recsys.progress import Message
from desktop_recsys.ui.message_catalog import REPORT_WORDS as CATALOGUED_REPORT_WORDS


def test_the_language_comes_from_the_setting_then_the_locale() -> None:
    assert command_line_language(None, {"LANG": "zh_CN.UTF-8"}) == "zh_CN"
    assert command_line_language("system", {"LC_ALL": "zh_SG.UTF-8", "LANG": "en_GB"}) == "zh_CN"
    assert command_line_language(None, {"LANG": "zh_TW.UTF-8"}) == "en"  # no Traditional yet
    assert command_line_language(None, {"LANGUAGE": "fr:zh_CN"}) == "zh_CN"
    assert command_line_language("en", {"LANG": "zh_CN.UTF-8"}) == "en"  # the setting wins
    assert command_line_language(None, {}) == "en"


def test_messages_and_report_words_are_read_from_the_translations() -> None:
    words = catalog("zh_CN")
    assert words.message(Message("{path} is empty", path="a.csv")) == "a.csv 是空的"
    assert set(REPORT_WORDS) == set(CATALOGUED_REPORT_WORDS)
    assert set(words.words("report", REPORT_WORDS)) == set(REPORT_WORDS)  # all translated
    assert catalog("en").message(Message("{path} is empty", path="a.csv")) == "a.csv is empty"


def test_the_cli_speaks_chinese_under_a_chinese_lang(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    library = tmp_path / "lib.sqlite"
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert main(["--library", str(library), "import", "csv", str(empty), "--map", "T=title"]) == 1
    chinese = capsys.readouterr().err.strip()
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert main(["--library", str(library), "import", "csv", str(empty), "--map", "T=title"]) == 1
    english = capsys.readouterr().err.strip()
    assert "empty.csv is empty" in english, english
    assert "empty.csv 是空的" in chinese and "is empty" not in chinese
    assert len(chinese.splitlines()) == 1


def test_the_html_report_in_chinese(demo_library_copy: Path, tmp_path: Path) -> None:
    from desktop_recsys.services import evaluation_service

    report = evaluation_service.evaluate(
        demo_library_copy, kind="film", algorithms=["popularity", "item-knn"]
    )
    words = catalog("zh_CN")
    page = report.to_html(title="评估", words=words.words("report", REPORT_WORDS), lang="zh-CN")
    assert '<html lang="zh-CN">' in page
    assert "全部指标" in page and "配对比较" in page and "All metrics" not in page
    english = report.to_html(title="Evaluation")
    assert '<html lang="en">' in english and "All metrics" in english
