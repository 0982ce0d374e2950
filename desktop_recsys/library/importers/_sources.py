"""Finding the files of a personal export given as one file, a folder or a zip archive.

Services hand out their exports as zip archives (Letterboxd, ListenBrainz) that people often
unzip first. :class:`ExportFiles` accepts all three forms. Zip members that are needed are
copied to a private temporary folder (so encoding detection and line-numbered reading work the
same as for plain files) and the report names them by their path inside the archive. Member
names are never used as file-system paths, so a hostile archive cannot write outside that
folder.
"""

from __future__ import annotations

import shutil
import struct
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from desktop_recsys.errors import UserError
from desktop_recsys.library.importers.report import ImportReport
from desktop_recsys.progress import Message

# Refuse archives that would unpack to more than this: no real export is near it, and a zip
# bomb should fail with a message, not fill the disk.
MAX_UNPACKED_BYTES = 4 << 30
# Refuse archives of more entries than this (a real export has a few hundred files): reading a
# central directory of millions of entries takes minutes and gigabytes.
MAX_ZIP_ENTRIES = 100_000
# A member that unpacks to more than this many times its packed size (and to more than
# BOMB_MIN_BYTES) is a zip bomb: text exports compress 5-20 times, zeros 1,000 times.
MAX_COMPRESSION_RATIO = 100
BOMB_MIN_BYTES = 16 << 20
# Folders of Letterboxd exports that hold entries the user removed: never imported.
_IGNORED_PARTS = frozenset({"deleted", "orphaned", "__macosx"})


class ExportFiles:
    """The files of an export at ``path`` (a file, a folder or a ``.zip``); a context manager.

    ``select(keep)`` returns the real paths of the files whose archive-relative name (POSIX
    style, e.g. ``listens/2023/1.jsonl``) passes ``keep``, sorted by that name.
    """

    def __init__(self, path: str | Path, report: ImportReport) -> None:
        self.path = Path(path)
        self._report = report
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self._extracted = 0
        if not self.path.exists():
            raise UserError(Message("{path} does not exist", path=str(self.path)))
        self.is_zip = self.path.is_file() and zipfile.is_zipfile(self.path)
        if self.path.is_file() and not self.is_zip and self.path.suffix.lower() == ".zip":
            raise UserError(Message("{path} is not a readable zip archive", path=str(self.path)))
        if self.is_zip:
            check_zip_entries(self.path)

    def names(self) -> list[str]:
        """Every file of the export by its relative POSIX name (one name for a plain file)."""
        if self.is_zip:
            try:
                with zipfile.ZipFile(self.path) as archive:
                    check_zip_sizes(self.path, archive.infolist())
                    return sorted(i.filename for i in archive.infolist() if not i.is_dir())
            except (zipfile.BadZipFile, OSError) as exc:
                raise UserError(
                    Message(
                        "cannot read the zip archive {path}: {exc}; it may be damaged: copy or download it again",
                        path=self.path,
                        exc=str(exc),
                    )
                ) from exc
        if self.path.is_dir():
            return sorted(
                p.relative_to(self.path).as_posix() for p in self.path.rglob("*") if p.is_file()
            )
        return [self.path.name]

    def select(self, keep: Callable[[PurePosixPath], bool]) -> list[Path]:
        wanted = [
            n
            for n in self.names()
            if keep(PurePosixPath(n))
            and not {p.casefold() for p in PurePosixPath(n).parts[:-1]} & _IGNORED_PARTS
        ]
        if not self.is_zip:
            if self.path.is_dir():
                return [self.path / n for n in wanted]
            return [self.path] if wanted else []
        return self._extract(wanted)

    def shallowest(self, filename: str) -> Path | None:
        """The file called ``filename`` nearest the top of the export (case-insensitive)."""
        found = self.select(lambda p: p.name.casefold() == filename.casefold())
        if not found:
            return None
        if not self.is_zip and self.path.is_dir():
            return min(found, key=lambda p: (len(p.relative_to(self.path).parts), str(p)))
        # Extracted members keep their depth in the alias; pick by it.
        return min(found, key=lambda p: (self._report.aliases.get(str(p), "").count("/"), str(p)))

    def _extract(self, members: list[str]) -> list[Path]:
        if self._tmp is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="desktop-recsys-import-")
        out: list[Path] = []
        try:
            with zipfile.ZipFile(self.path) as archive:
                infos = [archive.getinfo(m) for m in members]
                check_zip_sizes(self.path, infos)
                for info in infos:
                    # A numbered folder per member: two members may share a base name.
                    self._extracted += 1
                    folder = Path(self._tmp.name) / str(self._extracted)
                    folder.mkdir()
                    target = folder / (PurePosixPath(info.filename).name or "member")
                    with archive.open(info) as src, target.open("wb") as dst:
                        shutil.copyfileobj(src, dst, 1 << 20)
                    self._report.aliases[str(target)] = f"{self.path.name}:{info.filename}"
                    out.append(target)
        except (zipfile.BadZipFile, OSError, RuntimeError) as exc:
            # RuntimeError: an encrypted member.
            raise UserError(
                Message(
                    "cannot read the zip archive {path}: {exc}; it may be damaged: copy or download it again",
                    path=self.path,
                    exc=str(exc),
                )
            ) from exc
        return out

    def close(self) -> None:
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def __enter__(self) -> ExportFiles:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _declared_entries(path: Path) -> int | None:
    """The entry count an archive's end records declare (ZIP64 when present), read without
    parsing the central directory; None if the end record cannot be found."""
    try:
        with path.open("rb") as handle:
            handle.seek(0, 2)
            size = handle.tell()
            # The end record (22 bytes) follows at most a 64 KiB comment; ZIP64's locator
            # (20 bytes) and record (56 bytes) come just before it.
            start = max(0, size - (22 + 0xFFFF + 20 + 56))
            handle.seek(start)
            tail = handle.read()
    except OSError:
        return None
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) < at + 22:
        return None
    count = struct.unpack("<H", tail[at + 10 : at + 12])[0]
    locator = at - 20
    if locator >= 0 and tail[locator : locator + 4] == b"PK\x06\x07":
        record = struct.unpack("<Q", tail[locator + 8 : locator + 16])[0] - start
        if record >= 0 and tail[record : record + 4] == b"PK\x06\x06" and len(tail) >= record + 40:
            count = max(count, struct.unpack("<Q", tail[record + 32 : record + 40])[0])
    return count


def check_zip_entries(path: Path) -> None:
    """Refuse, before reading its central directory, an archive that declares more than
    :data:`MAX_ZIP_ENTRIES` entries."""
    declared = _declared_entries(path)
    if declared is not None and declared > MAX_ZIP_ENTRIES:
        raise UserError(
            Message(
                "{path} declares {declared:,} entries, more than the {limit:,} any export has; it is damaged or hostile and was not read",
                path=path,
                declared=declared,
                limit=MAX_ZIP_ENTRIES,
            )
        )


def check_zip_sizes(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    """Refuse too many entries, more than :data:`MAX_UNPACKED_BYTES` unpacked, or a member
    compressed more than :data:`MAX_COMPRESSION_RATIO` times (a zip bomb), from the sizes the
    archive declares (reading never goes past a member's declared size)."""
    if len(infos) > MAX_ZIP_ENTRIES:
        raise UserError(
            Message(
                "{path} holds {entries:,} entries, more than the {limit:,} any export has; it was not read",
                path=path,
                entries=len(infos),
                limit=MAX_ZIP_ENTRIES,
            )
        )
    total = sum(i.file_size for i in infos)
    if total > MAX_UNPACKED_BYTES:
        raise UserError(
            Message(
                "{path} would unpack to {gigabytes:.1f} GB, more than {limit} GB; unzip it "
                "yourself and import the folder",
                path=path,
                gigabytes=total / 2**30,
                limit=MAX_UNPACKED_BYTES >> 30,
            )
        )
    for info in infos:
        ratio = info.file_size / max(1, info.compress_size)
        if info.file_size > BOMB_MIN_BYTES and ratio > MAX_COMPRESSION_RATIO:
            raise UserError(
                Message(
                    "{path}: {entry} would unpack to {megabytes:,.0f} MB from {kilobytes:,.0f} KB "
                    "({ratio:,.0f}:1), which no real export does (a zip bomb?); it was not read",
                    path=path,
                    entry=info.filename,
                    megabytes=info.file_size / 2**20,
                    kilobytes=info.compress_size / 2**10,
                    ratio=ratio,
                )
            )
