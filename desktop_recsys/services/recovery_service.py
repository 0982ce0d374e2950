"""Start-up recovery after a session that ended abruptly (a crash, a kill, a power cut).

Kept apart from :mod:`desktop_recsys.services.training_service` because the GUI runs it before
its window appears: this module imports no engine (numpy, scipy), so start-up stays fast.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from desktop_recsys.library import Library
from desktop_recsys.library.job_claims import JobClaims, live_job_ids
from desktop_recsys.library.leftovers import INTERRUPTED_ERROR
from desktop_recsys.services.legacy_models import adopt_legacy_models

__all__ = ["INTERRUPTED_ERROR", "JobClaims", "RecoveryReport", "recover_interrupted_work"]


@dataclass(frozen=True)
class RecoveryReport:
    """What :func:`recover_interrupted_work` set straight after an abrupt end."""

    jobs: int
    runs: int
    files_removed: int
    #: Models an older version kept in the app's shared folder, moved to the library's own.
    models_adopted: int = 0


def recover_interrupted_work(
    library_path: str | Path, models_dir: str | Path, legacy_models_dir: str | Path | None = None
) -> RecoveryReport:
    """Set straight what a session that ended abruptly left behind; call once at start-up.

    Opening the library already sweeps what killed commands left (runs stuck in ``training``
    become ``failed`` with :data:`INTERRUPTED_ERROR`, their temporary and orphan model files
    and half-written backups and exports are removed: :mod:`desktop_recsys.library.leftovers`),
    and never touches a command that is still running. On top of that the windows' job
    history is set straight: jobs still ``queued`` or ``running`` that no living window claims
    become ``interrupted`` (:mod:`desktop_recsys.library.job_claims`: a second window on the
    same library leaves the first one's running jobs alone). Models an older version kept in
    the app's shared folder (``legacy_models_dir``, default the app's) are moved to
    ``models_dir`` (:mod:`desktop_recsys.services.legacy_models`).
    """
    models_dir = Path(models_dir)
    with Library.open(Path(library_path)) as library:
        swept = library.swept
        dead_claims: list[Path] = []

        def alive() -> set[int]:
            ids, dead = live_job_ids(library.path)
            dead_claims.extend(dead)
            return ids

        jobs = library.jobs.mark_interrupted(alive)
        for claims in dead_claims:  # after the update committed: their rows are settled
            with contextlib.suppress(OSError):
                claims.unlink()
        removed = len(swept.partial_files) + len(swept.orphan_models)
        if models_dir.is_dir():
            # Temporary files of runs an older version left (no owner marker), named
            # ".run<id>-<kind>-<algorithm>-<random>.npz.<random>.tmp". The window's own open
            # may already have swept their runs, so look at every such file whose run is not
            # training now (a live training of this version holds its run in "training").
            for leftover in models_dir.glob(".run*-*.tmp"):
                run_id = leftover.name[len(".run") :].split("-", 1)[0]
                run = library.model_runs.get(int(run_id)) if run_id.isdigit() else None
                if run is not None and run.status in ("training", "queued"):
                    continue
                with contextlib.suppress(OSError):
                    leftover.unlink()
                    removed += 1
        adopted = adopt_legacy_models(library, models_dir, legacy_models_dir)
    return RecoveryReport(
        jobs=jobs,
        runs=len(swept.stuck_runs),
        files_removed=removed,
        models_adopted=len(adopted),
    )
