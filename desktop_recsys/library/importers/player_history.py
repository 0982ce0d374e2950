"""History from the players people already use: Strawberry, Clementine, Rhythmbox, Kodi.

What the players keep is a total per song or film (played 37 times, last on ..., skipped 4
times, rated 4 stars), not one row per listening. How that is stored (the decision):

- **Plays**: one aggregated ``plays`` row per item and import with ``count`` = the plays the
  player counted since the last import and ``played_at`` = its last-played time (NULL when the
  player has none). A film Kodi marks watched is a view (``completed`` 1.0) counted the same
  way; a resume point is one partial view (``completed`` = the share watched), added again
  only when the point moves.
- **Skips**: one row with ``skipped`` 1 and ``count`` = the skips since the last import. The
  players do not say when a skip happened, so its ``played_at`` is NULL.
- **What was imported** is remembered per profile, item and player (``history_imports``,
  schema 6). Importing the same file again adds nothing; a later import with higher counts
  adds only the difference. A count lower than last time (statistics reset in the player) is
  taken as the new starting point and adds nothing. A history erased in this app since is
  imported again.
- **Ratings**: a player's rating becomes the profile's rating unless the profile rated the
  item later: the player's rating is dated by the entry's last-played time. An undated rating
  never replaces one given in this app, and a rating unchanged in the player since the last
  import never undoes a change made here. The report counts each case.

Entries are matched to items by file path, then by tags
(:mod:`~desktop_recsys.library.importers.player_matching`); nothing is added to the catalogue:
an entry without an item is listed in the report (scan the folder first, then import again).
Several entries of one item (two copies of a song) are added up; the same file listed twice
counts once. Everything is one transaction: a cancel or an error leaves the library as it was.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desktop_recsys.errors import UserError
from desktop_recsys.library.db import Library
from desktop_recsys.library.file_paths import display_os_path
from desktop_recsys.library.importers._base import ImportRun, ensure_profile
from desktop_recsys.library.importers._history import check_profile_name
from desktop_recsys.library.importers.player_matching import (
    RULES,
    PlayerMatcher,
    location_path,
)
from desktop_recsys.library.importers.player_sources import (
    PLAYERS,
    PlayerEntry,
    read_entries,
)
from desktop_recsys.library.importers.report import ImportReport
from desktop_recsys.library.repositories.base import timestamp
from desktop_recsys.library.repositories.history_imports import (
    HistoryImportRepository,
    Imported,
)
from desktop_recsys.progress import CancelToken, Message, ProgressFn, no_progress

#: Entries between two cancel checks.
_TICK = 2048


class _DryRun(Exception):
    """Raised inside the transaction of a dry run, so everything is rolled back."""


@dataclass
class _Total:
    """What the player's entries of one item add up to."""

    plays: int = 0
    skips: int = 0
    last_played: float | None = None
    stars: float | None = None
    stars_at: float | None = None
    resume: float | None = None
    locations: set[str] = field(default_factory=set)
    entries: int = 0

    def add(self, entry: PlayerEntry, location: str | None) -> bool:
        """Add an entry; False (and nothing added) for a second entry of the same file."""
        if location is not None and location in self.locations:
            return False
        if location is not None:
            self.locations.add(location)
        self.entries += 1
        self.plays += entry.plays
        self.skips += entry.skips
        if entry.last_played is not None:
            self.last_played = max(self.last_played or 0.0, entry.last_played)
        if entry.stars is not None and (
            self.stars is None or (entry.last_played or 0.0) >= (self.stars_at or 0.0)
        ):
            self.stars, self.stars_at = entry.stars, entry.last_played
        if entry.resume is not None:
            self.resume = entry.resume
        return True


def import_player_history(
    kind: str,
    library: Library,
    path: str | Path,
    *,
    profile: str | None,
    strict: bool = False,
    dry_run: bool = False,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
    report: ImportReport | None = None,
) -> ImportReport:
    """Import a ``kind`` player's counts and ratings into ``profile`` (created if missing) in
    one transaction; with ``dry_run`` everything is worked out and reported, then rolled back."""
    if kind not in PLAYERS:
        raise UserError(
            Message(
                "unknown player {kind!r}; use one of {choices}",
                kind=kind,
                choices=", ".join(PLAYERS),
            )
        )
    path = Path(path)
    report = report or ImportReport(kind, str(path), strict=strict)
    name = check_profile_name(profile, kind)
    if not path.is_file():
        raise UserError(
            Message("{path} is not a file; choose {pick}", path=path, pick=PLAYERS[kind][1])
        )
    run = ImportRun(library, report, progress, cancel, [path])
    entries, notes = read_entries(kind, path, lambda n, why: report.problem(path, n, why))
    report.notes.extend(notes)
    run.check()
    try:
        with run.transaction():
            _import(run, kind, path, name, entries)
            if dry_run:
                raise _DryRun
    except _DryRun:
        report.notes.append(Message("dry run: nothing was written"))
    return run.finish()


def _import(
    run: ImportRun, kind: str, path: Path, profile: str, entries: Sequence[PlayerEntry]
) -> None:
    library, report = run.library, run.report
    history = HistoryImportRepository(library)
    item_kind = "film" if kind == "kodi" else "track"
    matcher = PlayerMatcher(item_kind, history.file_items(item_kind), history.tag_items(item_kind))
    totals: dict[int, _Total] = {}
    rules: Counter[str] = Counter()
    moved: Counter[tuple[str, str]] = Counter()
    duplicates = 0
    for done, entry in enumerate(entries):
        if done % _TICK == 0:
            run.check()
            run.progress(0.8 * done / max(1, len(entries)), "matching entries")
        if not entry.has_history:
            report.count("entries", "nothing to import (never played nor rated)")
            continue
        location = location_path(entry.location)
        found = matcher.match(
            location,
            title=entry.title,
            artist=entry.artist,
            album=entry.album,
            year=entry.year,
            duration=entry.duration,
        )
        if found is None:
            _unmatched(report, path, entry, location)
            continue
        total = totals.setdefault(found.item_id, _Total())
        if not total.add(entry, location):
            duplicates += 1
            report.count("entries", "the same file listed twice (counted once)")
            continue
        rules[found.rule] += 1
        if found.moved is not None:
            moved[found.moved] += 1
    for rule in RULES:
        if rules[rule]:
            report.count("entries", f"matched by {rule}", rules[rule])
    for (old, new), n in moved.most_common(3):
        report.notes.append(
            Message(
                "the folder moved: {old} in {player} is {new} here ({n} entries)",
                old=display_os_path(old),
                new=display_os_path(new),
                player=PLAYERS[kind][0],
                n=n,
            )
        )
    together = sum(1 for t in totals.values() if t.entries > 1)
    if together:
        report.notes.append(
            Message(
                "{n} item(s) had several entries (copies of one song): their counts were added up",
                n=together,
            )
        )
    run.writing("writing")
    who, _ = ensure_profile(run, profile)
    _write(run, history, kind, who, totals, item_kind)
    matched = sum(rules.values()) + duplicates
    missing = report.get("entries", "not in the library") + report.get(
        "entries", "not a local file"
    )
    if missing:
        report.notes.append(
            Message(
                "{matched:,} entries with a history matched items of the library "
                "({profile!r}); {missing:,} did not (listed as problems: scan their folder, "
                "then import again)",
                matched=matched,
                missing=missing,
                profile=profile,
            )
        )
    else:
        report.notes.append(
            Message(
                "all {matched:,} entries with a history matched items of the library ({profile!r})",
                matched=matched,
                profile=profile,
            )
        )


def _unmatched(report: ImportReport, path: Path, entry: PlayerEntry, location: str | None) -> None:
    if entry.location is not None and location is None:
        report.count("entries", "not a local file")
        report.problem(
            path, entry.number, Message("{entry}: not a local file, left out", entry=entry.label)
        )
        return
    report.count("entries", "not in the library")
    if location:
        reason = Message(
            "{entry} ({location}): not in the library",
            entry=entry.label,
            location=display_os_path(location),
        )
    else:
        reason = Message("{entry}: not in the library", entry=entry.label)
    report.problem(path, entry.number, reason)


def _write(
    run: ImportRun,
    history: HistoryImportRepository,
    source: str,
    who: int,
    totals: dict[int, _Total],
    item_kind: str,
) -> None:
    library, report = run.library, run.report
    before = history.previous(who, source)
    current = history.ratings_of(who, totals)
    now = timestamp()
    rows: list[tuple[int, int, float | None, float, bool, int]] = []
    ratings: list[tuple[int, int, float, float | None]] = []
    remembered: list[tuple[int, Imported]] = []
    plays_word = "views" if item_kind == "film" else "plays"
    for item, total in totals.items():
        old = before.get(item, Imported())
        new_plays = total.plays - old.plays
        if new_plays > 0:
            rows.append((who, item, total.last_played, 1.0, False, new_plays))
        report.count(plays_word, "added", max(0, new_plays))
        report.count(plays_word, "already imported", min(total.plays, old.plays))
        if new_plays < 0:
            report.count(plays_word, "fewer than imported before (reset in the player?)")
        new_skips = total.skips - old.skips
        if new_skips > 0:
            rows.append((who, item, None, 0.0, True, new_skips))
        if total.skips or old.skips:
            report.count("skips", "added", max(0, new_skips))
            report.count("skips", "already imported", min(total.skips, old.skips))
        if total.resume is not None and total.resume != old.resume:
            rows.append((who, item, total.last_played, total.resume, False, 1))
            report.count("partial views", "added")
        outcome = _rating(total, old, current.get(item))
        if outcome is not None:
            report.count("ratings", outcome)
            if outcome in ("added", "updated (the player's is newer)"):
                assert total.stars is not None
                ratings.append((who, item, total.stars, total.stars_at or now))
        now_said = Imported(total.plays, total.skips, total.last_played, total.stars, total.resume)
        if before.get(item) != now_said:  # an unchanged entry is not written again
            remembered.append((item, now_said))
    if any(report.get("ratings", o) for o in report.counts.get("ratings", {})):
        report.notes.append(
            Message(
                "a player's rating replaced the profile's only where it is newer (dated by its "
                "last play); an undated one never replaces a rating given here"
            )
        )
    run.check()
    library.plays.add_many(rows)
    library.ratings.set_many(ratings)
    history.remember(who, source, remembered)


def _rating(total: _Total, old: Imported, current: tuple[float, float] | None) -> str | None:
    """What happens to the player's rating of an item (a report outcome), None if unrated."""
    if total.stars is None:
        return None
    if current is not None and current[0] == total.stars:
        return "same as the profile's"
    if old.rating is not None and old.rating == total.stars:
        # Unchanged in the player since the last import: the rating here is the newer word.
        return "kept the profile's (unchanged in the player since the last import)"
    if current is None:
        return "added"
    if total.stars_at is not None and total.stars_at > current[1]:
        return "updated (the player's is newer)"
    if total.stars_at is None:
        return "kept the profile's (the player's rating has no date)"
    return "kept the profile's (rated here later)"


def importer(kind: str):  # type: ignore[no-untyped-def]
    """The import function of one player, in the shape ``import_service`` calls."""

    def run(
        library: Library,
        path: str | Path,
        *,
        profile: str | None = None,
        strict: bool = False,
        dry_run: bool = False,
        progress: ProgressFn = no_progress,
        cancel: CancelToken | None = None,
        report: ImportReport | None = None,
    ) -> ImportReport:
        return import_player_history(
            kind,
            library,
            path,
            profile=profile,
            strict=strict,
            dry_run=dry_run,
            progress=progress,
            cancel=cancel,
            report=report,
        )

    run.__name__ = f"import_{kind}"
    run.__doc__ = f"Import {PLAYERS[kind][0]}'s play counts and ratings into a profile."
    return run


import_strawberry = importer("strawberry")
import_clementine = importer("clementine")
import_rhythmbox = importer("rhythmbox")
import_kodi = importer("kodi")
