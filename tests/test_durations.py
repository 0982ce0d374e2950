"""One rule for a length shown as a clock (config/durations.py): rounded to the nearest second
everywhere (the Library table, the details, a playlist, the jobs panel, the command line and
the now-playing bar's total), a playing position truncated. The bar once truncated its total:
251.8 s read 4:11 beside the table's 4:12."""

from __future__ import annotations

import math

import pytest

from desktop_recsys.cli.playlists import _length
from desktop_recsys.config.durations import clock_text


@pytest.mark.parametrize(
    ("seconds", "total", "position"),
    [
        (251.8, "4:12", "4:11"),
        (59.6, "1:00", "0:59"),
        (0.4, "0:00", "0:00"),
        (3599.5, "1:00:00", "59:59"),
        (3723.2, "1:02:03", "1:02:03"),
        (-3.0, "0:00", "0:00"),
    ],
)
def test_a_length_rounds_and_a_position_counts_whole_seconds(
    seconds: float, total: str, position: str
) -> None:
    assert clock_text(seconds) == total
    assert clock_text(seconds, elapsed=True) == position


def test_unknown_lengths_are_blank_and_the_command_line_follows_the_rule() -> None:
    assert [clock_text(None), clock_text(math.nan), clock_text(math.inf)] == ["", "", ""]
    assert [_length(251.8), _length(3723.2), _length(None)] == ["4:12", "1:02:03", "     "]
