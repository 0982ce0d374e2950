"""Models an older version kept in the app's shared models folder, brought home.

Older versions kept every library's trained models in the app's own ``data/models`` folder.
Now a library other than the default one keeps them in ``NAME-models`` beside it
(:func:`desktop_recsys.config.paths.models_dir_for`), so its older models would look missing
and need a retrain. :func:`adopt_legacy_models` moves them instead: a trained run (ready,
stale or retired) whose file is not in the library's folder but is in the shared one, with
the same algorithm and data fingerprint in its manifest as on the run (so a file of another
library is never taken), is moved into the library's folder. The window does it at start
(``recovery_service``), the command line before every command that uses models.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
from pathlib import Path

from desktop_recsys.config import default_paths
from desktop_recsys.errors import UserError
from desktop_recsys.library import Library

log = logging.getLogger(__name__)

#: Runs whose model file a person may still use.
_TRAINED = ("ready", "stale", "retired")


def legacy_models_dir() -> Path:
    """Where older versions kept every library's models: the app's own models folder."""
    return default_paths().models_dir


def adopt_legacy_models(
    library: Library, models_dir: str | Path, legacy_dir: str | Path | None = None
) -> list[Path]:
    """Move this library's models from ``legacy_dir`` (default: :func:`legacy_models_dir`)
    into ``models_dir``; returns where they are now. Nothing happens for the default
    library (both folders are one) or when no run's file is missing."""
    models_dir = Path(models_dir)
    legacy = Path(legacy_dir) if legacy_dir is not None else legacy_models_dir()
    try:
        if not legacy.is_dir() or models_dir.resolve() == legacy.resolve():
            return []
    except OSError:
        return []
    found = [
        run
        for run in library.model_runs.list()
        if run.status in _TRAINED
        and run.file
        and Path(run.file).name == run.file  # a bare name, never a path elsewhere
        and not (models_dir / run.file).is_file()
        and (legacy / run.file).is_file()
    ]
    if not found:
        return []
    # Deferred: the engine (numpy) is loaded only when there is a model to look at.
    from desktop_recsys.engine.persistence import read_manifest

    moved: list[Path] = []
    for run in found:
        old = legacy / str(run.file)
        try:
            manifest = read_manifest(old)
        except UserError as exc:
            log.warning("not adopting %s for run %s: %s", old, run.id, exc)
            continue
        if manifest.get("algorithm") != run.algorithm or (
            run.data_fingerprint and manifest.get("fingerprint") != run.data_fingerprint
        ):
            continue  # the same name, but another library's model
        target = models_dir / str(run.file)
        try:
            models_dir.mkdir(parents=True, exist_ok=True)
            _move(old, target)
        except OSError as exc:
            log.warning("could not move model %s to %s: %s", old, models_dir, exc)
            continue
        moved.append(target)
    if moved:
        log.info(
            "moved %d model(s) of %s from %s to %s", len(moved), library.path, legacy, models_dir
        )
    return moved


def adopt_models_of(library_path: str | Path, models_dir: str | Path) -> list[Path]:
    """:func:`adopt_legacy_models` for the library at ``library_path`` (opened and closed)."""
    with Library.open(Path(library_path)) as library:
        return adopt_legacy_models(library, models_dir)


def _move(old: Path, target: Path) -> None:
    """Move a file so that ``target`` is never half there: a rename on one disk; across
    disks a copy under a temporary name, renamed when whole, then the old file removed."""
    try:
        os.replace(old, target)
        return
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise
    part = target.with_name(f".{target.name}.adopt.tmp")
    try:
        shutil.copy2(old, part)
        os.replace(part, target)
    finally:
        part.unlink(missing_ok=True)
    old.unlink()
