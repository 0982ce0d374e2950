"""File > Analyse sound: the sonic analysis of the library's tracks as a background job.

``install_sonic_analysis(window, runner)`` puts the entry in the File menu (before Settings).
The job (:class:`~desktop_recsys.jobs.definitions.sonic.AnalyseSoundJob`) runs in the write
lane with its progress in the Jobs panel, where it can be cancelled; what finished stays, and
the next run goes on from there. While it runs the entry is disabled; when it ends the status
bar says what was done.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction

from desktop_recsys.config.cjk_spacing import format_spaced
from desktop_recsys.jobs.base import JobRunnerBase
from desktop_recsys.jobs.handle import JobHandle
from desktop_recsys.ui.deferred import job_definitions
from desktop_recsys.ui.job_slot import JobSlot

# How long the result stays in the status bar (ms).
MESSAGE_MS = 15_000


class SonicAnalysis(QObject):
    """The "Analyse sound" action and its job."""

    def __init__(self, window: Any, runner: JobRunnerBase) -> None:
        super().__init__(window)
        self._window = window
        self._runner = runner
        self._slot = JobSlot()
        self.action = QAction(QCoreApplication.translate("SonicAnalysis", "&Analyse sound"), window)
        self.action.setObjectName("analyseSoundAction")
        self.action.setStatusTip(
            QCoreApplication.translate(
                "SonicAnalysis",
                "Work out each track's tempo, key, loudness, energy, brightness and timbre from "
                "its audio, for “sounds like” (tracks done before and unchanged are skipped)",
            )
        )
        self.action.triggered.connect(lambda _checked=False: self.start())
        # The last finished run's report (for tests and the status line).
        self.last_report: Any = None

    @property
    def running(self) -> bool:
        return self._slot.handle is not None

    def start(self, limit: int | None = None) -> JobHandle | None:
        """Submit the analysis of the current library (nothing if one already runs)."""
        if self.running:
            return None
        job = job_definitions().AnalyseSoundJob(self._window.reader.path, limit=limit)
        self.action.setEnabled(False)
        return self._slot.submit(
            self._runner,
            job,
            on_finished=self._finished,
            on_ended=self._ended,
        )

    def _finished(self, report: Any) -> None:
        self.last_report = report
        # After the window's own "done" line for write jobs, which this one replaces.
        QTimer.singleShot(0, self, lambda: self._window.show_message(summary(report), MESSAGE_MS))

    def _ended(self, *_args: Any) -> None:
        self.action.setEnabled(True)


def summary(report: Any) -> str:
    """One status line for a finished analysis (what was done, what failed or was skipped)."""

    translate = QCoreApplication.translate
    # Each part spaced by the one rule ("声音分析完成：12 首曲目"), then joined: the parts
    # begin with their own separator ("；"). The context is written at each call, where
    # lupdate reads it (a helper's calls went to the empty context, and stayed English).
    if report.done == 1:
        text = format_spaced(
            translate("SonicAnalysis", "Sound analysed: 1 track ({0} could not be analysed)"),
            len(report.failed),
        )
    else:
        text = format_spaced(
            translate("SonicAnalysis", "Sound analysed: {0} tracks ({1} could not be analysed)"),
            report.done,
            len(report.failed),
        )
    if report.unchanged:
        text += format_spaced(
            translate("SonicAnalysis", "; {0} done before and unchanged"), report.unchanged
        )
    if report.skipped:
        text += format_spaced(
            translate(
                "SonicAnalysis", "; {0} skipped: file missing, or a format nothing here reads"
            ),
            len(report.skipped),
        )
    return text


def install_sonic_analysis(window: Any, runner: JobRunnerBase) -> SonicAnalysis:
    """Add File > Analyse sound (before Settings); returns the hook."""
    hook = SonicAnalysis(window, runner)
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is not None and window.settings_action in menu.actions():
            menu.insertAction(window.settings_action, hook.action)
            break
    return hook
