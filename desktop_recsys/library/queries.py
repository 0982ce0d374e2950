"""Typed queries over the library's items: what to select and in which order, as SQL.

In the spirit of beets' ``dbcore`` queries: an :class:`ItemQuery` is a small frozen value that
says which items it selects and builds its own parameterised ``WHERE`` clause, so the item
repository filters in exactly one place and callers pass a typed object instead of keyword
arguments. :func:`item_order` turns a sort key from the whitelist :data:`ITEM_SORTS` into an
``ORDER BY``; user text never reaches the SQL except as a parameter. The SQL refers to the
items table as ``i``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop_recsys.errors import UserError
from desktop_recsys.library.fts import fts_query
from desktop_recsys.library.models import check_kind
from desktop_recsys.progress import Message

#: Columns the GUI may sort items on, mapped to safe SQL (never interpolate user text).
ITEM_SORTS = {
    "title": "i.sort_title COLLATE NOCASE",
    "artist": "i.artist COLLATE NOCASE",
    "album": "i.album COLLATE NOCASE",
    "year": "i.year",
    "duration": "i.duration",
    "added": "i.added_at",
    "id": "i.id",
    # The minimum age (certifications of every system on one scale); unrated after the oldest.
    "age": "COALESCE(i.min_age, 99)",
    "explicit": "i.explicit",
}


#: ``EXISTS (...)``: the item ``i`` breaks the limits of the profile given as the parameter
#: (:mod:`desktop_recsys.library.limits_rows`): above the profile's maximum age, an unrated
#: film when unrated films are blocked, explicit when explicit items are hidden, or carrying a
#: blocked genre or tag.
BLOCKED_SQL = (
    "EXISTS (SELECT 1 FROM profile_limits l WHERE l.profile_id = ? AND ("
    "(l.max_age IS NOT NULL AND i.min_age > l.max_age)"
    " OR (l.block_unrated = 1 AND i.kind = 'film' AND i.min_age IS NULL)"
    " OR (l.hide_explicit = 1 AND i.explicit = 1)"
    " OR EXISTS (SELECT 1 FROM item_genres ig JOIN genres g ON g.id = ig.genre_id"
    " JOIN profile_limit_blocks b ON b.profile_id = l.profile_id AND b.what = 'genre'"
    " AND b.name = g.name WHERE ig.item_id = i.id)"
    " OR EXISTS (SELECT 1 FROM item_tags it JOIN tags t ON t.id = it.tag_id"
    " JOIN profile_limit_blocks b ON b.profile_id = l.profile_id AND b.what = 'tag'"
    " AND b.name = t.name WHERE it.item_id = i.id)))"
)


def item_order(order_by: str, descending: bool = False) -> str:
    """``ORDER BY`` for the sort key ``order_by`` (one of :data:`ITEM_SORTS`), ties by id.

    An unknown key is refused with a :class:`~desktop_recsys.errors.UserError`.
    """
    column = ITEM_SORTS.get(order_by)
    if column is None:
        raise UserError(Message("cannot sort items by {order_by!r}", order_by=order_by))
    direction = "DESC" if descending else "ASC"
    return f"ORDER BY {column} {direction}, i.id {direction}"


@dataclass(frozen=True)
class ItemQuery:
    """Which items to select; every field is optional (None: any), and they combine with AND.

    ``kind`` is one item kind; ``text`` is what a person typed in the search box (every word
    must match title, artist, album, genres or tags, the last as a prefix); ``genre`` a genre
    name, any case; ``year_min`` / ``year_max`` are inclusive (items without a year are left
    out once either is set); ``missing`` True keeps only items whose file is missing, False
    only the others. For ``profile`` (a profile id): ``min_rating`` (stars, at least),
    ``rated`` (True / False: rated or not by the profile) and ``played`` (True / False: played
    at least once, skips aside, or never); without a profile these three are ignored.

    Each condition is an indexed lookup per row (a primary key or an index), so a page stays a
    few milliseconds on a 100,000-item library. An unknown kind is refused on construction.
    """

    kind: str | None = None
    text: str | None = None
    genre: str | None = None
    year_min: int | None = None
    year_max: int | None = None
    missing: bool | None = None
    profile: int | None = None
    min_rating: float | None = None
    rated: bool | None = None
    played: bool | None = None
    #: A profile whose limits apply (:data:`BLOCKED_SQL`): what it may not see is left out.
    limited_for: int | None = None
    #: Certified for this age or younger (unrated items are left out); ``unrated`` True keeps
    #: only items without a certification, False only certified ones; ``explicit`` True / False:
    #: only explicit items / only the others.
    max_age: int | None = None
    unrated: bool | None = None
    explicit: bool | None = None

    def __post_init__(self) -> None:
        if self.kind is not None:
            check_kind(self.kind)

    def match(self) -> str:
        """The FTS5 ``MATCH`` expression of the search text and kind; empty without text."""
        return fts_query(self.text or "", self.kind)

    def is_search_only(self) -> bool:
        """True when nothing but the kind and the search text narrows the selection."""
        profile_filters = (self.min_rating, self.rated, self.played)
        return (
            not self.genre
            and self.year_min is None
            and self.year_max is None
            and self.missing is None
            and self.limited_for is None
            and self.max_age is None
            and self.unrated is None
            and self.explicit is None
            and (self.profile is None or all(f is None for f in profile_filters))
        )

    def where(self) -> tuple[str, tuple[Any, ...]]:
        """``("WHERE ...", parameters)`` selecting these items from ``items i``; ``("", ())``
        when the query selects everything."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.kind is not None:
            clauses.append("i.kind = ?")
            params.append(self.kind)
        match = self.match()
        if match:
            clauses.append("i.id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)")
            params.append(match)
        if self.genre:
            clauses.append(
                "i.id IN (SELECT ig.item_id FROM item_genres ig JOIN genres g "
                "ON g.id = ig.genre_id WHERE g.name = ? COLLATE NOCASE)"
            )
            params.append(str(self.genre))
        if self.year_min is not None:
            clauses.append("i.year >= ?")
            params.append(int(self.year_min))
        if self.year_max is not None:
            clauses.append("i.year <= ?")
            params.append(int(self.year_max))
        if self.missing is not None:
            clauses.append("i.missing = ?")
            params.append(1 if self.missing else 0)
        if self.max_age is not None:
            clauses.append("i.min_age <= ?")
            params.append(int(self.max_age))
        if self.unrated is not None:
            clauses.append("i.min_age IS NULL" if self.unrated else "i.min_age IS NOT NULL")
        if self.explicit is not None:
            clauses.append("i.explicit = ?")
            params.append(1 if self.explicit else 0)
        if self.profile is not None:
            profile = int(self.profile)
            if self.min_rating is not None:
                clauses.append(
                    "EXISTS (SELECT 1 FROM ratings r WHERE r.profile_id = ? "
                    "AND r.item_id = i.id AND r.rating >= ?)"
                )
                params += [profile, float(self.min_rating)]
            if self.rated is not None:
                negate = "" if self.rated else "NOT "
                clauses.append(
                    f"{negate}EXISTS (SELECT 1 FROM ratings r WHERE r.profile_id = ? "
                    "AND r.item_id = i.id)"
                )
                params.append(profile)
            if self.played is not None:
                negate = "" if self.played else "NOT "
                clauses.append(
                    f"{negate}EXISTS (SELECT 1 FROM plays p WHERE p.item_id = i.id "
                    "AND p.profile_id = ? AND p.skipped = 0)"
                )
                params.append(profile)
        if self.limited_for is not None:
            clauses.append("NOT " + BLOCKED_SQL)
            params.append(int(self.limited_for))
        return ("WHERE " + " AND ".join(clauses) if clauses else ""), tuple(params)
