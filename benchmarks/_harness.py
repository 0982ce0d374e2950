"""Shared pieces of the whole-process benchmarks: data, protocol split files, timing, scoring.

Every contender runs as its own process (interpreter start, imports, reading, fitting and
writing included, as ``EVALUATION.md`` asks). Wall time is the median of several runs; peak
memory is the contender's own maximum resident set size, read by a small process that starts it
fresh (GNU ``time -f %M``, else :data:`PEAK_WRAPPER`). Reading ``os.wait4`` on a child of this
harness directly is wrong: Linux carries the memory high-water mark of the process that
spawned it into the child's ``ru_maxrss`` at exec, so every contender read at least the
harness's own peak (``/bin/true`` read 525 MB under a 500 MB harness).

One scorer (the engine's protocol metrics over the written CSV files) grades every contender,
ours and the peers alike.
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.evaluation import holdout_split, rating_metrics, top_n_metrics

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("DESKTOP_RECSYS_DATA", ROOT / ".." / "shared" / "data")).resolve()
PEERS_PY = Path(
    os.environ.get(
        "DESKTOP_RECSYS_PEERS_PYTHON", ROOT / "benchmarks" / ".peers-venv" / "bin" / "python"
    )
)
OURS = Path(os.environ.get("DESKTOP_RECSYS_CLI", Path(sys.executable).parent / "desktop-recsys"))
PEERS_DIR = ROOT / "benchmarks" / "peers"


def load_frame(name: str) -> tuple[pd.DataFrame, bool]:
    """``user,item,weight`` rows of a reference data set, and whether weights are ratings.

    Last.fm play counts become ``log1p(count)`` as the protocol asks.
    """
    if name == "ml":
        f = pd.read_csv(
            DATA / "ml-latest-small" / "ratings.csv", dtype={"userId": str, "movieId": str}
        )
        return f.iloc[:, :3].set_axis(["user", "item", "weight"], axis=1), True
    if name == "lastfm":
        f = pd.read_csv(DATA / "hetrec2011-lastfm-2k" / "user_artists.dat", sep="\t", dtype=str)
        f = f.set_axis(["user", "item", "weight"], axis=1)
        f["weight"] = np.log1p(f["weight"].astype(np.float64))
        return f, False
    raise SystemExit(f"unknown data set {name!r}; choose ml or lastfm")


def load_side(name: str) -> dict[str, object]:
    """Side information of a reference data set, as keyword arguments of ``Dataset.from_frame``.

    ml-latest-small: genres and (lower-cased) tags as attributes, the release year, the title
    as text. Last.fm 2k: the tags people gave each artist, the artist's name as text, and the
    friendship graph. (The content, social, hybrid and learned-ranker models use them.)
    """
    import csv
    import re

    if name == "ml":
        base = DATA / "ml-latest-small"
        movies = pd.read_csv(base / "movies.csv", dtype={"movieId": str})
        tags = pd.read_csv(base / "tags.csv", dtype={"movieId": str})
        genres = {
            m: [g for g in gs.split("|") if g != "(no genres listed)"]
            for m, gs in zip(movies.movieId, movies.genres, strict=True)
        }
        tag_lists = tags.groupby("movieId")["tag"].apply(
            lambda s: sorted({str(t).lower() for t in s})
        )
        years = {}
        for m, title in zip(movies.movieId, movies.title, strict=True):
            found = re.search(r"\((\d{4})\)\s*$", title.strip())
            if found:
                years[m] = int(found.group(1))
        return {
            "item_attributes": {"genres": genres, "tags": tag_lists.to_dict()},
            "item_years": years,
            "item_text": dict(zip(movies.movieId, movies.title, strict=True)),
        }
    if name == "lastfm":
        base = DATA / "hetrec2011-lastfm-2k"
        read = {"sep": "\t", "dtype": str, "quoting": csv.QUOTE_NONE, "encoding_errors": "replace"}
        artists = pd.read_csv(base / "artists.dat", **read)
        tag_names = pd.read_csv(base / "tags.dat", **read)
        tagged = pd.read_csv(base / "user_taggedartists.dat", **read)
        names = dict(zip(tag_names.iloc[:, 0], tag_names.iloc[:, 1], strict=True))
        tagged["tag"] = tagged.iloc[:, 2].map(names)
        tag_lists = tagged.groupby(tagged.columns[1])["tag"].apply(
            lambda s: sorted(set(s.dropna()))
        )
        friends = pd.read_csv(base / "user_friends.dat", **read)
        return {
            "item_attributes": {"tags": tag_lists.to_dict()},
            "item_text": dict(zip(artists.iloc[:, 0], artists.iloc[:, 1], strict=True)),
            "friendships": list(zip(friends.iloc[:, 0], friends.iloc[:, 1], strict=True)),
        }
    raise SystemExit(f"unknown data set {name!r}; choose ml or lastfm")


@dataclass
class Split:
    """The protocol split of one data set, written as files in ``folder``."""

    name: str
    train_csv: Path
    pairs_csv: Path
    train: Dataset
    test: pd.DataFrame


def make_split(name: str, folder: Path) -> Split:
    """Write TRAIN.csv and PAIRS.csv (seed 42 split of ``EVALUATION.md``) into ``folder``."""
    frame, _ = load_frame(name)
    train, test = holdout_split(frame)
    folder.mkdir(parents=True, exist_ok=True)
    train_csv = folder / f"{name}_train.csv"
    pairs_csv = folder / f"{name}_pairs.csv"
    train.to_csv(train_csv, index=False, float_format="%.6g")
    test[["user", "item"]].to_csv(pairs_csv, index=False)
    # Score against the data exactly as written (the rounding of weights included).
    back = pd.read_csv(train_csv, dtype={"user": str, "item": str})
    return Split(name, train_csv, pairs_csv, Dataset.from_frame(back), test)


@dataclass
class Run:
    """Wall times (s) and peak resident memory (MiB) of the repeated runs of one command."""

    walls: list[float] = field(default_factory=list)
    peaks: list[float] = field(default_factory=list)
    #: User + system CPU seconds of the contender's process (all its threads): what the work
    #: costs, which a busy machine inflates far less than the wall time.
    cpus: list[float] = field(default_factory=list)

    @property
    def wall(self) -> float:
        return statistics.median(self.walls)

    @property
    def peak(self) -> float:
        return statistics.median(self.peaks)

    @property
    def cpu(self) -> float:
        return statistics.median(self.cpus) if self.cpus else float("nan")


#: GNU time, when it is there (``-f %M``: the child's maximum resident set size in KiB;
#: ``%U %S``: its user and system CPU seconds).
GNU_TIME = Path("/usr/bin/time")

#: The fallback: a bare interpreter (``-S -E``: no site, no environment hooks) that forks and
#: execs the command and writes the child's own ``ru_maxrss`` (KiB) to a file. The child of a
#: fork gets a fresh high-water mark, so it carries only this small wrapper's (~10 MiB), never
#: the harness's.
PEAK_WRAPPER = (
    "import os, sys\n"
    "pid = os.fork()\n"
    "if pid == 0:\n"
    "    os.execvp(sys.argv[2], sys.argv[2:])\n"
    "_, status, usage = os.wait4(pid, 0)\n"
    "cpu = usage.ru_utime + usage.ru_stime\n"
    "open(sys.argv[1], 'w').write(f'{usage.ru_maxrss} {cpu:.3f}')\n"
    "sys.exit(os.waitstatus_to_exitcode(status))\n"
)


def _gnu_time_works() -> bool:
    if not GNU_TIME.is_file():
        return False
    try:
        done = subprocess.run(
            [str(GNU_TIME), "-f", "%M", "true"], capture_output=True, text=True, timeout=10
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    last = done.stderr.strip().splitlines()[-1:]
    return done.returncode == 0 and bool(last) and last[0].isdigit()


def measured(cmd: list[str], peak_file: Path) -> list[str]:
    """``cmd`` started from a fresh process that writes its peak RSS (KiB) to ``peak_file``."""
    if _gnu_time_works():
        return [str(GNU_TIME), "-f", "%M %U %S", "-o", str(peak_file), *cmd]
    return [sys.executable, "-S", "-E", "-c", PEAK_WRAPPER, str(peak_file), *cmd]


def read_peak(peak_file: Path) -> tuple[float, float]:
    """``(peak KiB, CPU seconds)`` a :func:`measured` command left (GNU time may add a line
    before its figures)."""
    lines = peak_file.read_text(encoding="ascii").strip().splitlines()
    figures = lines[-1].split() if lines else []
    try:
        return float(figures[0]), sum(float(f) for f in figures[1:])
    except (IndexError, ValueError):
        raise RuntimeError(f"no peak memory figure in {peak_file}") from None


def run_timed(cmd: list[str], runs: int, *, env: dict[str, str] | None = None) -> Run:
    """Run ``cmd`` ``runs`` times as a whole process; raise with its stderr if it fails."""
    import tempfile

    out = Run()
    with tempfile.TemporaryDirectory(prefix="peak-") as tmp:
        peak_file = Path(tmp) / "peak"
        for _ in range(runs):
            t0 = time.perf_counter()
            proc = subprocess.run(
                measured(cmd, peak_file),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                env=env,
                text=True,
            )
            wall = time.perf_counter() - t0
            if proc.returncode != 0:
                raise RuntimeError(
                    f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.strip()[-500:]}"
                )
            peak, cpu = read_peak(peak_file)
            out.walls.append(wall)
            out.peaks.append(peak / 1024.0)
            out.cpus.append(cpu)
    return out


def score_recs(recs_csv: Path, split: Split) -> dict[str, float]:
    """Protocol top-N metrics of a RECS.csv file against the held-out items."""
    recs = pd.read_csv(recs_csv, dtype={"user": str, "item": str})
    recs = recs.sort_values(["user", "rank"], kind="stable")
    lists = {u: g["item"].tolist() for u, g in recs.groupby("user", sort=False)}
    relevant: dict[str, set[str]] = {}
    for u, i in zip(split.test["user"].astype(str), split.test["item"].astype(str), strict=True):
        relevant.setdefault(u, set()).add(i)
    missing = len(set(split.train.user_ids.tolist()) - set(lists))
    m = top_n_metrics(lists, relevant, split.train).as_dict()
    m["missing_users"] = float(missing)
    return m


def score_preds(preds_csv: Path, split: Split) -> dict[str, float]:
    """RMSE and MAE of a PREDS.csv file against the held-out ratings."""
    preds = pd.read_csv(preds_csv, dtype={"user": str, "item": str})
    truth = split.test.assign(
        user=split.test["user"].astype(str), item=split.test["item"].astype(str)
    )
    merged = truth.merge(preds, on=["user", "item"], how="left")
    missing = int(merged["prediction"].isna().sum())
    m = rating_metrics(merged["prediction"].fillna(0.0).to_numpy(), merged["weight"].to_numpy())
    out = m.as_dict()
    out["missing_pairs"] = float(missing)
    return out


def machine() -> str:
    """One line about the machine for the record."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return f"{platform.system()} {platform.release()}, {os.cpu_count()} cores, {cpu}"


def markdown_table(header: list[str], rows: list[list[str]]) -> str:
    """A GitHub-flavoured markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)
