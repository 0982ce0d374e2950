"""Schema version 7: indexes for the Library table's sorts that had none.

A header click on Duration, Certification, Album or Explicit sorted every item of the kind for
each 200-row page (30-70 ms of CPU for the first page of 50,000 films or tracks, 130-210 ms
for a page deep in the list; title, artist and year took 1-5 ms through their indexes). Each
index below is ``(kind, <the sort key's expression>)``, the same expression as
:data:`desktop_recsys.library.queries.ITEM_SORTS`, so the page is read in index order (ties
by ``id``, the index's last column). ``added_at`` gets none: no table column sorts by it.

Only indexes are added: no row changes (``tests/library/test_upgrade_v7.py``).
"""

from __future__ import annotations

import sqlite3

#: The indexes version 7 adds: name -> the indexed expression after the kind. Each must stay
#: the exact expression of its key in ``queries.ITEM_SORTS`` (SQLite uses an index for an
#: ``ORDER BY`` only when the expressions match); ``tests/library/test_upgrade_v7.py`` checks
#: every table sort's plan.
SORT_INDEXES = {
    "items_kind_duration": "duration",
    "items_kind_age": "COALESCE(min_age, 99)",
    "items_kind_album": "album COLLATE NOCASE",
    "items_kind_explicit": "explicit",
}


def upgrade_to_7(conn: sqlite3.Connection) -> None:
    """Version 7: the sort indexes; SQLite's statistics refreshed for the items.

    A library analysed before (``sqlite_stat1`` exists) is analysed again for its items: with
    statistics for the old indexes and none for the new ones, SQLite took the new
    ``(kind, explicit)`` index for "Clean" tracks sorted by title and sorted 45,000 rows (28 ms
    against 6 ms walking the title index). On 100,000 items it takes about 0.1 s, once.
    """
    for name, expression in SORT_INDEXES.items():
        conn.execute(f"CREATE INDEX {name} ON items (kind, {expression})")
    analysed = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'"
    ).fetchone()
    if analysed:
        conn.execute("ANALYZE items")
