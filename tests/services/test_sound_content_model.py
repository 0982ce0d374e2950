"""The content model scores tracks nobody has played by how they sound: on the demo library,
a profile whose played tracks all sound "fast" gets the fast tracks among the never-played
ones before the slow ones, with a reason that says so."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sound_test_rows import put_clusters

from desktop_recsys.library import Library
from desktop_recsys.services.dataset_service import build_dataset
from desktop_recsys.services.recommend_service import profile_scores, recommend_for
from desktop_recsys.services.training_service import train_model

PROFILE = 1


@pytest.fixture(scope="module")
def sounding(demo_library_file: Path, tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("sound_content")
    path = folder / "demo.sqlite"
    shutil.copyfile(demo_library_file, path)
    with Library.open(path) as library:
        mine = sorted(
            {
                r[0]
                for r in library.conn.execute(
                    "SELECT p.item_id FROM plays p JOIN items i ON i.id = p.item_id "
                    "WHERE i.kind = 'track' AND p.profile_id = ?",
                    (PROFILE,),
                )
            }
        )
        touched = {
            r[0]
            for r in library.conn.execute(
                "SELECT item_id FROM plays UNION SELECT item_id FROM ratings"
            )
        }
        cold = [i for i in library.items.ids_by_kind("track") if i not in touched][:120]
        assert len(mine) >= 10 and len(cold) == 120
        put_clusters(library, mine, clusters=[1] * len(mine))  # all the profile's: fast
        cluster = put_clusters(library, cold, seed=4)  # never played: half fast, half slow
    models = folder / "models"
    train_model(path, models, kind="track", algorithm="content")
    return path, models, cold, cluster


def test_cold_tracks_that_sound_like_the_profile_come_first(sounding) -> None:
    path, models, cold, cluster = sounding
    with Library.open(path) as library:
        scores, _run = profile_scores(library, models, PROFILE, "track", cold)
    assert all(s > 0 for s in scores), "every never-played analysed track gets a score"
    order = [i for _s, i in sorted(zip(-scores, cold, strict=True))]
    first = order[:30]
    assert sum(cluster[i] == 1 for i in first) >= 27, first
    fast = [k for k, i in enumerate(order) if cluster[i] == 1]
    slow = [k for k, i in enumerate(order) if cluster[i] == 0]
    assert sum(fast) / len(fast) < sum(slow) / len(slow)
    recs = recommend_for(path, models, profile=PROFILE, kind="track", n=60)
    reasons = [str(r.explanation) for r in recs.rows if r.item_id in cluster]
    assert reasons, "never-played tracks that sound like the profile's are recommended"
    assert any("Sounds like what you play" in why for why in reasons), reasons[:5]


def test_the_data_set_carries_sound_words_only_for_analysed_tracks(sounding) -> None:
    path, _models, cold, _cluster = sounding
    data = build_dataset(path, kind="track")
    sound = data.item_attributes["sound"]
    assert str(cold[0]) in sound and any(w.startswith("tempo") for w in sound[str(cold[0])])
    with Library.open(path) as library:
        never = next(i for i in library.items.ids_by_kind("track") if str(i) not in sound)
    assert str(never) not in sound
    films = build_dataset(path, kind="film")
    assert "sound" not in films.item_attributes
