"""Turning rows that describe items into library item ids, for row-by-row importers.

Personal exports and mapped CSV files name items by title, year, artist and sometimes ids.
:class:`ItemResolver` matches each description to an existing item (see
:mod:`~desktop_recsys.library.importers.matching`), or queues a new catalogue-only item; rows of
the same file that describe the same new item share it. :meth:`ItemResolver.commit` writes the
new items in one batch and fills in the ids on existing ones.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop_recsys.library.db import Library
from desktop_recsys.library.importers.matching import ItemMatcher
from desktop_recsys.library.importers.report import ImportReport
from desktop_recsys.library.models import NewItem

KIND_NAMES = {"film": "films", "track": "tracks", "artist": "artists"}


class ItemResolver:
    """Resolve item descriptions to ids; new items are added together by :meth:`commit`.

    :meth:`resolve` returns a reference (an ``int``: a real id when >= 0, a placeholder when
    negative); :meth:`id_of` turns it into the id once :meth:`commit` has run.
    """

    def __init__(self, library: Library, id_sources: Sequence[str]) -> None:
        self._library = library
        self._sources = tuple(id_sources)
        self._matchers: dict[str, ItemMatcher] = {}
        self._new: list[NewItem] = []
        self._new_by_key: dict[tuple[str, object], int] = {}
        self._new_by_id: dict[tuple[str, str, str], int] = {}
        self._extra_ids: list[tuple[int, str, str]] = []
        self._extra_genres: list[tuple[int, str]] = []
        self._extra_tags: list[tuple[int, str, int]] = []
        self._ids: list[int] = []
        self.matched: dict[str, set[int]] = {}

    def _matcher(self, kind: str) -> ItemMatcher:
        if kind not in self._matchers:
            self._matchers[kind] = ItemMatcher(self._library, kind, self._sources)
        return self._matchers[kind]

    def resolve(self, item: NewItem) -> int:
        matcher = self._matcher(item.kind)
        ids = {k: str(v) for k, v in item.external_ids.items() if v}
        found = matcher.match(ids, item.title, item.artist, item.year)
        if found is not None:
            self.matched.setdefault(item.kind, set()).add(found)
            self._extra_ids.extend((found, s, v) for s, v in ids.items())
            self._extra_genres.extend((found, g) for g in item.genres)
            self._extra_tags.extend((found, t, 1) for t in item.tags)
            return found
        for source, value in ids.items():
            ref = self._new_by_id.get((item.kind, source, value))
            if ref is not None:
                return ref
        key = (item.kind, matcher.key(item.title, item.artist, item.year))
        ref = self._new_by_key.get(key)
        if ref is None:
            self._new.append(item)
            ref = -len(self._new)
            self._new_by_key[key] = ref
        for source, value in ids.items():
            self._new_by_id.setdefault((item.kind, source, value), ref)
        return ref

    def commit(self, report: ImportReport) -> None:
        """Add the new items, attach ids/genres/tags to matched ones, count both."""
        self._ids = self._library.items.add_many(self._new)
        self._library.items.add_external_ids(self._extra_ids)
        self._library.items.link_genres(self._extra_genres)
        self._library.items.merge_tag_counts(self._extra_tags)
        for kind in sorted({i.kind for i in self._new} | set(self.matched)):
            name = KIND_NAMES[kind]
            report.count(name, "added", sum(1 for i in self._new if i.kind == kind))
            report.count(name, "matched", len(self.matched.get(kind, ())))

    def id_of(self, ref: int) -> int:
        return ref if ref >= 0 else self._ids[-ref - 1]
