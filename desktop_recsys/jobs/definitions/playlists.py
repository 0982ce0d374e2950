"""Smart playlists from the window: the rule builder's live count, saving its rules, and
refreshing a profile's smart playlists after the library changed."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from desktop_recsys.jobs.params import UNRECORDED, FieldParams
from desktop_recsys.jobs.records import JobLane
from desktop_recsys.progress import CancelToken, ProgressFn
from desktop_recsys.services import smart_playlists


@dataclass(frozen=True)
class PreviewRulesJob(FieldParams):
    """How many items the rules being edited select, and the first of them (read pool;
    result: :class:`~desktop_recsys.services.smart_playlists.SmartResult`). ``rules`` is the
    JSON text, so the definition stays hashable."""

    library_path: Path
    models_dir: Path | None = field(metadata=UNRECORDED)
    profile: int
    rules: str = field(default="{}", metadata=UNRECORDED)

    kind: ClassVar[str] = "playlist_preview"
    lane: ClassVar[JobLane] = JobLane.READ
    quiet: ClassVar[bool] = True

    @property
    def title(self) -> str:
        return "Counting the matching items"

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> smart_playlists.SmartResult:
        cancel.raise_if_cancelled()
        return smart_playlists.preview_json(
            self.library_path, self.models_dir, self.profile, json.loads(self.rules)
        )


@dataclass(frozen=True)
class SaveSmartPlaylistJob(FieldParams):
    """Create a smart playlist, or store new rules for one (write lane: it stores the list)."""

    library_path: Path
    models_dir: Path | None = field(metadata=UNRECORDED)
    profile: int
    name: str
    rules: str = field(default="{}", metadata=UNRECORDED)
    playlist_id: int | None = None

    kind: ClassVar[str] = "playlist_save"
    lane: ClassVar[JobLane] = JobLane.WRITE

    @property
    def title(self) -> str:
        return f"Saving the smart playlist {self.name}"

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> smart_playlists.SmartResult:
        cancel.raise_if_cancelled()
        return smart_playlists.save_json(
            self.library_path,
            self.models_dir,
            self.profile,
            self.name,
            json.loads(self.rules),
            self.playlist_id,
        )


@dataclass(frozen=True)
class RefreshSmartPlaylistsJob(FieldParams):
    """Compute every smart playlist of a profile again (write lane: it stores the lists;
    result: ``playlist id -> SmartResult``)."""

    library_path: Path
    models_dir: Path | None = field(metadata=UNRECORDED)
    profile: int

    kind: ClassVar[str] = "playlists_refresh"
    lane: ClassVar[JobLane] = JobLane.WRITE
    quiet: ClassVar[bool] = True

    @property
    def title(self) -> str:
        return "Refreshing smart playlists"

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> dict[int, Any]:
        cancel.raise_if_cancelled()
        return smart_playlists.refresh_all(self.library_path, self.models_dir, self.profile)
