"""The radio protocol on the real Last.fm 2k data (EVALUATION.md): a radio seeded with one of a
user's held-out artists finds their other held-out artists at least twice as often as
popularity does, at the slider's default; the slider's ends behave as they say."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from desktop_recsys.engine.algorithms.als import AlsRecommender
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.evaluation import holdout_split
from desktop_recsys.engine.evaluation.radio_protocol import evaluate_radio, radio_cases


@pytest.fixture(scope="module")
def lastfm_split(data_dir: Path):
    path = data_dir / "hetrec2011-lastfm-2k" / "user_artists.dat"
    if not path.is_file():
        pytest.skip(f"Last.fm 2k not found at {path}")
    frame = pd.read_csv(path, sep="\t", dtype=str).set_axis(["user", "item", "weight"], axis=1)
    frame["weight"] = np.log1p(frame["weight"].astype(np.float64))
    train, test = holdout_split(frame)
    return train, test, AlsRecommender().fit(Dataset.from_frame(train))


def test_cases_follow_the_protocol(lastfm_split) -> None:
    train, test, _model = lastfm_split
    cases = radio_cases(train, test)
    held = test.groupby("user")["item"].agg(set)
    assert len(cases) > 1500
    for case in cases[:200]:
        assert case.seed in held[case.user] and len(case.others) >= 2
        assert case.seed not in case.others
    assert radio_cases(train, test) == cases, "the seed is drawn with seed 42: repeatable"


def test_radio_finds_held_out_artists_twice_as_often_as_popularity(lastfm_split) -> None:
    train, test, model = lastfm_split
    cases = radio_cases(train, test)[::5]  # 373 users; benchmarks/radio_lastfm.py runs all
    result = evaluate_radio(train, test, model, balances=(0.0, 0.5, 1.0), cases=cases)
    pop = result.hit_rate["popularity"]
    assert pop > 0.05
    assert result.hit_rate["radio 0.5"] >= 2.0 * pop
    # More like the seed alone still beats popularity; more like me finds the most.
    assert (
        pop < result.hit_rate["radio 0"] < result.hit_rate["radio 0.5"] < result.hit_rate["radio 1"]
    )
