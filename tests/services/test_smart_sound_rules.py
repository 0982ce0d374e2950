"""Smart-playlist rules on the sound analysis (``tempo``, ``energy``) on the demo library with
features written for some tracks: they select by the stored values, order by them, 'none'
finds the tracks not analysed, bad values are one-line errors, and the command line takes them."""

from __future__ import annotations

from pathlib import Path

import pytest
from sound_test_rows import put_features

from desktop_recsys.cli import main
from desktop_recsys.errors import UserError
from desktop_recsys.library import Library
from desktop_recsys.services import smart_playlists as smart

PROFILE = 1
TEMPOS = (60.0, 90.0, 120.0, 128.0, 140.0, 175.0)
ENERGIES = (0.1, 0.3, 0.5, 0.65, 0.8, 0.95)


@pytest.fixture
def analysed(demo_library_copy: Path) -> tuple[Path, list[int], list[int]]:
    with Library.open(demo_library_copy) as library:
        tracks = library.items.ids_by_kind("track")
        ids = tracks[:6]
        for item, tempo, energy in zip(ids, TEMPOS, ENERGIES, strict=True):
            put_features(library, item, tempo=tempo, energy=energy)
        put_features(library, tracks[6], status="failed")  # analysed, but nothing measured
    return demo_library_copy, ids, tracks


def _spec(*rules: str, **kw):
    return smart.spec_from_options(rules=rules, kind="track", **kw)


def test_tempo_and_energy_rules_select_and_order(analysed) -> None:
    path, ids, tracks = analysed
    fast = smart.evaluate_rules(path, None, PROFILE, _spec("tempo:>=:120", order="tempo"))
    assert fast.item_ids == ids[2:]  # 120, 128, 140, 175 in tempo order
    calm = smart.evaluate_rules(path, None, PROFILE, _spec("energy:<:0.5", order="energy:desc"))
    assert calm.item_ids == [ids[1], ids[0]]
    both = smart.evaluate_rules(path, None, PROFILE, _spec("tempo:>=:100", "energy:<=:0.7"))
    assert sorted(both.item_ids) == sorted([ids[2], ids[3]])
    unknown = smart.evaluate_rules(path, None, PROFILE, _spec("tempo:none"))
    assert unknown.matched == len(tracks) - 6 and not set(ids) & set(unknown.item_ids)
    assert tracks[6] in unknown.item_ids  # a failed analysis has no tempo


def test_a_stored_smart_playlist_follows_a_new_analysis(analysed) -> None:
    path, ids, tracks = analysed
    made = smart.create_smart(path, None, PROFILE, "Workout", _spec("tempo:>=:130"))
    assert made.item_ids == [ids[4], ids[5]]
    with Library.open(path) as library:
        put_features(library, tracks[10], tempo=150.0, energy=0.9)
    again = smart.refresh(path, None, PROFILE, "Workout")
    assert tracks[10] in again.item_ids and len(again.item_ids) == 3


@pytest.mark.parametrize(
    ("rule", "words"),
    [
        ("energy:>:1.5", "outside 0-1"),
        ("energy:>:-0.1", "outside 0-1"),
        ("tempo:>:0", "beats per minute"),
        ("tempo:>:fast", "not a number"),
    ],
)
def test_bad_sound_values_are_one_line_errors(rule: str, words: str) -> None:
    with pytest.raises(UserError, match=words) as caught:
        _spec(rule)
    assert "\n" not in str(caught.value)


def test_the_command_line_takes_tempo_rules(analysed, capsys: pytest.CaptureFixture[str]) -> None:
    path, ids, _tracks = analysed
    code = main(
        [
            "--library",
            str(path),
            "playlist",
            "smart",
            "create",
            "Fast",
            "--profile",
            "1",
            "--kind",
            "track",
            "--rule",
            "tempo:>=:139",
            "--order",
            "tempo:desc",
        ]
    )
    assert code == 0 and ": 2 items" in capsys.readouterr().out
    with Library.open(path) as library:
        found = library.playlists.find("Fast", PROFILE)
        assert found is not None and library.playlists.items(found.id) == [ids[5], ids[4]]
