"""Rating prediction side by side with Surprise, whole process, on the protocol split.

    .venv/bin/python benchmarks/ratings_vs_peers.py [--runs 3] [--only LABEL ...]

ml-latest-small, seed-42 split of ``EVALUATION.md``: TRAIN weights are the raw ratings and
PAIRS the held-out (user, item) pairs. Ours run through ``desktop-recsys predict-file``, the
peers through ``benchmarks/peers/surprise_ratings.py`` in the peers' venv. Prints RMSE / MAE,
median wall time and peak RSS with ratios to the best Surprise model (RMSE) and to Surprise's
SVD (wall time); the JSON record goes to ``benchmarks/out/ratings_<date>.json``. The 1-minute
load average is printed before and after each contender (the machine is shared: compare
ratios within one run, not walls across runs).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import tempfile
from pathlib import Path

from _harness import (
    OURS,
    PEERS_DIR,
    PEERS_PY,
    ROOT,
    machine,
    make_split,
    markdown_table,
    run_timed,
    score_preds,
)

CONTENDERS: list[tuple[str, str, str, dict[str, str]]] = [
    ("ours biased-mf", "ours", "biased-mf", {}),
    ("surprise baseline", "surprise", "baseline", {}),
    ("surprise svd", "surprise", "svd", {}),
    ("surprise knnbaseline", "surprise", "knnbaseline", {}),
]


def command(kind: str, algorithm: str, params: dict[str, str], split, out: Path) -> list[str]:
    """The whole-process command line of one contender."""
    if kind == "ours":
        cmd = [str(OURS), "predict-file", "--train", str(split.train_csv), "--pairs",
               str(split.pairs_csv), "--algorithm", algorithm]  # fmt: skip
        for k, v in params.items():
            cmd += ["--param", f"{k}={v}"]
        return cmd + ["--out", str(out)]
    return [str(PEERS_PY), str(PEERS_DIR / "surprise_ratings.py"), "--train",
            str(split.train_csv), "--pairs", str(split.pairs_csv), "--model", algorithm,
            "--out", str(out)]  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--only", nargs="*", default=None)
    a = ap.parse_args()
    date = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    print(f"# ratings vs Surprise, {date}, {machine()}, median of {a.runs} runs\n")
    results: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory(prefix="recsys-bench-") as tmp:
        split = make_split("ml", Path(tmp))
        for label, kind, algo, params in CONTENDERS:
            if a.only and label not in a.only:
                continue
            out = Path(tmp) / f"{label.replace(' ', '_')}.csv"
            load_before = os.getloadavg()[0]
            run = run_timed(command(kind, algo, params, split, out), a.runs)
            load = (load_before, os.getloadavg()[0])
            m = score_preds(out, split)
            results[label] = {**m, "wall_s": run.wall, "peak_mib": run.peak, "walls": run.walls,
                              "kind": kind, "load_avg_1min": load}  # fmt: skip
            walls = " ".join(f"{w:.2f}" for w in run.walls)
            print(f"  {label}: rmse={m['rmse']:.4f} wall={run.wall:.2f}s (runs {walls}; "
                  f"load {load[0]:.1f} -> {load[1]:.1f})", flush=True)  # fmt: skip
    peers = {k: v for k, v in results.items() if v["kind"] != "ours"}
    best = min(peers, key=lambda k: peers[k]["rmse"]) if peers else None
    svd = results.get("surprise svd", {}).get("wall_s", float("nan"))
    rows = []
    for label, r in results.items():
        rows.append([
            label, f"{r['rmse']:.4f}", f"{r['rmse'] / peers[best]['rmse']:.3f}" if best else "",
            f"{r['mae']:.4f}", f"{r['wall_s']:.2f}", f"{r['wall_s'] / svd:.2f}",
            f"{r['peak_mib']:.0f}", str(int(r["missing_pairs"])),
        ])  # fmt: skip
    header = ["contender", "RMSE", "/ best peer", "MAE", "wall s", "/ Surprise SVD",
              "peak MiB", "missing"]  # fmt: skip
    print(f"\n**ml-latest-small ratings** (best peer: {best})\n")
    print(markdown_table(header, rows))
    out_dir = ROOT / "benchmarks" / "out"
    out_dir.mkdir(exist_ok=True)
    path = out_dir / f"ratings_{dt.datetime.now().strftime('%Y%m%d_%H%M')}.json"
    path.write_text(json.dumps({"date": date, "machine": machine(), "runs": a.runs,
                                "results": results}, indent=1))  # fmt: skip
    print(f"\nrecord: {path}")


if __name__ == "__main__":
    main()
