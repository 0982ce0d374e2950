"""Schema version 4: which item fields a person edited (a folder rescan keeps them).

A version-3 library (made here with the upgrade steps up to 3) upgrades in place: its items
are kept, it gains the empty ``item_edits`` table, and edits made from then on are recorded.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_recsys.library import Library, migrations
from desktop_recsys.services.library_service import bulk_edit_items


def make_v3_library(path: Path) -> int:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.create_function("dr_fts_text", 1, lambda text: text or "", deterministic=True)
    migrations.upgrade(conn, 0, 3)
    item = conn.execute(
        "INSERT INTO items (kind, title, sort_title, artist, path, added_at, updated_at) "
        "VALUES ('track', 'Blue Wind', 'Blue Wind', 'Ada Alder', '/music/a.mp3', 1e9, 1e9) "
        "RETURNING id"
    ).fetchone()[0]
    conn.close()
    return item


def test_a_v3_library_upgrades_and_records_edits_from_then_on(tmp_path: Path) -> None:
    path = tmp_path / "v3.sqlite"
    item = make_v3_library(path)
    with Library.open(path, backup_dir=tmp_path / "backups") as lib:
        assert lib.schema_version == migrations.SCHEMA_VERSION >= 4
        assert lib.items.get(item).title == "Blue Wind"
        assert lib.items.edited_fields(item) == set()
        lib.items.update(item, album="From a scan")  # not a person's edit
        assert lib.items.edited_fields(item) == set()
    bulk_edit_items(path, [item], {"artist": "Ada A.", "year": "2001"}, genres=["Jazz"])
    with Library.open(path) as lib:
        assert lib.items.edited_fields(item) == {"artist", "year", "genres"}
        lib.items.remove(item)
        assert lib.conn.execute("SELECT count(*) FROM item_edits").fetchone()[0] == 0
    assert len(list((tmp_path / "backups").glob("v3.v3-*.backup.sqlite"))) == 1
