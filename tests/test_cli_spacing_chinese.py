"""The command line writes Chinese as the window does (issue 19 "Language"): a space of a
template between two Chinese words is closed ("给小明的推荐", not "给 小明 的推荐"), while a
table's padding and alignment are never collapsed."""

from __future__ import annotations

import re

import pytest

from desktop_recsys.cli.help_language import columns
from desktop_recsys.cli.words import format_closed, pad

SPACE_IN_CHINESE = re.compile("(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")


@pytest.mark.parametrize(
    ("template", "args", "expected"),
    [
        ("给 {0} 的推荐，来自 {1}", ("小明", "popularity"), "给小明的推荐，来自 popularity"),
        ("来自{0}的 {1} 条推荐", ("默认算法", 50), "来自默认算法的 50 条推荐"),
        ("{0} 的 {1}", ("推荐", "模型"), "推荐的模型"),  # template spaces between values
        ("{0:,} 个 {1}", (5, "文件"), "5 个文件"),  # beside a number the space stays
        ("已添加用户 {0!r}", ("小明",), "已添加用户 '小明'"),
    ],
)
def test_template_spaces_between_chinese_words_are_closed(
    template: str, args: tuple[object, ...], expected: str
) -> None:
    assert format_closed(template, *args) == expected


def test_table_padding_and_alignment_are_kept() -> None:
    # A column with a width, a padded value, a run of spaces: all stay as they are.
    assert format_closed("{0:<6} {1}", "推荐推荐推荐", "模型") == "推荐推荐推荐 模型"
    assert format_closed("{0} {1}", pad("曲目", 8), "模型") == "曲目     模型"
    assert format_closed("{0}  {1}", "推荐", "模型") == "推荐  模型"
    assert format_closed("{name} {0}", "值", name="名字  ") == "名字   值"
    # English is untouched.
    assert format_closed("For {0}, by {1}", "Ada", "als") == "For Ada, by als"


def test_recommend_names_a_chinese_profile_without_stray_spaces(  # type: ignore[no-untyped-def]
    command_line, demo_library_copy
) -> None:
    lib = str(demo_library_copy)
    command_line.speak("LANG")
    assert command_line.run("profile", "add", "小明", "--library", lib)[0] == 0
    assert command_line.run("rate", "1", "4.5", "--profile", "小明", "--library", lib)[0] == 0
    code, _, err = command_line.run(
        "train", "--kind", "film", "--algorithm", "popularity", "--quiet", "--library", lib
    )
    assert code == 0, err
    code, out, err = command_line.run(
        "recommend", "--profile", "小明", "--kind", "film", "--n", "3", "--library", lib
    )
    assert code == 0, err
    head = out.splitlines()[0]
    assert head.startswith("给小明的推荐，来自 popularity（模型运行 "), head
    assert not SPACE_IN_CHINESE.search(out), out


def test_stats_table_stays_aligned_in_chinese(  # type: ignore[no-untyped-def]
    command_line, demo_library_copy
) -> None:
    command_line.speak("LANG")
    code, out, err = command_line.run("stats", "--library", str(demo_library_copy))
    assert code == 0, err
    rows = [line for line in out.splitlines() if line.startswith("  ")]
    assert len(rows) >= 8 and any("曲目" in row for row in rows), out
    # Every count ends in the same terminal column (a Chinese character takes two), and the
    # label and its count stay apart by padding.
    assert len({columns(row) for row in rows}) == 1, out
    assert all(re.search(r"\S {2,}[\d,]+$", row) for row in rows), out
