"""What every importer shares: the report, progress over several files, cancel checks."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TypeVar

from desktop_recsys.library.db import Library
from desktop_recsys.library.importers.report import ImportReport
from desktop_recsys.library.importers.textfiles import TextSource, open_text
from desktop_recsys.progress import CancelToken, ProgressFn

T = TypeVar("T")

# Rows between two cancel checks and progress calls: often enough to stop within a few
# milliseconds, rarely enough to cost nothing measurable.
TICK_ROWS = 4096


class ImportRun:
    """One running import: the library, its report, and progress measured in bytes read.

    ``plan`` lists the files the import will read; progress is the share of their bytes
    consumed so far, so a 600 MB ratings file and a 5 KB links file weigh what they cost.
    """

    def __init__(
        self,
        library: Library,
        report: ImportReport,
        progress: ProgressFn,
        cancel: CancelToken | None,
        plan: Iterable[Path] = (),
    ) -> None:
        self.library = library
        self.report = report
        self._progress = progress
        self._cancel = cancel
        self._sizes = {p: max(1, p.stat().st_size) for p in plan if p.is_file()}
        self._total = sum(self._sizes.values()) or 1
        self._done = 0
        # Reading is ~90% of the time; the last 10% is left for the final writes.
        self._read_share = 0.9

    def check(self) -> None:
        if self._cancel is not None:
            self._cancel.raise_if_cancelled()

    def progress(self, fraction: float, message: str) -> None:
        self._progress(min(1.0, max(0.0, fraction)), message)

    def open(self, path: Path) -> TextSource:
        return open_text(path, self.report.encodings.__setitem__)

    def rows(self, source: TextSource, rows: Iterable[T], message: str) -> Iterator[T]:
        """Pass ``rows`` through, checking cancel and reporting progress every few thousand."""
        size = self._sizes.get(source.path, 0)
        for count, row in enumerate(rows):
            if count % TICK_ROWS == 0:
                self.check()
                done = self._done + source.fraction * size
                self.progress(self._read_share * done / self._total, message)
            yield row
        self._done += size
        self.check()
        self.progress(self._read_share * self._done / self._total, message)

    def writing(self, message: str) -> None:
        """A write step between reads: check cancel, report without moving backwards."""
        self.check()
        self.progress(self._read_share * self._done / self._total, message)


def parse_int(text: str) -> int | None:
    try:
        return int(text.strip())
    except ValueError:
        return None


def parse_float(text: str) -> float | None:
    try:
        value = float(text.strip())
    except ValueError:
        return None
    return value if value == value and value not in (float("inf"), float("-inf")) else None


# Date formats seen in exports, tried in order after Unix seconds and ISO 8601.
_DATE_FORMATS = ("%d %b %Y %H:%M", "%d %b %Y, %H:%M", "%d/%m/%Y %H:%M", "%d/%m/%Y", "%Y/%m/%d")


_DAY_MONTH_YEAR = re.compile(
    r"^(?P<day>\d{1,2}) (?P<month>[A-Za-z]{3}) (?P<year>\d{4}),? (?P<hour>\d{1,2}):(?P<minute>\d{2})$"
)
_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}


def parse_time(text: str) -> float | None:
    """Unix seconds from Unix seconds (or milliseconds), ISO 8601, or a common export format.

    Times without a zone are taken as UTC: exports rarely say, and a fixed rule keeps
    re-imports identical on every machine.
    """
    text = text.strip()
    if not text:
        return None
    number = parse_float(text)
    if number is not None:
        # Beyond year 5138 in seconds: these are milliseconds (ListenBrainz, JavaScript).
        return number / 1000.0 if number > 1e11 else number

    fast = _DAY_MONTH_YEAR.match(text)
    if fast and fast["month"].casefold() in _MONTHS:
        # "31 Jan 2021 12:34" (Last.fm exports) without strptime, which is 10x slower.
        try:
            return dt.datetime(
                int(fast["year"]), _MONTHS[fast["month"].casefold()], int(fast["day"]),
                int(fast["hour"]), int(fast["minute"]), tzinfo=dt.UTC,
            ).timestamp()  # fmt: skip
        except ValueError:
            return None
    try:
        parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        parsed = None
        for fmt in _DATE_FORMATS:
            try:
                parsed = dt.datetime.strptime(text, fmt)
                break
            except ValueError:
                continue
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.timestamp()
