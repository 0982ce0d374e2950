"""Sound space: one standardised vector per analysed track, and tracks alike by sound.

The analyser stores what a listener would recognise (``audio_features``): tempo, loudness,
energy, brightness, key and mode, and a timbre vector of MFCC-style coefficients. Here each
becomes a few numbers on one scale, so that a plain Euclidean distance compares them fairly:

============  ==========================================================  ======
group         how it is measured                                          weight
============  ==========================================================  ======
tempo         ``log2(BPM)``, standardised (60 -> 120 BPM is as far as      1.0
              90 -> 180: a step of one octave of tempo)
energy        0-1 as stored, standardised                                  1.0
loudness      dBFS as stored (already logarithmic), standardised           0.5
brightness    ``log2(spectral centroid in Hz)``, standardised              0.75
key           the circle of fifths as an angle (a minor sits on C major,   0.5
              its relative major), ``(cos, sin)`` times the key's
              confidence: a clear key pulls, a doubtful one is near 0
timbre        each coefficient standardised; the group shares its weight   1.5
              (a 13-number timbre counts 1.5 features, not 13)
============  ==========================================================  ======

Standardising: minus the library's median, divided by its interquartile range / 1.349 (the
standard deviation of a normal distribution with that range; a few extreme files do not set
the scale); a value the analyser could not measure sits at 0, the library's middle. The
weights say what a listener hears first: tempo and energy most, then timbre (the sound of the
instruments), brightness, and loudness and key least (mastering and key change little in how
alike two songs feel). Each group's numbers are scaled so that the group adds ``weight`` to the
expected squared distance between two random tracks (``2 * weight``).

Similarity: ``exp(-d^2 / (2 * W))`` with ``W`` the sum of the weights: 1 for the same sound,
about 0.37 for two random tracks of the library, towards 0 for opposites. Nearest neighbours
are one pass over a ``tracks x 22`` float32 array (a few milliseconds for 100,000 tracks).

Pure numpy: no library, no Qt; ids are whatever the caller uses.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

import numpy as np

T = TypeVar("T", bound=Hashable)

#: The groups of the vector and their weights (module docs).
WEIGHTS: dict[str, float] = {
    "tempo": 1.0,
    "energy": 1.0,
    "loudness": 0.5,
    "brightness": 0.75,
    "key": 0.5,
    "timbre": 1.5,
}
#: Length of the timbre vector.
TIMBRE_SIZE = 13
#: A group counts as "similar" in a reason when the two tracks differ by less than this many
#: (robust) standard deviations of the library.
SIMILAR_WITHIN = 0.5
#: The order in which a reason names what two tracks share: what a listener notices first.
REASON_ORDER = ("tempo", "energy", "timbre", "brightness", "loudness", "key")
#: The circle of fifths: the position of each key (C=0 ... B=11) on it.
FIFTHS = tuple((k * 7) % 12 for k in range(12))


@dataclass(frozen=True)
class SoundFeatures:
    """One track's stored features (``None``: not measured)."""

    tempo: float | None = None
    loudness: float | None = None
    energy: float | None = None
    brightness: float | None = None
    key: int | None = None
    mode: str | None = None
    key_confidence: float | None = None
    timbre: Sequence[float] | None = None


@dataclass(frozen=True)
class SoundNeighbour(Generic[T]):
    """A track like the query track by sound."""

    item: T
    #: ``exp(-d^2 / 2W)``: 1 the same sound, about 0.37 two random tracks.
    score: float
    #: The groups (:data:`WEIGHTS`) in which the two are closest and alike, closest first.
    alike: tuple[str, ...] = ()


def _log2(values: np.ndarray) -> np.ndarray:
    out = np.full(values.shape, np.nan)
    good = np.isfinite(values) & (values > 0)
    out[good] = np.log2(values[good])
    return out


def _standardise(column: np.ndarray) -> np.ndarray:
    """Robust z-scores (median, interquartile range); unmeasured values at 0."""
    good = np.isfinite(column)
    out = np.zeros(column.shape, dtype=np.float64)
    if not good.any():
        return out
    values = column[good]
    middle = float(np.median(values))
    q1, q3 = np.percentile(values, [25, 75])
    scale = float(q3 - q1) / 1.349
    if scale <= 1e-9:
        scale = float(np.std(values))
    if scale <= 1e-9:
        scale = 1.0  # every track the same: no spread to measure by
    out[good] = (values - middle) / scale
    return out


def key_angle(key: int | None, mode: str | None) -> float | None:
    """A key's angle on the circle of fifths (radians); a minor key sits on its relative major."""
    if key is None:
        return None
    major = (int(key) + 3) % 12 if mode == "minor" else int(key) % 12
    return 2.0 * np.pi * FIFTHS[major] / 12.0


class SoundSpace(Generic[T]):
    """Standardised sound vectors of some tracks (module docs) and neighbours among them."""

    def __init__(self, items: Sequence[T], features: Sequence[SoundFeatures]) -> None:
        if len(items) != len(features):
            raise ValueError("one feature row per item")
        self.item_ids: list[T] = list(items)
        self._index = {item: k for k, item in enumerate(self.item_ids)}
        n = len(self.item_ids)

        def column(name: str) -> np.ndarray:
            return np.array(
                [np.nan if getattr(f, name) is None else float(getattr(f, name)) for f in features],
                dtype=np.float64,
            ).reshape(n)

        #: The stored values (NaN: not measured), for what the interface shows.
        self.raw = {name: column(name) for name in ("tempo", "loudness", "energy", "brightness")}
        z = {
            "tempo": _standardise(_log2(self.raw["tempo"])),
            "energy": _standardise(self.raw["energy"]),
            "loudness": _standardise(self.raw["loudness"]),
            "brightness": _standardise(_log2(self.raw["brightness"])),
        }
        key = np.zeros((n, 2))
        for k, f in enumerate(features):
            angle = key_angle(f.key, f.mode)
            if angle is not None:
                confidence = 1.0 if f.key_confidence is None else float(f.key_confidence)
                confidence = min(1.0, max(0.0, confidence))
                key[k] = (np.cos(angle) * confidence, np.sin(angle) * confidence)
        self._key = key
        timbre = np.full((n, TIMBRE_SIZE), np.nan)
        for k, f in enumerate(features):
            if f.timbre is not None:
                values = np.asarray(f.timbre, dtype=np.float64).ravel()[:TIMBRE_SIZE]
                timbre[k, : len(values)] = values
        timbre_z = np.column_stack([_standardise(timbre[:, c]) for c in range(TIMBRE_SIZE)])
        self._z = z
        self._timbre = timbre_z
        parts = [z[g] * np.sqrt(WEIGHTS[g]) for g in ("tempo", "energy", "loudness", "brightness")]
        # Two random unit vectors differ by 2 in square on average, like two z-scores: the
        # key's pair of numbers is one feature's worth before its weight.
        blocks = [np.column_stack(parts), key * np.sqrt(WEIGHTS["key"])]
        blocks.append(timbre_z * np.sqrt(WEIGHTS["timbre"] / TIMBRE_SIZE))
        self.vectors = np.hstack(blocks).astype(np.float32) if n else np.zeros((0, 18), np.float32)
        self._norms = np.einsum("ij,ij->i", self.vectors, self.vectors)
        self._total = float(sum(WEIGHTS.values()))

    def __len__(self) -> int:
        return len(self.item_ids)

    def __contains__(self, item: object) -> bool:
        return item in self._index

    def index(self, item: T) -> int | None:
        return self._index.get(item)

    def scores(self, item: T) -> np.ndarray:
        """Similarity of ``item`` to every track (aligned with :attr:`item_ids`; the item
        itself 0; all 0 for an item without features)."""
        k = self._index.get(item)
        if k is None:
            return np.zeros(len(self.item_ids))
        out = self.scores_to(self.vectors[k])
        out[k] = 0.0
        return out

    def scores_to(self, vector: np.ndarray) -> np.ndarray:
        """Similarity of a point of the space (a track's vector, a profile's mean) to every track."""
        v = np.asarray(vector, dtype=np.float32)
        d2 = self._norms - 2.0 * (self.vectors @ v) + float(v @ v)
        return np.exp(-np.maximum(d2.astype(np.float64), 0.0) / (2.0 * self._total))

    def profile_vector(self, weights: Mapping[T, float]) -> np.ndarray | None:
        """The weighted mean vector of the tracks in ``weights`` that have features (None
        when none has, or no weight is positive)."""
        rows = [(self._index[i], w) for i, w in weights.items() if i in self._index and w > 0]
        if not rows:
            return None
        ks = np.array([k for k, _ in rows])
        ws = np.array([w for _, w in rows], dtype=np.float64)
        return (self.vectors[ks].astype(np.float64) * ws[:, None]).sum(axis=0) / ws.sum()

    def neighbours(
        self, item: T, n: int = 10, *, exclude: Iterable[T] = ()
    ) -> list[SoundNeighbour[T]]:
        """The ``n`` tracks that sound most like ``item``, best first (never ``item`` itself,
        nothing in ``exclude``); none for an item without features. Ties: listed order."""
        k = self._index.get(item)
        if k is None or n < 1:
            return []
        scores = self.scores(item)
        scores[k] = -1.0
        for other in exclude:
            j = self._index.get(other)
            if j is not None:
                scores[j] = -1.0
        candidates = np.flatnonzero(scores >= 0)
        if len(candidates) > n:
            cut = np.argpartition(-scores[candidates], n - 1)[:n]
            # Ties at the cut: keep every candidate as good as the n-th, then order.
            floor = scores[candidates[cut]].min()
            candidates = candidates[scores[candidates] >= floor]
        order = candidates[np.lexsort((candidates, -scores[candidates]))][:n]
        return [
            SoundNeighbour(self.item_ids[j], float(scores[j]), self.alike(k, int(j)))
            for j in order.tolist()
        ]

    def differences(self, a: int, b: int) -> dict[str, float]:
        """How far apart two tracks (by index) are in each group, in standard deviations
        (key: the distance on the circle of fifths, 1 = a fifth apart when both are clear)."""
        out = {g: abs(float(self._z[g][a] - self._z[g][b])) for g in self._z}
        ka, kb = self._key[a], self._key[b]
        if np.any(ka) and np.any(kb):
            # Chord length on the unit circle, scaled so that one step of fifths is 1.
            step = 2.0 * np.sin(np.pi / 12.0)
            out["key"] = float(np.linalg.norm(ka - kb)) / step
        ta, tb = self._timbre[a], self._timbre[b]
        out["timbre"] = float(np.sqrt(np.mean((ta - tb) ** 2)))
        return out

    def alike(self, a: int, b: int, most: int = 2) -> tuple[str, ...]:
        """Up to ``most`` groups in which tracks ``a`` and ``b`` (indices) are alike (within
        :data:`SIMILAR_WITHIN`; the key: the same on the circle of fifths), in
        :data:`REASON_ORDER`; groups either track did not measure are left out."""
        diffs = self.differences(a, b)
        measured = {
            "tempo": np.isfinite(self.raw["tempo"][[a, b]]).all(),
            "energy": np.isfinite(self.raw["energy"][[a, b]]).all(),
            "loudness": np.isfinite(self.raw["loudness"][[a, b]]).all(),
            "brightness": np.isfinite(self.raw["brightness"][[a, b]]).all(),
            "timbre": bool(np.any(self._timbre[a]) and np.any(self._timbre[b])),
        }
        close = [
            (d, g)
            for g, d in diffs.items()
            if d < (1.0 if g == "key" else SIMILAR_WITHIN) and measured.get(g, True)
        ]
        # What a listener hears first is named first (REASON_ORDER), then the closest.
        ranked = sorted(close, key=lambda x: (REASON_ORDER.index(x[1]), x[0]))
        return tuple(g for _d, g in ranked)[:most]
