"""``similar ITEM --by sound|behaviour|blend`` on the demo library with sonic features written
for part of its tracks: the service, the blend's documented mix, and the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sound_test_rows import put_clusters

from desktop_recsys.cli import main
from desktop_recsys.errors import UserError
from desktop_recsys.library import Library
from desktop_recsys.services import similar_items, similar_sound


@pytest.fixture(scope="module")
def sounding(demo_library_file: Path, tmp_path_factory: pytest.TempPathFactory):
    """Features for the 40 most played tracks and 40 tracks nobody played."""
    import shutil

    path = tmp_path_factory.mktemp("sound") / "demo.sqlite"
    shutil.copyfile(demo_library_file, path)
    with Library.open(path) as library:
        counts = dict(
            library.conn.execute(
                "SELECT i.id, count(p.item_id) FROM items i LEFT JOIN plays p ON p.item_id = i.id "
                "WHERE i.kind = 'track' GROUP BY i.id"
            ).fetchall()
        )
        played = sorted((i for i in counts if counts[i]), key=lambda i: -counts[i])[:40]
        cold = sorted(i for i in counts if not counts[i])[:40]
        assert len(cold) == 40, "the demo library has tracks nobody played"
        cluster = put_clusters(library, played + cold)
        unanalysed = next(i for i in sorted(counts) if i not in cluster)
    return path, played, cold, cluster, unanalysed


def test_by_sound_lists_tracks_of_the_same_sound(sounding) -> None:
    path, played, cold, cluster, _ = sounding
    for anchor in (played[0], cold[0]):
        result = similar_items.similar_to(path, None, anchor, n=8, by="sound")
        assert result.by == "sound" and result.sound_share == 1.0
        assert len(result) == 8
        assert all(cluster[s.item_id] == cluster[anchor] for s in result)
        assert all(s.source == "sound" and s.reason.startswith("Sounds like ") for s in result)


def test_by_sound_without_features_says_what_to_do(sounding) -> None:
    path, *_rest, unanalysed = sounding
    with pytest.raises(UserError, match="analyze"):
        similar_items.similar_to(path, None, unanalysed, by="sound")
    with pytest.raises(UserError, match="--by"):
        similar_items.similar_to(path, None, unanalysed, by="loudest")


def test_behaviour_is_unchanged_and_blend_without_features_is_behaviour(sounding) -> None:
    path, played, _cold, _cluster, unanalysed = sounding
    plain = similar_items.similar_to(path, None, played[0], n=10)
    behaviour = similar_items.similar_to(path, None, played[0], n=10, by="behaviour")
    assert [s.item_id for s in plain] == [s.item_id for s in behaviour]
    assert plain.by == "behaviour" and plain.sound_share == 0.0
    a = similar_items.similar_to(path, None, unanalysed, n=10)
    b = similar_items.similar_to(path, None, unanalysed, n=10, by="blend")
    assert [s.item_id for s in a] == [s.item_id for s in b] and b.sound_share == 0.0


def test_blend_is_sound_for_a_cold_track_and_mostly_behaviour_for_a_known_one(sounding) -> None:
    path, played, cold, _cluster, _ = sounding
    cold_blend = similar_items.similar_to(path, None, cold[0], n=8, by="blend")
    cold_sound = similar_items.similar_to(path, None, cold[0], n=8, by="sound")
    assert cold_blend.sound_share == 1.0
    assert [s.item_id for s in cold_blend] == [s.item_id for s in cold_sound]
    known = similar_items.similar_to(path, None, played[0], n=10, by="blend")
    with Library.open(path) as library:
        support = library.conn.execute(
            "SELECT count(DISTINCT profile_id) FROM plays WHERE item_id = ?", (played[0],)
        ).fetchone()[0]
    assert support >= 10
    assert known.sound_share <= 0.5
    # The documented mix: behaviour weighs (1 - share), and most of the list follows it.
    assert known.sound_share == pytest.approx(similar_sound.sound_share(support), abs=0.05)
    assert sum(s.source != "sound" for s in known) >= 5
    assert all(s.reason for s in known)


def test_the_command_line_compares_by_sound(sounding, capsys: pytest.CaptureFixture[str]) -> None:
    path, played, _cold, cluster, unanalysed = sounding
    anchor = played[1]
    assert main(["--library", str(path), "similar", str(anchor), "--by", "sound", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["by"] == "sound" and len(out["items"]) == 10
    assert all(cluster[row["item_id"]] == cluster[anchor] for row in out["items"])
    assert all(row["why"].startswith("Sounds like") for row in out["items"])
    assert main(["--library", str(path), "similar", str(anchor), "--by", "blend"]) == 0
    assert "blended with sound" in capsys.readouterr().out
    assert main(["--library", str(path), "similar", str(unanalysed), "--by", "sound"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "analyze" in err[0]
