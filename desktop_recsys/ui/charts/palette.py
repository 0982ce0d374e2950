"""The Lab charts' colours: one per algorithm, and a neutral grey for the rest.

One colour per algorithm (Tableau 10, distinguishable for most colour-blind people), in the
order of the table's rows, the same in every chart; the catalogue and a profile's history are
grey so that the algorithms stand out against them. Plain Qt, no pyqtgraph: the Lab view picks
its algorithms' colours with it before the charts are loaded.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
)
NEUTRAL = "#9aa0a6"


def colour_for(index: int) -> QColor:
    """The colour of the ``index``-th algorithm."""
    return QColor(PALETTE[index % len(PALETTE)])
