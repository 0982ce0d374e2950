"""Ratings, marks, playlists and an item's history: the GUI's one-row reads and writes.

:class:`ItemActions` works on the GUI's own connection (a
:class:`~desktop_recsys.services.library_service.LibrarySession`). Each call is a single short
transaction, so a rating never waits in the write lane behind a training. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop_recsys.errors import UserError
from desktop_recsys.library.file_paths import os_path
from desktop_recsys.library.fts import fold
from desktop_recsys.library.models import JobRecord, Play, Playlist
from desktop_recsys.progress import Message
from desktop_recsys.services.library_service import LibrarySession


@dataclass(frozen=True)
class ItemHistory:
    """A profile's own history with one item, for the detail pane."""

    rating: float | None
    rated_at: float | None
    plays: list[Play] = field(default_factory=list)
    marks: list[tuple[str, float]] = field(default_factory=list)

    @property
    def play_count(self) -> int:
        return sum(p.count for p in self.plays if not p.skipped)


@dataclass
class ItemActions:
    """Ratings, marks and per-item reads and writes for the GUI, through its library session."""

    session: LibrarySession

    def rate(self, profile_id: int, item_id: int, stars: float) -> float | None:
        """Set the profile's rating (0.5-5, rounded to half stars); 0 removes it.

        Returns the stored value (None once removed).
        """
        value = round(float(stars) * 2) / 2
        ratings = self.session.library.ratings
        if value <= 0:
            ratings.remove(profile_id, item_id)
            return None
        if value > 5:
            raise UserError(Message("a rating is 0 to 5 stars (got {stars})", stars=stars))
        ratings.set(profile_id, item_id, value)
        return value

    def rating(self, profile_id: int, item_id: int) -> float | None:
        return self.session.library.ratings.get(profile_id, item_id)

    def ratings_of(self, profile_id: int) -> dict[int, float]:
        """``item id -> stars`` for every rating of the profile (one indexed read)."""
        return {r.item_id: r.rating for r in self.session.library.ratings.for_profile(profile_id)}

    def set_mark(self, profile_id: int, item_id: int, mark: str, on: bool = True) -> None:
        """Set or clear ``not_interested`` / ``dont_learn`` for one item."""
        marks = self.session.library.marks
        if on:
            marks.set(profile_id, item_id, mark)
        else:
            marks.clear(profile_id, item_id, mark)

    def marked(self, profile_id: int, mark: str) -> set[int]:
        return self.session.library.marks.items(profile_id, mark)

    def history(self, profile_id: int, item_id: int) -> ItemHistory:
        """The profile's rating, plays (newest first) and marks of one item."""
        library = self.session.library
        rated_at = None
        rating = library.ratings.get(profile_id, item_id)
        if rating is not None:
            # Ratings are read per profile; a profile rarely has more than a few thousand.
            for row in library.ratings.for_profile(profile_id):
                if row.item_id == item_id:
                    rated_at = row.rated_at
        plays = [p for p in library.plays.for_profile(profile_id) if p.item_id == item_id]
        marks = [(m, at) for i, m, at in library.marks.for_profile(profile_id) if i == item_id]
        return ItemHistory(rating, rated_at, plays, marks)

    def existing_file(self, item_id: int) -> Path | None:
        """The item's file if it is on disk now, else None (catalogue-only or missing)."""
        path = self.session.library.items.path_of(item_id)
        if not path:
            return None
        # The stored form of a name that is not valid text is a file:// URI: its OS path.
        candidate = Path(os_path(path))
        return candidate if candidate.is_file() else None

    def playlists(self, profile_id: int | None) -> list[Playlist]:
        """The profile's static playlists and the shared ones, by name."""
        return [p for p in self.session.library.playlists.list(profile_id) if p.kind == "static"]

    def add_to_playlist(
        self,
        profile_id: int | None,
        item_ids: list[int],
        *,
        playlist_id: int | None = None,
        new_name: str | None = None,
    ) -> Playlist:
        """Append items to a playlist, or to a new one called ``new_name`` (or the existing
        playlist of that name). Items already on it are not added twice."""
        playlists = self.session.library.playlists
        if playlist_id is None:
            found = playlists.find(new_name or "", profile_id)
            if found is None:
                return playlists.create(new_name or "", profile_id=profile_id, item_ids=item_ids)
            playlist_id = found.id
        on_it = set(playlists.items(playlist_id))
        fresh = [i for i in dict.fromkeys(item_ids) if i not in on_it]
        if fresh:
            playlists.append(playlist_id, fresh)
        chosen = next((p for p in playlists.list() if p.id == playlist_id), None)
        if chosen is None:
            raise UserError(Message("no playlist {playlist_id}", playlist_id=playlist_id))
        return chosen

    def playlist_items(self, playlist_id: int) -> list[int]:
        return self.session.library.playlists.items(playlist_id)

    def genres(self, kind: str | None) -> list[tuple[str, int]]:
        """``(genre, number of items)`` of ``kind``'s items in alphabetical order, any case
        and accent alike (for the Library filter)."""
        pairs = self.session.library.items.all_genres(kind)
        return sorted(pairs, key=lambda pair: (fold(pair[0]), pair[0]))

    def past_jobs(self, before: float, limit: int = 200) -> list[JobRecord]:
        """Jobs recorded before ``before`` (earlier sessions), newest first."""
        return [r for r in self.session.library.jobs.list(limit) if r.created_at < before]
