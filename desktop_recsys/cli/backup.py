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
            print(f"No backups of {path} yet; take one with 'desktop-recsys backup'")
        else:
            for b in found:
                when = b.created.strftime("%Y-%m-%d %H:%M:%S")
                print(f"{when}  {b.reason:<20} {b.size / 1e6:8.1f} MB  {b.path}")
        return 0
    target = svc.backup_now(path, out=args.out)
    print(f"Backed up {path} to {target}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Replace the library with a checked backup."""
    from desktop_recsys.services import backup_service as svc

    path = library_path(args, create=True)  # restoring a lost library brings it back
    source = Path(args.file).expanduser()
    if not confirmed(
        args.yes, f"Replace library {path} with backup {source}? [y/N] ", "Nothing restored"
    ):
        return 1
    result = svc.restore(path, source)
    counts = result.stats.to_dict()
    print(
        f"Restored {path} from {source} (integrity and consistency checks passed): "
        f"{counts['items']:,} items, {counts['profiles']} profiles, {counts['ratings']:,} ratings"
    )
    if result.previous is not None:
        print(f"The library as it was before is kept at {result.previous}")
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
