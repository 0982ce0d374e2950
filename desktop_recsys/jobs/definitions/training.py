"""Jobs about a profile's models: train one, recommend from the serving one, switch which run
serves, and find the serving models whose data changed (for idle-time retraining)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from desktop_recsys.jobs.definitions.naming import for_profile, library_key, profile_label
from desktop_recsys.jobs.params import DISPLAY_NAME, UNRECORDED, FieldParams, param
from desktop_recsys.jobs.records import JobLane
from desktop_recsys.library.models import ModelRun
from desktop_recsys.progress import CancelToken, ProgressFn
from desktop_recsys.services import (
    evaluation_service,
    freshness,
    recommend_service,
    training_service,
)


@dataclass(frozen=True)
class TrainModelJob(FieldParams):
    """Train a model for a profile and item kind and register it as a model run (write lane).

    Trainings run one at a time (the write lane has one thread), so two never fight for the
    cores. ``replace_key``: a second training for the same library, profile and item kind
    replaces one that is still queued, so clicking "Train" twice, or an idle-time retrain,
    never queues the same work twice (a training already running goes on; the new one waits).
    ``hyper_params`` holds ``(name, value)`` pairs so that the definition stays hashable. The
    result is the new run's id. ``evaluate``: also fit a copy on a held-out split and put its
    figures on the model card (:func:`~desktop_recsys.services.evaluation_service.holdout_card_metrics`;
    about twice the time).
    """

    library_path: Path
    models_dir: Path = field(metadata=UNRECORDED)
    item_kind: str
    algorithm: str = training_service.DEFAULT_ALGORITHM
    hyper_params: tuple[tuple[str, str], ...] = field(default=(), metadata=param("params", dict))
    profile: int | str | None = None
    signal: str = "auto"
    time_decay_days: float | None = None
    evaluate: bool = False
    #: The profile's name, for the title only (the caller knows it; the id is what counts).
    profile_name: str | None = field(default=None, compare=False, metadata=DISPLAY_NAME)

    kind: ClassVar[str] = "train"
    lane: ClassVar[JobLane] = JobLane.WRITE

    @property
    def title(self) -> str:
        who = for_profile(self.profile, self.profile_name)
        return f"Training {self.algorithm} on {self.item_kind}s{who}"

    @property
    def replace_key(self) -> str:
        return f"train:{library_key(self.library_path)}:{self.profile}:{self.item_kind}"

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> int:
        return training_service.train_model(
            self.library_path,
            self.models_dir,
            kind=self.item_kind,
            algorithm=self.algorithm,
            params=dict(self.hyper_params),
            profile=self.profile,
            signal=self.signal,
            time_decay_days=self.time_decay_days,
            evaluate=evaluation_service.holdout_card_metrics if self.evaluate else None,
            progress=progress,
            cancel=cancel,
        )


@dataclass(frozen=True)
class RecommendJob(FieldParams):
    """A profile's recommendation list from the serving model (read pool; result:
    :class:`~desktop_recsys.services.recommend_service.Recommendations`).

    Reads, apart from marking a model ``stale`` when its data changed (a one-row update that
    is skipped if the library is busy), so it runs beside a training. ``cache`` (shared by the
    GUI's jobs) keeps recently loaded models; it is not part of the job's identity.
    """

    library_path: Path
    models_dir: Path = field(metadata=UNRECORDED)
    profile: int | str
    item_kind: str
    n: int = 20
    algorithm: str | None = None
    exclude_not_interested: bool = True
    cache: recommend_service.ModelCache | None = field(default=None, compare=False, repr=False)
    profile_name: str | None = field(default=None, compare=False, metadata=DISPLAY_NAME)

    kind: ClassVar[str] = "recommend"
    lane: ClassVar[JobLane] = JobLane.READ

    @property
    def title(self) -> str:
        return (
            f"Recommending {self.item_kind}s for {profile_label(self.profile, self.profile_name)}"
        )

    def __call__(
        self, progress: ProgressFn, cancel: CancelToken
    ) -> recommend_service.Recommendations:
        return recommend_service.recommend_for(
            self.library_path,
            self.models_dir,
            profile=self.profile,
            kind=self.item_kind,
            n=self.n,
            algorithm=self.algorithm,
            exclude_not_interested=self.exclude_not_interested,
            cache=self.cache,
            progress=progress,
            cancel=cancel,
        )


@dataclass(frozen=True)
class ActivateModelRunJob(FieldParams):
    """Roll back (or forward) to a model run: it serves its profile and kind again (write lane)."""

    library_path: Path
    models_dir: Path = field(metadata=UNRECORDED)
    run_id: int

    kind: ClassVar[str] = "activate_model"
    lane: ClassVar[JobLane] = JobLane.WRITE

    @property
    def title(self) -> str:
        return f"Switching to model {self.run_id}"

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> ModelRun:
        cancel.raise_if_cancelled()
        return recommend_service.activate_run(self.library_path, self.models_dir, self.run_id)


@dataclass(frozen=True)
class FindStaleModelsJob(FieldParams):
    """Mark and list the serving models whose data changed (read pool; for idle retrains)."""

    library_path: Path
    #: Only the stale models due for a refresh (the idle retrain; issue 17).
    due_only: bool = False

    kind: ClassVar[str] = "check_models"
    lane: ClassVar[JobLane] = JobLane.READ

    @property
    def title(self) -> str:
        return "Checking models for new data"

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> list[ModelRun]:
        cancel.raise_if_cancelled()
        if self.due_only:
            return freshness.find_due_runs(self.library_path)
        return recommend_service.find_stale_runs(self.library_path)
