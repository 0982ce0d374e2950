"""How ``library_v1.sqlite`` was made (run once, with the version-1 code; kept for the record).

The golden file is a small library written by schema version 1 with a row in every table. It is
committed and never regenerated: later schema versions must upgrade it, and the tests prove they
do. Run: ``python tests/library/golden/make_golden_v1.py`` (refuses to overwrite).
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop_recsys.library import Library
from desktop_recsys.library.models import Credit, NewItem

TARGET = Path(__file__).with_name("library_v1.sqlite")


def main() -> int:
    if TARGET.exists():
        print(f"{TARGET.name} exists; the golden file is never regenerated", file=sys.stderr)
        return 1
    with Library.open(TARGET) as lib:
        assert lib.schema_version == 1
        track, artist, film, film2 = lib.items.add_many(
            [
                NewItem(
                    "track",
                    "Blue in Green",
                    artist="Miles Davis",
                    album="Kind of Blue",
                    track_number=3,
                    year=1959,
                    duration=337.0,
                    path="/music/kob/03.flac",
                    file_size=35_000_000,
                    file_mtime=1_600_000_000.0,
                    genres=("Jazz",),
                    tags=("modal", "late night"),
                    credits=(Credit("Bill Evans", "composer"),),
                    external_ids={"musicbrainz_recording": "0f5e1d6c-aaaa-bbbb-cccc-000000000001"},
                ),
                NewItem("artist", "Miles Davis", genres=("Jazz",), external_ids={"lastfm": "51"}),
                NewItem(
                    "film",
                    "花样年华",
                    artist="Wong Kar-wai",
                    year=2000,
                    duration=5880.0,
                    language="zh",
                    description="Hong Kong, 1962.",
                    genres=("Drama", "Romance"),
                    credits=(Credit("Wong Kar-wai", "director"), Credit("Maggie Cheung", "actor")),
                    external_ids={"imdb": "tt0118694", "movielens": "4103"},
                ),
                NewItem(
                    "film", "Amélie", artist="Jean-Pierre Jeunet", year=2001, genres=("Comedy",)
                ),
            ]
        )
        ann = lib.profiles.add("Ann")
        bo = lib.profiles.add("Bo")
        lib.profiles.set_privacy(bo.id, record_plays=False)
        lib.ratings.set(ann.id, film, 4.5, rated_at=1_700_000_000.0)
        lib.ratings.set(bo.id, film2, 3.0, rated_at=1_700_000_100.0)
        lib.plays.add(ann.id, track, 1_700_000_200.0, completed=0.5, skipped=False)
        lib.plays.add(bo.id, artist, None, count=1234)
        lib.friends.add(bo.id, ann.id)
        lib.marks.set(ann.id, film2, "not_interested")
        lib.marks.set(bo.id, track, "dont_learn")
        lib.playlists.create("Evening", profile_id=ann.id, item_ids=[track, film])
        lib.playlists.create("Recent jazz", rules={"genre": "Jazz", "added_within_days": 30})
        run = lib.model_runs.create("item-knn", profile_id=ann.id, params={"k": 50})
        lib.model_runs.finish(run, "ready", file="item-knn-1.npz", metrics={"ndcg@10": 0.31})
        job = lib.jobs.create("train", {"algorithm": "item-knn"})
        lib.jobs.start(job)
        lib.jobs.end(job, "finished", result={"run": run})
        lib.meta.set("created_by", "golden v1")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
