"""The training row under the For you top bar: a "Train now" job's progress and its Cancel.

It submits the training it is given, follows that job through its handle (progress, end) and
hides itself when the job ends; the view hears how it ended through the row's signals.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desktop_recsys.config.cjk_spacing import format_spaced
from desktop_recsys.jobs.base import Job, JobRunnerBase
from desktop_recsys.jobs.handle import JobHandle
from desktop_recsys.ui.i18n import translate_message
from desktop_recsys.ui.job_slot import JobSlot

_PROGRESS_STEPS = 1000


class TrainRow(QWidget):
    """Shows one training at a time: "Training <algorithm>…", a progress bar, Cancel."""

    #: The training finished: a new model serves.
    trained = Signal()
    #: The training failed (the main window reports why).
    train_failed = Signal()
    #: The training failed, with its one-line reason (translated).
    failed_because = Signal(str)
    #: The training was cancelled: the previous model still serves.
    train_cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("trainProgress")
        self.progress.setRange(0, _PROGRESS_STEPS)
        self.progress.setAccessibleName(self.tr("Training progress"))
        self.message = QLabel(self)
        self.cancel_button = QPushButton(self.tr("Cancel training"), self)
        self.cancel_button.setObjectName("cancelTraining")
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.progress, 1)
        layout.addWidget(self.cancel_button)
        self.hide()
        self._training = JobSlot()

    @property
    def job(self) -> JobHandle | None:
        """The training while it is queued or running, else None."""
        return self._training.handle

    def train(self, runner: JobRunnerBase, job: Job, algorithm: str) -> JobHandle:
        """Submit ``job`` (a training of ``algorithm``) and show its progress here."""
        handle = self._training.submit(
            runner,
            job,
            on_progress=self._on_progress,
            on_finished=self._on_finished,
            on_failed=self._on_failed,
            on_cancelled=self._on_cancelled,
        )
        if handle.active:
            self.message.setText(format_spaced(self.tr("Training {0}…"), algorithm))
            self.progress.setRange(0, 0)
            self.show()
            self.cancel_button.setEnabled(True)
        return handle

    def cancel(self) -> None:
        """Ask the training to stop; the row says so until it has."""
        if self._training.handle is not None:
            self._training.cancel()
            self.cancel_button.setEnabled(False)
            self.message.setText(self.tr("Cancelling…"))

    def _on_progress(self, fraction: float, message: Any) -> None:
        self.progress.setRange(0, _PROGRESS_STEPS)
        self.progress.setValue(round(fraction * _PROGRESS_STEPS))
        if message:
            self.message.setText(translate_message(message))

    def _on_finished(self, _result: object) -> None:
        self.hide()
        self.trained.emit()

    def _on_failed(self, message: object, _trace: str) -> None:
        self.hide()
        self.train_failed.emit()
        self.failed_because.emit(translate_message(message))

    def _on_cancelled(self) -> None:
        self.hide()
        self.train_cancelled.emit()
