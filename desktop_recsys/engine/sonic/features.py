"""What a listener would recognise in a window of audio, from the samples alone (numpy/scipy).

- **loudness**: dB relative to full scale (a full-scale square wave is 0 dB, a full-scale sine
  -3 dB; white noise of RMS 0.1 is -20 dB). Measured in 400 ms blocks with BS.1770's gates
  (blocks below -70 dB, then blocks 10 dB below the mean, are left out, so a quiet intro or a
  pause does not lower it), without its frequency weighting. Channels are averaged, so a mono
  file and the same sound on two channels measure alike.
- **energy** (0-1): half level (-40 dB is 0, -5 dB is 1), a quarter activity (how much the
  spectrum keeps rising: onsets), a quarter brightness (200 Hz is 0, 5 kHz is 1).
- **brightness**: the spectral centroid in Hz, frames weighted by their magnitude.
- **timbre**: 13 mel-frequency cepstral coefficients (40 mel bands, dB, DCT-II), averaged over
  the window.
- **tempo** (:mod:`.rhythm`) and **key** (:mod:`.tonality`).

Everything is computed on a mono mix resampled to 22,050 Hz, so files at 8 kHz and at 96 kHz
give comparable numbers. Silence gives no features (:class:`Silent`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from math import gcd

import numpy as np
from scipy.fft import dct, rfft  # scipy's FFT: float32 in, several times numpy's speed
from scipy.signal import firwin, upfirdn

from desktop_recsys.engine.sonic.reasons import reason
from desktop_recsys.engine.sonic.rhythm import estimate_tempo, onset_strength
from desktop_recsys.engine.sonic.tonality import chroma, estimate_key

RATE = 22_050
N_FFT = 1024
HOP = 512
KEY_FFT = 8192
MEL_BANDS = 40
TIMBRE_COEFFICIENTS = 13
#: Below this loudness (dB full scale) there is nothing to analyse.
SILENCE_DB = -70.0
BLOCK_SECONDS = 0.4


class Silent(Exception):
    """The window holds no sound above :data:`SILENCE_DB`."""


@dataclass(frozen=True)
class SonicFeatures:
    """The features of one window (units in the module docstring)."""

    tempo: float | None
    tempo_confidence: float
    tempo_ambiguous: bool
    loudness: float
    energy: float
    brightness: float
    key: int | None
    mode: str | None
    key_confidence: float
    timbre: np.ndarray  # float32, TIMBRE_COEFFICIENTS values


def loudness_db(samples: np.ndarray, rate: int) -> float:
    """Gated loudness of ``(frames, channels)`` samples in dB full scale (see the docstring)."""
    # 100 ms steps; a 400 ms block is four of them (75 % overlap, as BS.1770).
    step = max(1, int(BLOCK_SECONDS * rate) // 4)
    count = len(samples) // step
    if count < 4:
        blocks = np.array([float(np.mean(np.square(samples, dtype=np.float64)))])
    else:
        cut = samples[: count * step].reshape(count, step * samples.shape[1])
        steps = np.einsum("ij,ij->i", cut, cut, dtype=np.float64) / (step * samples.shape[1])
        blocks = np.convolve(steps, np.full(4, 0.25), mode="valid")
    floor = 10 ** (SILENCE_DB / 10)
    loud = blocks[blocks > floor]
    if loud.size == 0:
        raise Silent(reason("silent"))
    relative = loud.mean() * 10 ** (-10 / 10)
    gated = loud[loud > relative]
    return float(10 * np.log10((gated if gated.size else loud).mean()))


def to_analysis_rate(samples: np.ndarray, rate: int) -> np.ndarray:
    """A mono float32 mix at :data:`RATE` Hz."""
    mono = np.array(samples[:, 0], dtype=np.float32)
    for channel in range(1, samples.shape[1]):
        mono += samples[:, channel]
    if samples.shape[1] > 1:
        mono *= np.float32(1.0 / samples.shape[1])
    if rate != RATE:
        common = gcd(int(rate), RATE)
        mono = _resample(mono, RATE // common, int(rate) // common)
    return np.ascontiguousarray(mono, dtype=np.float32)


def _resample(signal: np.ndarray, up: int, down: int) -> np.ndarray:
    """``signal`` resampled by ``up / down``: what ``scipy.signal.resample_poly`` does with
    :func:`_resampling_filter` (zero padding, the output centred), but in float32 throughout
    (``resample_poly`` takes a float64 filter and so works in float64: twice the time)."""
    taps, first = _resampling_filter(up, down)
    count = -(-len(signal) * up // down)  # ceil
    # Zeros after the filter until its output covers the kept samples (as resample_poly).
    extra = 0
    while ((len(signal) - 1) * up + len(taps) + extra - 1) // down + 1 < count + first:
        extra += 1
    if extra:
        taps = np.concatenate([taps, np.zeros(extra, dtype=np.float32)])
    return upfirdn(taps, signal, up, down)[first : first + count]


@lru_cache(maxsize=16)
def _resampling_filter(up: int, down: int) -> tuple[np.ndarray, int]:
    """A shorter low-pass than scipy's default (8 instead of 20 taps per phase): the features
    need no studio-grade resampling, and it halves the time. Returned float32, scaled by
    ``up`` and zero-padded in front so the output is centred (as ``resample_poly``), with the
    number of output samples to drop at the start."""
    widest = max(up, down)
    half = 4 * widest
    taps = firwin(2 * half + 1, 1.0 / widest, window=("kaiser", 5.0)) * up
    pad = down - half % down
    taps = np.concatenate([np.zeros(pad), taps]).astype(np.float32)
    taps.flags.writeable = False
    return taps, (half + pad) // down


def frames(signal: np.ndarray, size: int, hop: int) -> np.ndarray:
    """Overlapping frames ``(count, size)`` of ``signal`` (a view; zero-padded when short)."""
    if len(signal) < size:
        signal = np.pad(signal, (0, size - len(signal)))
    count = 1 + (len(signal) - size) // hop
    stride = signal.strides[0]
    return np.lib.stride_tricks.as_strided(signal, (count, size), (stride * hop, stride))


def power_spectra(signal: np.ndarray, size: int, hop: int) -> np.ndarray:
    """Power spectra ``(bins, frames)`` of Hann-windowed frames of ``size``, ``hop`` apart."""
    window = _hann(size)
    spectrum = rfft(frames(signal, size, hop) * window, axis=1)
    return (spectrum.real**2 + spectrum.imag**2).T


@lru_cache(maxsize=4)
def _hann(size: int) -> np.ndarray:
    return np.hanning(size).astype(np.float32)


@lru_cache(maxsize=1)
def _mel_filters32() -> np.ndarray:
    return mel_filters().astype(np.float32)


_MEL_CACHE: dict[tuple[int, int, int], np.ndarray] = {}


def mel_filters(rate: int = RATE, n_fft: int = N_FFT, bands: int = MEL_BANDS) -> np.ndarray:
    """Triangular mel filters ``(bands, bins)`` from 30 Hz to the Nyquist frequency."""
    key = (rate, n_fft, bands)
    if key not in _MEL_CACHE:

        def mel(hz: np.ndarray) -> np.ndarray:
            return 2595.0 * np.log10(1.0 + hz / 700.0)

        def hz(m: np.ndarray) -> np.ndarray:
            return 700.0 * (10 ** (m / 2595.0) - 1.0)

        edges = hz(np.linspace(mel(np.array(30.0)), mel(np.array(rate / 2)), bands + 2))
        freqs = np.fft.rfftfreq(n_fft, 1.0 / rate)
        lower = (freqs[None, :] - edges[:-2, None]) / (edges[1:-1] - edges[:-2])[:, None]
        upper = (edges[2:, None] - freqs[None, :]) / (edges[2:] - edges[1:-1])[:, None]
        _MEL_CACHE[key] = np.maximum(0.0, np.minimum(lower, upper))
    return _MEL_CACHE[key]


def compute_features(samples: np.ndarray, rate: int) -> SonicFeatures:
    """The features of ``(frames, channels)`` float samples at ``rate`` Hz.

    Raises :class:`Silent` when there is nothing above :data:`SILENCE_DB`.
    """
    loudness = loudness_db(samples, rate)
    signal = to_analysis_rate(samples, rate)
    power = power_spectra(signal, N_FFT, HOP)
    freqs = np.fft.rfftfreq(N_FFT, 1.0 / RATE)

    # The centroid of all frames' magnitudes: each bin's total magnitude, weighted by its Hz.
    magnitude = np.sqrt(power).sum(axis=1, dtype=np.float64)
    brightness = float(freqs @ magnitude / max(magnitude.sum(), 1e-12))

    mel_db = 10.0 * np.log10(_mel_filters32() @ power + 1e-10)
    mel_db = np.maximum(mel_db, mel_db.max() - 80.0)
    timbre = dct(mel_db, type=2, norm="ortho", axis=0)[:TIMBRE_COEFFICIENTS].mean(axis=1)

    envelope = onset_strength(mel_db)
    tempo = estimate_tempo(envelope, RATE / HOP)

    # The key needs fine frequencies (2.7 Hz bins) but no time detail: one average spectrum.
    average = power_spectra(signal, KEY_FFT, KEY_FFT // 2).mean(axis=1)
    key = estimate_key(chroma(average, np.fft.rfftfreq(KEY_FFT, 1.0 / RATE)))

    level = np.clip((loudness + 40.0) / 35.0, 0.0, 1.0)
    activity = np.clip(float(envelope.mean()) / 3.0, 0.0, 1.0)
    bright = np.clip(np.log2(max(brightness, 1.0) / 200.0) / np.log2(5000.0 / 200.0), 0.0, 1.0)
    energy = float(np.clip(0.5 * level + 0.25 * activity + 0.25 * bright, 0.0, 1.0))

    return SonicFeatures(
        tempo=tempo.bpm,
        tempo_confidence=tempo.confidence,
        tempo_ambiguous=tempo.ambiguous,
        loudness=round(loudness, 2),
        energy=round(energy, 4),
        brightness=round(brightness, 1),
        key=key.key,
        mode=key.mode,
        key_confidence=key.confidence,
        timbre=timbre.astype(np.float32),
    )
