"""The Model Lab's use cases: an evaluation plus everything its charts need, as plain data.

:func:`run_lab` runs :func:`~desktop_recsys.services.evaluation_service.evaluate` (the same
protocols, metrics and paired bootstrap intervals) and turns the report into plain rows
(:class:`LabResult`) that a table model and the charts read without pandas, numpy or the
engine. Where the report lacks what a chart needs, it is computed here:

- **Popularity bias**: the catalogue ranked by popularity (TRAIN interactions per item) and cut
  into ten equal groups, head to tail; for each group, its share of the interactions beside
  each algorithm's share of the recommendations.
- **Genre calibration**: the genre mix of the history (TRAIN) of a profile, or of every
  tested profile, beside the genre mix of each algorithm's lists.
- **Catalogue map**: every item as a point in two dimensions (scikit-learn's PCA) of the item
  factors of a fitted factor model (ALS, BPR, biased MF) when one was evaluated, else of the
  items' content vectors (genres, tags, people, decade; IDF-weighted); with one profile's
  history, held-out items and recommendations. :func:`project_map` places the same items with
  t-SNE instead, on request (a job of its own: it takes seconds to a minute).

These need each algorithm's recommendation lists, which the report does not keep, so every
algorithm is fitted once more, on the first split only (one more fit per algorithm, whatever
the protocol); that pass is cancellable and has its own slice of the progress.

The module imports only the standard library at the top, so the interface may import its
data classes at start-up; numpy, scikit-learn and the engine are imported when a function
runs (on a job's worker thread).
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_recsys.errors import UserError
from desktop_recsys.progress import CancelToken, Message, ProgressFn, ProgressScaler, no_progress

if TYPE_CHECKING:
    import numpy as np

    from desktop_recsys.engine.dataset import Dataset
    from desktop_recsys.engine.evaluation.report import EvaluationReport
    from desktop_recsys.services.evaluation_service import PreparedEvaluation

#: Algorithms the Lab checks by default: quick ones that need no side data.
DEFAULT_CHECKED = ("popularity", "item-knn", "ease")
#: Popularity groups of the bias chart (equal numbers of items, head to tail).
POPULARITY_GROUPS = 10
#: Genres shown in the calibration chart (the history's most frequent).
CALIBRATION_GENRES = 10
#: At most this many items on the map (the most popular, plus every highlighted one): more
#: dots than this make drawing the map take longer than a frame on the GUI thread.
MAP_LIMIT = 5000
#: Projections of the catalogue map: PCA (computed with every Lab run) and t-SNE (on request).
MAP_METHODS = ("pca", "tsne")
#: t-SNE places at most this many items (the most popular, plus every highlighted one): its
#: cost grows faster than the number of points. ml-latest-small's 3,009 (3,000 plus a
#: profile's items) took 30 s on one core of a 2-core machine under a load average of 8-10.
TSNE_LIMIT = 3000
#: t-SNE works on the items' vectors reduced to this many dimensions with PCA (the usual first
#: step: it removes noise and makes the neighbour search cheap).
TSNE_DIMENSIONS = 50
TSNE_PERPLEXITY = 30.0
#: Rounds of 250 iterations (scikit-learn's smallest run): the first with early exaggeration,
#: then plain. Progress and cancel are checked between rounds, so a cancel waits for the
#: round under way (11-18 s in the run above). Two rounds
#: (500 iterations; scikit-learn's default is 1,000) keep 99.7 % of the trustworthiness of a
#: full run on ml-latest-small's 3,000 most popular films (0.968 against 0.971) in half the
#: time.
TSNE_ROUNDS = 2
TSNE_SEED = 0
#: Report files the table exports to.
EXPORT_FORMATS = ("csv", "html", "json")


@dataclass(frozen=True)
class LabAlgorithm:
    """A registered algorithm as the Lab's picker shows it."""

    name: str
    checked: bool


@dataclass(frozen=True)
class MetricValue:
    """A mean with its 95 % bootstrap interval (NaN when not measured)."""

    mean: float
    low: float
    high: float

    @property
    def known(self) -> bool:
        return math.isfinite(self.mean)


@dataclass(frozen=True)
class LabRow:
    """One algorithm's line of the comparison table."""

    label: str
    algorithm: str
    metrics: dict[str, MetricValue]
    catalogue: dict[str, float]
    fit_seconds: float
    recommend_seconds: float
    model_mb: float
    error: str = ""


@dataclass(frozen=True)
class LabComparison:
    """A paired comparison: A minus B on the same users (see ``metrics.paired_bootstrap``)."""

    metric: str
    a: str
    b: str
    mean_diff: float
    low: float
    high: float
    #: Share of bootstrap resamples in which A was better.
    a_wins: float
    users: int
    higher_is_better: bool = True

    @property
    def clear(self) -> bool:
        """True when the interval of the difference excludes zero."""
        return self.low > 0 or self.high < 0


@dataclass(frozen=True)
class CurvePoint:
    """One bucket of a learning curve: users with ``low_edge``.. TRAIN interactions."""

    algorithm: str
    bucket: str
    low_edge: int
    users: int
    mean: float
    low: float
    high: float


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


@dataclass(frozen=True)
class CatalogueMap:
    """Items projected to two dimensions, with one profile's items highlighted."""

    source: str
    x: list[float]
    y: list[float]
    item_ids: list[int]
    titles: list[str]
    #: Positions (indices into the lists above) of the profile's items.
    history: list[int] = field(default_factory=list)
    held_out: list[int] = field(default_factory=list)
    recommended: dict[str, list[int]] = field(default_factory=dict)
    profile: str = ""
    explained_variance: float = 0.0
    #: ``"pca"`` or ``"tsne"`` (see :data:`MAP_METHODS`).
    method: str = "pca"
    #: Items in the catalogue, and how many of the most popular are on the map (the rest of
    #: the points are highlighted items from further down): the chart's subtitle says so.
    items_total: int = 0
    popular_shown: int = 0
    #: Interactions of each point's item in the training data (for :func:`project_map`'s cut).
    popularity: list[int] = field(default_factory=list, repr=False)
    #: The points' vectors (item factors or content vectors; a NumPy array or SciPy sparse
    #: matrix, one row per point) that :func:`project_map` projects again; None once projected.
    vectors: Any = field(default=None, repr=False, compare=False)

    @property
    def highlighted(self) -> set[int]:
        """Positions of every highlighted point (history, held out, any recommendation)."""
        marked = set(self.history) | set(self.held_out)
        for picks in self.recommended.values():
            marked.update(picks)
        return marked


@dataclass
class LabResult:
    """Everything one Lab run found (plain data, apart from ``report`` for the exports)."""

    kind: str
    protocol: str
    cutoffs: list[int]
    primary_metric: str
    metrics: list[str]
    rows: list[LabRow]
    comparisons: list[LabComparison]
    curves: dict[str, list[CurvePoint]]
    dataset: dict[str, int]
    bias: PopularityBias | None = None
    calibration: GenreCalibration | None = None
    map: CatalogueMap | None = None
    notes: list[str] = field(default_factory=list)
    elapsed_s: float = 0.0
    #: The engine's :class:`~desktop_recsys.engine.evaluation.report.EvaluationReport`, kept
    #: for :func:`export_report` (the interface never reads it).
    report: Any = None

    def best_two(self) -> tuple[LabRow, LabRow] | None:
        """The two best algorithms on the primary metric, best first."""
        scored = [r for r in self.rows if self.primary_metric in r.metrics]
        scored = [r for r in scored if r.metrics[self.primary_metric].known]
        if len(scored) < 2:
            return None
        sign = -1.0 if self.primary_metric in ("rmse", "mae") else 1.0
        scored.sort(key=lambda r: sign * r.metrics[self.primary_metric].mean, reverse=True)
        return scored[0], scored[1]

    def headline_comparison(self) -> LabComparison | None:
        """The paired comparison of the best two on the primary metric."""
        pair = self.best_two()
        if pair is None:
            return None
        best, second = pair
        for comparison in self.comparisons:
            if (
                comparison.metric == self.primary_metric
                and comparison.a == best.label
                and comparison.b == second.label
            ):
                return comparison
        return None

    def summary(self) -> dict[str, object]:
        """What the job history keeps."""
        pair = self.best_two()
        out: dict[str, object] = {"algorithms": len(self.rows), "kind": self.kind}
        if pair is not None:
            out["best"] = pair[0].label
            out[self.primary_metric] = round(pair[0].metrics[self.primary_metric].mean, 4)
        return out


@dataclass(frozen=True)
class TuningSummary:
    """A tuning's outcome in plain values, for a sentence in the Lab."""

    algorithm: str
    metric: str
    best_params: dict[str, str]
    best_score: float | None
    default_score: float | None
    trials: int
    elapsed_s: float
    stopped: str


# ============================================================================ use cases


def lab_algorithms() -> list[LabAlgorithm]:
    """Every registered algorithm, the quick default ones checked (loads the engine)."""
    # Deferred: the registry imports every algorithm (numpy, scipy).
    from desktop_recsys.engine.registry import algorithm_names

    return [LabAlgorithm(name, name in DEFAULT_CHECKED) for name in algorithm_names()]


def run_lab(
    library_path: str | Path,
    *,
    kind: str,
    algorithms: Sequence[str],
    protocol: str = "holdout",
    k: Sequence[int] = (10,),
    profile: int | str | None = None,
    signal: str = "auto",
    last_n: int | None = None,
    folds: int = 5,
    seed: int = 42,
    use_tuned: bool = False,
    highlight_profile: int | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> LabResult:
    """Evaluate ``algorithms`` and gather the Lab's charts (see the module docs).

    Arguments as :func:`~desktop_recsys.services.evaluation_service.evaluate`;
    ``highlight_profile`` is the profile whose items the map and the calibration chart show
    when ``profile`` (the profile whose metrics count) is None.
    """
    from desktop_recsys.services import evaluation_service  # deferred: imports the engine

    started = time.monotonic()
    token = cancel if cancel is not None else CancelToken()
    if not algorithms:
        raise UserError(Message("choose at least one algorithm to evaluate"))
    prepared = evaluation_service.prepare_evaluation(
        library_path,
        kind=kind,
        algorithms=algorithms,
        protocol=protocol,
        k=list(k),
        profile=profile,
        signal=signal,
        last_n=last_n,
        folds=folds,
        seed=seed,
        use_tuned=use_tuned,
        progress=ProgressScaler(progress, 0.0, 0.05),
        cancel=token,
    )
    report = evaluation_service.evaluate_prepared(
        prepared, progress=ProgressScaler(progress, 0.05, 0.7), cancel=token
    )
    result = lab_result(report, kind=kind)
    focus = prepared.profile_id if prepared.profile_id is not None else highlight_profile
    names = _profile_names(library_path)
    titles = _titles(library_path, kind)
    _add_charts(
        result,
        prepared,
        report,
        focus=focus,
        names=names,
        titles=titles,
        progress=ProgressScaler(progress, 0.7, 1.0),
        cancel=token,
    )
    result.elapsed_s = time.monotonic() - started
    progress(1.0, Message("Evaluation done"))
    return result


def lab_result(report: EvaluationReport, *, kind: str = "") -> LabResult:
    """The table rows, comparisons and learning curves of an evaluation report."""
    metrics: list[str] = []
    for r in report.results:
        for metric in r.summary:
            if metric not in metrics:
                metrics.append(metric)
    metrics.sort(key=_metric_order)
    rows = [
        LabRow(
            label=r.label,
            algorithm=r.algorithm,
            metrics={m: MetricValue(iv.mean, iv.low, iv.high) for m, iv in r.summary.items()},
            catalogue={k: float(v) for k, v in r.catalogue.items()},
            fit_seconds=float(r.fit_seconds),
            recommend_seconds=float(r.recommend_seconds),
            model_mb=r.model_bytes / 1e6,
            error=r.error or "",
        )
        for r in report.results
    ]
    comparisons = [
        LabComparison(
            metric=c.metric,
            a=c.a,
            b=c.b,
            mean_diff=float(c.mean_diff),
            low=float(c.low),
            high=float(c.high),
            a_wins=float(c.a_wins),
            users=int(c.users),
            higher_is_better=c.metric not in ("rmse", "mae"),
        )
        for c in report.comparisons
    ]
    curves: dict[str, list[CurvePoint]] = {}
    for metric in metrics:
        if metric in ("rmse", "mae"):
            continue  # pair-level figures: no per-user column to bucket
        frame = report.learning_curve(metric)
        curves[metric] = [
            CurvePoint(
                str(row.algorithm),
                str(row.bucket),
                int(row.low_edge),
                int(row.users),
                float(row.mean),
                float(row.low),
                float(row.high),
            )
            for row in frame.itertuples()
        ]
    return LabResult(
        kind=kind,
        protocol=report.protocol,
        cutoffs=list(report.cutoffs),
        primary_metric=report.primary_metric,
        metrics=metrics,
        rows=rows,
        comparisons=comparisons,
        curves=curves,
        dataset={str(k): int(v) for k, v in report.dataset.items()},
        report=report,
    )


def export_report(result: LabResult, path: str | Path, fmt: str | None = None) -> Path:
    """Write the Lab's report as CSV (the table), HTML (a self-contained page) or JSON;
    ``fmt`` defaults to the file's extension. The file is written atomically."""
    out = Path(path)
    fmt = (fmt or out.suffix.lstrip(".") or "csv").lower()
    if fmt == "htm":
        fmt = "html"
    if fmt not in EXPORT_FORMATS:
        raise UserError(f"cannot export a report as {fmt!r}; use {', '.join(EXPORT_FORMATS)}")
    report = result.report
    if report is None:
        raise UserError(Message("there is no evaluation to export yet"))
    if fmt == "csv":
        report.to_csv(out)
    elif fmt == "html":
        report.to_html(out, title=f"Model Lab: {result.kind or 'items'}")
    else:
        report.to_json(out)
    return out


def tuning_summary(result: Any) -> TuningSummary:
    """Plain values of a :class:`~desktop_recsys.engine.evaluation.tuning.TuningResult`."""
    return TuningSummary(
        algorithm=str(result.algorithm),
        metric=str(result.metric),
        best_params={str(k): str(v) for k, v in dict(result.best_params).items()},
        best_score=None if result.best_score is None else float(result.best_score),
        default_score=None if result.default_score is None else float(result.default_score),
        trials=len(result.trials),
        elapsed_s=float(result.elapsed_s),
        stopped=str(result.stopped),
    )


# ============================================================================ internals

_ORDER = (
    "ndcg",
    "recall",
    "precision",
    "map",
    "hit_rate",
    "mrr",
    "auc",
    "rmse",
    "mae",
    "novelty",
    "serendipity",
    "diversity_genre",
    "diversity_content",
    "popularity_arp",
    "long_tail",
    "calibration_kl",
)


def _metric_order(metric: str) -> tuple[int, int]:
    """Accuracy first (NDCG leading), then beyond-accuracy; cutoffs ascending."""
    base, _, cutoff = metric.partition("@")
    rank = _ORDER.index(base) if base in _ORDER else len(_ORDER)
    return rank, int(cutoff) if cutoff.isdigit() else 0


def _profile_names(library_path: str | Path) -> dict[int, str]:
    from desktop_recsys.library import Library

    with Library.open(Path(library_path)) as library:
        return {p.id: p.name for p in library.profiles.list()}


def _titles(library_path: str | Path, kind: str) -> dict[str, str]:
    """``raw item id -> "Title (year)"`` (or "Title - Artist") for the map's hover."""
    from desktop_recsys.library import Library, dataset_rows

    with Library.open(Path(library_path)) as library:
        rows = dataset_rows.catalogue(library, kind)
    out: dict[str, str] = {}
    for item_id, title, artist, _album, year, *_rest in rows:
        text = str(title or f"#{item_id}")
        if artist:
            text += f" — {artist}"
        if year:
            text += f" ({year})"
        out[str(item_id)] = text
    return out


def _add_charts(
    result: LabResult,
    prepared: PreparedEvaluation,
    report: EvaluationReport,
    *,
    focus: int | None,
    names: dict[int, str],
    titles: dict[str, str],
    progress: ProgressFn,
    cancel: CancelToken,
) -> None:
    """Fit each algorithm once more on the first split and fill the bias, calibration and
    map charts of ``result`` from its lists."""
    import numpy as np

    from desktop_recsys.engine.registry import create  # deferred: the engine

    split = prepared.splits[0]
    train = split.train
    k = min(prepared.cutoffs) if prepared.cutoffs else 10
    users = np.unique(split.test_users.astype(str))
    if prepared.users is not None:
        users = users[np.isin(users, np.asarray(prepared.users, dtype=str))]
    focus_user = (
        str(focus) if focus is not None and train.user_index(str(focus)) is not None else None
    )
    index = {item: i for i, item in enumerate(train.item_ids.tolist())}
    ok = [
        (spec, row) for spec, row in zip(prepared.specs, result.rows, strict=True) if not row.error
    ]
    lists: dict[str, np.ndarray] = {}
    focus_lists: dict[str, list[int]] = {}
    factors: tuple[str, np.ndarray, list[str]] | None = None
    for n, (spec, row) in enumerate(ok):
        span = ProgressScaler(
            progress, n / max(len(ok), 1) * 0.85, (n + 1) / max(len(ok), 1) * 0.85
        )
        cancel.raise_if_cancelled()
        model = create(spec.name, spec.params)
        model.fit(train, progress=span, cancel=cancel)
        progress(
            (n + 1) / max(len(ok), 1) * 0.85,
            Message("{model}: lists for the charts", model=row.label),
        )
        matrix = np.full((len(users), k), -1, dtype=np.int64)
        for start in range(0, len(users), 512):
            cancel.raise_if_cancelled()
            block = users[start : start + 512].tolist()
            for offset, rec in enumerate(model.recommend_many(block, k)):
                picks = [index.get(str(item), -1) for item in rec.items[:k]]
                matrix[start + offset, : len(picks)] = picks
        lists[row.label] = matrix
        if focus_user is not None:
            rec = model.recommend_many([focus_user], k)[0]
            focus_lists[row.label] = [index[i] for i in map(str, rec.items[:k]) if i in index]
        if factors is None:
            arrays = model.state_arrays()
            key = next(
                (n for n in ("state.item_factors", "state.als.item_factors") if n in arrays), None
            )
            if key is not None and len(arrays[key]) == train.n_items:
                item_order = [str(i) for i in getattr(model, "item_ids", train.item_ids)]
                factors = (f"{row.label} item factors", np.asarray(arrays[key]), item_order)
    history_users = [focus_user] if focus_user is not None else users.tolist()
    who = (
        names.get(int(focus_user), f"profile {focus_user}")
        if focus_user is not None
        else f"{len(users)} tested profiles"
    )
    result.bias = _popularity_bias(train, lists, report, k)
    result.calibration = _calibration(
        train,
        lists
        if focus_user is None
        else {
            label: np.asarray([picks + [-1] * (k - len(picks))], dtype=np.int64)
            for label, picks in focus_lists.items()
        },
        history_users,
        who,
        report,
        k,
    )
    if result.calibration is None:
        result.notes.append(Message("The items have no genres: no calibration chart."))
    cancel.raise_if_cancelled()
    progress(0.9, Message("Projecting the catalogue to two dimensions"))
    try:
        result.map = _catalogue_map(
            train,
            factors,
            titles,
            focus_user=focus_user,
            held_out=_held_out(split, focus_user),
            focus_lists=focus_lists,
            who=names.get(int(focus_user), "") if focus_user is not None else "",
        )
    except ValueError as exc:  # too few items or features to project
        result.notes.append(Message("No catalogue map: {reason}", reason=str(exc)))


def _held_out(split: Any, user: str | None) -> list[str]:
    if user is None:
        return []
    mask = split.test_users.astype(str) == user
    return [str(i) for i in split.test_items[mask].tolist()]


def _popularity_bias(
    train: Dataset, lists: dict[str, np.ndarray], report: EvaluationReport, k: int
) -> PopularityBias | None:
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


def _calibration(
    train: Dataset,
    lists: dict[str, np.ndarray],
    history_users: Sequence[str],
    who: str,
    report: EvaluationReport,
    k: int,
) -> GenreCalibration | None:
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


def _catalogue_map(
    train: Dataset,
    factors: tuple[str, np.ndarray, list[str]] | None,
    titles: dict[str, str],
    *,
    focus_user: str | None,
    held_out: list[str],
    focus_lists: dict[str, list[int]],
    who: str,
) -> CatalogueMap:
    import numpy as np
    import scipy.sparse as sp
    from sklearn.decomposition import PCA  # deferred: scikit-learn is heavy

    item_ids = [str(i) for i in train.item_ids.tolist()]
    if factors is not None:
        source, vectors, order = factors
        position = {item: n for n, item in enumerate(order)}
        vectors = vectors[[position[i] for i in item_ids]]
    else:
        feats, _names = train.item_feature_matrix()
        if feats.shape[1] < 2:
            raise ValueError("the items have no genres, tags or people to place them by")
        df = np.bincount(feats.indices, minlength=feats.shape[1])
        idf = np.log((1.0 + feats.shape[0]) / (1.0 + df)) + 1.0
        vectors = sp.csr_matrix(feats @ sp.diags(idf))
        source = "content vectors (genres, tags, people, decade)"
    if vectors.shape[0] < 3:
        raise ValueError("fewer than three items")
    popularity = np.diff(train.matrix.tocsc().indptr)
    history = (
        set(train.matrix[train.user_index(focus_user)].indices.tolist())
        if focus_user is not None
        else set()
    )
    position_of = {item: n for n, item in enumerate(item_ids)}
    held = {position_of[i] for i in held_out if i in position_of}
    wanted = history | held | {i for picks in focus_lists.values() for i in picks}
    keep = np.argsort(-popularity, kind="stable")[:MAP_LIMIT]
    keep = np.unique(np.concatenate([keep, np.fromiter(wanted, dtype=np.int64, count=len(wanted))]))
    data = vectors[keep]
    if sp.issparse(data):
        # arpack: PCA of a sparse matrix without making it dense (centred implicitly).
        pca = PCA(n_components=2, svd_solver="arpack", random_state=0)
        points = pca.fit_transform(sp.csr_matrix(data, dtype=np.float64))
    else:
        pca = PCA(n_components=2, random_state=0)
        points = pca.fit_transform(np.asarray(data, dtype=np.float64))
    slot = {int(item): n for n, item in enumerate(keep.tolist())}
    return CatalogueMap(
        source=source,
        x=points[:, 0].astype(float).tolist(),
        y=points[:, 1].astype(float).tolist(),
        item_ids=[int(item_ids[i]) if item_ids[i].isdigit() else -1 for i in keep.tolist()],
        titles=[titles.get(item_ids[i], item_ids[i]) for i in keep.tolist()],
        history=sorted(slot[i] for i in history if i in slot),
        held_out=sorted(slot[i] for i in held if i in slot),
        recommended={
            label: [slot[i] for i in picks if i in slot] for label, picks in focus_lists.items()
        },
        profile=who,
        explained_variance=float(np.sum(pca.explained_variance_ratio_)),
        method="pca",
        items_total=len(item_ids),
        popular_shown=min(MAP_LIMIT, len(item_ids)),
        popularity=popularity[keep].astype(int).tolist(),
        vectors=data,
    )


def project_map(
    catalogue_map: CatalogueMap,
    method: str = "tsne",
    *,
    limit: int = TSNE_LIMIT,
    seed: int = TSNE_SEED,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> CatalogueMap:
    """``catalogue_map``'s items placed by ``method`` (``"pca"``: the map itself).

    t-SNE keeps the ``limit`` most popular points plus every highlighted one, reduces their
    vectors to :data:`TSNE_DIMENSIONS` dimensions with PCA, finds each point's nearest
    neighbours once, and runs scikit-learn's Barnes-Hut t-SNE from the PCA layout for
    :data:`TSNE_ROUNDS` rounds of 250 iterations, reporting progress and checking ``cancel``
    between steps. The same map, ``limit`` and ``seed`` give the same points (on the same
    number of threads). Runs for seconds to a minute: call it from a job.
    """
    if method not in MAP_METHODS:
        raise UserError(f"unknown map projection {method!r}; use {' or '.join(MAP_METHODS)}")
    if method == catalogue_map.method:
        return catalogue_map
    if method == "pca" or catalogue_map.vectors is None:
        raise UserError(Message("this catalogue map has no item vectors: run the evaluation again"))
    if limit < 1:
        raise UserError(f"the t-SNE map needs a limit of at least one item, not {limit}")
    import numpy as np
    import scipy.sparse as sp

    # Deferred: scikit-learn is heavy.
    from sklearn.decomposition import PCA
    from sklearn.manifold import TSNE
    from sklearn.neighbors import NearestNeighbors

    token = cancel if cancel is not None else CancelToken()
    steps = 2 + TSNE_ROUNDS
    m = catalogue_map
    total = len(m.x)
    popularity = np.asarray(m.popularity if len(m.popularity) == total else [0] * total)
    top = np.argsort(-popularity, kind="stable")[:limit]
    marked = np.fromiter(m.highlighted, dtype=np.int64)
    keep = np.unique(np.concatenate([top.astype(np.int64), marked]))
    if len(keep) < 5:
        raise UserError(Message("too few items for a t-SNE map ({count})", count=len(keep)))

    progress(0.0, Message("Catalogue map (t-SNE): step {step} of {steps}", step=1, steps=steps))
    data = m.vectors[keep]
    dims = min(TSNE_DIMENSIONS, len(keep) - 1)
    if data.shape[1] > dims:
        solver = "arpack" if sp.issparse(data) else "auto"
        reducer = PCA(n_components=dims, svd_solver=solver, random_state=seed)
        data = reducer.fit_transform(sp.csr_matrix(data) if sp.issparse(data) else data)
    elif sp.issparse(data):
        data = data.toarray()
    reduced = np.ascontiguousarray(data, dtype=np.float32)
    token.raise_if_cancelled()

    progress(
        1 / steps, Message("Catalogue map (t-SNE): step {step} of {steps}", step=2, steps=steps)
    )
    perplexity = min(TSNE_PERPLEXITY, (len(keep) - 1) / 3.0)
    neighbours = min(len(keep) - 1, int(3.0 * perplexity + 1))
    # Once, not per round: each round is a fresh scikit-learn run on this graph. The point
    # itself is among its own neighbours (distance 0), as scikit-learn expects of the graph.
    graph = (
        NearestNeighbors(n_neighbors=neighbours + 1)
        .fit(reduced)
        .kneighbors_graph(reduced, mode="distance")
    )
    # Start from the PCA layout, scaled to t-SNE's usual tiny spread (as init="pca" does).
    start = PCA(n_components=2, random_state=seed).fit_transform(reduced)
    spread = float(np.std(start[:, 0])) or 1.0
    embedding = (start / spread * 1e-4).astype(np.float32)
    learning_rate = max(len(keep) / 12.0 / 4.0, 50.0)  # scikit-learn's "auto", kept fixed
    for round_ in range(TSNE_ROUNDS):
        token.raise_if_cancelled()
        progress(
            (2 + round_) / steps,
            Message("Catalogue map (t-SNE): step {step} of {steps}", step=3 + round_, steps=steps),
        )
        tsne = TSNE(
            n_components=2,
            perplexity=perplexity,
            early_exaggeration=12.0 if round_ == 0 else 1.0,
            learning_rate=learning_rate,
            max_iter=250,
            metric="precomputed",
            init=embedding,
            random_state=seed,
        )
        embedding = tsne.fit_transform(graph).astype(np.float32)
    token.raise_if_cancelled()
    slot = {int(position): n for n, position in enumerate(keep.tolist())}
    points = embedding.astype(np.float64)
    return CatalogueMap(
        source=m.source,
        x=points[:, 0].tolist(),
        y=points[:, 1].tolist(),
        item_ids=[m.item_ids[i] for i in keep.tolist()],
        titles=[m.titles[i] for i in keep.tolist()],
        history=[slot[i] for i in m.history if i in slot],
        held_out=[slot[i] for i in m.held_out if i in slot],
        recommended={
            label: [slot[i] for i in picks if i in slot] for label, picks in m.recommended.items()
        },
        profile=m.profile,
        method="tsne",
        items_total=m.items_total or total,
        popular_shown=min(limit, total, m.popular_shown or total),
        popularity=popularity[keep].astype(int).tolist(),
    )
