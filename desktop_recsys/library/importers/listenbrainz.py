"""ListenBrainz listens exports: JSON lines, one listen per line.

PATH is the export zip, the folder it unpacks to, or a single file. In a zip or folder every
``*.jsonl`` file under a ``listens`` folder is read (the current export layout,
``listens/YYYY/M.jsonl``); without one, every ``*.jsonl`` and ``*.json`` file that is not
``user.json`` or a feedback file. A file whose first character is ``[`` is read as one JSON
array of listens (older exports and the API's answer); problems in it name the listen's index.

A listen looks like ``{"listened_at": 1700000000, "track_metadata": {"artist_name": ...,
"track_name": ..., "release_name": ..., "additional_info": {"recording_mbid": ...,
"duration_ms": ...}, "mbid_mapping": {"recording_mbid": ...}}}``. Each becomes a dated play of
a track of the given profile, matched by MusicBrainz recording id (the export's own or the one
ListenBrainz mapped), else by normalised artist and title, else added as a catalogue-only track.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any

from desktop_recsys.errors import UserError
from desktop_recsys.library.db import Library
from desktop_recsys.library.importers._base import ImportRun, parse_time
from desktop_recsys.library.importers._history import (
    HistoryImport,
    check_profile_name,
    history_transaction,
)
from desktop_recsys.library.importers._sources import ExportFiles
from desktop_recsys.library.importers.cleaning import LAST_YEAR
from desktop_recsys.library.importers.report import ImportReport
from desktop_recsys.library.importers.textfiles import JsonTooDeep, loads_json
from desktop_recsys.library.models import NewItem
from desktop_recsys.progress import CancelToken, Message, ProgressFn, no_progress

_NOT_LISTENS = ("user.json", "feedback.jsonl", "pinned_recording.jsonl", "feedback.json")


def _listen_files(files: ExportFiles) -> list[Path]:
    if not files.is_zip and files.path.is_file():
        return [files.path]

    def in_listens(p: PurePosixPath) -> bool:
        return p.suffix.lower() == ".jsonl" and any(x.casefold() == "listens" for x in p.parts)

    found = files.select(in_listens)
    if found:
        return found
    return files.select(
        lambda p: p.suffix.lower() in (".jsonl", ".json") and p.name.lower() not in _NOT_LISTENS
    )


def import_listenbrainz(
    library: Library,
    path: str | Path,
    *,
    profile: str | None,
    strict: bool = False,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
    report: ImportReport | None = None,
) -> ImportReport:
    """Import a ListenBrainz export into ``profile`` in one transaction; returns the report."""
    path = Path(path)
    report = report or ImportReport("listenbrainz", str(path), strict=strict)
    name = check_profile_name(profile, "listenbrainz")
    with ExportFiles(path, report) as files:
        paths = _listen_files(files)
        if not paths:
            raise UserError(
                Message(
                    "no listens (*.jsonl files) in {path}; give a ListenBrainz listens export",
                    path=path,
                )
            )
        run = ImportRun(library, report, progress, cancel, paths)
        with history_transaction(run, name, ("musicbrainz_recording",)) as history:
            for file in paths:
                with run.open(file) as source:
                    for where, listen in run.rows(source, _listens(run, source), "listens"):
                        _listen(history, listen, file, where)
    return run.finish()


def _listens(run: ImportRun, source: Any) -> Iterator[tuple[int | str, Any]]:
    """``(line number or "listen #i", decoded JSON)`` for every listen of a file."""
    text = source.text
    head = text.read(4096).lstrip("\ufeff \t\r\n")
    text.seek(0)
    if head.startswith("["):
        try:
            listens = loads_json(text.read().lstrip("\ufeff"))
        except JsonTooDeep as exc:
            raise _hostile(source.path, None, exc) from None
        except ValueError as exc:
            run.report.problem(
                source.path, None, Message("not valid JSON ({error})", error=str(exc))
            )
            return
        for index, listen in enumerate(listens, start=1):
            yield Message("listen #{index}", index=index), listen
        return
    for number, line in source.lines():
        line = line.strip().lstrip("\ufeff")
        if not line:
            continue
        try:
            yield number, loads_json(line)
        except JsonTooDeep as exc:
            raise _hostile(source.path, number, exc) from None
        except ValueError as exc:
            reason = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
            run.report.problem(
                source.path, number, Message("not a JSON object ({error})", error=reason)
            )


def _hostile(path: Path, line: int | None, exc: Exception) -> UserError:
    where = f"{path.name}:{line}" if line is not None else path.name
    return UserError(
        Message(
            "{where}: the JSON is {exc}; it is not a ListenBrainz export and nothing was imported",
            where=where,
            exc=str(exc),
        )
    )


def _positive(value: Any) -> bool:
    """A finite positive JSON number (not true/false, not NaN or Infinity)."""
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
        and value > 0
    )


def _text(value: Any) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _listen(history: HistoryImport, listen: Any, file: Path, where: int | str) -> None:
    report = history.run.report
    line = where if isinstance(where, int) else None

    def said(reason: Message) -> Message:  # a listen of a JSON array is named by its number
        return (
            reason
            if isinstance(where, int)
            else Message("{where}: {reason}", where=where, reason=reason)
        )

    if not isinstance(listen, dict) or not isinstance(listen.get("track_metadata"), dict):
        report.problem(file, line, said(Message("not a listen (no track_metadata)")))
        return
    meta = listen["track_metadata"]
    artist, track = _text(meta.get("artist_name")), _text(meta.get("track_name"))
    if not artist or not track:
        report.problem(file, line, said(Message("empty artist or track name")))
        return
    stamp = listen.get("listened_at")
    when = parse_time(str(stamp)) if isinstance(stamp, int | float | str) else None
    if when is None or when < 0:
        reason = Message(
            "listened_at {value!r} is not a time from 1900 to {year}", value=stamp, year=LAST_YEAR
        )
        report.problem(file, line, said(reason))
        return
    info = meta.get("additional_info") if isinstance(meta.get("additional_info"), dict) else {}
    mapping = meta.get("mbid_mapping") if isinstance(meta.get("mbid_mapping"), dict) else {}
    recording = _text(info.get("recording_mbid")) or _text(mapping.get("recording_mbid"))
    artists = info.get("artist_mbids") or mapping.get("artist_mbids") or []
    release = _text(info.get("release_mbid")) or _text(mapping.get("release_mbid"))
    duration = None
    if _positive(info.get("duration_ms")):
        duration = float(info["duration_ms"]) / 1000.0
    elif _positive(info.get("duration")):
        duration = float(info["duration"])
    ids = {
        "musicbrainz_recording": recording,
        "musicbrainz_artist": _text(artists[0]) if isinstance(artists, list) and artists else "",
        "musicbrainz_release": release,
    }
    item = NewItem(
        "track",
        track,
        artist=artist,
        album=_text(meta.get("release_name")) or None,
        duration=duration,
        external_ids={k: v for k, v in ids.items() if v},
    )
    history.play(history.item(item, file, line), when)
