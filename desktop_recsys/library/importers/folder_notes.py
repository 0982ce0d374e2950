"""The notes a folder scan adds to its report, as translatable Messages.

A note tells a person something the counts cannot: which kinds of files were not media, which
file was read by its content rather than its name, where a person's edits won over a file's
tags, which item was filed under another kind. Each is a
:class:`~desktop_recsys.progress.Message` (listed for the translators in
``ui/message_catalog.py``), so the window shows it in its language; the command line and the
JSON report keep the English text.
"""

from __future__ import annotations

from desktop_recsys.library.importers.report import ImportReport
from desktop_recsys.progress import Message

# The fields a rescan may keep, as the report names them.
_FIELD_WORDS = {
    "title": Message("title"),
    "artist": Message("artist"),
    "album": Message("album"),
    "album_artist": Message("album artist"),
    "track_number": Message("track number"),
    "year": Message("year"),
    "duration": Message("length"),
    "genres": Message("genres"),
    "certification": Message("certification"),
    "explicit": Message("explicit flag"),
}
_KIND_WORDS = {"film": Message("film"), "track": Message("track"), "artist": Message("artist")}


def note_ignored(report: ImportReport, ignored: dict[str, dict[str, int]]) -> None:
    """One note per kind of file that is never media, with its count: nothing goes unsaid."""
    for kind, by_ext in sorted(ignored.items()):
        total = sum(by_ext.values())
        report.count("files", "not media", total)
        detail = ", ".join(f"{n:,} {ext}" for ext, n in sorted(by_ext.items()))
        report.notes.append(
            Message(
                "not media, not imported: {count:,} {kind} ({detail})",
                count=total,
                kind=kind,
                detail=detail,
            )
        )


def note_misnamed(report: ImportReport, where: str, content: str, ext: str) -> None:
    """A file read by its content (``content``: the reader's name) rather than its name."""
    if ext:
        report.notes.append(
            Message(
                "{path}: the content is {content} but the name says {ext}; read as {content} "
                "(rename it)",
                path=where,
                content=content,
                ext=ext,
            )
        )
    else:
        report.notes.append(
            Message(
                "{path}: the content is {content} but the name has no extension; read as "
                "{content} (rename it)",
                path=where,
                content=content,
            )
        )


def note_refiled(report: ImportReport, where: str, kind: str, was: str) -> None:
    """A file filed under another kind than before (an older version filed audio-only MP4
    files as films by their extension): a count and a line in the report."""
    report.count("files", "refiled")
    if kind == "track" and was == "film":
        report.notes.append(
            Message(
                "{path}: audio only (no video stream), so now a track instead of a film; "
                "its ratings, plays and your edits are kept",
                path=where,
            )
        )
    else:
        report.notes.append(
            Message(
                "{path}: now a {kind} instead of a {was}; its ratings, plays and your edits "
                "are kept",
                path=where,
                kind=_KIND_WORDS.get(kind, kind),
                was=_KIND_WORDS.get(was, was),
            )
        )


def note_kept_edits(report: ImportReport, where: str, kept: list[str]) -> None:
    """Fields (``title``, ``genres``, ...) a person edited in the app that a rescan kept
    although the file's tags now say otherwise."""
    report.count("files", "with your edits kept")
    fields: object = _FIELD_WORDS.get(kept[0], kept[0])
    for name in kept[1:]:
        fields = Message("{first}, {second}", first=fields, second=_FIELD_WORDS.get(name, name))
    report.notes.append(
        Message(
            "{path}: kept your edits of {fields} (the file's tags now say otherwise)",
            path=where,
            fields=fields,
        )
    )
