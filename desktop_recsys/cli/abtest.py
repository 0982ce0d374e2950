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
    library_and_models,
    library_option,
    library_path,
    progress_printer,
)
from desktop_recsys.cli.words import kind_word, message, say, say_n


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
        n = report.test.interactions
        length = (
            say_n(n, "for {0} credited interaction", "for {0} credited interactions", n)
            if n
            else say("until {0}", _when(report.ends_at))
        )
        print(
            say(
                "Started a blind test of {a} and {b} on {name}'s {kinds}, {length}. For you now "
                "shows one list mixed from both; see the score with 'desktop-recsys abtest "
                "report'.",
                a=report.test.algorithm_a,
                b=report.test.algorithm_b,
                name=report.profile_name,
                kinds=kind_word(report.test.kind),
                length=length,
            )
        )
        return 0
    library = library_path(args)
    if args.action == "stop":
        report = ab_test_service.stop_test(library, profile=args.profile, kind=args.kind)
    else:
        report = ab_test_service.report(library, profile=args.profile, kind=args.kind)
    if getattr(args, "json", False):
        data = report.to_json()
        data["sentence"] = message(report.sentence())
        print(json.dumps(data, ensure_ascii=False))
        return 0
    t = report.test
    n = t.interactions
    if report.running:
        if report.ends_at is None:
            state = say_n(
                n,
                "running since {0}, ends after {1} credited interaction",
                "running since {0}, ends after {1} credited interactions",
                _when(t.started_at),
                n,
            )
        elif n:
            state = say_n(
                n,
                "running since {0}, ends {1} or after {2} credited interaction",
                "running since {0}, ends {1} or after {2} credited interactions",
                _when(t.started_at),
                _when(report.ends_at),
                n,
            )
        else:
            state = say("running since {0}, ends {1}", _when(t.started_at), _when(report.ends_at))
    else:
        reason = {
            "stopped": say("stopped"),
            "time": say("its time was up"),
            "interactions": say("it reached its interactions"),
        }.get(t.end_reason or "", "")
        state = say("ran from {0} to {1} ({2})", _when(t.started_at), _when(t.ended_at), reason)
    print(
        say(
            "Blind test of {a} (A) and {b} (B) on {name}'s {kinds}: {state}.",
            a=t.algorithm_a,
            b=t.algorithm_b,
            name=report.profile_name,
            kinds=kind_word(t.kind),
            state=state,
        )
    )
    print(message(report.sentence()))
    s = report.signals
    credited = [
        say_n(s["play"], "{0} play", "{0} plays", s["play"]),
        say_n(s["finish"], "{0} finish", "{0} finishes", s["finish"]),
        say_n(s["rating"], "{0} rating", "{0} ratings", s["rating"]),
        say("{0} not interested", s["not_interested"]),
    ]
    print(
        say(
            "A {a}, B {b}. Credited: {credited}; lists shown: {shown}.",
            a=report.wins_a,
            b=report.wins_b,
            credited=say(", ").join(credited),
            shown=report.lists_shown,
        )
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
