"""User settings kept in a small JSON file, written atomically.

Unknown keys are preserved (a newer version's settings survive an older version), a missing or
unreadable file gives the defaults, and a corrupt file is kept aside rather than overwritten.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any


@dataclass
class Settings:
    """What the user chose; every field has a sensible default."""

    last_library: str | None = None
    last_profile: str | None = None
    window_geometry: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> Settings:
        """Read settings from ``path``; defaults when it does not exist or cannot be parsed."""
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError):
            # Keep the damaged file for the user to look at; start from defaults.
            with contextlib.suppress(OSError):
                path.replace(path.with_suffix(".json.corrupt"))
            return cls()
        if not isinstance(raw, dict):
            return cls()
        known = {f.name for f in fields(cls)} - {"extra"}
        values = {k: v for k, v in raw.items() if k in known}
        extra = {k: v for k, v in raw.items() if k not in known}
        return cls(**values, extra=extra)

    def save(self, path: Path) -> None:
        """Write atomically: a temporary file in the same folder, then a rename."""
        data = asdict(self)
        extra = data.pop("extra")
        data.update(extra)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle, indent=2, sort_keys=True)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
