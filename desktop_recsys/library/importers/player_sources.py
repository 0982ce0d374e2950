"""Reading the play counts other players keep: Strawberry, Clementine, Rhythmbox and Kodi.

Each reader turns a player's own file into :class:`PlayerEntry` rows: where the file is, its
tags, and what the player counted (plays, skips, last played, rating, a film's resume point).
The files are read, never written: the SQLite databases are opened read-only.

- **Strawberry** (``strawberry.db``) and **Clementine** (``clementine.db``): table ``songs``;
  the file is ``url`` (Strawberry) or ``filename`` (Clementine, a ``file://`` URL stored as a
  blob); ``playcount``, ``skipcount``, ``lastplayed`` (Unix seconds, -1: never), ``rating``
  (0-1, five stars are 1.0; -1: unrated), ``length`` in nanoseconds.
- **Rhythmbox** (``rhythmdb.xml``): ``<entry type="song">`` with ``<location>`` (a file URL),
  ``<play-count>``, ``<last-played>`` (Unix seconds), ``<rating>`` (0-5), ``<duration>``
  (seconds); radio stations and podcasts are not songs and are passed over.
- **Kodi** (``MyVideos*.db``): films (``movie``: ``c00`` title, ``premiered`` or ``c07`` year,
  ``userrating`` 1-10) with their file (``files``: ``strFilename``, ``playCount``,
  ``lastPlayed`` as local time text; ``path.strPath``) and resume point (``bookmark`` of type
  1: ``timeInSeconds`` of ``totalTimeInSeconds``).

A file of another kind, locked by the player or damaged is refused with one line saying so.
"""

from __future__ import annotations

import datetime as dt
import math
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_recsys.errors import UserError
from desktop_recsys.library.importers.cleaning import plausible_time
from desktop_recsys.progress import Message

#: What each source is, for messages: (player name, file a person should pick).
#: The file is a Message, so that "choose ..." reads in the person's language.
PLAYERS: dict[str, tuple[str, str]] = {
    "strawberry": (
        "Strawberry",
        Message(
            "{file} (in {folder})",
            file="strawberry.db",
            folder="~/.local/share/strawberry/strawberry",
        ),
    ),
    "clementine": (
        "Clementine",
        Message("{file} (in {folder})", file="clementine.db", folder="~/.config/Clementine"),
    ),
    "rhythmbox": (
        "Rhythmbox",
        Message("{file} (in {folder})", file="rhythmdb.xml", folder="~/.local/share/rhythmbox"),
    ),
    "kodi": (
        "Kodi",
        Message(
            "{file} (in {folder})", file="MyVideos<number>.db", folder="~/.kodi/userdata/Database"
        ),
    ),
}
_SQLITE_MAGIC = b"SQLite format 3\x00"

Problem = Callable[[int | None, str], None]


@dataclass(frozen=True)
class PlayerEntry:
    """One song or film as a player knows it."""

    number: int  # the row id (databases) or the entry's position (rhythmdb.xml), for reports
    location: str | bytes | None
    title: str = ""
    artist: str = ""
    album: str = ""
    year: int | None = None
    duration: float | None = None  # seconds
    plays: int = 0
    skips: int = 0
    last_played: float | None = None
    stars: float | None = None  # 0.5-5 in half stars; None: unrated
    resume: float | None = None  # a film's resume point as a share 0-1

    @property
    def label(self) -> str:
        """How the report names the entry: artist - title, else its location."""
        who = " - ".join(x for x in (self.artist, self.title) if x)
        if who:
            return who[:200]
        where = self.location
        if isinstance(where, bytes):
            where = where.decode("utf-8", "replace")
        return str(where or f"entry {self.number}")[:200]

    @property
    def has_history(self) -> bool:
        return bool(self.plays or self.skips or self.stars or self.resume)


def read_entries(
    kind: str, path: Path, problem: Problem
) -> tuple[list[PlayerEntry], list[str | Message]]:
    """The entries of a ``kind`` player's file and notes on what was passed over."""
    if kind in ("strawberry", "clementine"):
        return _read_songs(kind, path, problem)
    if kind == "rhythmbox":
        return _read_rhythmdb(path, problem)
    if kind == "kodi":
        return _read_kodi(path, problem)
    raise UserError(
        Message(
            "unknown player {kind!r}; use one of {choices}", kind=kind, choices=", ".join(PLAYERS)
        )
    )


# -- SQLite players ---------------------------------------------------------------------------
def _open_readonly(kind: str, path: Path) -> sqlite3.Connection:
    player, pick = PLAYERS[kind]
    try:
        with path.open("rb") as handle:
            head = handle.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise UserError(
            Message(
                "cannot read {path}: {strerror}; choose {pick}",
                path=path,
                strerror=exc.strerror,
                pick=pick,
            )
        ) from exc
    if head != _SQLITE_MAGIC:
        raise UserError(
            Message(
                "{name} is not an SQLite database; choose {player}'s {pick}",
                name=path.name,
                player=player,
                pick=pick,
            )
        )
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=2.0)
    conn.execute("PRAGMA query_only = 1")
    return conn


def _database_error(kind: str, path: Path, exc: sqlite3.Error) -> UserError:
    player, pick = PLAYERS[kind]
    text = str(exc)
    if "locked" in text or "busy" in text:
        return UserError(
            Message(
                "{name} is locked by another program ({player} may be writing to it); close {player} and try again",
                name=path.name,
                player=player,
            )
        )
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return UserError(
            Message(
                "{name} is damaged ({text}); copy a backup of {player}'s {pick} and import that",
                name=path.name,
                text=text,
                player=player,
                pick=pick,
            )
        )
    return UserError(
        Message(
            "cannot read {name} as {player}'s database ({text})",
            name=path.name,
            player=player,
            text=text,
        )
    )


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {str(r[1]).casefold() for r in conn.execute(f"PRAGMA table_info({table})")}


def _read_songs(
    kind: str, path: Path, problem: Problem
) -> tuple[list[PlayerEntry], list[str | Message]]:
    player, pick = PLAYERS[kind]
    notes: list[str | Message] = []
    try:
        with closing(_open_readonly(kind, path)) as conn:
            columns = _columns(conn, "songs")
            where = "url" if "url" in columns else "filename" if "filename" in columns else None
            if where is None or not {"playcount", "lastplayed", "title", "artist"} <= columns:
                raise UserError(
                    Message(
                        "{name} has no songs table with play counts: it is not {player}'s library; choose {pick}",
                        name=path.name,
                        player=player,
                        pick=pick,
                    )
                )
            if (kind == "strawberry") != (where == "url"):
                other = "Clementine" if where == "filename" else "Strawberry"
                notes.append(Message("read as a {player} database (its songs are laid out so)",
                                     player=other))  # fmt: skip
            optional = ["album", "year", "length", "skipcount", "rating"]
            wanted = [c if c in columns else "NULL" for c in optional]
            rows = conn.execute(
                f"SELECT rowid, {where}, title, artist, {', '.join(wanted)}, playcount, "
                "lastplayed FROM songs ORDER BY rowid"
            ).fetchall()
    except sqlite3.Error as exc:
        raise _database_error(kind, path, exc) from exc
    entries = []
    for rowid, location, title, artist, album, year, length, skips, rating, plays, last in rows:
        number = int(rowid)
        entries.append(
            PlayerEntry(
                number,
                location if isinstance(location, str | bytes) else None,
                _text(title),
                _text(artist),
                _text(album),
                _year(year),
                _seconds(length, 1e9),
                _count(plays, PLAY_COUNT, number, problem),
                _count(skips, SKIP_COUNT, number, problem),
                _time(last, number, problem),
                _stars(rating, 1.0, number, problem),
            )
        )
    return entries, notes


def _read_kodi(path: Path, problem: Problem) -> tuple[list[PlayerEntry], list[str | Message]]:
    _, pick = PLAYERS["kodi"]
    notes: list[str | Message] = []
    try:
        with closing(_open_readonly("kodi", path)) as conn:
            tables = {
                str(r[0]).casefold()
                for r in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
                )
            }
            if not {"files", "path", "movie"} <= tables or not {
                "idfile", "strfilename", "playcount", "lastplayed"
            } <= _columns(conn, "files"):  # fmt: skip
                raise UserError(
                    Message(
                        "{name} has no films with play counts: it is not Kodi's video database; choose {pick}",
                        name=path.name,
                        pick=pick,
                    )
                )
            movie = _columns(conn, "movie")
            year = "m.premiered" if "premiered" in movie else "m.c07" if "c07" in movie else "NULL"
            rating = "m.userrating" if "userrating" in movie else "NULL"
            resume = (
                "(SELECT b.timeInSeconds FROM bookmark b WHERE b.idFile = f.idFile AND b.type = 1 "
                "ORDER BY b.idBookmark DESC LIMIT 1), "
                "(SELECT b.totalTimeInSeconds FROM bookmark b WHERE b.idFile = f.idFile "
                "AND b.type = 1 ORDER BY b.idBookmark DESC LIMIT 1)"
                if "bookmark" in tables
                else "NULL, NULL"
            )
            rows = conn.execute(
                f"SELECT f.idFile, p.strPath, f.strFilename, m.c00, {year}, {rating}, "
                f"f.playCount, f.lastPlayed, {resume} FROM movie m "
                "JOIN files f ON f.idFile = m.idFile LEFT JOIN path p ON p.idPath = f.idPath "
                "ORDER BY f.idFile"
            ).fetchall()
            if "episode" in tables:
                (episodes,) = conn.execute(
                    "SELECT count(*) FROM episode e JOIN files f ON f.idFile = e.idFile "
                    "WHERE f.playCount > 0"
                ).fetchone()
                if episodes:
                    notes.append(
                        Message(
                            "{n} watched TV episode(s) passed over: the library holds films, "
                            "music and artists",
                            n=episodes,
                        )
                    )
    except sqlite3.Error as exc:
        raise _database_error("kodi", path, exc) from exc
    entries = []
    for id_file, folder, name, title, year, stars, plays, last, at, total in rows:
        number = int(id_file)
        location = _kodi_location(_text(folder), _text(name))
        share = None
        at_s, total_s = _float(at), _float(total)
        if at_s is not None and total_s and total_s > 0 and 0 < at_s < total_s:
            share = round(at_s / total_s, 4)
        entries.append(
            PlayerEntry(
                number,
                location,
                _text(title),
                year=_year(year),
                plays=_count(plays, PLAY_COUNT, number, problem),
                last_played=_local_time(last, number, problem),
                stars=_stars(stars, 10.0, number, problem),
                resume=share,
            )
        )
    return entries, notes


def _kodi_location(folder: str, name: str) -> str | None:
    if not name:
        return None
    if name.startswith("stack://") or "://" in name:
        return name
    if folder and not folder.endswith(("/", "\\")):
        folder += "\\" if "\\" in folder else "/"
    return folder + name


# -- Rhythmbox --------------------------------------------------------------------------------
def _read_rhythmdb(path: Path, problem: Problem) -> tuple[list[PlayerEntry], list[str | Message]]:
    _, pick = PLAYERS["rhythmbox"]
    try:
        with path.open("rb") as handle:
            head = handle.read(64 * 1024)
    except OSError as exc:
        raise UserError(
            Message(
                "cannot read {path}: {strerror}; choose {pick}",
                path=path,
                strerror=exc.strerror,
                pick=pick,
            )
        ) from exc
    prolog = head.split(b"<rhythmdb", 1)[0]
    if b"<rhythmdb" not in head:
        raise UserError(
            Message(
                "{name} is not Rhythmbox's database (no <rhythmdb>); choose {pick}",
                name=path.name,
                pick=pick,
            )
        )
    if b"<!DOCTYPE" in prolog or b"<!ENTITY" in prolog:
        raise UserError(
            Message(
                "{name} declares a document type, which Rhythmbox never writes; refused",
                name=path.name,
            )
        )
    entries: list[PlayerEntry] = []
    others = 0
    try:
        for number, element in enumerate(_entries(path), 1):
            if element.get("type") != "song":
                others += 1
                continue
            entries.append(_rhythmbox_entry(number, element, problem))
            element.clear()
    except ET.ParseError as exc:
        line = getattr(exc, "position", (None,))[0]
        raise UserError(
            Message(
                "{name} is not well-formed XML (line {line}): not a whole rhythmdb.xml; choose {pick}",
                name=path.name,
                line=line,
                pick=pick,
            )
        ) from exc
    notes: list[str | Message] = []
    if others:
        notes.append(
            Message("{n} entries that are not songs (radio, podcasts) passed over", n=others)
        )
    return entries, notes


def _entries(path: Path) -> Iterator[ET.Element]:
    depth = 0
    for event, element in ET.iterparse(path, events=("start", "end")):
        if event == "start":
            if depth == 0 and element.tag != "rhythmdb":
                raise UserError(
                    Message("{name} is XML but not Rhythmbox's database", name=path.name)
                )
            depth += 1
            continue
        depth -= 1
        if depth == 1 and element.tag == "entry":
            yield element


def _rhythmbox_entry(number: int, element: ET.Element, problem: Problem) -> PlayerEntry:
    def field(name: str) -> str:
        return " ".join((element.findtext(name) or "").split())

    return PlayerEntry(
        number,
        field("location") or None,
        field("title"),
        field("artist"),
        field("album"),
        duration=_seconds(_float(field("duration")), 1.0),
        plays=_count(field("play-count") or 0, PLAY_COUNT, number, problem),
        last_played=_time(field("last-played") or None, number, problem),
        stars=_stars(field("rating") or None, 5.0, number, problem),
    )


# -- values -----------------------------------------------------------------------------------
def _text(value: Any) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return " ".join(str(value).split()) if value is not None else ""


def _float(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _year(value: Any) -> int | None:
    text = _text(value)[:4]
    return int(text) if text.isdigit() and 1000 <= int(text) <= 9999 else None


def _seconds(value: Any, per_second: float) -> float | None:
    number = _float(value)
    return number / per_second if number is not None and number > 0 else None


#: What :func:`_count` reads, as report problems name it.
PLAY_COUNT = Message("play count")
SKIP_COUNT = Message("skip count")


def _count(value: Any, what: Message, number: int, problem: Problem) -> int:
    count = _float(value)
    if count is None or count != int(count) or count < 0:
        if value not in (None, ""):
            reason = Message(
                "{what} {value!r} is not a whole number of 0 or more: taken as 0",
                what=what,
                value=value,
            )
            problem(number, reason)
        return 0
    return int(count)


def _time(value: Any, number: int, problem: Problem) -> float | None:
    when = _float(value)
    if when is None or when <= 0:  # -1 and 0: never played
        return None
    if not plausible_time(when):
        problem(
            number, Message("last played {value!r} is not a plausible time: left out", value=value)
        )
        return None
    return when


def _local_time(value: Any, number: int, problem: Problem) -> float | None:
    """Kodi's ``lastPlayed``: ``YYYY-MM-DD HH:MM:SS`` in the machine's local time."""
    text = _text(value)
    if not text:
        return None
    try:
        when = dt.datetime.fromisoformat(text).timestamp()
    except (ValueError, OverflowError, OSError):
        problem(number, Message("last played {text!r} is not a date and time: left out", text=text))
        return None
    return _time(when, number, problem)


def _stars(value: Any, full: float, number: int, problem: Problem) -> float | None:
    """A rating on a 0-``full`` scale as 0.5-5 stars in half stars; None when unrated."""
    rating = _float(value)
    if rating is None or rating <= 0:  # -1: unrated; 0: no stars given
        if value not in (None, "") and rating is None:
            problem(number, Message("rating {value!r} is not a number: left out", value=value))
        return None
    if rating > full:
        reason = Message(
            "rating {value!r} is above the player's {full:g}: left out", value=value, full=full
        )
        problem(number, reason)
        return None
    return min(5.0, max(0.5, round(rating / full * 10) / 2))
