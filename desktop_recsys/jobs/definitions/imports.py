"""The import job: a data set, a folder or an export read into the library."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from desktop_recsys.jobs.params import FieldParams, param
from desktop_recsys.jobs.records import JobLane
from desktop_recsys.progress import CancelToken, ProgressFn
from desktop_recsys.services import import_service


@dataclass(frozen=True)
class ImportJob(FieldParams):
    """Import a data set, folder or export into the library (write lane; result: the
    :class:`~desktop_recsys.library.importers.report.ImportReport`).

    ``options`` holds ``(name, value)`` pairs (``profile``, ``name``) so the definition stays
    hashable; ``import_kind`` is a key of ``import_service.IMPORT_KINDS``.
    """

    library_path: Path
    import_kind: str
    source_path: Path = field(metadata=param("source"))
    options: tuple[tuple[str, str], ...] = field(default=(), metadata=param(convert=dict))

    kind: ClassVar[str] = "import"
    lane: ClassVar[JobLane] = JobLane.WRITE

    @property
    def title(self) -> str:
        return f"Importing {Path(self.source_path).name} ({self.import_kind})"

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> Any:
        return import_service.run_import(
            self.import_kind,
            self.library_path,
            self.source_path,
            options=dict(self.options),
            progress=progress,
            cancel=cancel,
        )
