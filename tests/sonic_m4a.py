"""M4A (AAC) files for the sonic analysis tests, encoded with the FFmpeg inside Qt Multimedia
(QMediaRecorder fed through QAudioBufferInput): no encoder is installed where the tests run.
Needs a QCoreApplication (the ``qapp`` fixture); runs its own event loop until the file is
written."""

from __future__ import annotations

from pathlib import Path

import numpy as np

#: Longest wait for one file (seconds).
TIMEOUT_S = 60


def write_m4a(path: Path, samples: np.ndarray, rate: int = 44_100) -> Path:
    """``samples`` (mono, or (frames, channels)) as an AAC track in an M4A file at ``path``."""
    from PySide6.QtCore import QEventLoop, QTimer, QUrl
    from PySide6.QtMultimedia import (
        QAudioBuffer,
        QAudioBufferInput,
        QAudioFormat,
        QMediaCaptureSession,
        QMediaFormat,
        QMediaRecorder,
    )

    data = np.asarray(samples, dtype=np.float32)
    if data.ndim == 1:
        data = data[:, None]
    fmt = QAudioFormat()
    fmt.setSampleRate(rate)
    fmt.setChannelCount(data.shape[1])
    fmt.setSampleFormat(QAudioFormat.SampleFormat.Float)
    session = QMediaCaptureSession()
    source = QAudioBufferInput(fmt)
    session.setAudioBufferInput(source)
    recorder = QMediaRecorder()
    session.setRecorder(recorder)
    media = QMediaFormat(QMediaFormat.FileFormat.Mpeg4Audio)
    media.setAudioCodec(QMediaFormat.AudioCodec.AAC)
    recorder.setMediaFormat(media)
    recorder.setOutputLocation(QUrl.fromLocalFile(str(path)))
    recorder.setAutoStop(True)
    loop = QEventLoop()
    errors: list[str] = []
    position = [0]
    block = 4096

    def feed() -> None:
        while position[0] < len(data):
            chunk = data[position[0] : position[0] + block]
            buffer = QAudioBuffer(chunk.tobytes(), fmt, int(position[0] / rate * 1e6))
            if not source.sendAudioBuffer(buffer):
                return  # the encoder is busy: the timer tries again
            position[0] += len(chunk)
        if source.sendAudioBuffer(QAudioBuffer()):  # the end: auto-stop finishes the file
            pump.stop()

    def state(new: QMediaRecorder.RecorderState) -> None:
        if new == QMediaRecorder.RecorderState.StoppedState:
            loop.quit()

    recorder.errorOccurred.connect(lambda _e, text: (errors.append(text), loop.quit()))
    recorder.recorderStateChanged.connect(state)
    pump = QTimer()
    pump.timeout.connect(feed)
    QTimer.singleShot(TIMEOUT_S * 1000, loop.quit)
    recorder.record()
    pump.start(2)
    loop.exec()
    pump.stop()
    if errors or not path.exists() or path.stat().st_size < 1000:
        raise RuntimeError(f"could not write {path.name}: {errors or 'no output'}")
    return path
