"""The Lab says whether a learned re-ranker beats the base model whose candidates it re-ranks
(issue 15, section 4): the base's figures are measured on the same users in the same run."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_recsys.services import evaluation_service as svc
from desktop_recsys.services.lab_service import BaseCheck, lab_result

RANKER = "learned-ranker:model=svm;generator=ease"


def test_a_re_ranker_is_measured_against_its_base(demo_library_copy: Path) -> None:
    report = svc.evaluate(demo_library_copy, kind="film", algorithms=["ease", RANKER])
    result = lab_result(report, kind="film")
    assert len(result.base_checks) == 1  # ease itself re-ranks nothing
    check = result.base_checks[0]
    ease, ranker = (
        next(r for r in result.rows if r.algorithm == a) for a in ("ease", "learned-ranker")
    )
    assert check.label == ranker.label and check.base == "ease" and check.metric == "ndcg@10"
    assert check.score == pytest.approx(ranker.metrics["ndcg@10"].mean)
    # The base's figure is the base's own, as evaluated on its own in the same run.
    assert check.base_score == pytest.approx(ease.metrics["ndcg@10"].mean, abs=1e-9)
    assert check.low <= check.score - check.base_score <= check.high
    assert check.beats_base == (check.low > 0)


def test_beating_the_base_needs_the_whole_interval_above_zero() -> None:
    def check(low: float, high: float) -> BaseCheck:
        return BaseCheck("r", "ease", "ndcg@10", 0.30, 0.29, low, high)

    assert check(0.001, 0.02).beats_base
    assert not check(-0.001, 0.02).beats_base
    assert not check(-0.03, -0.01).beats_base
