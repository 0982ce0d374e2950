"""Explanations with named evidence, beyond the item and user ids of the base contract."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_recsys.engine.base import Explanation
from desktop_recsys.progress import Message, Terms, clauses, listing

__all__ = ["KIND_WORDS", "RANKER_FEATURE_WORDS", "FeatureExplanation", "clauses", "shared"]

#: The kinds of content evidence (``"genres:Comedy"``) in words a person reads, translatable.
KIND_WORDS: dict[str, Message] = {
    "genres": Message("genres"),
    "tags": Message("tags"),
    "people": Message("people"),
    "decade": Message("decade"),
    "duration": Message("duration"),
    "sound": Message("sound"),
}

#: The learned ranker's pair features (``learned_ranker.FEATURES``) in a person's words: its
#: own explanation and the services' sentence both name the ones that weighed most.
RANKER_FEATURE_WORDS: dict[str, Message] = {
    "generator_score": Message("the first model's score"),
    "generator_score_in_list": Message("the first model's score"),
    "generator_log_rank": Message("the first model's ranking"),
    "content_similarity": Message("content similarity"),
    "genre_affinity": Message("your favourite genres"),
    "item_popularity": Message("popularity"),
    "item_mean_weight": Message("how much others liked it"),
    "item_age": Message("its age"),
    "item_recency": Message("recent interest"),
    "friends_share": Message("what your friends like"),
    "user_activity": Message("how active you are"),
}


def shared(kind: str, values: list[str]) -> Message:
    """ "genres Comedy, Drama": what an item shares with a profile, of one kind."""
    words = KIND_WORDS.get(kind, kind)
    names = Terms(values) if kind in ("genres", "tags") else listing(values)
    return Message("{kind} {names}", kind=words, names=names)


@dataclass(frozen=True)
class FeatureExplanation(Explanation):
    """An explanation with named evidence beyond item / user ids.

    ``features`` lists ``(name, weight)`` pairs, strongest first: ``"genres:Comedy"`` for
    content, a component name for the hybrid, a feature name for the learned ranker.
    """

    features: list[tuple[str, float]] = field(default_factory=list)
