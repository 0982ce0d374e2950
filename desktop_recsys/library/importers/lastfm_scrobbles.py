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

import itertools
from pathlib import Path

from desktop_recsys.errors import UserError
from desktop_recsys.library.db import Library
from desktop_recsys.library.importers._base import ImportRun, csv_header, parse_time
from desktop_recsys.library.importers._history import (
    HistoryImport,
    check_profile_name,
    clean_cells,
    find_columns,
    history_transaction,
)
from desktop_recsys.library.importers.cleaning import LAST_YEAR
from desktop_recsys.library.importers.report import ImportReport
from desktop_recsys.library.models import NewItem
from desktop_recsys.progress import CancelToken, Message, ProgressFn, no_progress

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
        raise UserError(Message("{path} is not a file; give the scrobbles CSV", path=path))
    run = ImportRun(library, report, progress, cancel, [path])
    with (
        history_transaction(run, name, ("musicbrainz_recording",)) as history,
        run.open(path) as source,
    ):
        header, rows = csv_header(source)
        if header is None:
            raise UserError(Message("{path} is empty", path=path))
        where = find_columns(header, COLUMNS)
        if "artist" in where and "track" in where:
            report.notes.append(Message("layout: with a header"))
            if "time" not in where:
                raise UserError(
                    Message(
                        "{path} has no time column (uts, timestamp, date, time or utc_time); give a scrobbles CSV with one of them",
                        path=path,
                    )
                )
            width = len(header)
        else:
            report.notes.append(Message("layout: artist,album,track,date without a header"))
            where, width = HEADERLESS, 4
            # The first record is a scrobble, not a header: read it like the rest.
            rows = itertools.chain([(1, header)], rows)
        for number, row in run.records(source, rows, width, "scrobbles"):
            _scrobble(history, clean_cells(row, where), path, number)
    return run.finish()


def _scrobble(history: HistoryImport, cells: dict[str, str], path: Path, number: int) -> None:
    report = history.run.report

    def cell(field: str) -> str:
        return cells.get(field, "")

    artist, track, stamp = cell("artist"), cell("track"), cell("time")
    if not artist or not track:
        report.problem(path, number, Message("empty artist or track name"))
        return
    if not stamp:
        report.problem(path, number, Message("no play time (a track playing during the export?)"))
        return
    when = parse_time(stamp)
    if when is None or when < 0:
        reason = Message(
            "time {stamp!r} is not a date or Unix time from 1900 to {year}",
            stamp=stamp,
            year=LAST_YEAR,
        )
        report.problem(path, number, reason)
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
    history.play(history.item(item, path, number), when)
