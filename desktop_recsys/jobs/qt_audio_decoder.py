"""Decoding with Qt Multimedia's FFmpeg (``QAudioDecoder``), for what libsndfile cannot read.

The app already ships FFmpeg inside Qt Multimedia (the music player uses it), so M4A/AAC (and
ALAC, WMA) tracks are analysed without another codec library. This decoder is handed to the
sonic analysis by its job (:class:`~desktop_recsys.jobs.definitions.sonic.AnalyseSoundJob`);
the command line, which has no Qt, reports such files as skipped instead.

``QAudioDecoder`` cannot seek: it decodes from the start and stops once the window is complete.
So the window is the middle ``seconds`` of the track, as the libsndfile decoder takes, but
starts no later than :data:`LATEST_START` (30 s: past an intro): a long track then costs one
minute of decoding, not half its length. The row's ``window_start`` says where it was. It runs a local event loop on the calling thread (a job's worker thread),
asking for 32-bit float samples in the file's own rate and channels.
"""

from __future__ import annotations

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
        from PySide6.QtCore import QEventLoop, QTimer, QUrl

        from desktop_recsys.services import audio_decoding as ad

        suffixes = self._suffixes if self._suffixes is not None else ad.NOT_SOUNDFILE
        if path.suffix.lower() not in suffixes:
            raise ad.Unsupported(path.suffix.lower())
        try:  # deferred: Qt Multimedia loads FFmpeg (and, on Linux, needs libpulse)
            from PySide6.QtMultimedia import QAudioDecoder, QAudioFormat
        except ImportError as error:
            # Not the file's fault: nothing is stored, a later run with Multimedia reads it.
            raise ad.Unsupported(f"Qt Multimedia is not available: {error}") from error
        decoder = QAudioDecoder()
        if not decoder.isSupported():
            raise ad.Unsupported("Qt Multimedia has no audio decoder here")
        wanted = QAudioFormat()
        wanted.setSampleFormat(QAudioFormat.SampleFormat.Float)
        decoder.setAudioFormat(wanted)
        decoder.setSource(QUrl.fromLocalFile(str(path)))
        loop = QEventLoop()
        state: dict[str, Any] = {"chunks": [], "rate": 0, "channels": 0, "error": None,
                                 "start": None, "span": None, "duration": 0.0}  # fmt: skip
        watchdog = QTimer()
        watchdog.setSingleShot(True)
        watchdog.setInterval(int(STALL_SECONDS * 1000))

        def window() -> tuple[float, float] | None:
            duration = decoder.duration()  # ms; -1 while unknown
            if duration is None or duration <= 0:
                return None
            state["duration"] = duration / 1000.0
            start = min(ad.window_start(duration / 1000.0, seconds), self._latest_start)
            return start, start + seconds

        def take() -> None:
            watchdog.start()
            while decoder.bufferAvailable():
                buffer = decoder.read()
                at = buffer.startTime() / 1e6  # seconds
                span = state["span"] or window()
                state["span"] = span
                if span is not None and at + 0.5 < span[0]:
                    continue  # before the window (AAC buffers are ~23 ms)
                fmt = buffer.format()
                if not buffer.isValid() or fmt.sampleFormat() != QAudioFormat.SampleFormat.Float:
                    continue
                channels = fmt.channelCount()
                data = np.frombuffer(bytes(buffer.constData()), dtype=np.float32)
                if channels < 1 or data.size < channels:
                    continue
                state["rate"], state["channels"] = fmt.sampleRate(), channels
                if state["start"] is None:
                    state["start"] = at
                state["chunks"].append(data.reshape(-1, channels))
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
            raise ad.DecodeError(" ".join(f"cannot decode: {state['error']}".split())[:300])
        if not state["chunks"] or not state["rate"]:
            raise ad.DecodeError("cannot decode: no audio in the file")
        samples = np.concatenate(state["chunks"])
        rate = int(state["rate"])
        start = float(state["start"] or 0.0)
        # Trim to the window (buffers overlap its edges).
        span = state["span"]
        if span is not None:
            skip = max(0, int(round((span[0] - start) * rate)))
            samples = samples[skip : skip + int(seconds * rate)]
            start += skip / rate
        else:
            samples = samples[: int(seconds * rate)]
        duration = state["duration"] or start + len(samples) / rate
        return ad.DecodedAudio(np.ascontiguousarray(samples), rate, start, duration)
