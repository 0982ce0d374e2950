"""The status line after File > Analyse sound counts in the singular for one track."""

from __future__ import annotations

from typing import Any

from desktop_recsys.services.sonic_analysis import AnalysisReport, Skipped
from desktop_recsys.ui.sonic_analysis import summary


def test_one_track_is_one_track(qapp: Any) -> None:
    assert summary(AnalysisReport(done=1)) == "Sound analysed: 1 track (0 could not be analysed)"
    failed = AnalysisReport(done=1, failed=[Skipped(3, "Broken", "cannot decode: x")])
    assert summary(failed) == "Sound analysed: 1 track (1 could not be analysed)"
    several = AnalysisReport(done=2, unchanged=4)
    assert summary(several) == (
        "Sound analysed: 2 tracks (0 could not be analysed); 4 done before and unchanged"
    )
