""" "Sounds like this": the tracks nearest one track by sound (read pool)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from desktop_recsys.jobs.params import DISPLAY_NAME, FieldParams
from desktop_recsys.jobs.records import JobLane
from desktop_recsys.progress import CancelToken, ProgressFn
from desktop_recsys.services import sound_space


@dataclass(frozen=True)
class SoundsLikeJob(FieldParams):
    """Tracks that sound like one track (read pool; result: a list of
    :class:`~desktop_recsys.services.sound_space.SoundAlike`, empty for a track without
    features)."""

    library_path: Path
    item_id: int
    n: int = 10
    #: Whose limits apply (None: nobody's).
    profile: int | None = None
    #: The track's title, for the job's title only.
    item_title: str | None = field(default=None, compare=False, metadata=DISPLAY_NAME)

    kind: ClassVar[str] = "sounds_like"
    lane: ClassVar[JobLane] = JobLane.READ
    #: A short read: not kept in the job history (see ``JobInfo.quiet``).
    quiet: ClassVar[bool] = True

    @property
    def title(self) -> str:
        what = f"“{self.item_title}”" if self.item_title else f"item {self.item_id}"
        return f"Finding tracks that sound like {what}"

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> list[sound_space.SoundAlike]:
        return sound_space.sounds_like(
            self.library_path,
            self.item_id,
            n=self.n,
            profile=self.profile,
            progress=progress,
            cancel=cancel,
        )
