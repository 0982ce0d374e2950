"""Reading the text files of data sets and exports: encoding detection and numbered rows.

Encodings are detected per file: UTF-16 when the file starts with its byte-order mark (or, without
one, when its first bytes are ASCII text with a NUL beside every character, as Windows
"Unicode" text is), UTF-8 (with or without a byte-order mark) if the whole file decodes as
UTF-8, else Windows-1252 (the usual "ANSI" of exported spreadsheets, a superset of
Latin-1's printable characters), else Latin-1, which decodes any byte. Line endings may be LF
or CRLF. Rows carry their 1-based line number so problems can point at them.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from desktop_recsys.errors import UserError
from desktop_recsys.progress import Message

_CHUNK = 1 << 20


def _utf16(head: bytes) -> str | None:
    """``utf-16`` for a UTF-16 byte-order mark, ``utf-16-le``/``-be`` for BOM-less UTF-16 text
    (every other byte of the first characters NUL), else None."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    pairs = len(head) // 2
    if pairs < 2:
        return None
    even, odd = head[0 : 2 * pairs : 2], head[1 : 2 * pairs : 2]
    if not even.count(0) and odd.count(0) == pairs:
        return "utf-16-le"
    if not odd.count(0) and even.count(0) == pairs:
        return "utf-16-be"
    return None


def _check_utf16(path: Path, handle: io.BufferedReader, encoding: str) -> str:
    """``encoding`` if the whole file decodes as it, else a UserError that says UTF-16."""
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        while chunk := handle.read(_CHUNK):
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError as exc:
        raise UserError(
            Message(
                "{name} looks like UTF-16 text but is damaged at byte {start}; save it again as UTF-8 (or UTF-16) and import it again",
                name=path.name,
                start=exc.start,
            )
        ) from None
    return encoding


def detect_encoding(path: Path) -> str:
    """``utf-16`` (``-le``/``-be`` without a byte-order mark), ``utf-8-sig``, ``utf-8``,
    ``cp1252`` or ``latin-1``: the first that decodes all of it."""
    try:
        with path.open("rb") as handle:
            head = handle.read(64)
            handle.seek(0)
            wide = _utf16(head)
            if wide is not None:
                return _check_utf16(path, handle, wide)
            head = head[:3]
            decoder = codecs.getincrementaldecoder("utf-8")()
            try:
                # Streaming, so a 600 MB ratings file is checked without holding it in memory.
                while chunk := handle.read(_CHUNK):
                    decoder.decode(chunk)
                decoder.decode(b"", final=True)
                return "utf-8-sig" if head == codecs.BOM_UTF8 else "utf-8"
            except UnicodeDecodeError:
                pass
            handle.seek(0)
            decoder = codecs.getincrementaldecoder("cp1252")()
            try:
                while chunk := handle.read(_CHUNK):
                    decoder.decode(chunk)
                return "cp1252"
            except UnicodeDecodeError:
                return "latin-1"
    except OSError as exc:
        raise UserError(
            Message("cannot read {path}: {reason}", path=path, reason=exc.strerror or str(exc))
        ) from exc


class TextSource:
    """An open text file with its detected encoding and how far reading has got.

    Use as a context manager; :attr:`fraction` is the share of bytes consumed so far (for
    progress), read from the binary buffer because text-mode ``tell()`` is unavailable while
    iterating.
    """

    def __init__(self, path: Path, encoding: str | None = None) -> None:
        self.path = path
        self.encoding = encoding or detect_encoding(path)
        try:
            self.size = max(1, path.stat().st_size)
            self._raw = path.open("rb")
        except OSError as exc:
            raise UserError(
                Message("cannot read {path}: {reason}", path=path, reason=exc.strerror or str(exc))
            ) from exc
        # newline="" keeps CRLF inside quoted CSV fields intact; csv and lines() strip endings.
        self.text = io.TextIOWrapper(self._raw, encoding=self.encoding, newline="")

    @property
    def fraction(self) -> float:
        try:
            return min(1.0, self._raw.tell() / self.size)
        except (OSError, ValueError):
            return 1.0

    def lines(self) -> Iterator[tuple[int, str]]:
        """``(line number, text without its line ending)`` for every line."""
        for number, line in enumerate(self.text, start=1):
            yield number, line.rstrip("\r\n")

    def csv_rows(self, delimiter: str = ",") -> Iterator[tuple[int, list[str]]]:
        """``(line number where the row starts, fields)`` for every CSV record."""
        reader = csv.reader(self.text, delimiter=delimiter)
        start = 1
        try:
            for row in reader:
                yield start, row
                start = reader.line_num + 1
        except csv.Error as exc:
            # A field over csv's size limit (128 KiB) or a stray NUL: the reader cannot go
            # on, so the whole import stops cleanly instead of with a traceback.
            raise UserError(
                Message(
                    "{name}:{start}: not readable as CSV ({exc}); fix or remove that row",
                    name=self.path.name,
                    start=start,
                    exc=str(exc),
                )
            ) from None

    def close(self) -> None:
        self.text.close()

    def __enter__(self) -> TextSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_text(path: Path, note_encoding: Callable[[str, str], None] | None = None) -> TextSource:
    """Open ``path`` as text in its detected encoding; ``note_encoding(name, encoding)`` is told
    which one was chosen (the reports list it)."""
    source = TextSource(path)
    if note_encoding is not None:
        note_encoding(path.name, source.encoding)
    return source


class JsonTooDeep(ValueError):
    """JSON nested deeper than the parser goes: no export is, so the whole file is refused."""


def loads_json(text: str) -> Any:
    """``json.loads``, with nesting too deep for the parser (a hostile file 100,000 levels deep)
    turned into :class:`JsonTooDeep`, a :class:`ValueError` every caller already reports."""
    try:
        return json.loads(text)
    except RecursionError:
        raise JsonTooDeep("nested too deeply (hundreds of levels) to be an export") from None


# Characters that make a spreadsheet read a cell as a formula (or, for tab and CR, that
# OWASP lists because some programs strip them and then see a formula behind them).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def _looks_like_formula(text: str) -> bool:
    """Starts with a trigger, possibly behind quotes we added (``'=x``, ``''=x``)."""
    stripped = text.lstrip("'")
    return stripped[:1] in FORMULA_TRIGGERS


def neutralise_cell(text: str) -> str:
    """A CSV cell a spreadsheet shows as text: a single quote before ``=``, ``+``, ``-``,
    ``@``, tab or CR at the start. :func:`unneutralise_cell` undoes exactly this, so every CSV
    export reads back unchanged (a quote is added whenever the text, minus its leading quotes,
    starts with a trigger; a title such as ``'Round Midnight`` is left alone)."""
    return "'" + text if _looks_like_formula(text) else text


def unneutralise_cell(text: str) -> str:
    """The inverse of :func:`neutralise_cell` (used by every CSV importer)."""
    return text[1:] if text.startswith("'") and _looks_like_formula(text[1:]) else text
