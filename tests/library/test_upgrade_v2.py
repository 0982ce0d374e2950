"""Schema version 2 (content hashes): the golden version-1 library upgrades with its data."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop_recsys.library import Library, migrations

GOLDEN_V1 = Path(__file__).with_name("golden") / "library_v1.sqlite"


def test_golden_v1_upgrades_to_v2_keeping_every_row(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copyfile(GOLDEN_V1, path)
    backups = tmp_path / "backups"
    with Library.open(path, backup_dir=backups) as lib:
        assert lib.schema_version == migrations.SCHEMA_VERSION >= 2
        stats = lib.stats.collect()
        assert stats.items_by_kind == {"track": 1, "artist": 1, "film": 2}
        assert (stats.profiles, stats.ratings, stats.plays, stats.friendships) == (2, 2, 2, 1)
        (film,) = lib.items.find_by_external_id("imdb", "tt0118694")
        assert lib.items.get(film).title == "花样年华"
        assert lib.items.search("年华") == [film]
        columns = {r[1] for r in lib.conn.execute("PRAGMA table_info(items)")}
        assert "content_hash" in columns
        assert (
            lib.conn.execute(
                "SELECT count(*) FROM items WHERE content_hash IS NOT NULL"
            ).fetchone()[0]
            == 0
        )
        indexes = {r[1] for r in lib.conn.execute("PRAGMA index_list(items)")}
        assert "items_content_hash" in indexes
    assert len(list(backups.glob("old.v1-*.backup.sqlite"))) == 1
