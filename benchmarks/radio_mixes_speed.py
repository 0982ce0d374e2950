"""Radio and daily mixes on the demo library: how long they take.

- Radio: the first 20 items after the model is loaded (a warm process, as in the window: the
  loaded model and the item-to-item similarity kept between radios), median and worst over 50
  seeds, and the first radio of a process (the similarity built).
- Mixes: making again the mixes of every demo profile (25), after the engine is imported.

    python benchmarks/radio_mixes_speed.py
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from pathlib import Path

from desktop_recsys.library import Library
from desktop_recsys.library.demo import build_demo
from desktop_recsys.services import mixes_service, radio_service
from desktop_recsys.services.recommend_service import ModelCache
from desktop_recsys.services.training_service import train_model


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        path = tmp / "demo.sqlite"
        with Library.open(path) as library:
            build_demo(library, seed=7)
            tracks = library.items.ids_by_kind("track")
        models = tmp / "models"
        train_model(path, models, kind="track")  # the shared default model
        import sklearn.cluster  # noqa: F401  (the engine's imports, as in a running app)

        cache, neighbours = ModelCache(), radio_service.NeighboursCache()
        started = time.perf_counter()
        radio_service.radio_list(path, models, tracks[0], n=20, profile=1, cache=cache)
        first_load = time.perf_counter() - started  # loads the model too
        started = time.perf_counter()
        radio_service.radio_list(
            path, models, tracks[1], n=20, profile=1, cache=cache, neighbours=neighbours
        )
        first_radio = time.perf_counter() - started
        times = []
        for seed in random.Random(42).sample(tracks, 50):
            started = time.perf_counter()
            _radio, items = radio_service.radio_list(
                path, models, seed, n=20, profile=1 + seed % 25, cache=cache, neighbours=neighbours
            )
            times.append(time.perf_counter() - started)
            assert len(items) == 20
        print(
            f"radio, first radio of the process incl. loading the model: {first_load * 1000:.0f} ms"
        )
        print(
            f"radio, first 20 after the model is loaded (similarity built): {first_radio * 1000:.0f} ms"
        )
        print(
            f"radio, first 20, 50 seeds: median {statistics.median(times) * 1000:.0f} ms, "
            f"worst {max(times) * 1000:.0f} ms"
        )
        mixes_service.refresh_mixes(path, models, profiles=[1], force=True)
        runs = []
        for _ in range(3):
            started = time.perf_counter()
            made = mixes_service.refresh_mixes(path, models, force=True)
            runs.append(time.perf_counter() - started)
        print(
            f"mixes, all {len(made)} demo profiles ({sum(made.values())} mixes): "
            f"median {statistics.median(runs):.2f} s of 3 runs"
        )


if __name__ == "__main__":
    main()
