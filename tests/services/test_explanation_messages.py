"""The "why" of a recommendation is composed from the explanation's structured data, as a
translatable Message (never from the engine's English ``text``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop_recsys.engine.base import Explanation
from desktop_recsys.engine.features import FeatureExplanation
from desktop_recsys.progress import Message
from desktop_recsys.services.recommend_service import _describe, recommend_for
from desktop_recsys.services.training_service import train_model

ENGLISH = "the engine's own english sentence"
META: dict[int, tuple[Any, ...]] = {
    1: (1, "film", "Alien", None, None, 1979, "Sci-Fi"),
    2: (2, "film", "Heat", None, None, 1995, "Crime"),
}


def explanation(kind: str, contributions: list[tuple[str, float]], features: Any) -> Any:
    return FeatureExplanation("7", "3", 0.9, kind, ENGLISH, contributions, False, features)


def templates(message: Any) -> list[str]:
    """The templates of a message and of the messages in its arguments, depth first."""
    assert isinstance(message, Message)
    out = [message.template]
    for value in message.args.values():
        if isinstance(value, Message):
            out += templates(value)
    return out


def test_content_evidence_names_the_liked_items_and_the_shared_genres_tags_and_people() -> None:
    why = explanation(
        "item",
        [("1", 0.5), ("2", 0.25), ("99", 0.1)],  # 99: deleted since training
        [("genres:Comedy", 0.4), ("genres:Drama", 0.2), ("tags:space", 0.1), ("people:Ann", 0.1)],
    )
    because, text = _describe(why, META, fallback=False)
    assert because == ((1, "Alien", 0.5), (2, "Heat", 0.25))
    assert str(text) == (
        "Because you liked Alien, Heat; Shares genre Comedy, Drama; Shares tag space; Also with Ann"
    )
    assert ENGLISH not in text
    assert "Shares genre {names}" in templates(text)


def test_social_evidence_counts_friends_without_naming_them() -> None:
    why = explanation("user", [("5", 0.6), ("6", 0.3)], [("friend:Bob", 0.6), ("friend:Cat", 0.3)])
    _because, text = _describe(why, META, fallback=False)
    assert str(text) == "2 of your friends have it"
    assert "Bob" not in text and "Cat" not in text
    one = explanation("user", [("5", 0.6)], [("friend:Bob", 0.6)])
    assert str(_describe(one, META, fallback=False)[1]) == "A friend of yours has it"
    # Collaborative "user" evidence without friends: how many, never who.
    plain = Explanation("7", "3", 0.9, "user", ENGLISH, [("5", 0.6), ("6", 0.2), ("8", 0.1)])
    assert str(_describe(plain, META, fallback=False)[1]) == (
        "Liked by 3 people with similar taste"
    )


def test_a_blend_names_its_leading_component_and_the_ranker_its_strongest_features() -> None:
    hybrid = explanation(
        "item", [("1", 0.5)], [("als", 0.6), ("content", 0.3), ("genres:Rock", 0.2)]
    )
    assert str(_describe(hybrid, META, fallback=False)[1]) == (
        "Because you liked Alien; Shares genre Rock; Mostly from als"
    )
    cold = explanation("popularity", [], [("content (new user)", 0.5), ("popularity", 0.1)])
    # A "popularity" kind is the fallback sentence whatever the features say.
    assert str(_describe(cold, META, fallback=False)[1]) == "A popular pick"
    cold_item = explanation("item", [], [("content (new item)", 0.5)])
    text = _describe(cold_item, META, fallback=False)[1]
    assert str(text) == "Mostly from content similarity, for a new item"
    ranker = explanation(
        "item",
        [("2", 1.0)],
        [
            ("item_popularity", 0.9),
            ("genre_affinity", -0.5),
            ("item_age", 0.1),
            ("user_activity", 0.05),
        ],
    )
    assert str(_describe(ranker, META, fallback=False)[1]) == (
        "Because you liked Heat; Re-ranked on popularity, your favourite genres, its age"
    )


def test_fallbacks_say_popular_with_the_engine_s_count() -> None:
    engine_text = Message("popular with {count} people", count=12)
    popular = Explanation("7", "3", 0.1, "popularity", engine_text, [], True)
    assert str(_describe(popular, META, fallback=True)[1]) == "Popular with 12 people"
    unknown = Message("{why}: popular with {count} people", why=Message("unknown user"), count=4)
    newcomer = Explanation("7", "3", 0.1, "popularity", unknown, [], True)
    assert str(_describe(newcomer, META, fallback=True)[1]) == (
        "Unknown user: popular with 4 people"
    )
    # Evidence the list cannot show (no item left, no features): no popularity claim, which
    # would be untrue (issue 15), only that the model read the profile's history.
    empty = explanation("item", [("99", 0.3)], [])
    assert str(_describe(empty, META, fallback=False)[1]) == (
        "From the pattern of your ratings and plays"
    )


def test_a_content_model_on_a_real_library_explains_by_shared_genres(
    demo_library_copy: Path, models_dir: Path
) -> None:
    train_model(demo_library_copy, models_dir, kind="film", algorithm="content")
    result = recommend_for(demo_library_copy, models_dir, profile=3, kind="film", n=10)
    assert len(result) == 10
    assert all(isinstance(row.explanation, Message) for row in result)
    used = {t for row in result for t in templates(row.explanation)}
    assert "Shares genre {names}" in used
    assert all("shares " not in row.explanation for row in result)  # not the engine's text
    progress: list[object] = []
    recommend_for(
        demo_library_copy,
        models_dir,
        profile=3,
        kind="film",
        n=5,
        progress=lambda fraction, message: progress.append(message),
    )
    assert progress and all(isinstance(m, Message) for m in progress)
    assert progress[-1].template == "{count} recommendations"
