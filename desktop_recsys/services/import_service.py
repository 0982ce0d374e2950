"""Import jobs: ``fn(library_path, source_path, ..., progress, cancel) -> ImportReport``.

Each job opens its own :class:`~desktop_recsys.library.Library` (so it can run on a worker
thread), runs one importer in one transaction and returns its report. With ``report_path`` the
report is written as JSON whatever the outcome: after a strict-mode abort, a cancel or a
failure it says so (``status``) and the library is unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_recsys.errors import Cancelled, UserError
from desktop_recsys.library import Library
from desktop_recsys.library.importers.report import ImportAborted, ImportReport
from desktop_recsys.progress import CancelToken, ProgressFn, no_progress

# Kinds accepted by ``desktop-recsys import KIND PATH``, with what PATH is.
IMPORT_KINDS: dict[str, str] = {
    "movielens": "a MovieLens folder (ml-latest, ml-latest-small, ml-25m, ml-1m, ml-100k)",
    "lastfm-hetrec": "the HetRec 2011 Last.fm 2k folder",
    "csv": "any CSV file, with --map COLUMN=FIELD,...",
    "folder": "a folder of music and films (rescans are incremental)",
    "lastfm-scrobbles": "a Last.fm scrobbles CSV (artist, album, track, time), with --profile",
    "listenbrainz": "a ListenBrainz listens export (zip, folder or .jsonl), with --profile",
    "letterboxd": "a Letterboxd export (zip, folder, or ratings/diary/watched.csv), with --profile",
    "imdb": "an IMDb ratings.csv (1-10 stars are halved to 0.5-5), with --profile",
    "library": "a library exported by 'export library' (CSV or JSON)",
    "profile": "a profile archive written by 'export profile' (.zip); --profile renames it",
    "playlist": "an M3U8 or CSV playlist, with --profile (and --name, default the file name)",
}
# Personal histories: one importer function each, all taking ``profile=``.
HISTORY_KINDS = {
    "lastfm-scrobbles": ("lastfm_scrobbles", "import_lastfm_scrobbles"),
    "listenbrainz": ("listenbrainz", "import_listenbrainz"),
    "letterboxd": ("letterboxd", "import_letterboxd"),
    "imdb": ("imdb", "import_imdb"),
}


def _run(
    kind: str,
    library_path: str | Path,
    source_path: str | Path,
    body: Callable[[Library, ImportReport], ImportReport],
    *,
    strict: bool,
    report_path: str | Path | None,
) -> ImportReport:
    report = ImportReport(kind, str(source_path), strict=strict)
    try:
        with Library.open(Path(library_path)) as library:
            body(library, report)
    except ImportAborted:
        report.finish("aborted")
        raise
    except Cancelled:
        report.finish("cancelled")
        raise
    except UserError as exc:
        report.finish("failed")
        report.notes.append(str(exc))
        raise
    except BaseException as exc:
        report.finish("failed")
        report.notes.append(f"{type(exc).__name__}: {exc}")
        raise
    finally:
        if report_path is not None:
            report.write_json(report_path)
    return report


def import_movielens(
    library_path: str | Path,
    source_path: str | Path,
    *,
    strict: bool = False,
    report_path: str | Path | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> ImportReport:
    """Import a MovieLens data set folder (any of the three public layouts)."""
    from desktop_recsys.library.importers.movielens import import_movielens as run

    def body(library: Library, report: ImportReport) -> ImportReport:
        return run(library, source_path, progress=progress, cancel=cancel, report=report)

    return _run(
        "movielens", library_path, source_path, body, strict=strict, report_path=report_path
    )


def import_lastfm_hetrec(
    library_path: str | Path,
    source_path: str | Path,
    *,
    strict: bool = False,
    report_path: str | Path | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> ImportReport:
    """Import the HetRec 2011 Last.fm 2k folder."""
    from desktop_recsys.library.importers.lastfm_hetrec import import_lastfm_hetrec as run

    def body(library: Library, report: ImportReport) -> ImportReport:
        return run(library, source_path, progress=progress, cancel=cancel, report=report)

    return _run(
        "lastfm-hetrec", library_path, source_path, body, strict=strict, report_path=report_path
    )


def import_csv(
    library_path: str | Path,
    source_path: str | Path,
    mapping: str | dict[str, str],
    *,
    profile: str | None = None,
    kind: str | None = None,
    strict: bool = False,
    report_path: str | Path | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> ImportReport:
    """Import any CSV file; ``mapping`` is ``"Column=field,..."`` or a parsed dict."""
    from desktop_recsys.library.importers.csv_mapped import import_csv as run
    from desktop_recsys.library.importers.csv_mapped import parse_mapping

    columns = parse_mapping(mapping) if isinstance(mapping, str) else mapping

    def body(library: Library, report: ImportReport) -> ImportReport:
        return run(
            library,
            source_path,
            columns,
            profile=profile,
            kind=kind,
            progress=progress,
            cancel=cancel,
            report=report,
        )

    return _run("csv", library_path, source_path, body, strict=strict, report_path=report_path)


def import_folder(
    library_path: str | Path,
    source_path: str | Path,
    *,
    profile: str | None = None,
    strict: bool = False,
    report_path: str | Path | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> ImportReport:
    """Scan a music/film folder; with ``profile``, rating tags become that profile's ratings."""
    from desktop_recsys.library.importers.folder import scan_folder

    def body(library: Library, report: ImportReport) -> ImportReport:
        return scan_folder(
            library, source_path, profile=profile, progress=progress, cancel=cancel, report=report
        )

    return _run("folder", library_path, source_path, body, strict=strict, report_path=report_path)


def import_history(
    kind: str,
    library_path: str | Path,
    source_path: str | Path,
    *,
    profile: str | None,
    strict: bool = False,
    report_path: str | Path | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> ImportReport:
    """Import a personal history (a key of :data:`HISTORY_KINDS`) into ``profile``."""
    import importlib

    module_name, function_name = HISTORY_KINDS[kind]
    # Deferred like the other importers: only the one in use is loaded.
    module = importlib.import_module(f"desktop_recsys.library.importers.{module_name}")
    importer = getattr(module, function_name)

    def body(library: Library, report: ImportReport) -> ImportReport:
        return importer(
            library, source_path, profile=profile, progress=progress, cancel=cancel, report=report
        )

    return _run(kind, library_path, source_path, body, strict=strict, report_path=report_path)


def import_own_export(
    kind: str,
    library_path: str | Path,
    source_path: str | Path,
    *,
    profile: str | None = None,
    name: str | None = None,
    strict: bool = False,
    report_path: str | Path | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> ImportReport:
    """Read back what ``export`` wrote: ``library`` (CSV/JSON), ``profile`` (.zip) or
    ``playlist`` (M3U8/CSV, into ``profile`` as ``name``)."""
    from desktop_recsys.library.importers import own_exports

    def body(library: Library, report: ImportReport) -> ImportReport:
        common = {"progress": progress, "cancel": cancel, "report": report}
        if kind == "library":
            return own_exports.import_library_file(library, source_path, **common)
        if kind == "profile":
            return own_exports.import_profile_archive(
                library, source_path, profile=profile, **common
            )
        return own_exports.import_playlist_file(
            library, source_path, profile=profile, name=name, **common
        )

    return _run(kind, library_path, source_path, body, strict=strict, report_path=report_path)


def run_import(
    kind: str,
    library_path: str | Path,
    source_path: str | Path,
    *,
    options: dict[str, Any] | None = None,
    strict: bool = False,
    report_path: str | Path | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> ImportReport:
    """Dispatch ``kind`` (a key of :data:`IMPORT_KINDS`) to its job function."""
    options = dict(options or {})
    common: dict[str, Any] = {
        "strict": strict,
        "report_path": report_path,
        "progress": progress,
        "cancel": cancel,
    }
    if kind == "movielens":
        return import_movielens(library_path, source_path, **common)
    if kind == "lastfm-hetrec":
        return import_lastfm_hetrec(library_path, source_path, **common)
    if kind == "folder":
        return import_folder(library_path, source_path, profile=options.get("profile"), **common)
    if kind in HISTORY_KINDS:
        return import_history(
            kind, library_path, source_path, profile=options.get("profile"), **common
        )
    if kind in ("library", "profile", "playlist"):
        return import_own_export(
            kind,
            library_path,
            source_path,
            profile=options.get("profile"),
            name=options.get("name"),
            **common,
        )
    if kind == "csv":
        if not options.get("mapping"):
            raise UserError("import csv needs --map COLUMN=FIELD,... (at least COLUMN=title)")
        return import_csv(
            library_path,
            source_path,
            options["mapping"],
            profile=options.get("profile"),
            kind=options.get("kind"),
            **common,
        )
    raise UserError(f"unknown import kind {kind!r}; use one of {', '.join(IMPORT_KINDS)}")
