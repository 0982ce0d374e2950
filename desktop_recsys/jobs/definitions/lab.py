"""The Model Lab's jobs: its evaluation (with the charts' data), the list of algorithms it
offers, and writing its report to a file."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from desktop_recsys.jobs.definitions.evaluation import EvaluateJob
from desktop_recsys.jobs.params import FieldParams
from desktop_recsys.jobs.records import JobLane
from desktop_recsys.progress import CancelToken, Message, ProgressFn
from desktop_recsys.services import lab_service


@dataclass(frozen=True)
class LabEvaluateJob(EvaluateJob):
    """An :class:`EvaluateJob` for the Model Lab: the same evaluation, plus the data of the
    Lab's charts (popularity bias, genre calibration, the catalogue map), which fit each
    algorithm once more on the first split (write lane; result:
    :class:`~desktop_recsys.services.lab_service.LabResult`).

    ``highlight_profile``: whose items the map and calibration chart show when ``profile``
    (whose metrics count) is None. ``k`` holds the metric cutoffs.
    """

    highlight_profile: int | None = None

    def params(self) -> dict[str, Any]:
        """An evaluation's parameters with ``highlight_profile``, marked as the Lab's."""
        return {**super().params(), "lab": True}

    def __call__(  # type: ignore[override]
        self, progress: ProgressFn, cancel: CancelToken
    ) -> lab_service.LabResult:
        return lab_service.run_lab(
            self.library_path,
            kind=self.item_kind,
            algorithms=list(self.algorithms),
            protocol=self.protocol,
            k=list(self.k),
            profile=self.profile,
            signal=self.signal,
            last_n=self.last_n,
            folds=self.folds,
            seed=self.seed,
            use_tuned=self.use_tuned,
            highlight_profile=self.highlight_profile,
            progress=progress,
            cancel=cancel,
        )


@dataclass(frozen=True)
class LabAlgorithmsJob(FieldParams):
    """The algorithms the Model Lab offers (read pool: it only imports the engine's registry,
    which takes a moment the first time; result: a list of
    :class:`~desktop_recsys.services.lab_service.LabAlgorithm`)."""

    kind: ClassVar[str] = "lab_algorithms"
    lane: ClassVar[JobLane] = JobLane.READ
    #: A short read: not kept in the job history (see ``JobInfo.quiet``).
    quiet: ClassVar[bool] = True

    @property
    def title(self) -> str:
        return "Listing the algorithms"

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> list[lab_service.LabAlgorithm]:
        cancel.raise_if_cancelled()
        return lab_service.lab_algorithms()


@dataclass(frozen=True)
class ExportLabReportJob(FieldParams):
    """Write a Model Lab report as CSV, HTML or JSON (read pool: it writes one file, atomically,
    and reads nothing; result: the file's path)."""

    result: lab_service.LabResult = field(compare=False, repr=False)
    out: Path = Path("report.csv")
    fmt: str | None = None
    #: The HTML page's fixed texts in the person's language, and its language tag.
    words: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    lang: str = "en"

    kind: ClassVar[str] = "export_report"
    lane: ClassVar[JobLane] = JobLane.READ

    @property
    def title(self) -> str:
        return f"Exporting {Path(self.out).name}"

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> Path:
        cancel.raise_if_cancelled()
        progress(0.0, Message("Writing the report"))
        return lab_service.export_report(
            self.result, self.out, self.fmt, words=self.words, lang=self.lang
        )
