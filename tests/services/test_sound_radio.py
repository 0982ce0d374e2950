"""The "sound" share of a radio, on the demo library with every track given one of two sounds:
0 is the radio as it was, and a higher share moves the list towards the seed's sound."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sound_test_rows import put_clusters

from desktop_recsys.cli import main
from desktop_recsys.errors import UserError
from desktop_recsys.library import Library
from desktop_recsys.services import radio_service
from desktop_recsys.services.sound_space import load_space

SHARES = (0.0, 0.25, 0.5, 0.75, 1.0)


@pytest.fixture(scope="module")
def sounding(demo_library_file: Path, tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("sound_radio") / "demo.sqlite"
    shutil.copyfile(demo_library_file, path)
    with Library.open(path) as library:
        tracks = library.items.ids_by_kind("track")
        cluster = put_clusters(library, tracks)
        played = [
            r[0]
            for r in library.conn.execute(
                "SELECT p.item_id FROM plays p JOIN items i ON i.id = p.item_id "
                "WHERE i.kind = 'track' GROUP BY p.item_id ORDER BY count(*) DESC, p.item_id "
                "LIMIT 6"
            )
        ]
        space = load_space(library)
    return path, cluster, played, space


def _profile(path: Path, seed: int, share: float, space, cluster) -> tuple[float, float]:
    """(share of the list in the seed's sound, mean sound similarity to the seed)."""
    _radio, items = radio_service.radio_list(path, None, seed, n=40, sound_share=share)
    assert len(items) == 40
    same = sum(cluster[r.item_id] == cluster[seed] for r in items) / len(items)
    scores = space.scores(seed)
    close = sum(scores[space.index(r.item_id)] for r in items) / len(items)
    return same, close


def test_the_sound_share_moves_the_radio_towards_the_seeds_sound(sounding) -> None:
    path, cluster, played, space = sounding
    same_by_share: list[float] = []
    close_by_share = []
    for share in SHARES:
        found = [_profile(path, seed, share, space, cluster) for seed in played[:4]]
        same_by_share.append(sum(f[0] for f in found) / len(found))
        close_by_share.append(sum(f[1] for f in found) / len(found))
    assert same_by_share == sorted(same_by_share), same_by_share
    assert close_by_share == sorted(close_by_share), close_by_share
    assert same_by_share[0] < 0.8, "behaviour alone does not follow the made-up sounds"
    assert same_by_share[-1] >= 0.95, "sound alone stays with the seed's sound"


def test_share_zero_is_the_radio_as_it_was(sounding) -> None:
    path, _cluster, played, _space = sounding
    _r, before = radio_service.radio_list(path, None, played[0], n=30)
    _r, zero = radio_service.radio_list(path, None, played[0], n=30, sound_share=0.0)
    assert [r.item_id for r in before] == [r.item_id for r in zero]


def test_a_bad_share_is_a_one_line_error(sounding, capsys: pytest.CaptureFixture[str]) -> None:
    path, _cluster, played, _space = sounding
    for bad in (-0.1, 1.5, float("nan")):
        with pytest.raises(UserError, match="sound share"):
            radio_service.radio_list(path, None, played[0], n=5, sound_share=bad)
    assert main(["--library", str(path), "radio", "--seed", str(played[0]), "--sound", "2"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--sound" in err[0]


def test_the_command_line_takes_a_sound_share(sounding, capsys) -> None:
    path, cluster, played, _space = sounding
    seed = played[1]
    args = ["--library", str(path), "radio", "--seed", str(seed), "--n", "20", "--json"]
    assert main([*args, "--sound", "1", "--quiet"]) == 0
    rows = json.loads(capsys.readouterr().out)
    rows = rows["items"] if isinstance(rows, dict) else rows
    assert len(rows) == 20
    assert all(cluster[r["item_id"]] == cluster[seed] for r in rows)
