"""Recommendations for a profile from the model registry, with the evidence behind each pick.

Which model serves (the registry's rule): among the profile's runs of the item kind that are
``ready`` or ``stale``, the newest; without one, the newest shared run (trained with no
profile). ``algorithm=`` narrows the choice to one algorithm. A person rolls back with
:func:`activate_run`, which retires the runs newer than the chosen one.

Stale models: every run keeps a signature of the data it learned from (counts, sums and
latest times of the profile's ratings, plays and marks, and the catalogue's size; see
:func:`desktop_recsys.library.dataset_rows.data_signature`). When the current signature
differs, the run is marked ``stale``; it keeps serving (an older model beats none) and the
result says so, so the interface can offer a retrain (and an idle-time scheduler can start
one, see :func:`find_stale_runs`).

What is never recommended: what the profile already rated, played or marked "don't learn from
this", and (unless ``exclude_not_interested=False``) what it marked "not interested".
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_recsys.engine.base import Recommender
from desktop_recsys.engine.persistence import load_model
from desktop_recsys.errors import UserError
from desktop_recsys.library import Library, LibraryError, dataset_rows
from desktop_recsys.library.models import ModelRun
from desktop_recsys.progress import CancelToken, ProgressFn, no_progress
from desktop_recsys.services.dataset_service import check_kind, resolve_profile

log = logging.getLogger(__name__)


class NoModelError(UserError):
    """No trained model can serve this profile and kind yet (the interface offers to train)."""


@dataclass(frozen=True)
class RecommendedItem:
    """One row of a recommendation list, ready for a table: the item, its score and why."""

    rank: int
    item_id: int
    kind: str
    title: str
    artist: str | None
    album: str | None
    year: int | None
    genres: str
    score: float
    explanation: str
    #: The profile's own items that weighed most, as ``(item id, title, weight)``.
    because: tuple[tuple[int, str, float], ...] = ()
    #: True when the pick comes from the popularity fallback rather than the model.
    fallback: bool = False


@dataclass(frozen=True)
class Recommendations:
    """A profile's list and the model run that produced it; iterates over the rows."""

    profile_id: int
    kind: str
    run: ModelRun
    stale: bool
    rows: list[RecommendedItem] = field(default_factory=list)
    note: str = ""

    @property
    def algorithm(self) -> str:
        return self.run.algorithm

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def summary(self) -> dict[str, object]:
        """What the job history keeps of a list: which model, how many rows, whether stale."""
        return {
            "run_id": self.run.id,
            "algorithm": self.run.algorithm,
            "rows": len(self.rows),
            "stale": self.stale,
        }


class ModelCache:
    """Keeps the last few loaded models, keyed by file, size and modification time.

    Loading a large model (EASE on 17,000 items is a 1.2 GB file) takes longer than
    recommending from it; a caller that serves many lists (the GUI) passes one cache to every
    call. Thread-safe: recommendation jobs run side by side on the read pool.
    """

    def __init__(self, capacity: int = 2) -> None:
        self._capacity = max(1, capacity)
        self._models: OrderedDict[tuple[str, int, int], Recommender] = OrderedDict()
        self._lock = threading.Lock()

    def load(self, path: Path) -> Recommender:
        stat = path.stat()
        key = (str(path), stat.st_size, stat.st_mtime_ns)
        with self._lock:
            model = self._models.get(key)
            if model is not None:
                self._models.move_to_end(key)
                return model
        model = load_model(path)
        with self._lock:
            self._models[key] = model
            while len(self._models) > self._capacity:
                self._models.popitem(last=False)
        return model


def recommend_for(
    library_path: str | Path,
    models_dir: str | Path,
    *,
    profile: int | str,
    kind: str,
    n: int = 20,
    algorithm: str | None = None,
    exclude_not_interested: bool = True,
    cache: ModelCache | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> Recommendations:
    """The ``n`` best ``kind`` items for ``profile`` (a name or id) from the serving model.

    Raises :class:`NoModelError` when no usable model exists (none trained, or every model
    file is missing), :class:`UserError` for an unknown profile or kind.
    """
    token = cancel if cancel is not None else CancelToken()
    check_kind(kind)
    if n < 1:
        raise UserError(f"the number of recommendations must be at least 1 (got {n})")
    models_dir = Path(models_dir)
    with Library.open(Path(library_path)) as library:
        profile_id = resolve_profile(library, profile)
        assert profile_id is not None
        progress(0.1, "Loading the model")
        run, model = _serving_model(library, models_dir, profile_id, kind, algorithm, cache)
        token.raise_if_cancelled()
        stale = _check_stale(library, run, kind)
        progress(0.5, "Ranking")
        excluded = dataset_rows.profile_item_ids(library, profile_id, kind)
        if exclude_not_interested:
            excluded |= {
                item for _, item in dataset_rows.marked_items(library, "not_interested", profile_id)
            }
        user = str(profile_id)
        ranked = model.recommend(user, n, exclude=[str(i) for i in excluded])
        token.raise_if_cancelled()
        progress(0.8, "Explaining")
        ids = [int(i) for i in ranked.items]
        explanations = [model.explain(user, str(i)) for i in ids]
        evidence_ids = {
            int(item) for e in explanations if e.kind == "item" for item, _ in e.contributions
        }
        meta = dataset_rows.items_by_ids(library, sorted(set(ids) | evidence_ids))
    rows: list[RecommendedItem] = []
    for rank, (item_id, score, why) in enumerate(
        zip(ids, ranked.scores, explanations, strict=True)
    ):
        info = meta.get(item_id)
        if info is None:  # deleted since the model was trained
            continue
        fallback = rank >= ranked.fallback_from or why.fallback
        because, text = _describe(why, meta, fallback)
        rows.append(
            RecommendedItem(
                rank=len(rows) + 1,
                item_id=item_id,
                kind=info[1],
                title=info[2],
                artist=info[3],
                album=info[4],
                year=info[5],
                genres=info[6],
                score=float(score),
                explanation=text,
                because=because,
                fallback=fallback,
            )
        )
    note = ranked.reason
    if stale:
        note = "the data changed since this model was trained; retrain for fresher picks" + (
            f"; {note}" if note else ""
        )
    progress(1.0, f"{len(rows)} recommendations")
    return Recommendations(profile_id, kind, run, stale, rows, note)


def _describe(
    why: Any, meta: dict[int, tuple[Any, ...]], fallback: bool
) -> tuple[tuple[tuple[int, str, float], ...], str]:
    """Evidence with titles instead of raw ids, and a sentence a person reads."""
    if fallback or why.kind == "popularity":
        return (), why.text[:1].upper() + why.text[1:]
    if why.kind == "item":
        because = tuple(
            (int(item), str(meta[int(item)][2]), float(weight))
            for item, weight in why.contributions
            if int(item) in meta
        )
        if because:
            titles = ", ".join(title for _, title, _ in because[:3])
            return because, f"Because you liked {titles}"
    if why.kind == "user":
        # Names of other profiles stay private: say how many, not who.
        count = len(why.contributions)
        return (), f"Liked by {count} people with similar taste"
    return (), why.text[:1].upper() + why.text[1:]


def _serving_model(
    library: Library,
    models_dir: Path,
    profile_id: int,
    kind: str,
    algorithm: str | None,
    cache: ModelCache | None,
) -> tuple[ModelRun, Recommender]:
    candidates = library.model_runs.serving_candidates(profile_id, kind, algorithm)
    problems: list[str] = []
    for run in candidates:
        path = models_dir / str(run.file)
        try:
            model = cache.load(path) if cache is not None else load_model(path)
        except (UserError, OSError) as exc:
            # A deleted or damaged file: try the next model rather than failing the list.
            problems.append(f"model {run.id}: {exc}")
            log.warning("model run %s cannot serve: %s", run.id, exc)
            continue
        return run, model
    which = f"{algorithm} " if algorithm else ""
    if problems:
        raise NoModelError(f"no usable {which}model for {kind}s: {problems[0]}; train a new one")
    raise NoModelError(f"no {which}model has been trained for {kind}s yet; train one first")


def _check_stale(library: Library, run: ModelRun, kind: str) -> bool:
    """Whether ``run``'s data changed since training; marks it ``stale`` (best effort)."""
    if run.status == "stale":
        return True
    stored = run.params.get("data_signature")
    if stored is None:
        return False
    current = dataset_rows.data_signature(library, kind, run.profile_id)
    if _normal(current) == _normal(stored):
        return False
    try:
        library.model_runs.set_status(run.id, "stale", only_from=("ready",))
    except LibraryError as exc:
        # A busy library must not cost the person their list; the check repeats next time.
        log.info("could not mark model run %s stale: %s", run.id, exc)
    return True


def _normal(signature: Any) -> Any:
    """The signature as it reads back from JSON (tuples become lists, floats stay floats)."""
    if isinstance(signature, dict):
        return {k: _normal(v) for k, v in signature.items()}
    if isinstance(signature, list | tuple):
        return [_normal(v) for v in signature]
    return signature


def find_stale_runs(library_path: str | Path) -> list[ModelRun]:
    """Serving runs whose data changed since training, each marked ``stale``; newest first.

    For an idle-time retrain: each returned run names the profile, kind, algorithm and
    parameters to train again.
    """
    found: list[ModelRun] = []
    with Library.open(Path(library_path)) as library:
        seen: set[tuple[int | None, str]] = set()
        for run in library.model_runs.list():
            kind = run.params.get("kind")
            if run.status not in ("ready", "stale") or kind is None:
                continue
            group = (run.profile_id, kind)
            if group in seen:
                continue  # only the newest serving run of a group decides about a retrain
            seen.add(group)
            if _check_stale(library, run, kind):
                found.append(library.model_runs.get(run.id) or run)
    return found


def activate_run(library_path: str | Path, models_dir: str | Path, run_id: int) -> ModelRun:
    """Roll back (or forward) to model run ``run_id``: it serves its profile and kind again.

    Runs of the same profile and kind that are newer are retired; a retired run is brought
    back. Refused (:class:`UserError`) for a run that never finished or whose file is gone.
    """
    with Library.open(Path(library_path)) as library:
        run = library.model_runs.get(run_id)
        if run is None:
            raise UserError(f"no model run {run_id}")
        if run.status not in ("ready", "stale", "retired") or not run.file:
            raise UserError(f"model run {run_id} is {run.status}; only a trained model can serve")
        if not (Path(models_dir) / run.file).is_file():
            raise UserError(f"the file of model run {run_id} is missing; train a new model")
        with library.transaction():
            library.model_runs.retire_newer(run)
            if run.status == "retired":
                library.model_runs.set_status(run_id, "ready", only_from=("retired",))
        # A run brought back from retirement is checked for staleness on its next use.
        return library.model_runs.get(run_id) or run
