"""One taste across music and films (issue 18, section 2), on the demo library.

Held-out protocol: the demo library's 25 profiles all have music and films. For each profile
in turn (every one, none picked by hand), a copy of the library loses that profile's ratings,
plays and marks of one kind (the *hidden* items); the kind's model is trained on the copy (the
app's default algorithm, as "automatic" trains it), and the profile's list of that kind is
asked for twice:

- **popularity**: ``recommend_service.recommend_for``, the model's own list. The model has never
  seen the profile in that kind, so this is today's cold start: the popularity list.
- **for you**: ``for_you_service.for_you_list``, the window's list, which now folds in the
  cross-kind list (``services/cross_kind``).

Scored on the top 10 against the hidden items: NDCG@10 (every hidden item relevant) and
Steck's calibration KL between the genre mix of the hidden items and that of the list (lower
is closer to the profile's hidden taste). Both directions: films for a music-only profile, and
tracks for a film-only one. Ablations of the cross-kind list alone (``cross_list``): with and
without what the other profiles do (the learned bridge).

Hand-over: for films, the profile's first ``n`` hidden films by time (n = 0, 5, 10, 20) are
given back, the model retrained, and the rest scored; the cross-kind weight falls to 0 at 20,
where the For you list must equal the model's list (counted over the profiles).

    python benchmarks/cross_kind.py [--profiles N] [--seed 7]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp

from desktop_recsys.engine.cross_kind import cross_weight
from desktop_recsys.engine.evaluation.metrics import calibration_kl, ndcg_at_k
from desktop_recsys.library import Library, dataset_rows
from desktop_recsys.library.demo import build_demo
from desktop_recsys.services import cross_kind, for_you_service, recommend_service
from desktop_recsys.services.training_service import train_model

K = 10
HAND_OVER = (0, 5, 10, 20)


def hide(base: Path, work: Path, profile: int, kind: str, keep: int = 0) -> list[int]:
    """Copy ``base`` to ``work`` without the profile's ``kind`` interactions except its first
    ``keep`` items by time; the hidden items (all of them, first by time) are returned."""
    shutil.copy(base, work)
    with Library.open(work) as library:
        first: dict[int, float] = {}
        for r in library.ratings.for_profile(profile):
            first[r.item_id] = min(first.get(r.item_id, r.rated_at), r.rated_at)
        for p in library.plays.for_profile(profile):
            at = p.played_at if p.played_at is not None else 0.0
            first[p.item_id] = min(first.get(p.item_id, at), at)
        meta = dataset_rows.items_by_ids(library, sorted(first))
        items = sorted((i for i in first if meta[i][1] == kind), key=lambda i: (first[i], i))
        gone = items[keep:]
        with library.transaction() as conn:
            for table in ("ratings", "plays", "marks"):
                conn.executemany(
                    f"DELETE FROM {table} WHERE profile_id = ? AND item_id = ?",
                    [(profile, i) for i in gone],
                )
    return items


def genres_of(library_file: Path, kind: str) -> tuple[dict[int, int], sp.csr_matrix]:
    """Item id -> row, and the binary item x genre matrix of ``kind``."""
    with Library.open(library_file) as library:
        ids = [int(r[0]) for r in dataset_rows.catalogue(library, kind)]
        pairs = dataset_rows.item_genres(library, kind)
    row = {item: k for k, item in enumerate(ids)}
    names = sorted({g for _, g in pairs})
    col = {g: k for k, g in enumerate(names)}
    cells = [(row[i], col[g]) for i, g in pairs if i in row]
    matrix = sp.csr_matrix(
        (np.ones(len(cells)), ([r for r, _ in cells], [c for _, c in cells])),
        shape=(len(ids), len(names)),
    )
    return row, matrix


def score(lists: list[list[int]], hidden: list[list[int]], row, genres) -> tuple[Any, Any]:
    """NDCG@10 and calibration KL@10 of ``lists`` against ``hidden``, per profile."""
    items = np.full((len(lists), K), -1)
    hits = np.zeros((len(lists), K), dtype=bool)
    history = sp.lil_matrix((len(lists), genres.shape[0]))
    for u, (listed, truth) in enumerate(zip(lists, hidden, strict=True)):
        wanted = set(truth)
        for k, item in enumerate(listed[:K]):
            items[u, k] = row[item]
            hits[u, k] = item in wanted
        for item in truth:
            history[u, row[item]] = 1
    ndcg = ndcg_at_k(hits, np.array([len(h) for h in hidden]), K)
    kl = calibration_kl(history.tocsr(), items, genres, K)
    return ndcg, kl


def run(base: Path, folder: Path, kind: str, profiles: list[int], keep: int = 0) -> dict:
    lists: dict[str, list[list[int]]] = {
        "popularity": [],
        "for you": [],
        "cross only": [],
        "cross, no bridge": [],
    }
    hidden: list[list[int]] = []
    same = 0
    weights = []
    for profile in profiles:
        work = folder / f"work-{kind}-{profile}-{keep}.db"
        models = folder / f"models-{kind}-{profile}-{keep}"
        items = hide(base, work, profile, kind, keep)
        hidden.append(items[keep:])
        train_model(work, models, kind=kind)
        model = recommend_service.recommend_for(work, models, profile=profile, kind=kind, n=50)
        mine = for_you_service.for_you_list(work, models, profile=profile, kind=kind, n=K)
        assert mine.recommendations is not None
        lists["popularity"].append([r.item_id for r in model.rows][:K])
        lists["for you"].append([r.item_id for r in mine.recommendations.rows][:K])
        same += lists["popularity"][-1] == lists["for you"][-1]
        with Library.open(work) as library:
            weights.append(cross_weight(cross_kind.own_count(library, profile, kind)))
            for name, bridge in (("cross only", True), ("cross, no bridge", False)):
                cross = cross_kind.cross_list(library, profile, kind, weight=1.0, use_bridge=bridge)
                order = [] if cross is None else np.argsort(-cross.scores, kind="stable")[:K]
                lists[name].append([cross.item_ids[k] for k in order] if cross else [])
        work.unlink()
        shutil.rmtree(models)
    row, genres = genres_of(base, kind)
    return {
        "scores": {name: score(v, hidden, row, genres) for name, v in lists.items()},
        "same": same,
        "weight": statistics.mean(weights),
    }


def _tally(gain: Any) -> str:
    """``better/equal/worse`` counts of a per-profile gain (positive: better)."""
    gain = np.nan_to_num(np.asarray(gain, dtype=np.float64))
    return f"{int((gain > 1e-12).sum())}/{int((abs(gain) <= 1e-12).sum())}/{int((gain < -1e-12).sum())}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profiles", type=int, default=0, help="first N profiles (0: all)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base = folder / "demo.db"
        with Library.open(base) as library:
            truth = build_demo(library, seed=args.seed)
        profiles = list(truth.profile_ids)[: args.profiles or None]
        print(f"demo library (seed {args.seed}), {len(profiles)} profiles, top {K}")
        for kind, what in (("film", "music-only profile, films"), ("track", "film-only, tracks")):
            result = run(base, folder, kind, profiles)
            print(f"\n{what}: NDCG@10, calibration KL@10 (lower is closer), and the")
            print("  profiles better / equal / worse than popularity on each")
            base_ndcg, base_kl = result["scores"]["popularity"]
            for name, (ndcg, kl) in result["scores"].items():
                print(
                    f"  {name:<18} {ndcg.mean():.3f}  {np.nanmean(kl):.3f}   "
                    f"{_tally(ndcg - base_ndcg)}   {_tally(base_kl - kl)}"
                )
        print("\nhand-over (films): n films back, scored on the rest")
        print("  n   weight  model NDCG  for-you NDCG  cross NDCG  for-you == model")
        for keep in HAND_OVER:
            result = run(base, folder, "film", profiles, keep)
            model, mine = result["scores"]["popularity"], result["scores"]["for you"]
            cross = result["scores"]["cross only"]
            print(
                f"  {keep:<3} {result['weight']:.2f}    {model[0].mean():.3f}       "
                f"{mine[0].mean():.3f}         {cross[0].mean():.3f}        "
                f"{result['same']} of {len(profiles)}"
            )
    print(f"\n{time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
