"""The radio's variety rules on the real Last.fm 2k library (17,632 artists, 1,892 profiles):
200 seeds, 50 items each; on an artist library every item is its own artist, so no item may
come twice within 20, and nothing a profile marked "not interested" comes at all. Slow: the
import alone takes about 40 s here."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from desktop_recsys.engine.radio import artist_key, variety_problems
from desktop_recsys.library import Library
from desktop_recsys.library.importers.lastfm_hetrec import import_lastfm_hetrec
from desktop_recsys.services import radio_service
from desktop_recsys.services.recommend_service import ModelCache
from desktop_recsys.services.training_service import train_model


@pytest.mark.slow
def test_variety_rules_hold_on_200_lastfm_seeds(data_dir: Path, tmp_path: Path) -> None:
    folder = data_dir / "hetrec2011-lastfm-2k"
    if not (folder / "user_artists.dat").is_file():
        pytest.skip(f"Last.fm 2k not found at {folder}")
    path = tmp_path / "lastfm.sqlite"
    rng = random.Random(42)
    with Library.open(path) as library:
        import_lastfm_hetrec(library, folder)
        artists = library.items.ids_by_kind("artist")
        profiles = [p.id for p in library.profiles.list()]
        refused = set(rng.sample(artists, 500))
        for item in refused:
            library.marks.set(profiles[0], item, "not_interested")
    models = tmp_path / "models"
    train_model(path, models, kind="artist", algorithm="als")
    cache, neighbours = ModelCache(), radio_service.NeighboursCache()
    for seed in rng.sample(artists, 200):
        profile = profiles[0] if rng.random() < 0.5 else rng.choice(profiles)
        _radio, items = radio_service.radio_list(
            path, models, seed, n=50, profile=profile, cache=cache, neighbours=neighbours
        )
        assert len(items) == 50
        assert variety_problems([artist_key(r.item_id, r.artist) for r in items]) == []
        assert seed not in {r.item_id for r in items}
        if profile == profiles[0]:
            assert not {r.item_id for r in items} & refused
