"""Section 5 of issue 16 on real data: "a film night like Alien". On ml-latest-small, a radio
seeded with Alien (1979), from the similarity the app uses (who watched both, blended with
content), plays its sequels and mostly science fiction, horror, thriller and action."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp

from desktop_recsys.engine.item_similarity import ItemNeighbours
from desktop_recsys.engine.radio import artist_key, radio_stream, seed_similarity, variety_problems
from desktop_recsys.engine.similarity import ItemContent

ALIEN = "1214"


def test_a_film_night_like_alien(data_dir: Path) -> None:
    folder = data_dir / "ml-latest-small"
    if not (folder / "ratings.csv").is_file():
        pytest.skip(f"ml-latest-small not found at {folder}")
    ratings = pd.read_csv(folder / "ratings.csv", dtype={"userId": str, "movieId": str})
    movies = pd.read_csv(folder / "movies.csv", dtype={"movieId": str})
    items = pd.Index(sorted(ratings["movieId"].unique()))
    users = pd.Index(sorted(ratings["userId"].unique()))
    matrix = sp.csr_matrix(
        (
            np.ones(len(ratings)),
            (users.get_indexer(ratings["userId"]), items.get_indexer(ratings["movieId"])),
        ),
        shape=(len(users), len(items)),
    )
    content: dict[str, ItemContent[str]] = {}
    titles: dict[str, str] = {}
    genres: dict[str, set[str]] = {}
    for movie, title, names in zip(movies.movieId, movies.title, movies.genres, strict=True):
        found = re.search(r"\s*\((\d{4})\)\s*$", title)
        name = title[: found.start()] if found else title
        genres[movie] = set(names.split("|"))
        titles[movie] = title
        content[movie] = ItemContent(
            movie, name, None, int(found.group(1)) if found else None,
            frozenset(genres[movie]), frozenset(),
        )  # fmt: skip
    similar = ItemNeighbours(matrix, list(items), content=content)
    ids = list(similar.item_ids)
    neighbours = dict(seed_similarity(similar.scores, ids, [ALIEN], 300))
    stream = radio_stream(neighbours, {}, lambda i: artist_key(i, None), seeds=[ALIEN])
    night = [p.item for p in itertools.islice(stream, 20)]
    assert len(night) == 20 and ALIEN not in night
    assert variety_problems([artist_key(i, None) for i in night]) == []
    shown = [titles[i] for i in night]
    assert "Aliens (1986)" in shown[:10], shown
    kin = {"Sci-Fi", "Horror", "Thriller", "Action"}
    assert sum(1 for i in night if genres[i] & kin) >= 16, shown
