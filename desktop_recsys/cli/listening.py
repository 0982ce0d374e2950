"""``desktop-recsys play`` and ``rate``: record a play (as the player would) or a rating, and
``profile incognito NAME on|off`` (issue 17).

For scripts, tests and people who play elsewhere. The services are imported inside the
commands, when they run.
"""

from __future__ import annotations

import argparse

from desktop_recsys.cli.common import AddFn, library_path
from desktop_recsys.cli.words import say
from desktop_recsys.errors import UserError


def cmd_play(args: argparse.Namespace) -> int:
    """Record one play (or skip) of ITEM for a profile."""
    from desktop_recsys.library import Library
    from desktop_recsys.services import listening

    share = 0.0 if args.skip else (1.0 if args.share is None else args.share)
    share = listening.check_share(share)  # checked before the library is opened
    path = library_path(args)
    with Library.open(path) as library:
        item_id = listening.find_item(library, args.item)
        outcome = listening.record_on(
            library, args.profile, item_id, share=share, skipped=args.skip
        )
        name = library.profiles.require(args.profile).name
    if outcome.reason == "incognito":
        print(say("Nothing recorded: profile {0!r} is incognito", name))
    elif args.skip:
        print(say("Recorded a skip of item {0} for {1!r}", item_id, name))
    else:
        print(
            say(
                "Recorded a play of item {0} for {1!r} ({2:.0%} played)",
                item_id,
                name,
                outcome.share,
            )
        )
    return 0


def cmd_rate(args: argparse.Namespace) -> int:
    """Set or clear a profile's rating of ITEM."""
    from desktop_recsys.services import listening

    if args.clear == (args.stars is not None):
        raise UserError(say("give either STARS (0.5 to 5) or --clear, not both or neither"))
    stars = None if args.clear else listening.check_stars(args.stars)
    name, item_id, value = listening.rate(library_path(args), args.profile, args.item, stars)
    if value is None:
        print(say("Cleared the rating of item {0} by {1!r}", item_id, name))
    elif value == 1:
        print(say("Rated item {0} {1:g} star for {2!r}", item_id, value, name))
    else:
        print(say("Rated item {0} {1:g} stars for {2!r}", item_id, value, name))
    return 0


def cmd_incognito(args: argparse.Namespace) -> int:
    """``profile incognito NAME on|off``."""
    from desktop_recsys.services import listening

    name = listening.set_incognito(library_path(args), args.name, args.state == "on")
    if args.state == "on":
        print(say("Profile {0!r} is incognito: nothing it plays is recorded", name))
    else:
        print(say("Profile {0!r} records its plays again", name))
    return 0


def _share(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(say("{0!r} is not a number from 0 to 1", text)) from None


def add_listening_commands(add: AddFn) -> None:
    """Register ``play`` and ``rate``."""
    play = add("play", cmd_play, "record a play (or a skip) of an item, as the player would")
    play.add_argument("item", metavar="ITEM", help="item id, or the path of its file")
    play.add_argument("--profile", required=True, help="profile name or id")
    how = play.add_mutually_exclusive_group()
    how.add_argument(
        "--share", type=_share, metavar="0-1", help="share of the item played (default 1)"
    )
    how.add_argument("--skip", action="store_true", help="record a skip (moved on early)")
    rate = add("rate", cmd_rate, "rate an item for a profile (0.5 to 5 stars) or clear it")
    rate.add_argument("item", metavar="ITEM", help="item id, or the path of its file")
    rate.add_argument("stars", metavar="STARS", nargs="?", help="0.5 to 5, in half stars")
    rate.add_argument("--profile", required=True, help="profile name or id")
    rate.add_argument("--clear", action="store_true", help="remove the rating")


def add_incognito_action(
    actions: argparse._SubParsersAction, library_opt: argparse.ArgumentParser
) -> None:
    """``profile incognito NAME on|off`` on the ``profile`` command's actions."""
    p_inc = actions.add_parser(
        "incognito",
        help="switch recording of a profile's plays off (on) or back on (off)",
        parents=[library_opt],
    )
    p_inc.add_argument("name", help="profile name or id")
    p_inc.add_argument("state", choices=("on", "off"))
    p_inc.set_defaults(func=cmd_incognito)
