"""Schema version 6: the tables of this round's features, one block per subject.

Each block is a small function that creates its own tables, columns and indexes; ``upgrade_to_6``
runs them in order inside the upgrade's savepoint (see :mod:`desktop_recsys.library.migrations`).
A block must only add: no existing row may change, and a version-5 library keeps every rating,
play, mark and edit (``tests/library/test_upgrade_v6.py``).
"""

from __future__ import annotations

import sqlite3


def _limits(conn: sqlite3.Connection) -> None:
    """Limits for children and for what nobody wants to see (certification, explicit, blocks).

    Items gain ``certification`` (the text as the file or a person wrote it: "Rated PG-13",
    "FSK 12"), ``min_age`` (that text on one ordered scale of minimum ages,
    :mod:`desktop_recsys.library.certifications`; NULL: unrated) and ``explicit`` (a track's
    advisory). A profile's limits are one row of ``profile_limits`` plus its blocked genres
    and tags (``profile_limit_blocks``, by name, so a genre no item carries yet can be blocked).
    The PIN is stored as a salted scrypt hash, never as text.
    """
    conn.execute("ALTER TABLE items ADD COLUMN certification TEXT")
    conn.execute(
        "ALTER TABLE items ADD COLUMN min_age INTEGER "
        "CHECK (min_age IS NULL OR min_age BETWEEN 0 AND 21)"
    )
    conn.execute(
        "ALTER TABLE items ADD COLUMN explicit INTEGER NOT NULL DEFAULT 0 "
        "CHECK (explicit IN (0, 1))"
    )
    conn.execute(
        "CREATE TABLE profile_limits ("
        " profile_id    INTEGER PRIMARY KEY REFERENCES profiles (id) ON DELETE CASCADE,"
        " max_age       INTEGER CHECK (max_age IS NULL OR max_age BETWEEN 0 AND 21),"
        " max_text      TEXT,"
        " hide_explicit INTEGER NOT NULL DEFAULT 0 CHECK (hide_explicit IN (0, 1)),"
        " block_unrated INTEGER NOT NULL DEFAULT 0 CHECK (block_unrated IN (0, 1)),"
        " pin_hash      BLOB,"
        " pin_salt      BLOB,"
        " changed_at    REAL    NOT NULL"
        ")"
    )
    conn.execute(
        "CREATE TABLE profile_limit_blocks ("
        " profile_id INTEGER NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,"
        " what       TEXT    NOT NULL CHECK (what IN ('genre', 'tag')),"
        " name       TEXT    NOT NULL COLLATE NOCASE,"
        " PRIMARY KEY (profile_id, what, name)"
        ") WITHOUT ROWID"
    )


def _audio_features(conn: sqlite3.Connection) -> None:
    """Sonic analysis: features computed from a track's audio, keyed by its content hash.

    One row per analysed track. ``status`` is ``ok`` (the features are set) or ``failed``
    (``reason`` says why, so a later run skips the file until it changes). ``content_hash`` is
    the item's hash when it was analysed: a rescan that leaves the hash alone keeps the row.
    Units: tempo in beats per minute, loudness in dB relative to full scale, energy 0-1,
    brightness as the spectral centroid in Hz, key 0-11 (C=0) with ``mode`` major/minor,
    timbre a float32 vector of MFCC-style coefficients.
    """
    conn.execute(
        "CREATE TABLE audio_features ("
        " item_id          INTEGER PRIMARY KEY REFERENCES items (id) ON DELETE CASCADE,"
        " content_hash     TEXT,"
        " analyser         INTEGER NOT NULL,"
        " status           TEXT    NOT NULL CHECK (status IN ('ok', 'failed')),"
        " reason           TEXT,"
        " tempo            REAL    CHECK (tempo IS NULL OR tempo > 0),"
        " tempo_confidence REAL,"
        " tempo_ambiguous  INTEGER NOT NULL DEFAULT 0 CHECK (tempo_ambiguous IN (0, 1)),"
        " loudness         REAL,"
        " energy           REAL    CHECK (energy IS NULL OR energy BETWEEN 0.0 AND 1.0),"
        " brightness       REAL,"
        " key              INTEGER CHECK (key IS NULL OR key BETWEEN 0 AND 11),"
        " mode             TEXT    CHECK (mode IS NULL OR mode IN ('major', 'minor')),"
        " key_confidence   REAL,"
        " timbre           BLOB,"
        " window_start     REAL,"
        " window_seconds   REAL,"
        " analysed_at      REAL    NOT NULL"
        ")"
    )


def _ab_tests(conn: sqlite3.Connection) -> None:
    """Blind tests of two recommenders on one profile: placements and credited interactions.

    ``ab_tests``: one row per test of algorithms ``a`` and ``b`` on a profile's ``kind`` items;
    it runs for ``days`` or until ``interactions`` credits (one of them at least), and
    ``ended_at`` / ``end_reason`` are set once it is over (NULL while it runs; at most one
    running test per profile and kind). ``ab_lists``: each interleaved list For you showed
    (a new row only when the list differs from the one before); ``ab_placements``: which side
    (``a`` or ``b``) placed each item of such a list, at which rank. ``ab_credits``: the
    credited interactions of a test that is over, kept as they were when it ended (a running
    test's credits are computed from the ratings, plays and marks rows); an item removed
    from the library later keeps its credit, so a finished test's result does not change.
    """
    conn.execute(
        "CREATE TABLE ab_tests ("
        " id           INTEGER PRIMARY KEY,"
        " profile_id   INTEGER NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,"
        " kind         TEXT    NOT NULL,"
        " algorithm_a  TEXT    NOT NULL,"
        " algorithm_b  TEXT    NOT NULL,"
        " started_at   REAL    NOT NULL,"
        " days         REAL    CHECK (days IS NULL OR days > 0),"
        " interactions INTEGER CHECK (interactions IS NULL OR interactions > 0),"
        " ended_at     REAL,"
        " end_reason   TEXT    CHECK (end_reason IS NULL OR end_reason IN"
        "   ('stopped', 'time', 'interactions')),"
        " CHECK (days IS NOT NULL OR interactions IS NOT NULL),"
        " CHECK ((ended_at IS NULL) = (end_reason IS NULL))"
        ")"
    )
    conn.execute(
        "CREATE UNIQUE INDEX ab_tests_running ON ab_tests (profile_id, kind) WHERE ended_at IS NULL"
    )
    conn.execute(
        "CREATE TABLE ab_lists ("
        " id       INTEGER PRIMARY KEY,"
        " test_id  INTEGER NOT NULL REFERENCES ab_tests (id) ON DELETE CASCADE,"
        " shown_at REAL    NOT NULL,"
        " digest   TEXT    NOT NULL"
        ")"
    )
    conn.execute("CREATE INDEX ab_lists_test ON ab_lists (test_id, shown_at)")
    conn.execute(
        "CREATE TABLE ab_placements ("
        " list_id INTEGER NOT NULL REFERENCES ab_lists (id) ON DELETE CASCADE,"
        " item_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,"
        " side    TEXT    NOT NULL CHECK (side IN ('a', 'b')),"
        " rank    INTEGER NOT NULL CHECK (rank >= 1),"
        " PRIMARY KEY (list_id, item_id)"
        ") WITHOUT ROWID"
    )
    conn.execute("CREATE INDEX ab_placements_item ON ab_placements (item_id)")
    conn.execute(
        "CREATE TABLE ab_credits ("
        " test_id   INTEGER NOT NULL REFERENCES ab_tests (id) ON DELETE CASCADE,"
        " item_id   INTEGER NOT NULL,"
        " placed_by TEXT    NOT NULL CHECK (placed_by IN ('a', 'b')),"
        " winner    TEXT    NOT NULL CHECK (winner IN ('a', 'b')),"
        " signal    TEXT    NOT NULL,"
        " at        REAL    NOT NULL,"
        " PRIMARY KEY (test_id, item_id)"
        ") WITHOUT ROWID"
    )


def _history_imports(conn: sqlite3.Connection) -> None:
    """Listening history imported from other players, so a re-import adds nothing.

    ``history_imports``: per profile, item and player (``source``), the totals the player had
    when last imported: its play and skip counts, last-played time, rating (stars; NULL:
    unrated) and, for a film, the share of a resume point (NULL: none). A later import adds
    only what grew since (:mod:`desktop_recsys.library.importers.player_history`).
    """
    conn.execute(
        "CREATE TABLE history_imports ("
        " profile_id  INTEGER NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,"
        " item_id     INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,"
        " source      TEXT    NOT NULL"
        "   CHECK (source IN ('strawberry', 'clementine', 'rhythmbox', 'kodi')),"
        " plays       INTEGER NOT NULL DEFAULT 0 CHECK (plays >= 0),"
        " skips       INTEGER NOT NULL DEFAULT 0 CHECK (skips >= 0),"
        " last_played REAL,"
        " rating      REAL    CHECK (rating IS NULL OR rating BETWEEN 0.5 AND 5.0),"
        " resume      REAL    CHECK (resume IS NULL OR resume BETWEEN 0.0 AND 1.0),"
        " imported_at REAL    NOT NULL,"
        " PRIMARY KEY (profile_id, item_id, source)"
        ") WITHOUT ROWID"
    )
    conn.execute("CREATE INDEX history_imports_item ON history_imports (item_id)")


def _tag_sync(conn: sqlite3.Connection) -> None:
    """Ratings and play counts written to and read from files' tags (the newer change wins).

    ``tag_sync``: per profile and item, what the library and the file agreed on at the last
    sync (a read or a write): the rating (``rating_known`` 0: never agreed; ``rating`` NULL
    with ``rating_known`` 1: both unrated) and the play count (NULL: never agreed), with the
    file's size and modification time then. Comparing each side with it tells which side
    changed since; where both did, the newer change wins (:mod:`desktop_recsys.library.tag_sync`).
    """
    conn.execute(
        "CREATE TABLE tag_sync ("
        " profile_id   INTEGER NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,"
        " item_id      INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,"
        " rating       REAL    CHECK (rating IS NULL OR rating BETWEEN 0.5 AND 5.0),"
        " rating_known INTEGER NOT NULL DEFAULT 0 CHECK (rating_known IN (0, 1)),"
        " play_count   INTEGER CHECK (play_count IS NULL OR play_count >= 0),"
        " file_size    INTEGER,"
        " file_mtime   REAL,"
        " synced_at    REAL    NOT NULL,"
        " PRIMARY KEY (profile_id, item_id)"
        ") WITHOUT ROWID"
    )
    conn.execute("CREATE INDEX tag_sync_item ON tag_sync (item_id)")


def upgrade_to_6(conn: sqlite3.Connection) -> None:
    """Version 6: limits, audio features, blind tests, imported history and tag sync."""
    for block in (_limits, _audio_features, _ab_tests, _history_imports, _tag_sync):
        block(conn)
