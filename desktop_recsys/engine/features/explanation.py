"""Explanations with named evidence, beyond the item and user ids of the base contract."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_recsys.engine.base import Explanation
from desktop_recsys.progress import Message, Terms, listing

#: The kinds of content evidence (``"genres:Comedy"``) in words a person reads, translatable.
KIND_WORDS: dict[str, Message] = {
    "genres": Message("genres"),
    "tags": Message("tags"),
    "people": Message("people"),
    "decade": Message("decade"),
    "duration": Message("duration"),
    "sound": Message("sound"),
}


def clauses(parts: list[str]) -> str:
    """Clauses of an explanation as one translatable text ("a; b"; each keeps its translation)."""
    text = parts[0]
    for part in parts[1:]:
        text = Message("{first}; {second}", first=text, second=part)
    return text


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
