"""The Lab's memory: the last evaluation and tuning of a library, shown again after a restart.

:class:`LabMemory` keeps each finished evaluation and tuning with the library (through
:mod:`~desktop_recsys.services.lab_memory`) and, when the Lab opens a library, shows what was
kept there, saying from when.
"""

from __future__ import annotations

import contextlib
import datetime as _dt

from PySide6.QtCore import QObject

from desktop_recsys.errors import UserError
from desktop_recsys.services import lab_memory
from desktop_recsys.services.lab_service import LabResult, TuningSummary
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.ui.views.lab.charts_area import LabChartsArea
from desktop_recsys.ui.views.lab.results import LabResultsPanel
from desktop_recsys.ui.views.lab.settings import LabSettingsPanel
from desktop_recsys.ui.views.lab.tuning import LabTuning


def _when(at: float) -> str:
    return _dt.datetime.fromtimestamp(at).strftime("%Y-%m-%d %H:%M")


class LabMemory(QObject):
    """Keeps and restores one library's last Lab evaluation and tuning."""

    def __init__(
        self,
        results: LabResultsPanel,
        charts: LabChartsArea,
        settings: LabSettingsPanel,
        tuning: LabTuning,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._results = results
        self._charts = charts
        self._settings = settings
        self._tuning = tuning
        self._reader: LibrarySession | None = None
        #: When the evaluation shown was kept (None: it ran in this session, or none).
        self.evaluation_at: float | None = None
        self.tuning_at: float | None = None

    def restore(self, reader: LibrarySession) -> bool:
        """Show what ``reader``'s library kept (if anything); True if an evaluation was."""
        self._reader = reader
        self.evaluation_at = self.tuning_at = None
        try:
            kept = lab_memory.kept_evaluation(reader)
            tuned = lab_memory.kept_tuning(reader)
        except UserError:
            return False  # a busy library: the Lab simply starts empty
        if tuned is not None:
            summaries, self.tuning_at = tuned
            self._tuning.show_summaries(summaries)
            label = self._settings.tuning_label
            heading = self.tr("Last tuning, {0}:").format(_when(self.tuning_at))
            label.setText(f"{heading}\n{label.text()}")
        if kept is None:
            return False
        result, self.evaluation_at = kept
        self._results.show_result(result, "")
        self._charts.show_result(result)
        summary = self._results.summary_label
        summary.setText(
            self.tr("Last evaluation, {0} (kept with this library; run it again to export it "
                    "or to see the map):").format(_when(self.evaluation_at))
            + " " + summary.text()
        )  # fmt: skip
        return True

    def keep_evaluation(self, result: LabResult) -> None:
        self.evaluation_at = None
        if self._reader is not None:
            # A busy library: not kept this time; the result is still shown.
            with contextlib.suppress(UserError):
                lab_memory.keep_evaluation(self._reader, result)

    def keep_tuning(self, summaries: list[TuningSummary]) -> None:
        self.tuning_at = None
        if self._reader is not None:
            with contextlib.suppress(UserError):
                lab_memory.keep_tuning(self._reader, summaries)
