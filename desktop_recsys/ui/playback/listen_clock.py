"""How long a person actually listened to the current track, whatever they did with the slider.

The share recorded for a play is time heard over the track's length, never the final position:
a seek to 90 % after 5 s is 5 s heard. The clock adds each forward step of the playback
position, but never more than the wall-clock time that passed since the last step (plus a
little slack for timer jitter), so a seek forward adds only the moment it took; a seek back
adds nothing, and the replayed part counts again as it is heard. Plain Python, with the clock
passed in, so the rule is tested without Qt.
"""

from __future__ import annotations

import time
from collections.abc import Callable

#: Timer jitter allowed on top of the wall-clock time between two position reports.
SLACK_SECONDS = 0.25


class ListenClock:
    """Seconds heard of one listening (from ``start`` to ``stop``)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._listened = 0.0
        self._last_position: float | None = None
        self._last_time: float | None = None
        self._running = False

    @property
    def listened(self) -> float:
        return self._listened

    @property
    def running(self) -> bool:
        return self._running

    def start(self, position: float = 0.0) -> None:
        """A new listening begins at ``position`` seconds (nothing heard yet)."""
        self._listened = 0.0
        self._last_position = position
        self._last_time = self._clock()
        self._running = True

    def resume(self, position: float) -> None:
        """Playing again after a pause (the pause itself adds nothing)."""
        self._last_position = position
        self._last_time = self._clock()
        self._running = True

    def pause(self, position: float) -> None:
        self.update(position)
        self._running = False

    def seek(self, position: float) -> None:
        """The person moved the slider: the jump is not listening."""
        self._last_position = position
        self._last_time = self._clock()

    def update(self, position: float) -> None:
        """The player reports its position (seconds) while playing."""
        now = self._clock()
        if self._running and self._last_position is not None and self._last_time is not None:
            step = position - self._last_position
            if step > 0:
                self._listened += min(step, (now - self._last_time) + SLACK_SECONDS)
        self._last_position = position
        self._last_time = now

    def stop(self, position: float | None = None) -> float:
        """The listening is over; returns the seconds heard."""
        if position is not None:
            self.update(position)
        self._running = False
        return self._listened
