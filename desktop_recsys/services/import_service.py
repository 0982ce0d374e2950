"""Import jobs: ``fn(library_path, source_path, ..., progress, cancel) -> ImportReport``.

Each job opens its own :class:`~desktop_recsys.library.Library` (so it can run on a worker
thread), runs one importer in one transaction and returns its report. With ``report_path`` the
report is written as JSON whatever the outcome: after a strict-mode abort, a cancel or a
failure it says so (``status``) and the library is unchanged.

Every job is the same: ``_IMPORTERS`` names the importer of each kind and :class:`_ImportJob`
runs it through :func:`_run`; the public functions only say which kind and which options.

The import wizard's CSV step reads here too: :func:`csv_preview` (the first rows, delimiter and
encoding sniffed), :func:`csv_targets` (what a column can be imported as) and
:func:`guess_mapping` (a first guess from the headers).
"""

from __future__ import annotations

import contextlib
import csv
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_recsys.errors import Cancelled, UserError
from desktop_recsys.library import Library
from desktop_recsys.library.backup import prune_backups
from desktop_recsys.library.importers.csv_mapped import HISTORY_FIELDS, ID_FIELDS, ITEM_FIELDS
from desktop_recsys.library.importers.report import ImportAborted, ImportReport
from desktop_recsys.progress import CancelToken, Message, ProgressFn, no_progress
from desktop_recsys.services.import_kinds import IMPORT_KINDS  # the CLI's parser reads it there

# Personal histories: one importer function each, all taking ``profile=``.
HISTORY_KINDS = {
    "lastfm-scrobbles": ("lastfm_scrobbles", "import_lastfm_scrobbles"),
    "listenbrainz": ("listenbrainz", "import_listenbrainz"),
    "letterboxd": ("letterboxd", "import_letterboxd"),
    "imdb": ("imdb", "import_imdb"),
    # Other players' counts (issue 17): matched to the library's items, nothing new added.
    "strawberry": ("player_history", "import_strawberry"),
    "clementine": ("player_history", "import_clementine"),
    "rhythmbox": ("player_history", "import_rhythmbox"),
    "kodi": ("player_history", "import_kodi"),
}


#: What the importers read and write (their progress words and report headings), translatable.
IMPORT_WORDS: dict[str, Message] = {
    "films": Message("films"),
    "tracks": Message("tracks"),
    "artists": Message("artists"),
    "links": Message("links"),
    "tags": Message("tags"),
    "tag names": Message("tag names"),
    "ratings": Message("ratings"),
    "rows": Message("rows"),
    "entries": Message("entries"),
    "listens": Message("listens"),
    "scrobbles": Message("scrobbles"),
    "listening counts": Message("listening counts"),
    "friendships": Message("friendships"),
    "items": Message("items"),
    "history": Message("history"),
    "files": Message("files"),
    "profiles": Message("profiles"),
    "playlists": Message("playlists"),
    "plays": Message("plays"),
    "views": Message("views"),
    "skips": Message("skips"),
    "partial views": Message("partial views"),
}


#: The importers' other progress words.
_IMPORT_STEPS: dict[str, Message] = {
    "done": Message("done"),
    "finishing": Message("finishing"),
    "writing": Message("writing"),
    "listing files": Message("listing files"),
    "reading tags": Message("reading tags"),
}


def import_step(raw: str) -> str:
    """An importer's progress word ("ratings", "adding items", "done": the library layer
    reports in plain English) as a translatable :class:`Message` with the same English text;
    anything else (a file's name) as it is."""
    if isinstance(raw, Message) or not isinstance(raw, str):
        return raw
    known = IMPORT_WORDS.get(raw) or _IMPORT_STEPS.get(raw)
    if known is not None:
        return known
    verb, _, what = raw.partition(" ")
    if what in IMPORT_WORDS:
        if verb == "matching":
            return Message("matching {what}", what=IMPORT_WORDS[what])
        if verb == "adding":
            return Message("adding {what}", what=IMPORT_WORDS[what])
    return raw


def _translatable_progress(progress: ProgressFn) -> ProgressFn:
    def report(fraction: float, message: str) -> None:
        progress(fraction, import_step(message))

    return report


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
        if not Path(source_path).exists():
            # Before the library is opened: a mistyped source must not leave behind a new,
            # empty library file (which 'stats' would then show as a library of zeros).
            raise UserError(Message("{path} does not exist", path=str(source_path)))
        with Library.open(Path(library_path)) as library:
            _backed_up_body(library, kind, source_path, body, report)
    except ImportAborted:
        report.finish("aborted")
        raise
    except Cancelled:
        report.finish("cancelled")
        raise
    except UserError as exc:
        report.finish("failed")
        report.notes.append(exc.message)
        raise
    except BaseException as exc:
        report.finish("failed")
        report.notes.append(f"{type(exc).__name__}: {exc}")
        raise
    finally:
        if report_path is not None:
            report.write_json(report_path)
    return report


def _backed_up_body(
    library: Library,
    kind: str,
    source_path: str | Path,
    body: Callable[[Library, ImportReport], ImportReport],
    report: ImportReport,
) -> None:
    """Run an importer with its pre-import backup (issue 9: a large import is one restore away
    from undone), taken just before the import's first write.

    An import is one transaction: when it fails (a source refused while it is read and
    checked, a bad row in strict mode, a cancel) nothing changed, and the backup it took (a
    copy of the library as it still is) is deleted again. Older backups are pruned only once
    the import succeeded, so a failed import never pushes a backup out of the set.
    """
    # Deferred like the importers: the CLI's other commands start without it.
    from desktop_recsys.services.backup_service import backup_before_import

    taken: list[Path] = []

    def backup() -> None:
        made = backup_before_import(library, kind, source_path, keep=None)  # type: ignore[arg-type]
        if made is not None:
            taken.append(made)

    library.before_first_write(backup)
    try:
        body(library, report)
    except BaseException:
        for made in taken:
            with contextlib.suppress(OSError):
                made.unlink()
        raise
    finally:
        library.before_first_write(None)
    if taken:
        prune_backups(library.path)


# The importer function of each kind, as (module in library.importers, function name). Each is
# imported only when used, so the app and the CLI start without loading any of them.
_IMPORTERS: dict[str, tuple[str, str]] = {
    "movielens": ("movielens", "import_movielens"),
    "lastfm-hetrec": ("lastfm_hetrec", "import_lastfm_hetrec"),
    "csv": ("csv_mapped", "import_csv"),
    "folder": ("folder", "scan_folder"),
    **HISTORY_KINDS,
    "library": ("own_exports", "import_library_file"),
    "profile": ("own_exports", "import_profile_archive"),
    "playlist": ("own_exports", "import_playlist_file"),
}


@dataclass(frozen=True)
class _ImportJob:
    """What every import job takes besides its source: strict mode, where to write the report,
    progress and cancel."""

    strict: bool
    report_path: str | Path | None
    progress: ProgressFn
    cancel: CancelToken | None

    def run(
        self,
        kind: str,
        library_path: str | Path,
        source_path: str | Path,
        /,
        *args: Any,
        importer: tuple[str, str] | None = None,
        **options: Any,
    ) -> ImportReport:
        """Run the importer of ``kind`` (or ``importer``) on ``source_path`` with ``args`` and
        ``options`` after the library and the source; see :func:`_run`. The first three are
        positional only: ``options`` may hold an importer's own ``kind``."""
        module_name, function_name = importer or _IMPORTERS[kind]
        module = importlib.import_module(f"desktop_recsys.library.importers.{module_name}")
        function = getattr(module, function_name)

        def body(library: Library, report: ImportReport) -> ImportReport:
            return function(
                library,
                source_path,
                *args,
                progress=_translatable_progress(self.progress),
                cancel=self.cancel,
                report=report,
                **options,
            )

        return _run(
            kind, library_path, source_path, body, strict=self.strict, report_path=self.report_path
        )


def import_movielens(
    library_path: str | Path,
    source_path: str | Path,
    *,
    strict: bool = False,
    report_path: str | Path | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
    me: str | None = None,
    profile: str | None = None,
) -> ImportReport:
    """Import a MovieLens data set folder (any of the three public layouts). Its users become
    community profiles; ``me`` (one user's id) with ``profile`` maps that user onto a person's
    profile."""
    job = _ImportJob(strict, report_path, progress, cancel)
    return job.run("movielens", library_path, source_path, me=me, profile=profile)


def import_lastfm_hetrec(
    library_path: str | Path,
    source_path: str | Path,
    *,
    strict: bool = False,
    report_path: str | Path | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
    me: str | None = None,
    profile: str | None = None,
) -> ImportReport:
    """Import the HetRec 2011 Last.fm 2k folder. Its users become community profiles; ``me``
    (one user's id) with ``profile`` maps that user onto a person's profile."""
    job = _ImportJob(strict, report_path, progress, cancel)
    return job.run("lastfm-hetrec", library_path, source_path, me=me, profile=profile)


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
    from desktop_recsys.library.importers.csv_mapped import parse_mapping

    # Parsed before the job starts: a bad --map is a usage error, not a failed import.
    columns = parse_mapping(mapping) if isinstance(mapping, str) else mapping
    job = _ImportJob(strict, report_path, progress, cancel)
    return job.run("csv", library_path, source_path, columns, profile=profile, kind=kind)


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
    """Scan a music/film folder; ratings and play counts in tags go to ``profile`` (else the
    library's profile for files), and with the library's write switch on the files then get
    the library's newer values (:mod:`desktop_recsys.services.tag_sync`)."""
    job = _ImportJob(strict, report_path, progress, cancel)
    report = job.run("folder", library_path, source_path, profile=profile)
    if report.status == "finished":
        from desktop_recsys.services.tag_sync import write_after_scan  # only folder scans

        write_after_scan(library_path, report, profile)
    return report


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
    job = _ImportJob(strict, report_path, progress, cancel)
    return job.run(kind, library_path, source_path, importer=HISTORY_KINDS[kind], profile=profile)


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
    job = _ImportJob(strict, report_path, progress, cancel)
    if kind == "library":
        return job.run(kind, library_path, source_path, importer=_IMPORTERS["library"])
    if kind == "profile":
        return job.run(
            kind, library_path, source_path, importer=_IMPORTERS["profile"], profile=profile
        )
    return job.run(
        kind, library_path, source_path, importer=_IMPORTERS["playlist"], profile=profile, name=name
    )


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
    if kind in ("movielens", "lastfm-hetrec"):
        dataset = import_movielens if kind == "movielens" else import_lastfm_hetrec
        return dataset(
            library_path,
            source_path,
            me=options.get("me"),
            profile=options.get("profile"),
            **common,
        )
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
            raise UserError(
                Message("import csv needs --map COLUMN=FIELD,... (at least COLUMN=title)")
            )
        return import_csv(
            library_path,
            source_path,
            options["mapping"],
            profile=options.get("profile"),
            kind=options.get("kind"),
            **common,
        )
    raise UserError(
        Message(
            "unknown import kind {kind!r}; use one of {choices}",
            kind=kind,
            choices=", ".join(IMPORT_KINDS),
        )
    )


# -- Generic CSV import: preview and a first guess at the mapping ----------------------------
@dataclass(frozen=True)
class CsvPreview:
    """The first rows of a CSV file, for the import wizard's column-mapping step."""

    headers: list[str]
    rows: list[list[str]]
    delimiter: str
    encoding: str


def csv_preview(path: str | Path, rows: int = 20) -> CsvPreview:
    """Read the header and up to ``rows`` rows (delimiter sniffed, UTF-8 else Latin-1)."""
    raw = Path(path).read_bytes()[: 256 * 1024]
    for encoding in ("utf-8-sig", "latin-1"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    lines = text.splitlines()
    if len(raw) == 256 * 1024 and lines:
        lines = lines[:-1]  # cut mid-line
    try:
        dialect = csv.Sniffer().sniff("\n".join(lines[:20]), delimiters=",;\t|")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    reader = csv.reader(lines, delimiter=delimiter)
    table = [row for _, row in zip(range(rows + 1), reader, strict=False)]
    if not table:
        raise UserError(Message("{path} is empty", path=Path(path).name))
    return CsvPreview(table[0], table[1:], delimiter, encoding.replace("-sig", ""))


def csv_targets() -> list[str]:
    """What a CSV column can be imported as (item fields, ids, history fields)."""
    return [*ITEM_FIELDS, *ID_FIELDS, *HISTORY_FIELDS]


_SYNONYMS = {
    "name": "title",
    "movie": "title",
    "film": "title",
    "track": "title",
    "song": "title",
    "director": "artist",
    "genre": "genres",
    "tag": "tags",
    "stars": "rating",
    "score": "rating",
    "user": "profile",
    "date": "rated_at",
    "timestamp": "rated_at",
    "imdbid": "imdb",
    "tmdbid": "tmdb",
    "movieid": "movielens",
    "plays": "count",
}


def guess_mapping(headers: list[str]) -> dict[str, str]:
    """``column -> field`` for the headers whose name says what they are."""
    targets = set(csv_targets())
    out: dict[str, str] = {}
    for header in headers:
        key = "".join(ch for ch in header.casefold() if ch.isalnum() or ch == "_")
        field_name = key if key in targets else _SYNONYMS.get(key)
        if field_name and field_name not in out.values():
            out[header] = field_name
    return out
