"""The blind test's jobs (issue 18): start a test of two recommenders, stop it, read its score
(:mod:`desktop_recsys.services.ab_test_service`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from desktop_recsys.jobs.definitions.naming import profile_label
from desktop_recsys.jobs.params import DISPLAY_NAME, UNRECORDED, FieldParams
from desktop_recsys.jobs.records import JobLane
from desktop_recsys.progress import CancelToken, ProgressFn
from desktop_recsys.services import ab_test_service


@dataclass(frozen=True)
class StartAbTestJob(FieldParams):
    """Start a blind test of ``a`` and ``b`` on a profile's ``item_kind`` items, training a
    missing model of either first (write lane, with the trainings; result:
    :class:`~desktop_recsys.services.ab_test_service.AbReport`)."""

    library_path: Path
    models_dir: Path = field(metadata=UNRECORDED)
    profile: int
    item_kind: str
    a: str
    b: str
    days: float | None = None
    interactions: int | None = None
    profile_name: str | None = field(default=None, compare=False, metadata=DISPLAY_NAME)

    kind: ClassVar[str] = "ab_test_start"
    lane: ClassVar[JobLane] = JobLane.WRITE

    @property
    def title(self) -> str:
        who = profile_label(self.profile, self.profile_name)
        return f"Starting a blind test of {self.a} and {self.b} for {who}"

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> ab_test_service.AbReport:
        return ab_test_service.start_test(
            self.library_path,
            self.models_dir,
            a=self.a,
            b=self.b,
            profile=self.profile,
            kind=self.item_kind,
            days=self.days,
            interactions=self.interactions,
            progress=progress,
            cancel=cancel,
        )


@dataclass(frozen=True)
class StopAbTestJob(FieldParams):
    """Stop a profile's running blind test of ``item_kind`` (read pool: one short write that
    must not wait behind a training; result: its final
    :class:`~desktop_recsys.services.ab_test_service.AbReport`)."""

    library_path: Path
    profile: int
    item_kind: str

    kind: ClassVar[str] = "ab_test_stop"
    lane: ClassVar[JobLane] = JobLane.READ

    @property
    def title(self) -> str:
        return "Stopping the blind test"

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> ab_test_service.AbReport:
        return ab_test_service.stop_test(
            self.library_path, profile=self.profile, kind=self.item_kind
        )


@dataclass(frozen=True)
class AbTestReportJob(FieldParams):
    """Where a profile's blind test of ``item_kind`` stands (read pool; result: an
    :class:`~desktop_recsys.services.ab_test_service.AbReport`, or None before any test)."""

    library_path: Path
    profile: int
    item_kind: str

    kind: ClassVar[str] = "ab_test_report"
    lane: ClassVar[JobLane] = JobLane.READ
    #: A short read: not kept in the job history (see ``JobInfo.quiet``).
    quiet: ClassVar[bool] = True

    @property
    def title(self) -> str:
        return "Reading the blind test"

    def __call__(
        self, progress: ProgressFn, cancel: CancelToken
    ) -> ab_test_service.AbReport | None:
        cancel.raise_if_cancelled()
        return ab_test_service.current_report(self.library_path, self.profile, self.item_kind)
