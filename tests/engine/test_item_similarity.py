"""engine.item_similarity: behaviour, content and series blended by support, on small cases."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

from desktop_recsys.engine.item_similarity import (
    ALPHA,
    SHRINK,
    SUPPORT_PRIOR,
    ItemNeighbours,
)
from desktop_recsys.engine.similarity import ItemContent, series_words, title_words


def film(i: str, title: str, genres=(), year=None, artist=None) -> ItemContent:
    return ItemContent(i, title, artist, year, frozenset(genres), frozenset())


def users_having(*rows: list[int], n_items: int) -> sp.csr_matrix:
    m = np.zeros((len(rows), n_items))
    for u, items in enumerate(rows):
        m[u, items] = 1.0
    return sp.csr_matrix(m)


def test_behaviour_is_the_shrunk_cosine_of_who_has_both() -> None:
    # Item 0 is had by users 0-3; item 1 by users 0-2 (3 together); item 2 by user 3 and 4.
    x = users_having([0, 1], [0, 1], [0, 1], [0, 2], [2], n_items=4)
    nb = ItemNeighbours(x, ["a", "b", "c", "d"])
    together = nb.together("a")
    assert together.tolist() == [4, 3, 1, 0]
    raw = np.array([0.0, 3 / (4**ALPHA * 3 ** (1 - ALPHA)), 1 / (4**ALPHA * 2 ** (1 - ALPHA)), 0])
    raw *= np.array([0, 3 / (3 + SHRINK), 1 / (1 + SHRINK), 0])
    assert nb.behaviour_scores("a") == pytest.approx(raw / raw.max())
    found = nb.neighbours("a", 10)
    assert [(n.item, n.together, n.source) for n in found] == [
        ("b", 3, "behaviour"),
        ("c", 1, "behaviour"),
    ]  # never "a" itself, never "d" that nobody has with it
    assert nb.support("a") == 4 and nb.support("zzz") == 0


def test_weights_count_as_presence_only() -> None:
    x = users_having([0, 1], [0, 2], n_items=3).multiply(np.array([[5.0, 0.1, 9.0]])).tocsr()
    nb = ItemNeighbours(x, ["a", "b", "c"])
    s = nb.behaviour_scores("a")
    assert s[1] == pytest.approx(s[2])


def test_an_item_nobody_touched_is_compared_by_content_alone() -> None:
    x = users_having([0, 1], [0, 1], n_items=4)
    content = {
        "a": film("a", "Alpha", {"Drama"}),
        "b": film("b", "Beta", {"Comedy"}),
        "new": film("new", "Newcomer", {"Horror", "Drama"}),
        "h": film("h", "Haunting", {"Horror"}),
    }
    nb = ItemNeighbours(x, ["a", "b", "new", "h"], content=content)
    found = nb.neighbours("new", 10)
    assert [(n.item, n.source, n.together) for n in found] == [
        ("a", "content", 0),  # Drama + Horror vs Drama: 1/2 (ties by position)
        ("h", "content", 0),
    ]
    assert found[0].genres == ("Drama",) and found[1].genres == ("Horror",)
    assert found[0].score == pytest.approx((1 + 0.2) * 0.5)


def test_support_moves_the_blend_from_content_to_behaviour() -> None:
    # "a" and "b" are had together by many; "a" and "c" share genres only.
    rows = [[0, 1]] * 30 + [[2]]
    x = users_having(*rows, n_items=3)
    content = {
        "a": film("a", "Alpha", {"Sci-Fi"}),
        "b": film("b", "Beta", {"Western"}),
        "c": film("c", "Gamma", {"Sci-Fi"}),
    }
    nb = ItemNeighbours(x, list(content), content=content)
    found = nb.neighbours("a")
    assert [n.item for n in found] == ["b", "c"]
    r = 30 / (30 + SUPPORT_PRIOR)
    assert found[0].score == pytest.approx(r * 1.0)
    assert found[0].source == "behaviour" and found[1].source == "content"
    # With few people the content wins.
    few = ItemNeighbours(users_having([0, 1], [2], n_items=3), list(content), content=content)
    assert [n.item for n in few.neighbours("a")] == ["c", "b"]


def test_series_words_are_rare_title_words_shared() -> None:
    titles = ["Matrix, The", "Matrix Reloaded, The", "Love Actually", "The Love Bug"]
    titles += [f"Love {k}" for k in range(10)]  # "love" names no series
    words = series_words(titles)
    assert "matrix" in words and "love" not in words and "the" not in words
    assert title_words("Matrix Reloaded, The (2003)") == frozenset({"matrix", "reloaded"})
    content = {str(k): film(str(k), t) for k, t in enumerate(titles)}
    nb = ItemNeighbours(sp.csr_matrix((1, len(titles))), list(content), content=content)
    found = nb.neighbours("0", 3)
    assert [(n.item, n.series) for n in found] == [("1", "matrix")]


def test_exclude_n_and_unknown_items() -> None:
    x = users_having([0, 1, 2], [0, 1, 2], [0, 2], n_items=3)
    nb = ItemNeighbours(x, ["a", "b", "c"])
    assert [n.item for n in nb.neighbours("a", 1)] == ["c"]
    assert [n.item for n in nb.neighbours("a", 5, exclude=["c"])] == ["b"]
    assert nb.neighbours("a", 0) == []
    assert nb.neighbours("nope") == []
    with pytest.raises(ValueError):
        ItemNeighbours(x, ["a", "b"])


def test_content_of_items_the_matrix_does_not_know_gets_columns() -> None:
    x = users_having([0, 1], n_items=2)
    content = {"z": film("z", "Zed", {"Drama"}), "a": film("a", "Alpha", {"Drama"})}
    nb = ItemNeighbours(x, ["a", "b"], content=content)
    assert nb.item_ids == ["a", "b", "z"]
    assert [n.item for n in nb.neighbours("z")] == ["a"]
    assert "z" in nb and "b" in nb and "q" not in nb
