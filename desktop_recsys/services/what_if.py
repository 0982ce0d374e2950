""" "What if" lines for a recommendation list (issue 15, section 2): "Without X it would rank
#N (now #M)".

For each recommended row, the items cited as its evidence (liked items that raised it, at
most :data:`MOST_REMOVED`) are taken out of the profile's history one at a time and the item's
rank in the model's ranking is found again (:mod:`desktop_recsys.engine.what_if`): exact for
EASE, item-kNN, ALS, content and ``default``, an estimate elsewhere, and the line says which. Ranks
are the model's, over the same candidates as the list (what the profile has or marked "not
interested" stays out), so they hold even where a screen re-orders the list afterwards.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from desktop_recsys.progress import Message

#: Most evidence items tried per recommendation.
MOST_REMOVED = 3


@dataclass(frozen=True)
class WhatIfLine:
    """Where one recommendation would rank without one item of the profile's history."""

    item_id: int
    title: str
    #: The rank without it (1 = first); None when the model would no longer pick it from the
    #: history at all.
    rank: int | None
    #: The rank it has now in the model's ranking.
    rank_now: int | None
    #: Recomputed exactly (True) or estimated (False).
    exact: bool

    @property
    def text(self) -> Message:
        """The line a person reads (translatable)."""
        if self.rank is None:
            return Message(
                "Without {title} it would not be picked from your history (now #{now})",
                title=self.title,
                now=self.rank_now,
            )
        if self.exact and self.rank == self.rank_now:
            return Message(
                "Without {title} it would still rank #{rank}", title=self.title, rank=self.rank
            )
        if self.exact:
            return Message(
                "Without {title} it would rank #{rank} (now #{now})",
                title=self.title,
                rank=self.rank,
                now=self.rank_now,
            )
        return Message(
            "Without {title} it would rank about #{rank} (now #{now}; an estimate)",
            title=self.title,
            rank=self.rank,
            now=self.rank_now,
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "without": {"item_id": self.item_id, "title": self.title},
            "rank": self.rank,
            "rank_now": self.rank_now,
            "exact": self.exact,
            "text": str(self.text),
        }


def add_what_if(
    model: Any,
    user: str,
    rows: Sequence[Any],
    excluded: Iterable[int],
    label: Any,
) -> list[Any]:
    """``rows`` (``RecommendedItem``) with their ``what_if`` lines filled in; rows from the
    popularity fallback, or without cited items, get none. ``label(title, year)`` names an item
    as the sentences do (the year for a shared title)."""
    # Deferred: the engine (numpy, scipy) loads only when a list is asked for.
    from desktop_recsys.engine.serving_threads import one_blas_thread

    # One BLAS thread: a list's counterfactuals are small products (the item gram, a few
    # factor solves and score rows), for which OpenBLAS's pool costs more than it saves; on a
    # busy machine 10-40 times more (benchmarks/README.md, For you's first list, round 4).
    with one_blas_thread():
        return _add_what_if(model, user, rows, excluded, label)


def _add_what_if(
    model: Any, user: str, rows: Sequence[Any], excluded: Iterable[int], label: Any
) -> list[Any]:
    from desktop_recsys.engine.what_if import WhatIfRanker  # deferred: numpy, scipy

    try:
        ranker = WhatIfRanker(model, user, exclude=[str(i) for i in excluded])
    except KeyError:
        return list(rows)  # a profile the model has not seen: its list is popularity
    out = []
    for row in rows:
        cited = [c for c in row.evidence.items][:MOST_REMOVED]
        if row.fallback or not cited:
            out.append(row)
            continue
        answers = ranker.what_if(str(row.item_id), [str(c.item_id) for c in cited])
        names = {str(c.item_id): label(c.title, c.year) for c in cited}
        lines = tuple(
            WhatIfLine(int(a.removed), names[a.removed], a.rank, a.rank_now, a.exact)
            for a in answers
        )
        out.append(dataclasses.replace(row, what_if=lines))
    return out
