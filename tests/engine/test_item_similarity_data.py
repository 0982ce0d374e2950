"""Issue 15's goals for "more like this" on the real ml-latest-small (all ratings)."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp

from desktop_recsys.engine.item_similarity import ItemNeighbours
from desktop_recsys.engine.similarity import ItemContent

GHIBLI = {
    "3000", "5618", "5690", "5971", "6350", "7099", "26662", "26743", "26776", "26903", "27731",
    "31658", "32456", "65261", "83132", "98604", "104283", "114554",
}  # fmt: skip


@pytest.fixture(scope="module")
def movielens(data_dir: Path) -> tuple[ItemNeighbours, dict[str, str]]:
    folder = data_dir / "ml-latest-small"
    ratings = pd.read_csv(folder / "ratings.csv", dtype={"userId": str, "movieId": str})
    movies = pd.read_csv(folder / "movies.csv", dtype={"movieId": str})
    items = pd.Index(movies["movieId"])
    users, rows = np.unique(ratings["userId"], return_inverse=True)
    x = sp.csr_matrix(
        (np.ones(len(ratings)), (rows, items.get_indexer(ratings["movieId"]))),
        shape=(len(users), len(items)),
    )
    content: dict[str, ItemContent[str]] = {}
    for m, title, genres in zip(movies.movieId, movies.title, movies.genres, strict=True):
        found = re.search(r"\s*\((\d{4})\)\s*$", title)
        name = title[: found.start()] if found else title
        content[m] = ItemContent(
            m, name, None, int(found.group(1)) if found else None,
            frozenset(genres.split("|")), frozenset(),
        )  # fmt: skip
    titles = dict(zip(movies.movieId, movies.title, strict=True))
    return ItemNeighbours(x, list(items), content=content), titles


def test_the_matrix_top_10_holds_both_sequels(movielens) -> None:
    nb, titles = movielens
    top = [n.item for n in nb.neighbours("2571", 10)]
    assert {"6365", "6934"} <= set(top), [titles[i] for i in top]
    # Behaviour, not only titles: most of the ten are other films people watched with it.
    assert sum(1 for n in nb.neighbours("2571", 10) if n.together >= 50) >= 8


def test_spirited_away_top_5_holds_at_least_3_ghibli_films(movielens) -> None:
    nb, titles = movielens
    top = [n.item for n in nb.neighbours("5618", 5)]
    assert len(GHIBLI & set(top)) >= 3, [titles[i] for i in top]
