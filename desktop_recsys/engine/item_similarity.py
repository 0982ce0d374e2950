"""Item-to-item similarity from what people do: "more like this" and radio seeds.

For a query item ``i`` and every other item ``j`` of the catalogue:

- **behaviour** ``b_ij``: how many people have both (``together``), as an asymmetric cosine
  ``together / (n_i^ALPHA * n_j^(1 - ALPHA))``, shrunk by ``together / (together + SHRINK)``
  so that a pair resting on one or two people counts little; rescaled so that the query's
  best neighbour is 1. The interactions are the serving model's own training data (every
  stored entry counts as "has it"), so "more like this" follows the same evidence as the
  recommendations.
- **content** ``c_ij``: :func:`~desktop_recsys.engine.similarity.content_score` (genres,
  people, artist or director, years), for items nobody touched and as a tie-breaker.
- **series**: the two titles share a rare word (:func:`~.similarity.series_words`): "The Matrix"
  and "The Matrix Reloaded". On ml-latest-small co-occurrence alone puts both sequels of
  The Matrix below rank 40 (everyone has Star Wars too); the bonus lifts them into the top 5
  at no cost in neighbour precision (``benchmarks/item_to_item.py``).

Blend by the query item's support ``s`` (how many people have it), ``r = s / (s + SUPPORT_PRIOR)``:
``score = r * b + (1 - r + CONTENT_SHARE) * c + SERIES_BONUS * series``. An item nobody
touched is compared by content alone; a well-known one mostly by behaviour.

The constants were chosen on ml-latest-small with the item-to-item protocol of
``EVALUATION.md`` (neighbour precision@10; see ``benchmarks/README.md``). Pure numpy/scipy:
no library, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from desktop_recsys.engine.similarity import (
    PEOPLE_WEIGHT,
    SAME_ARTIST_BONUS,
    YEAR_SPAN,
    YEAR_WEIGHT,
    ItemContent,
    series_words,
    title_words,
)

#: Exponent of the query item's count in the cosine (0.5: the plain cosine).
ALPHA = 0.5
#: Pairs shared by few people are shrunk by ``together / (together + SHRINK)``.
SHRINK = 10.0
#: Support at which behaviour and content weigh the same.
SUPPORT_PRIOR = 10.0
#: Weight of content that stays however well known the item is.
CONTENT_SHARE = 0.2
#: Added when the titles share a rare word (a series).
SERIES_BONUS = 0.4


@dataclass(frozen=True)
class Neighbour:
    """One item like the query item, and what makes it so (for a true, short reason)."""

    item: str
    score: float
    #: How many people have both items.
    together: int
    #: What weighed most: ``"behaviour"`` or ``"content"``.
    source: str
    #: Genres both items have, sorted.
    genres: tuple[str, ...] = ()
    #: People credited on both, sorted.
    people: tuple[str, ...] = ()
    #: The same artist or director.
    same_artist: bool = False
    #: The rare title word both share (a series), if any.
    series: str | None = None


class ItemNeighbours:
    """Item-to-item similarity over one interaction matrix (users x items) and, optionally,
    the items' content (keyed by the same string ids)."""

    def __init__(
        self,
        matrix: sp.spmatrix,
        item_ids: Sequence[str],
        *,
        content: Mapping[str, ItemContent[str]] | None = None,
    ) -> None:
        x = sp.csr_matrix(matrix, dtype=np.float32)
        if x.shape[1] != len(item_ids):
            raise ValueError("the matrix has one column per item id")
        x = x.copy()
        x.data = np.ones_like(x.data)  # presence only
        x.eliminate_zeros()
        ids = [str(i) for i in item_ids]
        self._content = dict(content or {})
        known = set(ids)
        # Items with content that nobody had when the matrix was made (added since the model
        # was trained): columns of their own, compared by content alone.
        extra = [i for i in self._content if i not in known]
        if extra:
            x = sp.hstack([x, sp.csr_matrix((x.shape[0], len(extra)), dtype=np.float32)]).tocsr()
            ids += extra
        self._x = x
        self._xt = x.T.tocsr()
        self._support = np.diff(self._xt.indptr).astype(np.float64)
        self.item_ids = ids
        self._index = {item: k for k, item in enumerate(self.item_ids)}
        self._series = series_words(c.title for c in self._content.values())
        self._build_content()

    def _build_content(self) -> None:
        """Content as arrays over :attr:`item_ids`: sets as sparse 0/1 matrices, so that one
        query compares with the whole catalogue in a few products (not a Python loop)."""
        n = len(self.item_ids)
        rows = [self._content.get(i) for i in self.item_ids]
        self._has_content = np.array([c is not None for c in rows])

        def sets(values: list[frozenset[str] | set[str]]) -> sp.csr_matrix:
            vocab: dict[str, int] = {}
            r: list[int] = []
            c: list[int] = []
            for k, vs in enumerate(values):
                for v in vs:
                    r.append(k)
                    c.append(vocab.setdefault(v, len(vocab)))
            return sp.csr_matrix(
                (np.ones(len(r), dtype=np.float64), (r, c)), shape=(n, max(len(vocab), 1))
            )

        empty: frozenset[str] = frozenset()
        self._genres = sets([c.genres if c else empty for c in rows])
        self._people = sets([c.people if c else empty for c in rows])
        self._words = sets([title_words(c.title) & self._series if c else empty for c in rows])
        artists = [(c.artist or "").casefold() if c else "" for c in rows]
        codes: dict[str, int] = {}
        self._artist = np.array([codes.setdefault(a, len(codes)) if a else -1 for a in artists])
        self._year = np.array([float(c.year) if c and c.year else np.nan for c in rows])

    def _content_scores(self, k: int) -> tuple[np.ndarray, np.ndarray]:
        """(content score, shares a series word) of item ``k`` against every item."""

        def jaccard(m: sp.csr_matrix) -> np.ndarray:
            inter = np.asarray((m @ m[k].T).todense()).ravel()
            sizes = np.diff(m.indptr).astype(np.float64)
            union = sizes + sizes[k] - inter
            return np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)

        score = jaccard(self._genres) + PEOPLE_WEIGHT * jaccard(self._people)
        if self._artist[k] >= 0:
            score += SAME_ARTIST_BONUS * (self._artist == self._artist[k])
        if np.isfinite(self._year[k]):
            near = 1.0 - np.abs(self._year - self._year[k]) / YEAR_SPAN
            score += YEAR_WEIGHT * np.nan_to_num(np.maximum(near, 0.0), nan=0.0)
        series = np.asarray((self._words @ self._words[k].T).todense()).ravel() > 0
        score[~self._has_content] = 0.0
        series &= self._has_content
        return score, series.astype(np.float64)

    @classmethod
    def from_model(
        cls, model: object, *, content: Mapping[str, ItemContent[str]] | None = None
    ) -> ItemNeighbours:
        """From a fitted recommender: the interactions it learned from and its item ids."""
        seen = model._seen  # type: ignore[attr-defined]
        return cls(seen, [str(i) for i in model.item_ids], content=content)  # type: ignore[attr-defined]

    def __contains__(self, item: object) -> bool:
        return str(item) in self._index or str(item) in self._content

    def support(self, item: str) -> int:
        """How many people have ``item`` (0 for an item the matrix does not know)."""
        k = self._index.get(str(item))
        return 0 if k is None else int(self._support[k])

    def together(self, item: str) -> np.ndarray:
        """How many people have both ``item`` and each item (aligned with :attr:`item_ids`)."""
        k = self._index.get(str(item))
        if k is None:
            return np.zeros(len(self.item_ids), dtype=np.float64)
        users = self._xt.indices[self._xt.indptr[k] : self._xt.indptr[k + 1]]
        counts = np.bincount(self._x[users].indices, minlength=len(self.item_ids))
        return counts.astype(np.float64)

    def behaviour_scores(self, item: str) -> np.ndarray:
        """Behaviour similarity of ``item`` to every item, best 1, the item itself 0."""
        k = self._index.get(str(item))
        out = np.zeros(len(self.item_ids), dtype=np.float64)
        if k is None or self._support[k] == 0:
            return out
        co = self.together(item)
        co[k] = 0.0
        denom = self._support[k] ** ALPHA * np.maximum(self._support, 1.0) ** (1.0 - ALPHA)
        out = co / denom * (co / (co + SHRINK))
        best = out.max()
        return out / best if best > 0 else out

    def scores(self, item: str) -> np.ndarray:
        """The blended similarity (module docs) of ``item`` to every item, aligned with
        :attr:`item_ids`; the item itself gets 0."""
        return self._blend(str(item))[0]

    def _blend(self, item: str) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """``(score, behaviour part, content part, series)`` over :attr:`item_ids`."""
        n = len(self.item_ids)
        s = float(self.support(item))
        r = s / (s + SUPPORT_PRIOR)
        behaviour = r * self.behaviour_scores(item)
        content = np.zeros(n, dtype=np.float64)
        series = np.zeros(n, dtype=np.float64)
        k = self._index.get(item)
        if k is not None and self._has_content[k]:
            content, series = self._content_scores(k)
            content *= 1.0 - r + CONTENT_SHARE
            series *= SERIES_BONUS
        total = behaviour + content + series
        if k is not None:
            total[k] = 0.0
        return total, behaviour, content, series

    def neighbours(self, item: str, n: int = 10, *, exclude: Iterable[str] = ()) -> list[Neighbour]:
        """The ``n`` items most like ``item``, best first (never ``item`` itself, nothing in
        ``exclude``, nothing with a score of 0). Ties go to the item listed first."""
        item = str(item)
        total, behaviour, content, _series = self._blend(item)
        blocked = np.zeros(len(total), dtype=bool)
        for other in exclude:
            k = self._index.get(str(other))
            if k is not None:
                blocked[k] = True
        k = self._index.get(item)
        if k is not None:
            blocked[k] = True
        total = np.where(blocked, 0.0, total)
        candidates = np.flatnonzero(total > 0)
        order = candidates[np.lexsort((candidates, -total[candidates]))][: max(0, n)]
        together = self.together(item)
        anchor = self._content.get(item)
        words = title_words(anchor.title) & self._series if anchor is not None else frozenset()
        out: list[Neighbour] = []
        for j in order.tolist():
            other_id = self.item_ids[j]
            other = self._content.get(other_id)
            genres: tuple[str, ...] = ()
            people: tuple[str, ...] = ()
            same_artist = False
            shared_word: str | None = None
            if anchor is not None and other is not None:
                genres = tuple(sorted(anchor.genres & other.genres))
                people = tuple(sorted(anchor.people & other.people))
                artist = (anchor.artist or "").casefold()
                same_artist = bool(artist) and (other.artist or "").casefold() == artist
                shared = sorted(words & title_words(other.title))
                shared_word = shared[0] if shared else None
            out.append(
                Neighbour(
                    item=other_id,
                    score=float(total[j]),
                    together=int(together[j]),
                    source="behaviour" if behaviour[j] >= content[j] else "content",
                    genres=genres,
                    people=people,
                    same_artist=same_artist,
                    series=shared_word,
                )
            )
        return out
