"""Genre calibration: the genre mix of a history beside that of each algorithm's lists."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from desktop_recsys.services.lab_bias import GenreCalibration
from desktop_recsys.ui.charts.grouped_bars import GroupedBarsChart
from desktop_recsys.ui.charts.palette import NEUTRAL
from desktop_recsys.ui.common import genre_text


class CalibrationChart(GroupedBarsChart):
    """The genre mix of a history beside the genre mix of each algorithm's lists."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "calibration",
            QCoreApplication.translate(
                "LabChart", "Genre calibration: history against recommendations"
            ),
            True,
            parent,
        )

    def set_data(self, calibration: GenreCalibration | None, colours: dict[str, QColor]) -> None:
        if calibration is None:
            self.clear()
            self.caption.setText(
                QCoreApplication.translate(
                    "LabChart", "The items have no genres: nothing to calibrate."
                )
            )
            return
        series = [(QCoreApplication.translate("LabChart", "History of {0}").format(calibration.who), calibration.history,
                   QColor(NEUTRAL))]  # fmt: skip
        series += [
            (label, shares, colours.get(label, QColor(NEUTRAL)))
            for label, shares in calibration.recommended.items()
        ]
        # Standard genre names in the interface's language, as the Library's Genres column.
        self.draw_groups([genre_text(genre) for genre in calibration.genres], series)
        if calibration.divergence:
            closest = min(calibration.divergence.items(), key=lambda kv: kv[1])
            self.caption.setText(
                QCoreApplication.translate(
                    "LabChart",
                    "A calibrated list has the genres of the history in the same proportions. "
                    "Closest over all tested profiles: {0} (divergence {1:.2f}; 0 is a perfect "
                    "match).",
                ).format(closest[0], closest[1])
            )
        else:
            self.caption.setText(
                QCoreApplication.translate(
                    "LabChart", "A calibrated list has the genres of the history."
                )
            )
