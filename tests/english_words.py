"""English left in Chinese text (issue 19 "Language"): a checker for the sweeps of the command
line's output and the window's screens under Chinese.

:func:`english_runs` finds, in each line that is Chinese (has a Chinese character), the runs of
two or more English words that are not data: names and titles passed in ``names``, paths, file
names, ``--options``, command lines in quotes, upper-case placeholders (``PATH``) and units and
symbols (``BPM``, ``dB``, ``ndcg@10``) are taken out first. One English word in a Chinese
sentence is allowed (an algorithm's name such as ``popularity``, a library's own word); a run of
them is an untranslated sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

HAN = re.compile("[\u3400-\u9fff]")
#: What is data or notation rather than words: command lines in quotes, options, paths and
#: file names, placeholders in capitals, words joined by @ or = (metrics, parameters).
_NOT_WORDS = re.compile(
    r"[“\"'‘][^”\"'’]*[”\"'’]"  # something to type, in quotes
    r"|desktop-recsys(?: [a-z-]+)*"
    r"|--?[a-z][\w-]*(?:[ =][A-Z_]+)?"  # an option
    r"|\S*[/\\]\S*"  # a path
    r"|\S+\.[A-Za-z0-9]{2,5}\b"  # a file name
    r"|\b[A-Z][A-Z0-9_]+\b"  # a placeholder or an acronym (PATH, CSV, BPM, ID)
    r"|\S+[@=]\S*"  # ndcg@10, factors=64
    r"|\S*\w,\w\S*"  # choices and columns: {on,off}, user,item,weight
    r"|示例：.*"  # an example command line
)
#: Two or more words in a row (one space, or a comma and a space, between them).
_RUN = re.compile(r"[A-Za-z][A-Za-z0-9_'’-]+(?:,? [A-Za-z][A-Za-z0-9_'’-]+)+")


def english_runs(text: str, names: Iterable[str] = (), *, every_line: bool = False) -> list[str]:
    """Runs of English words in the Chinese lines of ``text`` once ``names`` (titles, people,
    profile names, tags: data shown as it is) and notation are taken out. ``every_line``: the
    lines without Chinese too (a window's label is one line: all English is the fault)."""
    known = sorted({n for n in names if n}, key=len, reverse=True)
    found: list[str] = []
    for line in text.splitlines():
        if not every_line and not HAN.search(line):
            continue
        rest = line
        for name in known:
            rest = rest.replace(name, " ▯ ")
        rest = _NOT_WORDS.sub(" ▯ ", rest)
        found += [f"{run!r} in {line.strip()!r}" for run in _RUN.findall(rest)]
    return found
