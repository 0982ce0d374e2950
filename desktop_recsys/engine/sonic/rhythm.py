"""Tempo: the beat period that best explains when the sound changes.

1. Onset strength: how much the log-magnitude mel spectrum rises from one short frame to the
   next (only rises count), summed over the bands, with its slow trend removed.
2. Its autocorrelation: a regular beat gives peaks at the beat period and its multiples.
3. Every tempo from 40 to 240 BPM in small steps is scored by the autocorrelation at one, two,
   three and four beat periods (read between lags by linear interpolation, so the tempo is not
   limited to whole frames) and weighted by a broad preference for tempos near 120 BPM.
4. The tempo whose double or half scores almost as well (before that preference) is flagged as
   ambiguous: a listener could tap either.

No pulse (noise, a held chord: onsets too weak, or no period standing out) gives no tempo,
rather than a made-up one.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

MIN_BPM = 40.0
MAX_BPM = 240.0
#: The preferred tempo and the width of the preference (octaves, a log-normal weight).
PRIOR_BPM = 120.0
PRIOR_OCTAVES = 1.5
#: Below this score (normalised autocorrelation) there is no pulse to speak of.
MIN_CONFIDENCE = 0.2
#: The strongest onsets (99th percentile, dB of rise averaged over the bands) must reach this:
#: a held tone or chord only flickers (a few tenths of a dB), a struck note rises by several.
MIN_ONSET_DB = 0.75
#: The onset envelope's smoothing kernel (a Gaussian of one frame's standard deviation).
SMOOTHING = np.exp(-0.5 * np.arange(-3, 4) ** 2) / np.exp(-0.5 * np.arange(-3, 4) ** 2).sum()
#: A double or half tempo scoring at least this share of the best is flagged as ambiguous.
AMBIGUOUS_SHARE = 0.8


@dataclass(frozen=True)
class Tempo:
    bpm: float | None
    confidence: float
    ambiguous: bool


def onset_strength(log_mel: np.ndarray) -> np.ndarray:
    """Per-frame onset strength from a ``(bands, frames)`` log-magnitude spectrogram."""
    if log_mel.shape[1] < 2:
        return np.zeros(log_mel.shape[1], dtype=np.float64)
    rise = np.maximum(np.diff(log_mel, axis=1), 0.0).mean(axis=0)
    envelope = np.concatenate([[0.0], rise]).astype(np.float64)
    # Widen each onset over a few frames: a beat period that is not a whole number of frames
    # (16.5 at 157 BPM) then still meets an autocorrelation peak, not the gap between two.
    envelope = np.convolve(envelope, SMOOTHING, mode="same")
    # Remove the slow trend (a moving average over about a second's worth of frames).
    width = max(3, min(len(envelope) // 4, 43))
    trend = np.convolve(envelope, np.ones(width) / width, mode="same")
    return np.maximum(envelope - trend, 0.0)


def estimate_tempo(envelope: np.ndarray, frame_rate: float) -> Tempo:
    """The tempo of an onset-strength envelope sampled at ``frame_rate`` frames per second."""
    env = envelope - envelope.mean()
    n = len(env)
    energy = float(np.dot(env, env))
    longest_lag = 4 * 60.0 / MIN_BPM * frame_rate
    if n < 8 or energy <= 1e-12 or n < 60.0 / MAX_BPM * frame_rate * 4:
        return Tempo(None, 0.0, False)
    if float(np.percentile(envelope, 99)) < MIN_ONSET_DB:
        return Tempo(None, 0.0, False)
    # Autocorrelation through the FFT (biased: long lags weigh a little less).
    size = 1 << int(np.ceil(np.log2(2 * n)))
    spectrum = np.fft.rfft(env, size)
    acf = np.fft.irfft(spectrum * np.conj(spectrum), size)[:n] / energy
    acf = np.maximum(acf, 0.0)
    bpms = np.arange(MIN_BPM, MAX_BPM + 0.01, 0.05)
    scores = _scores(acf, 60.0 / bpms * frame_rate, min(longest_lag, n - 2))
    prior = np.exp(-0.5 * (np.log2(bpms / PRIOR_BPM) / PRIOR_OCTAVES) ** 2)
    best = int(np.argmax(scores * prior))
    confidence = float(np.clip(scores[best], 0.0, 1.0))
    if confidence < MIN_CONFIDENCE:
        return Tempo(None, confidence, False)
    bpm = float(bpms[best])
    rivals = [
        _score_at(acf, 60.0 / other * frame_rate, n - 2)
        for other in (bpm * 2.0, bpm / 2.0)
        if MIN_BPM <= other <= MAX_BPM
    ]
    ambiguous = any(r >= AMBIGUOUS_SHARE * scores[best] for r in rivals)
    return Tempo(round(bpm, 2), round(confidence, 4), bool(ambiguous))


def _scores(acf: np.ndarray, lags: np.ndarray, limit: float) -> np.ndarray:
    """Mean autocorrelation at 1-4 beat periods for every candidate lag (fractional lags)."""
    total = np.zeros(len(lags))
    count = np.zeros(len(lags))
    for multiple in (1, 2, 3, 4):
        at = lags * multiple
        usable = at <= limit
        total[usable] += np.interp(at[usable], np.arange(len(acf)), acf)
        count[usable] += 1
    return np.where(count > 0, total / np.maximum(count, 1), 0.0)


def _score_at(acf: np.ndarray, lag: float, limit: float) -> float:
    return float(_scores(acf, np.array([lag]), limit)[0])
