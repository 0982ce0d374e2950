"""Top-N side by side with the peers, whole process, on the protocol of ``EVALUATION.md``.

    .venv/bin/python benchmarks/topn_vs_peers.py [--data ml lastfm] [--runs 3] [--only NAME ...]

Writes the split files (seed 42) into a temporary folder, runs every contender as its own
process (ours through ``desktop-recsys recommend-file``, peers through ``benchmarks/peers/`` in
the peers' venv, see ``benchmarks/README.md``), times it (median wall time of ``--runs``, peak
RSS), grades every RECS.csv with one scorer and prints a markdown table with ratios to the best
peer. The JSON record goes to ``benchmarks/out/topn_<date>.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
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
    score_recs,
)

N = 20
#: (label, kind, algorithm, params). Ours run with their shipped defaults.
CONTENDERS: list[tuple[str, str, str, dict[str, str]]] = [
    ("ours default", "ours", "default", {}),
    ("ours ease", "ours", "ease", {}),
    ("ours als", "ours", "als", {}),
    ("ours item-knn", "ours", "item-knn", {}),
    ("ours bpr", "ours", "bpr", {}),
    ("implicit als", "implicit", "als", {}),
    ("implicit bpr", "implicit", "bpr", {}),
    ("implicit cosine", "implicit", "cosine", {}),
    ("implicit bm25", "implicit", "bm25", {}),
    ("cornac ease", "cornac", "ease", {}),
    ("cornac mostpop", "cornac", "mostpop", {}),
]


def command(kind: str, algorithm: str, params: dict[str, str], train: Path, out: Path) -> list[str]:
    """The whole-process command line of one contender."""
    if kind == "ours":
        cmd = [str(OURS), "recommend-file", "--train", str(train), "--algorithm", algorithm]
        for k, v in params.items():
            cmd += ["--param", f"{k}={v}"]
        return cmd + ["--n", str(N), "--out", str(out)]
    script = PEERS_DIR / f"{kind}_topn.py"
    return [str(PEERS_PY), str(script), "--train", str(train), "--model", algorithm,
            "--n", str(N), "--out", str(out)]  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", nargs="+", default=["ml", "lastfm"])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--only", nargs="*", default=None, help="labels to run (default: all)")
    a = ap.parse_args()
    date = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    record: dict[str, object] = {"date": date, "machine": machine(), "runs": a.runs, "data": {}}
    print(f"# top-N vs peers, {date}, {machine()}, median of {a.runs} runs\n")
    with tempfile.TemporaryDirectory(prefix="recsys-bench-") as tmp:
        for name in a.data:
            split = make_split(name, Path(tmp))
            results: dict[str, dict[str, float]] = {}
            for label, kind, algo, params in CONTENDERS:
                if a.only and label not in a.only:
                    continue
                out = Path(tmp) / f"{name}_{label.replace(' ', '_')}.csv"
                run = run_timed(command(kind, algo, params, split.train_csv, out), a.runs)
                metrics = score_recs(out, split)
                results[label] = {**metrics, "wall_s": run.wall, "peak_mib": run.peak,
                                  "walls": run.walls, "kind": kind}  # fmt: skip
                print(f"  {name} {label}: ndcg@10={metrics['ndcg_at_10']:.4f} "
                      f"wall={run.wall:.2f}s peak={run.peak:.0f}MiB", flush=True)  # fmt: skip
            record["data"][name] = results  # type: ignore[index]
            print()
            print(table(name, results))
            print()
    out_dir = ROOT / "benchmarks" / "out"
    out_dir.mkdir(exist_ok=True)
    path = out_dir / f"topn_{dt.datetime.now().strftime('%Y%m%d_%H%M')}.json"
    path.write_text(json.dumps(record, indent=1))
    print(f"record: {path}")


def table(name: str, results: dict[str, dict[str, float]]) -> str:
    """Markdown table of one data set with ratios to the best peer (NDCG) and to implicit ALS
    (wall time); ``ease`` rows also get ratios to cornac EASE (wall, memory)."""
    peers = {k: v for k, v in results.items() if v["kind"] != "ours"}
    best_label = max(peers, key=lambda k: peers[k]["ndcg_at_10"]) if peers else None
    best = peers[best_label]["ndcg_at_10"] if best_label else float("nan")
    als = results.get("implicit als", {}).get("wall_s", float("nan"))
    cease = results.get("cornac ease", {})
    rows = []
    for label, r in results.items():
        ratio_ease = ""
        if label == "ours ease" and cease:
            ratio_ease = (f"wall {r['wall_s'] / cease['wall_s']:.2f}x, "
                          f"peak {r['peak_mib'] / cease['peak_mib']:.2f}x, "
                          f"ndcg {r['ndcg_at_10'] / cease['ndcg_at_10']:.3f}x")  # fmt: skip
        rows.append([
            label, f"{r['ndcg_at_10']:.4f}", f"{r['ndcg_at_10'] / best:.3f}",
            f"{r['recall_at_20']:.4f}", f"{r['coverage_at_10']:.3f}", f"{r['novelty_at_10']:.2f}",
            str(int(r["leaks"])), f"{r['wall_s']:.2f}", f"{r['wall_s'] / als:.2f}",
            f"{r['peak_mib']:.0f}", ratio_ease,
        ])  # fmt: skip
    header = ["contender", "NDCG@10", "/ best peer", "Recall@20", "cov@10", "novelty@10",
              "leaks", "wall s", "/ implicit ALS", "peak MiB", "vs cornac EASE"]  # fmt: skip
    return f"**{name}** (best peer: {best_label})\n\n" + markdown_table(header, rows)


if __name__ == "__main__":
    main()
