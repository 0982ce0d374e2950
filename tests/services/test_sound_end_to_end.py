"""From audio files to "sounds like": real files (click tracks at known tempos, chords, noise)
analysed by the sonic analysis, then compared by sound through the service and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_recsys.cli import main
from desktop_recsys.library import Library
from desktop_recsys.library.models import NewItem
from desktop_recsys.services.similar_items import similar_to
from desktop_recsys.services.sonic_analysis import analyse_library
from tests.sonic_signals import MAJOR, MINOR, clicks, noise, triad, write


@pytest.fixture(scope="module")
def analysed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    folder = tmp_path_factory.mktemp("sound_e2e")
    files = {
        "Slow 1": write(folder / "slow1.flac", clicks(70, seconds=8.0)),
        "Slow 2": write(folder / "slow2.wav", clicks(72, seconds=8.0)),
        "Fast 1": write(folder / "fast1.flac", clicks(170, seconds=8.0)),
        "Fast 2": write(folder / "fast2.wav", clicks(166, seconds=8.0)),
        "Chord C": write(folder / "c.ogg", triad(60, MAJOR)),
        "Chord A minor": write(folder / "am.wav", triad(57, MINOR)),
        "Hiss": write(folder / "hiss.wav", noise(0.2)),
    }
    path = folder / "lib.sqlite"
    with Library.open(path) as lib:
        ids = lib.items.add_many(
            NewItem(kind="track", title=title, path=str(file)) for title, file in files.items()
        )
    report = analyse_library(path, workers=1)
    assert report.ok == len(files)
    return path, dict(zip(files, ids, strict=True))


def test_analysed_click_tracks_sound_like_those_of_their_tempo(analysed) -> None:
    path, ids = analysed
    for anchor, mate in (("Slow 1", "Slow 2"), ("Fast 1", "Fast 2")):
        result = similar_to(path, None, ids[anchor], n=3, by="sound")
        assert result.items[0].item_id == ids[mate], [s.title for s in result]
        assert "tempo" in result.items[0].reason


def test_the_command_line_compares_analysed_files_by_sound(analysed, capsys) -> None:
    path, ids = analysed
    args = ["--library", str(path), "similar", str(ids["Fast 2"]), "--by", "sound", "--json"]
    assert main(args) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["items"][0]["item_id"] == ids["Fast 1"]
