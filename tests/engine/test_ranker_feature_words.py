"""The learned ranker's features are named in one place (issue 19's duplicate runs): the
ranker's own explanation and the services' sentence ("Re-ranked on ...") read the same words,
so a feature renamed or added cannot be worded two ways."""

from __future__ import annotations

from desktop_recsys.engine.algorithms.learned_ranker import FEATURES
from desktop_recsys.engine.features.explanation import RANKER_FEATURE_WORDS
from desktop_recsys.progress import Message, clauses
from desktop_recsys.services import recommend_service, similar_items


def test_every_ranker_feature_has_one_wording() -> None:
    assert set(FEATURES) <= set(RANKER_FEATURE_WORDS), set(FEATURES) - set(RANKER_FEATURE_WORDS)
    assert recommend_service.RANKER_FEATURE_WORDS is RANKER_FEATURE_WORDS


def test_clauses_are_joined_by_one_function() -> None:
    assert recommend_service.clauses is clauses is similar_items.clauses
    joined = clauses(["a", Message("b"), "c"])
    assert isinstance(joined, Message) and joined.template == "{first}; {second}"
    assert joined.args["second"] == "c" and joined.args["first"].args["second"] == Message("b")
    assert clauses(["only"]) == "only"
