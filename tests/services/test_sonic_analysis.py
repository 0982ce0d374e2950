"""The sonic analysis of a real library file: rows per track with the file's hash, nothing
recomputed for unchanged files, failed files kept with their reason and not retried until they
change, --limit, resumable after a cancel, and the command line (analyze, features)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest

from desktop_recsys.cli import main
from desktop_recsys.engine.sonic import ANALYSER_VERSION
from desktop_recsys.errors import Cancelled, UserError
from desktop_recsys.library import Library
from desktop_recsys.library.models import NewItem
from desktop_recsys.progress import CancelToken
from desktop_recsys.services.sonic_analysis import analyse_library, track_features
from tests.sonic_signals import MAJOR, clicks, noise, triad, write


def _library(tmp_path: Path, files: dict[str, Path]) -> tuple[Path, dict[str, int]]:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        ids = lib.items.add_many(
            NewItem(kind="track", title=title, path=str(file)) for title, file in files.items()
        )
        lib.items.add(NewItem(kind="film", title="A film", path=str(tmp_path / "film.mkv")))
        lib.items.add(NewItem(kind="track", title="Catalogue only"))
    return path, dict(zip(files, ids, strict=True))


@pytest.fixture
def library(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    music = tmp_path / "music"
    music.mkdir()
    empty = music / "empty.mp3"
    empty.write_bytes(b"")
    notes = music / "notes.flac"
    notes.write_text("not audio\n" * 100)
    m4a = music / "song.m4a"
    m4a.write_bytes(b"\x00\x00\x00\x1cftypM4A " + bytes(500))
    return _library(
        tmp_path,
        {
            "Beat": write(music / "beat.flac", clicks(120, seconds=8.0)),
            "Chord": write(music / "chord.ogg", triad(62, MAJOR)),
            "Hiss": write(music / "hiss.mp3", noise(0.1, channels=2)),
            "Quiet": write(music / "quiet.wav", np.zeros(44_100 * 3)),
            "Empty": empty,
            "Notes": notes,
            "Song in M4A": m4a,
            "Gone": music / "gone.flac",
        },
    )


def test_every_track_gets_a_row_or_a_reason_and_a_second_run_recomputes_nothing(
    library: tuple[Path, dict[str, int]],
) -> None:
    path, ids = library
    report = analyse_library(path, workers=2)
    assert (report.done, report.ok, len(report.failed)) == (6, 3, 3)
    assert {s.title: s.reason for s in report.failed} == {
        "Quiet": "silent: no sound above -70 dB in the analysed window",
        "Empty": "the file is empty (0 bytes)",
        "Notes": "not an audio file this app can read (.flac): Format not recognised.",
    }
    skipped = {s.title: s.reason for s in report.skipped}
    assert skipped == {
        "Song in M4A": "no decoder here reads .m4a files (the app analyses them)",
        "Gone": "file not found",
    }
    with Library.open(path) as lib:
        rows = {r.item_id: r for r in lib.audio_features.all(status=None)}
        assert lib.audio_features.counts() == {"ok": 3, "failed": 3}
    beat = rows[ids["Beat"]]
    assert beat.status == "ok" and abs(beat.tempo - 120) < 2.4 and beat.analyser == ANALYSER_VERSION
    assert np.frombuffer(beat.timbre, dtype=np.float32).shape == (13,)
    assert (rows[ids["Chord"]].key, rows[ids["Chord"]].mode) == (2, "major")
    assert abs(rows[ids["Hiss"]].loudness + 20) < 1
    assert rows[ids["Quiet"]].status == "failed" and rows[ids["Quiet"]].energy is None
    assert ids["Song in M4A"] not in rows and ids["Gone"] not in rows
    first_times = {i: r.analysed_at for i, r in rows.items()}

    again = analyse_library(path)
    assert (again.done, again.unchanged, len(again.skipped)) == (0, 6, 2)
    with Library.open(path) as lib:
        assert {r.item_id: r.analysed_at for r in lib.audio_features.all(None)} == first_times


def test_a_changed_file_is_analysed_again_and_a_fixed_failure_too(
    library: tuple[Path, dict[str, int]], tmp_path: Path
) -> None:
    path, ids = library
    analyse_library(path)
    write(tmp_path / "music" / "beat.flac", clicks(90, seconds=8.0))  # re-encoded, new tempo
    write(tmp_path / "music" / "empty.mp3", clicks(150, seconds=8.0))  # the empty file filled
    report = analyse_library(path)
    assert report.done == 2 and report.unchanged == 4 and report.ok == 2
    with Library.open(path) as lib:
        assert abs(lib.audio_features.get(ids["Beat"]).tempo - 90) < 1.8
        fixed = lib.audio_features.get(ids["Empty"])
        assert fixed.status == "ok" and fixed.reason is None and abs(fixed.tempo - 150) < 3


def test_limit_and_resuming_after_a_cancel(library: tuple[Path, dict[str, int]]) -> None:
    path, _ = library
    first = analyse_library(path, limit=2)
    assert first.done == 2 and first.remaining == 4
    token = CancelToken()
    seen: list[float] = []

    def cancel_after_one(fraction: float, message: str) -> None:
        seen.append(fraction)
        if fraction > 0:  # the first track of this run is saved: cancel now
            token.cancel()

    with pytest.raises(Cancelled):
        analyse_library(path, progress=cancel_after_one, cancel=token, workers=1)
    with Library.open(path) as lib:
        assert sum(lib.audio_features.counts().values()) == 3  # two, then one before the cancel
    rest = analyse_library(path)
    assert rest.done == 3 and rest.unchanged == 3 and rest.remaining == 0
    with pytest.raises(UserError, match="--limit must be at least 1"):
        analyse_library(path, limit=0)


def test_an_older_analyser_s_rows_are_computed_again(library: tuple[Path, dict[str, int]]) -> None:
    path, ids = library
    analyse_library(path)
    with Library.open(path) as lib, lib.transaction() as conn:
        conn.execute("UPDATE audio_features SET analyser = 0 WHERE item_id = ?", (ids["Beat"],))
    assert analyse_library(path).done == 1


def test_cli_analyze_and_features(
    library: tuple[Path, dict[str, int]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, ids = library
    assert main(["--library", str(path), "analyze", "--limit", "3", "--quiet"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Analysed 3 tracks in ")
    assert "3 ok, 0 failed; 0 already analysed and unchanged; 2 skipped; 3 left" in out
    assert "Song in M4A [id" in out and "no decoder here reads .m4a files (the app" in out
    assert main(["--library", str(path), "analyze", "--json", "--quiet"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["done"], report["failed"], report["unchanged"]) == (3, 3, 3)
    assert {f["title"] for f in report["failures"]} == {"Quiet", "Empty", "Notes"}

    assert main(["--library", str(path), "features", "Beat", "--json"]) == 0
    beat = json.loads(capsys.readouterr().out)
    assert beat["item_id"] == ids["Beat"] and beat["status"] == "ok"
    assert abs(beat["tempo"] - 120) < 2.4 and len(beat["timbre"]) == 13
    assert main(["--library", str(path), "features", str(ids["Chord"])]) == 0
    assert "key:        D major" in capsys.readouterr().out
    assert main(["--library", str(path), "features", "Quiet"]) == 0
    assert "not analysable: silent" in capsys.readouterr().out
    # Not analysed yet, and not a track: one line, status 1.
    assert main(["--library", str(path), "features", "Song in M4A"]) == 1
    assert "has not been analysed yet; run 'desktop-recsys analyze' first" in (
        capsys.readouterr().err
    )
    assert main(["--library", str(path), "features", "A film"]) == 1
    assert main(["--library", str(path), "analyze", "--limit", "0"]) == 1
    assert "--limit must be at least 1" in capsys.readouterr().err


def test_features_of_an_unanalysed_library_says_what_to_do(tmp_path: Path) -> None:
    path, ids = _library(tmp_path, {"Beat": write(tmp_path / "b.wav", clicks(100, 4.0))})
    with pytest.raises(UserError, match="run 'desktop-recsys analyze' first"):
        track_features(path, ids["Beat"])
    assert os.path.exists(path)


def test_the_last_progress_line_counts_tracks_in_the_singular_for_one(tmp_path: Path) -> None:
    one = write(tmp_path / "one.wav", clicks(100, 4.0))
    path, _ids = _library(
        tmp_path, {"One": one, "Two": write(tmp_path / "two.wav", clicks(90, 4.0))}
    )
    said: list[str] = []
    analyse_library(path, limit=1, progress=lambda _f, text: said.append(str(text)))
    assert said[-1] == "Analysed 1 track"
    analyse_library(path, progress=lambda _f, text: said.append(str(text)))  # the other one
    assert said[-1] == "Analysed 1 track"
    with Library.open(path) as lib, lib.transaction() as conn:
        conn.execute("DELETE FROM audio_features")
    analyse_library(path, progress=lambda _f, text: said.append(str(text)))
    assert said[-1] == "Analysed 2 tracks"


def test_analyze_prints_one_track_in_the_singular(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ids = _library(tmp_path, {"One": write(tmp_path / "one.wav", clicks(100, 4.0))})
    assert main(["--library", str(path), "analyze", "--quiet"]) == 0
    assert capsys.readouterr().out.startswith("Analysed 1 track in ")
