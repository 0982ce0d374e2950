"""Recognising an incoming row as an item the library already has.

Rows from data sets and personal exports are matched, in order, by an external id the item
already carries (MovieLens, IMDb, TMDb, MusicBrainz, ...), then by a normalised key: title and
year for films (a year off by one is accepted when it is the only candidate, because services
disagree about release years), artist and title for tracks, the name for artists. Only items
that were in the library before the import are matched by key: two rows of the same file are
never merged (MovieLens lists a handful of distinct films under the same title and year).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from desktop_recsys.library.db import Library

# Articles that MovieLens and many catalogues move behind the title ("Matrix, The").
_TRAILING_ARTICLE = re.compile(
    r"^(?P<title>.+?),\s*(?P<article>The|A|An|Les|Le|La|L'|Il|Lo|Gli|I|El|Los|Las|Der|Die|Das|"
    r"Den|Det|De|Het|Een|En|Ett|Et|Un|Une|Uno|Una|O|Os|As)$",
    re.IGNORECASE,
)
_LEADING_ARTICLE = re.compile(r"^(?:(?:the|a|an|les|le|la|il|el|der|die|das)\s+|l')", re.IGNORECASE)
_TITLE_YEAR = re.compile(r"^(?P<title>.*?)\s*\((?P<year>\d{4})(?:\s*[-\u2013]\s*\d{0,4})?\)\s*$")
_TRAILING_PARENS = re.compile(r"^(?P<main>.*?\S)(?P<akas>(?:\s*\([^()]*\))+)$")


def uninvert_article(title: str) -> str:
    """``"Matrix, The"`` -> ``"The Matrix"``; ``"Avventura, L'"`` -> ``"L'Avventura"``."""
    found = _TRAILING_ARTICLE.match(title.strip())
    if not found:
        return title.strip()
    article = found["article"]
    joiner = "" if article.endswith("'") else " "
    return f"{article}{joiner}{found['title'].strip()}"


@dataclass(frozen=True)
class ParsedTitle:
    """A catalogue title split into the display title, its year and alternative titles."""

    title: str
    year: int | None
    also_known_as: tuple[str, ...] = ()


def parse_catalogue_title(raw: str) -> ParsedTitle:
    """Split ``"City of Lost Children, The (Cité des enfants perdus, La) (1995)"``.

    Returns the display title with its article back in front, the year (the first year of a
    range such as ``(2006-2007)``), and the parenthesised alternative titles, each un-inverted.
    """
    text = " ".join(raw.split())
    year = None
    found = _TITLE_YEAR.match(text)
    if found and found["title"]:
        text, year = found["title"], int(found["year"])
    akas: tuple[str, ...] = ()
    parts = _TRAILING_PARENS.match(text)
    if parts:
        akas = tuple(
            uninvert_article(re.sub(r"^a\.k\.a\.\s*", "", a, flags=re.IGNORECASE))
            for a in re.findall(r"\(([^()]*)\)", parts["akas"])
            if a.strip()
        )
        text = parts["main"]
    return ParsedTitle(uninvert_article(text) or raw.strip(), year, akas)


def normalise(text: str | None) -> str:
    """A matching key: case, accents, punctuation, ``&``/``and`` and leading articles ignored."""
    if not text:
        return ""
    return _normalise(text)


# Personal histories name the same artists and titles thousands of times: caching the key
# halves the time of a 100,000-scrobble import. Bounded, so a data set cannot grow it forever.
@functools.lru_cache(maxsize=1 << 16)
def _normalise(text: str) -> str:
    text = uninvert_article(unicodedata.normalize("NFKC", text))
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    text = text.replace("&", " and ")
    text = _LEADING_ARTICLE.sub("", text, count=1)
    text = re.sub(r"[^\w]+", " ", text)
    return " ".join(text.split())


def film_key(title: str, year: int | None) -> tuple[str, int | None]:
    return normalise(title), year


def track_key(artist: str | None, title: str) -> tuple[str, str]:
    return normalise(artist), normalise(title)


class ItemMatcher:
    """Finds existing items of one kind by external ids, then by normalised key.

    Built once per import (two queries); :meth:`claim` records an item found or created by
    this import so later rows with the same ids find it too.
    """

    def __init__(self, library: Library, kind: str, id_sources: Sequence[str]) -> None:
        self.kind = kind
        self.id_sources = tuple(id_sources)
        self._by_id = library.items.external_id_index(kind, self.id_sources)
        self._ids_of: dict[int, dict[str, str]] = {}
        for source, values in self._by_id.items():
            for value, item_id in values.items():
                self._ids_of.setdefault(item_id, {})[source] = value
        self._by_key: dict[object, list[int]] = {}
        self._by_title: dict[str, list[tuple[int | None, int]]] = {}
        self._duration: dict[int, float] = {}
        for item_id, title, artist, year, duration in library.items.match_candidates(kind):
            if duration is not None:
                self._duration[item_id] = duration
            if kind == "film":
                self._by_title.setdefault(normalise(title), []).append((year, item_id))
            key = self.key(title, artist, year)
            self._by_key.setdefault(key, []).append(item_id)
        self._claimed: set[int] = set()

    def key(self, title: str, artist: str | None = None, year: int | None = None) -> object:
        if self.kind == "film":
            return film_key(title, year)
        if self.kind == "track":
            return track_key(artist, title)
        return normalise(title)

    def match(
        self,
        ids: Mapping[str, str],
        title: str,
        artist: str | None = None,
        year: int | None = None,
        duration: float | None = None,
    ) -> int | None:
        """The existing item for this row, or None if it is new.

        With ``duration``, of several items sharing the key the one closest in length wins
        (a library may hold two takes of a song under one title).
        """
        for source in self.id_sources:
            value = ids.get(source)
            if value:
                found = self._by_id[source].get(str(value))
                if found is not None:
                    return found
        usable = []
        for candidate in self._key_candidates(title, artist, year):
            if candidate in self._claimed:
                continue
            known = self._ids_of.get(candidate, {})
            # An item that carries a different id from the same source is another work.
            if any(
                source in known and ids.get(source) and known[source] != str(ids[source])
                for source in self.id_sources
            ):
                continue
            if duration is None:
                return candidate
            usable.append(candidate)
        if not usable:
            return None
        assert duration is not None
        # min() keeps the first (lowest id) of equally close candidates.
        return min(usable, key=lambda c: abs(self._duration.get(c, float("inf")) - duration))

    def _key_candidates(self, title: str, artist: str | None, year: int | None) -> list[int]:
        exact = self._by_key.get(self.key(title, artist, year), [])
        if exact or self.kind != "film" or year is None:
            return list(exact)
        near = [i for y, i in self._by_title.get(normalise(title), []) if y in (year - 1, year + 1)]
        return near if len(near) == 1 else []

    def claim(self, item_id: int, ids: Mapping[str, str]) -> None:
        """Remember that ``item_id`` stands for a row of this import with these ids."""
        self._claimed.add(item_id)
        known = self._ids_of.setdefault(item_id, {})
        for source, value in ids.items():
            if source in self._by_id and value:
                self._by_id[source].setdefault(str(value), item_id)
                known.setdefault(source, str(value))
