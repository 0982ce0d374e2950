"""The rows of blind tests (``services/ab_test_service``): tests, the lists For you showed
for them with who placed each item, the person's interactions with those items, and the
credits kept once a test is over. Tables: schema version 6, ``_ab_tests``."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop_recsys.library.db import Library

_COLUMNS = (
    "id, profile_id, kind, algorithm_a, algorithm_b, started_at, days, interactions, "
    "ended_at, end_reason"
)


@dataclass(frozen=True)
class AbTestRow:
    """One blind test as stored (``ended_at`` None while it runs)."""

    id: int
    profile_id: int
    kind: str
    algorithm_a: str
    algorithm_b: str
    started_at: float
    days: float | None
    interactions: int | None
    ended_at: float | None
    end_reason: str | None


def _row(values: Sequence[object]) -> AbTestRow:
    return AbTestRow(*values)  # type: ignore[arg-type]


class RunningTestExists(Exception):
    """Another test of the same profile and kind is still running."""


def insert_test(
    library: Library,
    *,
    profile_id: int,
    kind: str,
    algorithm_a: str,
    algorithm_b: str,
    started_at: float,
    days: float | None,
    interactions: int | None,
) -> int:
    """Store a new running test; :class:`RunningTestExists` if one already runs for the
    profile and kind (the unique index decides, so two starts at once cannot both win)."""
    try:
        with library.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO ab_tests (profile_id, kind, algorithm_a, algorithm_b, started_at,"
                " days, interactions) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (profile_id, kind, algorithm_a, algorithm_b, started_at, days, interactions),
            )
            return int(cursor.lastrowid or 0)
    except sqlite3.IntegrityError as exc:
        if "ab_tests" in str(exc) or "UNIQUE" in str(exc):
            raise RunningTestExists from None
        raise


def running_tests(library: Library, profile_id: int | None = None) -> list[AbTestRow]:
    """Tests not ended yet (maybe due to end: the service decides), newest first."""
    sql = f"SELECT {_COLUMNS} FROM ab_tests WHERE ended_at IS NULL"
    args: tuple[object, ...] = ()
    if profile_id is not None:
        sql += " AND profile_id = ?"
        args = (profile_id,)
    return [_row(r) for r in library.conn.execute(sql + " ORDER BY id DESC", args)]


def latest_tests(library: Library, profile_id: int | None = None) -> list[AbTestRow]:
    """Every test (of one profile, or of all), newest first."""
    sql = f"SELECT {_COLUMNS} FROM ab_tests"
    args: tuple[object, ...] = ()
    if profile_id is not None:
        sql += " WHERE profile_id = ?"
        args = (profile_id,)
    return [_row(r) for r in library.conn.execute(sql + " ORDER BY id DESC", args)]


def get_test(library: Library, test_id: int) -> AbTestRow | None:
    row = library.conn.execute(f"SELECT {_COLUMNS} FROM ab_tests WHERE id = ?", (test_id,))
    found = row.fetchone()
    return _row(found) if found else None


def end_test(
    library: Library,
    test_id: int,
    *,
    ended_at: float,
    reason: str,
    credits: Iterable[tuple[int, str, str, str, float]],
) -> bool:
    """Mark a running test over and keep its credits ``(item, placed_by, winner, signal,
    at)``; False (nothing written) if it had ended already."""
    with library.transaction() as conn:
        cursor = conn.execute(
            "UPDATE ab_tests SET ended_at = ?, end_reason = ? WHERE id = ? AND ended_at IS NULL",
            (ended_at, reason, test_id),
        )
        if cursor.rowcount != 1:
            return False
        conn.executemany(
            "INSERT OR REPLACE INTO ab_credits (test_id, item_id, placed_by, winner, signal, at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(test_id, *c) for c in credits],
        )
        return True


def stored_credits(library: Library, test_id: int) -> list[tuple[int, str, str, str, float]]:
    """A finished test's credits ``(item, placed_by, winner, signal, at)``, oldest first."""
    return library.conn.execute(
        "SELECT item_id, placed_by, winner, signal, at FROM ab_credits WHERE test_id = ?"
        " ORDER BY at, item_id",
        (test_id,),
    ).fetchall()


def latest_digest(library: Library, test_id: int) -> str | None:
    """The digest of the last list shown for the test (None before the first)."""
    row = library.conn.execute(
        "SELECT digest FROM ab_lists WHERE test_id = ? ORDER BY shown_at DESC, id DESC LIMIT 1",
        (test_id,),
    ).fetchone()
    return str(row[0]) if row else None


def add_list(
    library: Library,
    test_id: int,
    *,
    shown_at: float,
    digest: str,
    placements: Sequence[tuple[int, str]],
) -> int:
    """Store a list shown for the test: ``placements`` are ``(item id, side)`` in rank order.
    Items deleted meanwhile are left out (the list is still stored)."""
    with library.transaction() as conn:
        list_id = int(
            conn.execute(
                "INSERT INTO ab_lists (test_id, shown_at, digest) VALUES (?, ?, ?)",
                (test_id, shown_at, digest),
            ).lastrowid
            or 0
        )
        conn.executemany(
            "INSERT OR IGNORE INTO ab_placements (list_id, item_id, side, rank) "
            "SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM items WHERE id = ?)",
            [(list_id, item, side, rank, item) for rank, (item, side) in enumerate(placements, 1)],
        )
        return list_id


def placements(library: Library, test_id: int) -> list[tuple[float, int, str]]:
    """``(shown at, item id, side)`` of every item of every list shown for the test."""
    return library.conn.execute(
        "SELECT l.shown_at, p.item_id, p.side FROM ab_placements p "
        "JOIN ab_lists l ON l.id = p.list_id WHERE l.test_id = ? ORDER BY l.shown_at, p.rank",
        (test_id,),
    ).fetchall()


def list_count(library: Library, test_id: int) -> int:
    return int(
        library.conn.execute(
            "SELECT count(*) FROM ab_lists WHERE test_id = ?", (test_id,)
        ).fetchone()[0]
    )


def interactions(
    library: Library, test_id: int, profile_id: int, start: float
) -> list[tuple[int, float, str, float]]:
    """``(item id, at, signal, value)`` of the profile's plays (``play``/``skip``, value the
    share), ratings (value the stars) and "not interested" marks since ``start`` of the items
    the test placed."""
    placed = (
        "SELECT DISTINCT p.item_id FROM ab_placements p JOIN ab_lists l ON l.id = p.list_id "
        "WHERE l.test_id = :test"
    )
    args = {"test": test_id, "profile": profile_id, "start": start}
    rows = library.conn.execute(
        "SELECT item_id, played_at, CASE WHEN skipped THEN 'skip' ELSE 'play' END, completed "
        f"FROM plays WHERE profile_id = :profile AND played_at >= :start AND item_id IN ({placed}) "
        "UNION ALL "
        "SELECT item_id, rated_at, 'rating', rating FROM ratings "
        f"WHERE profile_id = :profile AND rated_at >= :start AND item_id IN ({placed}) "
        "UNION ALL "
        "SELECT item_id, created_at, 'not_interested', 1.0 FROM marks "
        "WHERE profile_id = :profile AND mark = 'not_interested' AND created_at >= :start "
        f"AND item_id IN ({placed})",
        args,
    ).fetchall()
    return [(int(i), float(at), str(s), float(v)) for i, at, s, v in rows]
