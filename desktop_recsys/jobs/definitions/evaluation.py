"""Jobs that measure algorithms: compare them with an evaluation protocol, and tune one's
hyper-parameters within a time budget."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from desktop_recsys.jobs.definitions.naming import for_profile, library_key
from desktop_recsys.jobs.params import DISPLAY_NAME, FieldParams, param
from desktop_recsys.jobs.records import JobLane
from desktop_recsys.progress import CancelToken, ProgressFn
from desktop_recsys.services import evaluation_service, lab_service


@dataclass(frozen=True)
class EvaluateJob(FieldParams):
    """Compare algorithms on the library's data with an evaluation protocol (write lane; result:
    :class:`~desktop_recsys.engine.evaluation.report.EvaluationReport`).

    It writes nothing, but it fits every algorithm (once per fold), which is training: in the
    write lane it runs one at a time with trainings and under the BLAS cap, so it never takes
    the interface's core. ``algorithms`` are ``name`` or ``name:key=value;...`` entries, as
    ``desktop-recsys evaluate --algorithms`` takes them.
    """

    library_path: Path
    item_kind: str
    algorithms: tuple[str, ...] = field(
        default=evaluation_service.DEFAULT_ALGORITHMS, metadata=param(convert=list)
    )
    protocol: str = "holdout"
    k: tuple[int, ...] = field(default=(10,), metadata=param(convert=list))
    profile: int | str | None = None
    signal: str = "auto"
    last_n: int | None = None
    folds: int = 5
    seed: int = 42
    rankers: bool = False
    use_tuned: bool = False
    profile_name: str | None = field(default=None, compare=False, metadata=DISPLAY_NAME)

    kind: ClassVar[str] = "evaluate"
    lane: ClassVar[JobLane] = JobLane.WRITE

    @property
    def title(self) -> str:
        who = for_profile(self.profile, self.profile_name)
        if len(self.algorithms) == 1:
            return f"Evaluating {self.algorithms[0]} on {self.item_kind}s{who}"
        return f"Evaluating {len(self.algorithms)} algorithms on {self.item_kind}s{who}"

    def __call__(
        self, progress: ProgressFn, cancel: CancelToken
    ) -> evaluation_service.EvaluationReport:
        return evaluation_service.evaluate(
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
            rankers=self.rankers,
            use_tuned=self.use_tuned,
            progress=progress,
            cancel=cancel,
        )


@dataclass(frozen=True)
class TuneJob(FieldParams):
    """Search an algorithm's hyper-parameters within a time budget and store the best as the
    library's or a profile's choice (write lane: it trains and writes; result:
    :class:`~desktop_recsys.engine.evaluation.tuning.TuningResult`).

    ``replace_key``: a second tuning of the same algorithm for the same library, profile and
    item kind replaces one still queued (its result would be overwritten anyway). A cancelled
    tuning stores nothing.
    """

    library_path: Path
    item_kind: str
    algorithm: str
    budget_s: float
    profile: int | str | None = None
    signal: str = "auto"
    method: str = "random"
    metric: str | None = None
    max_trials: int | None = None
    seed: int = 42
    save: bool = True
    profile_name: str | None = field(default=None, compare=False, metadata=DISPLAY_NAME)

    kind: ClassVar[str] = "tune"
    lane: ClassVar[JobLane] = JobLane.WRITE

    @property
    def title(self) -> str:
        who = for_profile(self.profile, self.profile_name)
        return f"Tuning {self.algorithm} on {self.item_kind}s{who} ({self.budget_s:g} s)"

    @property
    def replace_key(self) -> str:
        return (
            f"tune:{library_key(self.library_path)}:{self.profile}:{self.item_kind}:"
            f"{self.algorithm}"
        )

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> Any:
        return evaluation_service.tune(
            self.library_path,
            kind=self.item_kind,
            algorithm=self.algorithm,
            budget_s=self.budget_s,
            profile=self.profile,
            signal=self.signal,
            method=self.method,
            metric=self.metric,
            max_trials=self.max_trials,
            seed=self.seed,
            save=self.save,
            progress=progress,
            cancel=cancel,
        )


@dataclass(frozen=True)
class TuneManyJob(FieldParams):
    """The Lab's tuning: each of ``algorithms`` in turn, ``budget_s`` seconds each, as ONE job
    with one cancel (write lane; result: a list of
    :class:`~desktop_recsys.engine.evaluation.tuning.TuningResult`, in order)."""

    library_path: Path
    item_kind: str
    algorithms: tuple[str, ...] = field(metadata=param(convert=list))
    budget_s: float = 60.0
    profile: int | str | None = None
    profile_name: str | None = field(default=None, compare=False, metadata=DISPLAY_NAME)

    kind: ClassVar[str] = "tune_many"
    lane: ClassVar[JobLane] = JobLane.WRITE

    @property
    def title(self) -> str:
        who = for_profile(self.profile, self.profile_name)
        names = ", ".join(self.algorithms)
        return f"Tuning {names} on {self.item_kind}s{who} ({self.budget_s:g} s each)"

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> Any:
        return lab_service.tune_many(
            self.library_path,
            kind=self.item_kind,
            algorithms=self.algorithms,
            budget_s=self.budget_s,
            profile=self.profile,
            progress=progress,
            cancel=cancel,
        )
