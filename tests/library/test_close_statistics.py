"""Closing a library refreshes SQLite's statistics without reading every item each time.

``PRAGMA optimize`` (run by every close) analyses a table again while one of its indexes has
no statistics row, and ``ANALYZE`` writes none for an empty partial index: in a library
without files the content-hash index is empty, so every close re-read all the items (0.16 s
on 50,000, six closes per For you list).
"""

from __future__ import annotations

from pathlib import Path

from desktop_recsys.library import Library
from desktop_recsys.library.models import NewItem


def _analyses_at_close(path: Path) -> list[str]:
    """The ANALYZE statements one open-read-close of ``path`` runs."""
    seen: list[str] = []
    library = Library.open(path)
    library.conn.execute("SELECT count(*) FROM items WHERE kind = 'film' AND year > 1990")
    library.conn.set_trace_callback(lambda sql: seen.append(sql) if "ANALYZE" in sql else None)
    library.close()
    return seen


def test_items_are_analysed_once_not_at_every_close(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        lib.items.add_many(NewItem("film", f"Film {i}", year=1950 + i % 60) for i in range(500))
    _analyses_at_close(path)  # whatever the first closes analyse
    assert not any('"items"' in sql for sql in _analyses_at_close(path))
    assert not any('"items"' in sql for sql in _analyses_at_close(path))
    with Library.open(path) as lib:  # the statistics SQLite keeps for the items are real
        stats = dict(
            lib.conn.execute("SELECT idx, stat FROM sqlite_stat1 WHERE tbl = 'items'").fetchall()
        )
    assert stats["items_kind_year"].split()[0] == "500"
    assert stats["items_content_hash"] == "0 0"  # the empty index, said empty


def test_a_library_with_hashed_files_keeps_sqlites_own_statistics(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        ids = lib.items.add_many(NewItem("track", f"Track {i}") for i in range(50))
        lib.conn.execute("UPDATE items SET content_hash = 'h' || id WHERE id = ?", (ids[0],))
    for _ in range(2):
        _analyses_at_close(path)
    with Library.open(path) as lib:
        rows = lib.conn.execute(
            "SELECT stat FROM sqlite_stat1 WHERE idx = 'items_content_hash'"
        ).fetchall()
    assert rows != [("0 0",)]  # nothing made up: the index holds a row
