"""Likely duplicate items, for a person to review, and merging two of them into one.

Imports from several sources (a folder scan, a data set, a personal history) can leave the same
work in the library twice. Items of the same kind are flagged when they have

- the same file content hash (the same file copied or renamed, see ``folder.content_hash``);
- the same external id (two items both claiming IMDb ``tt0133093``);
- films: the same normalised title (case, accents, punctuation and leading articles ignored)
  and the same year; or one film's alias ("also known as", from a data set's catalogue) being
  another's title: the same film under its original and its translated title;
- tracks: the same normalised artist and title, with durations within
  :data:`DURATION_TOLERANCE` seconds of each other; an item without a known duration joins
  them unless the timed ones are several takes (a live and a studio take share a title).

Synthetic (demo) items are never candidates.

Groups are the connected sets of such pairs, each with the reasons that linked them. Nothing is
merged automatically: :func:`merge_items` folds one item into another on request (see
:meth:`~desktop_recsys.library.repositories.ItemRepository.merge_into` for what moves).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop_recsys.library.db import Library
from desktop_recsys.library.importers.matching import normalise
from desktop_recsys.library.models import ITEM_KINDS
from desktop_recsys.progress import Message

DURATION_TOLERANCE = 2.0


@dataclass
class DuplicateGroup:
    """Items that look like one work, the reasons they were linked, and what each holds."""

    item_ids: list[int]
    reasons: list[str] = field(default_factory=list)
    items: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"item_ids": self.item_ids, "reasons": self.reasons, "items": self.items}


class _Groups:
    """Union-find over item ids, remembering why each pair was joined."""

    def __init__(self) -> None:
        self._parent: dict[int, int] = {}
        self._reasons: dict[int, list[str]] = {}

    def find(self, item: int) -> int:
        self._parent.setdefault(item, item)
        while self._parent[item] != item:
            self._parent[item] = self._parent[self._parent[item]]
            item = self._parent[item]
        return item

    def join(self, ids: list[int], reason: str) -> None:
        roots = {self.find(i) for i in ids}
        root = min(roots)
        reasons = self._reasons.setdefault(root, [])
        for other in roots - {root}:
            self._parent[other] = root
            reasons.extend(r for r in self._reasons.pop(other, []) if r not in reasons)
        if reason not in reasons:
            reasons.append(reason)

    def groups(self) -> list[tuple[list[int], list[str]]]:
        members: dict[int, list[int]] = {}
        for item in self._parent:
            members.setdefault(self.find(item), []).append(item)
        return sorted(
            (sorted(ids), self._reasons.get(root, []))
            for root, ids in members.items()
            if len(ids) > 1
        )


def find_duplicates(library: Library) -> list[DuplicateGroup]:
    """Every group of likely duplicates, lowest ids first, with the items' details."""
    groups = _Groups()
    for ids in library.items.shared_content_hashes():
        groups.join(ids, Message("same file content"))
    for source, value, ids in library.items.shared_external_ids():
        groups.join(ids, Message("same {source} id {value}", source=source, value=value))
    for kind in ITEM_KINDS:
        candidates = library.items.match_candidates(kind)
        if kind == "film":
            _same_title_and_year(groups, candidates)
            _also_known_as(groups, candidates, library.items.also_known_as(kind))
        else:
            _same_artist_and_title(groups, candidates)
    found = [DuplicateGroup(ids, reasons) for ids, reasons in groups.groups()]
    if found:
        every = [i for g in found for i in g.item_ids]
        details = {row["id"]: row for row in library.items.export_rows(every)}
        history = library.items.history_counts(every)
        for group in found:
            for item_id in group.item_ids:
                row = details[item_id]
                ratings, plays = history[item_id]
                group.items.append(
                    {
                        "id": item_id,
                        "kind": row["kind"],
                        "title": row["title"],
                        "artist": row["artist"],
                        "album": row["album"],
                        "year": row["year"],
                        "duration": row["duration"],
                        "path": row["path"],
                        "ids": row["ids"],
                        "ratings": ratings,
                        "plays": plays,
                    }
                )
    return found


Candidate = tuple[int, str, "str | None", "int | None", "float | None"]


def _same_title_and_year(groups: _Groups, films: list[Candidate]) -> None:
    """Films with the same normalised title and the same (known) year."""
    by_key: dict[tuple[str, int], list[int]] = {}
    for item_id, title, _artist, year, _duration in films:
        key = normalise(title)
        if key and year is not None:
            by_key.setdefault((key, year), []).append(item_id)
    for ids in by_key.values():
        if len(ids) > 1:
            groups.join(ids, Message("same title and year"))


def _also_known_as(
    groups: _Groups, films: list[Candidate], akas: list[tuple[int, list[str]]]
) -> None:
    """A film under its original and its translated title: one item's alias ("also known
    as", from a data set's catalogue) is another's title, and their years agree (or one is
    unknown)."""
    by_title: dict[str, list[tuple[int, int | None]]] = {}
    for item_id, title, _artist, year, _duration in films:
        if normalise(title):
            by_title.setdefault(normalise(title), []).append((item_id, year))
    years = {item_id: year for item_id, _t, _a, year, _d in films}
    for item_id, names in akas:
        if item_id not in years:
            continue  # not a candidate (a synthetic item)
        for name in names:
            for other, year in by_title.get(normalise(name), ()):
                mine = years[item_id]
                if other != item_id and (mine is None or year is None or mine == year):
                    groups.join(
                        [item_id, other],
                        Message("same film under another title ({name})", name=name),
                    )


def _same_artist_and_title(groups: _Groups, items: list[Candidate]) -> None:
    """Items with the same normalised artist and title: those with durations within
    :data:`DURATION_TOLERANCE` of each other; one without a duration joins them when the
    timed ones are a single take (a live and a studio take of a song are two works)."""
    by_key: dict[tuple[str, str], list[tuple[float | None, int]]] = {}
    for item_id, title, artist, _year, duration in items:
        key = (normalise(artist), normalise(title))
        if all(key):
            by_key.setdefault(key, []).append((duration, item_id))
    for members in by_key.values():
        if len(members) < 2:
            continue
        timed = sorted((d, i) for d, i in members if d is not None)
        untimed = [i for d, i in members if d is None]
        takes = 1 if timed else 0
        # Sorted by duration, a run of neighbours each within the tolerance is one take.
        for (d1, a), (d2, b) in zip(timed, timed[1:], strict=False):
            if d2 - d1 <= DURATION_TOLERANCE:
                groups.join([a, b], Message("same artist, title and duration"))
            else:
                takes += 1
        if untimed and takes <= 1:
            groups.join(untimed + [i for _, i in timed], Message("same artist and title"))


def merge_items(library: Library, keep: int, drop: int) -> dict[str, int]:
    """Fold item ``drop`` into ``keep`` in one transaction; returns what moved."""
    return library.items.merge_into(keep, drop)
