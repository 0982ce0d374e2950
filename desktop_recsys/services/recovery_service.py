"""Start-up recovery after a session that ended abruptly (a crash, a kill, a power cut).

Kept apart from :mod:`desktop_recsys.services.training_service` because the GUI runs it before
its window appears: this module imports no engine (numpy, scipy), so start-up stays fast.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from desktop_recsys.library import Library

INTERRUPTED_ERROR = "interrupted: the app stopped while this model was training"


@dataclass(frozen=True)
class RecoveryReport:
    """What :func:`recover_interrupted_work` set straight after an abrupt end."""

    jobs: int
    runs: int
    files_removed: int


def recover_interrupted_work(library_path: str | Path, models_dir: str | Path) -> RecoveryReport:
    """Set straight what a session that ended abruptly left behind; call once at start-up.

    Jobs still ``queued`` or ``running`` become ``interrupted``; model runs still ``training``
    become ``failed`` (with :data:`INTERRUPTED_ERROR`), and any temporary file of theirs is
    removed from the models folder. Only safe when no other process is training on this
    library (the GUI is the only long-lived user; a CLI training started at the same moment
    would be reported interrupted).
    """
    models_dir = Path(models_dir)
    removed = 0
    with Library.open(Path(library_path)) as library:
        jobs = library.jobs.mark_interrupted()
        runs = library.model_runs.mark_interrupted(INTERRUPTED_ERROR)
    if models_dir.is_dir():
        for run in runs:
            # save_model's temporary files are ".<final name>.<random>.tmp".
            for leftover in models_dir.glob(f".run{run.id}-*.tmp"):
                with contextlib.suppress(OSError):
                    leftover.unlink()
                    removed += 1
    return RecoveryReport(jobs=jobs, runs=len(runs), files_removed=removed)
