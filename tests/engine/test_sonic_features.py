"""Sonic analysis on synthetic signals with known answers, written to real audio files:
tempo of click tracks (70-180 BPM) within 2 % (or a flagged double/half), the key of pure
major and minor triads, the loudness of noise within 1 dB, and sample rates from 8 to 96 kHz."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from desktop_recsys.engine.sonic import analyse_file, compute_features
from desktop_recsys.engine.sonic.tonality import NOTE_NAMES
from tests.sonic_signals import MAJOR, MINOR, clicks, drum_song, noise, triad, write

SUFFIXES = (".wav", ".flac", ".ogg", ".mp3")


@pytest.mark.parametrize("bpm", [70, 84, 96, 110, 120, 128, 140, 155, 168, 180])
def test_click_tempo_within_two_percent_or_flagged_double_half(tmp_path: Path, bpm: int) -> None:
    suffix = SUFFIXES[bpm % len(SUFFIXES)]
    result = analyse_file(write(tmp_path / f"clicks{suffix}", clicks(bpm)))
    assert result.status == "ok", result.reason
    f = result.features
    assert f.tempo is not None and f.tempo_confidence > 0.3
    error = abs(f.tempo - bpm) / bpm
    if error > 0.02:  # only a flagged octave error is allowed
        assert f.tempo_ambiguous, (bpm, f.tempo)
        assert min(abs(f.tempo - 2 * bpm), abs(f.tempo - bpm / 2)) / bpm < 0.02, (bpm, f.tempo)
    else:
        assert error < 0.02


def test_tempo_is_exact_on_every_tempo_of_the_range_in_memory() -> None:
    """Not only within 2 % and not only octave-flagged: on clean clicks the estimate itself is
    within 1.5 % for every tempo from 70 to 180 BPM (43 frames a second, lags interpolated)."""
    for bpm in range(70, 181, 5):
        f = compute_features(clicks(bpm, seconds=10.0)[:, None].astype(np.float32), 44_100)
        assert f.tempo is not None and abs(f.tempo - bpm) / bpm < 0.015, (bpm, f.tempo)


@pytest.mark.parametrize("root", range(12))
def test_key_of_pure_major_and_minor_triads(root: int) -> None:
    for mode, intervals in (("major", MAJOR), ("minor", MINOR)):
        f = compute_features(triad(60 + root, intervals)[:, None].astype(np.float32), 44_100)
        assert (f.key, f.mode) == (root, mode), (NOTE_NAMES[root], mode, f.key, f.mode)
        assert f.key_confidence > 0.5


@pytest.mark.parametrize(("suffix", "root", "intervals", "mode"),
                         [(".flac", 2, MINOR, "minor"), (".ogg", 7, MAJOR, "major"),
                          (".mp3", 9, MINOR, "minor"), (".wav", 5, MAJOR, "major")])  # fmt: skip
def test_key_read_from_real_files(
    tmp_path: Path, suffix: str, root: int, intervals: tuple[int, ...], mode: str
) -> None:
    result = analyse_file(write(tmp_path / f"triad{suffix}", triad(60 + root, intervals)))
    assert result.status == "ok", result.reason
    assert (result.features.key, result.features.mode) == (root, mode)
    # A held chord has no beat: no tempo rather than a made-up one.
    assert result.features.tempo is None


@pytest.mark.parametrize("level_db", [-6.0, -20.0, -35.0, -50.0])
@pytest.mark.parametrize("suffix", [".flac", ".mp3"])
def test_loudness_of_noise_within_one_db(tmp_path: Path, level_db: float, suffix: str) -> None:
    signal = noise(10 ** (level_db / 20), channels=2, seed=int(-level_db))
    result = analyse_file(write(tmp_path / f"noise{suffix}", signal))
    assert result.status == "ok", result.reason
    assert abs(result.features.loudness - level_db) < 1.0, result.features.loudness
    assert result.features.tempo is None and result.features.key is None


def test_energy_and_brightness_order_sounds_as_a_listener_would() -> None:
    loud_noise = compute_features(noise(0.3).astype(np.float32), 44_100)
    quiet_tone = compute_features((0.01 * triad(57, MAJOR))[:, None].astype(np.float32), 44_100)
    assert 0.0 <= quiet_tone.energy < loud_noise.energy <= 1.0
    sine = compute_features(triad(69, (0,))[:, None].astype(np.float32), 44_100)
    assert abs(sine.brightness - 440.0) < 5.0  # the centroid of one 440 Hz tone
    assert loud_noise.brightness > 4000.0  # white noise up to 11 kHz
    assert loud_noise.timbre.shape == (13,) and loud_noise.timbre.dtype == np.float32
    assert not np.allclose(loud_noise.timbre, sine.timbre)


@pytest.mark.parametrize("rate", [8_000, 16_000, 22_050, 44_100, 48_000, 96_000])
def test_sample_rates_from_8_to_96_khz_give_the_same_answers(tmp_path: Path, rate: int) -> None:
    beat = clicks(120, seconds=10.0, rate=rate)
    chord = np.resize(triad(64, MINOR, seconds=10.0, rate=rate), len(beat))
    stereo = np.stack([beat + chord, beat + chord], axis=1) * 0.5
    result = analyse_file(write(tmp_path / f"r{rate}.flac", stereo, rate))
    assert result.status == "ok", result.reason
    f = result.features
    assert f.tempo is not None and abs(f.tempo - 120) / 120 < 0.02, f.tempo
    assert (f.key, f.mode) == (4, "minor")


def test_mono_and_stereo_copies_measure_alike(tmp_path: Path) -> None:
    mono = noise(0.05, channels=1, seed=3)
    a = analyse_file(write(tmp_path / "mono.wav", mono))
    b = analyse_file(write(tmp_path / "stereo.wav", np.repeat(mono, 2, axis=1)))
    assert a.status == b.status == "ok"
    assert abs(a.features.loudness - b.features.loudness) < 0.05
    assert abs(a.features.brightness - b.features.brightness) < 1.0


def test_the_window_is_thirty_seconds_from_the_middle(tmp_path: Path) -> None:
    # 60 s: silence, then 30 s of clicks in the middle (15-45 s), then silence.
    rate = 22_050
    track = np.zeros(60 * rate)
    track[15 * rate : 45 * rate] = clicks(100, seconds=30.0, rate=rate)
    result = analyse_file(write(tmp_path / "long.flac", track, rate))
    assert result.status == "ok"
    assert result.window_start == pytest.approx(15.0, abs=0.01)
    assert result.window_seconds == pytest.approx(30.0, abs=0.01)
    assert abs(result.features.tempo - 100) < 2


@pytest.mark.parametrize(
    ("bpm", "root", "minor"),
    [(164.9, 10, True), (156.6, 1, True), (80.1, 3, False), (137.6, 8, True)],
)
def test_tempo_and_key_of_music_like_audio(bpm: float, root: int, minor: bool) -> None:
    """Kick, hi-hat, chords and bass: the tempo within 2 % or a flagged double/half (a beat
    that is not a whole number of frames, 16.5 at 157 BPM, once read as half or a third
    without a flag), and the key of the progression."""
    f = compute_features(drum_song(bpm, root, minor)[:, None].astype(np.float32), 22_050)
    assert f.tempo is not None
    if abs(f.tempo - bpm) / bpm > 0.02:
        assert f.tempo_ambiguous, (bpm, f.tempo)
        assert min(abs(f.tempo - 2 * bpm), abs(f.tempo - bpm / 2)) / bpm < 0.02, (bpm, f.tempo)
    assert (f.key, f.mode) == (root, "minor" if minor else "major")


@pytest.mark.parametrize("rate", [8_000, 32_000, 44_100, 48_000, 96_000])
def test_float32_resampling_matches_scipy_s_resample_poly(rate: int) -> None:
    """The analysis resamples with upfirdn in float32; resample_poly with the same filter (in
    float64) gives the same samples, to float32 precision, the same length and alignment."""
    from math import gcd

    from scipy.signal import firwin, resample_poly

    from desktop_recsys.engine.sonic.features import RATE, to_analysis_rate

    signal = np.random.default_rng(rate).standard_normal(rate * 2 + 7).astype(np.float32)
    common = gcd(rate, RATE)
    up, down = RATE // common, rate // common
    widest = max(up, down)
    taps = firwin(8 * widest + 1, 1.0 / widest, window=("kaiser", 5.0))
    expected = resample_poly(signal, up, down, window=taps)
    got = to_analysis_rate(signal[:, None], rate)
    assert got.dtype == np.float32 and got.shape == expected.shape
    assert np.max(np.abs(got - expected)) < 1e-5
