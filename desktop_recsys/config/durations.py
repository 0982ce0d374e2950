"""A length as a clock ("4:12", "1:02:03"): one function and one rule for the window (the
Library table, the details, a playlist, the now-playing bar, the jobs panel) and the command
line, so the same track reads the same everywhere.

The rule: a length is rounded to the nearest second (251.8 s reads 4:12). The bar's total
once truncated (4:11) beside the table's 4:12. A playing position is the one exception: it
counts whole seconds heard (truncated), as players do, so it never runs ahead of the sound
and reads 0:00 for the whole first second (see :func:`clock_text`'s ``elapsed``).
"""

from __future__ import annotations

import math


def clock_text(seconds: float | None, *, elapsed: bool = False) -> str:
    """``m:ss``, past an hour ``h:mm:ss``; blank if ``seconds`` is unknown (None, NaN or infinite).

    Rounded to the nearest second, except with ``elapsed`` (a playing position): the
    seconds heard so far, truncated. Negative values read as 0:00."""
    if seconds is None or not math.isfinite(seconds):
        return ""
    total = max(0, int(seconds) if elapsed else round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
