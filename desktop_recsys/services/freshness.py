"""When a model is due for a refresh (issue 17: models that keep themselves fresh).

A model goes ``stale`` as soon as its data changes (it keeps serving). Retraining on every
single rating would keep the machine busy for nothing, so the idle retrain refreshes a stale
model once :data:`REFRESH_AFTER_INTERACTIONS` new ratings, plays or marks (or catalogue items)
arrived since it was trained, or once it is :data:`REFRESH_AFTER_SECONDS` old and anything at
all changed. The counts come from the data signature each run keeps
(:func:`desktop_recsys.library.dataset_rows.data_signature`).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from desktop_recsys.library import Library, dataset_rows
from desktop_recsys.library.models import ModelRun
from desktop_recsys.services import recommend_service

#: New interactions (ratings, plays, marks, items) that make a stale model due at once.
REFRESH_AFTER_INTERACTIONS = 20
#: Age after which any change makes a stale model due (a day).
REFRESH_AFTER_SECONDS = 24 * 3600.0


def changes_since(stored: Any, current: Any) -> int:
    """How many interactions and items differ between two data signatures (at least 1 when
    they differ at all, e.g. a rating changed in place; everything when the old one is
    missing or unreadable)."""
    if not isinstance(stored, dict) or not isinstance(current, dict):
        return REFRESH_AFTER_INTERACTIONS
    if "versions" in stored or "versions" in current:
        # Change counters (schema version 5): each write of the model's data bumps them by one.
        try:
            old, new = stored["versions"], current["versions"]
            return sum(abs(int(b) - int(a)) for a, b in zip(old, new, strict=True))
        except (TypeError, ValueError, KeyError):
            return REFRESH_AFTER_INTERACTIONS
    changed = 0
    for part in ("ratings", "plays", "marks", "items"):
        old, new = stored.get(part), current.get(part)
        try:
            changed += abs(int(new[0]) - int(old[0]))
        except (TypeError, ValueError, IndexError, KeyError):
            return REFRESH_AFTER_INTERACTIONS
    if changed == 0 and _plain(stored) != _plain(current):
        changed = 1
    return changed


def is_due(run: ModelRun, current: Any, now: float | None = None) -> bool:
    """Whether the idle retrain should refresh ``run`` given the data's ``current`` signature."""
    changed = changes_since(run.params.get("data_signature"), current)
    if changed == 0:
        return False
    if changed >= REFRESH_AFTER_INTERACTIONS:
        return True
    trained = run.finished_at or run.created_at
    return (time.time() if now is None else now) - trained >= REFRESH_AFTER_SECONDS


def current_signature(library: Library, kind: str, run: ModelRun) -> Any:
    """Today's signature of ``run``'s data, in the form the run kept (change counters, or the
    counts of models trained before them)."""
    stored = run.params.get("data_signature")
    if isinstance(stored, dict) and "versions" in stored:
        return dataset_rows.data_versions(library, kind, run.profile_id)  # type: ignore[attr-defined]
    return dataset_rows.data_signature(library, kind, run.profile_id)


def find_due_runs(library_path: str | Path, now: float | None = None) -> list[ModelRun]:
    """The stale serving runs (:func:`~desktop_recsys.services.recommend_service.find_stale_runs`)
    that are due for a refresh; newest first."""
    stale = recommend_service.find_stale_runs(library_path)
    if not stale:
        return []
    with Library.open(Path(library_path)) as library:
        return [
            run
            for run in stale
            if is_due(run, current_signature(library, str(run.params["kind"]), run), now)
        ]


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value
