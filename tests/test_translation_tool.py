"""scripts/build_translations.py: translations follow strings whose code moved to another class."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

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
