"""Profiles for the GUI: cheap reads and writes on the GUI's own library connection.

Every call here is a single short transaction (a row or two), so the interface may call it
on its own thread instead of queueing a job behind a training on the write lane; a library
that stays busy past its timeout raises a one-line :class:`~desktop_recsys.errors.UserError`
that the interface shows. No Qt: the same functions serve a test or a script.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop_recsys.library.models import Profile
from desktop_recsys.services.library_service import LibrarySession


@dataclass
class ProfileService:
    """Create, rename, delete and configure profiles through a :class:`LibrarySession`'s library.

    The session is the GUI's: the same connection the tables read from, so a change is visible
    to the next read at once.
    """

    session: LibrarySession
    #: Where the models live: deleting a profile also deletes every model that may have
    #: learned from it (they are retrained by the next training).
    models_dir: Path | None = None

    # -- reads -----------------------------------------------------------------------------
    def profiles(self, *, community: bool = True) -> list[Profile]:
        """Every profile in natural name order ("ml:8" before "ml:79"); without the community
        profiles (a data set's users) when ``community`` is False."""
        return self.session.library.profiles.list(community=community)

    def count_community(self) -> int:
        """How many community profiles (data-set users) there are."""
        return self.session.library.profiles.count_community()

    def get(self, profile_id: int) -> Profile | None:
        return self.session.library.profiles.get(profile_id)

    def by_name(self, name: str) -> Profile | None:
        return self.session.library.profiles.by_name(name)

    def friends_of(self, profile_id: int) -> list[int]:
        """Ids of the profile's friends, ascending."""
        return self.session.library.friends.friends_of(profile_id)

    def removal_summary(self, profile_id: int) -> dict[str, int]:
        """What deleting the profile erases: counts of ratings, plays, marks, friendships,
        playlists (only the non-zero ones matter to a person, but all are returned)."""
        return self.session.library.profiles.what_removal_erases(profile_id)

    # -- writes ----------------------------------------------------------------------------
    def create(self, name: str) -> Profile:
        """A new profile; UserError for an empty, too long or already used name."""
        return self.session.library.profiles.add(name)

    def rename(self, profile_id: int, new_name: str) -> Profile:
        """Rename; UserError if the name is empty or taken. Returns the renamed profile."""
        profiles = self.session.library.profiles
        profiles.rename(profile_id, new_name)
        return profiles.require(profile_id)

    def delete(self, profile_id: int) -> dict[str, int]:
        """Delete the profile with every row of it (ratings, plays, marks, friendships,
        playlists, the job records naming it) and every model that may have learned from it;
        returns what was erased. The same erasure as ``desktop-recsys profile remove``."""
        # Deferred: a rare action; keeps this module light for the GUI's start-up.
        from desktop_recsys.services.privacy_service import erase_with_models

        result, _ = erase_with_models(self.session.library, self.models_dir, profile_id)
        return result.erased

    def set_friends(self, profile_id: int, friend_ids: Iterable[int]) -> None:
        """Make exactly ``friend_ids`` the profile's friends (friendship is mutual)."""
        friendships = self.session.library.friends
        wanted = {int(f) for f in friend_ids if int(f) != profile_id}
        current = set(friendships.friends_of(profile_id))
        if wanted - current:
            friendships.add_many((profile_id, f) for f in sorted(wanted - current))
        for gone in sorted(current - wanted):
            friendships.remove(profile_id, gone)

    def set_privacy(
        self,
        profile_id: int,
        *,
        record_plays: bool | None = None,
        share_with_friends: bool | None = None,
    ) -> Profile | None:
        """Switch recording of plays and sharing with friends; None leaves a switch alone."""
        self.session.library.profiles.set_privacy(
            profile_id, record_plays=record_plays, share_with_friends=share_with_friends
        )
        return self.get(profile_id)

    # -- "not interested" --------------------------------------------------------------------
    def hidden_items(self, profile_id: int) -> list[tuple[int, str]]:
        """``(item id, title)`` of what the profile marked "not interested", by title."""
        library = self.session.library
        found = []
        for item_id in library.marks.items(profile_id, "not_interested"):
            item = library.items.get(item_id)
            if item is not None:
                found.append((item_id, item.title))
        return sorted(found, key=lambda pair: (pair[1].casefold(), pair[0]))

    def show_again(self, profile_id: int, item_ids: Iterable[int]) -> int:
        """Clear "not interested" on ``item_ids``: they may be recommended again. Returns
        how many were marked."""
        marks = self.session.library.marks
        hidden = marks.items(profile_id, "not_interested")
        done = 0
        for item_id in item_ids:
            if item_id in hidden:
                marks.clear(profile_id, item_id, "not_interested")
                done += 1
        return done
