"""The "sound" share slider of radios and mixes: from "by what people do" (0, the default) to
"by sound" (how the analysed tracks sound; ``services/sound_radio``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QWidget


def sound_share_row(
    parent: QWidget,
    changed: Callable[[], object],
    value: int = 0,
    align_with: tuple[QLabel, QLabel] | None = None,
) -> tuple[QSlider, QHBoxLayout]:
    """A slider 0-100 between "By what people do" and "By sound", calling ``changed()`` when
    moved, and the row that holds it with its two labels (as wide as the labels of
    ``align_with``, another slider's row above it, so the two sliders line up)."""
    slider = QSlider(Qt.Orientation.Horizontal, parent)
    slider.setObjectName("soundShare")
    slider.setRange(0, 100)
    slider.setValue(value)
    slider.setSingleStep(5)
    slider.setPageStep(25)
    slider.setAccessibleName(
        QCoreApplication.translate("SoundShare", "Share of sound in what comes next")
    )
    slider.setToolTip(
        QCoreApplication.translate(
            "SoundShare",
            "Further right, more of what follows is chosen by how the tracks sound (tempo, "
            "energy, brightness, key, timbre); only analysed tracks have a sound.",
        )
    )
    slider.valueChanged.connect(lambda _v: changed())
    people = QLabel(QCoreApplication.translate("SoundShare", "By what people do"), parent)
    people.setObjectName("soundShareLow")
    sound = QLabel(QCoreApplication.translate("SoundShare", "By sound"), parent)
    sound.setObjectName("soundShareHigh")
    if align_with is not None:
        for mine, theirs in zip((people, sound), align_with, strict=True):
            width = max(mine.sizeHint().width(), theirs.sizeHint().width())
            mine.setMinimumWidth(width)
            theirs.setMinimumWidth(width)
    row = QHBoxLayout()
    row.addWidget(people)
    row.addWidget(slider, 1)
    row.addWidget(sound)
    return slider, row
