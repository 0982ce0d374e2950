"""The "sound" share of the daily mixes on the demo library with every track given one of two
sounds: 0 is the mixes as they were (clusters of genres and people), a higher share makes each
mix keep to one sound; the chosen share is kept per profile and a change remakes the mixes."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest
from sound_test_rows import put_clusters

from desktop_recsys.errors import UserError
from desktop_recsys.library import Library
from desktop_recsys.services import mixes_service

PROFILE = 1


@pytest.fixture(scope="module")
def sounding(demo_library_file: Path, tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("sound_mixes") / "demo.sqlite"
    shutil.copyfile(demo_library_file, path)
    with Library.open(path) as library:
        cluster = put_clusters(library, library.items.ids_by_kind("track"))
    return path, cluster


def _purity(path: Path, cluster: dict[int, int]) -> float:
    """The mean share of each mix in its most common sound."""
    with Library.open(path) as library:
        found = mixes_service.stored_mixes(library, PROFILE)
    assert found is not None and found.mixes
    shares = []
    for mix in found.mixes:
        counts = Counter(cluster[i] for i in mix.item_ids)
        shares.append(counts.most_common(1)[0][1] / len(mix.item_ids))
    return sum(shares) / len(shares)


def test_the_sound_share_makes_each_mix_keep_to_one_sound(sounding) -> None:
    path, cluster = sounding
    purity = []
    for share in (0.0, 0.5, 1.0):
        made = mixes_service.refresh_mixes(path, None, profiles=[PROFILE], sound_share=share)
        assert made == {PROFILE: made[PROFILE]} and made[PROFILE] >= 1
        purity.append(_purity(path, cluster))
        with Library.open(path) as library:
            assert mixes_service.stored_mixes(library, PROFILE).sound_share == share
    assert purity == sorted(purity), purity
    assert purity[0] < 0.85, "genres alone do not follow the made-up sounds"
    assert purity[-1] >= 0.95, purity


def test_the_chosen_share_is_kept_and_a_change_remakes_the_mixes(sounding) -> None:
    path, _cluster = sounding
    mixes_service.refresh_mixes(path, None, profiles=[PROFILE], sound_share=0.5)
    # The idle-time refresh keeps the profile's share: nothing to do while it is unchanged.
    assert mixes_service.refresh_mixes(path, None, profiles=[PROFILE]) == {}
    with Library.open(path) as library:
        assert mixes_service.mix_sound_share(library, PROFILE) == 0.5
    remade = mixes_service.refresh_mixes(path, None, profiles=[PROFILE], sound_share=0.0)
    assert PROFILE in remade
    with Library.open(path) as library:
        assert mixes_service.stored_mixes(library, PROFILE).sound_share == 0.0
    for bad in (-0.5, 2.0):
        with pytest.raises(UserError, match="sound share"):
            mixes_service.refresh_mixes(path, None, profiles=[PROFILE], sound_share=bad)
    with Library.open(path) as library:
        assert mixes_service.mix_sound_share(library, PROFILE) == 0.0  # nothing changed


def test_the_command_line_takes_a_sound_share(sounding, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop_recsys.cli import main

    path, _cluster = sounding
    base = ["--library", str(path), "mixes", "--profile", str(PROFILE), "--quiet"]
    assert main([*base, "--sound", "1"]) == 0
    assert "Daily mixes of" in capsys.readouterr().out
    with Library.open(path) as library:
        assert mixes_service.stored_mixes(library, PROFILE).sound_share == 1.0
    assert main([*base, "--sound", "1.5"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--sound" in err[0]
