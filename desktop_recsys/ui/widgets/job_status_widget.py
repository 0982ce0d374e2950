"""The status-bar jobs indicator: what runs, how far it is, and a Cancel button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desktop_recsys.jobs.base import JobRunnerBase, JobState
from desktop_recsys.ui.i18n import translate_message
from desktop_recsys.ui.job_titles import info_title

_STEPS = 1000


class JobStatusWidget(QWidget):
    """Shows the most recently started job (and how many others wait); hidden when idle.

    It only listens to the runner's signals, so the Jobs panel of a later version can sit next
    to it on the same runner.
    """

    def __init__(self, runner: JobRunnerBase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._shown: int | None = None
        self._names: dict[int, str] = {}

        self.label = QLabel(self)
        self.label.setObjectName("jobLabel")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("jobProgress")
        self.bar.setRange(0, _STEPS)
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(140)
        self.bar.setMaximumHeight(self.fontMetrics().height())
        self.bar.setAccessibleName(self.tr("Job progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("jobCancel")
        self.cancel_button.setAccessibleName(self.tr("Cancel the running job"))
        self.cancel_button.clicked.connect(self.cancel_shown)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)

        runner.queued.connect(self._update)
        runner.started.connect(self._on_started)
        runner.progress.connect(self._on_progress)
        runner.ended.connect(self._update)
        self._update()

    @property
    def shown_job(self) -> int | None:
        return self._shown

    def set_profile_names(self, names: dict[int, str]) -> None:
        """Profile id -> name, for titles of jobs that name a profile only by id."""
        self._names = dict(names)
        self._set_label()

    def cancel_shown(self) -> None:
        if self._shown is not None:
            self._runner.cancel(self._shown)
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling…"))

    def _on_started(self, job_id: int) -> None:
        # The newest running job is the one a person just asked for: show it.
        self._shown = job_id
        self.cancel_button.setEnabled(True)
        self._update()

    def _on_progress(self, job_id: int, fraction: float, message: str) -> None:
        if job_id != self._shown:
            return
        self.bar.setRange(0, _STEPS)
        self.bar.setValue(round(fraction * _STEPS))
        self._set_label()

    def _update(self, *_args: object) -> None:
        active = self._runner.active_jobs()
        ids = {info.id for info in active}
        if self._shown not in ids:
            running = [info for info in active if info.state is JobState.RUNNING]
            pick = running[-1] if running else (active[0] if active else None)
            self._shown = pick.id if pick else None
            self.cancel_button.setEnabled(True)
        self.setVisible(self._shown is not None)
        if self._shown is None:
            return
        info = self._runner.job(self._shown)
        if info is not None and info.state is JobState.RUNNING and info.fraction > 0:
            self.bar.setRange(0, _STEPS)
            self.bar.setValue(round(info.fraction * _STEPS))
        else:
            self.bar.setRange(0, 0)  # busy until the first progress report
        self._set_label()

    def _set_label(self) -> None:
        info = self._runner.job(self._shown) if self._shown is not None else None
        if info is None:
            self.label.clear()
            return
        text = info_title(info, self._names)
        if info.state is JobState.QUEUED:
            text = self.tr("{0} (waiting)").format(text)
        elif info.message:
            text = self.tr("{0}: {1}").format(text, translate_message(info.message))
        others = len(self._runner.active_jobs()) - 1
        if others > 0:
            text = self.tr("{0} (+{1} more)").format(text, others)
        self.label.setToolTip(text)
        self.label.setText(
            self.label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, 360)
        )
