"""The Lab's words for one profile's evaluation (issue 15, section 4): its comparison is over
splits of that profile's data, with an interval, and one profile on one split says it has
no interval instead of "better in 100 % of the resamples of 1 profiles"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop_recsys.jobs import JobRunner
from desktop_recsys.library import Library
from desktop_recsys.services import evaluation_service as svc
from desktop_recsys.services.lab_service import lab_result
from desktop_recsys.ui.views.lab.results import LabResultsPanel

pytestmark = pytest.mark.gui


def _farid(path: Path) -> int:
    with Library.open(path) as library:
        return next(p.id for p in library.profiles.list() if p.name == "Farid")


@pytest.mark.parametrize("protocol", ["holdout", "last-n"])
def test_one_profile_comparison_in_words(
    qtbot: Any, runner: JobRunner, demo_library_copy: Path, protocol: str, tmp_path: Path
) -> None:
    report = svc.evaluate(
        demo_library_copy,
        kind="film",
        algorithms=["popularity", "ease"],
        profile=_farid(demo_library_copy),
        protocol=protocol,
    )
    panel = LabResultsPanel(runner)
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.show()
    panel.show_result(lab_result(report, kind="film"), "")
    qtbot.waitUntil(lambda: panel.comparison_label.text() != "", timeout=5000)
    words = panel.comparison_label.text()
    assert "of 1 profiles" not in words
    if protocol == "holdout":
        assert f"resamples of {svc.PROFILE_REPEATS} splits of this profile's data" in words
        assert "95 % interval" in words
        cell = panel.model.data(panel.model.index(0, panel.model.column_of("ndcg@10")))
        assert "(" in cell and "–)" not in cell
    else:
        assert "on this one split" in words and "gives no interval" in words
        assert "resamples" not in words
        cell = panel.model.data(panel.model.index(0, panel.model.column_of("ndcg@10")))
        best = max(r.summary["ndcg@10"].mean for r in report.results)  # sorted best first
        assert cell == f"{best:.3f}"  # a mean and no interval (not a point)
        tip = panel.model.data(
            panel.model.index(0, panel.model.column_of("ndcg@10")), Qt.ItemDataRole.ToolTipRole
        )
        assert tip.endswith("on one split of one profile: no interval"), tip
    panel.grab().save(str(tmp_path / f"lab-one-profile-{protocol}.png"))
