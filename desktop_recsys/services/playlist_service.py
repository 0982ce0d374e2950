"""Playlists as a person manages them: list, show, rename, duplicate, delete (and undo),
reorder, remove entries.

:class:`PlaylistActions` works on the GUI's own connection (a
:class:`~desktop_recsys.services.library_service.LibrarySession`), like ``ItemActions``: each
call is one short transaction. :func:`list_playlists` and :func:`entries_of` open their own
connection (the CLI). Smart playlists are computed by ``services.smart_playlists``; here they
are lists like any other, except that their entries are not reordered by hand (their rules
decide). No Qt, no engine.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_recsys.errors import UserError
from desktop_recsys.library import Library, dataset_rows
from desktop_recsys.library.models import Playlist
from desktop_recsys.progress import Message
from desktop_recsys.services import limits
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.services.smart_playlists import find_playlist


@dataclass(frozen=True)
class Entry:
    """One entry of a playlist, for a table row."""

    position: int
    item_id: int
    kind: str
    title: str
    artist: str | None
    album: str | None
    duration: float | None
    path: str | None
    missing: bool


@dataclass(frozen=True)
class PlaylistSummary:
    playlist: Playlist
    size: int

    @property
    def smart(self) -> bool:
        return self.playlist.kind == "rules"


@dataclass(frozen=True)
class DeletedPlaylist:
    """What a delete removed, enough to put it back (undo)."""

    profile_id: int | None
    name: str
    rules: dict[str, Any] | None
    item_ids: tuple[int, ...]


def _entries(library: Library, playlist_id: int) -> list[Entry]:
    return [
        Entry(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], bool(r[8]))
        for r in library.playlists.entries(playlist_id)
    ]


def _summaries(library: Library, profile_id: int | None) -> list[PlaylistSummary]:
    sizes = library.playlists.sizes()
    return [
        PlaylistSummary(p, sizes.get(p.id, 0))
        for p in library.playlists.list(profile_id)
        # Without a profile: only the shared ones, never every profile's.
        if profile_id is not None or p.profile_id is None
    ]


def list_playlists(library_path: str | Path, profile: int | str | None) -> list[PlaylistSummary]:
    """The profile's playlists and the shared ones (every playlist without a profile)."""
    with Library.open(Path(library_path)) as library:
        pid = library.profiles.require(profile).id if profile is not None else None
        return _summaries(library, pid)


def entries_of(
    library_path: str | Path, playlist_id: int, profile: int | str | None = None
) -> list[Entry]:
    """A playlist's entries; with ``profile``, without those its limits hide (each entry
    keeps its position in the playlist)."""
    with Library.open(Path(library_path)) as library:
        pid = library.profiles.require(profile).id if profile is not None else None
        return limits.keep_allowed(library, pid, _entries(library, playlist_id))


def delete_playlist(library_path: str | Path, profile: int | str | None, name: str) -> Playlist:
    """Delete the profile's (or a shared) playlist called ``name`` (or with that id)."""
    with Library.open(Path(library_path)) as library:
        pid = library.profiles.require(profile).id if profile is not None else None
        playlist = find_playlist(library, name, pid)
        library.playlists.remove(playlist.id)
        return playlist


def _unused_name(taken: set[str], base: str) -> str:
    for n in range(1, 1000):
        name = base if n == 1 else f"{base} {n}"
        if name.casefold() not in taken:
            return name
    raise UserError(Message("too many playlists of that name; rename some first"))


@dataclass
class PlaylistActions:
    """Playlist edits for the GUI, on its library session; each one short transaction."""

    session: LibrarySession

    @property
    def _lib(self) -> Library:
        return self.session.library

    def playlists(self, profile_id: int | None) -> list[PlaylistSummary]:
        return _summaries(self._lib, profile_id)

    def entries(self, playlist_id: int, profile_id: int | None = None) -> list[Entry]:
        """The entries; with ``profile_id``, without those its limits hide (each keeps its
        position in the playlist)."""
        return limits.keep_allowed(self._lib, profile_id, _entries(self._lib, playlist_id))

    def get(self, playlist_id: int) -> Playlist:
        found = self._lib.playlists.get(playlist_id)
        if found is None:
            raise UserError(Message("that playlist no longer exists"))
        return found

    def _names(self, profile_id: int | None, but: int | None = None) -> set[str]:
        return {
            p.name.casefold()
            for p in self._lib.playlists.list(profile_id)
            if p.profile_id == profile_id and p.id != but
        }

    def rename(self, playlist_id: int, name: str) -> Playlist:
        playlist = self.get(playlist_id)
        clean = " ".join((name or "").split())
        if not clean:
            raise UserError(Message("a playlist needs a name; give it one"))
        if clean.casefold() in self._names(playlist.profile_id, but=playlist_id):
            raise UserError(Message("{clean!r} already exists; choose another name", clean=clean))
        self._lib.playlists.rename(playlist_id, clean)
        return self.get(playlist_id)

    def duplicate(self, playlist_id: int, copy_word: str = "copy") -> Playlist:
        """A copy named "NAME (copy)" (a smart playlist stays smart, with the same rules)."""
        playlist = self.get(playlist_id)
        name = _unused_name(self._names(playlist.profile_id), f"{playlist.name} ({copy_word})")
        return self._lib.playlists.create(
            name,
            profile_id=playlist.profile_id,
            rules=playlist.rules if playlist.kind == "rules" else None,
            item_ids=self._lib.playlists.items(playlist_id),
        )

    def delete(self, playlist_id: int) -> DeletedPlaylist:
        """Delete the playlist; the returned value brings it back with :meth:`restore`."""
        playlist = self.get(playlist_id)
        gone = DeletedPlaylist(
            playlist.profile_id,
            playlist.name,
            playlist.rules if playlist.kind == "rules" else None,
            tuple(self._lib.playlists.items(playlist_id)),
        )
        self._lib.playlists.remove(playlist_id)
        return gone

    def restore(self, deleted: DeletedPlaylist) -> Playlist:
        """Undo a delete: the same name, rules and entries (items deleted meanwhile left out)."""
        present = set(dataset_rows.items_by_ids(self._lib, list(deleted.item_ids)))
        with self._lib.transaction():
            return self._lib.playlists.create(
                deleted.name,
                profile_id=deleted.profile_id,
                rules=deleted.rules,
                item_ids=[i for i in deleted.item_ids if i in present],
            )

    def reorder(self, playlist_id: int, item_ids: Sequence[int]) -> None:
        """Store a new order; the entries must be the same ones (a drag moves, never adds)."""
        playlist = self.get(playlist_id)
        if playlist.kind == "rules":
            raise UserError(
                Message("a smart playlist is ordered by its rules; edit its order there")
            )
        if sorted(item_ids) != sorted(self._lib.playlists.items(playlist_id)):
            raise UserError(Message("the playlist changed meanwhile; it was reloaded, try again"))
        self._lib.playlists.replace_items(playlist_id, list(item_ids))

    def remove_positions(self, playlist_id: int, positions: Sequence[int]) -> list[int]:
        """Remove the entries at ``positions`` (0-based, as shown); returns the new list."""
        playlist = self.get(playlist_id)
        if playlist.kind == "rules":
            raise UserError(
                Message("a smart playlist holds what its rules select; change the rules")
            )
        items = self._lib.playlists.items(playlist_id)
        drop = set(positions)
        kept = [item for p, item in enumerate(items) if p not in drop]
        self._lib.playlists.replace_items(playlist_id, kept)
        return kept
