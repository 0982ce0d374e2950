"""A blind test of two recommenders on one profile (issue 18): start, the mixed list, report.

While a test runs, For you (with the algorithm picker on "Automatic") shows one list
interleaved from the two algorithms' lists by team draft (:mod:`desktop_recsys.engine.interleaving`),
with no word of which placed what; :func:`blind_list` makes it and stores which side placed
each item. Credits are not hooked into the places that record plays, ratings and marks: they
are computed from those rows (:func:`report`), so every way of recording counts (the player,
the ``play`` command, a rating in the Library) and nothing can be credited twice or missed
because a hook was bypassed. A test ends after its days, at its N-th credit, or when stopped;
its credits are then kept (``ab_credits``) so the verdict no longer changes.

No Qt; every function opens its own connection. The engine (scipy, for the interval) loads
only when a function needs it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_recsys.errors import UserError
from desktop_recsys.library import Library, ab_test_rows
from desktop_recsys.library.ab_test_rows import AbTestRow
from desktop_recsys.library.models import check_kind
from desktop_recsys.progress import CancelToken, Message, ProgressFn, no_progress
from desktop_recsys.services import limits

if TYPE_CHECKING:
    from desktop_recsys.services import recommend_service

#: A test without a length given runs this many days (a week).
DEFAULT_DAYS = 7.0
MAX_DAYS = 365.0
MAX_INTERACTIONS = 10_000
DAY = 86_400.0
#: What counted, by signal name, in the order a report lists them.
SIGNALS = ("play", "finish", "rating", "not_interested")


@dataclass(frozen=True)
class AbReport:
    """Where a test stands: the score of each side, the interval of ``a``'s win rate, and
    the verdict (``winner``: ``"a"``, ``"b"`` or None)."""

    test: AbTestRow
    profile_name: str
    wins_a: int
    wins_b: int
    low: float
    high: float
    winner: str | None
    signals: dict[str, int] = field(default_factory=dict)
    lists_shown: int = 0

    @property
    def total(self) -> int:
        return self.wins_a + self.wins_b

    @property
    def running(self) -> bool:
        return self.test.ended_at is None

    @property
    def ends_at(self) -> float | None:
        """When the test's days are over (None for a test of N interactions only)."""
        return self.test.started_at + self.test.days * DAY if self.test.days else None

    def algorithm(self, side: str) -> str:
        return self.test.algorithm_a if side == "a" else self.test.algorithm_b

    def sentence(self) -> Message:
        """The verdict in one sentence, from the side ahead (``a`` on a tie)."""
        if self.total == 0:
            if self.running:
                return Message(
                    "No credited interactions yet: play, rate or mark items in For you while "
                    "the test runs"
                )
            return Message("The test ended without a credited interaction: no winner")
        leader = self.winner or ("b" if self.wins_b > self.wins_a else "a")
        wins = self.wins_a if leader == "a" else self.wins_b
        low, high = (self.low, self.high) if leader == "a" else (1 - self.high, 1 - self.low)
        args = {
            "leader": self.algorithm(leader),
            "wins": wins,
            "total": self.total,
            "low": round(low * 100),
            "high": round(high * 100),
        }
        if self.winner is not None:
            return Message(
                "{leader} won {wins} of {total} credited interactions, 95 % interval "
                "{low}–{high} %: {leader} is better for you",
                **args,
            )
        if self.running:
            return Message(
                "{leader} won {wins} of {total} credited interactions, 95 % interval "
                "{low}–{high} %: no clear winner yet",
                **args,
            )
        return Message(
            "{leader} won {wins} of {total} credited interactions, 95 % interval "
            "{low}–{high} %: no clear winner",
            **args,
        )

    def to_json(self) -> dict[str, Any]:
        t = self.test
        return {
            "test": t.id,
            "profile": self.profile_name,
            "kind": t.kind,
            "a": t.algorithm_a,
            "b": t.algorithm_b,
            "started_at": t.started_at,
            "days": t.days,
            "interactions": t.interactions,
            "ends_at": self.ends_at,
            "running": self.running,
            "ended_at": t.ended_at,
            "end_reason": t.end_reason,
            "wins_a": self.wins_a,
            "wins_b": self.wins_b,
            "credited": self.total,
            "win_rate_a": self.wins_a / self.total if self.total else None,
            "interval_a": [self.low, self.high],
            "winner": self.algorithm(self.winner) if self.winner else None,
            "signals": self.signals,
            "lists_shown": self.lists_shown,
            "sentence": str(self.sentence()),
        }


@dataclass(frozen=True)
class BlindList:
    """The mixed list For you shows for a running test."""

    test: AbTestRow
    recommendations: recommend_service.Recommendations
    #: The side that placed each row (same order as the rows): for tests, never shown.
    sides: tuple[str, ...] = ()


# ============================================================================== use cases

#: Item kinds in the plural, translatable.
_KIND_PLURALS = {"film": Message("films"), "track": Message("tracks"), "artist": Message("artists")}


def start_test(
    library_path: str | Path,
    models_dir: str | Path,
    *,
    a: str,
    b: str,
    profile: int | str | None = None,
    kind: str = "track",
    days: float | None = None,
    interactions: int | None = None,
    train_missing: bool = True,
    now: float | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> AbReport:
    """Start a test of ``a`` against ``b`` on ``profile``'s ``kind`` items, for ``days``
    (a week when neither length is given) or ``interactions`` credits, whichever comes first.

    A missing model of either algorithm is trained first (the kind's shared model) when
    ``train_missing``, else a UserError says to train it. Nothing is written before every
    check passed: an unknown algorithm, the same algorithm twice, a bad length, no such
    profile, a test already running for the profile and kind.
    """
    check_kind(kind)
    _check_algorithms(a, b)
    if days is None and interactions is None:
        days = DEFAULT_DAYS
    if days is not None and not 0 < float(days) <= MAX_DAYS:
        raise UserError(
            Message(
                "--days must be more than 0 and at most {most} (got {days})",
                most=f"{MAX_DAYS:g}",
                days=f"{days:g}",
            )
        )
    if interactions is not None and not 1 <= int(interactions) <= MAX_INTERACTIONS:
        raise UserError(
            Message(
                "--interactions must be 1 to {most} (got {given})",
                most=MAX_INTERACTIONS,
                given=interactions,
            )
        )
    models_dir = Path(models_dir)
    with Library.open(Path(library_path)) as library:
        profile_id, name = _profile(library, profile)
        _refuse_running(library, profile_id, name, kind, now)
        missing = [
            alg for alg in (a, b) if not _has_model(library, models_dir, profile_id, kind, alg)
        ]
    if missing and not train_missing:
        raise UserError(
            Message(
                "no {algorithm} model for {kinds} yet; train one first with 'desktop-recsys train "
                "--algorithm {algorithm} --kind {kind}'",
                algorithm=missing[0],
                kinds=_KIND_PLURALS.get(kind, f"{kind}s"),
                kind=kind,
            )
        )
    token = cancel if cancel is not None else CancelToken()
    for k, algorithm in enumerate(missing):
        # Deferred: training imports the engine (numpy, scipy).
        from desktop_recsys.services.training_service import train_model

        def scaled(fraction: float, message: str, k: int = k) -> None:
            progress((k + fraction) / (len(missing) + 1), message)

        train_model(
            library_path, models_dir, kind=kind, algorithm=algorithm, progress=scaled, cancel=token
        )
    token.raise_if_cancelled()
    started = time.time() if now is None else now
    with Library.open(Path(library_path)) as library:
        try:
            test_id = ab_test_rows.insert_test(
                library,
                profile_id=profile_id,
                kind=kind,
                algorithm_a=a,
                algorithm_b=b,
                started_at=started,
                days=float(days) if days is not None else None,
                interactions=int(interactions) if interactions is not None else None,
            )
        except ab_test_rows.RunningTestExists:
            _refuse_running(library, profile_id, name, kind, now)
            raise  # not reached: the running test is named above
        progress(1.0, Message("Blind test started"))
        return _report(library, _require(library, test_id), now)


def stop_test(
    library_path: str | Path,
    *,
    profile: int | str | None = None,
    kind: str | None = None,
    now: float | None = None,
) -> AbReport:
    """Stop the running test (of ``profile`` and ``kind`` when given); its report."""
    with Library.open(Path(library_path)) as library:
        test = _pick(library, profile, kind, now, running=True)
        if test.ended_at is None:
            when = time.time() if now is None else now
            credits = _live_credits(library, test, when)
            ab_test_rows.end_test(
                library, test.id, ended_at=when, reason="stopped", credits=_rows(credits)
            )
        return _report(library, _require(library, test.id), now)


def report(
    library_path: str | Path,
    *,
    profile: int | str | None = None,
    kind: str | None = None,
    now: float | None = None,
) -> AbReport:
    """The running test's report (of ``profile`` and ``kind`` when given), else the latest
    test's; a UserError when there is none."""
    with Library.open(Path(library_path)) as library:
        return _report(library, _pick(library, profile, kind, now, running=False), now)


def current_report(
    library_path: str | Path, profile: int, kind: str, now: float | None = None
) -> AbReport | None:
    """The Lab's view of a profile and kind: its running test, else its latest; None."""
    check_kind(kind)
    with Library.open(Path(library_path)) as library:
        _settle_all(library, now)
        tests = [t for t in ab_test_rows.latest_tests(library, profile) if t.kind == kind]
        return _report(library, tests[0], now) if tests else None


def running_test(
    library: Library, profile_id: int, kind: str, now: float | None = None
) -> AbTestRow | None:
    """The profile's running test of ``kind`` (a test whose time is up is ended on the way)."""
    for test in ab_test_rows.running_tests(library, profile_id):
        if test.kind == kind and _settle(library, test, now) is None:
            return test
    return None


def blind_list(
    library_path: str | Path,
    models_dir: str | Path,
    *,
    profile_id: int,
    kind: str,
    n: int = 50,
    cache: recommend_service.ModelCache | None = None,
    now: float | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> BlindList | None:
    """The interleaved list of the profile's running test of ``kind`` (None without one),
    stored as shown (a new list row only when it differs from the last one).

    Rows keep the item and its facts; their score is the rank's (1 down to 0) and their
    explanation says that this is a blind test, so nothing tells which side placed an item
    (the window shows no score for them: neither side's own would compare, and it would name
    the side). A profile new to the kind gets the same cross-kind blend on both sides.
    Raises :class:`~desktop_recsys.services.recommend_service.NoModelError` when a side's
    model is gone.
    """
    with Library.open(Path(library_path)) as library:
        test = running_test(library, profile_id, kind, now)
    if test is None:
        return None
    # Deferred: the engine (numpy, scipy) loads with the first list.
    from desktop_recsys.engine.interleaving import list_seed, team_draft
    from desktop_recsys.services import recommend_service

    lists = []
    for k, algorithm in enumerate((test.algorithm_a, test.algorithm_b)):
        lists.append(
            recommend_service.recommend_for(
                library_path,
                models_dir,
                profile=profile_id,
                kind=kind,
                n=n,
                algorithm=algorithm,
                cache=cache,
                progress=lambda f, m, k=k: progress((k + f) / 2, m),
                cancel=cancel,
            )
        )
    # A profile new to the kind: both sides get the same cross-kind blend (issue 18), so each
    # side's list is what For you would show with it, and the comparison stays fair.
    from desktop_recsys.services import cross_kind  # deferred: numpy, scipy

    cross = cross_kind.cross_for(library_path, profile_id, kind)
    if cross is not None:
        lists = [cross_kind.blend(library_path, recs, cross=cross) for recs in lists]
        with Library.open(Path(library_path)) as library:  # the profile's limits, once more
            lists = [limits.limit_recommendations(library, recs) for recs in lists]
    rows = {r.item_id: r for recs in lists for r in reversed(recs.rows)}
    ids_a, ids_b = ([r.item_id for r in recs.rows] for recs in lists)
    mixed = team_draft(ids_a, ids_b, n, list_seed(test.id, ids_a, ids_b))
    why = Message("Part of a blind test: which recommender placed it stays hidden")
    shown = []
    for rank, (item, _side) in enumerate(mixed, 1):
        row = rows[int(item)]  # type: ignore[call-overload]
        shown.append(
            dataclasses.replace(
                row,
                rank=rank,
                score=round(1.0 - (rank - 1) / max(1, len(mixed)), 4),
                explanation=why,
                because=(),
                fallback=False,
                evidence=type(row.evidence)(),
                what_if=(),
            )
        )
    placements = [(int(item), side) for item, side in mixed]  # type: ignore[call-overload]
    digest = hashlib.sha256(repr(placements).encode()).hexdigest()
    with Library.open(Path(library_path)) as library:
        if ab_test_rows.latest_digest(library, test.id) != digest:
            ab_test_rows.add_list(
                library,
                test.id,
                shown_at=time.time() if now is None else now,
                digest=digest,
                placements=placements,
            )
    first = lists[0]
    recs = recommend_service.Recommendations(
        profile_id, kind, first.run, any(r.stale for r in lists), shown, ""
    )
    return BlindList(test, recs, tuple(side for _item, side in mixed))


# ============================================================================== internals


def _check_algorithms(a: str, b: str) -> None:
    # Deferred: the registry imports every algorithm (numpy, scipy).
    from desktop_recsys.engine.registry import get_algorithm

    for name in (a, b):
        if get_algorithm(name).predicts_ratings:
            raise UserError(
                Message(
                    "{name} predicts ratings rather than making lists; choose a recommender that makes lists (see 'desktop-recsys abtest start --help')",
                    name=name,
                )
            )
    if a == b:
        raise UserError(
            Message("--a and --b are both {name}; choose two different recommenders", name=a)
        )


def _profile(library: Library, profile: int | str | None) -> tuple[int, str]:
    if profile is not None:
        found = library.profiles.require(profile)
        return found.id, found.name
    people = library.profiles.list(community=False)
    if len(people) == 1:
        return people[0].id, people[0].name
    if not people:
        raise UserError(
            Message("no profile: create one first with 'desktop-recsys profile add NAME'")
        )
    names = ", ".join(p.name for p in people[:5]) + (", ..." if len(people) > 5 else "")
    raise UserError(
        Message(
            "no profile given and the library has several; add --profile ({names})", names=names
        )
    )


def _has_model(
    library: Library, models_dir: Path, profile_id: int, kind: str, algorithm: str
) -> bool:
    runs = library.model_runs.serving_candidates(profile_id, kind, algorithm)
    return any((models_dir / str(run.file)).is_file() for run in runs)


def _refuse_running(
    library: Library, profile_id: int, name: str, kind: str, now: float | None
) -> None:
    test = running_test(library, profile_id, kind, now)
    if test is None:
        return
    kinds = _KIND_PLURALS
    raise UserError(
        Message(
            "a blind test of {a} and {b} is already running for {name}'s {kinds}; see it with "
            "'desktop-recsys abtest report' or stop it with 'desktop-recsys abtest stop' first",
            a=test.algorithm_a,
            b=test.algorithm_b,
            name=name,
            kinds=kinds.get(kind, f"{kind}s"),
        )
    )


def _require(library: Library, test_id: int) -> AbTestRow:
    test = ab_test_rows.get_test(library, test_id)
    if test is None:
        raise UserError(
            Message(
                "blind test {test_id} no longer exists (was its profile removed?); start another with 'desktop-recsys abtest start'",
                test_id=test_id,
            )
        )
    return test


def _pick(
    library: Library,
    profile: int | str | None,
    kind: str | None,
    now: float | None,
    *,
    running: bool,
) -> AbTestRow:
    """The test a command means: of the profile and kind given, the running one first."""
    if kind is not None:
        check_kind(kind)
    profile_id = library.profiles.require(profile).id if profile is not None else None
    _settle_all(library, now)
    chosen = [
        t for t in ab_test_rows.latest_tests(library, profile_id) if kind is None or t.kind == kind
    ]
    live = [t for t in chosen if t.ended_at is None]
    if len(live) > 1:
        raise UserError(
            Message(
                "{count} blind tests are running; say which with --profile and --kind",
                count=len(live),
            )
        )
    if live:
        return live[0]
    if running:
        raise UserError(
            Message("no blind test is running; start one with 'desktop-recsys abtest start'")
        )
    if not chosen:
        raise UserError(Message("no blind test yet; start one with 'desktop-recsys abtest start'"))
    return chosen[0]


def _settle_all(library: Library, now: float | None) -> None:
    for test in ab_test_rows.running_tests(library):
        _settle(library, test, now)


def _settle(library: Library, test: AbTestRow, now: float | None) -> str | None:
    """End ``test`` if its days are over or its credits reached its count; the reason."""
    if test.ended_at is not None:
        return test.end_reason
    when = time.time() if now is None else now
    end = test.started_at + test.days * DAY if test.days else None
    credits = _live_credits(library, test, when if end is None else min(when, end))
    if test.interactions is not None and len(credits) >= test.interactions:
        ended = credits[test.interactions - 1].at
        reason = "interactions"
    elif end is not None and when >= end:
        ended, reason = end, "time"
    else:
        return None
    ab_test_rows.end_test(library, test.id, ended_at=ended, reason=reason, credits=_rows(credits))
    return reason


def _live_credits(library: Library, test: AbTestRow, end: float) -> list[Any]:
    """The test's credits from the interaction rows up to ``end``."""
    # Deferred with the engine package (pure Python here, but keeps the import rule simple).
    from desktop_recsys.engine.interleaving import Event, Placement, credit

    placements = [
        Placement(at, item, side) for at, item, side in ab_test_rows.placements(library, test.id)
    ]
    if not placements:
        return []
    events = [
        Event(item, at, signal, value)
        for item, at, signal, value in ab_test_rows.interactions(
            library, test.id, test.profile_id, test.started_at
        )
    ]
    return credit(placements, events, start=test.started_at, end=end, limit=test.interactions)


def _rows(credits: list[Any]) -> list[tuple[int, str, str, str, float]]:
    return [(int(c.item), c.placed_by, c.winner, c.signal, float(c.at)) for c in credits]


def _report(library: Library, test: AbTestRow, now: float | None) -> AbReport:
    from desktop_recsys.engine.interleaving import verdict, win_interval  # deferred: scipy

    if test.ended_at is None:
        when = time.time() if now is None else now
        credits = _rows(_live_credits(library, test, when))
    else:
        credits = ab_test_rows.stored_credits(library, test.id)
    wins_a = sum(c[2] == "a" for c in credits)
    total = len(credits)
    low, high = win_interval(wins_a, total)
    signals = {s: sum(c[3] == s for c in credits) for s in SIGNALS}
    profile = library.profiles.get(test.profile_id)
    return AbReport(
        test=test,
        profile_name=profile.name if profile is not None else str(test.profile_id),
        wins_a=wins_a,
        wins_b=total - wins_a,
        low=low,
        high=high,
        winner=verdict(wins_a, total),
        signals=signals,
        lists_shown=ab_test_rows.list_count(library, test.id),
    )
