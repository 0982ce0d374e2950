"""``desktop-recsys backup``, ``backup list`` and ``restore``: the library's backups from a terminal.

Registered on the main parser with :func:`add_backup_commands`. Backups of the
default library live in the app's ``backups`` folder; those of a library given with
``--library PATH`` in a ``NAME-backups`` folder beside it.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop_recsys.cli.common import AddFn, confirmed, library_path
from desktop_recsys.cli.words import pad, say, say_n


def cmd_backup(args: argparse.Namespace) -> int:
    """Back up the library now, or list its backups."""
    from desktop_recsys.services import backup_service as svc

    path = library_path(args)
    if getattr(args, "action", None) == "list":
        found = svc.list_backups(path)
        if args.json:
            print(
                json.dumps(
                    [
                        {
                            "file": str(b.path),
                            "created": b.created.isoformat(timespec="seconds"),
                            "reason": b.reason,
                            "bytes": b.size,
                        }
                        for b in found
                    ],
                    ensure_ascii=False,
                )
            )
        elif not found:
            print(say("No backups of {0} yet; take one with 'desktop-recsys backup'", path))
        else:
            for b in found:
                when = b.created.strftime("%Y-%m-%d %H:%M:%S")
                label = pad(_reason_label(b.reason), 24)
                print(f"{when}  {label} {b.size / 1e6:8.1f} MB  {b.path}")
        return 0
    target = svc.backup_now(path, out=args.out)
    print(say("Backed up {0} to {1}", path, target))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Replace the library with a checked backup."""
    from desktop_recsys.services import backup_service as svc

    path = library_path(args, create=True)  # restoring a lost library brings it back
    source = Path(args.file).expanduser()
    if not confirmed(
        args.yes,
        say("Replace library {0} with backup {1}? [y/N] ", path, source),
        say("Nothing restored"),
    ):
        return 1
    result = svc.restore(path, source)
    counts = result.stats.to_dict()
    held = [
        say_n(counts["items"], "{0:,} item", "{0:,} items", counts["items"]),
        say_n(counts["profiles"], "{0} profile", "{0} profiles", counts["profiles"]),
        say_n(counts["ratings"], "{0:,} rating", "{0:,} ratings", counts["ratings"]),
    ]
    print(
        say(
            "Restored {0} from {1} (integrity and consistency checks passed): {2}",
            path,
            source,
            say(", ").join(held),
        )
    )
    if result.previous is not None:
        print(say("The library as it was before is kept at {0}", result.previous))
    return 0


def add_backup_commands(add: AddFn) -> None:
    """Register ``backup`` (with ``backup list``) and ``restore`` on the main parser."""
    backup = add(
        "backup",
        cmd_backup,
        "back up the library now (SQLite online backup; the newest backups are kept), or "
        "list its backups",
    )
    backup.add_argument(
        "--out", metavar="FILE", help="write the backup to FILE instead of the backups folder"
    )
    actions = backup.add_subparsers(dest="action", metavar="ACTION")
    listing = actions.add_parser("list", help="list the library's backups, newest first")
    listing.add_argument("--json", action="store_true", help="print a JSON list")
    listing.add_argument(
        "--library", metavar="PATH", default=argparse.SUPPRESS, help="library file to use"
    )

    restore = add(
        "restore",
        cmd_restore,
        "replace the library with a backup, after checking the backup's integrity; the "
        "library as it was is kept as a backup",
    )
    restore.add_argument("file", metavar="FILE", help="the backup file to restore")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def _reason_label(reason: str) -> str:
    """Why a backup was taken, in the command line's language (as the window's Settings lists
    them); ``--json`` keeps the file name's word."""
    labels = {
        "manual": say("Backed up by hand"),
        "scheduled": say("Weekly"),
        "import": say("Before an import"),
        "before-restore": say("Before a restore"),
    }
    if reason.startswith("upgrade-from-v"):
        return say("Before an upgrade (version {0})", reason.removeprefix("upgrade-from-v"))
    return labels.get(reason, reason)
