"""engine.similarity and the group aggregation in engine.rerank: small cases with known answers."""

from __future__ import annotations

import pytest

from desktop_recsys.engine.rerank import combine_group_scores, rescale_scores
from desktop_recsys.engine.similarity import ItemContent, jaccard, most_alike


def item(i: int, title: str, *, artist=None, year=None, genres=(), people=()) -> ItemContent:
    return ItemContent(i, title, artist, year, frozenset(genres), frozenset(people))


def test_jaccard_by_hand() -> None:
    assert jaccard({"a", "b"}, {"b", "c"}) == pytest.approx(1 / 3)
    assert jaccard({"a"}, {"a"}) == 1.0
    assert jaccard(set(), {"a"}) == 0.0 and jaccard(set(), set()) == 0.0


def test_most_alike_scores_each_part_and_rescales_to_the_best() -> None:
    anchor = item(1, "Anchor", artist="Miles", year=1959, genres={"Jazz", "Modal"}, people={"p"})
    same_genres = item(2, "Same genres", genres={"Jazz", "Modal"})  # 1.0
    same_artist = item(3, "Same artist", artist="MILES")  # 0.5
    same_people = item(4, "Same people", people={"p"})  # 0.5 * 1.0
    one_genre_close = item(5, "Close year", genres={"Jazz"}, year=1974)  # 0.5 + 0.2 * 0.5
    nothing = item(6, "Nothing in common", genres={"Metal"}, year=1900)  # 0: left out
    ranked = most_alike(
        anchor, [anchor, same_artist, same_people, one_genre_close, nothing, same_genres], 10
    )
    assert [(c.item_id, round(s, 6)) for c, s in ranked] == [
        (2, 1.0),
        (5, 0.6),
        (3, 0.5),  # ties by title, case-insensitive: "Same artist" < "Same people"
        (4, 0.5),
    ]


def test_most_alike_cuts_skips_and_keeps_at_least_one() -> None:
    anchor = item(1, "A", genres={"x"})
    others = [item(i, f"T{i}", genres={"x"}) for i in range(2, 6)]
    assert [c.item_id for c, _ in most_alike(anchor, others, 2, skip={2})] == [3, 4]
    assert len(most_alike(anchor, others, 0)) == 1
    assert most_alike(anchor, [item(9, "Z", genres={"y"})], 5) == []


def test_rescale_scores_maps_each_list_to_zero_one() -> None:
    assert rescale_scores({"a": 2.0, "b": 4.0, "c": 3.0}) == {"a": 0.0, "b": 1.0, "c": 0.5}
    assert rescale_scores({"a": 7.0, "b": 7.0}) == {"a": 1.0, "b": 1.0}
    assert rescale_scores({}) == {}


def test_group_average_and_least_misery() -> None:
    ann = {"x": 1.0, "y": 0.5, "z": 0.0}
    bo = {"x": 0.2, "y": 1.0, "w": 0.6}
    assert combine_group_scores([ann, bo], "average") == [
        ("y", 0.75),
        ("x", 0.6),
        ("w", 0.3),
    ]
    # least misery: an item off someone's list counts 0 for them, so it goes
    assert combine_group_scores([ann, bo], "least_misery") == [("y", 0.5), ("x", 0.2)]
    assert combine_group_scores([ann, bo], "average", exclude={"y"})[0] == ("x", 0.6)
    with pytest.raises(ValueError, match="unknown group strategy"):
        combine_group_scores([ann], "loudest")
