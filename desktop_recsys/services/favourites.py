"""A new profile's first favourites, so that its first list is already personal (issue 15).

- :func:`favourite_candidates`: popular and diverse items of a kind to pick from (the GUI's grid
  after a profile is created): the most popular items, taken in order of popularity but with
  at most ``per_genre`` items sharing a first genre, so that the grid spans tastes instead of
  showing ten blockbusters of one sort.
- :func:`add_favourites`: the picks become five-star ratings (a five-star rating is a "like"
  by any profile's standard), all in one transaction; an unknown id changes nothing.
- :func:`add_profile_with_likes`: ``desktop-recsys profile add NAME --likes ID,ID,...``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop_recsys.errors import UserError
from desktop_recsys.library import Library, dataset_rows
from desktop_recsys.library.models import Profile
from desktop_recsys.progress import Message

#: The rating a picked favourite gets.
FAVOURITE_STARS = 5.0


@dataclass(frozen=True)
class Candidate:
    """One item of the favourites grid: what to show, and how many profiles have it."""

    item_id: int
    title: str
    year: int | None
    artist: str | None
    genres: str
    people: int


def favourite_candidates(
    library_path: str | Path, kind: str, *, n: int = 24, per_genre: int = 3
) -> list[Candidate]:
    """Up to ``n`` popular items of ``kind``, diverse by first genre (see the module docs)."""
    with Library.open(Path(library_path)) as library:
        have: dict[int, set[int]] = {}
        for profile, item, *_ in dataset_rows.ratings(library, kind):
            have.setdefault(item, set()).add(profile)
        for profile, item, *_ in dataset_rows.plays(library, kind):
            have.setdefault(item, set()).add(profile)
        ranked = sorted(have, key=lambda i: (-len(have[i]), i))[: max(n * 20, 200)]
        meta = dataset_rows.items_by_ids(library, ranked)
    chosen: list[int] = []
    spare: list[int] = []
    per: Counter[str] = Counter()
    for item in ranked:
        info = meta.get(item)
        if info is None:
            continue
        first = str(info[6]).split(", ")[0] if info[6] else (info[3] or "")
        if per[first] < per_genre:
            per[first] += 1
            chosen.append(item)
        else:
            spare.append(item)
        if len(chosen) >= n:
            break
    chosen += spare[: n - len(chosen)]  # too few genres: fill with the next most popular
    return [
        Candidate(i, str(meta[i][2]), meta[i][5], meta[i][3], str(meta[i][6]), len(have[i]))
        for i in chosen
    ]


def parse_ids(text: str) -> list[int]:
    """``"12,7, 30"`` -> ``[12, 7, 30]``; a clear error for anything else."""
    out: list[int] = []
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        if not part.isdigit():
            raise UserError(
                Message(
                    "--likes takes item ids separated by commas (e.g. 12,7,30), not {part!r}",
                    part=part,
                )
            )
        out.append(int(part))
    if not out:
        raise UserError(Message("--likes names no item; give ids such as 12,7,30"))
    return out


def _check_items(library: Library, item_ids: Sequence[int]) -> None:
    found = dataset_rows.items_by_ids(library, list(item_ids))
    missing = [str(i) for i in item_ids if i not in found]
    if missing:
        raise UserError(
            Message(
                "no item with id {ids} in the library; nothing was changed "
                "(recommend --json shows item ids)",
                ids=", ".join(missing),
            )
        )


def add_favourites(library_path: str | Path, profile: int | str, item_ids: Sequence[int]) -> int:
    """Rate each item five stars for ``profile``; returns how many. One transaction: an
    unknown id (:class:`UserError`) writes nothing."""
    with Library.open(Path(library_path)) as library:
        who = library.profiles.require(profile)
        _check_items(library, item_ids)
        library.ratings.set_many([(who.id, int(i), FAVOURITE_STARS, None) for i in item_ids])
    return len(set(item_ids))


def add_profile_with_likes(library_path: str | Path, name: str, item_ids: Sequence[int]) -> Profile:
    """Create profile ``name`` with ``item_ids`` as its favourites, both or neither."""
    with Library.open(Path(library_path)) as library:
        _check_items(library, item_ids)
        with library.transaction():
            profile = library.profiles.add(name)
            library.ratings.set_many(
                [(profile.id, int(i), FAVOURITE_STARS, None) for i in item_ids]
            )
    return profile
