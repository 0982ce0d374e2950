"""Any CSV file with a column mapping: ``--map "Film=title,Year=year,Stars=rating"``.

Each row describes one item (matched to the library or added as a catalogue-only item) and,
optionally, a profile's rating of it or a play. Fields a column can map to:

- item: ``kind`` (track, artist, film), ``title`` (required), ``artist``, ``album``,
  ``album_artist``, ``year``, ``duration`` (seconds), ``track_number``, ``genres`` and ``tags``
  (separated by ``|``, ``;`` or ``,``), ``description``, ``language``;
- ids: ``imdb``, ``tmdb``, ``movielens``, ``musicbrainz_recording``, ``musicbrainz_artist`` or
  ``id.SOURCE`` for any other source;
- history: ``profile`` (else ``--profile``), ``rating`` (0.5-5 stars), ``rating10`` (1-10, halved),
  ``rated_at``, ``played_at`` (Unix seconds or ISO 8601), ``count`` (plays).

The delimiter (comma, semicolon or tab) is taken from the header line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from desktop_recsys.errors import UserError
from desktop_recsys.library.db import Library
from desktop_recsys.library.importers._base import (
    ImportRun,
    count_merged,
    csv_header,
    parse_float,
    parse_time,
)
from desktop_recsys.library.importers.cleaning import LAST_YEAR, clean_item, clean_name
from desktop_recsys.library.importers.report import ImportReport
from desktop_recsys.library.importers.resolver import ItemResolver
from desktop_recsys.library.models import ITEM_KINDS, NewItem
from desktop_recsys.progress import CancelToken, Message, ProgressFn, no_progress

ITEM_FIELDS = (
    "kind", "title", "artist", "album", "album_artist", "year", "duration", "track_number",
    "genres", "tags", "description", "language",
)  # fmt: skip
ID_FIELDS = ("imdb", "tmdb", "movielens", "musicbrainz_recording", "musicbrainz_artist")
HISTORY_FIELDS = ("profile", "rating", "rating10", "rated_at", "played_at", "count")
_LIST_SPLIT = re.compile(r"\s*[|;,]\s*")


def parse_mapping(spec: str | Sequence[str]) -> dict[str, str]:
    """``"Col A=title,Col B=year"`` (or a list of such) -> ``{"col a": "title", ...}``.

    Column names compare without regard to case or surrounding spaces.
    """
    parts = [spec] if isinstance(spec, str) else list(spec)
    mapping: dict[str, str] = {}
    for part in parts:
        for pair in part.split(","):
            if not pair.strip():
                continue
            column, sep, target = pair.rpartition("=")
            target = target.strip().lower()
            if not sep or not column.strip():
                raise UserError(
                    Message("--map entry {entry!r} is not COLUMN=FIELD", entry=pair.strip())
                )
            valid = (
                target in ITEM_FIELDS
                or target in ID_FIELDS
                or target in HISTORY_FIELDS
                or (target.startswith("id.") and len(target) > 3)
            )
            if not valid:
                raise UserError(
                    Message(
                        "--map field {field!r} is unknown; use one of {fields} or id.SOURCE",
                        field=target,
                        fields=", ".join(ITEM_FIELDS + ID_FIELDS + HISTORY_FIELDS),
                    )
                )
            mapping[column.strip().casefold()] = target
    if "title" not in mapping.values():
        raise UserError(Message("--map must name the column holding the title (COLUMN=title)"))
    return mapping


def import_csv(
    library: Library,
    path: str | Path,
    mapping: dict[str, str],
    *,
    profile: str | None = None,
    kind: str | None = None,
    strict: bool = False,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
    report: ImportReport | None = None,
) -> ImportReport:
    """Import a mapped CSV file in one transaction; returns the report."""
    path = Path(path)
    report = report or ImportReport("csv", str(path), strict=strict)
    if not path.is_file():
        raise UserError(Message("{path} is not a file", path=str(path)))
    if kind is not None and kind not in ITEM_KINDS:
        raise UserError(
            Message(
                "unknown item kind {kind!r}; use one of {kinds}",
                kind=kind,
                kinds=", ".join(ITEM_KINDS),
            )
        )
    fields = set(mapping.values())
    default_kind = kind or ("track" if "artist" in fields else "film")
    run = ImportRun(library, report, progress, cancel, [path])
    with run.transaction():
        resolver = ItemResolver(library, [f for f in ID_FIELDS] + _extra_sources(mapping))
        ratings: list[tuple[str, int, float, float | None]] = []
        plays: list[tuple[str, int, float | None, int]] = []
        with run.open(path) as source:
            first, rows = csv_header(source)
            if first is None:
                raise UserError(Message("{path} is empty", path=str(path)))
            header = [h.strip().lstrip("\ufeff").casefold() for h in first]
            missing = [c for c in mapping if c not in header]
            if missing:
                raise UserError(
                    Message(
                        "{path} has no column(s) {missing}; its columns are {columns}",
                        path=str(path),
                        missing=", ".join(repr(c) for c in missing),
                        columns=", ".join(header)[:200],
                    )
                )
            where = {field: header.index(column) for column, field in mapping.items()}
            for number, row in run.records(source, rows, len(header), "rows"):
                values = {f: row[i].strip() for f, i in where.items()}
                parsed = _row(values, default_kind, profile, path, number, report)
                if parsed is None:
                    continue
                item, who, rating, rated_at, played_at, count = parsed
                ref = resolver.resolve(clean_item(item, report, path, number))
                if rating is not None:
                    ratings.append((who, ref, rating, rated_at))
                if played_at is not None or count is not None:
                    plays.append((who, ref, played_at, count or 1))
        run.writing("adding items")
        resolver.commit(report)
        _write_history(library, report, resolver, ratings, plays)
    return run.finish()


def _extra_sources(mapping: dict[str, str]) -> list[str]:
    return [f[3:] for f in mapping.values() if f.startswith("id.")]


def _row(
    values: dict[str, str],
    default_kind: str,
    profile: str | None,
    path: Path,
    number: int,
    report: ImportReport,
) -> tuple[NewItem, str, float | None, float | None, float | None, int | None] | None:
    """One CSV row as (item, profile name, rating, rated_at, played_at, count), or None."""
    title = " ".join(values.get("title", "").split())
    if not title:
        report.problem(path, number, Message("empty title"))
        return None
    kind = values.get("kind", "").lower() or default_kind
    if kind not in ITEM_KINDS:
        report.problem(path, number, Message("unknown kind {kind!r}", kind=kind))
        return None
    numbers: dict[str, float | None] = {}
    for name in ("year", "duration", "track_number", "rating", "rating10", "count"):
        text = values.get(name, "")
        if text:
            value = parse_float(text)
            if value is None:
                report.problem(
                    path, number, Message("{name} {text!r} is not a number", name=name, text=text)
                )
                return None
            numbers[name] = value
    rating = numbers.get("rating")
    if numbers.get("rating10") is not None:
        rating = numbers["rating10"] / 2.0
    if rating is not None and not 0.5 <= rating <= 5.0:
        report.problem(
            path, number, Message("rating {rating:g} is outside 0.5-5 stars", rating=rating)
        )
        return None
    times: dict[str, float | None] = {}
    for name in ("rated_at", "played_at"):
        text = values.get(name, "")
        if text:
            times[name] = parse_time(text)
            if times[name] is None:
                reason = Message(
                    "{name} {text!r} is not a time from 1900 to {year}",
                    name=name,
                    text=text,
                    year=LAST_YEAR,
                )
                report.problem(path, number, reason)
                return None
    count = numbers.get("count")
    if count is not None and (count < 1 or count != int(count)):
        reason = Message("count {count!r} is not a positive whole number", count=values["count"])
        report.problem(path, number, reason)
        return None
    who = clean_name(values.get("profile") or profile or "")
    wants_history = rating is not None or "played_at" in times or count is not None
    if wants_history and not who:
        report.problem(path, number, Message("no profile: map a profile column or pass --profile"))
        return None
    year = numbers.get("year")
    ids = {f: values[f] for f in ID_FIELDS if values.get(f)}
    ids.update({f[3:]: v for f, v in values.items() if f.startswith("id.") and v})
    if "imdb" in ids and ids["imdb"].isdigit():
        ids["imdb"] = f"tt{int(ids['imdb']):07d}"
    track = numbers.get("track_number")
    item = NewItem(
        kind,  # type: ignore[arg-type]
        title,
        artist=values.get("artist") or None,
        album=values.get("album") or None,
        album_artist=values.get("album_artist") or None,
        track_number=int(track) if track is not None else None,
        year=int(year) if year is not None and 0 <= year <= 9999 else None,
        duration=numbers.get("duration"),
        description=values.get("description") or None,
        language=values.get("language") or None,
        genres=tuple(g for g in _LIST_SPLIT.split(values.get("genres", "")) if g),
        tags=tuple(t for t in _LIST_SPLIT.split(values.get("tags", "")) if t),
        external_ids=ids,
    )
    return (
        item,
        who,
        rating,
        times.get("rated_at"),
        times.get("played_at"),
        int(count) if count is not None else None,
    )


def _write_history(
    library: Library,
    report: ImportReport,
    resolver: ItemResolver,
    ratings: list[tuple[str, int, float, float | None]],
    plays: list[tuple[str, int, float | None, int]],
) -> None:
    """Ratings and plays of resolved items, creating the profiles they name."""
    names = sorted({r[0] for r in ratings} | {p[0] for p in plays})
    if not names:
        return
    ids, created = library.profiles.ensure_many(names)
    key = {" ".join(n.split()): i for n, i in ids.items()}

    def profile_id(name: str) -> int:
        return key[" ".join(name.split())]

    count_merged(report, "profiles", len(ids), created)
    if ratings:
        added, changed = library.ratings.merge_many(
            (profile_id(p), resolver.id_of(ref), r, t) for p, ref, r, t in ratings
        )
        count_merged(report, "ratings", len(ratings), added, changed)
    if plays:
        added, changed = library.plays.merge_many(
            (profile_id(p), resolver.id_of(ref), t, c) for p, ref, t, c in plays
        )
        count_merged(report, "plays", len(plays), added, changed)
