"""Items alike by content: "more like this" and the "Because you liked …" shelves.

Both are jobs ``fn(library_path, ..., progress, cancel)`` that open their own connection, read
the catalogue's content (genres, credited people, artist or director, year) and rank it with
the engine's one content similarity, :func:`desktop_recsys.engine.similarity.most_alike`. No
trained model is needed, so both work for items nobody has rated yet.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_recsys.errors import UserError
from desktop_recsys.library import Library, dataset_rows
from desktop_recsys.library.models import ITEM_KINDS
from desktop_recsys.progress import CancelToken, Message, ProgressFn, no_progress

if TYPE_CHECKING:
    from desktop_recsys.engine.similarity import ItemContent

_NOTHING: frozenset[str] = frozenset()


@dataclass(frozen=True)
class SimilarItem:
    """An item like another one, and how alike they are (0-1)."""

    item_id: int
    title: str
    artist: str | None
    year: int | None
    genres: str
    score: float


@dataclass(frozen=True)
class Shelf:
    """Items like one the profile loved, for a "Because you liked …" row."""

    anchor_id: int
    anchor_title: str
    items: list[SimilarItem]


def _content_of(
    library: Library, kind: str, cancel: CancelToken | None = None
) -> dict[int, ItemContent[int]]:
    """Every ``kind`` item's content by item id, in catalogue order."""
    # Deferred: keeps the engine package unloaded until a job runs (the GUI's start-up).
    from desktop_recsys.engine.similarity import ItemContent

    catalogue = dataset_rows.catalogue(library, kind)
    genres: dict[int, set[str]] = defaultdict(set)
    for i, g in dataset_rows.item_genres(library, kind):
        genres[i].add(g)
    if cancel is not None:
        cancel.raise_if_cancelled()
    people: dict[int, set[str]] = defaultdict(set)
    for i, p in dataset_rows.item_people(library, kind):
        people[i].add(p)
    if cancel is not None:
        cancel.raise_if_cancelled()
    return {
        int(row[0]): ItemContent(
            int(row[0]),
            str(row[1]),
            row[2],
            row[4],
            genres.get(row[0], _NOTHING),
            people.get(row[0], _NOTHING),
        )
        for row in catalogue
    }


def _most_alike(
    anchor: ItemContent[int] | None,
    content: dict[int, ItemContent[int]],
    n: int,
    skip: set[int] | frozenset[int] = frozenset(),
) -> list[SimilarItem]:
    """The ``n`` items of ``content`` most like ``anchor`` (none without an anchor)."""
    # Deferred: keeps the engine package unloaded until a job runs (the GUI's start-up).
    from desktop_recsys.engine.similarity import most_alike

    if anchor is None:
        return []
    return [
        SimilarItem(
            item_id=item.item_id,
            title=item.title,
            artist=item.artist,
            year=item.year,
            genres=", ".join(sorted(item.genres)),
            score=score,
        )
        for item, score in most_alike(anchor, content.values(), n, skip=skip)
    ]


def more_like_this(
    library_path: str | Path,
    item_id: int,
    *,
    n: int = 10,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> list[SimilarItem]:
    """Items of the same kind most like ``item_id`` by content, best first.

    Content only (genres, credited people, same artist or director, closeness in years), so
    it works without a trained model and for items nobody has rated yet.
    """
    token = cancel if cancel is not None else CancelToken()
    with Library.open(Path(library_path)) as library:
        item = library.items.get(item_id)
        if item is None:
            raise UserError(f"no item {item_id}")
        progress(0.1, Message("Reading the catalogue"))
        content = _content_of(library, item.kind, token)
        progress(0.6, Message("Comparing"))
        out = _most_alike(content.get(item_id), content, n)
    progress(1.0, Message("{count} similar items", count=len(out)))
    return out


def because_you_liked(
    library_path: str | Path,
    profile_id: int,
    kind: str,
    *,
    shelves: int = 3,
    per_shelf: int = 10,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> list[Shelf]:
    """Up to ``shelves`` rows of items like the profile's best-loved ``kind`` items.

    Anchors: the highest rated (4 stars or more), newest first, else the most played. Each
    shelf holds unseen items most alike by content (genres, people, artist, years), never an
    item the profile rated, played or marked, and no item on two shelves.
    """
    token = cancel if cancel is not None else CancelToken()
    if kind not in ITEM_KINDS:
        raise UserError(f"unknown item kind {kind!r}")
    with Library.open(Path(library_path)) as library:
        library.profiles.require(profile_id)
        progress(0.1, Message("Reading the profile's favourites"))
        content = _content_of(library, kind)
        liked = sorted(
            (r for r in library.ratings.for_profile(profile_id) if r.rating >= 4.0),
            key=lambda r: (-r.rating, -(r.rated_at or 0)),
        )
        anchors = [r.item_id for r in liked if r.item_id in content]
        if len(anchors) < shelves:
            played: Counter[int] = Counter()
            for p in library.plays.for_profile(profile_id):
                if not p.skipped and p.item_id in content:
                    played[p.item_id] += p.count
            anchors += [i for i, _n in played.most_common() if i not in anchors]
        seen = dataset_rows.profile_item_ids(library, profile_id, kind)
        seen |= {i for _, i in dataset_rows.marked_items(library, "not_interested", profile_id)}
    token.raise_if_cancelled()
    out: list[Shelf] = []
    used: set[int] = set()
    for anchor in anchors[:shelves]:
        progress(0.2 + 0.8 * len(out) / max(1, shelves), Message("Comparing"))
        token.raise_if_cancelled()
        similar = _most_alike(content.get(anchor), content, per_shelf, seen | used)
        if similar:
            used |= {s.item_id for s in similar}
            out.append(Shelf(anchor, content[anchor].title, similar))
    progress(1.0, Message("{count} shelves", count=len(out)))
    return out
