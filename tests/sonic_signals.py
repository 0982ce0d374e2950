"""Synthetic signals with known answers for the sonic analysis, written to real files with
soundfile (WAV, FLAC, Ogg Vorbis, MP3 through libsndfile's LAME/mpg123): click tracks at a known
tempo, pure triads in a known key, noise at a known level."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import soundfile

FORMATS = {".wav": ("WAV", "PCM_16"), ".flac": ("FLAC", "PCM_16"), ".ogg": ("OGG", "VORBIS"),
           ".mp3": ("MP3", "MPEG_LAYER_III")}  # fmt: skip
MAJOR = (0, 4, 7)
MINOR = (0, 3, 7)


def clicks(bpm: float, seconds: float = 12.0, rate: int = 44_100) -> np.ndarray:
    """Short 1 kHz clicks (20 ms, decaying) every beat, mono."""
    out = np.zeros(int(seconds * rate))
    length = int(0.02 * rate)
    n = np.arange(length)
    click = 0.8 * np.sin(2 * np.pi * 1000 * n / rate) * np.exp(-n / (0.003 * rate))
    beat = 0
    while (start := int(round(beat * 60.0 / bpm * rate))) + length < len(out):
        out[start : start + length] += click
        beat += 1
    return out


def triad(root_midi: int, intervals: tuple[int, ...], seconds: float = 6.0,
          rate: int = 44_100) -> np.ndarray:  # fmt: skip
    """Three sine tones held together (equal temperament, A4 = 440 Hz), mono."""
    t = np.arange(int(seconds * rate)) / rate
    return sum(
        0.2 * np.sin(2 * np.pi * 440.0 * 2 ** ((root_midi + i - 69) / 12) * t) for i in intervals
    )


def noise(rms: float, seconds: float = 6.0, rate: int = 44_100, channels: int = 1,
          seed: int = 0) -> np.ndarray:  # fmt: skip
    """White noise with the given RMS (so -20 dB full scale is rms 0.1)."""
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((int(seconds * rate), channels))
    return x / np.sqrt(np.mean(x**2)) * rms


def write(path: Path, samples: np.ndarray, rate: int = 44_100) -> Path:
    """``samples`` (mono or (frames, channels)) to ``path`` in the format its suffix names."""
    fmt, subtype = FORMATS[path.suffix.lower()]
    data = np.asarray(samples, dtype=np.float32)
    # Block-wise: libsndfile's Vorbis encoder crashes on one very large write.
    with soundfile.SoundFile(str(path), "w", rate, 1 if data.ndim == 1 else data.shape[1],
                             subtype, format=fmt) as out:  # fmt: skip
        for start in range(0, len(data), 65_536):
            out.write(data[start : start + 65_536])
    return path


def drum_song(bpm: float, root: int, minor: bool, seconds: float = 30.0, rate: int = 22_050,
              seed: int = 0) -> np.ndarray:  # fmt: skip
    """Music-like mono audio: a kick on every beat, a hi-hat between beats, a chord per bar
    (I-IV-V-I in major, i-VI-III-v in minor) with its bass note an octave down."""
    rng = np.random.default_rng(seed)
    n = int(seconds * rate)
    t = np.arange(n) / rate
    out = np.zeros(n)
    beat = 60.0 / bpm
    hit = np.arange(int(0.08 * rate))
    kick = 0.6 * np.sin(2 * np.pi * 60 * hit / rate) * np.exp(-hit / (0.03 * rate))
    hat_n = int(0.03 * rate)
    hat = 0.15 * rng.standard_normal(hat_n) * np.exp(-np.arange(hat_n) / (0.007 * rate))
    for k in range(int(seconds / beat) - 1):
        i, j = int(k * beat * rate), int((k + 0.5) * beat * rate)
        out[i : i + len(kick)] += kick
        out[j : j + hat_n] += hat
    steps = (0, 8, 3, 7) if minor else (0, 5, 7, 0)
    bar = 4 * beat
    for b in range(int(np.ceil(seconds / bar))):
        start, stop = int(b * bar * rate), min(n, int((b + 1) * bar * rate))
        chord = 48 + root + steps[b % 4]
        third = 3 if minor and steps[b % 4] == 0 else 4
        for interval in (0, third, 7, 12, -12):
            f = 440.0 * 2 ** ((chord + interval - 69) / 12)
            out[start:stop] += (0.1 if interval < 0 else 0.05) * np.sin(
                2 * np.pi * f * t[start:stop]
            )
    return out * 0.8
