"""What a decoder outside the engine needs to plug into the sonic analysis: the jobs layer's
Qt Multimedia decoder (``desktop_recsys.jobs.qt_audio_decoder``) builds its results and errors
from these, since the jobs layer does not import the engine itself."""

from __future__ import annotations

from desktop_recsys.engine.sonic.decoding import (
    MIN_SECONDS,
    NOT_SOUNDFILE,
    DecodedAudio,
    DecodeError,
    Unsupported,
    window_start,
)
from desktop_recsys.engine.sonic.features import RATE as ANALYSIS_RATE
from desktop_recsys.engine.sonic.reasons import reason

__all__ = [
    "ANALYSIS_RATE",
    "MIN_SECONDS",
    "NOT_SOUNDFILE",
    "DecodeError",
    "DecodedAudio",
    "Unsupported",
    "reason",
    "window_start",
]
