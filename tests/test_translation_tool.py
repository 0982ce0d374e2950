"""scripts/build_translations.py: translations follow strings whose code moved to another class."""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path
from typing import Any

import pytest

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"

OLD_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ForYouView</name>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="10"/>
        <source>Train now</source>
        <translation>立即训练</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="20"/>
        <source>%n pick(s)</source>
        <translation>
            <numerusform>%n 个推荐</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <comment>a file</comment>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
</TS>
"""

# What lupdate writes after the code moved into a class TrainRow: same words, new context.
NEW_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>TrainRow</name>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/train_row.py" line="12"/>
        <source>Train now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_recsys/ui/views/for_you/train_row.py" line="30"/>
        <source>%n pick(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never seen before</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
"""


def load_tool():
    sys.path.insert(0, str(SCRIPTS))
    try:
        return importlib.import_module("build_translations")
    finally:
        sys.path.remove(str(SCRIPTS))


def test_moved_strings_keep_their_translation_and_new_ones_stay_unfinished() -> None:
    tool = load_tool()
    carried = tool.carry_translations(NEW_TS, tool.known_translations(OLD_TS))
    assert "<name>TrainRow</name>" in carried
    assert "<translation>立即训练</translation>" in carried
    assert "<numerusform>%n 个推荐</numerusform>" in carried
    # "Open" without a comment is the plain one, not the "a file" one
    assert "<translation>打开</translation>" in carried and "打开文件" not in carried
    # a string nobody translated stays for a translator
    assert carried.count('type="unfinished"') == 1
    assert 'Never seen before</source>\n        <translation type="unfinished">' in carried


def test_a_source_translated_two_ways_is_not_guessed() -> None:
    tool = load_tool()
    twice = OLD_TS.replace(
        "</context>",
        "</context>\n<context>\n    <name>Other</name>\n    <message>\n"
        "        <source>Train now</source>\n        <translation>现在训练</translation>\n"
        "    </message>\n</context>",
    )
    carried = tool.carry_translations(NEW_TS, tool.known_translations(twice))
    assert "立即训练" not in carried and "现在训练" not in carried
    assert carried.count('type="unfinished"') == 2


@pytest.mark.subprocess  # the build runs Qt's lrelease
def test_a_build_replaces_the_qm_and_never_rewrites_it_in_place(
    tmp_path: Path, monkeypatch: Any
) -> None:
    """A running window (or a test) has the .qm mapped into memory (QTranslator maps it): a
    compiler truncating and rewriting that file under the mapping killed the process with
    SIGBUS (two GUI test runs crashed so while other work compiled translations). The build
    writes a new file and renames it over the old one, so the mapped file stays whole."""
    tool = load_tool()
    monkeypatch.setattr(tool, "TS_DIR", tmp_path)
    ts = tmp_path / "desktop_recsys_zh_CN.ts"
    ts.write_text(OLD_TS, encoding="utf-8")
    (qm,) = tool.build()
    with qm.open("rb") as mapped:  # what a running translator holds
        before = os.fstat(mapped.fileno())
        old = mapped.read()
        (again,) = tool.build()
        assert again == qm and qm.stat().st_ino != before.st_ino  # a new file, renamed in
        assert os.fstat(mapped.fileno()).st_size == before.st_size
        mapped.seek(0)
        assert mapped.read() == old  # the old file is untouched
    assert not list(tmp_path.glob("*.part"))
