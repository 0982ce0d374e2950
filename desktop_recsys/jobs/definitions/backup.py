"""The backup job: a copy of the library into its rolling set of backups."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from desktop_recsys.jobs.params import FieldParams
from desktop_recsys.jobs.records import JobLane
from desktop_recsys.progress import CancelToken, Message, ProgressFn
from desktop_recsys.services import backup_service


@dataclass(frozen=True)
class BackupJob(FieldParams):
    """Back up the library now, into its rolling set of backups (write lane: it runs between
    writes, never beside an import whose every commit would restart the copy; result: the
    backup file's path)."""

    library_path: Path

    kind: ClassVar[str] = "backup"
    lane: ClassVar[JobLane] = JobLane.WRITE

    @property
    def title(self) -> str:
        return "Backing up the library"

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> Path:
        cancel.raise_if_cancelled()
        progress(0.0, Message("Copying the library"))
        return backup_service.backup_now(self.library_path)
