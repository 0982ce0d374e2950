"""``desktop-recsys profile limits NAME [...]``: what a profile may see, from a terminal.

Without options it prints the profile's limits and how many items they hide. A profile with a
PIN needs it for every change: from ``DESKTOP_RECSYS_PIN`` (for scripts) or typed at a prompt
that does not echo it. A new PIN (``--pin``) comes from ``DESKTOP_RECSYS_NEW_PIN`` or is typed
twice. A wrong PIN changes nothing (exit status 1, one line).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys

from desktop_recsys.cli.common import library_path
from desktop_recsys.cli.words import counts, genres, say
from desktop_recsys.errors import UserError

PIN_ENV = "DESKTOP_RECSYS_PIN"
NEW_PIN_ENV = "DESKTOP_RECSYS_NEW_PIN"


def _ask(prompt: str) -> str | None:
    """A PIN typed without echo, or None when nobody can type (no terminal)."""
    if not sys.stdin.isatty():
        return None
    try:
        return getpass.getpass(prompt)
    except EOFError:
        return None


def _new_pin() -> str:
    given = os.environ.get(NEW_PIN_ENV)
    if given is not None:
        return given
    first = _ask(say("New PIN: "))
    if first is None:
        raise UserError(
            say("no terminal to type a new PIN; set {0} (nothing was changed)", NEW_PIN_ENV)
        )
    if _ask(say("The new PIN again: ")) != first:
        raise UserError(say("the two PINs differ; nothing was changed"))
    return first


def require_pin_of(path: object, name: str) -> None:
    """Refuse (WrongPin, exit status 1) unless the PIN of profile ``name`` is given, when it
    has one: from ``DESKTOP_RECSYS_PIN`` or typed without echo. For commands that would undo
    its limits (removing the profile)."""
    from desktop_recsys.library import Library
    from desktop_recsys.services import limits

    with Library.open(path) as library:  # type: ignore[arg-type]
        profile = library.profiles.require(name)
        if not limits.has_pin(library, profile.id):
            return
        pin = os.environ.get(PIN_ENV)
        if pin is None:
            pin = _ask(say("PIN of {0}: ", profile.name))
        limits.require_pin(library, profile.id, pin, profile.name)


def cmd_limits(args: argparse.Namespace) -> int:
    """Show or change a profile's limits."""
    from desktop_recsys.library import Library
    from desktop_recsys.services import limits

    path = library_path(args)
    changes: dict[str, object] = {}
    with Library.open(path) as library:
        profile = library.profiles.require(args.name)
        current = limits.get_limits(library, profile.id)
        if args.max_certification is not None:
            text = args.max_certification.strip()
            changes["max_certification"] = None if text.lower() in ("", "none", "any") else text
        if args.hide_explicit is not None:
            changes["hide_explicit"] = args.hide_explicit
        if args.block_unrated is not None:
            changes["block_unrated"] = args.block_unrated
        base_genres = () if args.clear else current.genres
        base_tags = () if args.clear else current.tags
        if args.block_genre or args.unblock_genre or args.clear:
            drop = {g.casefold() for g in args.unblock_genre or ()}
            keep = [g for g in base_genres if g.casefold() not in drop]
            changes["genres"] = keep + list(args.block_genre or ())
        if args.block_tag or args.unblock_tag or args.clear:
            drop = {t.casefold() for t in args.unblock_tag or ()}
            keep = [t for t in base_tags if t.casefold() not in drop]
            changes["tags"] = keep + list(args.block_tag or ())
        if args.remove_pin:
            changes["new_pin"] = None
        if changes or args.clear or args.pin:
            pin = None
            if current.has_pin:
                pin = os.environ.get(PIN_ENV)
                if pin is None:
                    pin = _ask(say("PIN of {0}: ", profile.name))
                # Checked before a new PIN is asked for: a wrong PIN changes nothing.
                limits.require_pin(library, profile.id, pin, profile.name)
            if args.pin:
                changes["new_pin"] = _new_pin()
            current = limits.set_limits(
                library,
                profile.id,
                pin=pin,
                clear=args.clear,
                **changes,  # type: ignore[arg-type]
            )
        hidden = limits.blocked_ids(library, profile.id)
        films = len(limits.blocked_ids(library, profile.id, "film"))
        tracks = len(limits.blocked_ids(library, profile.id, "track"))
    if args.json:
        print(
            json.dumps(
                {
                    "profile": profile.name,
                    "max_certification": current.max_text,
                    "max_age": current.max_age,
                    "hide_explicit": current.hide_explicit,
                    "block_unrated": current.block_unrated,
                    "blocked_genres": list(current.genres),
                    "blocked_tags": list(current.tags),
                    "pin": current.has_pin,
                    "hidden_items": len(hidden),
                    "hidden_films": films,
                    "hidden_tracks": tracks,
                },
                ensure_ascii=False,
            )
        )
        return 0
    described = say("; ").join(_describe(current))
    if changes or args.clear or args.pin:
        print(say("Limits of {0!r} now: {1}", profile.name, described))
    else:
        print(say("Limits of {0!r} are: {1}", profile.name, described))
    kinds = counts([("films", films), ("tracks", tracks)])
    if len(hidden) == 1:
        print(say("{0:,} item hidden from {1} ({2})", len(hidden), profile.name, kinds))
    else:
        print(say("{0:,} items hidden from {1} ({2})", len(hidden), profile.name, kinds))
    return 0


def _describe(current: object) -> list[str]:
    """The limits as lines in the command line's language (``Limits.describe``'s words)."""

    def age(value: int | None) -> str:
        if value is None:
            return say("unrated")
        return say("all ages") if value == 0 else f"{value}+"

    lines = []
    max_age = current.max_age  # type: ignore[attr-defined]
    if max_age is not None:
        shown = current.max_text or age(max_age)  # type: ignore[attr-defined]
        lines.append(say("maximum certification: {0} ({1})", shown, age(max_age)))
    if current.hide_explicit:  # type: ignore[attr-defined]
        lines.append(say("explicit tracks hidden"))
    if current.block_unrated:  # type: ignore[attr-defined]
        lines.append(say("unrated films hidden"))
    if current.genres:  # type: ignore[attr-defined]
        lines.append(say("blocked genres: {0}", genres(current.genres)))  # type: ignore[attr-defined]
    if current.tags:  # type: ignore[attr-defined]
        lines.append(say("blocked tags: {0}", say(", ").join(current.tags)))  # type: ignore[attr-defined]
    if current.has_pin:  # type: ignore[attr-defined]
        lines.append(say("PIN set"))
    return lines or [say("no limits")]


def _flag(
    parser: argparse.ArgumentParser, name: str, off: str, help_on: str, help_off: str
) -> None:
    group = parser.add_mutually_exclusive_group()
    dest = name.lstrip("-").replace("-", "_")
    group.add_argument(
        name, dest=dest, action="store_const", const=True, default=None, help=help_on
    )
    group.add_argument(off, dest=dest, action="store_const", const=False, help=help_off)


def add_limits_action(
    actions: argparse._SubParsersAction, library_opt: argparse.ArgumentParser
) -> None:
    """``profile limits NAME [...]`` on the ``profile`` command's actions."""
    p = actions.add_parser(
        "limits",
        help="show or change what a profile may see (certification, explicit, genres, PIN)",
        description="Show (no options) or change what a profile may see. Certifications of "
        "several systems are compared as minimum ages: G 0, PG 10, PG-13 13, R 17, NC-17 18; "
        "U 0, 12A 12, 15, 18; FSK 0/6/12/16/18; or an age such as 12. A profile with a PIN "
        f"needs it for every change ({PIN_ENV}, or typed without echo).",
        parents=[library_opt],
    )
    p.add_argument("name", help="profile name or id")
    p.add_argument(
        "--max-certification",
        metavar="C",
        help="hide items certified above C (e.g. PG, PG-13, 12A, 'FSK 12', 12); 'none' removes it",
    )
    _flag(p, "--hide-explicit", "--show-explicit", "hide explicit tracks", "show explicit tracks")
    _flag(
        p,
        "--block-unrated",
        "--allow-unrated",
        "hide films without a certification (for a child)",
        "show films without a certification",
    )
    p.add_argument("--block-genre", metavar="G", nargs="+", action="extend", help="hide genre(s)")
    p.add_argument("--unblock-genre", metavar="G", nargs="+", action="extend")
    p.add_argument("--block-tag", metavar="T", nargs="+", action="extend", help="hide tag(s)")
    p.add_argument("--unblock-tag", metavar="T", nargs="+", action="extend")
    p.add_argument("--clear", action="store_true", help="remove every limit (the PIN stays)")
    p.add_argument(
        "--pin",
        action="store_true",
        help=f"set a new PIN (typed twice without echo, or from {NEW_PIN_ENV})",
    )
    p.add_argument("--remove-pin", action="store_true", help="remove the PIN")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=cmd_limits)
