"""A decoder for the sonic analysis tests that ends its worker process on files whose name
starts with "crash" (as a decoder crashing on a hostile file would), and reads others with
libsndfile. Importable by the worker processes."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from desktop_recsys.engine.sonic import SoundFileDecoder


class CrashingDecoder:
    name = "crashing"

    def read_window(self, path: Path, seconds: float) -> Any:
        if path.name.startswith("crash"):
            os._exit(3)
        return SoundFileDecoder().read_window(path, seconds)
