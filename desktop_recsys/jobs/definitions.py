"""Job definitions: small frozen dataclasses that name a service call and how to run it.

Each ``*Job`` carries only ids, paths and parameters (never a connection or a widget), says
which lane it needs and what to call it in the interface, and calls one function from
``services`` with the runner's ``progress`` and ``cancel``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from desktop_recsys.jobs.base import JobLane
from desktop_recsys.library.models import LibraryStats
from desktop_recsys.progress import CancelToken, ProgressFn
from desktop_recsys.services import library_service


@dataclass(frozen=True)
class CreateDemoLibraryJob:
    """Fill an empty library with the synthetic demo library (writes, so the write lane)."""

    path: Path
    seed: int = 7

    kind: ClassVar[str] = "create_demo"
    lane: ClassVar[JobLane] = JobLane.WRITE

    @property
    def title(self) -> str:
        return "Creating the demo library"

    def params(self) -> dict[str, Any]:
        return {"path": str(self.path), "seed": self.seed}

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> LibraryStats:
        return library_service.create_demo_library(
            self.path, seed=self.seed, progress=progress, cancel=cancel
        )
