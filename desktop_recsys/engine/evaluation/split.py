"""The per-user random holdout split of the protocol."""

from __future__ import annotations

import numpy as np
import pandas as pd

MIN_INTERACTIONS = 5
HOLDOUT_SHARE = 0.2
SEED = 42


def holdout_split(
    frame: pd.DataFrame,
    *,
    user_col: str | int = 0,
    share: float = HOLDOUT_SHARE,
    min_interactions: int = MIN_INTERACTIONS,
    seed: int = SEED,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Split rows into ``(train, test)``: each user with at least ``min_interactions`` rows
    holds out ``floor(share * n)`` of them, chosen at random; others stay wholly in train.

    Deterministic for a given frame (row order included) and seed: one uniform key is drawn
    per row in row order, and a user's rows with the smallest keys are held out. Both parts
    keep the original columns and row order.
    """
    users = (frame.iloc[:, user_col] if isinstance(user_col, int) else frame[user_col]).astype(str)
    codes, _ = pd.factorize(users.to_numpy())
    rng = np.random.default_rng(seed)
    keys = rng.random(len(frame))
    counts = np.bincount(codes)
    order = np.lexsort((keys, codes))  # by user, then random key
    # Position of each row within its user's random order.
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
    rank = np.empty(len(frame), dtype=np.int64)
    rank[order] = np.arange(len(frame)) - np.repeat(starts, counts)
    n_out = np.where(counts >= min_interactions, np.floor(share * counts).astype(np.int64), 0)
    test_mask = rank < n_out[codes]
    return frame[~test_mask], frame[test_mask]
