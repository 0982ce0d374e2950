"""``abtest``: a blind test of two recommenders on one profile (issue 18).

- ``abtest start --a ALG --b ALG [--profile P] [--kind K] [--days N | --interactions N]``:
  For you's automatic list (the window's, and ``recommend`` without ``--algorithm``) becomes
  the two lists mixed by team draft; a missing model of either is trained first.
- ``abtest report [--profile P] [--kind K] [--json]``: the score so far (or of the last test).
- ``abtest stop [--profile P] [--kind K]``: end the running test; its score is kept.

See :mod:`desktop_recsys.services.ab_test_service`.
"""

from __future__ import annotations

import argparse
import json
import time

from desktop_recsys.cli.common import (
    AddFn,
    language_catalog,
    library_and_models,
    library_option,
    library_path,
    progress_printer,
)


def cmd_abtest(args: argparse.Namespace) -> int:
    """Start, report or stop a blind test."""
    from desktop_recsys.services import ab_test_service

    if args.action == "start":
        library, models = library_and_models(args)
        report = ab_test_service.start_test(
            library,
            models,
            a=args.a,
            b=args.b,
            profile=args.profile,
            kind=args.kind,
            days=args.days,
            interactions=args.interactions,
            progress=progress_printer(args.quiet),
        )
        length = (
            f"for {report.test.interactions} credited interactions"
            if report.test.interactions
            else f"until {_when(report.ends_at)}"
        )
        print(
            f"Started a blind test of {report.test.algorithm_a} and {report.test.algorithm_b} "
            f"on {report.profile_name}'s {report.test.kind}s, {length}. For you now shows one "
            "list mixed from both; see the score with 'desktop-recsys abtest report'."
        )
        return 0
    library = library_path(args)
    if args.action == "stop":
        report = ab_test_service.stop_test(library, profile=args.profile, kind=args.kind)
    else:
        report = ab_test_service.report(library, profile=args.profile, kind=args.kind)
    if getattr(args, "json", False):
        data = report.to_json()
        data["sentence"] = language_catalog().message(report.sentence())
        print(json.dumps(data, ensure_ascii=False))
        return 0
    t = report.test
    if report.running:
        state = f"running since {_when(t.started_at)}, " + (
            f"ends {_when(report.ends_at)}"
            if report.ends_at is not None
            else f"ends after {t.interactions} credited interactions"
        )
        if report.ends_at is not None and t.interactions:
            state += f" or after {t.interactions} credited interactions"
    else:
        reason = {
            "stopped": "stopped",
            "time": "its time was up",
            "interactions": "it reached its interactions",
        }.get(t.end_reason or "", "")
        state = f"ran from {_when(t.started_at)} to {_when(t.ended_at)} ({reason})"
    print(
        f"Blind test of {t.algorithm_a} (A) and {t.algorithm_b} (B) on "
        f"{report.profile_name}'s {t.kind}s: {state}."
    )
    print(language_catalog().message(report.sentence()))
    s = report.signals
    print(
        f"A {report.wins_a}, B {report.wins_b}. Credited: {s['play']} plays, "
        f"{s['finish']} finishes, {s['rating']} ratings, {s['not_interested']} not interested; "
        f"lists shown: {report.lists_shown}."
    )
    return 0


def _when(timestamp: float | None) -> str:
    if timestamp is None:
        return "-"
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(timestamp))


def add_abtest_commands(add: AddFn) -> None:
    """Register ``abtest`` with ``start``, ``report`` and ``stop``."""
    library_opt = library_option()
    which = argparse.ArgumentParser(add_help=False)
    which.add_argument("--profile", metavar="P", help="whose test (name or id)")
    which.add_argument(
        "--kind", choices=("track", "artist", "film"), help="which items' test (default: any)"
    )
    command = add(
        "abtest",
        cmd_abtest,
        "a blind test of two recommenders on yourself: For you mixes their lists, what you "
        "play, rate or mark counts for the one that placed it",
    )
    actions = command.add_subparsers(dest="action", metavar="ACTION", required=True)
    start = actions.add_parser(
        "start",
        help="start a test (a missing model of either recommender is trained first)",
        parents=[library_opt],
    )
    start.add_argument("--a", required=True, metavar="ALG", help="the first recommender")
    start.add_argument("--b", required=True, metavar="ALG", help="the second recommender")
    start.add_argument(
        "--profile",
        metavar="P",
        help="whose test (name or id; may be left out when the library has one profile)",
    )
    start.add_argument(
        "--kind", choices=("track", "artist", "film"), default="track", help="default: track"
    )
    length = start.add_mutually_exclusive_group()
    length.add_argument("--days", type=float, metavar="N", help="run for N days (default: a week)")
    length.add_argument(
        "--interactions", type=int, metavar="N", help="run until N interactions are credited"
    )
    start.add_argument("--quiet", action="store_true", help="no progress lines")
    report = actions.add_parser(
        "report", help="the score so far, or of the last test", parents=[library_opt, which]
    )
    report.add_argument("--json", action="store_true", help="print JSON")
    actions.add_parser(
        "stop", help="end the running test (its score is kept)", parents=[library_opt, which]
    )
