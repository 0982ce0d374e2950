"""Schema versions and the numbered upgrade steps.

The schema version lives in ``PRAGMA user_version``. Each step ``upgrade_to_N(conn)`` moves a
library from version N-1 to N. :func:`upgrade` runs every pending step inside one transaction (a
savepoint per step), after :mod:`desktop_recsys.library.db` has taken a backup of the file, so a
failed upgrade leaves the original exactly as it was. To change the schema: add
``upgrade_to_N``, register it in ``UPGRADES``, bump nothing else (``SCHEMA_VERSION`` follows), and
commit a golden version-(N-1) file under ``tests/library/golden/`` with a test that upgrades it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from desktop_recsys.library.migrations_v6 import upgrade_to_6
from desktop_recsys.library.migrations_v7 import upgrade_to_7

# Identifies our files among other SQLite databases ("DRSY").
APPLICATION_ID = 0x44525359

SCHEMA_V1 = """
-- desktop_recsys library schema, version 1.
-- Times are Unix seconds (REAL, UTC). Ratings are 0.5-5 stars. Text ids from other services
-- live in external_ids. Catalogue-only items (from data sets) have no file path.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE items (
    id           INTEGER PRIMARY KEY,
    kind         TEXT    NOT NULL CHECK (kind IN ('track', 'artist', 'film')),
    title        TEXT    NOT NULL,
    sort_title   TEXT,
    artist       TEXT,                 -- performer of a track, director of a film
    album        TEXT,
    album_artist TEXT,
    track_number INTEGER,
    year         INTEGER CHECK (year IS NULL OR year BETWEEN 0 AND 9999),
    duration     REAL    CHECK (duration IS NULL OR duration >= 0),   -- seconds
    description  TEXT,
    language     TEXT,
    path         TEXT    UNIQUE,       -- NULL for catalogue-only items
    file_size    INTEGER,
    file_mtime   REAL,
    missing      INTEGER NOT NULL DEFAULT 0 CHECK (missing IN (0, 1)),
    synthetic    INTEGER NOT NULL DEFAULT 0 CHECK (synthetic IN (0, 1)),
    added_at     REAL    NOT NULL,
    updated_at   REAL    NOT NULL
);
CREATE INDEX items_kind_title ON items (kind, sort_title COLLATE NOCASE);
CREATE INDEX items_kind_artist ON items (kind, artist COLLATE NOCASE);
CREATE INDEX items_kind_year ON items (kind, year);

CREATE TABLE external_ids (
    item_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    source  TEXT    NOT NULL,          -- musicbrainz_recording, imdb, tmdb, movielens, lastfm, ...
    value   TEXT    NOT NULL,
    PRIMARY KEY (item_id, source)
) WITHOUT ROWID;
CREATE INDEX external_ids_lookup ON external_ids (source, value);

CREATE TABLE genres (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE item_genres (
    item_id  INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    genre_id INTEGER NOT NULL REFERENCES genres (id) ON DELETE CASCADE,
    PRIMARY KEY (item_id, genre_id)
) WITHOUT ROWID;
CREATE INDEX item_genres_genre ON item_genres (genre_id);

CREATE TABLE tags (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE item_tags (
    item_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    tag_id  INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    count   INTEGER NOT NULL DEFAULT 1 CHECK (count >= 1),   -- how many times it was applied
    PRIMARY KEY (item_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX item_tags_tag ON item_tags (tag_id);

CREATE TABLE people (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE credits (
    item_id   INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    role      TEXT    NOT NULL,        -- director, actor, composer, writer, performer, ...
    position  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (item_id, person_id, role)
) WITHOUT ROWID;
CREATE INDEX credits_person ON credits (person_id);

CREATE TABLE profiles (
    id                 INTEGER PRIMARY KEY,
    name               TEXT    NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    created_at         REAL    NOT NULL,
    record_plays       INTEGER NOT NULL DEFAULT 1 CHECK (record_plays IN (0, 1)),
    share_with_friends INTEGER NOT NULL DEFAULT 1 CHECK (share_with_friends IN (0, 1)),
    synthetic          INTEGER NOT NULL DEFAULT 0 CHECK (synthetic IN (0, 1))
);

CREATE TABLE ratings (
    profile_id INTEGER NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
    item_id    INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    rating     REAL    NOT NULL CHECK (rating BETWEEN 0.5 AND 5.0),
    rated_at   REAL    NOT NULL,
    PRIMARY KEY (profile_id, item_id)
) WITHOUT ROWID;
CREATE INDEX ratings_item ON ratings (item_id);

CREATE TABLE plays (
    id         INTEGER PRIMARY KEY,
    profile_id INTEGER NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
    item_id    INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    played_at  REAL,                   -- NULL for aggregated counts without dates (Last.fm)
    completed  REAL    NOT NULL DEFAULT 1.0 CHECK (completed BETWEEN 0.0 AND 1.0),
    skipped    INTEGER NOT NULL DEFAULT 0 CHECK (skipped IN (0, 1)),
    count      INTEGER NOT NULL DEFAULT 1 CHECK (count >= 1)
);
CREATE INDEX plays_item ON plays (item_id);
CREATE INDEX plays_profile_time ON plays (profile_id, played_at);

-- Symmetric: each pair is stored once with profile_a < profile_b.
CREATE TABLE friendships (
    profile_a  INTEGER NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
    profile_b  INTEGER NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
    created_at REAL    NOT NULL,
    PRIMARY KEY (profile_a, profile_b),
    CHECK (profile_a < profile_b)
) WITHOUT ROWID;
CREATE INDEX friendships_b ON friendships (profile_b);

CREATE TABLE marks (
    profile_id INTEGER NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
    item_id    INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    mark       TEXT    NOT NULL CHECK (mark IN ('not_interested', 'dont_learn')),
    created_at REAL    NOT NULL,
    PRIMARY KEY (profile_id, item_id, mark)
) WITHOUT ROWID;

CREATE TABLE playlists (
    id         INTEGER PRIMARY KEY,
    profile_id INTEGER REFERENCES profiles (id) ON DELETE CASCADE,   -- NULL: shared
    name       TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    kind       TEXT    NOT NULL DEFAULT 'static' CHECK (kind IN ('static', 'rules')),
    rules      TEXT,                   -- JSON for saved-rule playlists
    created_at REAL    NOT NULL,
    updated_at REAL    NOT NULL
);
CREATE TABLE playlist_items (
    playlist_id INTEGER NOT NULL REFERENCES playlists (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    item_id     INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    PRIMARY KEY (playlist_id, position)
) WITHOUT ROWID;

CREATE TABLE model_runs (
    id               INTEGER PRIMARY KEY,
    profile_id       INTEGER REFERENCES profiles (id) ON DELETE SET NULL,   -- NULL: all profiles
    algorithm        TEXT    NOT NULL,
    params           TEXT    NOT NULL DEFAULT '{}',   -- JSON
    data_fingerprint TEXT,
    metrics          TEXT    NOT NULL DEFAULT '{}',   -- JSON
    file             TEXT,                             -- model file, relative to the models folder
    status           TEXT    NOT NULL CHECK (status IN ('queued', 'training', 'ready', 'failed', 'cancelled', 'stale', 'retired')),
    error            TEXT,
    created_at       REAL    NOT NULL,
    finished_at      REAL
);
CREATE INDEX model_runs_profile ON model_runs (profile_id, created_at);

CREATE TABLE jobs (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    params      TEXT NOT NULL DEFAULT '{}',   -- JSON
    status      TEXT NOT NULL CHECK (status IN ('queued', 'running', 'finished', 'failed', 'cancelled', 'interrupted')),
    created_at  REAL NOT NULL,
    started_at  REAL,
    ended_at    REAL,
    result      TEXT,                          -- JSON summary
    error       TEXT                           -- one line, or a traceback for the jobs panel
);
CREATE INDEX jobs_created ON jobs (created_at);

-- Full-text search for the library's search box, one row per item (rowid = items.id).
-- ItemRepository writes a row when it adds an item and rewrites it when the item's genres or
-- tags change (one statement per batch, which bulk imports need); the triggers below follow
-- edits and deletions. dr_fts_text() (registered on every connection by library.db) spaces out
-- CJK and other unspaced scripts so any run of their characters can be searched. The prefix
-- indexes make search-as-you-type on one to three letters fast.
-- The kind column holds the item kind as a token, so "films matching x" is answered inside the
-- index without a join.
CREATE VIRTUAL TABLE items_fts USING fts5 (
    kind, title, artist, album, genres, tags,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN
    DELETE FROM items_fts WHERE rowid = OLD.id;
END;
CREATE TRIGGER items_fts_update AFTER UPDATE OF title, artist, album ON items BEGIN
    UPDATE items_fts
       SET title = dr_fts_text(NEW.title), artist = dr_fts_text(NEW.artist), album = dr_fts_text(NEW.album)
     WHERE rowid = NEW.id;
END;
"""


def upgrade_to_1(conn: sqlite3.Connection) -> None:
    """Create the whole version-1 schema in an empty database."""
    # executescript() would COMMIT the caller's transaction; run statement by statement instead.
    for statement in split_statements(SCHEMA_V1):
        conn.execute(statement)


def upgrade_to_2(conn: sqlite3.Connection) -> None:
    """Version 2: a content hash per file, so a file moved or renamed keeps its history.

    The hash (see ``library.importers.folder.content_hash``) is read from the file's size and
    its first and last 64 KiB: cheap on a 10,000-file rescan and, with the size, distinctive
    enough to recognise the same media file under a new path.
    """
    conn.execute("ALTER TABLE items ADD COLUMN content_hash TEXT")
    conn.execute(
        "CREATE INDEX items_content_hash ON items (content_hash) WHERE content_hash IS NOT NULL"
    )


def upgrade_to_3(conn: sqlite3.Connection) -> None:
    """Version 3: community profiles, and a search index without case or accents.

    ``profiles.community`` marks the users a data set brought in (``ml:42``, ``lastfm:7``):
    they teach the models but stay out of the profile pickers unless a person asks for them.
    Existing data-set users are recognised by their importers' name prefixes. The search index
    is rewritten because its text is now folded (``library.fts.fold``: "Björk" is stored as
    "bjork", "Άστρο" as "αστρο"), so a query finds every spelling in one lookup.
    """
    conn.execute(
        "ALTER TABLE profiles ADD COLUMN community INTEGER NOT NULL DEFAULT 0 "
        "CHECK (community IN (0, 1))"
    )
    conn.execute(
        "UPDATE profiles SET community = 1 WHERE name GLOB 'ml:[0-9]*' OR name GLOB 'lastfm:[0-9]*'"
    )
    conn.execute("DELETE FROM items_fts")
    conn.execute(
        "INSERT INTO items_fts (rowid, kind, title, artist, album, genres, tags) "
        "SELECT i.id, i.kind, dr_fts_text(i.title), dr_fts_text(i.artist), "
        "dr_fts_text(i.album), "
        "dr_fts_text((SELECT group_concat(g.name, ' ') FROM item_genres ig "
        "JOIN genres g ON g.id = ig.genre_id WHERE ig.item_id = i.id)), "
        "dr_fts_text((SELECT group_concat(t.name, ' ') FROM item_tags it "
        "JOIN tags t ON t.id = it.tag_id WHERE it.item_id = i.id)) FROM items i"
    )


def upgrade_to_4(conn: sqlite3.Connection) -> None:
    """Version 4: which fields of an item a person edited in the app.

    A folder rescan replaces what it read from a changed file's tags (title, artist, genres,
    ...) but keeps a field a person edited (``item_edits``), and says so in its report.
    """
    conn.execute(
        "CREATE TABLE item_edits ("
        " item_id   INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,"
        " field     TEXT    NOT NULL,"
        " edited_at REAL    NOT NULL,"
        " PRIMARY KEY (item_id, field)"
        ") WITHOUT ROWID"
    )


_V5_BUMP = (
    "UPDATE data_versions SET version = version + 1 "
    "WHERE kind IN (SELECT kind FROM items WHERE id IN ({items}))"
)
_V5_BUMP_ONE = (
    "UPDATE data_versions SET version = version + 1 "
    "WHERE kind = (SELECT kind FROM items WHERE id = {row}.item_id)"
)


def _v5_triggers() -> list[str]:
    """The triggers that bump ``data_versions`` on every write a model's data depends on."""
    statements: list[str] = []
    columns = {
        "ratings": ("profile_id", "item_id", "rating", "rated_at"),
        "plays": ("profile_id", "item_id", "played_at", "completed", "skipped", "count"),
        "marks": ("profile_id", "item_id", "mark", "created_at"),
    }
    for table, names in columns.items():
        # An update counts only when it changed something (an upsert of the same row does not).
        changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in names)
        for event, rows, when in (
            ("INSERT", ("NEW",), ""),
            ("DELETE", ("OLD",), ""),
            ("UPDATE", ("OLD", "NEW"), f" WHEN {changed}"),
        ):
            # One bump per write and kind (an update within a kind counts once, not twice); the
            # plain lookup for one row is the cheaper statement on a bulk insert.
            body = (
                _V5_BUMP_ONE.format(row=rows[0])
                if len(rows) == 1
                else _V5_BUMP.format(items=", ".join(f"{row}.item_id" for row in rows))
            )
            statements.append(
                f"CREATE TRIGGER {table}_version_{event.lower()} AFTER {event} ON {table}{when} "
                f"BEGIN {body}; END"
            )
    bump = "UPDATE data_versions SET version = version + 1 WHERE kind = {row}.kind"
    statements.append(
        "CREATE TRIGGER items_version_insert AFTER INSERT ON items "
        f"BEGIN {bump.format(row='NEW')}; END"
    )
    statements.append(
        "CREATE TRIGGER items_version_delete AFTER DELETE ON items "
        f"BEGIN {bump.format(row='OLD')}; END"
    )
    statements.append(
        "CREATE TRIGGER items_version_kind AFTER UPDATE OF kind ON items "
        "WHEN OLD.kind IS NOT NEW.kind "
        f"BEGIN {bump.format(row='OLD')}; {bump.format(row='NEW')}; END"
    )
    return statements


def upgrade_to_5(conn: sqlite3.Connection) -> None:
    """Version 5: a change counter per item kind, so noticing a stale model reads one row.

    ``data_versions`` holds one counter per item kind, bumped by every write a model of the
    kind learns from: a rating, play or mark of any profile added, removed or changed (models
    learn from every profile's history), an item of the kind added or removed. Triggers keep
    it, so every writer (importers, merges, erasure, a cascade from a deleted profile or item)
    counts without knowing it; a counter never goes back, and each written row moves it by one
    (so it also counts changes: ``services.freshness``). A model keeps the counter it was
    trained at and is stale when it moved. (One indexed update per written row: about 4 us,
    measured in ``benchmarks/README.md``.)
    """
    conn.execute(
        "CREATE TABLE data_versions ("
        " kind    TEXT    PRIMARY KEY,"
        " version INTEGER NOT NULL"
        ") WITHOUT ROWID"
    )
    conn.executemany(
        "INSERT INTO data_versions (kind, version) VALUES (?, 0)",
        [("track",), ("artist",), ("film",)],
    )
    for statement in _v5_triggers():
        conn.execute(statement)


UPGRADES: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: upgrade_to_1,
    2: upgrade_to_2,
    3: upgrade_to_3,
    4: upgrade_to_4,
    5: upgrade_to_5,
    6: upgrade_to_6,
    7: upgrade_to_7,
}
SCHEMA_VERSION = max(UPGRADES)


def split_statements(script: str) -> list[str]:
    """Split an SQL script into complete statements (trigger bodies stay whole)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        if not buffer and (not line.strip() or line.lstrip().startswith("--")):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        raise ValueError("incomplete SQL statement at the end of the script")
    return statements


def upgrade(conn: sqlite3.Connection, from_version: int, to_version: int | None = None) -> None:
    """Run ``upgrade_to_N`` for every N in ``(from_version, to_version]`` in one transaction.

    The connection must be in autocommit mode (``isolation_level=None``). On any error the whole
    transaction is rolled back and the error propagates.
    """
    if to_version is None:
        to_version = max(UPGRADES)
    conn.execute("BEGIN IMMEDIATE")
    try:
        for version in range(from_version + 1, to_version + 1):
            step = UPGRADES[version]
            conn.execute(f"SAVEPOINT upgrade_to_{version}")
            step(conn)
            conn.execute(f"PRAGMA user_version = {int(version)}")
            conn.execute(f"RELEASE upgrade_to_{version}")
        if from_version == 0:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
