"""Paths as a desktop shows them: a file under the home folder reads "~/Music/…" (the
folder a person knows, without the machine's account path); other paths, and every path on
Windows (where "~" means nothing to a person), stay as they are. For display only: the stored
path is what opens the file."""

from __future__ import annotations

import os
import re
from pathlib import Path


def _home() -> str | None:
    """The home folder as paths start with it; None where "~" is not written (Windows, or a
    home that is the root)."""
    if os.name == "nt":
        return None
    home = str(Path.home()).rstrip(os.sep)
    return home if home and home != os.sep else None


def home_path(text: str) -> str:
    """``text`` with the home folder written as ``~`` when it is that folder or under it."""
    home = _home() if text else None
    if home is None:
        return text
    if text == home:
        return "~"
    if text.startswith(home + os.sep):
        return "~" + text[len(home) :]
    return text


def home_paths_in(text: str) -> str:
    """Every path under the home folder inside ``text`` (a report line naming files and
    folders) written with ``~``, as :func:`home_path` writes a single path."""
    home = _home() if text else None
    if home is None or home not in text:
        return text
    # The home folder itself, or followed by a separator: not the start of "/home/adam".
    return re.sub(re.escape(home) + r"(?=" + re.escape(os.sep) + r"|[^\w.-]|$)", "~", text)
