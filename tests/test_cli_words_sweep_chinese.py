"""A sweep of the command line under Chinese (issue 19 "Language"): every command's and
sub-command's help, and the typical outputs (library stats, profiles, train, recommend with
reasons, models, similar, mixes, backups, evaluate), hold no run of English words besides names
from the data, paths, options and units (``tests/english_words.py``). Each class it found is
fixed and tested here: mix names made of standard genres, backup reasons, the novelty metric's
heading."""

from __future__ import annotations

import argparse
import re
import sqlite3
from pathlib import Path

from desktop_recsys.engine.playlists.rules import (
    AGE_OPS,
    DATE_OPS,
    FIELDS,
    NUMBER_OPS,
    PRESETS,
    SET_OPS,
    TEXT_OPS,
)
from desktop_recsys.engine.registry import algorithm_names
from tests.conftest import CommandLine
from tests.english_words import english_runs


def _names(library: Path) -> list[str]:
    """What the outputs may show as it is: titles, artists, albums, people, profiles, tags."""
    conn = sqlite3.connect(library)
    try:
        rows = conn.execute(
            "SELECT title FROM items UNION SELECT artist FROM items UNION SELECT album FROM items "
            "UNION SELECT name FROM people UNION SELECT name FROM profiles "
            "UNION SELECT name FROM tags"
        ).fetchall()
    finally:
        conn.close()
    return [str(r[0]) for r in rows if r[0]] + algorithm_names()


def _commands() -> list[list[str]]:
    """Every command and sub-command of the parser, as argv prefixes."""
    from desktop_recsys.cli.entry import build_parser

    found: list[list[str]] = []

    def walk(parser: argparse.ArgumentParser, prefix: list[str]) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    found.append([*prefix, name])
                    walk(sub, [*prefix, name])

    walk(build_parser(), [])
    return found


def test_the_checker_finds_an_english_sentence_and_spares_data() -> None:
    assert english_runs("推荐：blend of als 0.72", ["als"]) == [
        "'blend of' in '推荐：blend of als 0.72'"
    ]
    assert english_runs("1. Soul and Country 合辑") != []  # an untranslated genre pair
    assert english_runs("2026-12-07  manual backup  3.6 MB") == []  # not a Chinese line
    assert english_runs("已将 demo.sqlite 备份到 /tmp/a b/demo.backup.sqlite") == []
    assert english_runs("因为你喜欢 The Rain (2000)", ["The Rain"]) == []
    assert english_runs("用 “desktop-recsys abtest report” 查看比分；--param factors=64") == []
    assert english_runs("1. 2026-12-07 18:34:44  manual backup  手动") != []


def test_help_of_every_command_in_chinese(command_line: CommandLine) -> None:
    command_line.speak("LANG")
    commands = _commands()
    assert len(commands) > 40, commands  # the walk found the sub-commands too
    problems = []
    # The smart playlists' rule language (fields, operators) is typed as it is.
    words = [*FIELDS, *NUMBER_OPS, *TEXT_OPS, *SET_OPS, *DATE_OPS, *AGE_OPS, *PRESETS]
    for argv in [[], *commands]:
        code, out, err = command_line.run(*argv, "--help")
        assert code == 0, (argv, err)
        problems += english_runs(out, words)
    assert not problems, "\n".join(problems)


def test_typical_outputs_in_chinese(  # type: ignore[no-untyped-def]
    command_line: CommandLine, demo_library_copy, tmp_path
) -> None:
    lib = ["--library", str(demo_library_copy)]
    names = _names(demo_library_copy)
    command_line.speak("LANG")
    outputs = []
    for argv in (
        ["stats"],
        ["profile", "list"],
        ["train", "--kind", "film", "--algorithm", "item-knn", "--quiet"],
        ["train", "--kind", "track", "--algorithm", "popularity", "--quiet"],
        ["recommend", "--profile", "Ada", "--kind", "film", "--n", "5", "--explain"],
        ["recommend", "--profile", "Ada", "--kind", "track", "--n", "5", "--explain"],
        ["models", "list"],
        ["similar", "1", "--n", "3"],
        ["mixes", "--profile", "Ada", "--quiet"],
        ["backup"],
        ["backup", "list"],
        ["evaluate", "--kind", "film", "--algorithms", "popularity", "--quiet"],
    ):
        code, out, err = command_line.run(*argv, *lib)
        assert code == 0, (argv, err)
        outputs.append(out)
    text = "\n".join(outputs)
    problems = english_runs(text, names)
    assert not problems, "\n".join(problems)
    # The classes this sweep found, each by name:
    mixes, backups, evaluation = outputs[8], outputs[10], outputs[11]
    assert "灵魂乐" in mixes and not re.search(r"\bSoul\b", mixes), mixes  # standard genres
    assert "手动备份" in backups and "manual" not in backups.replace("-manual.", ""), backups
    assert "新颖度@10" in evaluation and "novelty" not in evaluation, evaluation


def test_an_ambiguous_title_lists_the_items_kinds_in_chinese(  # type: ignore[no-untyped-def]
    command_line: CommandLine, demo_library_copy
) -> None:
    from desktop_recsys.library import Library
    from desktop_recsys.library.models import NewItem

    with Library.open(demo_library_copy) as library:
        first = library.items.add(NewItem(kind="track", title="Twice Told", year=2001))
        second = library.items.add(NewItem(kind="film", title="Twice Told", year=2001))
    command_line.speak("LANG")
    code, _, err = command_line.run("similar", "Twice Told", "--library", str(demo_library_copy))
    assert code == 1
    assert (
        f"Twice Told (2001) [条目 {first}，曲目]；Twice Told (2001) [条目 {second}，电影]" in err
    ), err
    command_line.speak("C")
    code, _, err = command_line.run("similar", "Twice Told", "--library", str(demo_library_copy))
    assert f"Twice Told (2001) [id {first}, track]; Twice Told (2001) [id {second}, film]" in err
