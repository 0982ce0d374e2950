"""Media keys and desktop media controls on Linux: the player published over D-Bus as an MPRIS
media player (placeholder until the adaptor lands)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from desktop_recsys.ui.playback.controller import Playback


def publish(playback: Playback, parent: QObject) -> Any:
    return None
