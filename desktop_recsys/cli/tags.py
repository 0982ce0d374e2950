"""``desktop-recsys tags read|write``: ratings and play counts in the files' tags (issue 17).

``tags read`` takes into the library what the files changed more recently; ``tags write``
also writes the library's newer ratings and play counts into the files (their audio is never
touched). ``--dry-run`` changes nothing and prints what would happen. The newer change wins,
and the report names the side that won for every file that differed
(:mod:`desktop_recsys.services.tag_sync`).
"""

from __future__ import annotations

import argparse
import json

from desktop_recsys.cli.common import AddFn, library_option, library_path, progress_printer


def cmd_tags(args: argparse.Namespace) -> int:
    """Run ``tags read`` or ``tags write`` and print the report."""
    from desktop_recsys.services.tag_sync import sync_tags

    report = sync_tags(
        library_path(args),
        args.profile,
        write=args.action == "write",
        dry_run=args.dry_run,
        progress=progress_printer(args.quiet or args.json),
    )
    if args.json:
        print(
            json.dumps(
                {
                    "profile": report.profile,
                    "direction": report.direction,
                    "dry_run": report.dry_run,
                    "files": report.files,
                    "agreed": report.agreed,
                    "lines": [line.__dict__ for line in report.lines],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        print("\n".join(report.summary_lines()))
    return 0


def add_tags_commands(add: AddFn) -> None:
    """Register ``tags`` with ``read`` and ``write``."""
    command = add(
        "tags",
        cmd_tags,
        "ratings and play counts in your music files' tags: read them in, or write them out",
    )
    actions = command.add_subparsers(dest="action", metavar="ACTION", required=True)
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument(
        "--profile",
        metavar="P",
        help="whose ratings and plays (name or id; default: the library's profile for files, "
        "else its first profile)",
    )
    options.add_argument(
        "--dry-run", action="store_true", help="change nothing; print what would happen"
    )
    options.add_argument("--json", action="store_true", help="print the report as JSON")
    options.add_argument("--quiet", action="store_true", help="no progress lines")
    parents = [library_option(), options]
    actions.add_parser(
        "read",
        help="take into the library the ratings and play counts the files changed more "
        "recently (files are not changed)",
        parents=parents,
    )
    actions.add_parser(
        "write",
        help="write the library's newer ratings and play counts into the files (the audio is "
        "never touched) and read the files' newer ones in",
        parents=parents,
    )
