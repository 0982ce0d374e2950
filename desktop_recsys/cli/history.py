"""``desktop-recsys history import PLAYER PATH --profile P [--dry-run]`` (issue 17).

Play and skip counts, ratings and last-played times from the players people already use
(Strawberry, Clementine, Rhythmbox, Kodi's watched films), matched to the library's items by
file path, then by tags. Importing again adds only what the player counted since. The
services are imported inside the command, when it runs.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_recsys.cli.common import AddFn, library_option, library_path, progress_printer
from desktop_recsys.cli.words import report_lines, say

PLAYERS = ("strawberry", "clementine", "rhythmbox", "kodi")


def cmd_history_import(args: argparse.Namespace) -> int:
    """Import a player's history into a profile (or, with --dry-run, say what it would do)."""
    from desktop_recsys.services import player_history_service as svc

    path = library_path(args)
    source = Path(args.path).expanduser()
    report = svc.import_player_history(
        args.player,
        path,
        source,
        profile=args.profile,
        dry_run=args.dry_run,
        report_path=Path(args.report).expanduser() if args.report else None,
        progress=progress_printer(args.quiet),
    )
    said = (args.player, source, args.profile, report.seconds)
    if args.dry_run:
        print(say("Would import {0} history from {1} into {2!r} ({3:.1f} s)", *said))
    else:
        print(say("Imported {0} history from {1} into {2!r} ({3:.1f} s)", *said))
    for line in report_lines(report):
        print(line)
    if args.report:
        print(say("Report written to {0}", args.report))
    return 0


def add_history_commands(add: AddFn) -> None:
    """Register ``history import`` on the main parser."""
    history = add(
        "history",
        cmd_history_import,
        "import play counts, skips, ratings and watched films from other players",
    )
    actions = history.add_subparsers(dest="action", metavar="ACTION", required=True)
    imp = actions.add_parser(
        "import",
        parents=[library_option()],
        help="import a player's history into a profile (one transaction; importing again adds "
        "only what the player counted since)",
    )
    imp.add_argument(
        "player",
        choices=PLAYERS,
        metavar="PLAYER",
        help="strawberry (strawberry.db), clementine (clementine.db), rhythmbox "
        "(rhythmdb.xml) or kodi (MyVideos<N>.db)",
    )
    imp.add_argument("path", metavar="PATH", help="the player's database file")
    imp.add_argument(
        "--profile", required=True, help="the profile the history is for (created if missing)"
    )
    imp.add_argument(
        "--dry-run", action="store_true", help="say what would be imported; change nothing"
    )
    imp.add_argument("--report", metavar="FILE.json", help="also write the report as JSON")
    imp.add_argument("--quiet", action="store_true", help="print no progress")
