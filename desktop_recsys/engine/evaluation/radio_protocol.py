"""The radio protocol of ``EVALUATION.md`` (Last.fm 2k): does a radio seeded with one of a
user's held-out artists bring their other held-out artists?

- Same split as the top-N protocol (``train``, ``test`` frames of ``user,item,weight``).
- For each user with at least 3 held-out items, one held-out item chosen at random (seed 42)
  seeds the radio; the user's TRAIN history is the profile.
- Hit rate@20: the share of the user's other held-out items among the first 20 radio items,
  averaged over those users. Popularity is measured under the same exclusions (nothing the
  user has in TRAIN, never the seed).

The radio is the app's: :func:`~desktop_recsys.engine.radio.radio_stream` over the seed's
neighbours (:class:`~desktop_recsys.engine.item_similarity.ItemNeighbours` on TRAIN, as the
radio service builds them from the serving model's data) and the model's ranking for the
user, with the given slider ``balance``.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from desktop_recsys.engine.base import Recommender
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.item_similarity import ItemNeighbours
from desktop_recsys.engine.radio import radio_stream, rank_scores, seed_similarity

#: Users need this many held-out items: one seed and at least two to find.
MIN_HELD_OUT = 3
CUTOFF = 20
#: As the radio service: the seed's neighbours and the model's picks in the pool.
SEED_POOL = 300
TASTE_POOL = 500


@dataclass(frozen=True)
class RadioCase:
    """One user of the protocol: the seed and the other held-out items."""

    user: str
    seed: str
    others: frozenset[str]


@dataclass(frozen=True)
class RadioResult:
    """Mean hit rate@20 of each list, over the same users."""

    users: int
    hit_rate: dict[str, float]


def radio_cases(train: pd.DataFrame, test: pd.DataFrame, seed: int = 42) -> list[RadioCase]:
    """The protocol's users, each with a seed drawn among their held-out items that TRAIN
    knows (an item nobody has in TRAIN cannot seed anything), in user order."""
    known = set(train["item"].astype(str))
    rng = np.random.default_rng(seed)
    cases: list[RadioCase] = []
    held = test.assign(user=test["user"].astype(str), item=test["item"].astype(str))
    for user, rows in held.groupby("user", sort=True):
        items = sorted(set(rows["item"]))
        if len(items) < MIN_HELD_OUT:
            continue
        seedable = [i for i in items if i in known]
        if not seedable:
            continue
        chosen = seedable[int(rng.integers(len(seedable)))]
        cases.append(RadioCase(str(user), chosen, frozenset(items) - {chosen}))
    return cases


def evaluate_radio(
    train: pd.DataFrame,
    test: pd.DataFrame,
    model: Recommender,
    *,
    balances: Sequence[float] = (0.5,),
    cases: Sequence[RadioCase] | None = None,
    cutoff: int = CUTOFF,
) -> RadioResult:
    """Hit rate@``cutoff`` of the radio at each ``balance`` and of popularity; ``model`` is
    fitted on ``train``. Items have no artist in this protocol (each is its own)."""
    data = Dataset.from_frame(train)
    similar = ItemNeighbours(data.matrix, list(data.item_ids))
    ids = list(data.item_ids)
    cases = list(cases) if cases is not None else radio_cases(train, test)
    seen_by = train.assign(user=train["user"].astype(str), item=train["item"].astype(str))
    seen = seen_by.groupby("user")["item"].agg(set).to_dict()
    popular = [str(i) for i in seen_by["item"].value_counts(sort=True).index]
    hits: dict[str, list[float]] = {f"radio {b:g}": [] for b in balances}
    hits["popularity"] = []
    for case in cases:
        mine = seen.get(case.user, set())
        blocked = mine | {case.seed}
        top_pop = [i for i in popular if i not in blocked][:cutoff]
        hits["popularity"].append(len(case.others.intersection(top_pop)) / len(case.others))
        neighbours = dict(seed_similarity(similar.scores, ids, [case.seed], SEED_POOL))
        ranked = model.recommend(case.user, TASTE_POOL, exclude=[case.seed]).items
        taste = rank_scores([str(i) for i in ranked])
        for balance in balances:
            stream = radio_stream(
                neighbours,
                taste,
                lambda i: ("item", i),
                balance=balance,
                allowed=lambda i, blocked=blocked: i not in blocked,
                seeds=[case.seed],
            )
            picks = [p.item for p in itertools.islice(stream, cutoff)]
            hits[f"radio {balance:g}"].append(
                len(case.others.intersection(picks)) / len(case.others)
            )
    return RadioResult(len(cases), {k: float(np.mean(v)) if v else 0.0 for k, v in hits.items()})
