"""How ``library_v6.sqlite`` was made (run once, with the version-6 code; kept for the record).

The version-1 golden file, opened (so upgraded) by the last release with schema 6, then given
a row in every table version 6 added: a certified film, an unrated one, an explicit track, a
limited profile with a blocked genre, a sonic analysis, a blind test that showed a list,
imported history and a tag sync. Committed and never regenerated: version 7 and later must
upgrade it (``tests/library/test_upgrade_v7.py``). Run from a checkout of the version-6 code:
``python tests/library/golden/make_golden_v6.py`` (refuses to overwrite).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from desktop_recsys.library import Library
from desktop_recsys.library.models import NewItem

HERE = Path(__file__).parent
SOURCE = HERE / "library_v1.sqlite"
TARGET = HERE / "library_v6.sqlite"


def main() -> int:
    if TARGET.exists():
        print(f"{TARGET.name} exists; the golden file is never regenerated", file=sys.stderr)
        return 1
    shutil.copyfile(SOURCE, TARGET)
    with Library.open(TARGET, backup_dir=HERE / "unused-backups") as lib:
        assert lib.schema_version == 6
        conn = lib.conn
        ann, bo = (r[0] for r in conn.execute("SELECT id FROM profiles ORDER BY id"))
        track = conn.execute("SELECT id FROM items WHERE kind = 'track'").fetchone()[0]
        film, film2 = (r[0] for r in conn.execute("SELECT id FROM items WHERE kind = 'film'"))
        extra = lib.items.add_many(
            [
                NewItem("track", "Freddie Freeloader", artist="Miles Davis", duration=586.0),
                NewItem("film", "Alien", artist="Ridley Scott", year=1979, duration=7020.0),
            ]
        )
        with lib.transaction() as tx:
            tx.execute(
                "UPDATE items SET certification = 'Rated PG', min_age = 10 WHERE id = ?", (film,)
            )
            tx.execute(
                "UPDATE items SET certification = 'Rated R', min_age = 17 WHERE id = ?",
                (extra[1],),
            )
            tx.execute("UPDATE items SET explicit = 1 WHERE id = ?", (extra[0],))
            tx.execute(
                "INSERT INTO profile_limits (profile_id, max_age, max_text, hide_explicit, "
                "changed_at) VALUES (?, 13, 'PG-13', 1, 1700000300.0)",
                (bo,),
            )
            tx.execute(
                "INSERT INTO profile_limit_blocks (profile_id, what, name) "
                "VALUES (?, 'genre', 'Horror')",
                (bo,),
            )
            tx.execute(
                "INSERT INTO audio_features (item_id, content_hash, analyser, status, tempo, "
                "loudness, energy, key, mode, analysed_at) "
                "VALUES (?, 'abc123', 1, 'ok', 118.5, -14.2, 0.41, 2, 'minor', 1700000400.0)",
                (track,),
            )
            tx.execute(
                "INSERT INTO ab_tests (id, profile_id, kind, algorithm_a, algorithm_b, "
                "started_at, days) VALUES (1, ?, 'film', 'ease', 'als', 1700000500.0, 14)",
                (ann,),
            )
            tx.execute(
                "INSERT INTO ab_lists (id, test_id, shown_at, digest) "
                "VALUES (1, 1, 1700000600.0, 'd1')"
            )
            tx.executemany(
                "INSERT INTO ab_placements (list_id, item_id, side, rank) VALUES (1, ?, ?, ?)",
                [(film, "a", 1), (extra[1], "b", 2)],
            )
            tx.execute(
                "INSERT INTO history_imports (profile_id, item_id, source, plays, skips, "
                "last_played, rating, imported_at) "
                "VALUES (?, ?, 'strawberry', 12, 1, 1700000700.0, 4.0, 1700000800.0)",
                (ann, track),
            )
            tx.execute(
                "INSERT INTO tag_sync (profile_id, item_id, rating, rating_known, play_count, "
                "file_size, file_mtime, synced_at) "
                "VALUES (?, ?, 4.0, 1, 12, 35000000, 1600000000.0, 1700000900.0)",
                (ann, track),
            )
        lib.meta.set("created_by", "golden v6")
    shutil.rmtree(HERE / "unused-backups", ignore_errors=True)
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
