"""Library use cases: opening, the GUI's session (reads, filters), bulk editing, statistics,
profiles, the demo library."""

from __future__ import annotations

import contextlib
import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_recsys.errors import UserError
from desktop_recsys.library import Library, db, limits_rows
from desktop_recsys.library.models import Item, ItemRow, LibraryStats, Profile
from desktop_recsys.library.queries import ItemQuery
from desktop_recsys.library.repositories import item_search
from desktop_recsys.progress import CancelToken, Message, ProgressFn, no_progress

if TYPE_CHECKING:
    from desktop_recsys.library.demo import DemoRemoval


def open_library(path: str | Path, *, defer_check: bool = False) -> Library:
    """Open (create or upgrade) the library at ``path``; raises a one-line LibraryError.

    ``defer_check``: the file's integrity check is left to :func:`check_library_later`, which
    the caller runs soon after (the window, once it shows: 0.4 s on 2 million ratings)."""
    return Library.open(Path(path), defer_check=defer_check)


def check_library_later(
    path: str | Path, progress: ProgressFn = no_progress, cancel: CancelToken | None = None
) -> Message | None:
    """Job-shaped: the integrity check ``open_library(defer_check=True)`` put off. None when
    the file is sound, else the one-line problem to show (later opens refuse the file)."""
    return db.check_deferred(path)


#: The sort key of a search's own order (best matches first), for the tables.
RELEVANCE = item_search.RELEVANCE


@dataclass
class LibrarySession:
    """The GUI's own connection to the library: cheap reads and short one-row writes.

    The reads live here; the writes (ratings, marks, playlists, profiles) go through
    :class:`~desktop_recsys.services.item_actions.ItemActions` and
    :class:`~desktop_recsys.services.profile_service.ProfileService`, which take a session.
    Every call answers within milliseconds on a 100,000-item library, inside one short
    transaction; anything slower is a job with its own connection. No SQL in ui.
    """

    library: Library
    #: The profile the window shows: its limits (services/limits.py) narrow every item read.
    viewer: int | None = None

    def limited_for(self) -> int | None:
        """The viewer when it has limits (then reads add the limits' condition), else None."""
        if self.viewer is None:
            return None
        return self.viewer if limits_rows.limited_profiles(self.library) & {self.viewer} else None

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
        limited = self.limited_for()
        if limited is not None:
            return self.library.items.count(ItemQuery(kind=kind, text=query, limited_for=limited))
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
        limited = self.limited_for()
        if limited is not None:
            kind = ItemQuery(kind=kind, text=query, limited_for=limited)  # type: ignore[assignment]
            query = None
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


@dataclass(frozen=True)
class ItemFilter:
    """What the Library screen's filter bar narrows a table to; None means "any"."""

    genre: str | None = None
    year_min: int | None = None
    year_max: int | None = None
    #: At least this many stars from the current profile.
    min_rating: float | None = None
    #: Rated (True) or not rated (False) by the current profile.
    rated: bool | None = None
    #: Played (True) or never played (False) by the current profile.
    played: bool | None = None
    #: Only items whose file is missing (True) or present/catalogue-only (False).
    missing: bool | None = None
    #: Certified for this age or younger; only unrated (True) or rated (False); explicit or not.
    max_age: int | None = None
    unrated: bool | None = None
    explicit: bool | None = None

    def is_empty(self) -> bool:
        return all(getattr(self, f) is None for f in self.__dataclass_fields__)

    def needs_profile(self) -> bool:
        return self.min_rating is not None or self.rated is not None or self.played is not None

    def to_query(self, kind: str | None, text: str | None, profile_id: int | None) -> ItemQuery:
        """The library query for this filter, a kind and a search text (the profile filters
        apply only with a profile)."""
        return ItemQuery(
            kind=kind,
            text=text,
            genre=self.genre,
            year_min=self.year_min,
            year_max=self.year_max,
            missing=self.missing,
            profile=profile_id,
            min_rating=self.min_rating,
            rated=self.rated,
            played=self.played,
            max_age=self.max_age,
            unrated=self.unrated,
            explicit=self.explicit,
        )


def count_filtered(
    session: LibrarySession,
    kind: str | None,
    query: str | None,
    item_filter: ItemFilter,
    profile_id: int | None,
) -> int:
    """How many items match a search and a filter (a cheap read for the table model)."""
    selection = item_filter.to_query(kind, query, profile_id)
    selection = dataclasses.replace(selection, limited_for=session.limited_for())
    return session.library.items.count(selection)


def page_filtered(
    session: LibrarySession,
    kind: str | None,
    offset: int,
    limit: int,
    *,
    order_by: str,
    descending: bool,
    query: str | None,
    item_filter: ItemFilter,
    profile_id: int | None,
) -> list[ItemRow]:
    """A page of the filtered list in display order (a cheap read for the table model)."""
    selection = item_filter.to_query(kind, query, profile_id)
    return session.library.items.page(
        dataclasses.replace(selection, limited_for=session.limited_for()),
        offset=offset,
        limit=limit,
        order_by=order_by,
        descending=descending,
    )


def first_page_filtered(
    session: LibrarySession,
    kind: str | None,
    limit: int,
    *,
    order_by: str,
    descending: bool,
    query: str | None,
    item_filter: ItemFilter,
    profile_id: int | None,
) -> tuple[int, list[ItemRow]]:
    """How many items match a search and a filter, and the first page of them (what a table
    shows after each keystroke: the search's plan is found once for both)."""
    selection = item_filter.to_query(kind, query, profile_id)
    return session.library.items.count_and_page(
        dataclasses.replace(selection, limited_for=session.limited_for()),
        limit=limit,
        order_by=order_by,
        descending=descending,
    )


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


#: Fields the bulk editor may set on many items at once.
BULK_FIELDS = ("artist", "album", "album_artist", "year", "language", "certification", "explicit")


def bulk_edit_items(
    library_path: str | Path,
    item_ids: list[int],
    fields: dict[str, Any],
    *,
    genres: list[str] | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> int:
    """Set the same ``fields`` (a subset of :data:`BULK_FIELDS`; None or "" clears one) and,
    if given, the same genres on every item; returns how many items were changed. A single
    item's ``title`` may be set too (never blank)."""
    token = cancel if cancel is not None else CancelToken()
    unknown = set(fields) - set(BULK_FIELDS) - {"title"}
    if unknown:
        raise UserError(Message("cannot bulk-edit {choices}", choices=", ".join(sorted(unknown))))
    if "title" in fields and len(item_ids) != 1:
        raise UserError(Message("a title is edited one item at a time; select a single item"))
    clean: dict[str, Any] = {}
    for name, value in fields.items():
        if isinstance(value, str):
            value = value.strip() or None
        if name == "year" and value is not None:
            try:
                value = int(value)
            except (TypeError, ValueError):
                raise UserError(
                    Message("a year is a whole number (got {value})", value=repr(value))
                ) from None
        if name == "certification" and value is not None:
            from desktop_recsys.services.limits import parse_certification

            parse_certification(value)  # unknown text: a one-line error, nothing written
        clean[name] = value
    done = 0
    with Library.open(Path(library_path)) as library:
        for index, item_id in enumerate(item_ids):
            token.raise_if_cancelled()
            if clean:
                library.items.update(item_id, by_person=True, **clean)
            if genres is not None:
                library.items.set_genres(
                    item_id, [g.strip() for g in genres if g.strip()], by_person=True
                )
            done += 1
            if index % 50 == 0:
                progress(
                    index / max(1, len(item_ids)), Message("Edited {count:,} items", count=index)
                )
    progress(1.0, Message("Edited {count:,} items", count=done))
    return done


def remove_demo_library(
    path: str | Path,
    models_dir: str | Path | None,
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> DemoRemoval:
    """Remove every synthetic (demo) row from the library in one transaction (a job; real
    rows stay), then delete the files of the models that had learned from demo data."""
    from desktop_recsys.library.demo import remove_demo  # deferred: the demo module loads numpy

    progress(0.0, Message("Removing the demo data"))
    if cancel is not None:
        cancel.raise_if_cancelled()
    with open_library(path) as library:
        removed = remove_demo(library)
    if models_dir is not None:
        for name in removed.model_files:
            with contextlib.suppress(OSError):
                (Path(models_dir) / name).unlink()
    progress(1.0, Message("Demo data removed"))
    return removed


def holds_demo_data(path: str | Path) -> bool:
    """Whether the library holds synthetic (demo) items or profiles."""
    from desktop_recsys.library.demo import holds_demo  # deferred: numpy

    with open_library(path) as library:
        return holds_demo(library)
