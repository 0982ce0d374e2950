"""Training a model on the library and registering it as a model run.

A training run is one row in ``model_runs`` plus, once it succeeded, one model file under the
models folder. Its life:

``training`` (row created before any work) -> ``ready`` (file saved atomically, card written)
or ``cancelled`` / ``failed`` (no file left behind, the error kept on the row). Later a ready
run may become ``stale`` (its data changed, see :mod:`~desktop_recsys.services.recommend_service`)
or ``retired`` (a person rolled back to an older run).

The model card of a ready run: the algorithm, its full hyper-parameters, the item kind, the
signal and time decay it learned from, where the hyper-parameters came from
(``params_source``: ``given`` by the person, ``tuned`` with the stored tuning's key, date and
score, or the algorithm's ``defaults``; see :func:`choose_params`),
the data fingerprint (``data_fingerprint``), the data
signature used to notice stale models, the data set's size, metrics (training time, plus an
evaluation's figures when an ``evaluate`` callback is given) and the date (``finished_at``).

All functions open their own library connection, so they run the same from a job's worker
thread, the CLI or a test.
"""

from __future__ import annotations

import contextlib
import dataclasses
import inspect
import logging
import secrets
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from desktop_recsys.engine.base import Recommender
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.persistence import save_model
from desktop_recsys.engine.registry import get_algorithm, parse_params
from desktop_recsys.errors import Cancelled, UserError
from desktop_recsys.library import Library, LibraryError, dataset_rows, leftovers
from desktop_recsys.library.errors import LibraryBusyError
from desktop_recsys.library.models import ModelRun
from desktop_recsys.progress import CancelToken, Message, ProgressFn, ProgressScaler, no_progress
from desktop_recsys.services import for_you_vectors
from desktop_recsys.services.dataset_service import (
    SIGNALS,
    check_kind,
    dataset_from_library,
    reading_library,
    require_interactions,
    resolve_profile,
)

# Re-exported: start-up recovery lives in a module that does not import the engine.
from desktop_recsys.services.recovery_service import (  # noqa: F401
    INTERRUPTED_ERROR,
    RecoveryReport,
    recover_interrupted_work,
)

log = logging.getLogger(__name__)

#: Evaluates a freshly trained model on its data set; the figures go into the model card
#: (:func:`~desktop_recsys.services.evaluation_service.holdout_card_metrics` is the project's:
#: a held-out split and its metrics). An evaluator that also takes the keyword arguments
#: ``progress`` and ``cancel`` gets the training's own, so a cancel stops the evaluation too.
EvaluateFn = Callable[..., Mapping[str, float]]

DEFAULT_ALGORITHM = "default"


def model_file_name(run_id: int, kind: str, algorithm: str) -> str:
    """File name of a run's model, relative to the models folder.

    The random part keeps two libraries that share one models folder (the default one) from
    ever writing over each other's run 1.
    """
    safe = "".join(c if c.isalnum() else "_" for c in algorithm)
    return f"run{run_id}-{kind}-{safe}-{secrets.token_hex(4)}.npz"


def train_model(
    library_path: str | Path,
    models_dir: str | Path,
    *,
    kind: str,
    algorithm: str = DEFAULT_ALGORITHM,
    params: Mapping[str, Any] | None = None,
    profile: int | str | None = None,
    signal: str = "auto",
    time_decay_days: float | None = None,
    evaluate: EvaluateFn | None = None,
    use_tuned: bool = True,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> int:
    """Train ``algorithm`` on the library's ``kind`` items and register it; returns the run id.

    Hyper-parameters: ``params`` when given; otherwise the configuration that ``tune`` stored
    for this kind, algorithm and profile (or the library's), unless ``use_tuned`` is False;
    otherwise the algorithm's defaults. The card says which (``params_source``).

    ``params`` are hyper-parameters as in ``--param KEY=VALUE`` (strings or plain values).
    ``profile`` (a name or id) is the profile the model serves; None trains a shared model
    that serves every profile without one of its own. ``signal`` and ``time_decay_days`` are
    those of :func:`~desktop_recsys.services.dataset_service.build_dataset`; ``"auto"`` means
    star ratings for rating models and plays plus ratings for the others.

    Raises :class:`UserError` for a bad algorithm, parameter, kind, signal or profile (before
    anything is written), :class:`Cancelled` when ``cancel`` was set (the run is then
    ``cancelled``), or the training's own error (the run is then ``failed`` with its message).
    In neither case is a model file left behind.
    """
    token = cancel if cancel is not None else CancelToken()
    check_kind(kind)
    if signal not in SIGNALS:
        raise UserError(
            Message(
                "unknown signal {signal!r}; use one of {choices}",
                signal=signal,
                choices=", ".join(SIGNALS),
            )
        )
    # Parameters are checked before a run row exists, so a typo leaves no failed run behind.
    cls = get_algorithm(algorithm)
    given = {str(k): str(v) for k, v in (params or {}).items()}
    model = cls(parse_params(cls, given))
    resolved_signal = "ratings" if signal == "auto" and cls.predicts_ratings else signal
    models_dir = Path(models_dir).expanduser().absolute()
    with Library.open(Path(library_path)) as library:
        profile_id = resolve_profile(library, profile)
        # No data of this kind at all: say so before a run row exists (no failed run left).
        require_interactions(library, kind, resolved_signal)
        source = choose_params(library, kind, algorithm, profile_id, given, use_tuned)
        if source["source"] == "tuned":
            try:
                model = cls(parse_params(cls, source["params"]))
            except UserError as exc:
                # A stored choice the algorithm no longer takes: the defaults, and say so.
                log.warning("tuned settings of %s not usable: %s", algorithm, exc)
                source = {"source": "defaults", "note": f"tuned settings not usable: {exc}"}
        config: dict[str, Any] = {
            "kind": kind,
            "signal": resolved_signal,
            "time_decay_days": time_decay_days,
            "algorithm_params": dataclasses.asdict(model.params),
            "params_source": source,
        }
        work = contextlib.ExitStack()
        # The run and its owner marker appear together: a command that opens the library
        # meanwhile sees a live training, and after a kill the marker names what to sweep.
        with library.transaction():
            run_id = library.model_runs.create(
                algorithm, profile_id=profile_id, params=config, status="training"
            )
            name = model_file_name(run_id, kind, algorithm)
            work.enter_context(
                leftovers.working(library.path, run=run_id, model=str(models_dir / name))
            )
        target: Path | None = None
        try:
            progress(0.0, reading_library(kind))
            with dataset_rows.snapshot(library):
                signature = dataset_rows.data_versions(library, kind, profile_id)
                dataset = dataset_from_library(
                    library,
                    kind=kind,
                    profile_id=profile_id,
                    signal=resolved_signal,
                    time_decay_days=time_decay_days,
                    progress=ProgressScaler(progress, 0.0, 0.1),
                    cancel=token,
                )
            started = time.perf_counter()
            model.fit(dataset, progress=ProgressScaler(progress, 0.1, 0.9), cancel=token)
            metrics: dict[str, Any] = {"train_seconds": round(time.perf_counter() - started, 3)}
            if evaluate is not None:
                token.raise_if_cancelled()
                progress(0.9, Message("Evaluating the model"))
                figures = _run_evaluator(
                    evaluate, model, dataset, ProgressScaler(progress, 0.9, 0.95), token
                )
                metrics.update({k: float(v) for k, v in figures.items()})
            token.raise_if_cancelled()
            progress(0.95, Message("Saving the model"))
            target = models_dir / name
            # Atomic (temp file, then rename): a crash here leaves no half-written model.
            save_model(model, target, metrics=metrics)
            card = {
                **config,
                "data_signature": signature,
                "dataset": {
                    "users": dataset.n_users,
                    "items": dataset.n_items,
                    "interactions": dataset.nnz,
                },
            }
            _register(
                library,
                lambda: library.model_runs.finish(
                    run_id,
                    "ready",
                    file=name,
                    metrics=metrics,
                    data_fingerprint=model.fingerprint,
                    params=card,
                ),
                progress,
                token,
            )
        except Cancelled:
            _abandon(library, run_id, target, "cancelled", None)
            raise
        except BaseException as exc:
            _abandon(library, run_id, target, "failed", _one_line(exc))
            raise
        finally:
            work.close()
    # The next window's first list reads the catalogue's rows instead of building them.
    for_you_vectors.keep_catalogue_rows(library_path, models_dir, kind)
    progress(1.0, Message("Model {run} is ready", run=run_id))
    return run_id


#: How often a finished training asks again for the library's write lock, in seconds.
REGISTER_RETRY_SECONDS = 0.5


def _register(
    library: Library, write: Callable[[], None], progress: ProgressFn, cancel: CancelToken
) -> None:
    """Run ``write`` (registering a saved model), waiting as long as another command holds the
    library's write lock: minutes of training are not thrown away because an import is busy.
    The wait shows as progress and stops on ``cancel``."""
    waiting = False
    while True:
        try:
            with library.busy_timeout(int(REGISTER_RETRY_SECONDS * 1000)):
                write()
            return
        except LibraryBusyError:
            if not waiting:
                waiting = True
                log.info("model saved; waiting for the library's write lock to register it")
            progress(
                0.97,
                Message("Model saved; waiting for the library to be free"),
            )
            cancel.raise_if_cancelled()


def choose_params(
    library: Library,
    kind: str,
    algorithm: str,
    profile_id: int | None,
    given: Mapping[str, str],
    use_tuned: bool,
) -> dict[str, Any]:
    """Where a training's hyper-parameters come from, as the model card records it.

    ``{"source": "given", "params": ...}`` when the person gave any; else, with ``use_tuned``,
    ``{"source": "tuned", "params": ..., "key": ..., "tuned_at": ..., "metric": ..., "score":
    ..., "default_score": ...}`` when ``tune`` stored a choice for the kind and algorithm (the
    profile's own, else the library's); else ``{"source": "defaults"}`` (with ``"tuned":
    "not used"`` when a stored choice was declined with ``use_tuned=False``, ``"defaults
    best"`` and ``"tuned_at"`` when a tuning found nothing better than the defaults).
    """
    from desktop_recsys.services.evaluation_service import read_tuned_choice

    if given:
        return {"source": "given", "params": dict(given)}
    stored = read_tuned_choice(library, kind, algorithm, profile_id)
    if stored is None:
        return {"source": "defaults"}
    key, value = stored
    if value.get("defaults"):
        # A tuning found nothing better than the defaults: they are the tuned choice.
        out = {"source": "defaults", "tuned": "defaults best", "key": key}
        if "tuned_at" in value:
            out["tuned_at"] = value["tuned_at"]
        return out
    if not use_tuned:
        return {"source": "defaults", "tuned": "not used", "key": key}
    out: dict[str, Any] = {
        "source": "tuned",
        "key": key,
        "params": {str(k): str(v) for k, v in value["params"].items()},
    }
    for field_name in ("tuned_at", "metric", "score", "default_score", "signal"):
        if field_name in value:
            out[field_name] = value[field_name]
    return out


def retrain_params(run: ModelRun) -> dict[str, str]:
    """The parameters a person gave for ``run``, to train it again with (an idle retrain):
    tuned or default settings are chosen afresh, so a newer tuning is picked up.

    Cards written before ``params_source`` existed: the parameters that differ from the
    algorithm's defaults (those a person must have given).
    """
    source = run.params.get("params_source")
    if isinstance(source, dict):
        given = source.get("params") if source.get("source") == "given" else None
        return {str(k): str(v) for k, v in (given or {}).items()}
    hyper = run.params.get("algorithm_params") or {}
    try:
        defaults = dataclasses.asdict(get_algorithm(run.algorithm).params_type())
    except UserError:
        return {str(k): str(v) for k, v in hyper.items()}
    return {str(k): str(v) for k, v in hyper.items() if defaults.get(k, object()) != v}


def _run_evaluator(
    evaluate: EvaluateFn,
    model: Recommender,
    dataset: Dataset,
    progress: ProgressFn,
    cancel: CancelToken,
) -> Mapping[str, float]:
    """Call ``evaluate(model, dataset)``, handing it ``progress`` and ``cancel`` if it takes them.

    Plain two-argument evaluators stay valid; a held-out evaluation fits a second model, which
    can take as long as the training itself, so it must see the cancel to stop within a second.
    """
    try:
        parameters = inspect.signature(evaluate).parameters
    except (TypeError, ValueError):  # a callable without an introspectable signature
        parameters = {}
    takes_any = any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values())
    extra: dict[str, Any] = {}
    if takes_any or "progress" in parameters:
        extra["progress"] = progress
    if takes_any or "cancel" in parameters:
        extra["cancel"] = cancel
    return evaluate(model, dataset, **extra)


def _one_line(exc: BaseException) -> str:
    if isinstance(exc, UserError):
        return str(exc)
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _abandon(
    library: Library, run_id: int, target: Path | None, status: str, error: str | None
) -> None:
    """Leave no trace of a run that did not finish: delete its file, record the outcome."""
    # Only a file that is there: on a read-only disk unlinking a missing one fails (EROFS).
    if target is not None and target.exists():
        try:
            target.unlink(missing_ok=True)
        except OSError as exc:  # e.g. the models "folder" is not a folder: nothing was written
            log.warning("could not remove %s: %s", target, exc)
    try:
        library.model_runs.finish(run_id, status, error=error)
    except (LibraryError, OSError) as exc:
        # The original error matters more; the run is set straight on the next start.
        log.warning("could not mark model run %s %s: %s", run_id, status, exc)


def list_runs(
    library_path: str | Path, *, profile: int | str | None = None, kind: str | None = None
) -> list[ModelRun]:
    """Model runs newest first (the registry shown in the Model Lab), optionally filtered."""
    with Library.open(Path(library_path)) as library:
        profile_id = resolve_profile(library, profile)
        if kind is not None:
            check_kind(kind)
        return library.model_runs.list(profile_id, kind=kind)
