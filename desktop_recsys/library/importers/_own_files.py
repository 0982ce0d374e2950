"""Reading the files ``export library`` and ``export profile`` wrote: a JSON document, the
members of a profile archive; each refusal a translatable one-line :class:`UserError`."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from desktop_recsys.errors import UserError
from desktop_recsys.library.importers._sources import check_zip_entries, check_zip_sizes
from desktop_recsys.library.importers.textfiles import detect_encoding, loads_json
from desktop_recsys.progress import Message

# JSON members of a profile archive are read whole; no real profile comes near this.
MAX_MEMBER_BYTES = 1 << 30


def read_json(path: Path, what: Message) -> Any:
    """The JSON document in ``path`` (UTF-8 or UTF-16); ``what`` names it in a refusal."""
    encoding = detect_encoding(path)
    if encoding not in ("utf-8", "utf-8-sig") and not encoding.startswith("utf-16"):
        raise UserError(
            Message(
                "{path} is not a readable {what} (not UTF-8 or UTF-16 text)", path=path, what=what
            )
        )
    try:
        with path.open("rb") as handle:
            return loads_json(handle.read().decode(encoding).lstrip("\ufeff"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise UserError(
            Message(
                "{path} is not a readable {what} ({reason})",
                path=path,
                what=what,
                reason=short(exc),
            )
        ) from exc


def short(exc: BaseException) -> str:
    """An error's text cut to one short clause (a decoder quotes whole lines)."""
    text = " ".join(str(exc).split())
    return text if len(text) <= 160 else text[:157] + "..."


def decode_member(data: bytes) -> str:
    """A JSON member's text: UTF-16 by its byte-order mark, else UTF-8 (BOM or not)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    return data.decode("utf-8-sig")


def archive_members(path: Path) -> dict[str, Any]:
    """The JSON members of the profile archive ``path`` by name, after its size checks."""
    if not path.is_file():
        raise UserError(
            Message("{path} is not a file; give a .zip written by 'export profile'", path=path)
        )
    check_zip_entries(path)
    try:
        with zipfile.ZipFile(path) as archive:
            check_zip_sizes(path, archive.infolist())
            names = set(archive.namelist())
            if "manifest.json" not in names:
                raise UserError(
                    Message("{path} has no manifest.json; is it from 'export profile'?", path=path)
                )
            out: dict[str, Any] = {}
            for name in ("manifest.json", "items.json", "ratings.json", "plays.json",
                         "marks.json", "friends.json", "playlists.json"):  # fmt: skip
                if name not in names:
                    continue
                if archive.getinfo(name).file_size > MAX_MEMBER_BYTES:
                    raise UserError(
                        Message(
                            "{path}: {name} is too large to be a profile export",
                            path=path,
                            name=name,
                        )
                    )
                try:
                    out[name] = loads_json(decode_member(archive.read(name)))
                except (UnicodeDecodeError, ValueError) as exc:
                    raise UserError(
                        Message(
                            "{path}: {name} is not valid JSON ({reason})",
                            path=path,
                            name=name,
                            reason=short(exc),
                        )
                    ) from exc
            return out
    except (zipfile.BadZipFile, OSError) as exc:
        raise UserError(
            Message(
                "cannot read the zip archive {path}: {exc}; it may be damaged: copy or download it again",
                path=path,
                exc=str(exc),
            )
        ) from exc
