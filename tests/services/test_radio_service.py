"""Radio from a seed on the real demo library: seeds of every form, the variety rules on
many seeds, refused and missing items, the slider, the profile's taste, bad seeds."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from desktop_recsys.engine.radio import artist_key, variety_problems
from desktop_recsys.errors import UserError
from desktop_recsys.library import Library
from desktop_recsys.services import radio_service
from desktop_recsys.services.recommend_service import ModelCache
from desktop_recsys.services.training_service import train_model


@pytest.fixture(scope="module")
def demo_radio(demo_library_file: Path, tmp_path_factory: pytest.TempPathFactory):
    """The demo library with a shared track model, a film model, some files marked missing
    and some items marked "not interested" by profile 1, and a playlist."""
    folder = tmp_path_factory.mktemp("radio")
    path = folder / "demo.sqlite"
    shutil.copyfile(demo_library_file, path)
    models = folder / "models"
    train_model(path, models, kind="track", algorithm="als")
    train_model(path, models, kind="film", algorithm="als")
    rng = random.Random(5)
    with Library.open(path) as library:
        tracks = library.items.ids_by_kind("track")
        missing = set(rng.sample(tracks, 200))
        refused = set(rng.sample(sorted(set(tracks) - missing), 200))
        with library.transaction() as conn:
            conn.executemany("UPDATE items SET missing = 1 WHERE id = ?", [(i,) for i in missing])
        for item in refused:
            library.marks.set(1, item, "not_interested")
        library.playlists.create("Evening", profile_id=1, item_ids=tracks[:12])
    return path, models, missing, refused


def _check(items, seed_ids, missing, refused) -> None:
    keys = [artist_key(r.item_id, r.artist) for r in items]
    assert variety_problems(keys) == []
    ids = {r.item_id for r in items}
    assert not ids & missing, "a missing file was played"
    assert not ids & refused, "an item marked not interested was played"
    if len(seed_ids) == 1:
        assert not ids & set(seed_ids), "the seed itself was played"


def test_variety_rules_hold_on_many_seeds(demo_radio) -> None:
    path, models, missing, refused = demo_radio
    cache = ModelCache()
    with Library.open(path) as library:
        tracks = library.items.ids_by_kind("track")
        films = library.items.ids_by_kind("film")
    rng = random.Random(42)
    seeds = [str(i) for i in rng.sample(tracks, 25) + rng.sample(films, 5)]
    for seed in seeds:
        radio, items = radio_service.radio_list(
            path, models, seed, n=60, profile=1, cache=cache, balance=rng.random()
        )
        assert len(items) == 60, seed
        _check(items, radio.seed.item_ids, missing, refused)


@pytest.mark.slow
def test_variety_rules_hold_on_200_demo_seeds(demo_radio) -> None:
    path, models, missing, refused = demo_radio
    cache = ModelCache()
    with Library.open(path) as library:
        tracks = library.items.ids_by_kind("track")
        films = library.items.ids_by_kind("film")
    rng = random.Random(7)
    for seed in rng.sample(tracks, 170) + rng.sample(films, 30):
        radio, items = radio_service.radio_list(
            path, models, seed, n=50, profile=rng.randint(1, 25), cache=cache
        )
        assert len(items) == 50
        keys = [artist_key(r.item_id, r.artist) for r in items]
        assert variety_problems(keys) == []
        assert not {r.item_id for r in items} & missing


def test_seed_forms_album_artist_playlist_title(demo_radio) -> None:
    path, models, missing, refused = demo_radio
    with Library.open(path) as library:
        track = library.items.get(library.items.ids_by_kind("track")[40])
    for seed, form in [
        (f"album:{track.album}", "album"),
        (f"artist:{track.artist}", "artist"),
        ("playlist:evening", "playlist"),
        (track.title, "item"),
        (f"item:{track.id}", "item"),
    ]:
        radio, items = radio_service.radio_list(path, models, seed, n=40, profile=1)
        assert radio.seed.form == form and radio.seed.kind == "track"
        assert len(items) == 40
        _check(items, radio.seed.item_ids, missing, refused)
    radio, items = radio_service.radio_list(
        path, models, f"artist:{track.artist}", n=40, profile=1, balance=0.0
    )
    # An artist's radio leads with that artist as often as the rules allow: 2 in 20.
    assert sum(1 for r in items[:20] if r.artist == track.artist) == 2


def test_the_slider_moves_from_the_seed_to_the_profile(demo_radio) -> None:
    path, models, *_ = demo_radio
    seed = "item:500"
    _radio, like_seed = radio_service.radio_list(path, models, seed, n=20, profile=1, balance=0)
    _radio, like_me = radio_service.radio_list(path, models, seed, n=20, profile=1, balance=1)
    mean = lambda rows, field: sum(getattr(r, field) for r in rows) / len(rows)  # noqa: E731
    assert mean(like_seed, "seed_score") > mean(like_me, "seed_score")
    assert mean(like_me, "taste_score") > mean(like_seed, "taste_score")
    assert mean(like_me, "taste_score") > 0.8


def test_new_only_leaves_out_what_the_profile_knows(demo_radio) -> None:
    path, models, *_ = demo_radio
    with Library.open(path) as library:
        from desktop_recsys.library import dataset_rows

        known = dataset_rows.profile_item_ids(library, 1, "track")
    assert known
    _radio, items = radio_service.radio_list(
        path, models, "item:500", n=80, profile=1, balance=1.0, include_known=False
    )
    assert not {r.item_id for r in items} & known
    _radio, items = radio_service.radio_list(path, models, "item:500", n=80, profile=1, balance=1)
    assert {r.item_id for r in items} & known, "a radio plays favourites too by default"


def test_the_radio_goes_on(demo_radio) -> None:
    path, models, missing, refused = demo_radio
    radio, first = radio_service.radio_list(path, models, "item:700", n=20, profile=1)
    rest = radio.next_items(400)
    items = first + rest
    assert len(items) == 420 and not radio.ended
    assert [r.position for r in items] == list(range(1, 421))
    _check(items, radio.seed.item_ids, missing, refused)


def test_without_a_model_the_profile_favourites_are_its_taste(demo_library_copy: Path) -> None:
    radio, items = radio_service.radio_list(
        demo_library_copy, demo_library_copy.parent / "none", "item:500", n=20, profile=1
    )
    assert radio.model is None and len(items) == 20
    assert any(r.taste_score > 0 for r in items)


@pytest.mark.parametrize(
    ("seed", "words"),
    [
        ("item:99999999", "no item 99999999"),
        ("album:No Such Album", "no album called No Such Album"),
        ("artist:Nobody At All", "no artist called Nobody At All"),
        ("playlist:nope", "no playlist called nope"),
        ("zzqqxx", "nothing matches zzqqxx"),
        ("  ", "give an item id"),
    ],
)
def test_bad_seeds_are_one_line(demo_library_copy: Path, seed: str, words: str) -> None:
    with pytest.raises(UserError) as caught:
        radio_service.radio_list(demo_library_copy, None, seed, n=5)
    assert words in str(caught.value) and "\n" not in str(caught.value)


def test_bad_balance_and_n(demo_library_copy: Path) -> None:
    with pytest.raises(UserError, match="between 0 and 1"):
        radio_service.radio_list(demo_library_copy, None, "item:500", balance=1.5)
    with pytest.raises(UserError, match="at least 1"):
        radio_service.radio_list(demo_library_copy, None, "item:500", n=0)


def test_neighbours_cache_reuses_then_rebuilds_after_a_catalogue_edit(demo_radio) -> None:
    path, models, *_ = demo_radio
    built: list[str] = []

    def counting(library, kind, model):
        built.append(kind)
        return radio_service.behaviour_neighbours(library, kind, model)

    cache = radio_service.NeighboursCache(factory=counting)
    models_cache = ModelCache()
    first = radio_service.radio_list(
        path, models, "item:500", n=20, profile=1, neighbours=cache, cache=models_cache
    )[1]
    again = radio_service.radio_list(
        path, models, "item:500", n=20, profile=1, neighbours=cache, cache=models_cache
    )[1]
    assert built == ["track"]
    assert [r.item_id for r in first] == [r.item_id for r in again]
    with Library.open(path) as library:
        library.items.update(501, title="Renamed for the cache test")
    radio_service.radio_list(
        path, models, "item:500", n=20, profile=1, neighbours=cache, cache=models_cache
    )
    assert built == ["track", "track"]


def test_the_radio_follows_what_people_play_together(demo_radio) -> None:
    """Seed neighbours come from behaviour: with the slider at the seed, the first items are
    played by people who played the seed (the demo's tastes are shared within communities)."""
    path, models, *_ = demo_radio
    with Library.open(path) as library:
        rows = library.conn.execute(
            "SELECT p.item_id, count(DISTINCT p.profile_id) n FROM plays p JOIN items i "
            "ON i.id = p.item_id WHERE i.kind = 'track' GROUP BY p.item_id ORDER BY n DESC "
            "LIMIT 1"
        ).fetchone()
        seed = int(rows[0])
        listeners = {
            r[0]
            for r in library.conn.execute("SELECT profile_id FROM plays WHERE item_id = ?", (seed,))
        }
        played_by = {}
        for item, profile in library.conn.execute("SELECT item_id, profile_id FROM plays"):
            played_by.setdefault(item, set()).add(profile)
    _radio, items = radio_service.radio_list(path, models, seed, n=10, balance=0.0)
    shared = [len(played_by.get(r.item_id, set()) & listeners) for r in items]
    assert sum(1 for s in shared if s >= 2) >= 8, shared
