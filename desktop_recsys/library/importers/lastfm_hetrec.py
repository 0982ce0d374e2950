"""The HetRec 2011 Last.fm 2k data set: artists, listening counts, friendships, user tags.

Files (tab-separated, one header line, LF or CRLF): ``artists.dat`` (``id name url
pictureURL``), ``user_artists.dat`` (``userID artistID weight``, the weight being a play
count), ``user_friends.dat`` (``userID friendID``, both directions listed), ``tags.dat``
(``tagID tagValue``, Latin-1) and ``user_taggedartists.dat`` (``userID artistID tagID day month
year``).

Artists become items of kind ``artist`` (matched to existing artists by their HetRec id, then by
normalised name); each user becomes a profile ``lastfm:<userID>``; a listening count becomes one
undated play row that keeps the count; each friendship pair is stored once; user tags become
item tags counted by how many times users applied them. Tag rows naming an artist that is not in
``artists.dat`` (the data set has some) are reported and skipped.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from desktop_recsys.errors import UserError
from desktop_recsys.library.db import Library
from desktop_recsys.library.importers._base import (
    DatasetProfiles,
    ImportRun,
    count_merged,
    parse_int,
    parse_me,
    write_catalogue,
)
from desktop_recsys.library.importers.report import ImportReport
from desktop_recsys.library.importers.textfiles import TextSource
from desktop_recsys.library.models import NewItem
from desktop_recsys.progress import CancelToken, Message, ProgressFn, no_progress

PROFILE_PREFIX = "lastfm:"
ID_SOURCE = "lastfm_hetrec"
FILES = ("artists.dat", "tags.dat", "user_taggedartists.dat", "user_artists.dat",
         "user_friends.dat")  # fmt: skip


def import_lastfm_hetrec(
    library: Library,
    folder: str | Path,
    *,
    strict: bool = False,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
    report: ImportReport | None = None,
    me: str | None = None,
    profile: str | None = None,
) -> ImportReport:
    """Import the HetRec Last.fm folder in one transaction; returns the report.

    The data set's users become community profiles (``lastfm:7``); ``me`` (a user id) with
    ``profile`` (a name) puts that user's plays and friends into that profile instead.
    """
    folder = Path(folder)
    mine = parse_me(me, profile)
    report = report or ImportReport("lastfm-hetrec", str(folder), strict=strict)
    if not (folder / "artists.dat").is_file() or not (folder / "user_artists.dat").is_file():
        raise UserError(
            Message(
                "no HetRec Last.fm files in {folder}: expected artists.dat and user_artists.dat; give the hetrec2011-lastfm-2k folder",
                folder=folder,
            )
        )
    run = ImportRun(library, report, progress, cancel, [folder / f for f in FILES])
    with run.transaction():
        artists = _read_artists(run, folder / "artists.dat")
        tags = _read_tags(run, folder, artists)
        item_of = write_catalogue(
            run, "artists", "artist", (ID_SOURCE,), _artist_items(artists, tags), tags
        )
        profiles = DatasetProfiles(run, PROFILE_PREFIX, mine)
        _import_plays(run, folder / "user_artists.dat", item_of, profiles)
        if (folder / "user_friends.dat").is_file():
            _import_friends(run, folder / "user_friends.dat", profiles)
        profiles.check_me()
        profiles.count()
    return run.finish()


def _table(
    run: ImportRun, source: TextSource, columns: int, what: str
) -> Iterator[tuple[int, list[str]]]:
    """Numbered rows of a HetRec file without its header; wrong widths are reported."""
    lines = source.lines()
    next(lines, None)
    # A line of white space only is blank: every one of its fields is.
    yield from run.records(source, ((n, line.split("\t")) for n, line in lines), columns, what)


def _read_artists(run: ImportRun, path: Path) -> dict[str, str]:
    artists: dict[str, str] = {}
    with run.open(path) as source:
        for number, row in _table(run, source, 4, "artists"):
            artist_id, name = row[0].strip(), " ".join(row[1].split())
            if parse_int(artist_id) is None:
                run.report.problem(
                    path, number, Message("artist id {value!r} is not a number", value=artist_id)
                )
            elif not name:
                run.report.problem(path, number, Message("empty artist name"))
            elif artist_id in artists:
                run.report.problem(
                    path,
                    number,
                    Message("artist {artist} is listed twice; first kept", artist=artist_id),
                )
            else:
                artists[artist_id] = name
    return artists


def _read_tags(run: ImportRun, folder: Path, artists: dict[str, str]) -> dict[str, Counter]:
    names: dict[str, str] = {}
    tags: dict[str, Counter[str]] = {}
    if not (folder / "tags.dat").is_file() or not (folder / "user_taggedartists.dat").is_file():
        return tags
    spelling: dict[str, str] = {}
    with run.open(folder / "tags.dat") as source:
        for number, row in _table(run, source, 2, "tag names"):
            name = " ".join(row[1].split())
            if not name:
                run.report.problem(source.path, number, Message("empty tag"))
                continue
            names[row[0].strip()] = spelling.setdefault(name.casefold(), name)
    path = folder / "user_taggedartists.dat"
    with run.open(path) as source:
        for number, row in _table(run, source, 6, "tags"):
            artist_id, tag_id = row[1].strip(), row[2].strip()
            if artist_id not in artists:
                run.report.problem(
                    path, number, Message("artist {artist} is not in artists.dat", artist=artist_id)
                )
            elif tag_id not in names:
                run.report.problem(
                    path, number, Message("tag {tag} is not in tags.dat", tag=tag_id)
                )
            else:
                tags.setdefault(artist_id, Counter())[names[tag_id]] += 1
    return tags


def _artist_items(artists: dict[str, str], tags: dict[str, Counter]) -> dict[str, NewItem]:
    """HetRec artist id -> the artist as an item, with its tags and its HetRec id."""
    return {
        artist_id: NewItem(
            "artist", name, tags=tuple(tags.get(artist_id, ())), external_ids={ID_SOURCE: artist_id}
        )
        for artist_id, name in artists.items()
    }


#: The most listens one row may give (the data set's largest is 352,698): far beyond any
#: person, and small enough that adding rows up never leaves SQLite's 64-bit integers.
MAX_LISTENS = 1_000_000_000


def _import_plays(
    run: ImportRun, path: Path, item_of: dict[str, int], profiles: DatasetProfiles
) -> None:
    report = run.report
    rows: list[tuple[str, int, int]] = []
    with run.open(path) as source:
        for number, row in _table(run, source, 3, "listening counts"):
            user, artist_id, weight = (v.strip() for v in row)
            count = parse_int(weight)
            if parse_int(user) is None:
                report.problem(path, number, Message("user id {user!r} is not a number", user=user))
            elif artist_id not in item_of:
                report.problem(
                    path, number, Message("artist {artist} is not in artists.dat", artist=artist_id)
                )
            elif count is None or count < 1:
                report.problem(
                    path,
                    number,
                    Message("listening count {count!r} is not a positive number", count=weight),
                )
            elif count > MAX_LISTENS:
                report.problem(
                    path,
                    number,
                    Message(
                        "listening count {count!r} is more than {most:,}",
                        count=weight[:40],
                        most=MAX_LISTENS,
                    ),
                )
            else:
                rows.append((str(int(user)), item_of[artist_id], count))
    run.writing("adding listening counts")
    profiles.ensure({u for u, _, _ in rows})
    added, changed = run.library.plays.merge_many(
        (profiles.ids[u], item, None, count) for u, item, count in rows
    )
    count_merged(report, "plays", len(rows), added, changed)


def _import_friends(run: ImportRun, path: Path, profiles: DatasetProfiles) -> None:
    report = run.report
    pairs: set[tuple[str, str]] = set()
    with run.open(path) as source:
        for number, row in _table(run, source, 2, "friendships"):
            a, b = (v.strip() for v in row)
            if parse_int(a) is None or parse_int(b) is None:
                report.problem(
                    path, number, Message("user ids {a!r}, {b!r} are not numbers", a=a, b=b)
                )
            elif a == b:
                report.problem(path, number, Message("user {user} is their own friend", user=a))
            else:
                a, b = str(int(a)), str(int(b))
                pairs.add((min(a, b, key=int), max(a, b, key=int)))
    run.writing("adding friendships")
    profiles.ensure({u for pair in pairs for u in pair})
    before = run.library.friends.count()
    run.library.friends.add_many((profiles.ids[a], profiles.ids[b]) for a, b in pairs)
    count_merged(report, "friendships", len(pairs), run.library.friends.count() - before)
