"""Colours for the catalogue map coloured by energy: calm (0) blue through yellow to intense
(1) red, a track not analysed grey. Perceptually ordered stops, readable on light and dark
themes; pure Qt and numpy."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtGui import QColor

#: (energy, colour) stops, interpolated linearly in RGB.
STOPS: tuple[tuple[float, str], ...] = (
    (0.0, "#3b6fb6"),
    (0.35, "#5fb3a5"),
    (0.6, "#e9c46a"),
    (0.8, "#f08c3a"),
    (1.0, "#c8352b"),
)
#: The colour of a track without an energy.
UNKNOWN = "#9a9a9a"


def energy_colour(value: float) -> QColor:
    """The colour of one energy (NaN or out of range: :data:`UNKNOWN`)."""
    if value is None or not np.isfinite(value) or not 0.0 <= value <= 1.0:
        return QColor(UNKNOWN)
    for (low, a), (high, b) in zip(STOPS, STOPS[1:], strict=False):
        if value <= high:
            t = 0.0 if high == low else (value - low) / (high - low)
            ca, cb = QColor(a), QColor(b)
            return QColor(
                round(ca.red() + t * (cb.red() - ca.red())),
                round(ca.green() + t * (cb.green() - ca.green())),
                round(ca.blue() + t * (cb.blue() - ca.blue())),
            )
    return QColor(STOPS[-1][1])


def energy_colours(values: Sequence[float]) -> list[QColor]:
    """:func:`energy_colour` of each value, sharing one colour object per tenth (pyqtgraph
    draws points of one brush together)."""
    cache: dict[object, QColor] = {}
    out = []
    for value in values:
        key = "none" if value is None or not np.isfinite(value) else round(float(value), 2)
        if key not in cache:
            cache[key] = energy_colour(float("nan") if key == "none" else float(key))
        out.append(cache[key])
    return out
