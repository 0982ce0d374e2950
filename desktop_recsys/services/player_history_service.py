"""Importing other players' histories (issue 17): the import job, and a dry run.

A real import is an ordinary import job (:func:`~desktop_recsys.services.import_service.
import_history`: a backup before its first write, one transaction, the report). A dry run
works everything out in the same transaction and rolls it back: no backup, nothing written.
The importers themselves are :mod:`desktop_recsys.library.importers.player_history`.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from desktop_recsys.errors import UserError
from desktop_recsys.library import Library
from desktop_recsys.library.importers.report import ImportReport
from desktop_recsys.progress import CancelToken, Message, ProgressFn, no_progress
from desktop_recsys.services import import_service

#: The players, as import kinds (``import_service.HISTORY_KINDS`` names their importers).
PLAYER_KINDS = ("strawberry", "clementine", "rhythmbox", "kodi")
#: Where each player keeps its file, under the home folder (Linux, macOS, Windows).
_LOCATIONS = {
    "strawberry": (
        ".local/share/strawberry/strawberry/strawberry.db",
        "Library/Application Support/Strawberry/Strawberry/strawberry.db",
        "AppData/Local/strawberry/strawberry/strawberry.db",
    ),
    "clementine": (
        ".config/Clementine/clementine.db",
        "Library/Application Support/Clementine/clementine.db",
        ".config/Clementine/clementine.db",
    ),
    "rhythmbox": (".local/share/rhythmbox/rhythmdb.xml",),
    "kodi": (
        ".kodi/userdata/Database",
        "Library/Application Support/Kodi/userdata/Database",
        "AppData/Roaming/Kodi/userdata/Database",
    ),
}


def default_location(kind: str, home: Path | None = None) -> Path | None:
    """The ``kind`` player's file where that player keeps it, if it is there (Kodi: the
    newest ``MyVideos<N>.db``); None otherwise."""
    home = Path.home() if home is None else home
    for relative in _LOCATIONS.get(kind, ()):
        found = home / relative
        if kind != "kodi":
            if found.is_file():
                return found
            continue
        versions = []
        for db in found.glob("MyVideos*.db"):
            number = db.stem[len("MyVideos") :]
            if number.isdigit() and db.is_file():
                versions.append((int(number), db))
        if versions:
            return max(versions)[1]
    return None


def import_player_history(
    kind: str,
    library_path: str | Path,
    source_path: str | Path,
    *,
    profile: str | None,
    dry_run: bool = False,
    report_path: str | Path | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> ImportReport:
    """Import (or with ``dry_run`` only report) a ``kind`` player's history into ``profile``."""
    if kind not in PLAYER_KINDS:
        raise UserError(
            Message(
                "unknown player {kind!r}; use one of {choices}",
                kind=kind,
                choices=", ".join(PLAYER_KINDS),
            )
        )
    if not dry_run:
        return import_service.import_history(
            kind,
            library_path,
            source_path,
            profile=profile,
            report_path=report_path,
            progress=progress,
            cancel=cancel,
        )
    # Deferred like every importer: the CLI's other commands start without it.
    module = importlib.import_module("desktop_recsys.library.importers.player_history")
    report = ImportReport(kind, str(source_path))
    try:
        with Library.open(Path(library_path)) as library:
            module.import_player_history(
                kind,
                library,
                source_path,
                profile=profile,
                dry_run=True,
                progress=progress,
                cancel=cancel,
                report=report,
            )
    finally:
        if report_path is not None:
            report.write_json(report_path)
    return report
