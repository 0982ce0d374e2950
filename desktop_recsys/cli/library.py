"""``desktop-recsys demo``, ``stats`` and ``duplicates``: what the library holds.

The services are imported inside each command, when it runs.
"""

from __future__ import annotations

import argparse
import json
import sys

from desktop_recsys.cli.common import (
    AddFn,
    confirmed,
    language_catalog,
    library_option,
    library_path,
)
from desktop_recsys.cli.help_language import columns
from desktop_recsys.cli.words import counts, kind_name, message, say, say_n
from desktop_recsys.errors import UserError


def cmd_demo(args: argparse.Namespace) -> int:
    """Fill an empty library with the synthetic demo library."""
    from desktop_recsys.services import library_service as svc

    if args.remove:
        return _remove_demo(args)
    path = library_path(args, create=True)
    with svc.open_library(path) as library:
        if not library.stats.is_empty():
            raise UserError(
                say(
                    "library {0} already has items or profiles; the demo needs an empty "
                    "library (pass --library NEW_FILE)",
                    path,
                )
            )

    def show(fraction: float, text: str) -> None:
        if not args.quiet:
            print(f"[{fraction:4.0%}] {message(text)}", file=sys.stderr)

    stats = svc.create_demo_library(path, seed=args.seed, progress=show)
    kinds = stats.items_by_kind
    held = counts(
        [
            ("tracks", kinds["track"]),
            ("artists", kinds["artist"]),
            ("films", kinds["film"]),
            ("profiles", stats.profiles),
            ("ratings", stats.ratings),
            ("plays", stats.plays),
            ("friendships", stats.friendships),
        ]
    )
    print(say("Demo library (synthetic data) written to {0}: {1}", path, held))
    return 0


def _remove_demo(args: argparse.Namespace) -> int:
    """``demo --remove``: every synthetic row goes in one transaction; real rows stay."""
    from desktop_recsys.config.paths import models_dir_for
    from desktop_recsys.services import library_service as svc

    path = library_path(args)
    if not svc.holds_demo_data(path):
        print(say("Library {0} holds no demo data; nothing removed", path))
        return 0
    if not confirmed(
        args.yes,
        say("Remove every synthetic (demo) item and profile from {0}? [y/N] ", path),
        say("Nothing removed"),
    ):
        return 1
    removed = svc.remove_demo_library(path, models_dir_for(path))
    summary = say(
        "{0} synthetic items, {1} synthetic profiles, {2} and {3} trained on them",
        f"{removed.items:,}",
        removed.profiles,
        counts([("ratings", removed.ratings), ("plays", removed.plays)]),
        say_n(removed.model_runs, "{0} model", "{0} models", removed.model_runs),
    )
    print(say("Removed the demo from {0}: {1}", path, summary))
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    """Show what the library holds, as a table or one JSON object."""
    from desktop_recsys.services import library_service as svc

    path = library_path(args)
    stats = svc.library_stats(path).to_dict()
    if args.json:
        print(json.dumps({"library": str(path), **stats}, ensure_ascii=False))
        return 0
    if stats["synthetic"]:
        print(say("Library {0}  (synthetic demo data)", path))
    else:
        print(say("Library {0}", path))
    label_of = language_catalog().text  # the row labels: CLI_WORDS in cli/help_language.py
    rows = [(kind + "s", count) for kind, count in stats["items_by_kind"].items()]
    rows += [
        (key, stats[key])
        for key in ("profiles", "ratings", "plays", "friendships", "genres", "tags", "playlists")
    ]
    for label, count in rows:
        shown = label_of("cli", label)
        print(f"  {shown}{' ' * max(1, 12 - columns(shown))}{count:>10,}")
    return 0


def cmd_duplicates(args: argparse.Namespace) -> int:
    """List likely duplicate items, or merge two of them."""
    from desktop_recsys.services import export_service as svc

    path = library_path(args)
    if args.action == "merge":
        if not confirmed(
            args.yes,
            say("Merge item {0} into item {1} and delete {0}? [y/N] ", args.drop, args.keep),
            say("Nothing merged"),
        ):
            return 1
        moved = svc.merge_duplicates(path, args.keep, args.drop)
        detail = counts((what, n) for what, n in moved.items() if n) or say("nothing else")
        print(say("Merged item {0} into item {1} (moved {2})", args.drop, args.keep, detail))
        return 0
    groups = svc.find_duplicates(path)
    if args.json:
        print(json.dumps(groups, ensure_ascii=False))
        return 0
    if not groups:
        print(say("No likely duplicates found"))
        return 0
    print(
        say_n(
            len(groups),
            "{0} group of likely duplicates (merge with 'duplicates merge KEEP DROP'):",
            "{0} groups of likely duplicates (merge with 'duplicates merge KEEP DROP'):",
            len(groups),
        )
    )
    for group in groups:
        print(f"- {say('; ').join(message(r) for r in group['reasons'])}")
        for item in group["items"]:
            where = item["path"] or say("(no file)")
            extra = f" ({item['year']})" if item["year"] else ""
            artist = f"{item['artist']} - " if item["artist"] else ""
            kind = kind_name(item["kind"])
            held = counts([("ratings", item["ratings"]), ("plays", item["plays"])])
            print(
                f"  {item['id']:>7}  {kind}{' ' * max(1, 7 - columns(kind))}{artist}"
                f"{item['title']}{extra}  {held}  {where}"
            )
    return 0


def add_demo_and_stats_commands(add: AddFn) -> None:
    """Register ``demo`` and ``stats`` on the main parser."""
    demo = add("demo", cmd_demo, "fill an empty library with the synthetic demo library")
    demo.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    demo.add_argument("--quiet", action="store_true", help="print no progress")
    demo.add_argument(
        "--remove",
        action="store_true",
        help="remove every synthetic (demo) item and profile, with what hangs on them, in one "
        "transaction; real data stays",
    )
    demo.add_argument("--yes", action="store_true", help="--remove: do not ask for confirmation")

    stats = add("stats", cmd_stats, "show what the library holds")
    stats.add_argument("--json", action="store_true", help="print one JSON object")


def add_duplicates_commands(add: AddFn) -> None:
    """Register ``duplicates`` (with ``duplicates merge``) on the main parser."""
    dup = add(
        "duplicates",
        cmd_duplicates,
        "list likely duplicate items (same file content; same external id; films: same title "
        "and year, or one's alias is the other's title; tracks: same artist and title, "
        "durations within 2 s when known), or merge two",
    )
    dup.add_argument("--json", action="store_true", help="print the groups as JSON")
    dup_actions = dup.add_subparsers(dest="action", metavar="ACTION")
    merge = dup_actions.add_parser(
        "merge",
        help="fold DROP into KEEP (ratings, plays, tags, genres, marks, playlist entries, ids) "
        "and delete DROP, in one transaction",
        parents=[library_option()],
    )
    merge.add_argument("keep", type=int, metavar="KEEP_ID")
    merge.add_argument("drop", type=int, metavar="DROP_ID")
    merge.add_argument("--yes", action="store_true", help="do not ask for confirmation")
