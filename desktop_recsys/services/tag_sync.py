"""Ratings and play counts in the files, both ways: ``tags read`` and ``tags write``.

One profile's values travel (``--profile``, else the library's "Profile for ratings in files",
else its first profile that is not a data set's user: :func:`library.tag_sync.receiving_profile`).
Every track with a file is compared with its tags by the rule of
:mod:`desktop_recsys.library.tag_sync` (each side against the last sync; where both changed,
the newer change wins), and the report names the side that won for each file that differed.

- ``read`` changes only the library: what the files won (a rating, more plays as one undated
  row of the difference). Where the library's value is newer it stays, and the report says so.
- ``write`` also changes files: what the library won is written into the file's tags (never
  its audio: :func:`desktop_recsys.library.tag_files.write_stats` checks), and what the files
  won is read in, so both agree afterwards. A file that cannot be written (read-only, missing,
  a format without rating tags) is one line in the report; the others are still written.
- ``dry_run`` changes nothing anywhere and says what would happen.

With the library's "write ratings to files" switch on (Settings), every folder scan ends with a
``write`` (:func:`write_after_scan`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from desktop_recsys.errors import UserError
from desktop_recsys.library import Library
from desktop_recsys.library.file_paths import display_path, os_path
from desktop_recsys.library.importers.folder import content_hash
from desktop_recsys.library.importers.report import ImportReport
from desktop_recsys.library.repositories.tag_sync import (
    PROFILE_KEY,
    WRITE_KEY,
    Agreed,
    TagSyncRepository,
)
from desktop_recsys.library.tag_files import (
    TagWriteError,
    read_stats,
    unwritable_format,
    write_problem,
    write_stats,
)
from desktop_recsys.library.tag_sync import (
    FILE,
    LIBRARY,
    SAME,
    FileValues,
    Outcome,
    apply_file_values,
    decide,
    receiving_profile,
)
from desktop_recsys.progress import CancelToken, Message, ProgressFn, no_progress

TICK = 32


@dataclass(frozen=True)
class FileLine:
    """One file the sync did something about (or could not)."""

    path: str
    #: ``written``, ``read`` (the library took the file's values), ``kept`` (the library's
    #: newer values stay; ``tags write`` writes them), or ``failed``.
    action: str
    #: ``library``, ``file`` or "" (failed).
    winner: str
    detail: str


@dataclass
class TagSyncReport:
    """What a ``tags read`` / ``tags write`` did (or, in a dry run, would do)."""

    profile: str
    direction: str
    dry_run: bool
    files: int = 0
    agreed: int = 0
    lines: list[FileLine] = field(default_factory=list)

    def count(self, action: str) -> int:
        return sum(1 for line in self.lines if line.action == action)

    def summary_lines(self) -> list[str]:
        would = "would be " if self.dry_run else ""
        head = (
            f"{'Dry run: ' if self.dry_run else ''}{self.files:,} files compared with the "
            f"ratings and plays of {self.profile!r}: {self.agreed:,} already agree"
        )
        lines = [head]
        for line in self.lines:
            verb = {
                "written": f"{would}written (the library's change is newer)",
                "read": f"{would}read into the library (the file's change is newer)",
                "kept": "the library's change is newer, kept (tags write writes it)",
                "failed": "not done",
            }[line.action]
            lines.append(f"  {line.path}: {verb}: {line.detail}")
        totals = [
            f"{self.count('written'):,} files {would}written",
            f"{self.count('read'):,} {would}read into the library",
        ]
        if self.count("kept"):
            totals.append(f"{self.count('kept'):,} kept the library's newer values")
        if self.count("failed"):
            totals.append(f"{self.count('failed'):,} could not be done (see above)")
        lines.append("; ".join(totals))
        return lines


def _stars(value: float | None) -> Message:
    if value is None:
        return Message("no rating")
    if value == 1:
        return Message("{stars} star", stars=f"{value:g}")
    return Message("{stars} stars", stars=f"{value:g}")


def _describe(outcome: Outcome, sides: tuple[str, ...]) -> Message:
    """What changed for one file ("rating 3 stars -> 4 stars, plays 2 -> 5"), translatable."""
    parts: list[Message] = []
    if outcome.rating in sides:
        old, new = (
            (outcome.file_rating, outcome.library_rating)
            if outcome.rating == LIBRARY
            else (outcome.library_rating, outcome.file_rating)
        )
        parts.append(Message("rating {old} -> {new}", old=_stars(old), new=_stars(new)))
    if outcome.plays in sides:
        if outcome.plays == LIBRARY:
            old_plays, new_plays = outcome.file_plays or 0, outcome.library_plays
        else:
            old_plays, new_plays = outcome.library_plays, outcome.file_plays
        parts.append(Message("plays {old} -> {new}", old=old_plays, new=new_plays))
    if len(parts) == 2:
        return Message("{first}, {second}", first=parts[0], second=parts[1])
    return parts[0]  # called only for a side that won the rating or the plays


def resolve_profile(library: Library, profile: str | int | None) -> tuple[int, str]:
    """The profile whose values travel (see the module docs), as (id, name)."""
    if profile is not None and str(profile).strip():
        found = library.profiles.require(profile)
        if found.community:
            raise UserError(
                Message(
                    "profile {name!r} is a data set's user; choose a person's profile",
                    name=found.name,
                )
            )
        return found.id, found.name
    who = receiving_profile(library)
    if who is None:
        raise UserError(
            Message(
                "no profile receives the ratings in your files; create one with "
                "'desktop-recsys profile add NAME' or give --profile"
            )
        )
    found = library.profiles.get(who)
    assert found is not None
    return found.id, found.name


def sync_tags(
    library_path: str | Path,
    profile: str | int | None = None,
    *,
    write: bool,
    dry_run: bool = False,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> TagSyncReport:
    """Compare every track's file with the library and act as the module docs say."""
    with Library.open(library_path) as library:
        return sync_open(
            library, profile, write=write, dry_run=dry_run, progress=progress, cancel=cancel
        )


def sync_open(
    library: Library,
    profile: str | int | None,
    *,
    write: bool,
    dry_run: bool = False,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> TagSyncReport:
    """:func:`sync_tags` on an open library."""
    who, name = resolve_profile(library, profile)
    report = TagSyncReport(name, "write" if write else "read", dry_run)
    store = TagSyncRepository(library)
    files = store.files()
    stored_paths = {item_id: stored for item_id, stored, _size, _mtime in files}
    values: list[FileValues] = []
    shown: dict[int, str] = {}
    formats: dict[int, str] = {}
    changed_since_scan: set[int] = set()
    progress(0.0, Message("reading tags"))
    for index, (item_id, stored, size, mtime) in enumerate(files):
        if index % TICK == 0:
            if cancel is not None:
                cancel.raise_if_cancelled()
            progress(0.5 * index / max(1, len(files)), "reading tags")
        path, where = os_path(stored), display_path(stored)
        shown[item_id] = where
        try:
            info = os.stat(path)
            stats = read_stats(path)
        except FileNotFoundError:
            report.lines.append(
                FileLine(where, "failed", "", Message("the file is missing; skipped"))
            )
            continue
        except Exception as exc:  # noqa: BLE001 (one unreadable file never stops the sync)
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            if isinstance(exc, TagWriteError):  # this app's own words: translated
                reason = exc.reason
            skipped = Message("cannot read its tags ({reason}); skipped", reason=reason)
            report.lines.append(FileLine(where, "failed", "", skipped))
            continue
        formats[item_id] = stats.format
        if (info.st_size, info.st_mtime) != (size, mtime):
            changed_since_scan.add(item_id)
        values.append(
            FileValues(item_id, stats.rating, stats.play_count, info.st_size, info.st_mtime)
        )
    report.files = len(values)
    outcomes = decide(library, who, values)
    by_id = {row.item_id: row for row in values}
    if not dry_run:
        # What the files won goes into the library first (and the agreement is recorded).
        file_won = [by_id[o.item_id] for o in outcomes if FILE in (o.rating, o.plays)]
        file_won += [by_id[o.item_id] for o in outcomes if o.winner == SAME]
        apply_file_values(library, who, file_won)
    for index, outcome in enumerate(outcomes):
        if index % TICK == 0:
            if cancel is not None:
                cancel.raise_if_cancelled()
            progress(
                0.5 + 0.5 * index / max(1, len(outcomes)),
                Message("writing") if write else Message("reading tags"),
            )
        where = shown[outcome.item_id]
        changed = outcome.item_id in changed_since_scan

        def noted(detail: Message, changed: bool = changed) -> Message:
            if not changed:
                return detail
            return Message("{detail} (changed on disk since the last scan)", detail=detail)

        if outcome.winner == SAME:
            report.agreed += 1
            continue
        if FILE in (outcome.rating, outcome.plays):
            report.lines.append(FileLine(where, "read", FILE, noted(_describe(outcome, (FILE,)))))
        if LIBRARY not in (outcome.rating, outcome.plays):
            continue
        detail = noted(_describe(outcome, (LIBRARY,)))
        if not write:
            report.lines.append(FileLine(where, "kept", LIBRARY, detail))
            continue
        row = by_id[outcome.item_id]
        rating = outcome.library_rating if outcome.rating == LIBRARY else row.rating
        plays = outcome.library_plays if outcome.plays == LIBRARY else None
        stored = stored_paths[row.item_id]
        refused = unwritable_format(formats[row.item_id]) or write_problem(os_path(stored))
        if refused:
            report.lines.append(FileLine(where, "failed", LIBRARY, refused))
            continue
        if not dry_run:
            try:
                _write_one(library, who, row, stored, rating, plays)
            except TagWriteError as exc:
                report.lines.append(FileLine(where, "failed", LIBRARY, exc.reason))
                continue
            except OSError as exc:  # the file vanished or its folder went read-only meanwhile
                reason = exc.strerror or str(exc)
                again = Message("{reason}; try again", reason=reason)
                report.lines.append(FileLine(where, "failed", LIBRARY, again))
                continue
        report.lines.append(FileLine(where, "written", LIBRARY, detail))
    progress(1.0, Message("done"))
    return report


def _write_one(
    library: Library,
    who: int,
    row: FileValues,
    stored: str,
    rating: float | None,
    plays: int | None,
) -> None:
    """Write one file, then record the agreement and the file's new state (a rescan finds it
    unchanged)."""
    path = os_path(stored)
    now = os.stat(path)
    if (now.st_size, now.st_mtime) != (row.file_size, row.file_mtime):
        raise TagWriteError(
            Message("the file changed while the sync ran; nothing written, try again")
        )
    write_stats(path, rating, plays)
    try:
        after = os.stat(path)
        digest = content_hash(path, after.st_size)
    except OSError:
        return  # written, but gone again at once: the next sync compares it afresh
    with library.transaction():
        TagSyncRepository(library).record(
            who,
            [
                Agreed(
                    row.item_id,
                    (rating,),
                    plays if plays is not None else row.play_count,
                    after.st_size,
                    after.st_mtime,
                )
            ],
        )
        library.items.set_file_state(
            [
                (
                    row.item_id,
                    stored,
                    after.st_size,
                    after.st_mtime,
                    digest,
                )
            ]
        )


# -- the library's two settings, and the scan's write -----------------------------------------
@dataclass(frozen=True)
class TagSettings:
    """The library's tag-sync settings: the chosen profile (None: the default) and the
    write switch (off unless switched on)."""

    profile_id: int | None
    write: bool


def load_settings(library: Library) -> TagSettings:
    chosen = library.meta.get(PROFILE_KEY)
    return TagSettings(
        int(chosen) if chosen and chosen.isdigit() else None,
        library.meta.get(WRITE_KEY) == "1",
    )


def save_settings(library: Library, settings: TagSettings) -> None:
    with library.transaction():
        library.meta.set(
            PROFILE_KEY, "" if settings.profile_id is None else str(settings.profile_id)
        )
        library.meta.set(WRITE_KEY, "1" if settings.write else "0")


def write_after_scan(library_path: str | Path, report: ImportReport, profile: str | None) -> None:
    """With the write switch on: write the scan's profile's values into its files, counted in
    the scan's report (``files``: ``tags written``), each file that failed a note."""
    with Library.open(library_path) as library:
        if not load_settings(library).write:
            return
        try:
            done = sync_open(library, profile, write=True)
        except UserError as exc:
            report.notes.append(
                Message("ratings were not written to the files: {reason}", reason=exc.message)
            )
            return
    report.count("files", "tags written", done.count("written"))
    for line in done.lines:
        if line.action == "failed":  # a note, not a problem: the scan itself went well
            report.notes.append(
                Message(
                    "{path}: ratings not written to the file: {reason}",
                    path=line.path,
                    reason=line.detail,
                )
            )
