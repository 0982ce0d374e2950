"""Schema version 6: the tables of this round's features, one block per subject.

Each block is a small function that creates its own tables, columns and indexes; ``upgrade_to_6``
runs them in order inside the upgrade's savepoint (see :mod:`desktop_recsys.library.migrations`).
A block must only add: no existing row may change, and a version-5 library keeps every rating,
play, mark and edit (``tests/library/test_upgrade_v6.py``).
"""

from __future__ import annotations

import sqlite3


def _limits(conn: sqlite3.Connection) -> None:
    """Limits for children and for what nobody wants to see (certification, explicit, blocks)."""


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
    """Blind tests of two recommenders on one profile: placements and credited interactions."""


def _history_imports(conn: sqlite3.Connection) -> None:
    """Listening history imported from other players, so a re-import adds nothing."""


def _tag_sync(conn: sqlite3.Connection) -> None:
    """Ratings and play counts written to and read from files' tags (the newer change wins)."""


def _counters(conn: sqlite3.Connection) -> None:
    """Change counters (version 5's ``data_versions``) kept for bulk writes too."""


def upgrade_to_6(conn: sqlite3.Connection) -> None:
    """Version 6: limits, audio features, blind tests, imported history and tag sync."""
    for block in (_limits, _audio_features, _ab_tests, _history_imports, _tag_sync, _counters):
        block(conn)
