"""``desktop-recsys profile add|list|remove``: the library's profiles from a terminal.

The services are imported inside the command, when it runs.
"""

from __future__ import annotations

import argparse
import json

from desktop_recsys.cli.common import (
    AddFn,
    confirmed,
    library_and_models,
    library_option,
    library_path,
)
from desktop_recsys.cli.limits import add_limits_action, require_pin_of
from desktop_recsys.cli.listening import add_incognito_action
from desktop_recsys.cli.words import counts, message, say, say_n


def cmd_profile(args: argparse.Namespace) -> int:
    """Add, list or remove profiles."""
    from desktop_recsys.services import library_service as svc

    path = library_path(args, create=args.action == "add")
    if args.action == "add" and args.likes is not None:
        from desktop_recsys.services import favourites

        likes = favourites.parse_ids(args.likes)  # checked before anything is created
        profile = favourites.add_profile_with_likes(path, args.name, likes)
        n = len(set(likes))
        print(
            say_n(
                n,
                "Added profile {0!r} (id {1}) with {2} favourite",
                "Added profile {0!r} (id {1}) with {2} favourites",
                profile.name,
                profile.id,
                n,
            )
        )
        print(say("Train (or wait for the idle retrain) and its recommendations start from them"))
    elif args.action == "add":
        profile = svc.add_profile(path, args.name)
        print(say("Added profile {0!r} (id {1})", profile.name, profile.id))
    elif args.action == "list":
        profiles = svc.list_profiles(path)
        if args.json:
            print(
                json.dumps(
                    [{"id": p.id, "name": p.name, "synthetic": p.synthetic} for p in profiles],
                    ensure_ascii=False,
                )
            )
        elif not profiles:
            print(say("No profiles yet; add one with 'desktop-recsys profile add NAME'"))
        else:
            for p in profiles:
                print(f"{p.id:>5}  {p.name}" + (say("  (synthetic)") if p.synthetic else ""))
    elif args.action == "remove":
        require_pin_of(path, args.name)  # a child's limits go with its profile
        if not confirmed(
            args.yes,
            say("Delete profile {0!r} with all its ratings and plays? [y/N] ", args.name),
            say("Nothing deleted"),
        ):
            return 1
        # Privacy (issue 9): also erases the jobs naming it and the models that learned from it.
        from desktop_recsys.services.privacy_service import delete_profile

        _, models = library_and_models(args)
        done = delete_profile(path, models, args.name)
        detail = counts(done.erased.items())
        print(say("Removed profile {0!r} and its {1}", done.name, detail))
        if done.removed_runs:
            removed, retrained = len(done.removed_runs), len(done.retrained_runs)
            print(
                say_n(
                    removed,
                    "Removed {0} model that had learned from it; retrained {1}",
                    "Removed {0} models that had learned from it; retrained {1}",
                    removed,
                    retrained,
                )
            )
        for reason in done.not_retrained:
            print("  " + say("not retrained: {0}", message(reason)))
        if done.backups:
            n = len(done.backups)
            print(
                say_n(
                    n,
                    "Note: {0} backup of the library still holds its data:",
                    "Note: {0} backups of the library still hold its data:",
                    n,
                )
            )
            for backup in done.backups:
                print(f"  {backup}")
    return 0


def add_profile_commands(add: AddFn) -> None:
    """Register ``profile`` with its ``add``, ``list`` and ``remove`` actions."""
    library_opt = library_option()
    profile = add("profile", cmd_profile, "add, list or remove profiles, or switch one incognito")
    actions = profile.add_subparsers(dest="action", metavar="ACTION", required=True)
    p_add = actions.add_parser("add", help="create a profile", parents=[library_opt])
    p_add.add_argument("name")
    p_add.add_argument(
        "--likes",
        metavar="ID,ID,...",
        help="item ids of a few favourites (rated five stars), so the first list is personal",
    )
    p_list = actions.add_parser("list", help="list profiles", parents=[library_opt])
    p_list.add_argument("--json", action="store_true", help="print a JSON list")
    p_remove = actions.add_parser(
        "remove", help="delete a profile with its ratings and plays", parents=[library_opt]
    )
    p_remove.add_argument("name", help="profile name or id")
    p_remove.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    add_incognito_action(actions, library_opt)
    add_limits_action(actions, library_opt)
