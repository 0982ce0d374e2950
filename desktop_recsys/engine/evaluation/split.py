"""Backward-compatible home of :func:`holdout_split`; the splits now live in :mod:`.splits`."""

from __future__ import annotations

from desktop_recsys.engine.evaluation.splits import (
    HOLDOUT_SHARE,
    MIN_INTERACTIONS,
    SEED,
    holdout_split,
)

__all__ = ["HOLDOUT_SHARE", "MIN_INTERACTIONS", "SEED", "holdout_split"]
