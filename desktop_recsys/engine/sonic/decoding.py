"""Reading a window of a track's audio: the decoder protocol and the soundfile decoder.

A decoder turns a file into float samples; :func:`read_window` asks the decoders in order and
returns the window the analysis looks at (by default 30 seconds from the middle of the track).

- :class:`SoundFileDecoder` (libsndfile through the ``soundfile`` wheel, which bundles it) reads
  WAV, AIFF, FLAC, MP3, Ogg Vorbis and Ogg Opus. It seeks straight to the window, so only the
  window is decoded.
- Formats it cannot read (M4A/AAC/ALAC in an MP4 container, WMA) need another decoder: the app
  passes one built on Qt Multimedia's FFmpeg (``desktop_recsys.jobs.qt_audio_decoder``); where
  none is given (the command line) such a file is reported as *unsupported here*, not as broken,
  so the app can still analyse it later.

A decoder raises :class:`DecodeError` (the file is broken, empty or not audio: the reason is
stored) or :class:`Unsupported` (this decoder cannot read the format: the next one is asked).
No Qt and no library here.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np
import soundfile

from desktop_recsys.engine.sonic.reasons import reason

#: The window analysed: this many seconds from the middle of the track.
WINDOW_SECONDS = 30.0
#: Shorter audio than this is not analysed (no tempo or key can be told from it).
MIN_SECONDS = 2.0

#: Extensions libsndfile does not read; other decoders are asked first for them.
NOT_SOUNDFILE = frozenset({".m4a", ".m4b", ".mp4", ".aac", ".alac", ".wma", ".webm", ".mka"})


class DecodeError(Exception):
    """The file cannot be decoded: its argument is the reason kept in the library, a Message
    made by :func:`~desktop_recsys.engine.sonic.reasons.reason` (``str(error)`` its English)."""


class Missing(DecodeError):
    """The file is not there (moved or deleted since the library listed it): not its fault."""


class Unsupported(Exception):
    """This decoder does not read the file's format; the next decoder may."""


@dataclass(frozen=True)
class DecodedAudio:
    """A window of decoded audio: ``samples`` is ``(frames, channels)`` float32 in [-1, 1]."""

    samples: np.ndarray
    rate: int
    #: Where the window starts in the track, and the track's whole length (seconds).
    start: float
    duration: float

    @property
    def seconds(self) -> float:
        return self.samples.shape[0] / self.rate if self.rate else 0.0


class AudioDecoder(Protocol):
    """Reads ``seconds`` of audio starting at the middle of the track (or all of a shorter one).

    Raises :class:`Unsupported` for a format it does not read and :class:`DecodeError` for a
    file it reads but cannot decode.
    """

    name: str

    def read_window(self, path: Path, seconds: float) -> DecodedAudio: ...


def window_start(duration: float, seconds: float) -> float:
    """Where a ``seconds`` window centred in a track of ``duration`` seconds starts."""
    return max(0.0, (duration - seconds) / 2.0)


class SoundFileDecoder:
    """libsndfile (the ``soundfile`` package): WAV, AIFF, FLAC, MP3, Ogg Vorbis, Ogg Opus."""

    name = "soundfile"

    def read_window(self, path: Path, seconds: float) -> DecodedAudio:
        if path.suffix.lower() in NOT_SOUNDFILE:
            raise Unsupported(path.suffix.lower())
        kind = path.suffix.lower() or reason("no_extension")
        try:
            audio = soundfile.SoundFile(str(path))
        except (soundfile.LibsndfileError, RuntimeError) as error:
            text = _without_path(str(error), path)
            if "nrecognised" in text or "not recognized" in text:
                raise Unsupported(text) from error
            if "does not exist or is not a regular file" in text and path.is_file():
                text = "no audio data found"  # libsndfile's words for an MP3 without frames
            raise DecodeError(reason("not_audio_said", kind=kind, detail=text)) from error
        except (OSError, ValueError) as error:
            raise DecodeError(reason("unreadable", detail=_one_line(str(error)))) from error
        try:
            with audio:
                rate = int(audio.samplerate)
                frames = int(audio.frames)
                if rate <= 0:
                    raise DecodeError(reason("no_sample_rate"))
                duration = frames / rate
                start = window_start(duration, seconds)
                first = int(start * rate)
                if first and audio.seekable():
                    audio.seek(first)
                else:
                    start, first = 0.0, 0
                samples = audio.read(
                    min(frames - first, int(seconds * rate)), dtype="float32", always_2d=True
                )
        except (soundfile.LibsndfileError, RuntimeError, OSError, ValueError, OverflowError,
                MemoryError) as error:  # fmt: skip
            raise DecodeError(reason("decode", detail=_without_path(str(error), path))) from error
        return DecodedAudio(np.ascontiguousarray(samples), rate, start, duration)


def read_window(
    path: str | Path, decoders: list[AudioDecoder], seconds: float = WINDOW_SECONDS
) -> DecodedAudio:
    """The analysis window of ``path``, from the first decoder that reads its format.

    Raises :class:`DecodeError` with a reason (missing, empty, not audio, too short, broken)
    or :class:`Unsupported` when no decoder given reads the format.
    """
    path = Path(path)
    try:
        size = os.path.getsize(path)
    except FileNotFoundError as error:
        raise Missing(reason("missing")) from error
    except OSError as error:
        detail = _one_line(str(error.strerror or error))
        raise DecodeError(reason("unreadable", detail=detail)) from error
    if size == 0:
        raise DecodeError(reason("empty"))
    # Decoders that are not libsndfile first for the formats it cannot read.
    order = sorted(
        decoders,
        key=lambda d: (path.suffix.lower() in NOT_SOUNDFILE) == (d.name == "soundfile"),
    )
    unsupported: list[str] = []
    for decoder in order:
        try:
            audio = decoder.read_window(path, seconds)
        except Unsupported:
            unsupported.append(decoder.name)
            continue
        if audio.samples.size == 0 or audio.seconds < MIN_SECONDS:
            raise DecodeError(
                reason("too_short", seconds=round(audio.seconds, 1), needed=MIN_SECONDS)
            )
        if not np.all(np.isfinite(audio.samples)):
            raise DecodeError(reason("invalid_samples"))
        return audio
    kind = path.suffix.lower() or reason("no_extension")
    if _looks_like_audio_container(path):
        raise Unsupported(reason("no_decoder", kind=kind))
    raise DecodeError(reason("not_audio", kind=kind))


def needs_other_decoder(path: str | Path) -> bool:
    """Whether libsndfile cannot read ``path`` (by its extension): an M4A, AAC, WMA..."""
    return Path(path).suffix.lower() in NOT_SOUNDFILE


def _looks_like_audio_container(path: Path) -> bool:
    """An MP4/M4A, WMA or Matroska file by its first bytes (the formats libsndfile lacks)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(12)
    except OSError:
        return False
    return (
        head[4:8] == b"ftyp"
        or head[:4] == b"\x30\x26\xb2\x75"  # ASF (WMA)
        or head[:4] == b"\x1a\x45\xdf\xa3"  # Matroska / WebM
    )


def _without_path(text: str, path: Path) -> str:
    """libsndfile's message without the file's path (the reason is stored and shown)."""
    text = text.replace(f"Error opening {str(path)!r}: ", "").replace(str(path), path.name)
    return _one_line(text)


def _one_line(text: str) -> str:
    return " ".join(text.split())[:300]
