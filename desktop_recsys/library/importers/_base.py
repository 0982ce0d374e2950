"""What every importer shares: the report, progress over several files, cancel checks.

An importer builds one :class:`ImportRun` and follows the same skeleton::

    run = ImportRun(library, report, progress, cancel, files)
    with run.transaction():
        ...  # read with run.open / run.rows / run.records, write through the repositories
    return run.finish()

Besides the run, this module holds what several importers repeat: reading a CSV header
(:func:`csv_header`), counting merged records (:func:`count_merged`), the numbered profiles of
a data set (:class:`DatasetProfiles`) and matching or adding a data set's catalogue
(:func:`write_catalogue`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from desktop_recsys.errors import UserError
from desktop_recsys.library.db import Library
from desktop_recsys.library.importers.cleaning import clean_item, clean_name, plausible_time
from desktop_recsys.library.importers.matching import ItemMatcher
from desktop_recsys.library.importers.report import ImportReport
from desktop_recsys.library.importers.textfiles import TextSource, open_text
from desktop_recsys.library.models import NewItem
from desktop_recsys.progress import CancelToken, Message, ProgressFn

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

    def records(
        self, source: TextSource, rows: Iterable[tuple[int, list[str]]], width: int, message: str
    ) -> Iterator[tuple[int, list[str]]]:
        """:meth:`rows` of numbered records, without blank ones and without (but reporting)
        those that are not ``width`` fields wide."""
        for number, row in self.rows(source, rows, message):
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != width:
                self.report.problem(
                    source.path,
                    number,
                    Message(
                        "{fields} fields, expected {expected}", fields=len(row), expected=width
                    ),
                )
                continue
            yield number, row

    def writing(self, message: str) -> None:
        """A write step between reads: check cancel, report without moving backwards."""
        self.check()
        self.progress(self._read_share * self._done / self._total, message)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """The import's one write transaction; a last cancel check before it commits."""
        with self.library.transaction():
            yield
            self.writing("finishing")

    def finish(self) -> ImportReport:
        """Report completion and return the finished report (after :meth:`transaction`)."""
        self._progress(1.0, "done")
        return self.report.finish()


def sniff_delimiter(first_line: str) -> str:
    """Comma, semicolon or tab: whichever the header line uses most (comma on a tie)."""
    return max((",", ";", "\t"), key=first_line.count)


def csv_header(
    source: TextSource, delimiter: str | None = None
) -> tuple[list[str] | None, Iterator[tuple[int, list[str]]]]:
    """The first record of a CSV file (None if the file is empty) and the numbered records
    after it; without ``delimiter``, the one the first line uses most."""
    if delimiter is None:
        delimiter = sniff_delimiter(source.text.readline())
        source.text.seek(0)
    rows = source.csv_rows(delimiter)
    first = next(rows, None)
    return (first[1] if first is not None else None), rows


def count_merged(
    report: ImportReport, what: str, total: int, added: int, updated: int | None = None
) -> None:
    """Count ``total`` records of ``what`` merged into the library: ``added`` were new,
    ``updated`` (when the merge can update) changed an existing one, the rest matched one."""
    report.count(what, "added", added)
    if updated is not None:
        report.count(what, "updated", updated)
    report.count(what, "matched", total - added - (updated or 0))


def ensure_profile(run: ImportRun, name: str) -> tuple[int, bool]:
    """The id of the profile ``name`` and whether it was created (if missing); counted in the
    report."""
    ids, created = run.library.profiles.ensure_many([name])
    count_merged(run.report, "profiles", 1, created)
    return next(iter(ids.values())), bool(created)


class DatasetProfiles:
    """A data set's users as community profiles ``<prefix><user id>``, created on first use and
    counted. ``me`` (data-set user id, profile name) says one of them is a person of the library:
    that user's rows go to the profile of that name (created as a person's profile if missing).
    """

    def __init__(self, run: ImportRun, prefix: str, me: tuple[str, str] | None = None) -> None:
        self._run = run
        self._prefix = prefix
        self._me = me
        self.ids: dict[str, int] = {}
        self.created = 0

    def ensure(self, users: Iterable[str]) -> None:
        """Create the profiles of ``users`` (numeric ids as text) not seen before."""
        missing = sorted(set(users) - self.ids.keys(), key=int)
        if self._me is not None and self._me[0] in missing:
            user, name = self._me
            ids, made = self._run.library.profiles.ensure_many([name])
            self.ids[user] = ids[" ".join(name.split())]
            self.created += made
            missing.remove(user)
        if missing:
            ids, made = self._run.library.profiles.ensure_many(
                (self._prefix + u for u in missing), community=True
            )
            self.ids.update((u, ids[self._prefix + u]) for u in missing)
            self.created += made

    def count(self) -> None:
        count_merged(self._run.report, "profiles", len(self.ids), self.created)

    def check_me(self) -> None:
        """Refuse the import (nothing is kept) if ``me`` named a user the data set lacks."""
        if self._me is not None and self._me[0] not in self.ids:
            raise UserError(
                Message(
                    "user {user} is not in this data set; check the id (the number in its ratings file), or leave 'one of these users is me' empty",
                    user=self._me[0],
                )
            )


def parse_me(me: str | None, profile: str | None) -> tuple[str, str] | None:
    """The ``(user id, profile name)`` of "one of these users is me", checked; None if unset."""
    if me is None or not str(me).strip():
        return None
    user = str(me).strip()
    if not user.isdigit():
        raise UserError(Message("a data-set user id is a whole number (got {user!r})", user=user))
    if not profile or not profile.strip():
        raise UserError(
            Message("name the profile that data-set user is (one of these users is me)")
        )
    return str(int(user)), profile.strip()


def write_catalogue(
    run: ImportRun,
    what: str,
    kind: str,
    id_sources: Sequence[str],
    items: Mapping[str, NewItem],
    tags: Mapping[str, Counter[str]],
) -> dict[str, int]:
    """Match or add a data set's items (data-set id -> item) and set how often each tag was
    applied; returns data-set id -> library item id.

    ``what`` names the items (all of ``kind``) in the report and progress; ``id_sources`` are
    the external ids they are matched by first. A matched item gains the row's ids and genres; a
    new one is added with them and its tags.
    """
    library, report = run.library, run.report
    run.writing(f"matching {what}")
    matcher = ItemMatcher(library, kind, id_sources)
    item_of: dict[str, int] = {}
    new_items: list[NewItem] = []
    new_keys: list[str] = []
    matched_ids: list[tuple[int, str, str]] = []
    matched_genres: list[tuple[int, str]] = []
    for key, item in items.items():
        item = clean_item(item, report, report.source)
        found = matcher.match(item.external_ids, item.title, item.artist, item.year)
        if found is not None:
            matcher.claim(found, item.external_ids)
            item_of[key] = found
            matched_ids.extend((found, s, v) for s, v in item.external_ids.items())
            matched_genres.extend((found, g) for g in item.genres)
            continue
        new_items.append(item)
        new_keys.append(key)
    run.writing(f"adding {what}")
    for key, item_id in zip(new_keys, library.items.add_many(new_items), strict=True):
        item_of[key] = item_id
    library.items.add_external_ids(matched_ids)
    library.items.link_genres(matched_genres)
    count_merged(report, what, len(items), len(new_items))
    run.writing("adding tags")
    # New items got their tags with add_many; this only sets how often each was applied.
    new_keys_set = set(new_keys)
    library.items.merge_tag_counts(
        (item_of[k], clean_name(tag), n)
        for k in new_keys_set
        for tag, n in tags.get(k, {}).items()
        if clean_name(tag)
    )
    added, raised = library.items.merge_tag_counts(
        (item_of[k], clean_name(tag), n)
        for k, counter in tags.items()
        if k not in new_keys_set
        for tag, n in counter.items()
        if clean_name(tag)
    )
    report.count("tags", "added", added + sum(len(set(i.tags)) for i in new_items))
    report.count("tags", "updated", raised)
    return item_of


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
    """Unix seconds from Unix seconds (or milliseconds), ISO 8601, or a common export format;
    None for text that is none of these or a time before 1900 or after next year (see
    :func:`~desktop_recsys.library.importers.cleaning.plausible_time`).

    Times without a zone are taken as UTC: exports rarely say, and a fixed rule keeps
    re-imports identical on every machine.
    """
    when = _parse_time(text)
    return when if plausible_time(when) else None


def _parse_time(text: str) -> float | None:
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
