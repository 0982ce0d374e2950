"""Why a track was not analysed by sound reads in the person's language (issue 19 "Language"):
the library keeps a stable reason code with its values (``audio_features.reason``, no schema
change), the command line and the window translate it when they show it, and the English
sentences older versions stored still show (translated when known, else as stored)."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from desktop_recsys.config.language import catalog
from desktop_recsys.engine.sonic import reasons
from desktop_recsys.library import Library
from desktop_recsys.library.models import NewItem
from desktop_recsys.services.sonic_analysis import analyse_library, track_features
from tests.sonic_signals import write

ZH = catalog("zh_CN")
HAN = re.compile("[\u4e00-\u9fff]")
#: English words of a reason sentence (the file names and libsndfile's own detail aside).
ENGLISH = re.compile(r"\b(?:file|audio|cannot|silent|sound|decode|empty|short|bytes)\b")


@pytest.fixture
def bad_tracks(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    """A real library with an empty, a silent, a too short and a not-audio file."""
    music = tmp_path / "music"
    music.mkdir()
    empty = music / "empty.mp3"
    empty.write_bytes(b"")
    notes = music / "notes.flac"
    notes.write_text("not audio\n" * 100)
    files = {
        "Empty": empty,
        "Quiet": write(music / "quiet.wav", np.zeros(44_100 * 3)),
        "Short": write(music / "short.wav", np.full(44_100, 0.3)),
        "Notes": notes,
    }
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        ids = lib.items.add_many(
            NewItem(kind="track", title=title, path=str(file)) for title, file in files.items()
        )
    report = analyse_library(path, processes=False)
    assert len(report.failed) == 4
    return path, dict(zip(files, ids, strict=True))


def _stored(path: Path) -> dict[int, str]:
    with sqlite3.connect(path) as conn:
        return dict(conn.execute("SELECT item_id, reason FROM audio_features"))


def test_the_library_keeps_a_code_not_an_english_sentence(bad_tracks) -> None:  # type: ignore[no-untyped-def]
    path, ids = bad_tracks
    stored = _stored(path)
    codes = {title: json.loads(stored[i])["code"] for title, i in ids.items()}
    assert codes == {
        "Empty": "empty",
        "Quiet": "silent",
        "Short": "too_short",
        "Notes": "not_audio_said",
    }
    short = json.loads(stored[ids["Short"]])
    assert short["args"] == {"seconds": 1.0, "needed": 2.0}
    # Read back: the English sentence (--json) and the Chinese one (display).
    row = track_features(path, ids["Short"])
    assert str(row["reason"]) == "too short: 1.0 s of audio (at least 2 s needed)"
    assert ZH.message(row["reason"]) == "太短：只有 1.0 秒音频（至少需要 2 秒）"


def test_every_reason_is_translated_and_round_trips() -> None:
    samples = {"detail": "Format not recognised", "kind": ".xyz", "seconds": 1.2, "needed": 2.0}
    for code, template in reasons.REASONS.items():
        fields = {f for _, f, _, _ in __import__("string").Formatter().parse(template) if f}
        made = reasons.reason(code, **{f: samples[f] for f in fields})
        back = reasons.decode(reasons.encode(made))
        assert str(back) == str(made) and reasons.code_of(back) == code
        # An older version's English sentence is recognised as the same reason.
        assert reasons.code_of(reasons.decode(str(made))) == code, str(made)
        chinese = ZH.message(made)
        assert HAN.search(chinese) and not ENGLISH.search(chinese), (code, chinese)


def test_rows_of_older_versions_still_show(bad_tracks) -> None:  # type: ignore[no-untyped-def]
    path, ids = bad_tracks
    with sqlite3.connect(path) as conn:
        conn.execute(
            "UPDATE audio_features SET reason = ? WHERE item_id = ?",
            ("silent: no sound above -70 dB in the analysed window", ids["Quiet"]),
        )
        conn.execute(
            "UPDATE audio_features SET reason = ? WHERE item_id = ?",
            ("not an audio file this app can read (without an extension)", ids["Empty"]),
        )
        conn.execute(
            "UPDATE audio_features SET reason = ? WHERE item_id = ?",
            ("a reason no version wrote", ids["Notes"]),
        )
    quiet = track_features(path, ids["Quiet"])["reason"]
    assert ZH.message(quiet) == "无声：分析的片段中没有高于 -70 dB 的声音"
    empty = track_features(path, ids["Empty"])["reason"]
    assert ZH.message(empty) == "不是本应用能读取的音频文件（无扩展名）"
    assert ZH.message(track_features(path, ids["Notes"])["reason"]) == "a reason no version wrote"


def test_the_command_line_shows_the_reasons_in_chinese(  # type: ignore[no-untyped-def]
    bad_tracks, command_line
) -> None:
    path, ids = bad_tracks
    command_line.speak("LANG")
    code, out, err = command_line.run("features", str(ids["Empty"]), "--library", str(path))
    assert code == 0, err
    assert out.splitlines()[1].strip().endswith("文件是空的（0 字节）"), out
    assert not ENGLISH.search(out.replace("empty.mp3", "")), out
    # A fresh run lists what failed, each reason in Chinese.
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM audio_features")
    code, out, err = command_line.run(
        "analyze", "--workers", "1", "--quiet", "--library", str(path)
    )
    assert code == 0, err
    lines = [line for line in out.splitlines() if "[id " in line]
    assert len(lines) == 4, out
    for line in lines:
        assert "]：" in line, line  # the Chinese colon after the item, as every reason line
        reason = line.split("]：", 1)[-1]
        assert HAN.search(reason) and not ENGLISH.search(reason.split("：")[0]), line
    # --json keeps the English sentence for programs.
    code, out, _ = command_line.run("features", str(ids["Quiet"]), "--json", "--library", str(path))
    assert json.loads(out)["reason"] == "silent: no sound above -70 dB in the analysed window"
