"""Reading interaction files (``user,item[,weight]``, the format of ``EVALUATION.md``) into
arrays: the standard ``csv`` module in blocks, exact about every error, and pandas' C parser
for large files (:func:`read_interaction_codes`).

Split out of :mod:`.dataset`, which re-exports these names.
"""

from __future__ import annotations

import contextlib
import csv
import gc
import itertools
import math
import operator
import re
import signal
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import numpy as np

from desktop_recsys.errors import UserError
from desktop_recsys.progress import Message

if TYPE_CHECKING:
    import pandas as pd


def read_interactions_csv(path: str | Path, *, weights: bool = True) -> pd.DataFrame:
    """Read a ``user,item[,weight]`` file into a frame with columns ``user, item[, weight]``.

    ``weights=False`` reads only the first two columns (a PAIRS file). The parsing (and every
    error) is :func:`read_interaction_columns`'s; this only wraps its arrays in a frame.

    Raises :class:`UserError` with one line naming the file and the problem.
    """
    import pandas as pd  # deferred: pandas is heavy and only needed by callers of frames

    users, items, values = read_interaction_columns(path, weights=weights)
    frame = pd.DataFrame({"user": users.astype(object), "item": items.astype(object)})
    if values is not None:
        frame["weight"] = values
    return frame


#: Rows parsed per block: bounds the Python objects alive at once (a row list costs ~200 bytes).
_CSV_BLOCK_ROWS = 1 << 16


def read_interaction_columns(
    path: str | Path, *, weights: bool = True
) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """Read a ``user,item[,weight]`` file into arrays: user ids, item ids (``str``), weights.

    The format of ``EVALUATION.md``: a header row, then one interaction per line; comma- or
    tab-separated (a header with tabs and no commas), ``"``-quoting as in RFC 4180, spaces
    after a separator skipped, blank lines skipped, columns after the third ignored. Weights
    are ``float32``; ``None`` when the file has only two columns or ``weights=False`` (a PAIRS
    file). Ids are kept exactly as written (``"007"`` stays ``"007"``).

    Parsed with the standard ``csv`` module in blocks rather than pandas: importing pandas
    alone took longer than reading ml-latest-small this way, which matters for the
    whole-process commands. Raises :class:`UserError` with one line naming the file, the line
    and the problem.
    """
    blocks, n_cols = _read_blocks(Path(path), weights, _object_ids, _object_ids)
    users = _id_table(np.concatenate([b[0] for b in blocks]), "user", Path(path), _same_row)
    items = _id_table(np.concatenate([b[1] for b in blocks]), "item", Path(path), _same_row)
    values = np.concatenate([b[2] for b in blocks]) if n_cols == 3 else None
    return users, items, values


def read_interaction_codes(
    path: str | Path,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray | None]:
    """As :func:`read_interaction_columns`, but ids as indices: ``(user_ids, rows, item_ids,
    cols, weights)``, ``user_ids`` / ``item_ids`` sorted and distinct, ``rows`` / ``cols``
    (``int64``) each interaction's index into them: what ``np.unique`` and ``np.searchsorted``
    of the id columns give, without the columns.

    Each block's ids are looked up in a dictionary as they are read. Columns of ids as fixed-
    width strings (24 bytes an id of 6 characters), their copies and the sorts of them were the
    peak of ``recommend-file`` on 3 million interactions (506 of 529 MiB, against 296 MiB for
    the whole fit and scoring); the dictionaries hold each distinct id once.

    A file of at least :data:`FAST_READ_BYTES` is first read with pandas' C parser
    (:func:`_read_codes_fast`); anything it does not read exactly as this reader would falls
    back to this reader, which words the error.
    """
    fast = _read_codes_fast(Path(path))
    if fast is not None:
        return fast
    user_codes: dict[str, int] = {}
    item_codes: dict[str, int] = {}
    blocks, n_cols = _read_blocks(Path(path), True, _coder(user_codes), _coder(item_codes))
    user_ids, rows = _sorted_codes(user_codes, [b[0] for b in blocks], "user", Path(path))
    item_ids, cols = _sorted_codes(item_codes, [b[1] for b in blocks], "item", Path(path))
    values = np.concatenate([b[2] for b in blocks]) if n_cols == 3 else None
    return user_ids, rows, item_ids, cols, values


#: Files at least this large are first read with pandas' C parser: 2.4 million rows (37 MB,
#: the 3M synthetic TRAIN) in 1.6 s instead of 5.6 s of CPU, for a peak of 260 instead of 219
#: MiB; below it pandas' import (0.4 s) would cost more than it saves.
FAST_READ_BYTES = 4 << 20


def _read_codes_fast(
    path: Path,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray | None] | None:
    """:func:`read_interaction_codes` of a large, well-formed file with pandas' C parser, or
    None: a small file, or one the parser reads differently from this module's reader or not
    at all (then that reader reads it and words any error).

    The same dialect: the separator from the header, ``"``-quoting, spaces after a separator
    skipped, blank lines skipped, ids as written (no missing-value guessing: "NA" is an id).
    Checked before the result is trusted: every id non-blank and no longer than the ``csv``
    module's field limit, every weight a finite number, and the distinct ids as numpy's
    strings sort them (two ids that numpy's strings make equal, "a" and "a\\0", were one id
    in :func:`_sorted_codes`). A row with more fields than the header has its extra fields
    ignored, as the exact reader ignores them.
    """
    try:
        if path.stat().st_size < FAST_READ_BYTES:
            return None
        with open(path, encoding="utf-8-sig", newline="") as fh:
            header = fh.readline()
    except (OSError, UnicodeDecodeError):
        return None
    sep = _separator(header)
    n_cols = min(len(header.rstrip("\r\n").split(sep)), 3)
    if n_cols < 2:
        return None
    import pandas as pd  # deferred: heavy, and only worth it for large files

    with _noting_interrupts() as interrupts:
        try:
            frame = pd.read_csv(
                path,
                sep=sep,
                header=0,
                index_col=False,
                usecols=list(range(n_cols)),
                dtype={0: str, 1: str, 2: np.float64} if n_cols == 3 else str,
                keep_default_na=False,
                na_filter=False,
                skipinitialspace=True,
                skip_blank_lines=True,
                quotechar='"',
                doublequote=True,
                encoding="utf-8-sig",
                engine="c",
            )
        except Exception:  # noqa: BLE001 - whatever the parser objects to, the exact reader words
            if interrupts:  # Ctrl-C, which pandas may have turned into its own error
                raise KeyboardInterrupt from None
            return None
    if len(frame) == 0:
        return None
    weights = None
    if n_cols == 3:
        values = frame.iloc[:, 2].to_numpy(dtype=np.float64)
        if not np.isfinite(values).all():
            return None
        weights = values.astype(np.float32)
    coded = []
    limit = csv.field_size_limit()
    for c in (0, 1):
        codes, uniques = pd.factorize(frame.iloc[:, c], sort=True)
        ids = np.asarray(uniques, dtype=object)
        if any(not isinstance(x, str) or not x.strip() or len(x) > limit for x in ids):
            # A missing field (a short row), a blank id, or one longer than the csv module
            # reads (its error names the line; fixed-width strings of it would not fit).
            return None
        if _too_wide(np.fromiter(map(len, ids), dtype=np.int64, count=len(ids))):
            return None  # the exact reader names the line of the longest id
        ids = ids.astype(str)
        if len(ids) > 1 and not (ids[1:] > ids[:-1]).all():
            return None
        coded.append((ids, codes.astype(np.int64)))
    (user_ids, rows), (item_ids, cols) = coded
    return user_ids, rows, item_ids, cols, weights


@contextlib.contextmanager
def _noting_interrupts() -> Iterator[list[int]]:
    """Note each SIGINT (Ctrl-C) that arrives in the block, then handle it as before.

    pandas' C parser turns anything its source's ``read()`` raises into its own ``ParserError``
    ("Calling read(nbytes) on source failed"); a Ctrl-C while it read through Python's decoder
    became "a file the fast path cannot read", the exact reader read the file again, and the
    command went on as if never interrupted. Only in the main thread (where signals are
    handled) and over a Python handler; elsewhere the list stays empty.
    """
    seen: list[int] = []
    previous = signal.getsignal(signal.SIGINT)
    if threading.current_thread() is not threading.main_thread() or not callable(previous):
        yield seen
        return

    def note(signum: int, frame: object) -> None:
        seen.append(signum)
        previous(signum, frame)  # type: ignore[operator]

    signal.signal(signal.SIGINT, note)
    try:
        yield seen
    finally:
        signal.signal(signal.SIGINT, previous)


def _object_ids(ids: list[str]) -> np.ndarray:
    return np.array(ids, dtype=object)


def _same_row(k: int) -> int:
    return k


#: Ids become a table of numpy strings, each as wide as the longest: one id of 100,000
#: characters among 3 million rows would take 1.2 TB. A table over this size that is also
#: :data:`_ID_TABLE_WASTE` times the ids' own characters is refused (a column misplaced, or a
#: quote open over many lines, in a file otherwise of short ids); long ids that are all about
#: that long are what the data is, and are read.
_ID_TABLE_LIMIT = 1 << 30
_ID_TABLE_WASTE = 16


def _too_wide(lengths: np.ndarray) -> bool:
    """Whether ids of these lengths make a table to refuse (:data:`_ID_TABLE_LIMIT`)."""
    if not len(lengths):
        return False
    table = len(lengths) * int(lengths.max()) * 4
    return table > _ID_TABLE_LIMIT and table > _ID_TABLE_WASTE * 4 * int(lengths.sum())


def _id_table(
    ids: list[str] | np.ndarray, column: str, path: Path, row_of: Callable[[int], int]
) -> np.ndarray:
    """``ids`` as numpy strings; a :class:`UserError` naming the line of the longest when the
    table would be too wide (:data:`_ID_TABLE_LIMIT`). ``row_of(k)``: the data row of ``ids[k]``."""
    lengths = np.fromiter(map(len, ids), dtype=np.int64, count=len(ids))
    if _too_wide(lengths):
        k = int(lengths.argmax())
        args = {
            "path": path,
            "line": _line_number(path, _file_separator(path), row_of(k)),
            "length": int(lengths[k]),
            "count": len(ids),
            "mib": len(ids) * int(lengths[k]) * 4 >> 20,
        }
        raise UserError(
            Message(
                "{path}: line {line}: a user id of {length:,} characters; a table of {count:,} "
                'ids that wide would take {mib:,} MiB; is a column misplaced, or a quote (") '
                "left open?",
                **args,
            )
            if column == "user"
            else Message(
                "{path}: line {line}: an item id of {length:,} characters; a table of {count:,} "
                'ids that wide would take {mib:,} MiB; is a column misplaced, or a quote (") '
                "left open?",
                **args,
            )
        )
    return np.array(ids, dtype=str)


def _separator(header: str) -> str:
    """The separator a header line gives: a tab when it has tabs and no commas."""
    return "\t" if ("\t" in header and "," not in header) else ","


def _file_separator(path: Path) -> str:
    """:func:`_separator` of the file's header line (to word an error)."""
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return _separator(fh.readline())


def _coder(codes: dict[str, int]) -> Callable[[list[str]], np.ndarray]:
    """Ids to ``int64`` codes, adding new ids to ``codes``: an id's code is the position of its
    first row in the file (unique, not dense), which lets one C-level ``setdefault`` per row
    both look up and add."""
    positions = itertools.count()

    def encode(ids: list[str]) -> np.ndarray:
        return np.fromiter(map(codes.setdefault, ids, positions), dtype=np.int64, count=len(ids))

    return encode


def _sorted_codes(
    codes: dict[str, int], parts: list[np.ndarray], column: str, path: Path
) -> tuple[np.ndarray, np.ndarray]:
    """The distinct ids sorted, and every code's index among them (``int64``)."""
    values = np.fromiter(codes.values(), dtype=np.int64, count=len(codes))
    # np.unique, not a plain sort: two keys that numpy's strings make equal ("a" and "a\0")
    # are one id, as they were in np.unique of the column. An id's code is its first row.
    table = _id_table(list(codes), column, path, lambda k: int(values[k]))
    ids, rank = np.unique(table, return_inverse=True)
    lookup = np.zeros(int(values.max()) + 1 if len(values) else 0, dtype=np.int64)
    lookup[values] = rank
    return ids, lookup[np.concatenate(parts)]


def _read_blocks(
    path: Path,
    weights: bool,
    users: Callable[[list[str]], np.ndarray],
    items: Callable[[list[str]], np.ndarray],
) -> tuple[list[tuple[np.ndarray, np.ndarray, np.ndarray]], int]:
    """The file's data rows as blocks of ``(users(ids), items(ids), weights)``, and how many
    columns were read; every problem a :class:`UserError` (:func:`read_interaction_columns`)."""
    sep = ","
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            header = fh.readline()
            if not header.strip():
                raise UserError(
                    Message(
                        "{path}: empty file (expected a header row, then user,item[,weight])",
                        path=path,
                    )
                )
            sep = _separator(header)
            n_header = len(header.rstrip("\r\n").split(sep))
            if n_header < 2:
                raise UserError(
                    Message(
                        "{path}: the header has {columns} column; expected user,item[,weight]",
                        path=path,
                        columns=n_header,
                    )
                )
            n_cols = min(n_header, 3 if weights else 2)
            blocks = _parse_blocks(path, fh, sep, n_cols, users, items)
    except FileNotFoundError:
        raise UserError(Message("{path}: file not found; check the path", path=path)) from None
    except IsADirectoryError:
        raise UserError(
            Message("{path}: is a directory, not a file; give the path of a CSV file", path=path)
        ) from None
    except UnicodeDecodeError:
        line = _undecodable_line(path)
        raise UserError(
            Message("{path}: not UTF-8 text; save it as UTF-8 and try again", path=path)
            if line is None
            else Message(
                "{path}: line {line}: not UTF-8 text; save it as UTF-8 and try again",
                path=path,
                line=line,
            )
        ) from None
    except csv.Error as exc:
        raise UserError(_csv_error(path, sep, exc)) from None
    except OSError as exc:
        raise UserError(
            Message("{path}: cannot read ({reason})", path=path, reason=str(exc.strerror or exc))
        ) from None
    if not blocks:
        raise UserError(
            Message(
                "{path}: no interactions after the header row; add one user,item row per interaction",
                path=path,
            )
        )
    return blocks, n_cols


def _parse_blocks(
    path: Path,
    fh: TextIO,
    sep: str,
    n_cols: int,
    users: Callable[[list[str]], np.ndarray],
    items: Callable[[list[str]], np.ndarray],
) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """The data rows after the header, as ``(users, items, weights)`` arrays per block."""
    reader = csv.reader(fh, delimiter=sep, skipinitialspace=True)
    blocks: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    first_row = 0  # data rows (blank lines excluded) before the current block
    gc_was_on = gc.isenabled()
    # Millions of short-lived row lists would trigger the cyclic collector over and over
    # (measured: a third of the read time); none of them can form a cycle.
    gc.disable()
    try:
        while True:
            block = list(itertools.islice(reader, _CSV_BLOCK_ROWS))
            if not block:
                return blocks
            rows = [r for r in block if r]  # csv gives [] for an empty line
            if rows and min(map(len, rows)) < n_cols:
                rows = [r for r in rows if len(r) > 1 or r[0].strip()]  # whitespace-only lines
                short = [k for k, r in enumerate(rows) if len(r) < n_cols]
                if short:
                    what = ("user,item", "user,item,weight")[n_cols == 3]
                    line = _line_number(path, sep, first_row + short[0])
                    raise UserError(
                        Message(
                            "{path}: line {line}: expected {columns}",
                            path=path,
                            line=line,
                            columns=what,
                        )
                    )
            if not rows:
                continue
            cols = [list(map(operator.itemgetter(c), rows)) for c in range(n_cols)]
            for name, ids in zip(("user", "item"), cols, strict=False):
                if "" in ids or any(map(str.isspace, ids)):
                    k = next(k for k, x in enumerate(ids) if not x.strip())
                    line = _line_number(path, sep, first_row + k)
                    empty = (
                        Message(
                            "{path}: line {line}: empty user id; fill it in or remove the row",
                            path=path,
                            line=line,
                        )
                        if name == "user"
                        else Message(
                            "{path}: line {line}: empty item id; fill it in or remove the row",
                            path=path,
                            line=line,
                        )
                    )
                    raise UserError(empty)
            weights = np.zeros(0, dtype=np.float32)
            if n_cols == 3:
                weights = _parse_weights(path, sep, cols[2], first_row)
            blocks.append((users(cols[0]), items(cols[1]), weights))
            first_row += len(rows)
    finally:
        if gc_was_on:
            gc.enable()


def _parse_weights(path: Path, sep: str, texts: list[str], first_row: int) -> np.ndarray:
    """Weights as ``float32``; :class:`UserError` naming the first one that is not a number."""
    try:
        values = np.array(list(map(float, texts)), dtype=np.float64)
    except ValueError:
        values = np.array([float(x) if _is_number(x) else np.nan for x in texts])
    bad = np.flatnonzero(~np.isfinite(values))
    if len(bad):
        k = int(bad[0])
        line = _line_number(path, sep, first_row + k)
        raise UserError(
            Message(
                "{path}: line {line}: weight {weight!r} is not a number",
                path=path,
                line=line,
                weight=texts[k],
            )
        )
    return values.astype(np.float32)


def _is_number(text: str) -> bool:
    try:
        return math.isfinite(float(text))
    except ValueError:
        return False


def _line_number(path: Path, sep: str, row: int) -> int:
    """The line (1-based, header included) on which data row ``row`` (0-based, blank lines
    skipped) starts: a row with a quoted newline, or a quote never closed, runs over several
    lines, and the first is where to look.

    Only called to word an error, so it simply reads the file again.
    """
    with open(path, encoding="utf-8-sig", newline="") as fh:
        seen = -1
        for start, r in _rows_by_line(fh, sep):
            if r and (len(r) > 1 or r[0].strip()):
                seen += 1
                if seen == row:
                    return start
    return row + 2


def _rows_by_line(fh: TextIO, sep: str) -> Iterator[tuple[int, list[str]]]:
    """The rows after the header line as :func:`_parse_blocks` reads them, each with the line
    it starts on (1-based, header included)."""
    fh.readline()  # the header: one line, as _read_blocks reads it
    reader = csv.reader(fh, delimiter=sep, skipinitialspace=True)
    start = 2
    for r in reader:
        yield start, r
        start = reader.line_num + 2  # the lines the reader read, and the header


def _csv_error(path: Path, sep: str, exc: csv.Error) -> Message:
    """The message for the ``csv`` module's error ``exc``, naming the line of the row that
    raised it (the file read again: only on an error)."""
    line = None
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            fh.readline()  # the header, as in _rows_by_line
            reader = csv.reader(fh, delimiter=sep, skipinitialspace=True)
            start = 2
            try:
                for _ in reader:
                    start = reader.line_num + 2
            except csv.Error:
                line = start  # the row being read when the reader gave up
    except (OSError, UnicodeDecodeError):
        pass
    if line is None:
        return Message("{path}: cannot parse as CSV ({reason})", path=path, reason=str(exc))
    if str(exc).startswith("field larger than field limit"):
        return Message(
            '{path}: line {line}: a field is longer than {limit} characters; is a quote (") '
            "left open?",
            path=path,
            line=line,
            limit=csv.field_size_limit(),
        )
    return Message(
        "{path}: line {line}: cannot parse as CSV ({reason})", path=path, line=line, reason=str(exc)
    )


def _undecodable_line(path: Path) -> int | None:
    """The first line (1-based) holding bytes that are not UTF-8, or None (the file changed
    since, or cannot be read again): read again only to word the error."""
    bad = re.compile("[\udc80-\udcff]")  # what surrogateescape makes of undecodable bytes
    try:
        with open(path, encoding="utf-8-sig", errors="surrogateescape", newline="") as fh:
            for number, line in enumerate(fh, start=1):
                if bad.search(line):
                    return number
    except OSError:
        pass
    return None
