"""Reading back what ``desktop-recsys export`` wrote: library files, profile archives, playlists.

- ``import library FILE.json|FILE.csv``: items with their genres, tags, credits, ids and paths.
- ``import profile FILE.zip [--profile NAME]``: one profile's ratings, plays, marks, friendships
  (with profiles of those names that exist here), playlists and privacy settings; the profile
  is created if missing (privacy settings are applied only then: an existing profile keeps
  its own choices).
- ``import playlist FILE.m3u8|FILE.csv [--profile NAME] [--name NAME]``: a playlist, also from
  other players' M3U/M3U8 files; without ``--profile`` it is shared.

Items are placed, in order, by file path, external id, then normalised key (title and year,
artist and title) among the items that were in the library before; otherwise they are added
(catalogue-only, or with their path when no other item has it). Two rows of one file are never
merged into one item: a library may hold two items with the same title on purpose. A playlist
that exists (same name, same owner) gets the file's entries. Everything is idempotent.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from desktop_recsys.errors import UserError
from desktop_recsys.library.db import Library
from desktop_recsys.library.importers._base import (
    ImportRun,
    count_merged,
    csv_header,
    ensure_profile,
    parse_float,
    parse_int,
)
from desktop_recsys.library.importers._own_files import archive_members, read_json
from desktop_recsys.library.importers.cleaning import (
    clean_item,
    clean_name,
    plausible_time,
    time_problem,
)
from desktop_recsys.library.importers.matching import ItemMatcher
from desktop_recsys.library.importers.report import ImportReport
from desktop_recsys.library.importers.resolver import KIND_NAMES
from desktop_recsys.library.importers.textfiles import (
    loads_json,
    unneutralise_cell,
)
from desktop_recsys.library.models import ITEM_KINDS, MARK_KINDS, Credit, NewItem
from desktop_recsys.progress import CancelToken, Message, ProgressFn, no_progress

LIBRARY_FORMAT = "desktop-recsys-library"
PROFILE_FORMAT = "desktop-recsys-profile"
ITEM_COMMENT = "#X-DESKTOP-RECSYS-ITEM:"


class _BadRow(ValueError):
    """A row that cannot become an item; the message (a Message) is the reason."""


def _at(prefix: str, reason: str) -> str:
    """``reason`` of the row ``prefix`` names in a JSON file ("item #3: empty title")."""
    return Message("{where}: {reason}", where=prefix, reason=reason) if prefix else reason


def _scalar(value: Any) -> str | None:
    """Text of a JSON string or number (what a field of ours holds); None for anything else
    (an object, a list, true/false, null), which a hand-edited or hostile file may put there."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _ref(value: Any) -> int | str | None:
    """An item reference (the ``id`` of items.json, the ``item`` of a history row): a JSON
    string or whole number; None for anything else (a list cannot name an item)."""
    if isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    return None


# -- items ---------------------------------------------------------------------------------------
def item_from_dict(row: Any) -> tuple[NewItem, dict[str, int], bool]:
    """An exported item dict as ``(NewItem, tag counts, missing)``; :class:`_BadRow` if bad."""
    if not isinstance(row, dict):
        raise _BadRow(Message("not an item object"))
    kind = row.get("kind")
    if kind not in ITEM_KINDS:
        raise _BadRow(Message("unknown kind {kind!r}", kind=kind))
    # Text is kept as exported (only trimmed): a round trip must not change a title.
    if row.get("title") not in (None, "") and _scalar(row.get("title")) is None:
        raise _BadRow(Message("title is not text"))
    title = (_scalar(row.get("title")) or "").strip()
    if not title:
        raise _BadRow(Message("empty title"))

    def text(name: str) -> str | None:
        value = _scalar(row.get(name))
        return value.strip() or None if value else None

    def number(name: str, low: float, high: float, whole: bool) -> Any:
        value = row.get(name)
        if value is None or value == "":
            return None
        if _scalar(value) is None:
            raise _BadRow(Message("{name} is not a number", name=name))
        parsed = parse_float(str(value))
        if parsed is None or not low <= parsed <= high or (whole and parsed != int(parsed)):
            raise _BadRow(Message("{name} {value!r} is not valid", name=name, value=value))
        return int(parsed) if whole else parsed

    tags = row.get("tags") or {}
    if isinstance(tags, list):
        tags = {t: 1 for t in tags if _scalar(t) is not None}
    if not isinstance(tags, dict):
        raise _BadRow(Message("tags must be a list or an object"))
    counts = {}
    for name, count in tags.items():
        if _scalar(name) and str(name).strip():
            counts[" ".join(str(name).split())] = max(1, parse_int(_scalar(count) or "") or 1)
    credits = []
    raw_credits = row.get("credits") or []
    for pair in raw_credits if isinstance(raw_credits, list) else []:
        if isinstance(pair, list | tuple) and len(pair) == 2 and (_scalar(pair[0]) or "").strip():
            role = _scalar(pair[1]) or "credit"
            credits.append(Credit(" ".join(str(pair[0]).split()), role))
    ids = row.get("ids") or {}
    if not isinstance(ids, dict):
        raise _BadRow(Message("ids must be an object"))
    genres = row.get("genres") or ()
    if not isinstance(genres, list | tuple):
        raise _BadRow(Message("genres must be a list"))
    path = row.get("path")
    item = NewItem(
        kind,
        title,
        artist=text("artist"),
        album=text("album"),
        album_artist=text("album_artist"),
        track_number=number("track_number", 0, 1e9, True),
        year=number("year", 0, 9999, True),
        duration=number("duration", 0, 1e9, False),
        description=_scalar(row.get("description")) or None,
        language=text("language"),
        path=str(path) if isinstance(path, str) and path else None,
        genres=tuple(" ".join(g.split()) for g in map(_scalar, genres) if g and g.strip()),
        tags=tuple(counts),
        credits=tuple(credits),
        external_ids={
            str(k): v for k, v in ((k, _scalar(v)) for k, v in ids.items()) if v and v.strip()
        },
    )
    return item, counts, bool(row.get("missing"))


def item_from_csv(cells: dict[str, str]) -> dict[str, Any]:
    """A library-CSV row (header -> cell) as the dict :func:`item_from_dict` reads."""
    row: dict[str, Any] = {k: v for k, v in cells.items() if not k.startswith("id.")}
    row["ids"] = {k[3:]: v for k, v in cells.items() if k.startswith("id.") and v}
    row["genres"] = [g for g in cells.get("genres", "").split("|") if g]
    row["tags"] = [t for t in cells.get("tags", "").split("|") if t]
    row["credits"] = [
        [name, role]
        for role, _, name in (c.partition(":") for c in cells.get("credits", "").split("|") if c)
    ]
    row["missing"] = cells.get("missing") in ("1", "true", "True")
    return row


class ItemPlacer:
    """Places exported items in the library (path, ids, key, else new) in one batch."""

    def __init__(self, run: ImportRun) -> None:
        self.run = run
        self._matchers: dict[str, ItemMatcher] = {}
        self._sources: tuple[str, ...] = ()

    def place(self, rows: Iterable[tuple[Any, Any, str, int | None, str]]) -> dict[Any, int]:
        """``(ref, item dict, file, line, prefix)`` rows -> ``ref -> item id``; bad rows are
        reported (``prefix`` locates a row of a JSON file) and left out."""
        library, report = self.run.library, self.run.report
        parsed: list[tuple[Any, NewItem, dict[str, int], bool]] = []
        for ref, row, file, line, prefix in rows:
            try:
                item, tags, missing = item_from_dict(row)
            except _BadRow as exc:
                report.problem(file, line, _at(prefix, exc.args[0]))
                continue
            item = clean_item(item, report, file, line)
            tags = {c: n for t, n in tags.items() if (c := clean_name(t))}
            parsed.append((ref, item, tags, missing))
        sources = sorted({s for _, item, _, _ in parsed for s in item.external_ids})
        placed: dict[Any, int] = {}
        new: list[tuple[Any, NewItem, dict[str, int], bool]] = []
        extra_ids: list[tuple[int, str, str]] = []
        extra_genres: list[tuple[int, str]] = []
        tag_rows: list[tuple[int, str, int]] = []
        taken_paths: set[str] = set()
        matched: dict[str, int] = {}
        for ref, item, tags, missing in parsed:
            matcher = self._matcher(item.kind, sources)
            found = library.items.find_by_path(item.path) if item.path else None
            if found is not None and library.items.get(found).kind != item.kind:
                found, item.path = None, None  # the file now holds another kind of item
            if found is None:
                found = matcher.match(
                    item.external_ids, item.title, item.artist, item.year, item.duration
                )
            if found is not None:
                matcher.claim(found, item.external_ids)
                placed[ref] = found
                matched[item.kind] = matched.get(item.kind, 0) + 1
                extra_ids.extend((found, s, v) for s, v in item.external_ids.items())
                extra_genres.extend((found, g) for g in item.genres)
                tag_rows.extend((found, t, n) for t, n in tags.items())
                continue
            if item.path and (item.path in taken_paths or library.items.find_by_path(item.path)):
                item.path = None
            if item.path:
                taken_paths.add(item.path)
            new.append((ref, item, tags, missing))
        self.run.writing("adding items")
        ids = library.items.add_many([item for _, item, _, _ in new])
        for (ref, item, tags, _), item_id in zip(new, ids, strict=True):
            placed[ref] = item_id
            tag_rows.extend((item_id, t, n) for t, n in tags.items())
            self._matcher(item.kind, sources).claim(item_id, item.external_ids)
        library.items.set_missing(
            i for (_, _, _, missing), i in zip(new, ids, strict=True) if missing
        )
        library.items.add_external_ids(extra_ids)
        library.items.link_genres(extra_genres)
        library.items.merge_tag_counts(tag_rows)
        for kind in ITEM_KINDS:
            added = sum(1 for _, item, _, _ in new if item.kind == kind)
            if added or matched.get(kind):
                report.count(KIND_NAMES[kind], "added", added)
                report.count(KIND_NAMES[kind], "matched", matched.get(kind, 0))
        return placed

    def _matcher(self, kind: str, sources: list[str]) -> ItemMatcher:
        if kind not in self._matchers:
            self._matchers[kind] = ItemMatcher(self.run.library, kind, sources)
        return self._matchers[kind]


def _csv_dicts(run: ImportRun, path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """``(line, header -> cell)`` for the rows of one of our CSV files (cells un-neutralised)."""
    with run.open(path) as source:
        # Our own files are always comma separated: nothing to sniff.
        first, rows = csv_header(source, ",")
        if first is None:
            raise UserError(Message("{path} is empty", path=path))
        header = [h.strip().lstrip("\ufeff") for h in first]
        for number, row in run.records(source, rows, len(header), "rows"):
            yield number, {h: unneutralise_cell(c) for h, c in zip(header, row, strict=True)}


# -- library ---------------------------------------------------------------------------------
def import_library_file(
    library: Library,
    path: str | Path,
    *,
    strict: bool = False,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
    report: ImportReport | None = None,
) -> ImportReport:
    """Import a library exported as JSON or CSV in one transaction; returns the report."""
    path = Path(path)
    report = report or ImportReport("library", str(path), strict=strict)
    if not path.is_file():
        raise UserError(
            Message("{path} is not a file; give a file written by 'export library'", path=path)
        )
    run = ImportRun(library, report, progress, cancel, [path])
    with run.transaction():
        if path.suffix.lower() == ".json":
            document = read_json(path, Message("library export"))
            if not isinstance(document, dict) or document.get("format") != LIBRARY_FORMAT:
                raise UserError(
                    Message("{path} is not a library written by 'export library'", path=path)
                )
            items = document.get("items") or []
            if not isinstance(items, list):
                raise UserError(
                    Message(
                        "{path}: 'items' is not a list; is it from 'export library'?", path=path
                    )
                )
            rows: list[tuple[Any, Any, str, int | None, str]] = [
                (n, row, str(path), None, f"item #{n}: ") for n, row in enumerate(items, start=1)
            ]
            run.check()
        else:
            rows = [
                (number, item_from_csv(cells), str(path), number, "")
                for number, cells in _csv_dicts(run, path)
            ]
            if rows and "kind" not in rows[0][1]:
                raise UserError(
                    Message("{path} has no kind column; is it from 'export library'?", path=path)
                )
        ItemPlacer(run).place(rows)
    return run.finish()


# -- profile archive -------------------------------------------------------------------------
def import_profile_archive(
    library: Library,
    path: str | Path,
    *,
    profile: str | None = None,
    strict: bool = False,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
    report: ImportReport | None = None,
) -> ImportReport:
    """Import a profile archive (``export profile``) in one transaction; returns the report."""
    path = Path(path)
    report = report or ImportReport("profile", str(path), strict=strict)
    members = archive_members(path)
    manifest = members["manifest.json"]
    if not isinstance(manifest, dict) or manifest.get("format") != PROFILE_FORMAT:
        raise UserError(
            Message("{path} is not a profile archive written by 'export profile'", path=path)
        )
    raw_version = manifest.get("version")
    version = parse_float(_scalar(raw_version) or "") if raw_version is not None else 0.0
    if version is None:
        raise UserError(
            Message(
                "{path}: manifest.json's version is not a number; is it from 'export profile'?",
                path=path,
            )
        )
    if version > 1:
        raise UserError(
            Message(
                "{path} was written by a newer version of desktop_recsys; update the app", path=path
            )
        )
    about = manifest.get("profile") or {}
    if not isinstance(about, dict):
        raise UserError(
            Message(
                "{path}: manifest.json's profile is not an object; pass --profile NAME", path=path
            )
        )
    own_name = about.get("name")
    if profile is None and own_name not in (None, "") and not isinstance(own_name, str):
        raise UserError(
            Message(
                "{path}: manifest.json's profile name is not text; pass --profile NAME", path=path
            )
        )
    name = clean_name(profile or (own_name if isinstance(own_name, str) else ""))
    if not name:
        raise UserError(Message("{path} names no profile; pass --profile NAME", path=path))
    if len(name) > 100:
        raise UserError(
            Message(
                "{path}: the profile name is longer than 100 characters; pass --profile NAME",
                path=path,
            )
        )
    run = ImportRun(library, report, progress, cancel, [])
    where = path.name
    with run.transaction():
        items = members.get("items.json") or []
        if not isinstance(items, list):
            report.problem(f"{where}:items.json", None, Message("not a list of items"))
            items = []
        placed = ItemPlacer(run).place(
            (
                _ref(row.get("id")) if isinstance(row, dict) else None,
                row,
                f"{where}:items.json",
                None,
                Message("item #{n}", n=n),
            )  # fmt: skip
            for n, row in enumerate(items, start=1)
        )
        who, created = ensure_profile(run, name)
        if created:
            library.profiles.set_privacy(
                who,
                record_plays=bool(about.get("record_plays", True)),
                share_with_friends=bool(about.get("share_with_friends", True)),
            )
        else:
            report.notes.append(
                Message("profile {name!r} existed: its privacy settings were kept", name=name)
            )
        run.writing("adding history")
        _profile_history(run, members, placed, who, where)
        _profile_friends(run, members.get("friends.json") or [], who, name)
        playlists = members.get("playlists.json") or []
        for n, playlist in enumerate(playlists if isinstance(playlists, list) else [], start=1):
            title = (
                clean_name(_scalar(playlist.get("name")) or "")
                if isinstance(playlist, dict)
                else ""
            )
            if not title:
                report.problem(
                    f"{where}:playlists.json", None, Message("playlist #{n}: no name", n=n)
                )
                continue
            refs = playlist.get("items") or []
            refs = [r for r in map(_ref, refs if isinstance(refs, list) else []) if r is not None]
            _store_playlist(run, title, who, [placed[i] for i in refs if i in placed])
    return run.finish()


def _records(run: ImportRun, rows: Any, file: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if not isinstance(rows, list):
        run.report.problem(file, None, Message("not a list"))
        return
    for n, row in enumerate(rows, start=1):
        if isinstance(row, dict):
            yield Message("#{n}", n=n), row
        else:
            run.report.problem(file, None, _at(Message("#{n}", n=n), Message("not an object")))


def _profile_history(
    run: ImportRun, members: dict[str, Any], placed: dict[Any, int], who: int, where: str
) -> None:
    library, report = run.library, run.report

    def item_of(row: dict[str, Any], file: str, prefix: str) -> int | None:
        ref = _ref(row.get("item"))
        found = placed.get(ref) if ref is not None else None
        if found is None:
            reason = (
                Message("item {item!r} is not in items.json", item=ref)
                if ref is not None
                else Message("item (not an id) is not in items.json")
            )
            report.problem(file, None, _at(prefix, reason))
        return found

    def number(value: Any) -> float | None:
        text = _scalar(value)
        return parse_float(text) if text is not None else None

    def time_ok(row: dict[str, Any], key: str, file: str, prefix: str) -> bool:
        """Whether ``row[key]`` is absent or a time from 1900 to next year (else reported)."""
        value = row.get(key)
        if value is None:
            return True
        when = number(value)
        if when is None or not plausible_time(when):
            why = time_problem(when) if when is not None else Message("the time is not a number")
            report.problem(
                file, None, _at(prefix, Message("{where}: {reason}", where=key, reason=why))
            )
            return False
        return True

    ratings = []
    file = f"{where}:ratings.json"
    for prefix, row in _records(run, members.get("ratings.json") or [], file):
        item, stars, when = (
            item_of(row, file, prefix),
            number(row.get("rating")),
            number(row.get("rated_at")),
        )
        if item is None:
            continue
        if stars is None or not 0.5 <= stars <= 5.0:
            shown = _scalar(row.get("rating"))
            report.problem(
                file, None, _at(prefix, Message("rating {value!r} is not 0.5-5", value=shown))
            )
            continue
        if not time_ok(row, "rated_at", file, prefix):
            continue
        ratings.append((who, item, stars, when))
    if ratings:
        added, changed = library.ratings.merge_many(ratings)
        count_merged(report, "ratings", len(ratings), added, changed)
    plays = []
    file = f"{where}:plays.json"
    for prefix, row in _records(run, members.get("plays.json") or [], file):
        item = item_of(row, file, prefix)
        count = parse_int(_scalar(row.get("count", 1)) or "")
        done = number(row.get("completed", 1.0))
        if item is None:
            continue
        if count is None or count < 1 or done is None or not 0 <= done <= 1:
            report.problem(
                file, None, _at(prefix, Message("count or completed share is not valid"))
            )
            continue
        if not time_ok(row, "played_at", file, prefix):
            continue
        plays.append(
            (who, item, number(row.get("played_at")), count, done, bool(row.get("skipped")))
        )
    if plays:
        added, changed = library.plays.merge_detailed(plays)
        count_merged(report, "plays", len(plays), added, changed)
    marks = []
    file = f"{where}:marks.json"
    for prefix, row in _records(run, members.get("marks.json") or [], file):
        item = item_of(row, file, prefix)
        if item is None:
            continue
        if _scalar(row.get("mark")) not in MARK_KINDS:
            reason = Message("unknown mark {mark!r}", mark=_scalar(row.get("mark")))
            report.problem(file, None, _at(prefix, reason))
            continue
        if not time_ok(row, "created_at", file, prefix):
            continue
        marks.append((who, item, str(row["mark"]), number(row.get("created_at"))))
    if marks:
        count_merged(report, "marks", len(marks), library.marks.set_many(marks))


def _profile_friends(run: ImportRun, names: Any, who: int, own: str) -> None:
    library, report = run.library, run.report
    found, absent = [], []
    for raw in names if isinstance(names, list) else []:
        name = clean_name(_scalar(raw) or "")
        if not name:
            continue
        other = library.profiles.by_name(name)
        if other is None or other.id == who:
            absent.append(name)
        else:
            found.append((who, other.id))
    if found:
        before = set(library.friends.friends_of(who))
        library.friends.add_many(found)
        added = len(set(library.friends.friends_of(who)) - before)
        count_merged(report, "friendships", len(found), added)
    if absent:
        report.count("friendships", "skipped", len(absent))
        report.notes.append(
            Message(
                "friends of {name!r} with no profile in this library were left out: {names}",
                name=own,
                names=", ".join(absent[:10]) + (" ..." if len(absent) > 10 else ""),
            )
        )


def _store_playlist(run: ImportRun, name: str, owner: int | None, entries: list[int]) -> None:
    library, report = run.library, run.report
    existing = library.playlists.find(name, owner)
    if existing is not None and existing.profile_id == owner:
        if library.playlists.items(existing.id) == entries:
            report.count("playlists", "matched")
        else:
            library.playlists.replace_items(existing.id, entries)
            report.count("playlists", "updated")
        return
    library.playlists.create(name, profile_id=owner, item_ids=entries)
    report.count("playlists", "added")


# -- playlist files ----------------------------------------------------------------------------
def import_playlist_file(
    library: Library,
    path: str | Path,
    *,
    profile: str | None = None,
    name: str | None = None,
    strict: bool = False,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
    report: ImportReport | None = None,
) -> ImportReport:
    """Import an M3U/M3U8 or playlist-CSV file as a playlist in one transaction."""
    path = Path(path)
    report = report or ImportReport("playlist", str(path), strict=strict)
    if not path.is_file():
        raise UserError(
            Message("{path} is not a file; give an .m3u8, .m3u or .csv playlist", path=path)
        )
    run = ImportRun(library, report, progress, cancel, [path])
    with run.transaction():
        if path.suffix.lower() == ".csv":
            title, entries = None, _csv_entries(run, path)
        else:
            title, entries = _m3u_entries(run, path)
        playlist = clean_name(name or title or "") or clean_name(path.stem)
        owner = ensure_profile(run, profile)[0] if profile else None
        report.count("entries", "read", len(entries))
        _store_playlist(run, playlist, owner, entries)
    return run.finish()


def _csv_entries(run: ImportRun, path: Path) -> list[int]:
    rows = [
        (number, item_from_csv(cells), str(path), number, "")
        for number, cells in _csv_dicts(run, path)
    ]
    if rows and "title" not in rows[0][1]:
        raise UserError(
            Message("{path} has no title column; is it from 'export playlist'?", path=path)
        )
    placed = ItemPlacer(run).place(rows)
    return [placed[number] for number, *_ in rows if number in placed]


def _m3u_entries(run: ImportRun, path: Path) -> tuple[str | None, list[int]]:
    """The playlist's #PLAYLIST title and its entries' item ids, in order."""
    library, report = run.library, run.report
    folder = path.parent.absolute()
    title: str | None = None
    info: str | None = None
    # (line, kind, value): a file path with its #EXTINF title, or an item comment's JSON.
    raw: list[tuple[int, str, Any, str | None]] = []
    with run.open(path) as source:
        for number, line in run.rows(source, source.lines(), "entries"):
            line = line.strip().lstrip("\ufeff")
            if not line:
                continue
            if line.startswith(ITEM_COMMENT):
                try:
                    raw.append((number, "item", loads_json(line[len(ITEM_COMMENT) :]), None))
                except ValueError:
                    report.problem(path, number, Message("item comment is not valid JSON"))
            elif line.upper().startswith("#EXTINF:"):
                info = line.partition(",")[2].strip() or None
            elif line.upper().startswith("#PLAYLIST:"):
                title = line.partition(":")[2].strip() or None
            elif not line.startswith("#"):
                raw.append((number, "path", line, info))
                info = None
    placed = ItemPlacer(run).place(
        (number, value, str(path), number, "") for number, kind, value, _ in raw if kind == "item"
    )
    tracks = ItemMatcher(library, "track", ())
    entries: list[int] = []
    for number, kind, value, extinf in raw:
        if kind == "item":
            if number in placed:
                entries.append(placed[number])
            continue
        target = _local_path(value, folder)
        found = library.items.find_by_path(target) if target else None
        if found is None and extinf and " - " in extinf:
            artist, _, track = extinf.partition(" - ")
            found = tracks.match({}, track, artist)
        if found is None:
            reason = Message("{entry} is not in the library (scan its folder first)", entry=value)
            report.problem(path, number, reason)
            continue
        entries.append(found)
    return title, entries


def _local_path(entry: str, folder: Path) -> str | None:
    """An entry's absolute local path, or None for a URL that is not a local file."""
    if "://" in entry:
        if not entry.lower().startswith("file://"):
            return None
        from urllib.parse import unquote, urlparse

        entry = unquote(urlparse(entry).path)
    return os.path.normpath(os.path.join(folder, os.path.expanduser(entry)))
