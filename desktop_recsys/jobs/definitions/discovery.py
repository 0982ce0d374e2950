"""The reads behind browsing: the "For you" list with its re-ranking candidates, the "because
you liked" shelves, one list for a group of profiles, items like one item, and a profile's taste
summarised for the Insights charts."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from desktop_recsys.jobs.definitions.naming import profile_label
from desktop_recsys.jobs.params import DISPLAY_NAME, UNRECORDED, FieldParams, param
from desktop_recsys.jobs.records import JobLane
from desktop_recsys.progress import CancelToken, ProgressFn
from desktop_recsys.services import (
    for_you_service,
    group_service,
    insights_service,
    recommend_service,
    similar_items,
)
from desktop_recsys.services.for_you_vectors import SliderVectors


@dataclass(frozen=True)
class ForYouCandidatesJob(FieldParams):
    """The "For you" list with a pool of extra candidates and their content vectors, so the
    diversity slider re-ranks on the GUI thread without a new job (read pool; result:
    :class:`~desktop_recsys.services.for_you_service.ForYouResult`)."""

    library_path: Path
    models_dir: Path = field(metadata=UNRECORDED)
    profile: int
    item_kind: str
    n: int = 50
    pool: int = 150
    algorithm: str | None = None
    cache: recommend_service.ModelCache | None = field(default=None, compare=False, repr=False)
    profile_name: str | None = field(default=None, compare=False, metadata=DISPLAY_NAME)
    #: The catalogue's content rows for the slider, kept between lists (the view's).
    vector_cache: SliderVectors | None = field(default=None, compare=False, repr=False)

    kind: ClassVar[str] = "for_you"
    lane: ClassVar[JobLane] = JobLane.READ
    #: A short read: not kept in the job history (see ``JobInfo.quiet``).
    quiet: ClassVar[bool] = True

    @property
    def title(self) -> str:
        return (
            f"Recommending {self.item_kind}s for {profile_label(self.profile, self.profile_name)}"
        )

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> for_you_service.ForYouResult:
        return for_you_service.for_you_list(
            self.library_path,
            self.models_dir,
            profile=self.profile,
            kind=self.item_kind,
            n=self.n,
            algorithm=self.algorithm,
            cache=self.cache,
            diversity_pool=self.pool,
            vector_cache=self.vector_cache,
            progress=progress,
            cancel=cancel,
        )


@dataclass(frozen=True)
class ShelvesJob(FieldParams):
    """The "because you liked X" shelves of a profile and kind (read pool; result: a list of
    :class:`~desktop_recsys.services.similar_items.Shelf`)."""

    library_path: Path
    profile: int
    item_kind: str
    shelves: int = 3
    per_shelf: int = field(default=10, metadata=UNRECORDED)
    profile_name: str | None = field(default=None, compare=False, metadata=DISPLAY_NAME)

    kind: ClassVar[str] = "shelves"
    lane: ClassVar[JobLane] = JobLane.READ
    #: A short read: not kept in the job history (see ``JobInfo.quiet``).
    quiet: ClassVar[bool] = True

    @property
    def title(self) -> str:
        who = profile_label(self.profile, self.profile_name)
        return f"Finding {self.item_kind}s like {who}'s favourites"

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> list[similar_items.Shelf]:
        return similar_items.because_you_liked(
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
    :class:`~desktop_recsys.services.group_service.GroupResult`)."""

    library_path: Path
    models_dir: Path = field(metadata=UNRECORDED)
    profiles: tuple[int, ...] = field(metadata=param(convert=list))
    item_kind: str
    strategy: str = "average"
    n: int = 50
    cache: recommend_service.ModelCache | None = field(default=None, compare=False, repr=False)

    kind: ClassVar[str] = "group_list"
    lane: ClassVar[JobLane] = JobLane.READ
    #: A short read: not kept in the job history (see ``JobInfo.quiet``).
    quiet: ClassVar[bool] = True

    @property
    def title(self) -> str:
        return f"Recommending {self.item_kind}s for a group of {len(self.profiles)}"

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> group_service.GroupResult:
        return group_service.group_list(
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
class MoreLikeThisJob(FieldParams):
    """Items like one item, by what people do, and by content for items nobody touched (read
    pool; result: :class:`~desktop_recsys.services.similar_items.SimilarResult`)."""

    library_path: Path
    item_id: int
    n: int = 10
    #: The item's title, for the job's title only.
    item_title: str | None = field(default=None, compare=False, metadata=DISPLAY_NAME)
    #: The profile looking (its limits hide items: services/limits.py); None: no limits.
    profile: int | None = None
    #: Where the serving models are (None: the library's own history).
    models_dir: Path | None = field(default=None, metadata=UNRECORDED)
    cache: recommend_service.ModelCache | None = field(default=None, compare=False, repr=False)

    kind: ClassVar[str] = "more_like_this"
    lane: ClassVar[JobLane] = JobLane.READ
    #: A short read: not kept in the job history (see ``JobInfo.quiet``).
    quiet: ClassVar[bool] = True

    @property
    def title(self) -> str:
        what = f"“{self.item_title}”" if self.item_title else f"item {self.item_id}"
        return f"Finding items like {what}"

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> similar_items.SimilarResult:
        return similar_items.similar_to(
            self.library_path,
            self.models_dir,
            self.item_id,
            n=self.n,
            profile=self.profile,
            cache=self.cache,
            progress=progress,
            cancel=cancel,
        )


@dataclass(frozen=True)
class ProfileInsightsJob(FieldParams):
    """A profile's charts data (read pool; result:
    :class:`~desktop_recsys.services.insights_service.ProfileInsights`)."""

    library_path: Path
    profile: int
    item_kind: str | None = None
    #: The profile's name, for the title only.
    profile_name: str | None = field(default=None, compare=False, metadata=DISPLAY_NAME)

    kind: ClassVar[str] = "insights"
    lane: ClassVar[JobLane] = JobLane.READ
    #: A short read: not kept in the job history (see ``JobInfo.quiet``).
    quiet: ClassVar[bool] = True

    @property
    def title(self) -> str:
        return f"Summarising {profile_label(self.profile, self.profile_name)}'s taste"

    def __call__(
        self, progress: ProgressFn, cancel: CancelToken
    ) -> insights_service.ProfileInsights:
        return insights_service.profile_insights(
            self.library_path,
            self.profile,
            kind=self.item_kind,
            progress=progress,
            cancel=cancel,
        )
