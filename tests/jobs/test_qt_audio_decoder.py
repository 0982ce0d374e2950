"""The jobs layer's M4A decoder (Qt Multimedia's FFmpeg through QAudioDecoder): the window is
the middle 30 s, as libsndfile's, and a broken M4A is a failure with its reason."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from desktop_recsys.engine.sonic import DecodeError, SoundFileDecoder, Unsupported, analyse_file
from desktop_recsys.jobs.qt_audio_decoder import QtAudioDecoder
from desktop_recsys.services.audio_decoding import ANALYSIS_RATE
from tests.sonic_m4a import write_m4a
from tests.sonic_signals import MAJOR, clicks, triad, write


def test_the_middle_window_of_an_m4a(qapp: Any, tmp_path: Path) -> None:
    rate = 44_100
    # 40 s: a 440 Hz tone for the first 5 s, then clicks; the window is 5-35 s: clicks only.
    signal = clicks(128, seconds=40.0, rate=rate)
    signal[: 5 * rate] = 0.3 * np.sin(2 * np.pi * 440 * np.arange(5 * rate) / rate)
    path = write_m4a(tmp_path / "song.m4a", np.stack([signal, signal], axis=1))
    audio = QtAudioDecoder().read_window(path, 30.0)
    # FFmpeg resamples to the analysis rate; the channels are the file's.
    assert audio.rate == ANALYSIS_RATE and audio.samples.shape[1] == 2
    assert audio.start == pytest.approx(5.0, abs=0.05)
    assert audio.duration == pytest.approx(40.0, abs=0.1)
    assert audio.seconds == pytest.approx(30.0, abs=0.05)
    result = analyse_file(path, [SoundFileDecoder(), QtAudioDecoder()])
    assert result.status == "ok" and abs(result.features.tempo - 128) / 128 < 0.02


def test_a_short_m4a_is_read_whole(qapp: Any, tmp_path: Path) -> None:
    path = write_m4a(tmp_path / "chord.m4a", triad(65, MAJOR, seconds=6.0))
    result = analyse_file(path, [SoundFileDecoder(), QtAudioDecoder()])
    assert result.status == "ok", result.reason
    assert (result.features.key, result.features.mode) == (5, "major")
    assert result.window_start == 0.0 and result.window_seconds == pytest.approx(6.0, abs=0.1)


def test_broken_and_other_files(qapp: Any, tmp_path: Path) -> None:
    broken = tmp_path / "broken.m4a"
    broken.write_bytes(b"\x00\x00\x00\x1cftypM4A " + bytes(500))
    with pytest.raises(DecodeError, match="cannot decode"):
        QtAudioDecoder().read_window(broken, 30.0)
    result = analyse_file(broken, [SoundFileDecoder(), QtAudioDecoder()])
    assert result.status == "failed" and result.reason.startswith("cannot decode")
    with pytest.raises(Unsupported):
        QtAudioDecoder().read_window(tmp_path / "song.flac", 30.0)  # libsndfile's, not Qt's
    whole = write_m4a(tmp_path / "cut.m4a", clicks(100, seconds=8.0))
    cut = tmp_path / "half.m4a"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    half = analyse_file(cut, [SoundFileDecoder(), QtAudioDecoder()])
    assert half.status in ("ok", "failed") and (half.status == "ok" or half.reason)


def test_without_qt_multimedia_an_m4a_is_skipped_not_failed(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)  # import fails
    path = tmp_path / "song.m4a"
    path.write_bytes(b"\x00\x00\x00\x1cftypM4A " + bytes(500))
    with pytest.raises(Unsupported, match="Qt Multimedia is not available"):
        QtAudioDecoder().read_window(path, 30.0)
    result = analyse_file(path, [SoundFileDecoder(), QtAudioDecoder()])
    assert result.status == "unsupported"  # the service stores nothing for it


def test_a_long_m4a_s_window_starts_at_30_s_at_the_latest(qapp: Any, tmp_path: Path) -> None:
    rate = 22_050
    path = write_m4a(tmp_path / "long.m4a", clicks(90, seconds=100.0, rate=rate), rate)
    audio = QtAudioDecoder().read_window(path, 30.0)  # the middle would start at 35 s
    assert audio.start == pytest.approx(30.0, abs=0.05)
    assert audio.seconds == pytest.approx(30.0, abs=0.05)
    assert audio.duration == pytest.approx(100.0, abs=0.2)


@pytest.mark.parametrize("channels", [1, 2])
def test_an_m4a_measures_as_loud_as_the_same_sound_in_flac(
    qapp: Any, tmp_path: Path, channels: int
) -> None:
    """Qt is asked for the file's own channel count at 22,050 Hz: FFmpeg would mix a mono
    file up to stereo at -3 dB, or stereo with alike channels (most music) down to mono at
    +3 dB."""
    chord = triad(57, MAJOR, seconds=8.0)
    signal = np.repeat(chord[:, None], channels, axis=1)
    m4a = write_m4a(tmp_path / "chord.m4a", signal)
    flac = write(tmp_path / "chord.flac", signal)
    audio = QtAudioDecoder().read_window(m4a, 30.0)
    assert audio.samples.shape[1] == channels and audio.rate == ANALYSIS_RATE
    a = analyse_file(m4a, [SoundFileDecoder(), QtAudioDecoder()])
    b = analyse_file(flac, [SoundFileDecoder()])
    assert a.status == b.status == "ok", (a.reason, b.reason)
    assert abs(a.features.loudness - b.features.loudness) < 0.5, (a.features, b.features)
    assert (a.features.key, a.features.mode) == (9, "major")
