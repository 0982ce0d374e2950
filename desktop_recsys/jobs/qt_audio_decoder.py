"""Decoding with Qt Multimedia's FFmpeg (``QAudioDecoder``), for what libsndfile cannot read.

The app already ships FFmpeg inside Qt Multimedia (the music player uses it), so M4A/AAC (and
ALAC, WMA) tracks are analysed without another codec library. This decoder is handed to the
sonic analysis by its job (:class:`~desktop_recsys.jobs.definitions.sonic.AnalyseSoundJob`);
the command line, which has no Qt, reports such files as skipped instead.

``QAudioDecoder`` cannot seek: it decodes from the start and stops once the window is complete.
So the window is the middle ``seconds`` of the track, as the libsndfile decoder takes, but
starts no later than :data:`LATEST_START` (30 s: past an intro): a long track then costs one
minute of decoding, not half its length. The row's ``window_start`` says where it was.

It runs a local event loop on the calling thread (a job's worker, or the main thread of an
analysis worker process, where it makes the ``QCoreApplication`` Qt needs). Qt hands over one
AAC frame (23 ms) at a time and decodes the next only once that one is read, so the per-frame
work in Python is kept to a read and a time check; the samples are joined once at the end.
FFmpeg resamples in C to :data:`ANALYSIS_RATE` (the rate the features are computed at), in
the file's own channel count (read from its header with mutagen: a mono or surround file
mixed to stereo by FFmpeg would measure 3 dB apart from the same sound in another format).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

#: The window starts in the middle of the track, but never later than this (seconds): what comes
#: before the window is decoded too, so on a 3-minute track this saves decoding 45 s of 105.
LATEST_START = 30.0
#: Longest wait for a decoder that stops reporting (seconds of wall time).
STALL_SECONDS = 30.0


class QtAudioDecoder:
    """An :class:`~desktop_recsys.engine.sonic.AudioDecoder` on ``QAudioDecoder``."""

    name = "qt"

    def __init__(
        self, suffixes: frozenset[str] | None = None, latest_start: float = LATEST_START
    ) -> None:
        #: The extensions it is asked to read (default: those libsndfile lacks).
        self._suffixes = suffixes
        self._latest_start = latest_start

    def read_window(self, path: Path, seconds: float) -> Any:
        import numpy as np  # deferred: the job runs after the window is up
        from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer, QUrl

        from desktop_recsys.services import audio_decoding as ad

        suffixes = self._suffixes if self._suffixes is not None else ad.NOT_SOUNDFILE
        if path.suffix.lower() not in suffixes:
            raise ad.Unsupported(path.suffix.lower())
        try:  # deferred: Qt Multimedia loads FFmpeg (and, on Linux, needs libpulse)
            from PySide6.QtMultimedia import QAudioDecoder, QAudioFormat
        except ImportError as error:
            # Not the file's fault: nothing is stored, a later run with Multimedia reads it.
            raise ad.Unsupported(f"Qt Multimedia is not available: {error}") from error
        if QCoreApplication.instance() is None:
            if threading.current_thread() is not threading.main_thread():
                # Not the file's fault either: a run with the app (or a worker) reads it.
                raise ad.Unsupported("Qt's decoder needs the app or an analysis process")
            _make_application()
        decoder = QAudioDecoder()
        if not decoder.isSupported():
            raise ad.Unsupported("Qt Multimedia has no audio decoder here")
        length, channels = _header(path)
        float32 = QAudioFormat.SampleFormat.Float
        wanted = QAudioFormat()
        wanted.setSampleFormat(float32)
        if channels:  # else the file's own rate and channels
            wanted.setSampleRate(ad.ANALYSIS_RATE)
            wanted.setChannelCount(channels)
        decoder.setAudioFormat(wanted)
        decoder.setSource(QUrl.fromLocalFile(str(path)))
        loop = QEventLoop()
        chunks: list[bytes] = []
        state: dict[str, Any] = {"error": None, "format": None, "start": None, "frames": 0,
                                 "span": None if length is None else self._span(length, seconds)}  # fmt: skip
        watchdog = QTimer()
        watchdog.setSingleShot(True)
        watchdog.setInterval(int(STALL_SECONDS * 1000))
        read, available = decoder.read, decoder.bufferAvailable

        def take() -> None:
            while available():
                buffer = read()
                at = buffer.startTime()  # microseconds
                state["frames"] += 1
                if not state["frames"] & 255:
                    watchdog.start()  # still decoding
                span = state["span"]
                if span is None:
                    duration = decoder.duration()  # ms; -1 while unknown
                    if duration > 0:
                        span = state["span"] = self._span(duration / 1000.0, seconds)
                if span is not None and at + 500_000 < span[0]:
                    continue  # before the window (AAC buffers are ~23 ms)
                if state["format"] is None:
                    fmt = buffer.format()
                    if not buffer.isValid() or fmt.sampleFormat() != float32:
                        continue
                    state["format"] = (fmt.sampleRate(), fmt.channelCount())
                    state["start"] = at
                chunks.append(bytes(buffer.constData()))
                if span is not None and at >= span[1]:
                    decoder.stop()
                    loop.quit()
                    return

        def failed(error: Any) -> None:
            state["error"] = decoder.errorString() or str(error)
            loop.quit()

        decoder.bufferReady.connect(take)
        decoder.finished.connect(loop.quit)
        decoder.error.connect(failed)
        watchdog.timeout.connect(loop.quit)
        watchdog.start()
        decoder.start()
        if decoder.error() == QAudioDecoder.Error.NoError and state["error"] is None:
            loop.exec()
        take()
        decoder.stop()
        watchdog.stop()
        if state["error"] is not None:
            detail = " ".join(str(state["error"]).split())[:300]
            raise ad.DecodeError(ad.reason("decode", detail=detail))
        if not chunks or state["format"] is None or state["format"][0] <= 0:
            raise ad.DecodeError(ad.reason("no_audio"))
        rate, channels = state["format"]
        if channels < 1:
            raise ad.DecodeError(ad.reason("no_audio"))
        data = np.frombuffer(b"".join(chunks), dtype=np.float32)
        samples = data[: data.size // channels * channels].reshape(-1, channels)
        start = state["start"] / 1e6
        # Trim to the window (buffers overlap its edges).
        span = state["span"]
        if span is not None:
            skip = max(0, int(round((span[0] / 1e6 - start) * rate)))
            samples = samples[skip : skip + int(seconds * rate)]
            start += skip / rate
        else:
            samples = samples[: int(seconds * rate)]
        duration = (
            length if length is not None else max(decoder.duration(), 0) / 1000.0
        ) or start + len(samples) / rate
        return ad.DecodedAudio(np.ascontiguousarray(samples), rate, start, duration)

    def _span(self, duration: float, seconds: float) -> tuple[float, float]:
        """The window (microseconds from the start) of a track of ``duration`` seconds."""
        from desktop_recsys.services import audio_decoding as ad

        start = min(ad.window_start(duration, seconds), self._latest_start)
        return start * 1e6, (start + seconds) * 1e6


def _header(path: Path) -> tuple[float | None, int]:
    """The track's length (seconds) and channel count from its header (mutagen), or
    ``(None, 0)`` when the header does not tell (then Qt reports the length while decoding)."""
    try:
        import mutagen  # deferred with the decoder

        info = getattr(mutagen.File(str(path)), "info", None)
    except Exception:  # noqa: BLE001 - a header mutagen cannot read: Qt decides alone
        return None, 0
    length = getattr(info, "length", None)
    channels = getattr(info, "channels", 0)
    if not isinstance(channels, int) or not 1 <= channels <= 8:
        channels = 0
    if not isinstance(length, (int, float)) or not length > 0:
        length = None
    return (float(length) if length is not None else None), channels


def _make_application() -> None:
    """The ``QCoreApplication`` a decoder's event loop needs, in an analysis worker process
    (the app's own window has one; a process of its own has none)."""
    from PySide6.QtCore import QCoreApplication

    global _APPLICATION
    _APPLICATION = QCoreApplication([])


#: The worker process's ``QCoreApplication`` (kept alive while the process lives).
_APPLICATION: Any = None
