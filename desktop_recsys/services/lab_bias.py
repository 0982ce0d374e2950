"""The Model Lab's popularity-bias and genre-calibration charts, as plain data.

- **Popularity bias** (:func:`popularity_bias`): the catalogue ranked by popularity (TRAIN
  interactions per item) and cut into ten equal groups, head to tail; for each group, its
  share of the interactions beside each algorithm's share of the recommendations.
- **Genre calibration** (:func:`genre_calibration`): the genre mix of the history (TRAIN) of a
  profile, or of every tested profile, beside the genre mix of each algorithm's lists.

Both read the recommendation lists that :func:`desktop_recsys.services.lab_service.run_lab`
gathers. Only the standard library is imported at the top (the interface imports the data
classes at start-up); numpy is imported when a function runs, on a job's worker thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

    from desktop_recsys.engine.dataset import Dataset
    from desktop_recsys.engine.evaluation.report import EvaluationReport

#: Popularity groups of the bias chart (equal numbers of items, head to tail).
POPULARITY_GROUPS = 10
#: Genres shown in the calibration chart (the history's most frequent).
CALIBRATION_GENRES = 10


@dataclass(frozen=True)
class PopularityBias:
    """Shares per popularity group (head first) of the catalogue and of each list."""

    groups: list[str]
    catalogue_share: list[float]
    recommended_share: dict[str, list[float]]
    #: Average popularity of the recommended items (share of profiles who had each), per
    #: algorithm, and the share of recommendations outside the short head (from the report).
    average_popularity: dict[str, float]
    long_tail_share: dict[str, float]


@dataclass(frozen=True)
class GenreCalibration:
    """Genre shares of a history and of each algorithm's recommendations."""

    who: str
    genres: list[str]
    history: list[float]
    recommended: dict[str, list[float]]
    #: The report's calibration divergence (KL, lower is better) per algorithm.
    divergence: dict[str, float]


def popularity_bias(
    train: Dataset, lists: dict[str, np.ndarray], report: EvaluationReport, k: int
) -> PopularityBias | None:
    """The bias chart from ``lists`` (label -> users x ``k`` item indices into ``train``, -1
    for none); None for an empty catalogue."""
    import numpy as np

    if train.n_items == 0:
        return None
    popularity = np.diff(train.matrix.tocsc().indptr).astype(np.float64)
    order = np.argsort(-popularity, kind="stable")
    group_of = np.empty(train.n_items, dtype=np.int64)
    groups = min(POPULARITY_GROUPS, train.n_items)
    group_of[order] = np.arange(train.n_items) * groups // train.n_items
    total = popularity.sum() or 1.0
    catalogue = np.bincount(group_of, weights=popularity, minlength=groups) / total
    step = 100 // groups if groups else 100
    labels = [
        f"top {step} %" if g == 0 else f"{g * step}–{(g + 1) * step} %" for g in range(groups)
    ]
    shares: dict[str, list[float]] = {}
    for label, matrix in lists.items():
        picks = matrix[matrix >= 0]
        counts = np.bincount(group_of[picks], minlength=groups).astype(np.float64)
        shares[label] = (counts / max(counts.sum(), 1.0)).tolist()
    arp: dict[str, float] = {}
    tail: dict[str, float] = {}
    for r in report.results:
        if f"popularity_arp@{k}" in r.summary:
            arp[r.label] = float(r.summary[f"popularity_arp@{k}"].mean)
        if f"long_tail@{k}" in r.summary:
            tail[r.label] = float(r.summary[f"long_tail@{k}"].mean)
    return PopularityBias(labels, catalogue.tolist(), shares, arp, tail)


def _genre_shares(
    item_rows: Sequence[Sequence[int]], genres_of: list[list[int]], n_genres: int
) -> np.ndarray:
    """Genre mix of some items: each item spreads one unit over its genres."""
    import numpy as np

    mix = np.zeros(n_genres)
    for items in item_rows:
        for i in items:
            if i < 0:
                continue
            mine = genres_of[i]
            for g in mine:
                mix[g] += 1.0 / len(mine)
    total = mix.sum()
    return mix / total if total else mix


def genre_calibration(
    train: Dataset,
    lists: dict[str, np.ndarray],
    history_users: Sequence[str],
    who: str,
    report: EvaluationReport,
    k: int,
) -> GenreCalibration | None:
    """The calibration chart: the genre mix of ``history_users``' TRAIN items beside each
    list's (``lists`` as in :func:`popularity_bias`); None when the items have no genres."""
    import numpy as np

    genres = train.item_attributes.get("genres") or {}
    if not genres:
        return None
    names = sorted({g for values in genres.values() for g in values})
    gid = {g: n for n, g in enumerate(names)}
    genres_of = [[gid[g] for g in genres.get(str(item), [])] for item in train.item_ids.tolist()]
    rows = [train.user_index(u) for u in history_users]
    history_items = [
        train.matrix.indices[train.matrix.indptr[r] : train.matrix.indptr[r + 1]].tolist()
        for r in rows
        if r is not None
    ]
    history = _genre_shares(history_items, genres_of, len(names))
    recommended = {
        label: _genre_shares(matrix.tolist(), genres_of, len(names))
        for label, matrix in lists.items()
    }
    # The history's most frequent genres, plus the one or two each list leans on most when
    # the history hardly has them (that mismatch is what the chart is for).
    top = [int(g) for g in np.argsort(-history, kind="stable") if history[g] > 0]
    extras: list[int] = []
    for mix in recommended.values():
        for g in np.argsort(-mix, kind="stable")[:2]:
            g = int(g)
            if mix[g] > 0 and g not in top[: CALIBRATION_GENRES - 3] and g not in extras:
                extras.append(g)
    extras = extras[:3]
    top = [g for g in top if g not in extras][: CALIBRATION_GENRES - len(extras)] + extras
    divergence = {
        r.label: float(r.summary[f"calibration_kl@{k}"].mean)
        for r in report.results
        if f"calibration_kl@{k}" in r.summary
    }
    return GenreCalibration(
        who=who,
        genres=[names[g] for g in top],
        history=[float(history[g]) for g in top],
        recommended={label: [float(mix[g]) for g in top] for label, mix in recommended.items()},
        divergence=divergence,
    )
