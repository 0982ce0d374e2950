"""IMDb ratings exports (``ratings.csv`` from "Your Ratings", Export).

Columns are found by their header names: ``Const`` (the IMDb id, ``tt0133093``), ``Your
Rating``, ``Date Rated``, ``Title``, ``Title Type``, ``Runtime (mins)``, ``Year``, ``Genres``
(comma separated) and ``Directors`` (comma separated); ``Original Title``, ``URL``, ``IMDb
Rating``, ``Num Votes`` and ``Release Date`` are read past. Older exports (Latin-1, without
``Original Title``) read the same.

**Scale**: IMDb rates 1-10; the library keeps 0.5-5 stars. A rating is halved, so 1 -> 0.5,
7 -> 3.5 and 10 -> 5.0: every IMDb value has its own star value and the order is kept.

Every title (films, TV series and episodes, shorts) becomes a ``film`` item, matched by IMDb id,
then by normalised title and year, and otherwise added as a catalogue-only item with its year,
runtime, genres and directors. Video games are not media this library recommends: they are
counted as skipped, not reported as errors.
"""

from __future__ import annotations

import re
from pathlib import Path

from desktop_recsys.errors import UserError
from desktop_recsys.library.db import Library
from desktop_recsys.library.importers._base import (
    ImportRun,
    csv_header,
    parse_float,
    parse_int,
    parse_time,
)
from desktop_recsys.library.importers._history import (
    HistoryImport,
    check_profile_name,
    clean_cells,
    find_columns,
    history_transaction,
)
from desktop_recsys.library.importers.cleaning import LAST_YEAR
from desktop_recsys.library.importers.report import ImportReport
from desktop_recsys.library.models import Credit, NewItem
from desktop_recsys.progress import CancelToken, Message, ProgressFn, no_progress

COLUMNS: dict[str, tuple[str, ...]] = {
    "const": ("const", "tconst"),
    "rating": ("your rating",),
    "date": ("date rated", "date added", "created"),
    "title": ("title",),
    "type": ("title type",),
    "runtime": ("runtime (mins)", "runtime"),
    "year": ("year",),
    "genres": ("genres",),
    "directors": ("directors",),
}
SKIPPED_TYPES = frozenset({"videogame", "video game"})
_IMDB_ID = re.compile(r"^tt\d{7,10}$")


def imdb_to_stars(value: float) -> float:
    """An IMDb rating (1-10) as library stars (0.5-5): halved."""
    return value / 2.0


def import_imdb(
    library: Library,
    path: str | Path,
    *,
    profile: str | None,
    strict: bool = False,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
    report: ImportReport | None = None,
) -> ImportReport:
    """Import an IMDb ratings CSV into ``profile`` in one transaction; returns the report."""
    path = Path(path)
    report = report or ImportReport("imdb", str(path), strict=strict)
    name = check_profile_name(profile, "imdb")
    if not path.is_file():
        raise UserError(
            Message("{path} is not a file; give the ratings.csv of an IMDb export", path=path)
        )
    run = ImportRun(library, report, progress, cancel, [path])
    with history_transaction(run, name, ("imdb",)) as history, run.open(path) as source:
        header, rows = csv_header(source)
        if header is None:
            raise UserError(Message("{path} is empty", path=path))
        where = find_columns(header, COLUMNS)
        if any(c not in where for c in ("const", "rating", "title")):
            raise UserError(
                Message(
                    "{path} is not an IMDb ratings export: no Const, Your Rating or Title column; give the ratings.csv of an IMDb export",
                    path=path,
                )
            )
        for number, row in run.records(source, rows, len(header), "ratings"):
            _rating_row(history, clean_cells(row, where), path, number)
    return run.finish()


def _rating_row(history: HistoryImport, cells: dict[str, str], path: Path, number: int) -> None:
    report = history.run.report
    if cells.get("type", "").casefold() in SKIPPED_TYPES:
        report.count("rows", "skipped (video games)")
        return
    const, title = cells["const"], cells["title"]
    if not _IMDB_ID.match(const):
        report.problem(
            path, number, Message("Const {const!r} is not an IMDb id (tt1234567)", const=const)
        )
        return
    if not title:
        report.problem(path, number, Message("empty title"))
        return
    value = parse_float(cells["rating"])
    if value is None or not 1 <= value <= 10:
        report.problem(path, number, Message("rating {value!r} is not 1-10", value=cells["rating"]))
        return
    year = parse_int(cells["year"]) if cells.get("year") else None
    if year is not None and not 0 < year <= 9999:
        year = None
    when = parse_time(cells["date"]) if cells.get("date") else None
    if cells.get("date") and when is None:
        reason = Message(
            "Date Rated {value!r} is not a date from 1900 to {year}",
            value=cells["date"],
            year=LAST_YEAR,
        )
        report.problem(path, number, reason)
        return
    minutes = parse_float(cells["runtime"]) if cells.get("runtime") else None
    directors = tuple(d.strip() for d in cells.get("directors", "").split(",") if d.strip())
    item = NewItem(
        "film",
        title,
        artist=directors[0] if directors else None,
        year=year,
        duration=minutes * 60.0 if minutes and minutes > 0 else None,
        genres=tuple(g.strip() for g in cells.get("genres", "").split(",") if g.strip()),
        credits=tuple(Credit(d, "director") for d in directors),
        external_ids={"imdb": const},
    )
    history.rate(history.item(item, path, number), imdb_to_stars(value), when)
