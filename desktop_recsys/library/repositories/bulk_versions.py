"""Bulk writes that keep the change counters without paying a trigger per row.

Schema version 5 keeps ``data_versions`` with a trigger per written rating, play or mark (see
:func:`desktop_recsys.library.migrations.upgrade_to_5`). A trigger program per row halves the
speed of an import of hundreds of thousands of rows (``benchmarks/README.md``), so a batch of
at least :data:`BULK_ROWS` rows is written with the table's counter triggers dropped inside
the write transaction, and the counters are moved once, by exactly the number of rows the
triggers would have counted (a new row, or a stored row whose values change), per item kind.
Other connections never see the triggers missing: the drop and the re-creation happen in the
same transaction, and a failure rolls both back with the rows.

One difference from the row triggers, on purpose: a pair written twice in one batch is
compared with what was stored before the batch, so it can count twice where the triggers
would count the second write only if it changed the first. Counters only ever tell "how many
changes since", which such a batch did make.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

#: Batches at least this long take the bulk path (below it, the row triggers are cheaper than
#: dropping and re-creating them).
BULK_ROWS = 1000


@contextmanager
def counter_triggers_paused(conn: sqlite3.Connection, table: str) -> Iterator[None]:
    """Drop ``table``'s change-counter triggers for the body; re-create them as they were.

    Call inside a write transaction: the caller moves the counters itself
    (:func:`bump_versions`).
    """
    if not conn.in_transaction:
        raise RuntimeError("counter triggers may only be paused inside a write transaction")
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? ORDER BY name",
        (table,),
    ).fetchall()
    triggers = [(name, sql) for name, sql in triggers if name.startswith(f"{table}_version_")]
    for name, _ in triggers:
        conn.execute(f'DROP TRIGGER "{name}"')
    try:
        yield
    finally:
        for _, sql in triggers:
            conn.execute(sql)


def bump_versions(conn: sqlite3.Connection, item_ids: Iterable[int]) -> int:
    """Move each kind's counter by the number of ``item_ids`` of that kind (repeats count).

    Returns the total it moved (ids of items that do not exist count nothing)."""
    ids = json.dumps([int(i) for i in item_ids])
    moved = 0
    for kind, n in conn.execute(
        "SELECT i.kind, count(*) FROM json_each(?) AS j JOIN items AS i ON i.id = j.value "
        "GROUP BY i.kind",
        (ids,),
    ).fetchall():
        conn.execute(
            "UPDATE data_versions SET version = version + ? WHERE kind = ?", (int(n), kind)
        )
        moved += int(n)
    return moved


def rating_changes(
    conn: sqlite3.Connection, rows: list[tuple[int, int, float, float]], *, merge: bool
) -> list[int]:
    """The item of every rating in ``rows`` that a write would count as a change.

    ``rows`` are ``(profile, item, rating, time)``. With ``merge`` False
    (:meth:`RatingRepository.set_many`), the time is the one written and a row counts when it is
    new or differs in value or time; with ``merge`` True (``merge_many``), the time is the one
    given (``None`` for none) and a row counts when it is new, its value differs, or a given
    time differs from the stored one.
    """
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS rating_batch ("
        " profile_id INTEGER, item_id INTEGER, rating REAL, at REAL)"
    )
    conn.execute("DELETE FROM temp.rating_batch")
    try:
        conn.executemany(
            "INSERT INTO temp.rating_batch (profile_id, item_id, rating, at) VALUES (?, ?, ?, ?)",
            rows,
        )
        changes = "b.at IS NOT NULL AND r.rated_at != b.at" if merge else "r.rated_at IS NOT b.at"
        return [
            item
            for (item,) in conn.execute(
                "SELECT b.item_id FROM temp.rating_batch AS b LEFT JOIN ratings AS r "
                "ON r.profile_id = b.profile_id AND r.item_id = b.item_id "
                f"WHERE r.rating IS NULL OR r.rating != b.rating OR ({changes})"
            )
        ]
    finally:
        conn.execute("DELETE FROM temp.rating_batch")


def write_counted(
    conn: sqlite3.Connection,
    table: str,
    statement: str,
    rows: list[tuple],
    counted_items: Iterable[int],
) -> sqlite3.Cursor:
    """Run ``statement`` over ``rows`` with ``table``'s counter triggers paused, and move the
    counters by ``counted_items`` (the item of every row the triggers would have counted)."""
    with counter_triggers_paused(conn, table):
        cur = conn.executemany(statement, rows)
        bump_versions(conn, counted_items)
    return cur
