"""The sonic analysis as a job: analyse the library's tracks by sound (issue 18)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from desktop_recsys.jobs.params import FieldParams
from desktop_recsys.jobs.records import JobLane
from desktop_recsys.progress import CancelToken, ProgressFn
from desktop_recsys.services import sonic_analysis


@dataclass(frozen=True)
class AnalyseSoundJob(FieldParams):
    """Analyse the tracks not analysed yet (or changed since): write lane, one row committed
    per track, so a cancel keeps what finished and the next run goes on from there. Result:
    :class:`~desktop_recsys.services.sonic_analysis.AnalysisReport`.

    The tracks are decoded and analysed in worker processes (``workers``, 0: one per core) at a
    lower priority, so the window's process keeps its interpreter lock and its core when it
    needs it; M4A/AAC are decoded there with Qt Multimedia
    (:class:`~desktop_recsys.jobs.qt_audio_decoder.QtAudioDecoder`).
    """

    library_path: Path
    limit: int | None = None
    workers: int = 0

    kind: ClassVar[str] = "sonic_analysis"
    lane: ClassVar[JobLane] = JobLane.WRITE

    @property
    def title(self) -> str:
        return "Analysing the tracks' sound"

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> Any:
        from desktop_recsys.jobs.qt_audio_decoder import QtAudioDecoder

        return sonic_analysis.analyse_library(
            self.library_path,
            limit=self.limit,
            extra_decoders=[QtAudioDecoder()],
            workers=self.workers or None,
            processes=True,
            background=True,
            progress=progress,
            cancel=cancel,
        )
