"""One taste across music and films in every list of a kind (issue 18, section 2): group
lists, radio, daily mixes and the blind test, on the demo library.

Held-out protocol as in ``benchmarks/cross_kind.py``, in batches: a copy of the demo library
loses the films (ratings, plays, marks) of five profiles at once (the *hidden* films), the film
models (default, popularity) are trained on the copy, and for each of those profiles every path
that builds a film list for it is asked twice, with the cross-kind blend and with it switched
off (``cross_kind.cross_list`` answering None, as before the change):

- **group**: ``group_service.group_list`` (100 items) for the profile and a profile whose
  films are kept; the profile's own share of the group list (its contribution bars) ranks the
  items; popularity is compared among the same 100 items.
- **radio**: ``radio_service.radio_list`` from the catalogue's most popular film, balance 1
  ("more like me"), the first 20 items.
- **mixes**: ``mixes_service.generate_mixes`` (films); every mix's items together.
- **blind**: ``ab_test_service.blind_list`` of default against popularity, the top 20.

Each list is scored by the share of its items among the profile's hidden films (precision),
and popularity's list of the same length beside it (``recommend_for``: the model has never seen
the profile's films). Lists of 20 are cut to 20; the mixes are compared at their own length.

    python benchmarks/cross_kind_paths.py [--batches 5] [--seed 7]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from threadpoolctl import threadpool_limits

from desktop_recsys.library import Library
from desktop_recsys.library.demo import build_demo
from desktop_recsys.services import (
    ab_test_service,
    cross_kind,
    group_service,
    mixes_service,
    radio_service,
    recommend_service,
)
from desktop_recsys.services.training_service import train_model

N = 20
PATHS = ("group", "radio", "mixes", "blind")


def hide_films(path: Path, profiles: list[int]) -> dict[int, set[int]]:
    """Delete the profiles' film ratings, plays and marks; their films, by profile."""
    hidden: dict[int, set[int]] = {}
    with Library.open(path) as library, library.transaction() as conn:
        for profile in profiles:
            hidden[profile] = {
                int(i)
                for (i,) in conn.execute(
                    "SELECT item_id FROM ratings WHERE profile_id = ? UNION "
                    "SELECT item_id FROM plays WHERE profile_id = ? UNION "
                    "SELECT item_id FROM marks WHERE profile_id = ?",
                    (profile, profile, profile),
                )
            } & {int(i) for (i,) in conn.execute("SELECT id FROM items WHERE kind = 'film'")}
            for table in ("ratings", "plays", "marks"):
                conn.execute(
                    f"DELETE FROM {table} WHERE profile_id = ? AND item_id IN "
                    "(SELECT id FROM items WHERE kind = 'film')",
                    (profile,),
                )
    return hidden


def lists(path: Path, models: Path, profile: int, friend: int, seed: int, cache, tmp: Path):
    """The profile's film list of each path (item ids, best first; mixes: all their items)."""
    out: dict[str, list[int]] = {}
    group = group_service.group_list(
        path, models, profiles=[profile, friend], kind="film", n=100, cache=cache
    )
    share = {r.item_id: next(b[2] for b in r.because if b[0] == profile) for r in group.rows}
    out["group"] = sorted(share, key=lambda i: (-share[i], i))[:N]
    out["group_all"] = list(share)
    _radio, items = radio_service.radio_list(
        path, models, seed, n=N, profile=profile, balance=1.0, cache=cache
    )
    out["radio"] = [i.item_id for i in items]
    with threadpool_limits(1), Library.open(path) as library:
        made = mixes_service.generate_mixes(library, models, profile, kind="film", cache=cache)
    out["mixes"] = [i for mix in made.mixes for i in mix.item_ids]
    blind_path = tmp / f"blind-{profile}.sqlite"
    shutil.copyfile(path, blind_path)
    ab_test_service.start_test(
        blind_path, models, a="default", b="popularity", profile=profile, kind="film",
        train_missing=False,
    )  # fmt: skip
    blind = ab_test_service.blind_list(
        blind_path, models, profile_id=profile, kind="film", n=N, cache=cache
    )
    assert blind is not None
    out["blind"] = [r.item_id for r in blind.recommendations.rows][:N]
    blind_path.unlink()
    return out


def precision(ids: list[int], hidden: set[int]) -> float:
    return len(set(ids) & hidden) / len(ids) if ids else float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batches", type=int, default=5, help="batches of 5 profiles (1-5)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    real = cross_kind.cross_list
    started, cpu = time.time(), time.process_time()
    scores: dict[tuple[str, str], list[float]] = {}
    better = {p: [0, 0, 0] for p in PATHS}  # better / same / worse than without
    mixes_made = {"cross": 0, "off": 0}
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        base = tmp / "base.sqlite"
        with Library.open(base) as library:
            build_demo(library, seed=args.seed)
        for batch in range(args.batches):
            profiles = [batch * 5 + k + 1 for k in range(5)]
            path = tmp / f"batch{batch}.sqlite"
            shutil.copyfile(base, path)
            hidden = hide_films(path, profiles)
            models = tmp / f"models{batch}"
            train_model(path, models, kind="film")
            train_model(path, models, kind="film", algorithm="popularity")
            cache = recommend_service.ModelCache()
            with Library.open(path) as library:
                seed = library.conn.execute(
                    "SELECT i.id FROM items i JOIN ratings r ON r.item_id = i.id "
                    "WHERE i.kind = 'film' GROUP BY i.id ORDER BY COUNT(*) DESC, i.id LIMIT 1"
                ).fetchone()[0]
            for profile in profiles:
                friend = (profile + 9) % 25 + 1
                if friend in profiles:
                    friend = (friend + 5) % 25 + 1
                popular = recommend_service.recommend_for(
                    path, models, profile=profile, kind="film", n=400, cache=cache
                )
                pop_ids = [r.item_id for r in popular.rows]
                got = {}
                for label in ("cross", "off"):
                    cross_kind.cross_list = real if label == "cross" else (lambda *_a, **_k: None)
                    try:
                        got[label] = lists(path, models, profile, friend, seed, cache, tmp)
                    finally:
                        cross_kind.cross_list = real
                for path_name in PATHS:
                    for label in ("cross", "off"):
                        ids = got[label][path_name]
                        if not ids:
                            continue
                        scores.setdefault((path_name, label), []).append(
                            precision(ids, hidden[profile])
                        )
                        if label == "cross":
                            ranked = pop_ids
                            if path_name == "group":  # popularity among the group's own items
                                ranked = [i for i in pop_ids if i in got["cross"]["group_all"]]
                            scores.setdefault((path_name, "popularity"), []).append(
                                precision(ranked[: len(ids)], hidden[profile])
                            )
                    a = precision(got["cross"][path_name], hidden[profile])
                    b = precision(got["off"][path_name], hidden[profile])
                    if got["off"][path_name]:
                        better[path_name][0 if a > b else 1 if a == b else 2] += 1
                mixes_made["cross"] += bool(got["cross"]["mixes"])
                mixes_made["off"] += bool(got["off"]["mixes"])
                print(f"profile {profile} done", flush=True)
    wall, used = time.time() - started, time.process_time() - cpu
    print(f"\n{'path':<8}{'with cross':>14}{'without':>14}{'popularity':>14}  better/same/worse")
    for path_name in PATHS:
        row = [scores.get((path_name, k), []) for k in ("cross", "off", "popularity")]
        shown = [f"{statistics.mean(v):.3f} ({len(v)})" if v else "-" for v in row]
        b = better[path_name]
        print(f"{path_name:<8}{shown[0]:>14}{shown[1]:>14}{shown[2]:>14}  {b[0]}/{b[1]}/{b[2]}")
    print(
        f"profiles with film mixes: {mixes_made['cross']} with cross, {mixes_made['off']} without"
    )
    print(f"wall {wall:.0f} s, CPU {used:.0f} s, load {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
