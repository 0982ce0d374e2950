"""Making the daily mixes again while the application is idle.

:class:`IdleMixesScheduler` looks every ``interval_ms`` whether the runner has nothing to do;
if so it submits a :class:`~desktop_recsys.jobs.definitions.RefreshMixesJob` for every profile,
which makes again only the mixes that are a day old or were made from another model than the
one serving now (so a check costs a few reads when nothing is due). A finished training asks
for a check a little later: the mixes follow a retrain at the next idle moment.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer

from desktop_recsys.jobs.base import JobRunnerBase

DEFAULT_INTERVAL_MS = 10 * 60 * 1000
#: After a training finishes, look again this much later (the runner is often still busy).
AFTER_TRAINING_MS = 5000


class IdleMixesScheduler(QObject):
    """Submits the daily mixes' refresh when the runner is idle (see the module docs)."""

    def __init__(
        self,
        runner: JobRunnerBase,
        library_path: Callable[[], Path | None],
        models_dir: Callable[[], Path | None],
        *,
        interval_ms: int = DEFAULT_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._library_path = library_path
        self._models_dir = models_dir
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check_now)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(AFTER_TRAINING_MS)
        self._soon.timeout.connect(self.check_now)
        runner.finished.connect(self._on_finished)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._soon.stop()

    def is_running(self) -> bool:
        return self._timer.isActive()

    def check_now(self) -> int | None:
        """Submit the refresh now if the runner is idle; returns its job id (None: busy)."""
        path = self._library_path()
        if path is None or self._runner.is_busy():
            if path is not None and self.is_running():
                self._soon.start()  # busy: try again a little later
            return None
        # Deferred: the job definitions import the services and the engine.
        from desktop_recsys.jobs.definitions import RefreshMixesJob

        return self._runner.submit_job(RefreshMixesJob(path, self._models_dir()))

    def _on_finished(self, job_id: int, _result: Any) -> None:
        info = self._runner.job(job_id)
        if info is not None and info.kind == "train" and self.is_running():
            self._soon.start()
