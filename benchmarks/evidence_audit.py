"""Audit of the evidence behind recommendations (issue 15, section 2).

For random (profile, recommendation) pairs, from ``recommend_for``'s structured evidence:

- friend counts: the evidence's count against the truth, direct friends only (Last.fm 2k: from
  ``user_friends.dat`` and ``user_artists.dat`` themselves, not from the library);
- negative citations: every cited item's weight against the model's own contribution of that
  item (recomputed), which must be positive;
- likes: every cited item rated at least the profile's mean of that kind and 3.5 stars, or
  played at least twice (counted here with SQL on the library, not with the app's code).

    python benchmarks/evidence_audit.py [--pairs 1000] [lastfm] [ml]

The same checks run light in the default suite (tests/services/test_evidence.py).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from desktop_recsys.services import import_service
from desktop_recsys.services.recommend_service import ModelCache, recommend_for
from desktop_recsys.services.training_service import train_model

DATA = Path(
    os.environ.get(
        "DESKTOP_RECSYS_DATA", Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
    )
)


@dataclass
class AuditResult:
    pairs: int = 0
    friend_checks: int = 0
    friend_wrong: list[str] = field(default_factory=list)
    citations: int = 0
    negative: list[str] = field(default_factory=list)
    below_like: list[str] = field(default_factory=list)

    def line(self, name: str) -> str:
        right = self.friend_checks - len(self.friend_wrong)
        share = 100.0 * right / self.friend_checks if self.friend_checks else 100.0
        return (
            f"{name}: {self.pairs} pairs, friend counts correct {right}/{self.friend_checks} "
            f"({share:.1f} %), {self.citations} cited items, {len(self.negative)} negative, "
            f"{len(self.below_like)} below the like threshold"
        )


def liked_by_sql(conn: sqlite3.Connection, profile: int, kind: str) -> set[int]:
    """The like rule, counted with SQL on the library."""
    rows = conn.execute(
        "SELECT r.item_id, r.rating FROM ratings r JOIN items i ON i.id = r.item_id "
        "WHERE r.profile_id = ? AND i.kind = ?",
        (profile, kind),
    ).fetchall()
    liked: set[int] = set()
    if rows:
        bar = max(sum(r for _, r in rows) / len(rows), 3.5)
        liked |= {i for i, r in rows if r >= bar - 1e-9}
    liked |= {
        r[0]
        for r in conn.execute(
            "SELECT p.item_id FROM plays p JOIN items i ON i.id = p.item_id WHERE p.profile_id = ? "
            "AND i.kind = ? AND p.skipped = 0 GROUP BY p.item_id HAVING SUM(p.count) >= 2",
            (profile, kind),
        )
    }
    return liked


def friends_by_sql(conn: sqlite3.Connection, profile: int, item: int) -> int:
    """Direct friends of ``profile`` who rated or played ``item``, counted with SQL."""
    return conn.execute(
        "WITH f(id) AS (SELECT profile_b FROM friendships WHERE profile_a = ?1 "
        "UNION SELECT profile_a FROM friendships WHERE profile_b = ?1) "
        "SELECT COUNT(*) FROM f WHERE EXISTS (SELECT 1 FROM ratings WHERE profile_id = f.id "
        "AND item_id = ?2) OR EXISTS (SELECT 1 FROM plays WHERE profile_id = f.id AND item_id = ?2)",
        (profile, item),
    ).fetchone()[0]


class LastfmTruth:
    """Friend counts straight from the Last.fm 2k files: a profile ``lastfm:U`` and an artist
    (by its name, as the importer names items) -> U's direct friends who listened to it."""

    def __init__(self, folder: Path) -> None:
        names: dict[str, str] = {}
        with open(folder / "artists.dat", encoding="utf-8", errors="replace") as f:
            next(f)
            for line in f:
                parts = line.rstrip("\r\n").split("\t")
                if len(parts) >= 2:
                    names[parts[0]] = " ".join(parts[1].split())
        self.listened: dict[str, set[str]] = defaultdict(set)  # artist name -> users
        with open(folder / "user_artists.dat", encoding="utf-8") as f:
            next(f)
            for line in f:
                user, artist, _count = line.split("\t")
                if artist in names and int(_count) > 0:
                    self.listened[names[artist].casefold()].add(user)
        self.friends: dict[str, set[str]] = defaultdict(set)
        with open(folder / "user_friends.dat", encoding="utf-8") as f:
            next(f)
            for line in f:
                a, b = line.split()
                if a != b:
                    self.friends[a].add(b)
                    self.friends[b].add(a)

    def count(self, profile_name: str, title: str) -> int | None:
        if not profile_name.startswith("lastfm:"):
            return None
        user = profile_name.split(":", 1)[1]
        return len(self.friends[user] & self.listened.get(title.casefold(), set()))


def audit(
    library: Path,
    models: Path,
    kind: str,
    pairs: int,
    *,
    seed: int = 42,
    truth: LastfmTruth | None = None,
    n: int = 10,
) -> AuditResult:
    """Check ``pairs`` random (profile, recommendation) pairs of the serving model."""
    result = AuditResult()
    cache = ModelCache()
    rng = np.random.default_rng(seed)
    conn = sqlite3.connect(f"file:{library}?mode=ro", uri=True)
    profiles = [r[0] for r in conn.execute("SELECT id FROM profiles ORDER BY id")]
    names = dict(conn.execute("SELECT id, name FROM profiles").fetchall())
    check = _checker(library, models, conn, kind, cache, truth, names, result)
    # Pairs drawn at random among every (profile, rank) of the top n; one list per profile.
    drawn = rng.choice(len(profiles) * n, size=min(pairs, len(profiles) * n), replace=False)
    wanted: dict[int, list[int]] = defaultdict(list)
    for pair in drawn.tolist():
        wanted[int(profiles[pair // n])].append(pair % n)
    for profile, ranks in wanted.items():
        recs = recommend_for(library, models, profile=profile, kind=kind, n=n, cache=cache)
        for rank in ranks:
            if rank < len(recs.rows):
                check(recs, recs.rows[rank], profile)
    conn.close()
    return result


def _checker(
    library: Path,
    models: Path,
    conn: sqlite3.Connection,
    kind: str,
    cache: ModelCache,
    truth: LastfmTruth | None,
    names: dict[int, str],
    result: AuditResult,
):  # type: ignore[no-untyped-def]
    """The checks of one (profile, recommendation) pair, recording into ``result``."""

    def check(recs, row, profile: int) -> None:  # type: ignore[no-untyped-def]
        result.pairs += 1
        ev = row.evidence
        model = cache.load(models / str(recs.run.file))
        where = f"profile {profile} item {row.item_id}"
        expected = truth.count(names[profile], row.title) if truth is not None else None
        if expected is None:
            expected = friends_by_sql(conn, profile, row.item_id)
        result.friend_checks += 1
        if ev.friend_count != expected:
            result.friend_wrong.append(f"{where}: {ev.friend_count} != {expected}")
        if ev.items:
            own = dict(model.explain(str(profile), str(row.item_id), top=1_000_000).contributions)
            liked = liked_by_sql(conn, profile, kind)
            for c in ev.items:
                result.citations += 1
                if not own.get(str(c.item_id), 0.0) > 0 or not c.weight > 0:
                    result.negative.append(f"{where}: cites {c.item_id} at {c.weight}")
                if c.item_id not in liked:
                    result.below_like.append(f"{where}: cites {c.item_id}, not liked")

    return check


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("datasets", nargs="*", default=["lastfm", "ml"])
    parser.add_argument("--pairs", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.datasets:
            began = time.perf_counter()
            lib, models = Path(tmp) / f"{name}.sqlite", Path(tmp) / f"{name}-models"
            if name == "lastfm":
                folder = DATA / "hetrec2011-lastfm-2k"
                import_service.import_lastfm_hetrec(lib, folder)
                truth: LastfmTruth | None = LastfmTruth(folder)
                kind, algorithms = "artist", ("default", "social")
            else:
                import_service.import_movielens(lib, DATA / "ml-latest-small")
                truth, kind, algorithms = None, "film", ("default",)
            print(f"{name}: imported in {time.perf_counter() - began:.0f} s", flush=True)
            for algorithm in algorithms:
                train_model(lib, models, kind=kind, algorithm=algorithm)
                began = time.perf_counter()
                result = audit(lib, models, kind, args.pairs, truth=truth)
                print(result.line(f"{name} {algorithm}"), f"({time.perf_counter() - began:.0f} s)")
                for problem in (result.friend_wrong + result.negative + result.below_like)[:10]:
                    print("   ", problem)
                sys.stdout.flush()


if __name__ == "__main__":
    main()
