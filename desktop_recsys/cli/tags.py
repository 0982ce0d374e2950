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
from desktop_recsys.cli.words import message, say, say_n


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
        print("\n".join(_summary_lines(report)))
    return 0


def _summary_lines(report: object) -> list[str]:
    """``TagSyncReport.summary_lines`` in the command line's language."""
    r = report  # a services.tag_sync.TagSyncReport
    dry = r.dry_run  # type: ignore[attr-defined]
    files, agreed = r.files, r.agreed  # type: ignore[attr-defined]
    compared = say_n(
        files,
        "{0:,} file compared with the ratings and plays of {1!r}: {2:,} already agree",
        "{0:,} files compared with the ratings and plays of {1!r}: {2:,} already agree",
        files,
        r.profile,  # type: ignore[attr-defined]
        agreed,
    )
    lines = [say("Dry run: {0}", compared) if dry else compared]
    for line in r.lines:  # type: ignore[attr-defined]
        verb = {
            "written": say("would be written (the library's change is newer)")
            if dry
            else say("written (the library's change is newer)"),
            "read": say("would be read into the library (the file's change is newer)")
            if dry
            else say("read into the library (the file's change is newer)"),
            "kept": say("the library's change is newer, kept (tags write writes it)"),
            "failed": say("not done"),
        }[line.action]
        lines.append("  " + say("{0}: {1}: {2}", line.path, verb, message(line.detail)))
    written, read = r.count("written"), r.count("read")  # type: ignore[attr-defined]
    totals = [
        say_n(written, "{0:,} file would be written", "{0:,} files would be written", written)
        if dry
        else say_n(written, "{0:,} file written", "{0:,} files written", written),
        say("{0:,} would be read into the library", read)
        if dry
        else say("{0:,} read into the library", read),
    ]
    kept, failed = r.count("kept"), r.count("failed")  # type: ignore[attr-defined]
    if kept:
        totals.append(say("{0:,} kept the library's newer values", kept))
    if failed:
        totals.append(say("{0:,} could not be done (see above)", failed))
    lines.append(say("; ").join(totals))
    return lines


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
