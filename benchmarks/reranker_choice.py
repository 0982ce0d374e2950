"""Which learned re-ranker setting is best, chosen on validation data (issue 15).

For each data set: the protocol's seed-42 split gives TRAIN and TEST; a validation split is
carved from TRAIN alone (the same per-user 20 % holdout, seed 7), so TEST plays no part in the
choice. Every generator (the base model proposing candidates) and classifier of the learned
ranker is fitted on the validation's TRAIN and scored (NDCG@10) on its held-out part, beside
its base alone. The best setting on validation, and the former default (forest over ALS), are
then fitted on all of TRAIN and measured on TEST beside their bases.

    .venv/bin/python benchmarks/reranker_choice.py ml lastfm
    .venv/bin/python benchmarks/reranker_choice.py ml --generators ease --models svm forest
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from default_choice import per_user_ndcg  # noqa: E402
from engine_quick import load  # noqa: E402

from desktop_recsys.engine.dataset import Dataset  # noqa: E402
from desktop_recsys.engine.evaluation import holdout_split  # noqa: E402
from desktop_recsys.engine.registry import create  # noqa: E402

GENERATORS = ("als", "ease", "item-knn")
MODELS = ("svm", "tree", "forest", "sgd", "mlp")


def ndcg(name: str, params: dict[str, str], train: Dataset, test) -> tuple[float, float]:
    t0 = time.perf_counter()
    model = create(name, params).fit(train)
    seconds = time.perf_counter() - t0
    return round(float(per_user_ndcg(model, train, test).mean()), 4), round(seconds, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="*", default=["ml", "lastfm"])
    parser.add_argument("--generators", nargs="*", default=list(GENERATORS))
    parser.add_argument("--models", nargs="*", default=list(MODELS))
    args = parser.parse_args()
    for name in args.data:
        frame, _ = load(name)
        train_f, test_f = holdout_split(frame)  # the protocol: seed 42
        fit_f, val_f = holdout_split(train_f, seed=7)  # validation carved from TRAIN
        train, fit = Dataset.from_frame(train_f), Dataset.from_frame(fit_f)
        scores: dict[tuple[str, str], float] = {}
        for generator in args.generators:
            base, seconds = ndcg(generator, {}, fit, val_f)
            scores[(generator, "")] = base
            print(json.dumps({"data": name, "split": "validation", "generator": generator,
                              "model": "(base alone)", "ndcg@10": base, "fit_s": seconds}),
                  flush=True)  # fmt: skip
            for model in args.models:
                params = {"generator": generator, "model": model}
                value, seconds = ndcg("learned-ranker", params, fit, val_f)
                scores[(generator, model)] = value
                print(json.dumps({"data": name, "split": "validation", "generator": generator,
                                  "model": model, "ndcg@10": value, "fit_s": seconds,
                                  "vs_base": round(value / base, 4)}), flush=True)  # fmt: skip
        ranked = sorted((k for k in scores if k[1]), key=scores.__getitem__, reverse=True)
        best = ranked[0]
        print(f"{name}: best on validation: {best[1]} over {best[0]} ({scores[best]:.4f})")
        for generator, model in dict.fromkeys([best, ("als", "forest")]):
            if generator not in args.generators:
                continue
            base, _ = ndcg(generator, {}, train, test_f)
            value, seconds = ndcg(
                "learned-ranker", {"generator": generator, "model": model}, train, test_f
            )
            print(json.dumps({"data": name, "split": "test", "generator": generator,
                              "model": model, "ndcg@10": value, "base": base,
                              "vs_base": round(value / base, 4), "fit_s": seconds}),
                  flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
