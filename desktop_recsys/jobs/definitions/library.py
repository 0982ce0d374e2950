"""Jobs that fill or edit the library itself: the demo library, bulk edits of item metadata."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from desktop_recsys.jobs.params import FieldParams, list_or_none, param
from desktop_recsys.jobs.records import JobLane
from desktop_recsys.library.models import LibraryStats
from desktop_recsys.progress import CancelToken, ProgressFn
from desktop_recsys.services import library_service


@dataclass(frozen=True)
class CreateDemoLibraryJob(FieldParams):
    """Fill an empty library with the synthetic demo library (writes, so the write lane)."""

    path: Path
    seed: int = 7

    kind: ClassVar[str] = "create_demo"
    lane: ClassVar[JobLane] = JobLane.WRITE

    @property
    def title(self) -> str:
        return "Creating the demo library"

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> LibraryStats:
        return library_service.create_demo_library(
            self.path, seed=self.seed, progress=progress, cancel=cancel
        )


@dataclass(frozen=True)
class RemoveDemoJob(FieldParams):
    """Remove the demo's synthetic rows and the models that learned from them (write lane;
    result: :class:`~desktop_recsys.library.demo.DemoRemoval`)."""

    path: Path
    models_dir: Path | None = None

    kind: ClassVar[str] = "remove_demo"
    lane: ClassVar[JobLane] = JobLane.WRITE

    @property
    def title(self) -> str:
        return "Removing the demo data"

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> Any:
        return library_service.remove_demo_library(
            self.path, self.models_dir, progress=progress, cancel=cancel
        )


@dataclass(frozen=True)
class BulkEditJob(FieldParams):
    """Set the same metadata on many items (write lane; result: how many were changed).

    ``fields`` holds ``(name, value)`` pairs so the definition stays hashable; ``genres``
    None leaves genres alone.
    """

    library_path: Path
    item_ids: tuple[int, ...] = field(metadata=param("items", len))
    fields: tuple[tuple[str, Any], ...] = field(default=(), metadata=param(convert=dict))
    genres: tuple[str, ...] | None = field(default=None, metadata=param(convert=list_or_none))

    kind: ClassVar[str] = "bulk_edit"
    lane: ClassVar[JobLane] = JobLane.WRITE

    @property
    def title(self) -> str:
        return f"Editing {len(self.item_ids)} items"

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> int:
        return library_service.bulk_edit_items(
            self.library_path,
            list(self.item_ids),
            dict(self.fields),
            genres=list(self.genres) if self.genres is not None else None,
            progress=progress,
            cancel=cancel,
        )
