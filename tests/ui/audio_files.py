"""Short real audio files for the player's tests, written with the standard library only (no
encoder is installed where the tests run): a WAV of a sine tone, and an MP3 of silent MPEG-1
Layer III frames (valid frames that every decoder plays). Both decode to exactly the length
asked for, give or take one MP3 frame (26 ms)."""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

#: MPEG-1 Layer III, 128 kbit/s, 44.1 kHz, mono, no padding: 417-byte frames of 1152 samples.
_MP3_HEADER = bytes([0xFF, 0xFB, 0x90, 0xC4])
_MP3_FRAME_BYTES = 144 * 128_000 // 44_100
_MP3_FRAME_SECONDS = 1152 / 44_100


def write_wav(path: Path, seconds: float, *, rate: int = 8000, tone: float = 440.0) -> Path:
    """A mono 16-bit WAV of a sine tone (``seconds`` long)."""
    frames = int(seconds * rate)
    samples = (int(6000 * math.sin(2 * math.pi * tone * i / rate)) for i in range(frames))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(b"".join(struct.pack("<h", s) for s in samples))
    return path


def write_mp3(path: Path, seconds: float) -> Path:
    """An MP3 of silence (``seconds`` long, in whole frames), without tags."""
    frame = _MP3_HEADER + bytes(_MP3_FRAME_BYTES - len(_MP3_HEADER))
    path.write_bytes(frame * max(1, round(seconds / _MP3_FRAME_SECONDS)))
    return path
