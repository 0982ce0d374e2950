"""Likely duplicate items, for a person to review, and merging two of them into one.

Imports from several sources (a folder scan, a data set, a personal history) can leave the same
work in the library twice. Items of the same kind are flagged when they have

- the same file content hash (the same file copied or renamed, see ``folder.content_hash``);
- the same external id (two items both claiming IMDb ``tt0133093``);
- the same normalised artist and title (case, accents, punctuation and leading articles
  ignored) and durations within :data:`DURATION_TOLERANCE` seconds of each other; items without
  a known duration are not compared this way (a live and a studio take share a title).

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
        groups.join(ids, "same file content")
    for source, value, ids in library.items.shared_external_ids():
        groups.join(ids, f"same {source} id {value}")
    for kind in ITEM_KINDS:
        by_key: dict[tuple[str, str], list[tuple[float, int]]] = {}
        for item_id, title, artist, _year, duration in library.items.match_candidates(kind):
            if duration is not None:
                by_key.setdefault((normalise(artist), normalise(title)), []).append(
                    (duration, item_id)
                )
        for (_artist, title), timed in by_key.items():
            if len(timed) < 2 or not title:
                continue
            timed.sort()
            # Sorted by duration, a run of neighbours each within the tolerance is one group.
            for (d1, a), (d2, b) in zip(timed, timed[1:], strict=False):
                if d2 - d1 <= DURATION_TOLERANCE:
                    groups.join([a, b], "same artist, title and duration")
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


def merge_items(library: Library, keep: int, drop: int) -> dict[str, int]:
    """Fold item ``drop`` into ``keep`` in one transaction; returns what moved."""
    return library.items.merge_into(keep, drop)
