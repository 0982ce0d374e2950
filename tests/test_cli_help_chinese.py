"""The command line's help, usage and usage errors follow the language (the setting, else
LANG): argparse's own words and every help text of the app are in the catalogue, translated,
with full-width punctuation, and wrapped in terminal columns."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from desktop_recsys.cli.entry import build_parser, main
from desktop_recsys.cli.help_language import (
    ARGPARSE_WORDS,
    CLI_WORDS,
    parser_strings,
    wrap_wide,
)
from desktop_recsys.config.language import catalog

HAN = "\u3400-\u9fff"
HALF_WIDTH_NEXT_TO_HAN = re.compile(f"(?<=[{HAN}])[,:;!?()]|[,:;!?()](?=[{HAN}])")


@pytest.fixture
def language(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Set LANG (the other locale variables cleared) in a home without a settings file."""
    monkeypatch.setenv("DESKTOP_RECSYS_HOME", str(tmp_path / "home"))
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)

    def set_lang(value: str) -> None:
        monkeypatch.setenv("LANG", value)

    return set_lang


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    out = capsys.readouterr()
    return int(stopped.value.code or 0), out.out, out.err


def test_help_and_usage_in_chinese_under_a_chinese_lang(language, capsys) -> None:  # type: ignore[no-untyped-def]
    language("zh_CN.UTF-8")
    code, out, _err = run(["--help"], capsys)
    assert code == 0
    assert out.startswith("用法：desktop-recsys")
    assert "为你电脑上的音乐和电影提供离线推荐。" in out
    assert "\n选项：\n" in out and "\n命令：\n" in out and "显示此帮助并退出" in out
    assert "show this help" not in out and "options:" not in out
    assert not HALF_WIDTH_NEXT_TO_HAN.findall(out), HALF_WIDTH_NEXT_TO_HAN.findall(out)
    for line in out.splitlines():  # wrapped in terminal columns (argparse's default width)
        if any(unicodedata.east_asian_width(c) == "W" for c in line):
            assert sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line) <= 100
    for command, words in (("train", "推荐什么"), ("import", "要导入的文件夹或文件")):
        code, out, _err = run([command, "--help"], capsys)
        assert code == 0 and out.startswith("用法：") and words in out, out


def test_usage_errors_in_chinese_keep_the_nearest_word_hint(language, capsys) -> None:  # type: ignore[no-untyped-def]
    language("zh_CN.UTF-8")
    code, _out, err = run(["train", "--kind", "flim"], capsys)
    assert code == 2
    last = err.strip().splitlines()[-1]
    assert last.startswith("desktop-recsys train：错误：参数 --kind：无效的选择：'flim'")
    assert last.endswith("；你是想输入 'film' 吗？")
    code, _out, err = run(["train"], capsys)
    assert code == 2 and "缺少以下必需参数：--kind" in err
    code, _out, err = run(["stats", "--quite"], capsys)
    assert code == 2 and "无法识别的参数：--quite；你是想输入 '--quiet' 吗？" in err


def test_english_stays_english_and_the_setting_wins_over_lang(language, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    language("C")
    code, out, _err = run(["--help"], capsys)
    assert out.startswith("usage: desktop-recsys") and "\noptions:\n" in out
    code, _out, err = run(["train", "--kind", "flim"], capsys)
    assert err.strip().splitlines()[-1].endswith("; did you mean 'film'?")
    language("zh_CN.UTF-8")
    from desktop_recsys.config import default_paths

    settings = default_paths().settings_file
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps({"ui": {"language": "en"}}), encoding="utf-8")
    code, out, _err = run(["--help"], capsys)
    assert out.startswith("usage: desktop-recsys")


def test_every_help_text_has_a_finished_chinese_translation() -> None:
    words = catalog("zh_CN")
    texts = [("argparse", t) for t in ARGPARSE_WORDS if t != "%(prog)s: error: %(message)s\n"]
    texts += [("cli", t) for t in (*CLI_WORDS, *parser_strings(build_parser()))]
    untranslated = [t for context, t in texts if words.text(context, t) == t]
    assert not untranslated, (
        "run scripts/cli_catalog.py, then scripts/build_translations.py --update, and "
        f"translate: {untranslated[:5]}"
    )
    bad = [words.text(c, t) for c, t in texts if HALF_WIDTH_NEXT_TO_HAN.search(words.text(c, t))]
    assert not bad, bad


def test_wide_text_wraps_in_columns_never_inside_a_word_or_before_a_comma() -> None:
    text = "在临时文件夹中检查本安装（演示数据、评估、训练），然后退出；不需要显示器 --self-test"
    lines = wrap_wide(text, 20)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    for line in lines:
        assert sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line) <= 22
        assert not line.startswith(("，", "；", "）", "、"))
    assert any(line.endswith("--self-test") or line == "--self-test" for line in lines)


@pytest.mark.subprocess
def test_the_catalogue_for_translators_lists_what_the_parser_says() -> None:
    """``desktop_recsys/ui/cli_catalog.py`` (what lupdate reads) is what the generator writes
    from the parser as it is now."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    done = subprocess.run(
        [sys.executable, str(root / "scripts" / "cli_catalog.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_stats_speaks_the_language_with_its_columns_aligned(
    language, demo_library_copy, capsys
) -> None:  # type: ignore[no-untyped-def]
    from desktop_recsys.cli.help_language import columns

    language("zh_CN.UTF-8")
    assert main(["--library", str(demo_library_copy), "stats"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("媒体库 ") and lines[0].endswith("（合成演示数据）")
    labels = [line.split()[0] for line in lines[1:]]
    assert labels[:3] == ["曲目", "艺术家", "电影"] and "评分" in labels and "类型" in labels
    assert len({columns(line) for line in lines[1:]}) == 1  # the counts line up
    language("C")
    assert main(["--library", str(demo_library_copy), "stats"]) == 0
    english = capsys.readouterr().out.splitlines()
    assert english[1].split()[0] == "tracks" and english[0].endswith("(synthetic demo data)")
