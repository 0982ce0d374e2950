"""Which side wins when a profile's rating or play count and a file's tags disagree.

The rule, one place for scans, ``tags read`` and ``tags write``:

- Each side is compared with what both held at the last sync (``tag_sync``). The side that
  changed since wins; where only the file changed the file wins, where only the library
  changed the library wins.
- Where both changed, or nothing was ever synced, the newer change wins: the rating's
  ``rated_at`` against the file's modification time. A side with no rating loses to a side
  with one when nothing was synced (nothing is lost either way).
- Play counts only grow: a file that counts more plays than the library adds the difference
  as one undated row (so reading it again adds nothing); a library with more plays wins. A
  library whose plays were erased since the last sync (the file still shows the count both
  had then) wins too: erased plays do not come back from the files.

:func:`apply_file_values` puts what the files won into the library; the scanner and the
tag-sync service call it.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from desktop_recsys.library.importers.report import ImportReport
from desktop_recsys.library.repositories.base import LibraryHandle
from desktop_recsys.library.repositories.tag_sync import (
    PROFILE_KEY,
    Agreed,
    Synced,
    TagSyncRepository,
)
from desktop_recsys.progress import Message

SAME, LIBRARY, FILE = "same", "library", "file"


def rating_winner(
    library: float | None,
    rated_at: float | None,
    file: float | None,
    file_mtime: float | None,
    base: Synced | None,
) -> str:
    """Which rating stands: ``same`` (they agree), ``library`` or ``file``."""
    if library == file:
        return SAME
    if base is not None and base.rating_known:
        file_changed, library_changed = file != base.rating, library != base.rating
        if file_changed and not library_changed:
            return FILE
        if library_changed and not file_changed:
            return LIBRARY
        library_time = rated_at if rated_at is not None else base.synced_at
    else:
        if library is None:
            return FILE
        if file is None:
            return LIBRARY
        library_time = rated_at or 0.0
    return FILE if (file_mtime or 0.0) > library_time else LIBRARY


def count_winner(library: int, file: int | None, base: Synced | None) -> str:
    """Which play count stands: ``same``, ``library`` (write it to the file) or ``file``
    (add the difference to the library)."""
    if file is None:
        return SAME if library == 0 else LIBRARY
    if file == library:
        return SAME
    if file < library:
        return LIBRARY
    if base is not None and base.play_count == file:
        return LIBRARY  # the file is as it was; the library's plays were erased since
    return FILE


@dataclass(frozen=True)
class FileValues:
    """One file's rating and play count as read, with its size and modification time."""

    item_id: int
    rating: float | None
    play_count: int | None
    file_size: int | None
    file_mtime: float | None


@dataclass(frozen=True)
class Outcome:
    """What the rule decided for one item: ``rating`` and ``plays`` are ``same``,
    ``library`` or ``file``; ``added_plays`` how many plays the file added."""

    item_id: int
    rating: str
    plays: str
    library_rating: float | None
    file_rating: float | None
    library_plays: int
    file_plays: int | None
    added_plays: int = 0

    @property
    def winner(self) -> str:
        """``file`` if the file won anything, else ``library`` if the library did, else
        ``same``."""
        sides = {self.rating, self.plays}
        return FILE if FILE in sides else (LIBRARY if LIBRARY in sides else SAME)


def decide(library: LibraryHandle, profile_id: int, values: Iterable[FileValues]) -> list[Outcome]:
    """The rule's answer for each file's values (nothing written)."""
    rows = list(values)
    store = TagSyncRepository(library)
    ids = [row.item_id for row in rows]
    bases = store.states(profile_id, ids)
    ratings = store.ratings(profile_id, ids)
    totals = store.play_totals(profile_id, ids)
    out = []
    for row in rows:
        mine, rated_at = ratings.get(row.item_id, (None, None))
        base = bases.get(row.item_id)
        plays = int(totals.get(row.item_id, 0))
        out.append(
            Outcome(
                row.item_id,
                rating_winner(mine, rated_at, row.rating, row.file_mtime, base),
                count_winner(plays, row.play_count, base),
                mine,
                row.rating,
                plays,
                row.play_count,
            )
        )
    return out


def apply_file_values(
    library: LibraryHandle, profile_id: int, values: Iterable[FileValues]
) -> list[Outcome]:
    """Decide, then put what the files won into the library (ratings timed by the file's
    modification time; plays as one undated row of the difference) and record what both
    sides now agree on. One transaction; returns the outcomes."""
    rows = {row.item_id: row for row in values}
    lib = library
    outcomes = decide(library, profile_id, rows.values())
    now = time.time()
    result: list[Outcome] = []
    agreed: list[Agreed] = []
    with lib.transaction() as conn:
        for outcome in outcomes:
            row = rows[outcome.item_id]
            added = 0
            if outcome.rating == FILE:
                if row.rating is None:
                    conn.execute(
                        "DELETE FROM ratings WHERE profile_id = ? AND item_id = ?",
                        (profile_id, row.item_id),
                    )
                else:
                    when = min(row.file_mtime or now, now)
                    conn.execute(
                        "INSERT INTO ratings (profile_id, item_id, rating, rated_at) "
                        "VALUES (?, ?, ?, ?) ON CONFLICT (profile_id, item_id) DO UPDATE SET "
                        "rating = excluded.rating, rated_at = excluded.rated_at",
                        (profile_id, row.item_id, row.rating, when),
                    )
            if outcome.plays == FILE and row.play_count is not None:
                added = row.play_count - outcome.library_plays
                conn.execute(
                    "INSERT INTO plays (profile_id, item_id, played_at, count) "
                    "VALUES (?, ?, NULL, ?)",
                    (profile_id, row.item_id, added),
                )
            rating_agreed = outcome.rating in (SAME, FILE)
            plays_agreed = outcome.plays in (SAME, FILE) and row.play_count is not None
            agreed.append(
                Agreed(
                    row.item_id,
                    (row.rating,) if rating_agreed else None,
                    row.play_count if plays_agreed else None,
                    row.file_size,
                    row.file_mtime,
                )
            )
            result.append(replace(outcome, added_plays=added) if added else outcome)
        TagSyncRepository(lib).record(profile_id, agreed)
    return result


# -- which profile the files' values belong to ---------------------------------------------------
def receiving_profile(library: LibraryHandle) -> int | None:
    """The profile whose ratings and plays the files carry: the one chosen in Settings
    ("Profile for ratings in files") if it still exists, else the library's first profile that
    is not a data set's user (the owner, as a one-person player has it); None without one."""
    conn = library.conn
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (PROFILE_KEY,)).fetchone()
    if row and str(row[0]).isdigit():
        chosen = conn.execute(
            "SELECT id FROM profiles WHERE id = ? AND community = 0", (int(row[0]),)
        ).fetchone()
        if chosen:
            return int(chosen[0])
    first = conn.execute(
        "SELECT id FROM profiles WHERE community = 0 ORDER BY id LIMIT 1"
    ).fetchone()
    return int(first[0]) if first else None


def read_during_scan(
    library: Any, report: ImportReport, profile: str | None, rows: list[FileValues]
) -> None:
    """What a folder scan does with the ratings and play counts of the files it read:
    they go to ``profile`` (created if it does not exist) or, without one, to
    :func:`receiving_profile`, by the rule above; the report counts what changed and says
    where nothing could receive them."""
    with_values = [r for r in rows if r.rating is not None or r.play_count]
    who: int | None
    if profile and with_values:
        ids, created = library.profiles.ensure_many([profile])
        who = next(iter(ids.values()))
        report.count("profiles", "added", created)
    elif profile:  # no values: only that profile's earlier agreement can apply
        named = library.profiles.by_name(profile)
        if named is None:
            return
        who = named.id
    else:
        who = receiving_profile(library)
    if who is None:
        if with_values:
            report.notes.append(
                Message(
                    "{count:,} files carry ratings or play counts, but the library has no "
                    "profile to receive them (the files are unchanged): create a profile, "
                    "then read them (Settings ▸ Library ▸ Read from the files now)",
                    count=len(with_values),
                )
            )
        return
    synced = TagSyncRepository(library).states(who, [r.item_id for r in rows])
    wanted = [r for r in rows if r.rating is not None or r.play_count or r.item_id in synced]
    count_outcomes(report, apply_file_values(library, who, wanted))


def count_outcomes(report: ImportReport, outcomes: list[Outcome]) -> None:
    """Ratings and plays the files added or changed, and where the library's newer values
    were kept, in the report's counts."""
    for outcome in outcomes:
        if outcome.rating == FILE:
            if outcome.file_rating is None:
                report.count("ratings", "removed")
            elif outcome.library_rating is None:
                report.count("ratings", "added")
            else:
                report.count("ratings", "updated")
        elif outcome.rating == LIBRARY and outcome.file_rating is not None:
            report.count("ratings", "kept (the library's is newer)")
        if outcome.added_plays:
            report.count("plays", "added", outcome.added_plays)
