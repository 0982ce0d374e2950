"""Job definitions: small frozen dataclasses that name a service call and how to run it.

Each ``*Job`` carries only ids, paths and parameters (never a connection or a widget), says
which lane it needs and what to call it in the interface, and calls one function from
``services`` with the runner's ``progress`` and ``cancel``. Its ``params()`` (what the job
history keeps) follow from its fields (:class:`~desktop_recsys.jobs.params.FieldParams`), unless
the job says otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from desktop_recsys.errors import UserError
from desktop_recsys.jobs.base import JobLane
from desktop_recsys.jobs.params import DISPLAY_NAME, UNRECORDED, FieldParams, list_or_none, param
from desktop_recsys.library.models import LibraryStats, ModelRun
from desktop_recsys.progress import CancelToken, Message, ProgressFn
from desktop_recsys.services import (
    backup_service,
    evaluation_service,
    export_service,
    import_service,
    lab_service,
    library_service,
    recommend_service,
    training_service,
    ui_service,
)


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


def _library_key(path: Path) -> str:
    return str(Path(path).expanduser().absolute())


def _who(profile: int | str | None, name: str | None) -> str:
    """How a title names a profile: its name when the caller gave it, else its id."""
    if name:
        return name
    return f"profile {profile}" if isinstance(profile, int) else str(profile)


def _for_whom(profile: int | str | None, name: str | None) -> str:
    """A title's " for <profile>" when the job is for one profile, else nothing."""
    return f" for {_who(profile, name)}" if profile is not None else ""


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
        who = _for_whom(self.profile, self.profile_name)
        return f"Training {self.algorithm} on {self.item_kind}s{who}"

    @property
    def replace_key(self) -> str:
        return f"train:{_library_key(self.library_path)}:{self.profile}:{self.item_kind}"

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
        return f"Recommending {self.item_kind}s for {_who(self.profile, self.profile_name)}"

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

    kind: ClassVar[str] = "check_models"
    lane: ClassVar[JobLane] = JobLane.READ

    @property
    def title(self) -> str:
        return "Checking models for new data"

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> list[ModelRun]:
        cancel.raise_if_cancelled()
        return recommend_service.find_stale_runs(self.library_path)


@dataclass(frozen=True)
class ForYouJob(FieldParams):
    """The "For you" list of a profile and kind (read pool; result:
    :class:`~desktop_recsys.services.ui_service.ForYouResult`). Unlike :class:`RecommendJob`, a
    missing model is a result (the screen offers to train), not a failure."""

    library_path: Path
    models_dir: Path = field(metadata=UNRECORDED)
    profile: int
    item_kind: str
    n: int = 50
    algorithm: str | None = None
    cache: recommend_service.ModelCache | None = field(default=None, compare=False, repr=False)
    #: The profile's name, for the title only (the id is what the job uses).
    profile_name: str | None = field(default=None, compare=False, metadata=DISPLAY_NAME)

    kind: ClassVar[str] = "for_you"
    lane: ClassVar[JobLane] = JobLane.READ

    @property
    def title(self) -> str:
        return f"Recommending {self.item_kind}s for {_who(self.profile, self.profile_name)}"

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> ui_service.ForYouResult:
        return ui_service.for_you_list(
            self.library_path,
            self.models_dir,
            profile=self.profile,
            kind=self.item_kind,
            n=self.n,
            algorithm=self.algorithm,
            cache=self.cache,
            progress=progress,
            cancel=cancel,
        )


@dataclass(frozen=True)
class MoreLikeThisJob(FieldParams):
    """Items like one item, by content (read pool; result: a list of
    :class:`~desktop_recsys.services.ui_service.SimilarItem`)."""

    library_path: Path
    item_id: int
    n: int = 10
    #: The item's title, for the job's title only.
    item_title: str | None = field(default=None, compare=False, metadata=DISPLAY_NAME)

    kind: ClassVar[str] = "more_like_this"
    lane: ClassVar[JobLane] = JobLane.READ

    @property
    def title(self) -> str:
        what = f"“{self.item_title}”" if self.item_title else f"item {self.item_id}"
        return f"Finding items like {what}"

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> list[ui_service.SimilarItem]:
        return ui_service.more_like_this(
            self.library_path, self.item_id, n=self.n, progress=progress, cancel=cancel
        )


@dataclass(frozen=True)
class ProfileInsightsJob(FieldParams):
    """A profile's charts data (read pool; result:
    :class:`~desktop_recsys.services.ui_service.ProfileInsights`)."""

    library_path: Path
    profile: int
    item_kind: str | None = None
    #: The profile's name, for the title only.
    profile_name: str | None = field(default=None, compare=False, metadata=DISPLAY_NAME)

    kind: ClassVar[str] = "insights"
    lane: ClassVar[JobLane] = JobLane.READ

    @property
    def title(self) -> str:
        return f"Summarising {_who(self.profile, self.profile_name)}'s taste"

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> ui_service.ProfileInsights:
        return ui_service.profile_insights(
            self.library_path,
            self.profile,
            kind=self.item_kind,
            progress=progress,
            cancel=cancel,
        )


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


@dataclass(frozen=True)
class ExportItemListJob(FieldParams):
    """Write a list of items (a "For you" list) as M3U8 or CSV (read pool: it only reads the
    library; the file is written atomically by the exporter)."""

    library_path: Path
    item_ids: tuple[int, ...]
    out: Path
    name: str | None = None
    scores: tuple[float, ...] | None = None

    kind: ClassVar[str] = "export_list"
    lane: ClassVar[JobLane] = JobLane.READ

    @property
    def title(self) -> str:
        return f"Exporting {Path(self.out).name}"

    def params(self) -> dict[str, Any]:
        """Explicit: the history has always kept ``items`` (a count) after ``out``."""
        return {
            "library": str(self.library_path),
            "out": str(self.out),
            "items": len(self.item_ids),
        }

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> dict[str, Any]:
        cancel.raise_if_cancelled()
        progress(0.0, Message("Writing the list"))
        return export_service.export_item_list(
            self.library_path,
            list(self.item_ids),
            self.out,
            name=self.name,
            scores=list(self.scores) if self.scores is not None else None,
        )


@dataclass(frozen=True)
class ForYouCandidatesJob(FieldParams):
    """The "For you" list with a pool of extra candidates and their content vectors, so the
    diversity slider re-ranks on the GUI thread without a new job (read pool; result:
    :class:`~desktop_recsys.services.ui_service.ForYouResult`)."""

    library_path: Path
    models_dir: Path = field(metadata=UNRECORDED)
    profile: int
    item_kind: str
    n: int = 50
    pool: int = 150
    algorithm: str | None = None
    cache: recommend_service.ModelCache | None = field(default=None, compare=False, repr=False)
    profile_name: str | None = field(default=None, compare=False, metadata=DISPLAY_NAME)

    kind: ClassVar[str] = "for_you"
    lane: ClassVar[JobLane] = JobLane.READ

    @property
    def title(self) -> str:
        return f"Recommending {self.item_kind}s for {_who(self.profile, self.profile_name)}"

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> ui_service.ForYouResult:
        return ui_service.for_you_list(
            self.library_path,
            self.models_dir,
            profile=self.profile,
            kind=self.item_kind,
            n=self.n,
            algorithm=self.algorithm,
            cache=self.cache,
            diversity_pool=self.pool,
            progress=progress,
            cancel=cancel,
        )


@dataclass(frozen=True)
class ShelvesJob(FieldParams):
    """The "because you liked X" shelves of a profile and kind (read pool; result: a list of
    :class:`~desktop_recsys.services.ui_service.Shelf`)."""

    library_path: Path
    profile: int
    item_kind: str
    shelves: int = 3
    per_shelf: int = field(default=10, metadata=UNRECORDED)
    profile_name: str | None = field(default=None, compare=False, metadata=DISPLAY_NAME)

    kind: ClassVar[str] = "shelves"
    lane: ClassVar[JobLane] = JobLane.READ

    @property
    def title(self) -> str:
        who = _who(self.profile, self.profile_name)
        return f"Finding {self.item_kind}s like {who}'s favourites"

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> list[ui_service.Shelf]:
        return ui_service.because_you_liked(
            self.library_path,
            self.profile,
            self.item_kind,
            shelves=self.shelves,
            per_shelf=self.per_shelf,
            progress=progress,
            cancel=cancel,
        )


@dataclass(frozen=True)
class GroupListJob(FieldParams):
    """One list for several profiles (read pool; result:
    :class:`~desktop_recsys.services.ui_service.GroupResult`)."""

    library_path: Path
    models_dir: Path = field(metadata=UNRECORDED)
    profiles: tuple[int, ...] = field(metadata=param(convert=list))
    item_kind: str
    strategy: str = "average"
    n: int = 50
    cache: recommend_service.ModelCache | None = field(default=None, compare=False, repr=False)

    kind: ClassVar[str] = "group_list"
    lane: ClassVar[JobLane] = JobLane.READ

    @property
    def title(self) -> str:
        return f"Recommending {self.item_kind}s for a group of {len(self.profiles)}"

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> ui_service.GroupResult:
        return ui_service.group_list(
            self.library_path,
            self.models_dir,
            profiles=list(self.profiles),
            kind=self.item_kind,
            n=self.n,
            strategy=self.strategy,
            cache=self.cache,
            progress=progress,
            cancel=cancel,
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
        return ui_service.bulk_edit_items(
            self.library_path,
            list(self.item_ids),
            dict(self.fields),
            genres=list(self.genres) if self.genres is not None else None,
            progress=progress,
            cancel=cancel,
        )


def _options(pairs: tuple[tuple[str, Any], ...]) -> dict[str, Any]:
    return {str(k): v for k, v in pairs}


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
        who = _for_whom(self.profile, self.profile_name)
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
        who = _for_whom(self.profile, self.profile_name)
        return f"Tuning {self.algorithm} on {self.item_kind}s{who} ({self.budget_s:g} s)"

    @property
    def replace_key(self) -> str:
        return (
            f"tune:{_library_key(self.library_path)}:{self.profile}:{self.item_kind}:"
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


@dataclass(frozen=True)
class LabAlgorithmsJob(FieldParams):
    """The algorithms the Model Lab offers (read pool: it only imports the engine's registry,
    which takes a moment the first time; result: a list of
    :class:`~desktop_recsys.services.lab_service.LabAlgorithm`)."""

    kind: ClassVar[str] = "lab_algorithms"
    lane: ClassVar[JobLane] = JobLane.READ

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

    kind: ClassVar[str] = "export_report"
    lane: ClassVar[JobLane] = JobLane.READ

    @property
    def title(self) -> str:
        return f"Exporting {Path(self.out).name}"

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> Path:
        cancel.raise_if_cancelled()
        progress(0.0, Message("Writing the report"))
        return lab_service.export_report(self.result, self.out, self.fmt)


#: What :class:`ExportJob` can write, with the options each takes.
EXPORT_KINDS: dict[str, str] = {
    "library": "the items as CSV or JSON (options: fmt, kind)",
    "profile": "one profile's own data as a zip (options: profile)",
    "playlist": "a playlist as M3U8 or CSV (options: name, profile, fmt)",
    "recommendations": "a profile's recommendations as M3U8 or CSV (options: profile, kind, n, "
    "fmt; needs models_dir)",
}


@dataclass(frozen=True)
class ExportJob(FieldParams):
    """Write part of the library to a file (read pool: it only reads the library, and every
    exporter writes its file atomically, so a cancel or a failure leaves no partial file;
    result: the exporter's counts and the file).

    ``export_kind`` is a key of :data:`EXPORT_KINDS`; ``options`` holds ``(name, value)`` pairs
    so the definition stays hashable. Exporting recommendations may mark a model ``stale``
    (a one-row update, as :class:`RecommendJob` does).
    """

    library_path: Path
    export_kind: str
    out: Path
    options: tuple[tuple[str, Any], ...] = field(default=(), metadata=param(convert=_options))
    models_dir: Path | None = field(default=None, metadata=UNRECORDED)

    kind: ClassVar[str] = "export"
    lane: ClassVar[JobLane] = JobLane.READ

    @property
    def title(self) -> str:
        return f"Exporting {Path(self.out).name} ({self.export_kind})"

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> dict[str, Any]:
        options = _options(self.options)
        common: dict[str, Any] = {"progress": progress, "cancel": cancel}
        if self.export_kind == "library":
            return export_service.export_library(
                self.library_path,
                self.out,
                str(options.get("fmt") or "csv"),
                kind=options.get("kind"),
                **common,
            )
        if self.export_kind == "profile":
            return export_service.export_profile(
                self.library_path, _required(options, "profile", "profile"), self.out, **common
            )
        if self.export_kind == "playlist":
            cancel.raise_if_cancelled()  # the playlist exporter is one quick write, no checks
            return export_service.export_playlist(
                self.library_path,
                str(_required(options, "name", "playlist")),
                self.out,
                profile=options.get("profile"),
                fmt=options.get("fmt"),
                progress=progress,
            )
        if self.export_kind == "recommendations":
            if self.models_dir is None:
                raise UserError("exporting recommendations needs the models folder")
            return export_service.export_recommendations(
                self.library_path,
                self.models_dir,
                _required(options, "profile", "recommendations"),
                str(_required(options, "kind", "recommendations")),
                self.out,
                n=int(options.get("n", 50)),
                fmt=options.get("fmt"),
                **common,
            )
        raise UserError(
            f"unknown export kind {self.export_kind!r}; use one of {', '.join(EXPORT_KINDS)}"
        )


def _required(options: dict[str, Any], name: str, what: str) -> Any:
    value = options.get(name)
    if value is None or value == "":
        raise UserError(f"exporting a {what} needs the option {name!r}")
    return value
