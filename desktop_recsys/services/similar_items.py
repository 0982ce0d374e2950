"""Items alike: "more like this" (:func:`similar_to`) and the "Because you liked …" shelves.

Both are jobs ``fn(library_path, ..., progress, cancel)`` that open their own connection.

- :func:`similar_to`: what the people who have an item also have, from the serving model's
  interactions (the library's own before any model is trained), blended with content by how
  many people have the item (:mod:`desktop_recsys.engine.item_similarity`), each row with a
  true reason; :func:`resolve_item` turns an id or a title into an item.
- :func:`because_you_liked`: shelves by content alone (genres, credited people, artist or
  director, year; :func:`desktop_recsys.engine.similarity.most_alike`), so they work for items
  nobody has rated yet.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_recsys.errors import UserError
from desktop_recsys.library import Library, dataset_rows
from desktop_recsys.library.models import ITEM_KINDS
from desktop_recsys.progress import (
    CancelToken,
    Message,
    ProgressFn,
    Terms,
    clauses,
    listing,
    no_progress,
)
from desktop_recsys.services import limits

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
    #: Why it is here, in a sentence (a translatable message): who has both, or what it shares.
    reason: str = ""
    #: How many people have both items (0 for a likeness by content).
    together: int = 0
    #: What weighed most: ``"behaviour"`` (what people do) or ``"content"``.
    source: str = "content"


@dataclass(frozen=True)
class SimilarResult:
    """Items like one item, and what they were found from."""

    anchor_id: int
    anchor_title: str
    kind: str
    items: list[SimilarItem]
    #: ``"model"`` (the serving model's interactions), ``"library"`` (the library's own, no
    #: model trained yet) or ``"content"`` (nobody has interacted with this kind yet).
    basis: str
    #: The model run whose interactions were used, when ``basis == "model"``.
    run_id: int | None = None
    #: What was compared: ``"behaviour"``, ``"sound"`` or ``"blend"`` (``services/similar_sound``).
    by: str = "behaviour"
    #: The share of sound in a blend (0: behaviour alone; 1: sound alone).
    sound_share: float = 0.0
    #: How to name the item to a person: its title, with its year when another item of its
    #: kind has the same title ("Hamlet (1948)"); empty means the title.
    anchor_name: str = ""

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


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
        raise UserError(
            Message(
                "unknown item kind {kind!r}; use one of {kinds}",
                kind=kind,
                kinds=", ".join(ITEM_KINDS),
            )
        )
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
        seen |= limits.blocked_ids(library, profile_id, kind)  # the profile's limits
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


# --------------------------------------------------------------------------- from behaviour
def _together(kind: str, count: int, title: str) -> Message:
    """ "People who watched X also watched this", with the verb of the kind."""
    if kind == "film":
        if count == 1:
            return Message("One person who watched {title} also watched this", title=title)
        return Message(
            "{count} people who watched {title} also watched this", count=count, title=title
        )
    if kind == "track":
        if count == 1:
            return Message("One person who played {title} also played this", title=title)
        return Message(
            "{count} people who played {title} also played this", count=count, title=title
        )
    if count == 1:
        return Message("One person who listened to {title} also listened to this", title=title)
    return Message(
        "{count} people who listened to {title} also listened to this", count=count, title=title
    )


#: Most items a "which item do you mean" error lists.
_CANDIDATES_SHOWN = 5


def _reason(neighbour: Any, kind: str, anchor_title: str, artist: str | None) -> str:
    """A short, true sentence: who has both, else what the two share."""
    parts: list[str] = []
    if neighbour.source == "behaviour" and neighbour.together > 0:
        parts.append(_together(kind, neighbour.together, anchor_title))
    if neighbour.series:
        parts.append(Message("Both titles have “{word}”", word=neighbour.series.capitalize()))
    if neighbour.source == "content" or not parts:
        if neighbour.same_artist and artist:
            if kind == "film":
                parts.append(Message("Same director: {name}", name=artist))
            else:
                parts.append(Message("Same artist: {name}", name=artist))
        if neighbour.genres:
            names = Terms(neighbour.genres[:4])  # standard genre names shown translated
            if len(neighbour.genres) == 1:
                parts.append(Message("Same genre: {names}", names=names))
            else:
                parts.append(Message("Same genres: {names}", names=names))
        people = [p for p in neighbour.people if p.casefold() != (artist or "").casefold()]
        if people:
            parts.append(Message("Also with {names}", names=listing(people[:3])))  # "、" in Chinese
    if not parts:
        parts.append(Message("From the same time"))  # only the years were close
    return clauses(parts)


def _label(item: Any) -> str:
    """ "The Autumn (1996) [id 7, film]", the kind in the person's language."""
    year = f" ({item.year})" if item.year else ""
    kinds = {"film": Message("film"), "track": Message("track"), "artist": Message("artist")}
    return Message(
        "{title} [id {id}, {kind}]",
        title=f"{item.title}{year}",
        id=item.id,
        kind=kinds.get(item.kind, item.kind),
    )


def _labels(items: list[Any]) -> str:
    """Several items' labels as one translatable list ("a; b")."""
    text = _label(items[0])
    for item in items[1:]:
        text = Message("{first}; {second}", first=text, second=_label(item))
    return text


def resolve_item(library: Library, text: str | int, kind: str | None = None) -> int:
    """The id of the item a person named: an id, or a title (``"The Matrix"``,
    ``"Matrix, The"``, ``"The Autumn (1996)"``; case does not matter), or another title the
    data set gives the item (``"Se7en"``, ``"Seven (a.k.a. Se7en) (1995)"``).

    Raises :class:`UserError` with one line for no match or for a title that several items
    carry (listing them, with what to type instead).
    """
    if kind is not None and kind not in ITEM_KINDS:
        raise UserError(
            Message(
                "unknown item kind {kind!r}; use one of {kinds}",
                kind=kind,
                kinds=", ".join(ITEM_KINDS),
            )
        )
    given = str(text).strip()
    if not given:
        raise UserError(Message("no item given; name an item by its id or its title"))
    if given.isdigit():
        item = library.items.get(int(given))
        if item is not None and (kind is None or item.kind == kind):
            return item.id
    year: int | None = None
    found = re.fullmatch(r"(.*?)\s*\((\d{4})\)", given)
    if found:
        given, year = found.group(1), int(found.group(2))
    wanted = {_title_key(given)}
    aka = re.fullmatch(r"(.+?)\s*\(a\.?k\.?a\.?\s+(.+)\)", given, re.IGNORECASE)
    if aka:  # MovieLens's own form, "Seven (a.k.a. Se7en)": either title
        given = aka.group(1)
        wanted = {_title_key(aka.group(1)), _title_key(aka.group(2))}
    candidates = [library.items.get(i) for i in library.items.search(given, kind, limit=200)]
    items = [c for c in candidates if c is not None and (kind is None or c.kind == kind)]
    exact = [c for c in items if _title_key(c.title) in wanted]
    if aka:  # the item with both titles, when there is one
        title_key, alias_key = _title_key(aka.group(1)), _title_key(aka.group(2))
        both = [
            c for c in _known_as(library, {alias_key}, kind) if _title_key(c.title) == title_key
        ]
        exact = both or exact
    if not exact:
        # Another title the data set gives it ("Se7en" for "Seven (a.k.a. Se7en)").
        exact = _known_as(library, wanted, kind)
    if year is not None:
        exact = [c for c in exact if c.year == year]
    if len(exact) == 1:
        return exact[0].id
    kinds = {"film": Message("film"), "track": Message("track"), "artist": Message("artist")}
    what = kinds.get(kind or "", Message("item"))
    if len(exact) > 1:
        listed = _labels(exact[:_CANDIDATES_SHOWN])
        if len(exact) > _CANDIDATES_SHOWN:
            listed = Message(
                "{listed} and {more} more", listed=listed, more=len(exact) - _CANDIDATES_SHOWN
            )
        raise UserError(
            Message(
                "{count} items are titled {text!r}: {listed}; give the id, the year "
                '("Title (1999)") or --kind',
                count=len(exact),
                text=str(text),
                listed=listed,
            )
        )
    if items:
        listed = _labels(items[:_CANDIDATES_SHOWN])
        raise UserError(
            Message(
                "no {what} is titled {text!r}; did you mean: {listed}? Give the id or the exact "
                "title",
                what=what,
                text=str(text),
                listed=listed,
            )
        )
    raise UserError(
        Message("no {what} matches {text!r}; check the id or the title", what=what, text=str(text))
    )


def _known_as(library: Library, wanted: set[str], kind: str | None) -> list[Any]:
    """Items one of whose other titles (``Also known as: A; B`` in the description, as the
    data-set importers write it) is ``wanted``."""
    found = []
    for k in [kind] if kind is not None else list(ITEM_KINDS):
        for item_id, aliases in library.items.also_known_as(k):
            if any(_title_key(a) in wanted for a in aliases):
                item = library.items.get(item_id)
                if item is not None:
                    found.append(item)
    return found


def _title_key(title: str) -> str:
    """A title as compared: case-folded, spaces squeezed, "Matrix, The" read as "The Matrix"."""
    key = " ".join(title.casefold().split())
    moved = re.fullmatch(r"(.*), (the|a|an|les|la|le|die|der|das|el|los)", key)
    return f"{moved.group(2)} {moved.group(1)}" if moved else key


def _content_by_key(library: Library, kind: str) -> dict[str, ItemContent[str]]:
    """Every ``kind`` item's content keyed by the engine's string ids."""
    from desktop_recsys.engine.similarity import ItemContent  # deferred: the engine

    return {str(k): ItemContent(str(k), *v[1:]) for k, v in _content_of(library, kind).items()}


def _interactions(
    library: Library,
    models_dir: Path | None,
    profile_id: int | None,
    kind: str,
    cache: Any,
) -> tuple[Any, str, int | None]:
    """``(fitted model or Dataset or None, basis, run id)``: the serving model's interactions
    (the profile's, else a shared run, else any run of the kind), else the library's own."""
    from desktop_recsys.engine.persistence import load_model  # deferred: the engine

    if models_dir is not None:
        runs = library.model_runs.serving_candidates(profile_id, kind)
        if not runs:
            runs = [
                r
                for r in library.model_runs.list(kind=kind)
                if r.status in ("ready", "stale") and r.file
            ]
        for run in runs:
            path = Path(models_dir) / str(run.file)
            try:
                model = cache.load(path) if cache is not None else load_model(path)
            except (UserError, OSError):
                continue  # a missing or damaged file: the next run, or the library itself
            return model, "model", run.id
    from desktop_recsys.services.dataset_service import dataset_from_library

    try:
        dataset = dataset_from_library(library, kind=kind, profile_id=profile_id)
    except UserError:
        return None, "content", None  # nobody has interacted with this kind yet
    return dataset, "library", None


def similar_to(
    library_path: str | Path,
    models_dir: str | Path | None,
    item: int | str,
    *,
    n: int = 10,
    kind: str | None = None,
    profile: int | str | None = None,
    cache: Any = None,
    by: str = "behaviour",
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> SimilarResult:
    """Items most like ``item`` (an id or a title) by what people do, best first.

    Behaviour from the serving model's interactions (who has both), blended with content by
    how many people have the item: an item nobody touched is compared by content alone (see
    :mod:`desktop_recsys.engine.item_similarity`). Each row says why, truly. ``by``:
    ``"sound"`` or ``"blend"`` compare by how tracks sound (:mod:`.similar_sound`).
    """
    from desktop_recsys.engine.item_similarity import ItemNeighbours  # deferred: the engine
    from desktop_recsys.services import similar_sound
    from desktop_recsys.services.dataset_service import resolve_profile
    from desktop_recsys.services.sound_space import no_features, space_for

    token = cancel if cancel is not None else CancelToken()
    if n < 1:
        raise UserError(Message("the number of similar items must be at least 1 (got {n})", n=n))
    if by not in similar_sound.BY:
        raise UserError(
            Message(
                "unknown --by {by!r}; use one of {choices}",
                by=by,
                choices=", ".join(similar_sound.BY),
            )
        )
    with Library.open(Path(library_path)) as library:
        item_id = resolve_item(library, item, kind)
        anchor = library.items.get(item_id)
        assert anchor is not None
        space = None if by == "behaviour" else space_for(library)
        if by == "sound" and (space is None or item_id not in space):
            raise no_features(anchor.title)
        profile_id = resolve_profile(library, profile)
        blocked = limits.blocked_ids(library, profile_id, anchor.kind)  # the profile's limits
        progress(0.1, Message("Reading the catalogue"))
        content = _content_by_key(library, anchor.kind)
        token.raise_if_cancelled()
        progress(0.3, Message("Loading the model"))
        source, basis, run_id = _interactions(
            library, Path(models_dir) if models_dir else None, profile_id, anchor.kind, cache
        )
        # Who has both, as the sentence states it: every rating and play in the library, not
        # the model's positive cells only (a 2-star rating is still a watch). Sound alone
        # states no such count.
        both = {} if by == "sound" else dataset_rows.people_with_both(library, item_id)
        token.raise_if_cancelled()
    progress(0.6, Message("Comparing"))
    if source is None:
        import scipy.sparse as sp  # deferred: numpy/scipy only once a job runs

        neighbours = ItemNeighbours(sp.csr_matrix((0, 0)), [], content=content)
    elif basis == "model":
        neighbours = ItemNeighbours.from_model(source, content=content)
    else:
        neighbours = ItemNeighbours(source.matrix, list(source.item_ids), content=content)
    anchor_name = f"{anchor.title} ({anchor.year})" if _ambiguous(content, anchor) else anchor.title
    if space is not None and item_id in space:
        if by == "sound":
            items = similar_sound.by_sound(
                space, item_id, anchor_name, content, n + len(blocked), SimilarItem
            )
            share = 1.0
        else:
            items, share = similar_sound.blended(
                space,
                neighbours,
                item_id,
                anchor_name,
                content,
                n + len(blocked),
                SimilarItem,
                lambda nb: _reason(_counted(nb, both), anchor.kind, anchor_name, anchor.artist),
            )
            items = [
                replace(i, together=both.get(i.item_id, 0)) if i.source == "behaviour" else i
                for i in items
            ]
        items = [i for i in items if i.item_id not in blocked][:n]  # the profile's limits
        progress(1.0, Message("{count} similar items", count=len(items)))
        return SimilarResult(
            item_id,
            anchor.title,
            anchor.kind,
            items,
            basis,
            run_id,
            by,
            round(share, 4),
            anchor_name,
        )
    hidden = [str(i) for i in blocked]  # the profile's limits
    found = [
        _counted(nb, both)
        for nb in neighbours.neighbours(str(item_id), n, exclude=hidden)
        if nb.item in content
    ]
    items = [
        SimilarItem(
            item_id=int(nb.item),
            title=content[nb.item].title,
            artist=content[nb.item].artist,
            year=content[nb.item].year,
            genres=", ".join(sorted(content[nb.item].genres)),
            score=nb.score,
            reason=_reason(nb, anchor.kind, anchor_name, anchor.artist),
            together=nb.together,
            source=nb.source,
        )
        for nb in found
    ]
    progress(1.0, Message("{count} similar items", count=len(items)))
    return SimilarResult(
        item_id, anchor.title, anchor.kind, items, basis, run_id, by, anchor_name=anchor_name
    )


def _counted(neighbour: Any, both: dict[int, int]) -> Any:
    """``neighbour`` with :attr:`together` counted in the library (``both``) when behaviour
    placed it: the model's matrix holds only positive evidence and undercounts who has both."""
    if neighbour.source != "behaviour":
        return neighbour
    return replace(neighbour, together=both.get(int(neighbour.item), 0))


def _ambiguous(content: dict[str, Any], anchor: Any) -> bool:
    """Whether another item of the kind carries the anchor's title (then its year is said)."""
    key = anchor.title.casefold()
    return sum(1 for c in content.values() if c.title.casefold() == key) > 1
