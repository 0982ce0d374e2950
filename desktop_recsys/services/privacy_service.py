"""Privacy use cases: delete a profile for good, record plays only when the profile allows.

:func:`delete_profile` is "delete my profile": every row of the profile goes (ratings, plays,
marks, friendships, playlists, the job records that name it), and so does every model that may
have learned from its history; those models are then retrained on what is left (or only
removed, with ``retrain=False``), so no recommendation anybody gets is shaped by the deleted
history any more. Backups are not rewritten (they are the person's own copies); the result
names those that still hold the profile so the interface can offer to delete them.

:func:`record_play` is the one way the app records a play as it happens; it honours the
profile's ``record_plays`` switch (incognito), so a play made in incognito leaves no row and
thus reaches no algorithm.
"""

from __future__ import annotations

import contextlib
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_recsys.errors import UserError
from desktop_recsys.library import Library
from desktop_recsys.library.backup import list_backups
from desktop_recsys.library.erasure import backups_holding, erase_profile
from desktop_recsys.progress import Message, ProgressFn, no_progress

log = logging.getLogger(__name__)


@dataclass
class DeletionResult:
    """What :func:`delete_profile` erased and retrained."""

    profile_id: int
    name: str
    erased: dict[str, int]
    removed_runs: list[int] = field(default_factory=list)
    files_removed: int = 0
    retrained_runs: list[int] = field(default_factory=list)
    #: Retrains that could not run (e.g. nothing left to learn from), as one-line reasons.
    not_retrained: list[str] = field(default_factory=list)
    #: The backups of the library that still hold the profile's data (newest first).
    backups: list[Path] = field(default_factory=list)


def delete_profile(
    library_path: str | Path,
    models_dir: str | Path,
    profile: int | str,
    *,
    retrain: bool = True,
    progress: ProgressFn = no_progress,
) -> DeletionResult:
    """Erase ``profile`` (a name or id) and every model that may have learned from it.

    The rows go in one transaction; then the affected model files are deleted and, with
    ``retrain``, each (profile that still exists, item kind, algorithm) that had a serving
    model is trained again on the remaining data.
    """
    models_dir = Path(models_dir)
    with Library.open(Path(library_path)) as library:
        target = library.profiles.require(profile)
        progress(0.05, Message("Erasing profile {name}", name=target.name))
        result, runs = erase_with_models(library, models_dir, target.id)
        library_file = library.path
    result.backups = backups_holding(
        [b.path for b in list_backups(library_file)], target.id, target.created_at
    )
    if retrain:
        _retrain(library_file, models_dir, runs, target.id, result, progress)
    progress(1.0, Message("Profile {name} deleted", name=target.name))
    return result


def erase_with_models(
    library: Library, models_dir: str | Path | None, profile_id: int
) -> tuple[DeletionResult, list[tuple[int, str | None, str, dict[str, Any], int | None]]]:
    """Erase a profile's rows on an open library and delete the model files that may have
    learned from it; returns the result and the removed runs (for retraining).

    Fast (one transaction and a few file deletions), so the GUI calls it on its own
    connection; retraining is left to a job (or to :func:`delete_profile`).
    """
    target = library.profiles.require(profile_id)
    erased = erase_profile(library, target.id)
    runs: list[tuple[int, str | None, str, dict[str, Any], int | None]] = erased.pop("model_runs")
    result = DeletionResult(target.id, target.name, {k: int(v) for k, v in erased.items()})
    result.removed_runs = [r[0] for r in runs]
    for _, file, *_ in runs:
        if file and models_dir is not None:
            with contextlib.suppress(FileNotFoundError):
                (Path(models_dir) / file).unlink()
                result.files_removed += 1
    return result, runs


def _retrain(
    library_path: Path,
    models_dir: Path,
    runs: list[tuple[int, str | None, str, dict[str, Any], int | None]],
    deleted_id: int,
    result: DeletionResult,
    progress: ProgressFn,
) -> None:
    # Deferred: training pulls in the engine (numpy, scipy), which erasing rows does not need.
    from desktop_recsys.services import training_service

    groups: dict[tuple[int | None, str, str], dict[str, Any]] = {}
    for _, file, algorithm, params, profile_id in runs:
        kind = params.get("kind")
        if not file or not kind or profile_id == deleted_id:
            continue  # never served, or served only the deleted profile
        groups.setdefault((profile_id, str(kind), algorithm), params)
    for n, ((profile_id, kind, algorithm), params) in enumerate(sorted(groups.items(), key=str)):
        from desktop_recsys.services.dataset_service import kind_plural  # deferred: numpy

        what = kind_plural(kind)
        progress(
            0.1 + 0.9 * n / max(1, len(groups)),
            Message("Retraining {algorithm} for {what}", algorithm=algorithm, what=what),
        )
        common: dict[str, Any] = {
            "kind": kind,
            "algorithm": algorithm,
            "profile": profile_id,
            "signal": params.get("signal", "auto"),
            "time_decay_days": params.get("time_decay_days"),
        }
        try:
            try:
                run_id = training_service.train_model(
                    library_path, models_dir, params=_plain(params), **common
                )
            except (UserError, TypeError, ValueError):
                # Parameters that do not read back as KEY=VALUE text: the defaults will do.
                run_id = training_service.train_model(library_path, models_dir, **common)
            result.retrained_runs.append(run_id)
        except UserError as exc:
            kinds = {"film": Message("films"), "track": Message("tracks")}
            result.not_retrained.append(
                Message(
                    "{algorithm} for {kinds}: {reason}",
                    algorithm=algorithm,
                    kinds=kinds.get(kind, f"{kind}s"),
                    reason=exc.message,
                )
            )


def _plain(params: dict[str, Any]) -> dict[str, Any]:
    """The hyper-parameters of a run's card that can be given again as KEY=VALUE text: those
    the person gave (tuned or default settings are chosen afresh by the training, issue 15);
    for cards from before ``params_source``, all of them."""
    source = params.get("params_source")
    if isinstance(source, dict):
        given = (source.get("params") or {}) if source.get("source") == "given" else {}
    else:
        given = params.get("algorithm_params") or {}
    return {k: v for k, v in given.items() if isinstance(v, str | int | float | bool)}


def record_play(
    library_path: str | Path,
    profile: int | str,
    item_id: int,
    *,
    played_at: float | None = None,
    completed: float = 1.0,
    skipped: bool = False,
) -> bool:
    """Record that ``profile`` played ``item_id``; returns False (recording nothing) when the
    profile is incognito (``record_plays`` off)."""
    with Library.open(Path(library_path)) as library:
        who = library.profiles.require(profile)
        if not who.record_plays:
            return False
        library.plays.add(
            who.id,
            item_id,
            time.time() if played_at is None else played_at,
            completed=completed,
            skipped=skipped,
        )
        return True
