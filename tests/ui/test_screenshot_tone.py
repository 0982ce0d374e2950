"""The now-playing screenshots play a tone as long as the track they show (issue 19: the
table and the details said 4:44 beside a bar playing a 40 s tone, "0:13 / 0:40")."""

from __future__ import annotations

import importlib.util
import sys
import wave
from pathlib import Path
from typing import Any

from desktop_recsys.config.durations import clock_text
from desktop_recsys.services.library_service import LibrarySession, open_library
from desktop_recsys.ui.models.items_table_model import format_duration

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "screenshots.py"


def test_the_tone_is_as_long_as_the_listed_track(
    qapp: Any, demo_library_copy: Path, tmp_path: Path
) -> None:
    spec = importlib.util.spec_from_file_location("screenshots_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = script  # its dataclasses look their module up
    path = list(sys.path)  # it puts scripts/ first for its own imports
    try:
        spec.loader.exec_module(script)
    finally:
        del sys.modules[spec.name]
        sys.path[:] = path
    library = open_library(demo_library_copy)
    try:
        track = LibrarySession(library).item_page("track", 0, 1)[0]  # the one the script plays
    finally:
        library.close()
    assert track.duration and track.duration > 60
    tone = tmp_path / "tone.wav"
    script.write_tone(tone, float(track.duration))
    with wave.open(str(tone), "rb") as played:
        seconds = played.getnframes() / played.getframerate()
    assert abs(seconds - track.duration) <= 1 / 4000
    # The bar's length (what the player measures) reads as the table's and the details'.
    assert clock_text(seconds) == format_duration(track.duration, "track")
