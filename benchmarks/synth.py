"""Synthetic interaction files and libraries with power-law users and items, deterministic.

    .venv/bin/python benchmarks/synth.py file 1M out.csv            # user,item,weight rows
    .venv/bin/python benchmarks/synth.py library 2M lib.sqlite      # a SQLite library (films)

Sizes are counts of interactions: ``200k``, ``1M``, ``3M`` (or any number). By default a size of
``n`` interactions has ``n / 100`` users and ``n / 40`` items (2M: 20,000 profiles, 50,000
films, the issue's large library); ``--users`` and ``--items`` override.

How the rows are drawn (seed 42 unless ``--seed``):

- users are active by a power law (the weight of the user of rank r is ``r ** -0.8``, ranks
  shuffled), items popular by a steeper one (``r ** -1.0``);
- every item belongs to one of 64 taste groups; every user has three favourite groups (shares
  0.6, 0.3, 0.1) and draws 85% of their items from them, by popularity within the group, and
  15% from the whole catalogue by popularity, so models that learn taste beat popularity;
- a (user, item) pair occurs once: duplicates are drawn again until there are exactly ``n``;
- the weight is a star rating 1-5 (higher within the favourite groups), as ratings.csv has it.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

GROUPS = 64
SEED = 42


def parse_size(text: str) -> int:
    """``200k`` -> 200_000, ``1M`` -> 1_000_000, ``2500`` -> 2500."""
    t = text.strip().lower().replace("_", "").replace(",", "")
    scale = {"k": 1_000, "m": 1_000_000}.get(t[-1:], 1)
    number = float(t[:-1]) if scale != 1 else float(t)
    value = int(round(number * scale))
    if value < 1:
        raise argparse.ArgumentTypeError(f"size must be at least 1 (got {text!r})")
    return value


def shape_for(n: int, users: int | None = None, items: int | None = None) -> tuple[int, int]:
    """Users and items of a library of ``n`` interactions (see the module docs)."""
    return users or max(50, n // 100), items or max(100, n // 40)


def interactions(
    n: int, *, users: int | None = None, items: int | None = None, seed: int = SEED
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(user, item, weight)`` arrays of ``n`` distinct pairs (int32, int32, float32)."""
    n_users, n_items = shape_for(n, users, items)
    if n > n_users * n_items // 4:
        raise ValueError(f"{n} interactions do not fit {n_users} users x {n_items} items")
    rng = np.random.default_rng(seed)
    user_w = rng.permutation(np.arange(1, n_users + 1, dtype=np.float64) ** -0.8)
    item_w = rng.permutation(np.arange(1, n_items + 1, dtype=np.float64) ** -1.0)
    group = rng.integers(0, GROUPS, n_items)
    favourites = np.stack([rng.permutation(GROUPS)[:3] for _ in range(n_users)])

    # Items sorted by group; a cumulative popularity over that order finds an item of a group.
    order = np.argsort(group, kind="stable")
    cum = np.cumsum(item_w[order])
    bounds = np.searchsorted(group[order], np.arange(GROUPS + 1))
    start = np.concatenate([[0.0], cum])[bounds[:-1]]
    end = np.concatenate([[0.0], cum])[bounds[1:]]
    user_cdf = np.cumsum(user_w) / user_w.sum()

    keys = np.empty(0, dtype=np.int64)
    taste = np.empty(0, dtype=bool)
    while keys.size < n:
        m = int((n - keys.size) * 1.3) + 1000
        u = np.minimum(np.searchsorted(user_cdf, rng.random(m)), n_users - 1)
        slot = np.searchsorted([0.6, 0.9], rng.random(m), side="right")
        g = favourites[u, slot]
        in_taste = rng.random(m) < 0.85
        lo = np.where(in_taste, start[g], 0.0)
        hi = np.where(in_taste, end[g], cum[-1])
        pos = np.minimum(np.searchsorted(cum, lo + rng.random(m) * (hi - lo)), n_items - 1)
        it = order[pos]
        new = u.astype(np.int64) * n_items + it
        keys = np.concatenate([keys, new])
        taste = np.concatenate([taste, in_taste])
        keys, first = np.unique(keys, return_index=True)
        taste = taste[first]
        # np.unique sorts; keep a random n of them (the draw order is random anyway).
        if keys.size > n:
            keep = np.sort(rng.choice(keys.size, n, replace=False))
            keys, taste = keys[keep], taste[keep]
    user = (keys // n_items).astype(np.int32)
    item = (keys % n_items).astype(np.int32)
    stars = np.clip(np.round(rng.normal(np.where(taste, 4.0, 2.8), 0.9)), 1, 5)
    return user, item, stars.astype(np.float32)


def write_file(path: Path, n: int, **kw: int | None) -> Path:
    """A ``user,item,weight`` CSV of ``n`` interactions (ids ``u<N>`` and ``i<N>``)."""
    import pandas as pd  # deferred: only the file writer needs pandas

    user, item, weight = interactions(n, **kw)  # type: ignore[arg-type]
    frame = pd.DataFrame(
        {
            "user": np.char.add("u", user.astype(str)),
            "item": np.char.add("i", item.astype(str)),
            "weight": weight.astype(np.int8),
        }
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    frame.to_csv(path, index=False)
    return path


def write_library(path: Path, n: int, **kw: int | None) -> Path:
    """A library of films, profiles and ``n`` ratings, written through the repositories."""
    from desktop_recsys.library import Library
    from desktop_recsys.library.models import NewItem

    user, item, weight = interactions(n, **kw)  # type: ignore[arg-type]
    n_users, n_items = shape_for(n, kw.get("users"), kw.get("items"))
    if path.exists():
        raise SystemExit(f"{path} exists; give a new file")
    with Library.open(path) as lib:
        films = lib.items.add_many(
            NewItem("film", f"Film {i}", year=1950 + i % 70) for i in range(n_items)
        )
        people = [lib.profiles.add(f"Person {u}").id for u in range(n_users)]
        film_ids = np.asarray(films, dtype=np.int64)
        person_ids = np.asarray(people, dtype=np.int64)
        t0 = 1.6e9
        chunk = 200_000
        for s in range(0, n, chunk):
            e = min(n, s + chunk)
            lib.ratings.set_many(
                zip(
                    person_ids[user[s:e]].tolist(),
                    film_ids[item[s:e]].tolist(),
                    (weight[s:e].astype(np.float64)).tolist(),
                    (t0 + np.arange(s, e, dtype=np.float64)).tolist(),
                    strict=True,
                )
            )
    return path


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("what", choices=("file", "library"))
    p.add_argument("size", type=parse_size, help="interactions: 200k, 1M, 3M, ...")
    p.add_argument("out", type=Path)
    p.add_argument("--users", type=int)
    p.add_argument("--items", type=int)
    p.add_argument("--seed", type=int, default=SEED)
    a = p.parse_args()
    started = time.perf_counter()
    write = write_file if a.what == "file" else write_library
    write(a.out, a.size, users=a.users, items=a.items, seed=a.seed)
    print(f"{a.out}: {a.size:,} interactions in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
