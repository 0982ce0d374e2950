"""Real player files for the history-import tests: SQLite databases laid out as Strawberry,
Clementine and Kodi lay theirs out (the tables and columns they create, with the same types,
so SQLite stores values as theirs do: a 0-1 rating in Strawberry's INTEGER column stays a
REAL), and a rhythmdb.xml as Rhythmbox writes it."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote
from xml.sax.saxutils import escape

# Strawberry's songs table (data/schema/schema.sql, schema version 20), every column.
STRAWBERRY_SONGS = """
CREATE TABLE songs (
  title TEXT, album TEXT, artist TEXT, albumartist TEXT,
  track INTEGER NOT NULL DEFAULT -1, disc INTEGER NOT NULL DEFAULT -1,
  year INTEGER NOT NULL DEFAULT -1, originalyear INTEGER NOT NULL DEFAULT -1,
  genre TEXT, compilation INTEGER NOT NULL DEFAULT 0, composer TEXT, performer TEXT,
  grouping TEXT, comment TEXT, lyrics TEXT, artist_id TEXT, album_id TEXT, song_id TEXT,
  beginning INTEGER NOT NULL DEFAULT 0, length INTEGER NOT NULL DEFAULT 0,
  bitrate INTEGER NOT NULL DEFAULT -1, samplerate INTEGER NOT NULL DEFAULT -1,
  bitdepth INTEGER NOT NULL DEFAULT -1, source INTEGER NOT NULL DEFAULT 0,
  directory_id INTEGER NOT NULL DEFAULT -1, url TEXT NOT NULL,
  filetype INTEGER NOT NULL DEFAULT 0, filesize INTEGER NOT NULL DEFAULT -1,
  mtime INTEGER NOT NULL DEFAULT -1, ctime INTEGER NOT NULL DEFAULT -1,
  unavailable INTEGER DEFAULT 0, fingerprint TEXT,
  playcount INTEGER NOT NULL DEFAULT 0, skipcount INTEGER NOT NULL DEFAULT 0,
  lastplayed INTEGER NOT NULL DEFAULT -1, lastseen INTEGER NOT NULL DEFAULT -1,
  compilation_detected INTEGER DEFAULT 0, compilation_on INTEGER NOT NULL DEFAULT 0,
  compilation_off INTEGER NOT NULL DEFAULT 0, compilation_effective INTEGER NOT NULL DEFAULT 0,
  art_embedded INTEGER DEFAULT 0, art_automatic TEXT, art_manual TEXT,
  art_unset INTEGER DEFAULT 0, effective_albumartist TEXT,
  effective_originalyear INTEGER NOT NULL DEFAULT 0, cue_path TEXT,
  rating INTEGER DEFAULT -1, acoustid_id TEXT, acoustid_fingerprint TEXT,
  musicbrainz_album_artist_id TEXT, musicbrainz_artist_id TEXT,
  musicbrainz_original_artist_id TEXT, musicbrainz_album_id TEXT,
  musicbrainz_original_album_id TEXT, musicbrainz_recording_id TEXT,
  musicbrainz_track_id TEXT, musicbrainz_disc_id TEXT, musicbrainz_release_group_id TEXT,
  musicbrainz_work_id TEXT, ebur128_integrated_loudness_lufs REAL,
  ebur128_loudness_range_lu REAL
);
CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO schema_version (version) VALUES (20);
CREATE TABLE directories (path TEXT NOT NULL, subdirs INTEGER NOT NULL);
"""

# Clementine's songs table (data/schema/schema-*.sql): the file is ``filename``.
CLEMENTINE_SONGS = """
CREATE TABLE songs (
  title TEXT, album TEXT, artist TEXT, albumartist TEXT, composer TEXT, track INTEGER,
  disc INTEGER, bpm REAL, year INTEGER, genre TEXT, comment TEXT, compilation INTEGER,
  length INTEGER, bitrate INTEGER, samplerate INTEGER, directory INTEGER NOT NULL,
  filename TEXT NOT NULL, mtime INTEGER NOT NULL, ctime INTEGER NOT NULL,
  filesize INTEGER NOT NULL, sampler INTEGER NOT NULL DEFAULT 0, art_automatic TEXT,
  art_manual TEXT, filetype INTEGER NOT NULL DEFAULT 0,
  playcount INTEGER NOT NULL DEFAULT 0, lastplayed INTEGER, rating INTEGER,
  forced_compilation_on INTEGER NOT NULL DEFAULT 0,
  forced_compilation_off INTEGER NOT NULL DEFAULT 0,
  effective_compilation NOT NULL DEFAULT 0, skipcount INTEGER NOT NULL DEFAULT 0,
  score INTEGER NOT NULL DEFAULT 0, beginning INTEGER NOT NULL DEFAULT 0, cue_path TEXT,
  unavailable INTEGER DEFAULT 0, effective_albumartist TEXT, etag TEXT
);
CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO schema_version (version) VALUES (45);
"""

# Kodi's video database (xbmc/video/VideoDatabase.cpp, MyVideos131.db), the tables read.
KODI_TABLES = """
CREATE TABLE version (idVersion integer, iCompressCount integer);
INSERT INTO version VALUES (131, 0);
CREATE TABLE path (idPath integer primary key, strPath text, strContent text,
  strScraper text, strHash text, scanRecursive integer, useFolderNames bool,
  strSettings text, noUpdate bool, exclude bool, allAudio bool, dateAdded text,
  idParentPath integer);
CREATE TABLE files (idFile integer primary key, idPath integer, strFilename text,
  playCount integer, lastPlayed text, dateAdded text);
CREATE TABLE bookmark (idBookmark integer primary key, idFile integer,
  timeInSeconds double, totalTimeInSeconds double, thumbNailImage text, player text,
  playerState text, type integer);
CREATE TABLE movie (idMovie integer primary key, idFile integer, c00 text, c01 text,
  c02 text, c03 text, c04 text, c05 text, c06 text, c07 text, c08 text, c09 text, c10 text,
  c11 text, c12 text, c13 text, c14 text, c15 text, c16 text, c17 text, c18 text, c19 text,
  c20 text, c21 text, c22 text, c23 text, idSet integer, userrating integer,
  premiered text);
CREATE TABLE episode (idEpisode integer primary key, idFile integer, c00 text, c01 text,
  idShow integer, userrating integer, idSeason integer);
"""


@dataclass(frozen=True)
class Song:
    """One song row: the file (as the player stores it) and what the player counted."""

    location: str | bytes
    title: str
    artist: str
    album: str = ""
    plays: int = 0
    skips: int = 0
    last_played: int = -1
    rating: float = -1.0
    seconds: int = 200


def file_url(path: str) -> str:
    """A ``file://`` URL as the players write it (percent-encoded UTF-8)."""
    return "file://" + quote(path, safe="/:")


def write_strawberry(path: Path, songs: Sequence[Song]) -> Path:
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.executescript(STRAWBERRY_SONGS)
        conn.executemany(
            "INSERT INTO songs (title, album, artist, url, length, playcount, skipcount, "
            "lastplayed, rating, source, directory_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 2, 1)",
            [(s.title, s.album, s.artist, s.location, s.seconds * 10**9, s.plays, s.skips,
              s.last_played, s.rating) for s in songs],
        )  # fmt: skip
    return path


def write_clementine(path: Path, songs: Sequence[Song]) -> Path:
    """Clementine keeps ``filename`` as the URL's bytes (a blob), like QUrl::toEncoded()."""
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.executescript(CLEMENTINE_SONGS)
        conn.executemany(
            "INSERT INTO songs (title, album, artist, filename, length, playcount, skipcount, "
            "lastplayed, rating, directory, mtime, ctime, filesize) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 0, 0, 1000)",
            [(s.title, s.album, s.artist,
              s.location.encode() if isinstance(s.location, str) else s.location,
              s.seconds * 10**9, s.plays, s.skips, s.last_played, s.rating) for s in songs],
        )  # fmt: skip
    return path


def write_rhythmdb(path: Path, songs: Sequence[Song], extra: str = "") -> Path:
    """A rhythmdb.xml (version 2.0) with one ``<entry type="song">`` per song (ratings 0-5)."""
    parts = ['<?xml version="1.0" standalone="yes"?>', '<rhythmdb version="2.0">']
    for s in songs:
        fields = [
            ("title", s.title), ("genre", "Unknown"), ("artist", s.artist), ("album", s.album),
            ("duration", str(s.seconds)), ("file-size", "4000000"),
            ("location", str(s.location)), ("mtime", "1600000000"),
            ("first-seen", "1600000000"), ("last-seen", "1700000000"),
        ]  # fmt: skip
        if s.rating > 0:
            fields.append(("rating", f"{s.rating:g}"))
        if s.plays:
            fields.append(("play-count", str(s.plays)))
        if s.last_played > 0:
            fields.append(("last-played", str(s.last_played)))
        fields += [("bitrate", "320"), ("media-type", "audio/mpeg")]
        body = "".join(f"<{k}>{escape(v)}</{k}>" for k, v in fields)
        parts.append(f'  <entry type="song">{body}</entry>')
    parts.append(extra)
    parts.append("</rhythmdb>")
    path.write_text("\n".join(parts) + "\n", encoding="utf-8")
    return path


@dataclass(frozen=True)
class Film:
    """One Kodi film: its folder and file, what Kodi counted and its resume point."""

    folder: str
    name: str
    title: str
    year: int
    plays: int | None = None
    last_played: str | None = None
    resume: tuple[float, float] | None = None  # (seconds in, total seconds)
    userrating: int | None = None


def write_kodi(path: Path, films: Sequence[Film], watched_episodes: int = 0) -> Path:
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.executescript(KODI_TABLES)
        for n, film in enumerate(films, 1):
            conn.execute(
                "INSERT INTO path (idPath, strPath, strContent) VALUES (?, ?, 'movies')",
                (n, film.folder),
            )
            conn.execute(
                "INSERT INTO files (idFile, idPath, strFilename, playCount, lastPlayed, "
                "dateAdded) VALUES (?, ?, ?, ?, ?, '2020-01-01 10:00:00')",
                (n, n, film.name, film.plays, film.last_played),
            )
            conn.execute(
                "INSERT INTO movie (idMovie, idFile, c00, premiered, userrating) "
                "VALUES (?, ?, ?, ?, ?)",
                (n, n, film.title, f"{film.year}-06-01", film.userrating),
            )
            if film.resume is not None:
                conn.execute(
                    "INSERT INTO bookmark (idFile, timeInSeconds, totalTimeInSeconds, player, "
                    "type) VALUES (?, ?, ?, 'VideoPlayer', 1)",
                    (n, *film.resume),
                )
        for e in range(watched_episodes):
            file_id = 1000 + e
            conn.execute(
                "INSERT INTO files (idFile, idPath, strFilename, playCount, lastPlayed) "
                "VALUES (?, 1, ?, 1, '2024-01-02 20:00:00')",
                (file_id, f"Show S01E{e + 1:02d}.mkv"),
            )
            conn.execute(
                "INSERT INTO episode (idFile, c00, idShow) VALUES (?, 'Pilot', 1)", (file_id,)
            )
    return path
