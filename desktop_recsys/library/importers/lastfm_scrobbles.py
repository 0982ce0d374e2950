"""Last.fm scrobbles exported as CSV: one play per row (artist, album, track, time).

Last.fm itself offers no export; people use a handful of tools, whose formats are recognised:

- no header, four columns ``artist,album,track,date`` with dates like ``31 Jan 2021 12:34``
  (the widely used "lastfm-to-csv" web tool);
- a header with ``uts,utc_time,artist,artist_mbid,album,album_mbid,track,track_mbid``
  (lastfm.ghan.nl), where ``uts`` is Unix seconds;
- any header naming an artist column and a track (or title) column, with a time column called
  ``date``, ``time``, ``timestamp``, ``played_at``, ``uts`` or ``utc_time``; comma, semicolon or
  tab separated.

Each row becomes a dated play of a track of the given profile; tracks are matched to the
library by MusicBrainz recording id where the export has one, else by normalised artist and
title, and otherwise added as catalogue-only tracks. Rows without a time (a track that was
playing during the export) are reported and skipped: an undated play could not be told apart
from the next import's. Times without a zone are UTC.
"""

from __future__ import annotations

from pathlib import Path

from desktop_recsys.errors import UserError
from desktop_recsys.library.db import Library
from desktop_recsys.library.importers._base import ImportRun, parse_time
from desktop_recsys.library.importers._history import (
    HistoryImport,
    check_profile_name,
    find_columns,
    sniff_delimiter,
)
from desktop_recsys.library.importers.report import ImportReport
from desktop_recsys.library.importers.textfiles import unneutralise_cell
from desktop_recsys.library.models import NewItem
from desktop_recsys.progress import CancelToken, ProgressFn, no_progress

COLUMNS: dict[str, tuple[str, ...]] = {
    "artist": ("artist", "artist name", "artist_name", "artistname"),
    "album": ("album", "album name", "album_name", "release", "release_name"),
    "track": ("track", "track name", "track_name", "title", "song", "name"),
    # Unix seconds first: they carry no zone or format ambiguity.
    "time": ("uts", "timestamp", "played_at", "date", "time", "utc_time", "scrobble time"),
    "track_mbid": ("track_mbid", "recording_mbid", "mbid"),
    "artist_mbid": ("artist_mbid",),
    "album_mbid": ("album_mbid", "release_mbid"),
}
# The headerless lastfm-to-csv layout.
HEADERLESS = {"artist": 0, "album": 1, "track": 2, "time": 3}


def import_lastfm_scrobbles(
    library: Library,
    path: str | Path,
    *,
    profile: str | None,
    strict: bool = False,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
    report: ImportReport | None = None,
) -> ImportReport:
    """Import a Last.fm scrobbles CSV into ``profile`` in one transaction; returns the report."""
    path = Path(path)
    report = report or ImportReport("lastfm-scrobbles", str(path), strict=strict)
    name = check_profile_name(profile, "lastfm-scrobbles")
    if not path.is_file():
        raise UserError(f"{path} is not a file; give the scrobbles CSV")
    run = ImportRun(library, report, progress, cancel, [path])
    with library.transaction():
        history = HistoryImport(run, name, ("musicbrainz_recording",))
        with run.open(path) as source:
            delimiter = sniff_delimiter(source.text.readline())
            source.text.seek(0)
            rows = source.csv_rows(delimiter)
            first = next(rows, None)
            if first is None:
                raise UserError(f"{path} is empty")
            where = find_columns(first[1], COLUMNS)
            if "artist" in where and "track" in where:
                report.notes.append("layout: with a header")
                if "time" not in where:
                    raise UserError(
                        f"{path} has no time column (uts, timestamp, date, time or utc_time)"
                    )
                width = len(first[1])
                body = rows
            else:
                report.notes.append("layout: artist,album,track,date without a header")
                where, width = HEADERLESS, 4
                body = _chain(first, rows)
            for number, row in run.rows(source, body, "scrobbles"):
                if not any(cell.strip() for cell in row):
                    continue
                if len(row) != width:
                    report.problem(path, number, f"{len(row)} fields, expected {width}")
                    continue
                _scrobble(history, where, row, path, number)
        history.commit()
        run.writing("finishing")
    progress(1.0, "done")
    return report.finish()


def _chain(first: tuple[int, list[str]], rest):  # type: ignore[no-untyped-def]
    yield first
    yield from rest


def _scrobble(
    history: HistoryImport, where: dict[str, int], row: list[str], path: Path, number: int
) -> None:
    report = history.run.report

    def cell(field: str) -> str:
        index = where.get(field)
        return " ".join(unneutralise_cell(row[index]).split()) if index is not None else ""

    artist, track, stamp = cell("artist"), cell("track"), cell("time")
    if not artist or not track:
        report.problem(path, number, "empty artist or track name")
        return
    if not stamp:
        report.problem(path, number, "no play time (a track playing during the export?)")
        return
    when = parse_time(stamp)
    if when is None or when < 0:
        report.problem(path, number, f"time {stamp!r} is not a date or Unix time")
        return
    ids = {
        "musicbrainz_recording": cell("track_mbid"),
        "musicbrainz_artist": cell("artist_mbid"),
        "musicbrainz_release": cell("album_mbid"),
    }
    item = NewItem(
        "track",
        track,
        artist=artist,
        album=cell("album") or None,
        external_ids={k: v for k, v in ids.items() if v},
    )
    history.play(history.item(item), when)
