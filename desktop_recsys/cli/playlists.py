"""``desktop-recsys playlist list|show|refresh|export|delete|smart create``.

Every command takes ``--profile P`` (whose playlists; without it only the shared ones). Smart
playlists are computed again before they are shown or exported, so they follow the library.
The services (and with them the engine) are imported inside the commands, when they run.
"""

from __future__ import annotations

import argparse
import json

from desktop_recsys.cli.common import AddFn, confirmed, library_and_models, library_option
from desktop_recsys.cli.words import counted, message, pad, say, say_n
from desktop_recsys.config.durations import clock_text


def _print_note(note: str) -> None:
    if note:
        print(say("Note: {0}", message(note)))


def _length(seconds: float | None) -> str:
    if seconds is None:
        return "     "
    return clock_text(seconds)


def cmd_playlist(args: argparse.Namespace) -> int:
    from desktop_recsys.services import playlist_service as lists
    from desktop_recsys.services import smart_playlists as smart

    library, models = library_and_models(args)
    if args.action == "list":
        rows = lists.list_playlists(library, args.profile)
        if args.json:
            print(
                json.dumps(
                    [
                        {
                            "id": r.playlist.id,
                            "name": r.playlist.name,
                            "smart": r.smart,
                            "items": r.size,
                            "shared": r.playlist.profile_id is None,
                        }
                        for r in rows
                    ],
                    ensure_ascii=False,
                )
            )
        elif not rows:
            print(
                say(
                    "No playlists yet; make one with 'desktop-recsys playlist smart create' "
                    "or from the Library's context menu"
                )
            )
        else:
            for r in rows:
                what = pad(say("smart") if r.smart else say("static"), 6)
                owner = say("  (shared)") if r.playlist.profile_id is None else ""
                size = say_n(r.size, "{0:>5} item", "{0:>5} items", r.size)
                print(f"{r.playlist.id:>5}  {what}  {size}  {r.playlist.name}{owner}")
        return 0
    if args.action == "smart":
        spec = smart.spec_from_options(
            match=args.match,
            rules=args.rule or (),
            order=args.order,
            limit=args.limit,
            kind=args.kind,
            seed=args.seed,
            preset=args.preset,
        )
        done = smart.create_smart(library, models, args.profile, args.name, spec)
        assert done.playlist is not None
        print(
            say(
                "Created smart playlist {0!r} (id {1}): {2} ({3})",
                done.playlist.name,
                done.playlist.id,
                counted(len(done.item_ids), "items"),
                _matched(done.matched),
            )
        )
        _print_note(done.note)
        return 0
    if args.action == "delete":
        question = say("Delete playlist {0!r}? [y/N] ", args.name)
        if not confirmed(args.yes, question, say("Nothing deleted")):
            return 1
        playlist = lists.delete_playlist(library, args.profile, args.name)
        print(say("Deleted playlist {0!r} ({1})", playlist.name, playlist.id))
        return 0
    # show, refresh and export compute a smart playlist first.
    done = smart.refresh(library, models, args.profile, args.name)
    assert done.playlist is not None
    if args.action == "refresh":
        print(
            say(
                "Refreshed {0!r}: {1} ({2})",
                done.playlist.name,
                counted(len(done.item_ids), "items"),
                _matched(done.matched),
            )
        )
        _print_note(done.note)
    elif args.action == "show":
        entries = lists.entries_of(library, done.playlist.id, args.profile)  # its limits
        if args.json:
            print(
                json.dumps(
                    {
                        "id": done.playlist.id,
                        "name": done.playlist.name,
                        "rules": done.playlist.rules,
                        "matched": done.matched,
                        "items": [
                            {
                                "id": e.item_id,
                                "kind": e.kind,
                                "title": e.title,
                                "artist": e.artist,
                                "album": e.album,
                                "duration": e.duration,
                            }
                            for e in entries
                        ],
                    },
                    ensure_ascii=False,
                )
            )
            return 0
        size = counted(len(entries), "items")
        if done.playlist.kind == "rules":
            print(
                say(
                    "smart playlist {0!r} (id {1}): {2}", done.playlist.name, done.playlist.id, size
                )
            )
        else:
            print(say("playlist {0!r} (id {1}): {2}", done.playlist.name, done.playlist.id, size))
        for e in entries:
            by = f" — {e.artist}" if e.artist else ""
            print(f"{e.position + 1:>4}. {_length(e.duration)}  {e.title}{by}  [{e.item_id}]")
        _print_note(done.note)
    else:  # export
        from desktop_recsys.services.export_service import export_playlist

        counts = export_playlist(
            library, done.playlist.name, args.out, profile=args.profile, fmt=args.format
        )
        written = counts.get("entries", len(done.item_ids))
        print(
            say("Wrote {0!r} to {1} ({2})", done.playlist.name, args.out, counted(written, "items"))
        )
    return 0


def _matched(n: int) -> str:
    return say_n(n, "{0} matches the rules", "{0} match the rules", n)


def add_playlist_commands(add: AddFn) -> None:
    """Register ``playlist`` with ``list``, ``show``, ``refresh``, ``export``, ``delete`` and
    ``smart create``."""
    # The rule catalogue for --help (a light module: no numpy).
    from desktop_recsys.services.smart_playlists import PRESET_NAMES, rules_help

    library_opt = library_option()
    profile_opt = argparse.ArgumentParser(add_help=False)
    profile_opt.add_argument(
        "--profile", metavar="P", help="whose playlists (name or id; without it: the shared ones)"
    )
    command = add(
        "playlist",
        cmd_playlist,
        "list, show, refresh and export playlists; create smart playlists from rules",
    )
    actions = command.add_subparsers(dest="action", metavar="ACTION", required=True)
    parents = [library_opt, profile_opt]
    p_list = actions.add_parser(
        "list", help="the profile's and the shared playlists", parents=parents
    )
    p_list.add_argument("--json", action="store_true", help="print a JSON list")
    p_show = actions.add_parser(
        "show", help="a playlist's items (a smart one refreshed first)", parents=parents
    )
    p_show.add_argument("name", metavar="NAME", help="playlist name or id")
    p_show.add_argument("--json", action="store_true", help="print JSON")
    p_refresh = actions.add_parser(
        "refresh", help="compute a smart playlist again from its rules", parents=parents
    )
    p_refresh.add_argument("name", metavar="NAME", help="playlist name or id")
    p_export = actions.add_parser("export", help="write a playlist as M3U8 or CSV", parents=parents)
    p_export.add_argument("name", metavar="NAME", help="playlist name or id")
    p_export.add_argument(
        "--out",
        required=True,
        metavar="FILE",
        help="the file (.m3u8 or .csv; the extension picks the format)",
    )
    p_export.add_argument("--format", choices=("m3u8", "csv"), help="the format, whatever --out")
    p_delete = actions.add_parser("delete", help="delete a playlist", parents=parents)
    p_delete.add_argument("name", metavar="NAME", help="playlist name or id")
    p_delete.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p_smart = actions.add_parser(
        "smart", help="smart playlists: rules over the library and the model", parents=[library_opt]
    )
    smart_actions = p_smart.add_subparsers(dest="smart_action", metavar="ACTION", required=True)
    create = smart_actions.add_parser(
        "create",
        help="create a smart playlist from rules or a preset",
        parents=parents,
        epilog=rules_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    create.add_argument("name", metavar="NAME", help="the new playlist's name")
    create.add_argument(
        "--match",
        choices=("all", "any"),
        default="all",
        help="an item must pass all rules (default) or any of them",
    )
    create.add_argument(
        "--rule",
        action="append",
        metavar="FIELD:OP:VALUE",
        help="a rule (repeat it); the fields are listed below",
    )
    create.add_argument(
        "--preset",
        choices=tuple(PRESET_NAMES),
        help="a ready-made playlist instead "
        "of rules: " + ", ".join(f"{k} ({v})" for k, v in PRESET_NAMES.items()),
    )
    create.add_argument(
        "--order",
        metavar="FIELD|score|random",
        help="order of the list (default: added, newest first; a preset's own)",
    )
    create.add_argument(
        "--limit", metavar="N|LENGTH", help="at most N items, or a length such as 90m or 2h"
    )
    create.add_argument(
        "--kind",
        choices=("track", "artist", "film"),
        help="only items of this kind (films count as played once watched)",
    )
    create.add_argument(
        "--seed",
        type=int,
        help="the seed of --order random (stored, so refreshing keeps the order)",
    )
