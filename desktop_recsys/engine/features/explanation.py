"""Explanations with named evidence, beyond the item and user ids of the base contract."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_recsys.engine.base import Explanation


@dataclass(frozen=True)
class FeatureExplanation(Explanation):
    """An explanation with named evidence beyond item / user ids.

    ``features`` lists ``(name, weight)`` pairs, strongest first: ``"genres:Comedy"`` for
    content, a component name for the hybrid, a feature name for the learned ranker.
    """

    features: list[tuple[str, float]] = field(default_factory=list)
