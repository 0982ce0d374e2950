"""Library use cases: opening, reading for the GUI, statistics, profiles, the demo library."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_recsys.library import Library
from desktop_recsys.library.models import Item, ItemRow, LibraryStats, Profile
from desktop_recsys.progress import CancelToken, ProgressFn, no_progress


def open_library(path: str | Path) -> Library:
    """Open (create or upgrade) the library at ``path``; raises a one-line LibraryError."""
    return Library.open(Path(path))


@dataclass
class LibraryReader:
    """Cheap reads for the GUI thread over the GUI's own connection (no writes, no SQL in ui).

    Every method answers within milliseconds on a 100,000-item library; anything slower is a
    job.
    """

    library: Library

    @property
    def path(self) -> Path:
        return self.library.path

    def is_synthetic(self) -> bool:
        return self.library.meta.get("synthetic_demo") == "1"

    def is_empty(self) -> bool:
        return self.library.stats.is_empty()

    def stats(self) -> LibraryStats:
        return self.library.stats.collect()

    def count_items(self, kind: str | None = None, query: str | None = None) -> int:
        return self.library.items.count(kind, query)

    def item_page(
        self,
        kind: str | None,
        offset: int,
        limit: int,
        *,
        order_by: str = "title",
        descending: bool = False,
        query: str | None = None,
    ) -> list[ItemRow]:
        return self.library.items.page(
            kind,
            offset=offset,
            limit=limit,
            order_by=order_by,
            descending=descending,
            query=query,
        )

    def item(self, item_id: int) -> Item | None:
        return self.library.items.get(item_id)

    def item_details(self, item_id: int) -> dict[str, Any] | None:
        """Everything the detail pane shows about one item."""
        item = self.library.items.get(item_id)
        if item is None:
            return None
        return {
            "item": item,
            "credits": self.library.items.credits(item_id),
            "external_ids": self.library.items.external_ids(item_id),
        }

    def profiles(self) -> list[Profile]:
        return self.library.profiles.list()


def library_stats(path: str | Path) -> LibraryStats:
    """Counts of items by kind, profiles, ratings, plays, friendships, genres and tags."""
    with open_library(path) as library:
        return library.stats.collect()


def add_profile(path: str | Path, name: str) -> Profile:
    with open_library(path) as library:
        return library.profiles.add(name)


def list_profiles(path: str | Path) -> list[Profile]:
    with open_library(path) as library:
        return library.profiles.list()


def remove_profile(path: str | Path, name_or_id: str) -> tuple[Profile, dict[str, int]]:
    """Delete a profile; returns it and what was erased with it."""
    with open_library(path) as library:
        profile = library.profiles.require(name_or_id)
        erased = library.profiles.what_removal_erases(profile.id)
        library.profiles.remove(profile.id)
        return profile, erased


def create_demo_library(
    path: str | Path,
    *,
    seed: int = 7,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> LibraryStats:
    """Fill an empty library with the synthetic demo (a job: ~1-3 s); returns its counts."""
    # Deferred: the generator pulls in numpy, which the CLI's quick commands do not need.
    from desktop_recsys.library.demo import build_demo

    with open_library(path) as library:
        build_demo(library, seed=seed, progress=progress, cancel=cancel)
        return library.stats.collect()
