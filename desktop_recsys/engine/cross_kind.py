"""One taste across music and films: scores of one kind's items from a profile's other kind.

A profile that only listens (or only watches) gets a list of the other kind from three bridges
between the kinds, all in one shared space of genre and tag *terms* (lower-cased names):

- **The hand-made map** (``resources/cross_kind_map.csv``): a music term goes with film terms
  ("dark ambient" -> horror 0.9, thriller 0.7, mystery 0.7). A profile's taste over its own
  kind's terms, times the map, is a taste over the other kind's terms. It works in a library
  of one person; it is only as right as the table.
- **What the library's other profiles do** (learned): among profiles with both kinds, how
  much more than the average profile each of the other kind's terms is chosen by those who
  choose a term of this kind more than average (a regression coefficient per pair of terms,
  covariance over variance). Its share grows with the number of such profiles
  (:data:`LEARNED_HALF_AT` of them give it half).
- **Text** (TF-IDF): the words of descriptions, genres and tags of the profile's items and of
  the candidates, in one vocabulary, compared by cosine.

Each part becomes a standard score over the candidates; with the items' popularity (log of
how many profiles have each) they are added with fixed weights (:func:`combine`). The terms of
the profile that raised an item most are its reason: "Because you listen to dark ambient".

How the result meets the kind's own model: :func:`cross_weight` is the share of the list the
cross-kind scores get, ``1 - n / FULL_WEIGHT_AT`` for a profile with ``n`` items of the kind
(rated or played), 0 from :data:`FULL_WEIGHT_AT` on.

Pure numpy and scipy: the caller reads the library and passes plain lists and arrays.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

#: Item kinds on each side of the bridge.
MUSIC_KINDS: tuple[str, ...] = ("track", "artist")
FILM_KINDS: tuple[str, ...] = ("film",)
#: With this many items of the kind, the kind's own model has the whole list.
FULL_WEIGHT_AT = 20
#: With this many profiles having both kinds, the learned bridge has half of the term score.
LEARNED_HALF_AT = 5
#: Weights of the parts in :func:`combine` (standard scores).
HAND_FLOOR = 0.25
TEXT_WEIGHT = 0.2
POPULARITY_WEIGHT = 0.3
#: At most this many terms name an item's reason.
REASON_TERMS = 2


def source_kinds(kind: str) -> tuple[str, ...]:
    """The kinds a list of ``kind`` borrows taste from (films for music, music for films)."""
    return MUSIC_KINDS if kind in FILM_KINDS else FILM_KINDS


def cross_weight(n_own: int, full_at: int = FULL_WEIGHT_AT) -> float:
    """The cross-kind share of a list for a profile with ``n_own`` items of the list's kind:
    1 with none, falling in equal steps to 0 at ``full_at`` items and after."""
    if full_at <= 0:
        return 0.0
    return max(0.0, 1.0 - max(0, int(n_own)) / full_at)


@dataclass(frozen=True)
class TermMap:
    """The hand-made map: ``(music term, film term) -> weight`` (terms lower-cased)."""

    pairs: Mapping[tuple[str, str], float]

    def matrix(
        self, source: Sequence[str], target: Sequence[str], *, from_music: bool
    ) -> np.ndarray:
        """``len(source) x len(target)`` weights; read film -> music when not ``from_music``."""
        s_index = {t: k for k, t in enumerate(source)}
        t_index = {t: k for k, t in enumerate(target)}
        out = np.zeros((len(source), len(target)))
        for (music, film), weight in self.pairs.items():
            a, b = (music, film) if from_music else (film, music)
            if a in s_index and b in t_index:
                out[s_index[a], t_index[b]] = weight
        return out


def parse_map(lines: Iterable[str]) -> TermMap:
    """The map from CSV lines ``music,film,weight`` (a header line and ``#`` comments allowed).

    Raises ``ValueError`` naming the line (counted from 1) for a row that is not three fields
    or whose weight is not a number between 0 and 1.
    """
    import csv  # deferred with the only use

    pairs: dict[tuple[str, str], float] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        row = next(csv.reader([line]))
        if [c.strip().lower() for c in row] == ["music", "film", "weight"]:
            continue
        if len(row) != 3:
            raise ValueError(f"line {number}: expected music,film,weight, got {line.strip()!r}")
        try:
            weight = float(row[2])
        except ValueError:
            raise ValueError(f"line {number}: weight {row[2]!r} is not a number") from None
        if not 0.0 <= weight <= 1.0:
            raise ValueError(f"line {number}: weight {weight} is not between 0 and 1")
        pairs[(row[0].strip().lower(), row[1].strip().lower())] = weight
    return TermMap(pairs)


def taste_matrix(
    weights: Sequence[Mapping[int, float]],
    item_terms: Mapping[int, Sequence[str]],
    vocabulary: Sequence[str],
) -> np.ndarray:
    """One row per entry of ``weights`` (item -> how much the profile likes it): the share of
    each vocabulary term in what it likes (an item spreads its weight over its terms; rows sum
    to 1, or 0 without a known term)."""
    index = {t: k for k, t in enumerate(vocabulary)}
    out = np.zeros((len(weights), len(vocabulary)))
    for row, liked in enumerate(weights):
        for item, weight in liked.items():
            known = [index[t] for t in item_terms.get(item, ()) if t in index]
            if weight > 0 and known:
                out[row, known] += weight / len(known)
    sums = out.sum(axis=1, keepdims=True)
    return np.divide(out, sums, out=np.zeros_like(out), where=sums > 0)


def learned_map(source: np.ndarray, target: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """From bridge profiles' tastes (rows of ``source`` and ``target`` are the same profiles):
    the source mean and the ``terms x terms`` regression coefficients (see the module docs)."""
    mean_s = source.mean(axis=0)
    centred_s = source - mean_s
    centred_t = target - target.mean(axis=0)
    cov = centred_s.T @ centred_t / len(source)
    return mean_s, cov / (source.var(axis=0)[:, None] + 1e-3)


@dataclass(frozen=True)
class CrossScores:
    """Cross-kind scores of the candidates; :meth:`reason` names the profile's terms that
    raised one most."""

    scores: np.ndarray
    #: How many profiles with both kinds the learned bridge came from.
    bridge_profiles: int
    #: ``candidates x source terms``: each term's part of each candidate's score.
    parts: np.ndarray
    source_terms: Sequence[str]
    taste: np.ndarray

    def reason(self, index: int) -> tuple[tuple[str, float], ...]:
        """``(term, weight)`` of the (at most :data:`REASON_TERMS`) terms the profile has that
        raised candidate ``index`` most, strongest first; empty when none raised it."""
        row = self.parts[index]
        best = np.argsort(-row, kind="stable")[:REASON_TERMS]
        return tuple(
            (self.source_terms[k], float(row[k])) for k in best if row[k] > 0 and self.taste[k] > 0
        )

    def with_text(self, text: np.ndarray) -> CrossScores:
        """The scores with the text likeness added (a standard score times
        :data:`TEXT_WEIGHT`; zeros for candidates whose text was not compared)."""
        return dataclasses.replace(self, scores=self.scores + TEXT_WEIGHT * _z(text))


def _z(values: np.ndarray) -> np.ndarray:
    spread = float(values.std())
    return (values - values.mean()) / spread if spread > 0 else np.zeros_like(values)


def combine(
    taste: np.ndarray,
    source_terms: Sequence[str],
    target_terms: Sequence[str],
    candidates: np.ndarray,
    hand: np.ndarray,
    *,
    bridge: tuple[np.ndarray, np.ndarray] | None = None,
    popularity: np.ndarray | None = None,
) -> CrossScores:
    """Score the candidates for one profile.

    ``taste``: the profile's share of each source term (:func:`taste_matrix`); ``candidates``:
    ``items x target terms`` (1 where an item has the term; dense or sparse); ``hand``: :meth:`TermMap.matrix`;
    ``bridge``: ``(source tastes, target tastes)`` of the other profiles with both kinds (rows
    alike), or None; ``popularity``: how many profiles have each candidate. Text likeness is
    added after (:meth:`CrossScores.with_text`), for the best candidates only.
    """
    n_items = candidates.shape[0]
    counts = np.asarray(candidates.sum(axis=1)).ravel()
    # Each item spreads weight 1 over its terms (sparse: a catalogue has thousands of tags).
    per_term = sp.csr_matrix(sp.diags(1.0 / np.maximum(counts, 1.0)) @ sp.csr_matrix(candidates))
    # term k's part of item i: taste[k] * (map[k] . item terms) -> items x source terms
    hand_parts = np.asarray(per_term @ hand.T) * taste[None, :]
    hand_score = hand_parts.sum(axis=1)
    parts = _zero_scaled(hand_parts, hand_score)
    score = np.zeros(n_items)
    n_bridge = 0
    learned_share = 0.0
    if bridge is not None and len(bridge[0]) >= 2:
        n_bridge = len(bridge[0])
        learned_share = n_bridge / (n_bridge + LEARNED_HALF_AT)
        mean_s, coef = learned_map(bridge[0], bridge[1])
        lift = taste - mean_s
        learned_parts = np.asarray(per_term @ coef.T) * lift[None, :]
        learned_score = learned_parts.sum(axis=1)
        parts = _hand_weight(learned_share) * _zero_scaled(
            hand_parts, hand_score
        ) + learned_share * _zero_scaled(learned_parts, learned_score)
        score += learned_share * _z(learned_score)
    score += _hand_weight(learned_share) * _z(hand_score)
    if popularity is not None:
        score += POPULARITY_WEIGHT * _z(np.log1p(np.asarray(popularity, dtype=np.float64)))
    return CrossScores(score, n_bridge, parts, source_terms, taste)


def _hand_weight(learned_share: float) -> float:
    """The hand map's share: all of it without bridge profiles, :data:`HAND_FLOOR` at least."""
    return HAND_FLOOR + (1.0 - HAND_FLOOR) * (1.0 - learned_share)


def _zero_scaled(parts: np.ndarray, total: np.ndarray) -> np.ndarray:
    """``parts`` (items x terms) divided by the spread of their sum over items, so two maps'
    parts can be added on one scale (a part is comparable with the standard score it adds)."""
    spread = float(total.std())
    return parts / spread if spread > 0 else np.zeros_like(parts)


#: The moods :func:`sound_moods` gives (a reason names them apart from genres).
MOODS = frozenset({"energetic", "calm", "dark", "melancholic", "happy", "upbeat"})


def sound_moods(tempo: float | None, energy: float | None, mode: str | None) -> list[str]:
    """Mood terms a listener would use for a track's analysed sound (the hand map knows
    them): energetic or calm by energy (0-1), dark or melancholic in a minor key, happy in a
    major one with some energy, upbeat when also fast. Unknown values say nothing."""
    moods: list[str] = []
    if energy is not None:
        if energy >= 0.6:
            moods.append("energetic")
        elif energy <= 0.3:
            moods.append("calm")
    if mode == "minor":
        moods.append("dark" if energy is not None and energy < 0.5 else "melancholic")
    elif mode == "major" and energy is not None and energy >= 0.5:
        moods.append("happy")
    if tempo is not None and tempo >= 120 and energy is not None and energy >= 0.5:
        moods.append("upbeat")
    return moods
