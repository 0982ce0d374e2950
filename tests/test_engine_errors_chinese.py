"""The engine's errors reach a person in their language (issue 19): a bad smart-playlist rule,
a bad ``--param``, a bad interactions file, a bad metric or protocol, given to the real
``main()`` on a real library under ``LANG=zh_CN.UTF-8`` (or the window's setting), print one
Chinese line and exit with status 1, changing nothing; under ``LANG=C`` the same line reads as
the English it always was. (That every engine error is a catalogued, translated Message is
``tests/test_error_messages_catalogue.py``'s walk, ``"engine"`` among its folders.)"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop_recsys.cli.entry import main
from desktop_recsys.library import Library
from tests.conftest import CommandLine

HAN = "\u3400-\u9fff"
HALF_WIDTH_NEXT_TO_HAN = re.compile(f"(?<=[{HAN}])[,:;!?()]|[,:;!?()](?=[{HAN}])")

#: (arguments after the command, the English error line, the Chinese error line); ``{lib}``,
#: ``{bad}`` and ``{missing}`` are filled in per test.
CASES: list[tuple[list[str], str, str]] = [
    (
        ["playlist", "smart", "create", "Mine", "--rule", "plays:>>:3"],
        "plays: unknown operator '>>'; use one of = != < <= > >= none any",
        "plays：未知的运算符 '>>'；请使用以下之一：= != < <= > >= none any",
    ),
    (
        ["playlist", "smart", "create", "Mine", "--rule", "tempo:>=:fast"],
        "tempo: 'fast' is not a number",
        "tempo：'fast' 不是数字",
    ),
    (
        ["playlist", "smart", "create", "Mine", "--rule", "plays:>=:3", "--limit", "0"],
        "the limit must be at least 1 (got 0)",
        "上限至少应为 1（实际为 0）",
    ),
    (
        ["train", "--algorithm", "als", "--kind", "track", "--param", "factors=0"],
        "parameter factors=0 must be at least 1",
        "参数 factors=0 至少应为 1",
    ),
    (
        ["train", "--algorithm", "hybrid", "--kind", "track", "--param", "components=als,als"],
        "hybrid components must be distinct; name each algorithm once",
        "hybrid 的组件不能重复；每个算法只写一次",
    ),
    (
        ["evaluate", "--kind", "track", "--algorithms", "als:factors", "--quiet"],
        "algorithm parameter 'factors' is not KEY=VALUE; write e.g. als:factors=64",
        "算法参数 'factors' 不是 KEY=VALUE 格式；请写成例如 als:factors=64",
    ),
    (
        ["evaluate", "--kind", "track", "--algorithms", "popularity", "--protocol", "last-n"]
        + ["--last-n", "0", "--quiet"],
        "last-n must be at least 1, not 0",
        "last-n 至少应为 1，而不是 0",
    ),
    (
        ["tune", "--algorithm", "als", "--kind", "track", "--budget", "5", "--metric", "ndcg@x"],
        "the cutoff of 'ndcg@x' is not a number; write e.g. ndcg@10",
        "'ndcg@x' 的截断值不是数字；请写成例如 ndcg@10",
    ),
    (
        ["recommend-file", "--train", "{bad}", "--algorithm", "popularity", "--out", "{out}"],
        "{bad}: line 3: weight 'abc' is not a number",
        "{bad}：第 3 行：权重 'abc' 不是数字",
    ),
    (
        ["recommend-file", "--train", "{missing}", "--algorithm", "popularity", "--out", "{out}"],
        "{missing}: file not found; check the path",
        "{missing}：找不到文件；请检查路径",
    ),
]


@pytest.fixture
def language(command_line: CommandLine) -> object:
    """Sets the language: ``"en"`` (LANG=C), ``"LANG"`` (LANG=zh_CN.UTF-8) or ``"setting"``
    (the window's language setting, with LANG=C)."""
    return lambda how: command_line.speak("C" if how == "en" else how)


def _state(lib: Path) -> tuple[object, ...]:
    """What a refused command must leave as it was: playlists, trained models, ratings."""
    with Library.open(lib) as library:
        return (
            library.playlists.sizes(),
            len(library.model_runs.list()),
            library.stats.collect(),
        )


def _run_cases(how: str, lib: Path, tmp_path: Path, command_line: CommandLine) -> list[str]:
    bad = tmp_path / "bad.csv"
    bad.write_text("user,item,weight\nu1,i1,1\nu2,i2,abc\n", encoding="utf-8")
    names = {"bad": str(bad), "missing": str(tmp_path / "nothere.csv")}
    names["out"] = str(tmp_path / "recs.csv")
    before = _state(lib)
    lines = []
    for argv, english, chinese in CASES:
        args = [a.format(**names) for a in argv] + ["--library", str(lib)]
        code, _, err = command_line.run(*args)
        expected = (english if how == "en" else chinese).format(**names)
        prefix = "desktop-recsys: error: " if how == "en" else "desktop-recsys：错误："
        assert (code, err) == (1, prefix + expected + "\n"), args
        lines.append(err)
    assert _state(lib) == before  # nothing changed in the library
    assert not (tmp_path / "recs.csv").exists()  # nor written beside it
    return lines


@pytest.mark.parametrize("how", ["LANG", "setting"])
def test_engine_errors_print_one_chinese_line_and_exit_1(  # type: ignore[no-untyped-def]
    how, language, demo_library_copy, tmp_path, command_line
) -> None:
    language(how)
    for line in _run_cases(how, demo_library_copy, tmp_path, command_line):
        assert re.search(f"[{HAN}]", line) and line.count("\n") == 1
        assert not HALF_WIDTH_NEXT_TO_HAN.search(line), line


def test_the_same_errors_read_as_before_in_english(  # type: ignore[no-untyped-def]
    language, demo_library_copy, tmp_path, command_line
) -> None:
    language("en")
    for line in _run_cases("en", demo_library_copy, tmp_path, command_line):
        assert not re.search(f"[{HAN}]", line)


def test_training_progress_lines_read_in_chinese(  # type: ignore[no-untyped-def]
    language, demo_library_copy, capsys
) -> None:
    """The engine's own training steps (EASE's inversion, an algorithm's start and end) are
    Messages too: Chinese under LANG=zh_CN, the English words as before under LANG=C."""
    lib = str(demo_library_copy)
    language("LANG")
    assert main(["train", "--algorithm", "ease", "--kind", "track", "--library", lib]) == 0
    printed = capsys.readouterr()
    text = printed.out + printed.err
    for chinese in ("正在分解矩阵", "正在求逆矩阵", "正在做矩阵乘法", "ease：计算条目缩放系数"):
        assert chinese in text, text
    assert "factorising" not in text and "item scales" not in text
    language("en")
    assert main(["train", "--algorithm", "popularity", "--kind", "track", "--library", lib]) == 0
    printed = capsys.readouterr()
    assert "] popularity: done\n" in printed.out + printed.err
