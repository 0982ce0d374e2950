"""The Lab's words when a learned re-ranker does or does not beat its base (issue 15)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop_recsys.jobs import JobRunner
from desktop_recsys.services.lab_service import BaseCheck, LabResult, LabRow, MetricValue
from desktop_recsys.ui.views.lab.results import LabResultsPanel

pytestmark = pytest.mark.gui


def _row(label: str, algorithm: str, ndcg: float) -> LabRow:
    return LabRow(label, algorithm, {"ndcg@10": MetricValue(ndcg, ndcg - 0.02, ndcg + 0.02)},
                  {}, 1.0, 0.1, 1.0)  # fmt: skip


def test_the_lab_says_when_a_re_ranker_does_not_beat_its_base(
    qtbot: Any, runner: JobRunner, tmp_path: Path
) -> None:
    worse = BaseCheck("learned-ranker", "als", "ndcg@10", 0.313, 0.318, -0.009, -0.001)
    better = BaseCheck("learned-ranker(model=svm)", "ease", "ndcg@10", 0.371, 0.359, 0.004, 0.02)
    result = LabResult(
        kind="film",
        protocol="per-user random holdout",
        cutoffs=[10],
        primary_metric="ndcg@10",
        metrics=["ndcg@10"],
        rows=[_row("learned-ranker", "learned-ranker", 0.313)],
        comparisons=[],
        curves={},
        dataset={},
        base_checks=[worse, better],
    )
    panel = LabResultsPanel(runner)
    qtbot.addWidget(panel)
    panel.resize(900, 400)
    panel.show()
    panel.show_result(result, "")
    qtbot.waitUntil(lambda: "does not beat" in panel.comparison_label.text(), timeout=5000)
    words = panel.comparison_label.text()
    assert (
        "learned-ranker does not beat als, whose candidates it re-ranks, on NDCG@10: 0.313 "
        "against 0.318 (95 % interval of the difference -0.009 to -0.001)"
    ) in words
    assert "learned-ranker(model=svm) beats ease, whose candidates it re-ranks" in words
    qtbot.wait(200)  # the layout settles the wrapped label's height
    panel.grab().save(str(tmp_path / "lab-base-check.png"))
