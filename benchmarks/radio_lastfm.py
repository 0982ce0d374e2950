"""Radio on Last.fm 2k, held out: the radio protocol of ``EVALUATION.md``.

For each user with at least 3 held-out artists (seed-42 top-N split), a radio seeded with one
of them (chosen with seed 42), the user's TRAIN history as the profile: the share of the
user's other held-out artists among the first 20 items, beside popularity under the same
exclusions. The radio is the app's sequencing (:mod:`desktop_recsys.engine.radio`) over the
behavioural neighbours of the seed and the model's ranking, at three slider settings.

    python benchmarks/radio_lastfm.py [--algorithm als]
"""

from __future__ import annotations

import argparse
import time

from _harness import load_frame

from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.evaluation import holdout_split
from desktop_recsys.engine.evaluation.radio_protocol import evaluate_radio
from desktop_recsys.engine.registry import get_algorithm


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--algorithm", default="als", help="the model behind 'more like me'")
    args = parser.parse_args()
    frame, _ = load_frame("lastfm")
    train, test = holdout_split(frame)
    started = time.perf_counter()
    model = get_algorithm(args.algorithm)().fit(Dataset.from_frame(train))
    fitted = time.perf_counter() - started
    started = time.perf_counter()
    result = evaluate_radio(train, test, model, balances=(0.0, 0.5, 1.0))
    seconds = time.perf_counter() - started
    pop = result.hit_rate["popularity"]
    print(
        f"Last.fm 2k, {result.users} users, {args.algorithm} fitted in {fitted:.1f} s, "
        f"radios in {seconds:.1f} s"
    )
    print("| list | hit rate@20 | x popularity |")
    print("|---|---:|---:|")
    for name, value in result.hit_rate.items():
        print(f"| {name} | {value:.4f} | {value / pop:.2f}x |")


if __name__ == "__main__":
    main()
