"""The demo library: sizes, determinism, synthetic labels, and tastes a recommender can learn."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pytest

from desktop_recsys.errors import Cancelled
from desktop_recsys.library import Library
from desktop_recsys.library.demo import FILM_GENRES, MUSIC_GENRES, build_demo
from desktop_recsys.progress import CancelToken


def content_digest(lib: Library) -> str:
    """A hash of everything the seed decides (not the wall-clock added_at times)."""
    h = hashlib.sha256()
    for sql in (
        "SELECT kind, title, artist, album, year, duration, language FROM items ORDER BY id",
        "SELECT profile_id, item_id, rating, rated_at FROM ratings ORDER BY 1, 2",
        "SELECT profile_id, item_id, played_at, completed, skipped FROM plays ORDER BY id",
        "SELECT profile_a, profile_b FROM friendships ORDER BY 1, 2",
        "SELECT item_id, genre_id FROM item_genres ORDER BY 1, 2",
    ):
        for row in lib.conn.execute(sql):
            h.update(repr(row).encode())
    return h.hexdigest()


def test_demo_has_the_promised_shape(demo_library_file: Path) -> None:
    with Library.open(demo_library_file) as lib:
        stats = lib.stats.collect()
        assert stats.items_by_kind == {"track": 2000, "artist": 80, "film": 800}
        assert stats.profiles == 25
        assert stats.synthetic
        assert len(lib.items.all_genres("track")) == len(MUSIC_GENRES) == 12
        assert len(lib.items.all_genres("film")) == len(FILM_GENRES) == 15
        assert stats.ratings > 25 * 60 and stats.plays > 25 * 400
        assert stats.friendships > 10
        every = lib.conn.execute(
            "SELECT min(synthetic) FROM items UNION ALL SELECT min(synthetic) FROM profiles"
        ).fetchall()
        assert every == [(1,), (1,)]
        times = lib.conn.execute("SELECT min(rated_at), max(rated_at) FROM ratings").fetchone()
        assert 1.8 * 365 * 86400 < times[1] - times[0] <= 2 * 365 * 86400
        # Titles in scripts other than Latin, findable by the search box.
        languages = {r[0] for r in lib.conn.execute("SELECT DISTINCT language FROM items")}
        assert {"zh", "ja", "ko", "ru"} <= languages
        assert lib.items.search("夜空") and lib.items.search("서울")


def test_same_seed_same_library_other_seed_other_library(
    demo_library_file: Path, tmp_path: Path
) -> None:
    with Library.open(demo_library_file) as first:
        reference = content_digest(first)
    with Library.open(tmp_path / "again.sqlite") as again:
        build_demo(again, seed=7)
        assert content_digest(again) == reference
    with Library.open(tmp_path / "other.sqlite") as other:
        build_demo(other, seed=8)
        assert content_digest(other) != reference


def test_ratings_follow_hidden_tastes_and_friends_share_them(tmp_path: Path) -> None:
    with Library.open(tmp_path / "demo.sqlite") as lib:
        truth = build_demo(lib, seed=11)
        genre_of = {}
        for item_id, genre in lib.items.genres_of_items():
            genre_of.setdefault(item_id, []).append(genre)
        film_genres = set(FILM_GENRES)

        def share_in(favourite: set[str], ratings: list) -> float:
            films = [r for r in ratings if film_genres & set(genre_of[r.item_id])]
            return float(np.mean([bool(favourite & set(genre_of[r.item_id])) for r in films]))

        liked_share, disliked_share = [], []
        for p, profile_id in enumerate(truth.profile_ids):
            favourite = {FILM_GENRES[i] for i in np.argsort(truth.film_taste[p])[-3:]}
            rated = lib.ratings.for_profile(profile_id)
            high = [r for r in rated if r.rating >= 4.0 and film_genres & set(genre_of[r.item_id])]
            low = [r for r in rated if r.rating <= 2.0 and film_genres & set(genre_of[r.item_id])]
            if high and low:
                liked_share.append(share_in(favourite, high))
                disliked_share.append(share_in(favourite, low))
        assert len(liked_share) >= 20
        # Highly rated films are far more often in the profile's favourite genres.
        assert np.mean(liked_share) > np.mean(disliked_share) + 0.2

        pairs = lib.friends.pairs()
        position = {pid: i for i, pid in enumerate(truth.profile_ids)}
        taste = truth.music_taste / np.linalg.norm(truth.music_taste, axis=1, keepdims=True)
        friend_sim = np.mean([taste[position[a]] @ taste[position[b]] for a, b in pairs])
        friends = {(position[a], position[b]) for a, b in pairs}
        others = [
            taste[a] @ taste[b]
            for a in range(len(taste))
            for b in range(a + 1, len(taste))
            if (a, b) not in friends
        ]
        assert friend_sim > np.mean(others) + 0.15


def test_cancelled_demo_leaves_the_library_empty(tmp_path: Path) -> None:
    token = CancelToken()
    seen: list[float] = []

    def progress(fraction: float, message: str) -> None:
        seen.append(fraction)
        if fraction >= 0.6:
            token.cancel()

    with Library.open(tmp_path / "demo.sqlite") as lib:
        with pytest.raises(Cancelled):
            build_demo(lib, progress=progress, cancel=token)
        assert lib.stats.is_empty()
        assert lib.items.count() == 0
        assert lib.meta.get("synthetic_demo") is None
    assert seen == sorted(seen)
