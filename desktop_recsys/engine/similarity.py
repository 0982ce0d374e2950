"""Item-to-item content similarity: the one implementation behind "more like this", the
"Because you liked …" shelves and every overlap of two sets.

- :func:`jaccard`: the overlap of two sets (shared over all), 0 when either is empty.
- :class:`ItemContent`: what the similarity looks at for one item (genres, credited people,
  artist or director, year).
- :func:`most_alike`: the candidates most like an anchor item, best first, scores rescaled so
  the best is 1; :func:`content_score`: the score of one pair.
- :func:`series_words` / :func:`title_words`: rare title words that two items share name a
  series ("The Matrix", "The Matrix Reloaded"); the behaviour-based "more like this"
  (:mod:`.item_similarity`) counts them.

The score of a pair is the Jaccard overlap of their genres, plus half the overlap of their
credited people, plus 0.5 for the same artist or director (case-insensitive), plus up to 0.2
for closeness in years (nothing once 30 or more years apart). Content only, so it works
without a trained model and for items nobody has rated yet.

Pure Python (no numpy, no library, no Qt): ids are whatever the caller uses, and importing
this module stays cheap.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Hashable, Iterable
from collections.abc import Set as AbstractSet
from typing import Generic, NamedTuple, TypeVar

T = TypeVar("T", bound=Hashable)

#: Weight of the credited people's overlap (the genres' overlap counts 1).
PEOPLE_WEIGHT = 0.5
#: Added for the same artist or director.
SAME_ARTIST_BONUS = 0.5
#: Most added for the same year, falling linearly to nothing at :data:`YEAR_SPAN` years apart.
YEAR_WEIGHT = 0.2
YEAR_SPAN = 30


def jaccard(a: AbstractSet[Hashable], b: AbstractSet[Hashable]) -> float:
    """``|a & b| / |a | b|``; 0.0 when either set is empty."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


class ItemContent(NamedTuple, Generic[T]):
    """One item as the content similarity sees it (``title`` only breaks ties)."""

    item_id: T
    title: str
    artist: str | None
    year: int | None
    genres: AbstractSet[str]
    people: AbstractSet[str]


def content_score(anchor: ItemContent[T], other: ItemContent[T]) -> float:
    """The content similarity of two items (module docs): 0 when they share nothing."""
    score = jaccard(anchor.genres, other.genres)
    score += PEOPLE_WEIGHT * jaccard(anchor.people, other.people)
    artist = (anchor.artist or "").casefold()
    if artist and (other.artist or "").casefold() == artist:
        score += SAME_ARTIST_BONUS
    if anchor.year and other.year:
        score += YEAR_WEIGHT * max(0.0, 1.0 - abs(anchor.year - other.year) / YEAR_SPAN)
    return score


#: Words of a title that never name a series.
_TITLE_STOPWORDS = frozenset(
    "the and of a an in on to for with from les la le der die das el los".split()
)
#: A title word shared by more items than this names no series ("love", "night").
SERIES_MAX_TITLES = 8


def title_words(title: str) -> frozenset[str]:
    """The words of a title that may name a series: lower-case, at least 3 letters, no
    numbers or articles, nothing in brackets ("Matrix Reloaded, The" -> {matrix, reloaded})."""
    head = re.split(r"[(\[]", title, maxsplit=1)[0].casefold()
    return frozenset(w for w in re.findall(r"[^\W\d_]{3,}", head) if w not in _TITLE_STOPWORDS)


def series_words(titles: Iterable[str]) -> frozenset[str]:
    """The title words rare enough to name a series: in at least 2 and at most
    :data:`SERIES_MAX_TITLES` of ``titles``."""
    counts: Counter[str] = Counter()
    for title in titles:
        counts.update(title_words(title))
    return frozenset(w for w, n in counts.items() if 2 <= n <= SERIES_MAX_TITLES)


def most_alike(
    anchor: ItemContent[T],
    candidates: Iterable[ItemContent[T]],
    n: int,
    *,
    skip: AbstractSet[T] = frozenset(),
) -> list[tuple[ItemContent[T], float]]:
    """The (at least one) ``n`` candidates most like ``anchor``, best first, with scores
    rescaled so the best is 1.0.

    The anchor itself, ``skip`` and candidates with nothing in common (score 0) are left out.
    Equal scores are ordered by title (case-insensitive), then by the candidates' order.
    """
    scored: list[tuple[float, ItemContent[T]]] = []
    for other in candidates:
        if other.item_id == anchor.item_id or other.item_id in skip:
            continue
        score = content_score(anchor, other)
        if score > 0:
            scored.append((score, other))
    scored.sort(key=lambda pair: (-pair[0], pair[1].title.casefold()))
    top = scored[: max(1, n)]
    best = top[0][0] if top else 1.0
    return [(item, score / best if best else 0.0) for score, item in top]
