"""How far the Lab's long jobs have got: the settings panel's bar and line, and the live chart.

The evaluation and the tuning pass :meth:`LabJobProgress.follow`'s callbacks to
``submit_job``: when the job starts, the live chart starts over under the job's title; each
report moves the bar, says the step in words and adds a point (seconds since the start) to the
chart, which reads a training loss out of the report's Message where there is one.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from desktop_recsys.jobs.handle import JobHandle
from desktop_recsys.ui.i18n import translate_message
from desktop_recsys.ui.job_titles import info_title, job_title
from desktop_recsys.ui.views.lab.charts_area import LabChartsArea
from desktop_recsys.ui.views.lab.settings import LabSettingsPanel


class _Clock:
    """When one job started (its first report, if the start went unheard)."""

    def __init__(self) -> None:
        self.started: float | None = None

    def seconds(self) -> float:
        if self.started is None:
            self.started = time.monotonic()
        return time.monotonic() - self.started


class LabJobProgress:
    """The bar, the line and the live chart of the Lab's evaluation and tunings."""

    def __init__(self, settings: LabSettingsPanel, charts: LabChartsArea) -> None:
        self._settings = settings
        self._charts = charts

    def follow(
        self, job: Any, label: Callable[[str, float], str] | None = None
    ) -> dict[str, Callable[..., None]]:
        """``on_started`` and ``on_progress`` callbacks for the job definition ``job`` (its
        title heads the chart); ``label(words, fraction)`` may dress each report's words (a
        tuning's "2 of 3")."""
        clock = _Clock()
        # The title the runner's record of the job gets (made from the same definition).
        title = job_title(job.kind, job.params(), job.title or job.kind)

        def started() -> None:
            clock.started = time.monotonic()
            chart = self._charts.progress_chart()
            if chart is not None:
                chart.start(title)

        def progress(fraction: float, message: Any) -> None:
            shown = translate_message(message)  # the chart below keeps the Message (metrics)
            if label is not None:
                shown = label(shown, fraction)
            self._settings.show_progress(fraction, shown)
            chart = self._charts.progress_chart()
            if chart is not None:  # the Message itself: its metrics carry an epoch's loss
                chart.add_point(clock.seconds(), fraction, message)

        return {"on_started": started, "on_progress": progress}

    def begin(self, handle: JobHandle, text: str) -> None:
        """A job was queued: the bar busy, ``text`` under it, the chart under its title."""
        self._settings.begin_progress(text)
        chart = self._charts.progress_chart()
        if chart is not None:
            info = handle.info()
            chart.start(info_title(info) if info else text)

    def end(self) -> None:
        """No Lab job runs any more."""
        self._settings.end_progress()
