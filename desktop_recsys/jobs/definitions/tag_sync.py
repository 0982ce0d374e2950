"""Ratings and play counts in the files' tags: read them in, or write the library's out.

Not re-exported by :mod:`desktop_recsys.jobs.definitions` (only Settings submits it); import
it from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from desktop_recsys.jobs.params import FieldParams
from desktop_recsys.jobs.records import JobLane
from desktop_recsys.progress import CancelToken, ProgressFn
from desktop_recsys.services import tag_sync


@dataclass(frozen=True)
class TagSyncJob(FieldParams):
    """``tags read`` (``write`` False) or ``tags write`` for the library's profile for files
    (write lane: it changes ratings, plays and files; result: the
    :class:`~desktop_recsys.services.tag_sync.TagSyncReport`)."""

    library_path: Path
    write: bool = False

    kind: ClassVar[str] = "tag_sync"
    lane: ClassVar[JobLane] = JobLane.WRITE

    @property
    def title(self) -> str:
        return "Writing ratings to the files" if self.write else "Reading ratings from the files"

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> tag_sync.TagSyncReport:
        return tag_sync.sync_tags(
            self.library_path, None, write=self.write, progress=progress, cancel=cancel
        )
