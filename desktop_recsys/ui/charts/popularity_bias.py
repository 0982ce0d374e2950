"""Popularity bias: where the recommendations fall on the catalogue's popularity curve."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from desktop_recsys.services.lab_bias import PopularityBias
from desktop_recsys.ui.charts.grouped_bars import GroupedBarsChart
from desktop_recsys.ui.charts.palette import NEUTRAL


class PopularityBiasChart(GroupedBarsChart):
    """Where the recommendations fall on the catalogue's popularity curve, head to tail."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "popularity_bias",
            QCoreApplication.translate("LabChart", "Popularity bias: head to long tail"),
            False,
            parent,
        )
        self.plot.setLabel(
            "bottom",
            QCoreApplication.translate(
                "LabChart", "items ranked by popularity (share of the catalogue, %)"
            ),
        )

    def set_data(self, bias: PopularityBias | None, colours: dict[str, QColor]) -> None:
        if bias is None:
            self.clear()
            self.caption.setText(
                QCoreApplication.translate(
                    "LabChart", "No recommendations to place on the catalogue."
                )
            )
            return
        series = [
            (
                QCoreApplication.translate("LabChart", "Interactions in the catalogue"),
                bias.catalogue_share,
                QColor(NEUTRAL),
            )
        ]
        series += [
            (label, shares, colours.get(label, QColor(NEUTRAL)))
            for label, shares in bias.recommended_share.items()
        ]
        self.draw_groups(self.group_labels(len(bias.groups)), series)
        parts = [
            QCoreApplication.translate("LabChart", "{0}: {1:.0%} from the long tail").format(
                label, share
            )
            for label, share in bias.long_tail_share.items()
        ]
        self.caption.setText(
            QCoreApplication.translate(
                "LabChart",
                "Grey: how the catalogue's interactions spread from the most popular tenth of the "
                "items to the least. Coloured: where each algorithm's recommendations fall. "
                "{0}.",
            ).format(QCoreApplication.translate("LabChart", "; ").join(parts))
        )

    @staticmethod
    def group_labels(groups: int) -> list[str]:
        """ "top 10 %", "10–20"… for ``groups`` equal popularity groups, head first (with "%" on
        each, ten labels ran together at 1024 px: "80–90 %90–100 %")."""
        step = 100 / max(groups, 1)
        return [
            QCoreApplication.translate("LabChart", "top {0:g} %").format(step)
            if g == 0
            else f"{g * step:g}–{(g + 1) * step:g}"  # the axis title says "%": labels fit
            for g in range(groups)
        ]
