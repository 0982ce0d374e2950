"""Key and mode: the pitch-class profile of the window against the Krumhansl-Kessler profiles.

The window's average spectrum (fine frequency resolution, Welch's method) is folded onto the
twelve pitch classes (every bin from 65 Hz to 4 kHz goes to its nearest equal-tempered note,
A = 440 Hz); the 24 major and minor key profiles, rotated to each tonic, are correlated with
that chroma vector and the best one is the key. Its correlation is the confidence; a chroma
with no tonal shape (noise, drums) gives no key.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

#: Krumhansl & Kessler (1982) probe-tone ratings, tonic first.
MAJOR_PROFILE = np.array([6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88])
MINOR_PROFILE = np.array([6.33, 2.68, 3.52, 5.38, 2.60, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17])
NOTE_NAMES = ("C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B")
LOW_HZ = 65.0
HIGH_HZ = 4000.0
#: Below this correlation the chroma says nothing about a key.
MIN_CONFIDENCE = 0.3
#: A chroma this flat (max over mean) holds no tonal centre.
MIN_PEAKINESS = 1.5


_KEYS = np.array([np.roll(p, t) for p in (MAJOR_PROFILE, MINOR_PROFILE) for t in range(12)])
_CENTRED_KEYS = _KEYS - _KEYS.mean(axis=1, keepdims=True)
_KEY_NORMS = np.sqrt((_CENTRED_KEYS**2).sum(axis=1))


@dataclass(frozen=True)
class Key:
    key: int | None
    mode: str | None
    confidence: float

    @property
    def name(self) -> str | None:
        if self.key is None or self.mode is None:
            return None
        return f"{NOTE_NAMES[self.key]} {self.mode}"


def chroma(power: np.ndarray, freqs: np.ndarray) -> np.ndarray:
    """Twelve pitch-class energies (C first) from a power spectrum and its bin frequencies."""
    band = (freqs >= LOW_HZ) & (freqs <= HIGH_HZ)
    if not band.any():
        return np.zeros(12)
    midi = 69.0 + 12.0 * np.log2(freqs[band] / 440.0)
    classes = np.round(midi).astype(int) % 12
    # Magnitude (not power), so one loud partial does not drown the others.
    return np.bincount(classes, weights=np.sqrt(power[band]), minlength=12)


def estimate_key(profile: np.ndarray) -> Key:
    """The best-correlated of the 24 major and minor keys for a 12-value chroma vector."""
    total = float(profile.sum())
    if total <= 0 or not np.isfinite(total) or profile.max() < MIN_PEAKINESS * profile.mean():
        return Key(None, None, 0.0)
    # Pearson's r with all 24 rotated profiles at once (major tonics 0-11, then minor).
    centred = profile - profile.mean()
    scores = _CENTRED_KEYS @ centred / (_KEY_NORMS * float(np.sqrt(centred @ centred)))
    scores = np.where(np.isfinite(scores), scores, -2.0)
    best = int(np.argmax(scores))  # the first of equals: major before minor, C first
    r, tonic, mode = float(scores[best]), best % 12, "major" if best < 12 else "minor"
    if r < MIN_CONFIDENCE:
        return Key(None, None, round(max(r, 0.0), 4))
    return Key(tonic, mode, round(r, 4))
