"""The evidence behind a recommendation, checked against the library (issue 15, section 2).

What a list may cite, and how it is counted:

- **Items that raised the score**: the model's positive contributions only (a negative term is
  never "because you liked"), and only items the profile *likes*: rated at least the profile's
  own mean rating of that kind and at least 3.5 stars, or played at least twice (non-skipped
  plays, counts added up). A 3-star rating is not a like.
- **Friends who have it**: the profile's direct friends (never friends of friends) who rated
  or played the item (a play they skipped does not count), counted exactly; named (``{profile, name}``) when they share with
  friends, otherwise only counted.
- **Popularity**: the number of people the model learned the item's popularity from, where
  popularity is the reason (the fallback, or a cold profile whose list leans on popularity).

Titles shared by several items of a kind carry their year ("The Autumn (1996)").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop_recsys.library import Library, dataset_rows

#: A rating is a like at or above the profile's own mean and at least this many stars.
LIKE_MIN_STARS = 3.5
#: Or an item played at least this many times (non-skipped plays).
LIKE_MIN_PLAYS = 2
#: Most items cited per recommendation (strongest first).
MOST_ITEMS = 10


@dataclass(frozen=True)
class CitedItem:
    item_id: int
    title: str
    year: int | None
    weight: float


@dataclass(frozen=True)
class CrossTaste:
    """A term of the profile's other kind that raised a pick (issue 18: one taste across music
    and films): ``term`` a genre, tag or mood, ``source`` ``"music"`` or ``"films"``."""

    term: str
    source: str
    weight: float


@dataclass(frozen=True)
class Evidence:
    """What raised one recommendation, in a form a program reads (``recommend --json``)."""

    items: tuple[CitedItem, ...] = ()
    #: Direct friends who have the item and share with friends: ``(profile id, name)``.
    friends: tuple[tuple[int, str], ...] = ()
    #: Direct friends who have the item but do not share (counted, never named).
    other_friends: int = 0
    #: People the item's popularity was counted from, when popularity is the reason.
    popularity: int | None = None
    #: Terms of the profile's other kind (music for a film, films for music) behind the pick.
    tastes: tuple[CrossTaste, ...] = ()

    @property
    def friend_count(self) -> int:
        return len(self.friends) + self.other_friends

    def as_json(self) -> dict[str, Any]:
        return {
            "items": [
                {
                    "item_id": c.item_id,
                    "title": c.title,
                    "year": c.year,
                    "weight": round(c.weight, 6),
                }
                for c in self.items
            ],
            "friends": {
                "count": self.friend_count,
                "named": [{"profile": p, "name": n} for p, n in self.friends],
                "not_sharing": self.other_friends,
            },
            "popularity": self.popularity,
            "tastes": [
                {"term": t.term, "from": t.source, "weight": round(t.weight, 6)}
                for t in self.tastes
            ],
        }


@dataclass
class ProfileFacts:
    """What the evidence of one profile's list is checked against, read once per list."""

    liked: set[int] = field(default_factory=set)
    #: item id -> direct friends who have it, as ``(profile id, name, shares)``.
    friends_having: dict[int, list[tuple[int, str, bool]]] = field(default_factory=dict)
    #: Titles that more than one item of the kind carries.
    ambiguous: set[str] = field(default_factory=set)

    def label(self, title: str, year: int | None) -> str:
        """The title as a sentence names it: with its year when another item shares it."""
        return f"{title} ({year})" if title in self.ambiguous and year else title

    def friends_of_item(self, item_id: int) -> tuple[tuple[tuple[int, str], ...], int]:
        having = self.friends_having.get(item_id, [])
        named = tuple((p, n) for p, n, shares in having if shares)
        return named, sum(1 for *_, shares in having if not shares)


def liked_items(library: Library, profile_id: int, kind: str) -> set[int]:
    """The profile's ``kind`` items it likes (see the module docs)."""
    own = dataset_rows.profile_item_ids(library, profile_id, kind)
    ratings = {r.item_id: r.rating for r in library.ratings.for_profile(profile_id)}
    ratings = {i: r for i, r in ratings.items() if i in own}
    liked: set[int] = set()
    if ratings:
        mean = sum(ratings.values()) / len(ratings)
        bar = max(mean, LIKE_MIN_STARS)
        liked |= {i for i, r in ratings.items() if r >= bar - 1e-9}
    plays: dict[int, int] = {}
    for p in library.plays.for_profile(profile_id):
        if p.item_id in own and not p.skipped:
            plays[p.item_id] = plays.get(p.item_id, 0) + int(p.count)
    liked |= {i for i, n in plays.items() if n >= LIKE_MIN_PLAYS}
    return liked


def profile_facts(
    library: Library, profile_id: int, kind: str, items: list[int], titles: list[str]
) -> ProfileFacts:
    """Likes, the direct friends having each of ``items`` and the ambiguous ``titles``."""
    facts = ProfileFacts(liked=liked_items(library, profile_id, kind))
    wanted = set(items)
    for friend_id in library.friends.friends_of(profile_id):
        friend = library.profiles.get(friend_id)
        if friend is None:
            continue
        have = {r.item_id for r in library.ratings.for_profile(friend_id)}
        # A skip is no sign of having it (the social model ignores skip-only friends too).
        have |= {p.item_id for p in library.plays.for_profile(friend_id) if not p.skipped}
        for item in have & wanted:
            facts.friends_having.setdefault(item, []).append(
                (friend.id, friend.name, bool(friend.share_with_friends))
            )
    facts.ambiguous = dataset_rows.shared_titles(library, kind, titles)
    return facts
