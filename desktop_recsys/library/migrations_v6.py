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
    """Sonic analysis: features computed from a track's audio, keyed by its content hash."""


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
