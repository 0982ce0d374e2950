"""Plain dataclasses for library rows: what the repositories take and return.

Also the closed vocabularies of the schema (item kinds, marks, statuses) and the check that a
kind is one of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from desktop_recsys.errors import UserError
from desktop_recsys.library.file_paths import display_path
from desktop_recsys.progress import Message

ItemKind = Literal["track", "artist", "film"]
ITEM_KINDS: tuple[ItemKind, ...] = ("track", "artist", "film")
MarkKind = Literal["not_interested", "dont_learn"]
MARK_KINDS: tuple[MarkKind, ...] = ("not_interested", "dont_learn")
JOB_STATUSES = ("queued", "running", "finished", "failed", "cancelled", "interrupted")
RUN_STATUSES = ("queued", "training", "ready", "failed", "cancelled", "stale", "retired")


def check_kind(kind: str) -> None:
    """Refuse an item kind that is not one of :data:`ITEM_KINDS` with a one-line UserError."""
    if kind not in ITEM_KINDS:
        raise UserError(
            Message(
                "unknown item kind {kind!r}; use one of {choices}",
                kind=kind,
                choices=", ".join(ITEM_KINDS),
            )
        )


@dataclass(frozen=True)
class Credit:
    """A person's part in an item: ``Credit("Agnès Varda", "director")``."""

    name: str
    role: str


@dataclass
class NewItem:
    """An item to add, with its side information; ``path`` is None for catalogue-only items."""

    kind: ItemKind
    title: str
    sort_title: str | None = None
    artist: str | None = None
    album: str | None = None
    album_artist: str | None = None
    track_number: int | None = None
    year: int | None = None
    duration: float | None = None
    description: str | None = None
    language: str | None = None
    path: str | None = None
    file_size: int | None = None
    file_mtime: float | None = None
    synthetic: bool = False
    genres: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    credits: tuple[Credit, ...] = ()
    external_ids: dict[str, str] = field(default_factory=dict)
    #: A film's certification as written ("Rated PG-13", "FSK 12"); None: unrated.
    certification: str | None = None
    #: A track's parental advisory (explicit lyrics).
    explicit: bool = False


@dataclass(frozen=True)
class Item:
    """An item as stored; ``genres`` and ``tags`` are filled by the detailed reads."""

    id: int
    kind: ItemKind
    title: str
    sort_title: str | None
    artist: str | None
    album: str | None
    album_artist: str | None
    track_number: int | None
    year: int | None
    duration: float | None
    description: str | None
    language: str | None
    path: str | None
    file_size: int | None
    file_mtime: float | None
    missing: bool
    synthetic: bool
    added_at: float
    updated_at: float
    genres: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    #: The certification as written, its minimum age (None: unrated) and the explicit flag.
    certification: str | None = None
    min_age: int | None = None
    explicit: bool = False

    @property
    def shown_path(self) -> str:
        """The file's path as a person reads it (``path`` is the lossless stored form)."""
        return display_path(self.path)


@dataclass(frozen=True)
class ItemRow:
    """One row of the library tables in the GUI: the columns a person sees."""

    id: int
    kind: ItemKind
    title: str
    artist: str | None
    album: str | None
    year: int | None
    duration: float | None
    genres: str
    path: str | None
    missing: bool
    #: The certification as written (films), its minimum age (None: unrated), explicit (tracks).
    certification: str | None = None
    min_age: int | None = None
    explicit: bool = False

    @property
    def shown_path(self) -> str:
        """The file's path as a person reads it (``path`` is the lossless stored form)."""
        return display_path(self.path)


@dataclass(frozen=True)
class Profile:
    id: int
    name: str
    created_at: float
    record_plays: bool
    share_with_friends: bool
    synthetic: bool
    #: A data set's user (``ml:42``): teaches the models, hidden from the pickers by default.
    community: bool = False


@dataclass(frozen=True)
class Rating:
    profile_id: int
    item_id: int
    rating: float
    rated_at: float


@dataclass(frozen=True)
class Play:
    id: int
    profile_id: int
    item_id: int
    played_at: float | None
    completed: float
    skipped: bool
    count: int


@dataclass(frozen=True)
class Playlist:
    id: int
    profile_id: int | None
    name: str
    kind: Literal["static", "rules"]
    rules: dict[str, Any] | None
    created_at: float
    updated_at: float


@dataclass(frozen=True)
class ModelRun:
    id: int
    profile_id: int | None
    algorithm: str
    params: dict[str, Any]
    data_fingerprint: str | None
    metrics: dict[str, Any]
    file: str | None
    status: str
    error: str | None
    created_at: float
    finished_at: float | None


@dataclass(frozen=True)
class JobRecord:
    id: int
    kind: str
    params: dict[str, Any]
    status: str
    created_at: float
    started_at: float | None
    ended_at: float | None
    result: dict[str, Any] | None
    error: str | None


@dataclass(frozen=True)
class LibraryStats:
    """Counts for ``desktop-recsys stats``; friendships count each pair once."""

    items_by_kind: dict[str, int]
    profiles: int
    ratings: int
    plays: int
    friendships: int
    genres: int
    tags: int
    people: int
    playlists: int
    model_runs: int
    synthetic: bool
    schema_version: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "items_by_kind": dict(self.items_by_kind),
            "items": sum(self.items_by_kind.values()),
            "profiles": self.profiles,
            "ratings": self.ratings,
            "plays": self.plays,
            "friendships": self.friendships,
            "genres": self.genres,
            "tags": self.tags,
            "people": self.people,
            "playlists": self.playlists,
            "model_runs": self.model_runs,
            "synthetic": self.synthetic,
            "schema_version": self.schema_version,
        }
