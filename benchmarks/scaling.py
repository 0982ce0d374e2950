"""How `default` and `als` grow with the data, side by side with implicit's ALS, in one run.

    .venv/bin/python benchmarks/scaling.py [--sizes 200k 1M 3M] [--runs 1] [--only NAME ...]

For every size, a synthetic interaction file of that many interactions (``benchmarks/synth.py``:
power-law users and items, seed 42) is split by the protocol of ``EVALUATION.md`` (seed 42,
per-user 80/20), and every contender runs on the same TRAIN.csv as a whole process
(``desktop-recsys recommend-file --n 10``; implicit through ``benchmarks/peers/implicit_topn.py``
in the peers' venv). Figures: median wall time, CPU time (user + system, all threads: what a
busy machine inflates least), peak memory of the contender's own process
(measured from a fresh process, see ``_harness.measured``), NDCG@10 of its RECS.csv, ratios to
implicit ALS of the same size, and each contender's growth exponent (the slope of log wall and
log peak over log interactions between the smallest and the largest size). Prints markdown;
the JSON record goes to ``benchmarks/out/scaling_<date>.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd
import synth
from _harness import OURS, PEERS_DIR, PEERS_PY, ROOT, Split, machine, markdown_table, run_timed
from _harness import score_recs as _score

from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.evaluation import holdout_split

N = 10
CONTENDERS = ["ours default", "ours als", "implicit als"]
FIGURES = ("wall_s", "cpu_s", "peak_mib", "ndcg10")


def command(label: str, train: Path, out: Path) -> list[str]:
    """The whole-process command line of one contender."""
    kind, algorithm = label.split()
    if kind == "ours":
        return [str(OURS), "recommend-file", "--train", str(train), "--algorithm", algorithm,
                "--n", str(N), "--out", str(out)]  # fmt: skip
    return [str(PEERS_PY), str(PEERS_DIR / f"{kind}_topn.py"), "--train", str(train),
            "--model", algorithm, "--n", str(N), "--out", str(out)]  # fmt: skip


def make_split(n: int, folder: Path) -> Split:
    """Synthetic interactions of size ``n``, split by the protocol, TRAIN written as CSV."""
    user, item, weight = synth.interactions(n)
    frame = pd.DataFrame(
        {
            "user": pd.Series(user).map("u{}".format),
            "item": pd.Series(item).map("i{}".format),
            "weight": weight.astype("float64"),
        }  # fmt: skip
    )
    train, test = holdout_split(frame)
    train_csv = folder / f"train_{n}.csv"
    train.to_csv(train_csv, index=False, float_format="%.6g")
    back = pd.read_csv(train_csv, dtype={"user": str, "item": str})
    return Split(f"synth {n}", train_csv, folder / "unused", Dataset.from_frame(back), test)


def exponent(xs: list[float], ys: list[float]) -> float | None:
    """The least-squares slope of log y over log x (None for fewer than two sizes)."""
    pts = [(math.log(x), math.log(y)) for x, y in zip(xs, ys, strict=True) if y > 0]
    if len(pts) < 2:
        return None
    mx = sum(p[0] for p in pts) / len(pts)
    my = sum(p[1] for p in pts) / len(pts)
    den = sum((p[0] - mx) ** 2 for p in pts)
    return sum((p[0] - mx) * (p[1] - my) for p in pts) / den


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--sizes", nargs="+", type=synth.parse_size, default=[200_000, 1_000_000])
    p.add_argument("--runs", type=int, default=1)
    p.add_argument("--only", nargs="+", choices=CONTENDERS, default=CONTENDERS)
    a = p.parse_args()
    if any(c.startswith("implicit") for c in a.only) and not PEERS_PY.exists():
        sys.exit(f"no peers interpreter at {PEERS_PY}; see benchmarks/README.md (Set-up)")
    record: dict[str, object] = {
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "runs": a.runs,
        "sizes": {},
    }
    results: dict[int, dict[str, dict[str, float]]] = {}
    with tempfile.TemporaryDirectory(prefix="scaling-") as tmp:
        folder = Path(tmp)
        for n in a.sizes:
            started = time.perf_counter()
            split = make_split(n, folder)
            print(f"# {n:,} interactions: {split.train.n_users:,} users, "
                  f"{split.train.n_items:,} items, TRAIN {split.train.nnz:,} "
                  f"(split {time.perf_counter() - started:.0f} s)", flush=True)  # fmt: skip
            results[n] = {}
            for label in a.only:
                out = folder / f"recs_{n}_{label.replace(' ', '_')}.csv"
                run = run_timed(command(label, split.train_csv, out), a.runs)
                ndcg = _score(out, split)["ndcg_at_10"]
                results[n][label] = {"wall_s": run.wall, "cpu_s": run.cpu, "peak_mib": run.peak,
                                     "ndcg10": ndcg, "walls": run.walls, "cpus": run.cpus,
                                     "peaks": run.peaks, "load": os.getloadavg()[0]}  # fmt: skip
                print(f"  {label}: wall {run.wall:.1f} s, CPU {run.cpu:.1f} s, "
                      f"peak {run.peak:.0f} MiB, NDCG@10 {ndcg:.4f}, "
                      f"load {os.getloadavg()[0]:.1f}", flush=True)  # fmt: skip
            record["sizes"][str(n)] = {  # type: ignore[index]
                "users": split.train.n_users, "items": split.train.n_items,
                "train": split.train.nnz, "contenders": results[n]}  # fmt: skip
    rows = []
    for n, by in results.items():
        ref = by.get("implicit als")
        for label, r in by.items():
            ratio = {k: f"{r[k] / ref[k]:.2f}" if ref else "" for k in r if k in FIGURES}
            rows.append([f"{n:,}", label, f"{r['wall_s']:.1f}", ratio["wall_s"],
                         f"{r['cpu_s']:.1f}", ratio["cpu_s"], f"{r['peak_mib']:.0f}",
                         ratio["peak_mib"], f"{r['ndcg10']:.4f}", ratio["ndcg10"]])  # fmt: skip
    print()
    print(markdown_table(["interactions", "contender", "wall s", "/ implicit ALS", "CPU s",
                          "/ implicit ALS", "peak MiB", "/ implicit ALS", "NDCG@10",
                          "/ implicit ALS"], rows))  # fmt: skip
    sizes = list(results)
    growth = {}
    for label in a.only:
        growth[label] = {
            k: exponent(sizes, [results[n][label][f] for n in sizes])
            for k, f in (("wall", "wall_s"), ("cpu", "cpu_s"), ("peak", "peak_mib"))
        }
    record["growth"] = growth
    print()
    shown = lambda v: "-" if v is None else f"{v:.2f}"  # noqa: E731
    print(markdown_table(["contender", "wall growth exponent", "CPU growth exponent",
                          "peak growth exponent"], [
        [label, shown(g["wall"]), shown(g["cpu"]), shown(g["peak"])]
        for label, g in growth.items()
    ]))  # fmt: skip
    out_dir = ROOT / "benchmarks" / "out"
    out_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d_%H%M")
    (out_dir / f"scaling_{stamp}.json").write_text(json.dumps(record, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
