"""Cleaning what an import reads before it reaches the library: text and times.

Titles, names, tags and genres come from files nobody on the team made. A NUL byte or a
terminal control character (ESC, BEL, ...) in a title can rewrite the screen of whoever prints
it, truncate it in C code or break a CSV export, so :func:`clean_text` removes them. Tabs and
line breaks are white space, not controls: text keeps them (a title exported with a line break
reads back unchanged), names fold them into one space (:func:`clean_name`). Importers report every value they cleaned with
:func:`cleaned_or_report`, so a person sees what was changed.

Times outside 1900 .. the end of next year are not real listening or rating times (a
mistyped year, milliseconds read as seconds, a broken export); :func:`plausible_time` tells an
importer to skip them with a report line.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import time

from desktop_recsys.library.importers.report import ImportReport
from desktop_recsys.library.models import Credit, NewItem
from desktop_recsys.progress import Message

# C0 controls but tab, LF and CR (white space), DEL and C1 controls (ESC, BEL, NUL, CSI, ...).
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f]")

# The earliest time accepted from an import: 1900-01-01 UTC.
MIN_TIME = dt.datetime(1900, 1, 1, tzinfo=dt.UTC).timestamp()


def max_time(now: float | None = None) -> float:
    """The latest time accepted from an import: the end of next year (UTC)."""
    year = time.gmtime(time.time() if now is None else now).tm_year
    return dt.datetime(year + 2, 1, 1, tzinfo=dt.UTC).timestamp()


#: :func:`max_time` when this module was loaded (a check per row must cost nothing; a
#: program running across New Year accepts one year less, which harms nobody).
MAX_TIME = max_time()


#: How reports say which times are accepted: "from 1900 to 2027".
LAST_YEAR = time.gmtime(MAX_TIME - 1).tm_year
TIME_RANGE = f"from 1900 to {LAST_YEAR}"


def plausible_time(seconds: float | None, now: float | None = None) -> bool:
    """True for a finite Unix time from 1900 to the end of next year."""
    if seconds is None:
        return False
    # NaN fails both comparisons.
    return MIN_TIME <= seconds < (MAX_TIME if now is None else max_time(now))


def time_problem(seconds: float) -> Message:
    """The report reason for a time that :func:`plausible_time` refused."""
    if seconds != seconds or seconds in (float("inf"), float("-inf")):
        return Message("the time is not a number; row skipped")
    shown = f"{seconds:.0f}" if abs(seconds) < 1e13 else f"{seconds:.3g}"
    return Message("the time {time} is not between 1900 and {year}", time=shown, year=LAST_YEAR)


def has_controls(text: str) -> bool:
    return _CONTROLS.search(text) is not None


def clean_text(text: str) -> str:
    """``text`` without NUL and control characters (tabs and line breaks are kept)."""
    if not _CONTROLS.search(text):
        return text
    return _CONTROLS.sub("", text)


def describe_controls(text: str) -> str:
    """Which control characters ``text`` holds, for a report line (``NUL, ESC``)."""
    names = {0: "NUL", 7: "BEL", 8: "BS", 9: "tab", 10: "LF", 13: "CR", 27: "ESC", 127: "DEL"}
    found: list[str] = []
    for char in dict.fromkeys(_CONTROLS.findall(text)):
        code = ord(char)
        found.append(names.get(code, f"U+{code:04X}"))
    return ", ".join(found)


def clean_name(text: str) -> str:
    """A one-line name (profile, playlist): control characters removed, white space folded."""
    return " ".join(clean_text(text).split())


_ITEM_TEXT = ("title", "sort_title", "artist", "album", "album_artist", "description", "language")


def clean_item(
    item: NewItem, report: ImportReport, file: str | os.PathLike[str], line: int | None = None
) -> NewItem:
    """``item`` with control characters removed from its text (title, names, genres, tags,
    credits, ids), one report line per cleaned field (see :meth:`ImportReport.clean`)."""
    changes: dict[str, object] = {}
    found: list[tuple[str, str]] = []
    for name in _ITEM_TEXT:
        value = getattr(item, name)
        if isinstance(value, str) and has_controls(value):
            found.append((name, value))
            changes[name] = clean_text(value).strip() or (None if name != "title" else "?")
    for name in ("genres", "tags"):
        values: tuple[str, ...] = getattr(item, name)
        if any(has_controls(v) for v in values):
            found.extend((name, v) for v in values if has_controls(v))
            changes[name] = tuple(c for v in values if (c := clean_name(v)))
    if any(has_controls(c.name) or has_controls(c.role) for c in item.credits):
        found.extend(("credits", c.name + c.role) for c in item.credits)
        changes["credits"] = tuple(
            Credit(clean_name(c.name), clean_name(c.role) or "credit")
            for c in item.credits
            if clean_name(c.name)
        )
    if any(has_controls(k) or has_controls(v) for k, v in item.external_ids.items()):
        found.extend(("ids", k + v) for k, v in item.external_ids.items())
        changes["external_ids"] = {
            clean_name(k): clean_name(v)
            for k, v in item.external_ids.items()
            if clean_name(k) and clean_name(v)
        }
    if not changes:
        return item
    for name, value in found:
        if has_controls(value):
            reason = Message(
                "{field}: control characters ({chars}) removed",
                field=name,
                chars=describe_controls(value),
            )
            report.clean(file, line, reason)
    return dataclasses.replace(item, **changes)  # type: ignore[arg-type]
