"""Atomic writes and formula-safe CSV for the exporters."""

from __future__ import annotations

import contextlib
import csv
import io
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from desktop_recsys.errors import UserError
from desktop_recsys.library.importers.textfiles import neutralise_cell
from desktop_recsys.library.locks import try_lock
from desktop_recsys.progress import Message


def part_prefix(target: Path) -> str:
    """How the temporary file of a write to ``target`` begins (``.NAME.``, then mkstemp's
    random letters and ``.part``). It keeps at most 64 characters of the name, so any name
    the folder takes for ``target`` it takes for the temporary file (a 240-character name
    plus the random part and ``.part`` passed the 255 bytes a file name may have)."""
    return f".{target.name[:64]}."


@contextlib.contextmanager
def atomic_file(path: str | os.PathLike[str], mode: str = "w") -> Iterator[IO[Any]]:
    """Open a temporary file next to ``path``; on success it replaces ``path`` in one rename.

    Text mode writes UTF-8 with ``\\n`` line endings. On any error the temporary file is
    removed and ``path`` is untouched. A target whose folder is missing or read-only is a
    one-line :class:`~desktop_recsys.errors.UserError`.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(
            Message(
                "cannot write {target}: folder {folder} does not exist; create it or choose another folder",
                target=target,
                folder=folder,
            )
        )
    if target.is_dir():
        raise UserError(
            Message("cannot write {target}: it is a folder; give a file name", target=target)
        )
    try:
        fd, tmp = tempfile.mkstemp(prefix=part_prefix(target), suffix=".part", dir=folder)
    except OSError as exc:
        raise UserError(
            Message(
                "cannot write {target}: {reason}; choose another file or folder",
                target=target,
                reason=exc.strerror or str(exc),
            )
        ) from exc
    # Held while writing: a command that finds this file after a kill knows nobody is
    # writing it any more (library.leftovers sweeps it then).
    try_lock(fd)
    try:
        if "b" in mode:
            handle: IO[Any] = os.fdopen(fd, mode)
        else:
            handle = os.fdopen(fd, mode, encoding="utf-8", newline="")
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes the file private (0600); an export is an ordinary document.
        with contextlib.suppress(OSError):
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise UserError(
            Message(
                "cannot write {target}: {reason}; choose another file or folder",
                target=target,
                reason=exc.strerror or str(exc),
            )
        ) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def csv_cell(value: Any) -> str:
    """A value as a CSV cell: None is empty, floats without a useless ``.0``, text made safe
    for spreadsheets."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return repr(value) if value != int(value) or abs(value) >= 1e15 else str(int(value))
    return neutralise_cell(str(value))


def csv_text(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """A whole CSV document (header plus rows, CRLF as RFC 4180 says), every cell made safe."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([csv_cell(h) for h in header])
    for row in rows:
        writer.writerow([csv_cell(v) for v in row])
    return buffer.getvalue()


def write_csv(
    path: str | os.PathLike[str], header: Sequence[str], rows: Iterable[Sequence[Any]]
) -> None:
    with atomic_file(path) as handle:
        handle.write(csv_text(header, rows))
