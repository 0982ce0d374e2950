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
