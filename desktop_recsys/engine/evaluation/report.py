"""Evaluation reports: one row per algorithm, as a DataFrame, CSV, JSON or a self-contained HTML.

An :class:`EvaluationReport` holds each algorithm's per-user metrics (an
:class:`AlgorithmResult`), and after :meth:`EvaluationReport.summarise`:

- every per-user metric's mean with a 95 % bootstrap interval (users resampled; one resample
  draw is shared by all algorithms and metrics, so differences are paired);
- catalogue-level figures (coverage, Gini of exposure, leaks), fit and recommend time, model
  size;
- paired comparisons of the best algorithm (on the primary metric) against each other one;
- learning curves (:meth:`EvaluationReport.learning_curve`): a metric per bucket of how many
  TRAIN interactions a user has, per algorithm.

The HTML page inlines its CSS and draws bars with plain ``div`` widths: no script, font or
image is fetched, so it opens the same offline, in a browser or in the app's viewer.
"""

from __future__ import annotations

import html
import json
import math
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from desktop_recsys.engine.evaluation.metrics import (
    Interval,
    PairedComparison,
    higher_is_better,
    paired_bootstrap,
    resample_weights,
)

if TYPE_CHECKING:
    import pandas as pd

#: Columns of a per-user frame that are bookkeeping, not metrics.
ID_COLUMNS = ("split", "user", "n_train", "n_test")
#: Learning-curve buckets of TRAIN interactions per user: [edge_i, edge_{i+1}).
DEFAULT_BUCKETS = (0, 10, 20, 50, 100, 200, 500)


@dataclass
class AlgorithmResult:
    """One algorithm's outcome: per-user metrics, summaries, costs, or its error."""

    label: str
    algorithm: str
    params: dict[str, str]
    per_user: pd.DataFrame
    catalogue: dict[str, float]
    fit_seconds: float
    recommend_seconds: float
    model_bytes: int
    error: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    summary: dict[str, Interval] = field(default_factory=dict)

    def metric_columns(self) -> list[str]:
        return [c for c in self.per_user.columns if c not in ID_COLUMNS and not c.startswith("_")]


@dataclass
class EvaluationReport:
    """Everything an evaluation found; see the module docs."""

    protocol: str
    splits: list[str]
    cutoffs: list[int]
    dataset: dict[str, int]
    results: list[AlgorithmResult]
    comparisons: list[PairedComparison] = field(default_factory=list)
    primary_metric: str = ""
    created_at: float = field(default_factory=time.time)
    #: Optional extra tables (name -> frame), e.g. the learned ranker's classifiers.
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)

    # ------------------------------------------------------------------ summaries
    def summarise(self, *, resamples: int = 1000, level: float = 0.95, seed: int = 0) -> None:
        """Fill each result's ``summary`` and the paired ``comparisons`` (see module docs)."""
        ok = [r for r in self.results if not r.error and len(r.per_user)]
        self.primary_metric = f"ndcg@{self.cutoffs[0]}"
        if not ok:
            return
        n = len(ok[0].per_user)
        weights = resample_weights(n, resamples, seed)
        tail = (1.0 - level) / 2.0
        for r in ok:
            if len(r.per_user) != n:
                raise ValueError("per-user rows of the algorithms do not line up")
            r.summary = {}
            for col in r.metric_columns():
                v = r.per_user[col].to_numpy(dtype=np.float64)
                r.summary[col] = _interval(v, weights, tail)
            if "_se" in r.per_user:
                se, ae, pairs = (r.per_user[c].to_numpy() for c in ("_se", "_ae", "_pairs"))
                # One row (one profile, one split): no spread to resample, so no interval.
                single = int((pairs > 0).sum()) < 2
                total = max(pairs.sum(), 1.0)
                w_pairs = weights @ pairs
                nan = np.full(len(weights), np.nan)
                rmse_r = np.sqrt(
                    np.divide(weights @ se, w_pairs, out=nan.copy(), where=w_pairs > 0)
                )
                mae_r = np.divide(weights @ ae, w_pairs, out=nan.copy(), where=w_pairs > 0)
                r.summary["rmse"] = Interval(
                    float(math.sqrt(se.sum() / total)), *_bounds(rmse_r, tail, single)
                )
                r.summary["mae"] = Interval(float(ae.sum() / total), *_bounds(mae_r, tail, single))
        best = self.best(self.primary_metric)
        self.comparisons = []
        if best is None:
            return
        for r in ok:
            if r is best:
                continue
            for metric in (self.primary_metric, f"recall@{self.cutoffs[0]}"):
                self.comparisons.append(
                    paired_bootstrap(
                        best.per_user[metric].to_numpy(),
                        r.per_user[metric].to_numpy(),
                        metric=metric,
                        names=(best.label, r.label),
                        higher_is_better=higher_is_better(metric),
                        weights=weights,
                        level=level,
                    )
                )

    def best(self, metric: str | None = None) -> AlgorithmResult | None:
        """The result with the best mean ``metric`` (the primary one by default)."""
        metric = metric or self.primary_metric
        scored = [r for r in self.results if metric in r.summary]
        if not scored:
            return None
        sign = 1.0 if higher_is_better(metric) else -1.0
        return max(scored, key=lambda r: sign * r.summary[metric].mean)

    # ------------------------------------------------------------------ tables
    def table(self, *, intervals: bool = True) -> pd.DataFrame:
        """One row per algorithm: each metric (with ``low``/``high`` columns), catalogue
        figures, fit and recommend seconds, model size in MB, error."""
        import pandas as pd  # deferred: pandas is heavy

        rows = []
        for r in self.results:
            row: dict[str, Any] = {"algorithm": r.label}
            for metric, iv in r.summary.items():
                row[metric] = iv.mean
                if intervals:
                    row[f"{metric} low"] = iv.low
                    row[f"{metric} high"] = iv.high
            row.update(r.catalogue)
            row["fit_s"] = r.fit_seconds
            row["recommend_s"] = r.recommend_seconds
            row["model_mb"] = r.model_bytes / 1e6
            row["error"] = r.error or ""
            rows.append(row)
        return pd.DataFrame(rows)

    def learning_curve(
        self, metric: str | None = None, buckets: Sequence[int] = DEFAULT_BUCKETS
    ) -> pd.DataFrame:
        """Mean ``metric`` (with a 95 % bootstrap interval) per bucket of TRAIN interactions
        per user, per algorithm: columns ``algorithm, bucket, low_edge, users, mean, low,
        high``. Empty buckets are left out."""
        import pandas as pd  # deferred: pandas is heavy

        metric = metric or self.primary_metric
        edges = [*buckets, np.inf]
        labels = [
            f"{lo}-{hi - 1}" if np.isfinite(hi) else f"{lo}+"
            for lo, hi in zip(edges[:-1], edges[1:], strict=True)
        ]
        rows = []
        for r in self.results:
            if r.error or metric not in r.per_user:
                continue
            n_train = r.per_user["n_train"].to_numpy()
            bucket = np.searchsorted(np.asarray(buckets), n_train, side="right") - 1
            values = r.per_user[metric].to_numpy(dtype=np.float64)
            for b, label in enumerate(labels):
                sel = values[bucket == b]
                if len(sel) == 0:
                    continue
                w = resample_weights(len(sel), 300, seed=b)
                iv = _interval(sel, w, 0.025)
                rows.append(
                    {
                        "algorithm": r.label,
                        "bucket": label,
                        "low_edge": int(edges[b]),
                        "users": len(sel),
                        "mean": iv.mean,
                        "low": iv.low,
                        "high": iv.high,
                    }
                )
        return pd.DataFrame(
            rows, columns=["algorithm", "bucket", "low_edge", "users", "mean", "low", "high"]
        )

    # ------------------------------------------------------------------ outputs
    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary (no per-user rows)."""
        return _clean(
            {
                "protocol": self.protocol,
                "splits": self.splits,
                "cutoffs": self.cutoffs,
                "dataset": self.dataset,
                "created_at": self.created_at,
                "primary_metric": self.primary_metric,
                "algorithms": [
                    {
                        "label": r.label,
                        "algorithm": r.algorithm,
                        "params": r.params,
                        "metrics": {k: v.as_dict() for k, v in r.summary.items()},
                        "catalogue": r.catalogue,
                        "fit_seconds": r.fit_seconds,
                        "recommend_seconds": r.recommend_seconds,
                        "model_bytes": r.model_bytes,
                        "error": r.error,
                        "extra": r.extra,
                    }
                    for r in self.results
                ],
                "comparisons": [c.as_dict() for c in self.comparisons],
                "learning_curve": self.learning_curve().to_dict(orient="records"),
                "tables": {k: v.to_dict(orient="records") for k, v in self.tables.items()},
            }
        )

    def to_json(self, path: str | Path | None = None) -> str:
        text = json.dumps(self.to_dict(), indent=2, ensure_ascii=False, allow_nan=False)
        if path is not None:
            _write(Path(path), text)
        return text

    def to_csv(self, path: str | Path | None = None) -> str:
        text = self.table().to_csv(index=False)
        if path is not None:
            _write(Path(path), text)
        return text

    def to_html(
        self,
        path: str | Path | None = None,
        *,
        title: str = "Evaluation",
        words: Mapping[str, str] | None = None,
        lang: str = "en",
    ) -> str:
        """A self-contained HTML page: the comparison table with intervals, the paired
        comparisons, the learning curve and any extra tables. ``words`` translates the
        page's fixed texts (the keys are :data:`REPORT_WORDS`; a missing one stays English)
        and ``lang`` is the page's language tag: the caller knows the person's language."""
        text = _render_html(self, title, words or {}, lang)
        if path is not None:
            _write(Path(path), text)
        return text


def _bounds(resampled: np.ndarray, tail: float, single: bool) -> tuple[float, float]:
    """Percentile bounds of resampled figures; NaN for a single row (nothing to resample)."""
    if single:
        return float("nan"), float("nan")
    low, high = np.nanquantile(resampled, [tail, 1 - tail])
    return float(low), float(high)


def _interval(values: np.ndarray, weights: np.ndarray, tail: float) -> Interval:
    ok = np.isfinite(values)
    nan = float("nan")
    if not ok.any():
        return Interval(nan, nan, nan)
    if ok.sum() < 2:
        # One value (one profile on one split): resampling it says nothing; no interval.
        return Interval(float(values[ok].mean()), nan, nan)
    v = np.where(ok, values, 0.0)
    w = weights @ ok.astype(np.float64)
    means = np.divide(weights @ v, w, out=np.full(len(weights), np.nan), where=w > 0)
    low, high = np.nanquantile(means, [tail, 1.0 - tail])
    return Interval(float(values[ok].mean()), float(low), float(high))


def _clean(value: Any) -> Any:
    """JSON-safe copy: NaN/inf become None, numpy scalars plain numbers."""
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        f = float(value)
        return f if math.isfinite(f) else None
    return value


def _write(path: Path, text: str) -> None:
    """Write via a temporary file and a rename, so a reader never sees half a report."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


# ============================================================================ HTML

_CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:24px;color:#1d2433}
h1{font-size:20px;margin:0 0 4px}h2{font-size:16px;margin:28px 0 8px}
p.meta{color:#5b6478;margin:0 0 16px}
table{border-collapse:collapse;margin:4px 0 8px}
th,td{padding:4px 10px;border-bottom:1px solid #e3e6ee;text-align:right;white-space:nowrap}
th{background:#f4f6fa;font-weight:600}td:first-child,th:first-child{text-align:left}
tr.best td{background:#eef7ee}
.ci{color:#7a8396;font-size:12px}
.bar{display:inline-block;height:10px;background:#4c78c8;border-radius:2px;vertical-align:middle}
.err{color:#b3261e;text-align:left}
"""


def _nested(value: Any) -> bool:
    return isinstance(value, (dict, list, tuple))


def _fmt(value: float, digits: int = 4) -> str:
    if value is None or not np.isfinite(value):
        return "&ndash;"
    return f"{value:.{digits}f}"


#: The fixed texts of the HTML report, in English; callers may pass their translations.
REPORT_WORDS = (
    "fit s",
    "recommend s",
    "model MB",
    "splits",
    "{0:,} users, {1:,} items, {2:,} TRAIN, {3:,} held out, {4:,} tested",
    "All metrics (mean, 95 % bootstrap interval over users)",
    "algorithm",
    "Paired comparisons (bootstrap over the same users)",
    "pair",
    "metric",
    "mean difference",
    "95 % interval",
    "resamples won by the first",
    "users",
    "{0} vs {1}",
    "Learning curve: {0} by TRAIN interactions per user",
    "interactions",
    "mean",
    "interval",
)


def _render_html(report: EvaluationReport, title: str, words: Mapping[str, str], lang: str) -> str:
    esc = html.escape

    def w(text: str) -> str:
        return esc(words.get(text) or text)

    best = report.best()
    metrics: list[str] = []
    for r in report.results:
        for m in r.summary:
            if m not in metrics:
                metrics.append(m)
    cat_keys: list[str] = []
    for r in report.results:
        for k in r.catalogue:
            if k not in cat_keys:
                cat_keys.append(k)
    head = "".join(f"<th>{esc(m)}</th>" for m in [*metrics, *cat_keys])
    head += f"<th>{w('fit s')}</th><th>{w('recommend s')}</th><th>{w('model MB')}</th>"
    rows = []
    for r in report.results:
        cls = ' class="best"' if r is best else ""
        if r.error:
            span = len(metrics) + len(cat_keys) + 3
            rows.append(
                f"<tr><td>{esc(r.label)}</td><td class=err colspan={span}>{esc(r.error)}</td></tr>"
            )
            continue
        cells = []
        for m in metrics:
            iv = r.summary.get(m)
            if iv is None:
                cells.append("<td>&ndash;</td>")
            else:
                cells.append(
                    f"<td>{_fmt(iv.mean)}<br><span class=ci>[{_fmt(iv.low)}, "
                    f"{_fmt(iv.high)}]</span></td>"
                )
        cells += [f"<td>{_fmt(r.catalogue.get(k, float('nan')))}</td>" for k in cat_keys]
        cells.append(f"<td>{r.fit_seconds:.2f}</td><td>{r.recommend_seconds:.2f}</td>")
        cells.append(f"<td>{r.model_bytes / 1e6:.1f}</td>")
        rows.append(f"<tr{cls}><td>{esc(r.label)}</td>{''.join(cells)}</tr>")
    primary = report.primary_metric
    top = max((r.summary[primary].mean for r in report.results if primary in r.summary), default=0)
    bars = []
    for r in report.results:
        if primary not in r.summary:
            continue
        v = r.summary[primary].mean
        width = 0 if not top or not np.isfinite(v) else int(300 * v / top)
        bars.append(
            f"<tr><td>{esc(r.label)}</td><td style='text-align:left'>"
            f"<span class=bar style='width:{width}px'></span> {_fmt(v)}</td></tr>"
        )
    comps = [
        f"<tr><td>{esc((words.get('{0} vs {1}') or '{0} vs {1}').format(c.a, c.b))}</td>"
        f"<td>{esc(c.metric)}</td>"
        f"<td>{_fmt(c.mean_diff)}</td><td>[{_fmt(c.low)}, {_fmt(c.high)}]</td>"
        f"<td>{_fmt(c.a_wins * 100, 1)} %</td><td>{c.users}</td></tr>"
        for c in report.comparisons
    ]
    curve = report.learning_curve()
    curve_rows = [
        f"<tr><td>{esc(str(row.algorithm))}</td><td>{esc(str(row.bucket))}</td>"
        f"<td>{row.users}</td><td>{_fmt(row.mean)}</td>"
        f"<td class=ci>[{_fmt(row.low)}, {_fmt(row.high)}]</td></tr>"
        for row in curve.itertuples()
    ]
    extra = []
    for name, frame in report.tables.items():
        extra.append(f"<h2>{esc(name)}</h2>")
        # Nested values (a dict of every importance) belong in the JSON, not in a cell.
        frame = frame[[c for c in frame.columns if not frame[c].map(_nested).any()]]
        extra.append(frame.to_html(index=False, float_format=lambda x: f"{x:.4f}", border=0))
    d = report.dataset
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(report.created_at))
    counts = (words.get(REPORT_WORDS[4]) or REPORT_WORDS[4]).format(
        d.get("users", 0),
        d.get("items", 0),
        d.get("train_interactions", 0),
        d.get("test_interactions", 0),
        d.get("tested_users", 0),
    )
    curve_title = (words.get(REPORT_WORDS[15]) or REPORT_WORDS[15]).format(primary)
    return f"""<!DOCTYPE html>
<html lang="{esc(lang)}"><head><meta charset="utf-8"><title>{esc(title)}</title>
<style>{_CSS}</style></head><body>
<h1>{esc(title)}</h1>
<p class=meta>{esc(report.protocol)} &middot; {w("splits")}: {esc(", ".join(report.splits))}
&middot; {esc(counts)} &middot; {esc(when)}</p>
<h2>{esc(primary)}</h2><table>{"".join(bars)}</table>
<h2>{w("All metrics (mean, 95 % bootstrap interval over users)")}</h2>
<table><tr><th>{w("algorithm")}</th>{head}</tr>{"".join(rows)}</table>
<h2>{w("Paired comparisons (bootstrap over the same users)")}</h2>
<table><tr><th>{w("pair")}</th><th>{w("metric")}</th><th>{w("mean difference")}</th>
<th>{w("95 % interval")}</th><th>{w("resamples won by the first")}</th><th>{w("users")}</th>
</tr>{"".join(comps)}</table>
<h2>{esc(curve_title)}</h2>
<table><tr><th>{w("algorithm")}</th><th>{w("interactions")}</th><th>{w("users")}</th>
<th>{w("mean")}</th><th>{w("interval")}</th></tr>{"".join(curve_rows)}</table>
{"".join(extra)}
</body></html>
"""
