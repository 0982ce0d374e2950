"""What the Model Lab keeps with a library: its last evaluation's table and its last tuning's
findings, each with its date, so a restart shows them again.

Both are small (a row per algorithm) and are stored as JSON in the library's ``meta`` table on
the GUI's own connection (one short write). The charts' arrays (the catalogue map, the bias and
calibration data) and the engine's report are not kept: a kept run shows its table, its
comparison and its curves; exporting it or drawing those charts asks for a new run.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, fields
from typing import Any

from desktop_recsys.services.lab_service import (
    CurvePoint,
    LabComparison,
    LabResult,
    LabRow,
    MetricValue,
    TuningSummary,
)
from desktop_recsys.services.library_service import LibrarySession

EVALUATION_KEY = "lab/last_evaluation"
TUNING_KEY = "lab/last_tuning"
_VERSION = 1
#: The parts of a LabResult that are kept (the rest are arrays for charts, or the report).
_KEPT = ("kind", "protocol", "cutoffs", "primary_metric", "metrics", "rows", "comparisons",
         "curves", "dataset", "notes", "elapsed_s")  # fmt: skip


def keep_evaluation(session: LibrarySession, result: LabResult, *, at: float | None = None) -> None:
    """Keep ``result``'s table with the library, dated ``at`` (now)."""
    data = {name: _plain(getattr(result, name)) for name in _KEPT}
    _write(session, EVALUATION_KEY, data, at)


def kept_evaluation(session: LibrarySession) -> tuple[LabResult, float] | None:
    """The last evaluation kept with the library and when it ran; None if there is none or
    it cannot be read (a damaged or future entry is ignored, never an error)."""
    found = _read(session, EVALUATION_KEY)
    if found is None:
        return None
    data, at = found
    try:
        rows = [
            LabRow(**{**row, "metrics": {k: MetricValue(**v) for k, v in row["metrics"].items()}})
            for row in data["rows"]
        ]
        result = LabResult(
            kind=str(data["kind"]),
            protocol=str(data["protocol"]),
            cutoffs=[int(k) for k in data["cutoffs"]],
            primary_metric=str(data["primary_metric"]),
            metrics=[str(m) for m in data["metrics"]],
            rows=rows,
            comparisons=[LabComparison(**c) for c in data["comparisons"]],
            curves={k: [CurvePoint(**p) for p in v] for k, v in data["curves"].items()},
            dataset={str(k): int(v) for k, v in data["dataset"].items()},
            notes=[str(n) for n in data["notes"]],
            elapsed_s=float(data["elapsed_s"]),
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    return result, at


def keep_tuning(
    session: LibrarySession, summaries: list[TuningSummary], *, at: float | None = None
) -> None:
    """Keep what the last tuning found (one summary per algorithm), dated ``at`` (now)."""
    _write(session, TUNING_KEY, [asdict(s) for s in summaries], at)


def kept_tuning(session: LibrarySession) -> tuple[list[TuningSummary], float] | None:
    """The last tuning's findings kept with the library and when; None if none (or unreadable)."""
    found = _read(session, TUNING_KEY)
    if found is None:
        return None
    data, at = found
    names = {f.name for f in fields(TuningSummary)}
    try:
        summaries = [TuningSummary(**{k: v for k, v in s.items() if k in names}) for s in data]
    except (TypeError, AttributeError):
        return None
    return summaries, at


def _plain(value: Any) -> Any:
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if hasattr(value, "__dataclass_fields__"):
        return _plain(asdict(value))
    return value


def _write(session: LibrarySession, key: str, data: Any, at: float | None) -> None:
    text = json.dumps({"version": _VERSION, "at": time.time() if at is None else at, "data": data})
    session.library.meta.set(key, text)


def _read(session: LibrarySession, key: str) -> tuple[Any, float] | None:
    text = session.library.meta.get(key)
    if not text:
        return None
    try:
        entry = json.loads(text)
    except ValueError:
        return None
    if not isinstance(entry, dict) or entry.get("version") != _VERSION:
        return None
    try:
        return entry["data"], float(entry["at"])
    except (KeyError, TypeError, ValueError):
        return None
