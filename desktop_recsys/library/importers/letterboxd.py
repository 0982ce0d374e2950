"""Letterboxd exports: ``ratings.csv``, ``watched.csv`` and ``diary.csv``.

PATH is the export zip (``letterboxd-USER-DATE-utc.zip``), the folder it unpacks to, or one of
the three files. The copies under ``deleted/`` and ``orphaned/`` (entries the user removed) are
ignored. Columns are found by their header names:

- ``ratings.csv`` (Date, Name, Year, Letterboxd URI, Rating): the profile's current rating of
  each film (Letterboxd's 0.5-5 stars are ours), dated by Date;
- ``diary.csv`` (Date, Name, Year, Letterboxd URI, Rating, Rewatch, Tags, Watched Date): one
  view (a dated play) per entry on its Watched Date; its Rating is used only for films that
  ``ratings.csv`` does not rate (the latest entry wins); its Tags become item tags;
- ``watched.csv`` (Date, Name, Year, Letterboxd URI): films marked as seen; a film without a
  diary entry gets one view dated by Date (when it was logged), so each film seen counts once.

Films are matched to the library by their Letterboxd URI (kept as the ``letterboxd`` id; only
``ratings.csv`` and ``watched.csv`` hold film URIs, ``diary.csv`` holds entry URIs), then by
normalised title and year, and otherwise added as catalogue-only films.
"""

from __future__ import annotations

from collections.abc import Iterator
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
    check_profile_name,
    clean_cells,
    find_columns,
    history_transaction,
)
from desktop_recsys.library.importers._sources import ExportFiles
from desktop_recsys.library.importers.cleaning import LAST_YEAR
from desktop_recsys.library.importers.report import ImportReport
from desktop_recsys.library.models import NewItem
from desktop_recsys.progress import CancelToken, Message, ProgressFn, no_progress

FILES = ("ratings.csv", "diary.csv", "watched.csv")
COLUMNS: dict[str, tuple[str, ...]] = {
    "date": ("date",),
    "name": ("name", "title"),
    "year": ("year",),
    "uri": ("letterboxd uri", "uri"),
    "rating": ("rating",),
    "tags": ("tags",),
    "watched": ("watched date",),
}


def import_letterboxd(
    library: Library,
    path: str | Path,
    *,
    profile: str | None,
    strict: bool = False,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
    report: ImportReport | None = None,
) -> ImportReport:
    """Import a Letterboxd export into ``profile`` in one transaction; returns the report."""
    path = Path(path)
    report = report or ImportReport("letterboxd", str(path), strict=strict)
    name = check_profile_name(profile, "letterboxd")
    with ExportFiles(path, report) as files:
        if not files.is_zip and path.is_file():
            if path.name.lower() not in FILES:
                raise UserError(
                    Message(
                        "{path} is not a Letterboxd export file; give the export zip, its folder, or ratings.csv, diary.csv or watched.csv",
                        path=path,
                    )
                )
            found = {path.name.lower(): path}
        else:
            found = {f: p for f in FILES if (p := files.shallowest(f)) is not None}
        if not found:
            raise UserError(
                Message(
                    "no ratings.csv, diary.csv or watched.csv in {path}; give a Letterboxd export (its zip or folder)",
                    path=path,
                )
            )
        run = ImportRun(library, report, progress, cancel, found.values())
        with history_transaction(run, name, ("letterboxd",)) as history:
            if "ratings.csv" in found:
                for item, row, file, number in _films(run, found["ratings.csv"], True):
                    stars = _stars(row.get("rating", ""))
                    if stars is None:
                        report.problem(
                            file,
                            number,
                            Message("rating {value!r} is not 0.5-5", value=row.get("rating")),
                        )
                        continue
                    rated = parse_time(row.get("date", ""))
                    if row.get("date") and rated is None:
                        report.problem(
                            file,
                            number,
                            Message(
                                "date {value!r} is not a date from 1900 to {year}",
                                value=row["date"],
                                year=LAST_YEAR,
                            ),
                        )
                        continue
                    history.rate(history.item(item, file, number), stars, rated)
            viewed: set[int] = set()
            if "diary.csv" in found:
                for item, row, file, number in _films(run, found["diary.csv"], False):
                    when = parse_time(row.get("watched", "") or row.get("date", ""))
                    stars = _stars(row["rating"]) if row.get("rating") else None
                    if when is None:
                        report.problem(
                            file,
                            number,
                            Message("no Watched Date or Date from 1900 to {year}", year=LAST_YEAR),
                        )
                        continue
                    if row.get("rating") and stars is None:
                        report.problem(
                            file,
                            number,
                            Message("rating {value!r} is not 0.5-5", value=row["rating"]),
                        )
                        continue
                    ref = history.item(item, file, number)
                    history.play(ref, when)
                    viewed.add(ref)
                    if stars is not None:
                        rated = parse_time(row.get("date", ""))
                        if row.get("date") and rated is None:
                            report.problem(
                                file,
                                number,
                                Message(
                                    "date {value!r} is not a date from 1900 to {year}; the rating is dated by its Watched Date",
                                    value=row["date"],
                                    year=LAST_YEAR,
                                ),
                            )
                            rated = when
                        history.rate_diary(ref, stars, rated)
                    for tag in row.get("tags", "").split(","):
                        if tag.strip():
                            history.tag(ref, " ".join(tag.split()))
            if "watched.csv" in found:
                for item, row, file, number in _films(run, found["watched.csv"], True):
                    when = parse_time(row.get("date", ""))
                    if when is None:
                        report.problem(
                            file,
                            number,
                            Message(
                                "date {value!r} is not a date from 1900 to {year}",
                                value=row.get("date"),
                                year=LAST_YEAR,
                            ),
                        )
                        continue
                    ref = history.item(item, file, number)
                    if ref in viewed:
                        continue
                    history.play(ref, when)
                    viewed.add(ref)
    return run.finish()


def _stars(text: str) -> float | None:
    value = parse_float(text) if text.strip() else None
    if value is None or not 0.5 <= value <= 5.0:
        return None
    return value


def _films(
    run: ImportRun, path: Path, film_uri: bool
) -> Iterator[tuple[NewItem, dict[str, str], Path, int]]:
    """``(film, cells by field, file, line)`` for every row naming a film; the caller checks
    the rest of the row before resolving the film, so a bad row adds no item."""
    report = run.report
    with run.open(path) as source:
        header, rows = csv_header(source)
        if header is None:
            return
        where = find_columns(header, COLUMNS)
        if "name" not in where:
            raise UserError(
                Message(
                    "{name} has no Name column; is it a Letterboxd export?",
                    name=report.aliases.get(str(path), path.name),
                )
            )
        for number, row in run.records(source, rows, len(header), path.name):
            cells = clean_cells(row, where)
            if not cells["name"]:
                report.problem(path, number, Message("empty film name"))
                continue
            year = parse_int(cells.get("year", "")) if cells.get("year") else None
            if cells.get("year") and (year is None or not 0 < year <= 9999):
                report.problem(
                    path, number, Message("year {value!r} is not a year", value=cells["year"])
                )
                continue
            uri = cells.get("uri", "") if film_uri else ""
            item = NewItem(
                "film", cells["name"], year=year, external_ids={"letterboxd": uri} if uri else {}
            )
            yield item, cells, path, number
