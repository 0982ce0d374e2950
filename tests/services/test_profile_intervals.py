"""One profile's evaluation: intervals from repeated splits of its data (issue 15, section 4).

A single split gives a profile one value per metric; resampling that one value gave intervals
of zero width ("0.515 [0.515, 0.515]", "better in 100 % of resamples"). The holdout is now
repeated with successive seeds, and one value on one split has no interval at all.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.evaluation.metrics import bootstrap_interval, paired_bootstrap
from desktop_recsys.engine.evaluation.splits import Protocol, split_dataset
from desktop_recsys.errors import UserError
from desktop_recsys.library import Library
from desktop_recsys.services import evaluation_service as svc
from desktop_recsys.services.lab_service import lab_result

PAIR = ["popularity", "ease"]


def _profile_id(path: Path, name: str) -> int:
    with Library.open(path) as library:
        return next(p.id for p in library.profiles.list() if p.name == name)


def test_repeated_holdout_makes_different_splits() -> None:
    rng = np.random.default_rng(0)
    users = np.repeat([f"u{i}" for i in range(6)], 10)
    items = np.concatenate([rng.choice(40, 10, replace=False) for _ in range(6)]).astype(str)
    import pandas as pd

    ds = Dataset.from_frame(pd.DataFrame({"user": users, "item": items, "weight": 1.0}))
    splits = split_dataset(ds, Protocol("holdout", repeats=3))
    assert [s.name for s in splits] == ["holdout 1/3", "holdout 2/3", "holdout 3/3"]
    held = [set(zip(s.test_users.tolist(), s.test_items.tolist(), strict=True)) for s in splits]
    assert held[0] != held[1] and held[1] != held[2]
    # The first repeat is the plain holdout of the same seed.
    plain = split_dataset(ds, Protocol("holdout"))[0]
    assert held[0] == set(zip(plain.test_users.tolist(), plain.test_items.tolist(), strict=True))
    assert "repeated 3 times" in Protocol("holdout", repeats=3).describe()
    with pytest.raises(UserError):
        Protocol("holdout", repeats=0)


def test_one_value_has_no_interval_and_no_share_of_resamples() -> None:
    one = bootstrap_interval(np.array([0.515]))
    assert one.mean == pytest.approx(0.515)
    assert math.isnan(one.low) and math.isnan(one.high)
    paired = paired_bootstrap(np.array([0.5]), np.array([0.2]))
    assert paired.mean_diff == pytest.approx(0.3)
    assert math.isnan(paired.low) and math.isnan(paired.a_wins)


def test_one_profile_gets_intervals_from_repeated_splits(demo_library_copy: Path) -> None:
    profile = _profile_id(demo_library_copy, "Farid")
    report = svc.evaluate(demo_library_copy, kind="film", algorithms=PAIR, profile=profile)
    assert len(report.splits) == svc.PROFILE_REPEATS
    assert "repeated" in report.protocol
    varied = 0
    for result in report.results:
        frame = result.per_user
        assert frame["user"].unique().tolist() == [str(profile)]
        assert len(frame) == svc.PROFILE_REPEATS  # one row per split of the profile's data
        for metric in ("ndcg@10", "recall@10", "precision@10", "auc"):
            values = frame[metric].to_numpy(dtype=float)
            interval = result.summary[metric]
            assert interval.low <= interval.mean <= interval.high
            if np.ptp(values) > 0:  # the data varies: never a point
                varied += 1
                assert interval.high - interval.low > 0, (result.label, metric, values)
    assert varied >= 4
    comparison = next(c for c in report.comparisons if c.metric == "ndcg@10")
    assert comparison.users == svc.PROFILE_REPEATS
    assert comparison.high > comparison.low


@pytest.mark.parametrize("name", ["Carla", "Farid"])
def test_direction_agrees_with_kfold(demo_library_copy: Path, name: str) -> None:
    """Where k-fold on the profile finds a clear difference, the repeated holdout's
    difference points the same way."""
    profile = _profile_id(demo_library_copy, name)
    found = {}
    for protocol in ("holdout", "kfold"):
        report = svc.evaluate(
            demo_library_copy, kind="film", algorithms=PAIR, profile=profile, protocol=protocol
        )
        c = next(c for c in report.comparisons if c.metric == "ndcg@10")
        # As "ease minus popularity", whichever the report put first.
        sign = 1.0 if c.a == "ease" else -1.0
        found[protocol] = (sign * c.mean_diff, sorted((sign * c.low, sign * c.high)))
    kfold_diff, (k_low, k_high) = found["kfold"]
    assert k_low > 0 or k_high < 0, found  # a profile chosen for a clear k-fold difference
    holdout_diff, (h_low, h_high) = found["holdout"]
    assert np.sign(holdout_diff) == np.sign(kfold_diff), found
    assert h_high > h_low, found


def test_one_profile_on_one_split_says_it_has_no_interval(demo_library_copy: Path) -> None:
    profile = _profile_id(demo_library_copy, "Farid")
    report = svc.evaluate(
        demo_library_copy, kind="film", algorithms=PAIR, profile=profile, protocol="last-n"
    )
    assert len(report.splits) == 1
    for result in report.results:
        interval = result.summary["ndcg@10"]
        assert math.isfinite(interval.mean)
        assert math.isnan(interval.low) and math.isnan(interval.high)
    lab = lab_result(report, kind="film")
    headline = lab.headline_comparison()
    assert headline is not None and not headline.has_interval


def test_lab_comparison_counts_splits_of_one_profile(demo_library_copy: Path) -> None:
    profile = _profile_id(demo_library_copy, "Carla")
    report = svc.evaluate(demo_library_copy, kind="film", algorithms=PAIR, profile=profile)
    headline = lab_result(report, kind="film").headline_comparison()
    assert headline is not None
    assert headline.profiles == 1 and headline.splits == svc.PROFILE_REPEATS
    assert headline.has_interval and headline.high > headline.low


def test_cli_says_one_split_of_one_profile_has_no_interval(
    demo_library_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_recsys.cli import main

    args = ["evaluate", "--library", str(demo_library_copy), "--kind", "film", "--quiet",
            "--algorithms", "popularity,ease", "--profile", "Farid"]  # fmt: skip
    assert main([*args, "--protocol", "last-n"]) == 0
    out = capsys.readouterr().out
    assert "[no interval]" in out and "on one split of one profile" in out
    assert "nan" not in out.lower()
    assert main(args) == 0  # the holdout, repeated: intervals and a share of resamples
    out = capsys.readouterr().out
    assert "repeated 5 times" in out and "of resamples" in out and "[no interval]" not in out
