"""Radio and daily mixes: start a radio from a seed (read pool) and make the daily mixes
again (write lane: they are stored in the library)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from desktop_recsys.jobs.definitions.naming import profile_label
from desktop_recsys.jobs.params import DISPLAY_NAME, UNRECORDED, FieldParams, param
from desktop_recsys.jobs.records import JobLane
from desktop_recsys.progress import CancelToken, ProgressFn
from desktop_recsys.services import mixes_service, radio_service


@dataclass(frozen=True)
class StartRadioJob(FieldParams):
    """A radio from a seed for a profile (read pool; result:
    :class:`~desktop_recsys.services.radio_service.Radio`, whose ``next_items`` the view asks
    on the GUI thread: pure Python over what the job read)."""

    library_path: Path
    models_dir: Path | None = field(metadata=UNRECORDED)
    seed: str
    profile: int | None = None
    balance: float = radio_service.DEFAULT_BALANCE
    #: How much of what follows is chosen by how tracks sound (0-1; ``services/sound_radio``).
    sound_share: float = 0.0
    #: The seed's title, for the job's title only.
    seed_title: str | None = field(default=None, compare=False, metadata=DISPLAY_NAME)
    cache: Any = field(default=None, compare=False, repr=False)
    neighbours: Any = field(default=None, compare=False, repr=False)

    kind: ClassVar[str] = "radio"
    lane: ClassVar[JobLane] = JobLane.READ
    #: A short read: not kept in the job history (see ``JobInfo.quiet``).
    quiet: ClassVar[bool] = True

    @property
    def title(self) -> str:
        what = f"“{self.seed_title}”" if self.seed_title else self.seed
        return f"Starting a radio from {what}"

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> radio_service.Radio:
        return radio_service.start_radio(
            self.library_path,
            self.models_dir,
            self.seed,
            profile=self.profile,
            balance=self.balance,
            sound_share=self.sound_share,
            cache=self.cache,
            neighbours=self.neighbours,
            progress=progress,
            cancel=cancel,
        )


@dataclass(frozen=True)
class RefreshMixesJob(FieldParams):
    """Make the daily mixes of every profile (or the given ones) that need them: none yet,
    a day old, or made from another model than the serving one (write lane: stored in the
    library; result: ``{profile id: number of mixes}``)."""

    library_path: Path
    models_dir: Path | None = field(metadata=UNRECORDED)
    profiles: tuple[int, ...] | None = field(
        default=None, metadata=param(convert=lambda p: list(p) if p else None)
    )
    item_kind: str = "track"
    force: bool = False
    #: A new "sound" share for these profiles' mixes (0-1; None: each profile's own).
    sound_share: float | None = None
    profile_name: str | None = field(default=None, compare=False, metadata=DISPLAY_NAME)
    cache: Any = field(default=None, compare=False, repr=False)

    kind: ClassVar[str] = "mixes"
    lane: ClassVar[JobLane] = JobLane.WRITE
    #: Made again by itself (idle time, the For you row): not kept in the job history.
    quiet: ClassVar[bool] = True

    @property
    def title(self) -> str:
        if self.profiles and len(self.profiles) == 1:
            who = profile_label(self.profiles[0], self.profile_name)
            return f"Making the daily mixes of {who}"
        return "Making the daily mixes"

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> dict[int, int]:
        return mixes_service.refresh_mixes(
            self.library_path,
            self.models_dir,
            profiles=list(self.profiles) if self.profiles else None,
            kind=self.item_kind,
            force=self.force,
            cache=self.cache,
            sound_share=self.sound_share,
            progress=progress,
            cancel=cancel,
        )
