"""``radio`` and ``mixes``: playlists the recommender makes, written as M3U8 (or CSV).

- ``radio --seed ITEM [--profile P] [--n 50] [--balance 0.5] [--out mix.m3u8]``: a radio from
  a track, artist, album, film or playlist (:mod:`desktop_recsys.services.radio_service`).
- ``mixes --profile P [--kind track] [--out DIR]``: the profile's daily mixes
  (:mod:`desktop_recsys.services.mixes_service`), one M3U8 per mix.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop_recsys.cli.common import AddFn, library_and_models, progress_printer
from desktop_recsys.cli.words import counted, kind_word, message, say, say_n
from desktop_recsys.errors import UserError


def cmd_radio(args: argparse.Namespace) -> int:
    """A radio from a seed, printed or written as a playlist."""
    from desktop_recsys.services import export_service, radio_service

    library, models = library_and_models(args)
    if args.n < 1:
        raise UserError(say("--n must be at least 1"))
    if not 0.0 <= args.balance <= 1.0:
        raise UserError(say("--balance must be between 0 and 1 (got {0:g})", args.balance))
    if not 0.0 <= args.sound <= 1.0:
        raise UserError(say("--sound must be between 0 and 1 (got {0:g})", args.sound))
    out = Path(args.out) if args.out else None
    if out is not None:
        _check_list_file(out)
    radio, items = radio_service.radio_list(
        library,
        models,
        args.seed,
        n=args.n,
        profile=args.profile,
        balance=args.balance,
        sound_share=args.sound,
        include_known=not args.new_only,
        progress=progress_printer(args.quiet),
    )
    if not items:
        raise UserError(
            say(
                "the radio found nothing to play for this seed; try another seed or import more "
                "items"
            )
        )
    if out is not None:
        counts = export_service.export_item_list(
            library,
            [r.item_id for r in items],
            out,
            name=say("Radio: {0}", radio.seed.label),
        )
        written = counted(counts["entries"], "items")
        print(say("Wrote {0} of the radio from {1} to {2}", written, radio.seed.label, out))
        return 0
    if args.json:
        rows = [
            {
                "position": r.position,
                "item_id": r.item_id,
                "title": r.title,
                "artist": r.artist,
                "score": r.score,
                "seed_score": r.seed_score,
                "taste_score": r.taste_score,
            }
            for r in items
        ]
        print(json.dumps({"seed": radio.seed.label, "items": rows}, ensure_ascii=False))
        return 0
    taste = say(", your taste from {0}", message(radio.model)) if radio.model else ""
    print(say("Radio from {0} ({1}{2}):", radio.seed.label, kind_word(radio.seed.kind), taste))
    for r in items:
        by = f" - {r.artist}" if r.artist and r.kind != "artist" else ""
        print(f"{r.position:>3}. {r.title}{by}")
    return 0


def cmd_mixes(args: argparse.Namespace) -> int:
    """A profile's daily mixes: made again when due, then printed or written as M3U8."""
    from desktop_recsys.library import Library
    from desktop_recsys.services import export_service, mixes_service

    library, models = library_and_models(args)
    out = Path(args.out) if args.out else None
    if out is not None and out.exists() and not out.is_dir():
        raise UserError(say("{0} is a file; give a folder for the mixes (one .m3u8 per mix)", out))
    if args.sound is not None and not 0.0 <= args.sound <= 1.0:
        raise UserError(say("--sound must be between 0 and 1 (got {0:g})", args.sound))
    mixes_service.refresh_mixes(
        library,
        models,
        profiles=[args.profile],
        kind=args.kind,
        force=args.refresh,
        sound_share=args.sound,
        progress=progress_printer(args.quiet),
    )
    with Library.open(library) as lib:
        profile = lib.profiles.require(args.profile)
        found = mixes_service.stored_mixes(lib, profile.id, args.kind)
    mixes = found.mixes if found is not None else []
    if not mixes:
        raise UserError(
            say(
                "{0} has too few favourites for a mix yet; rate or play more {1} (at least {2} "
                "rated 4 stars or played twice)",
                profile.name,
                kind_word(args.kind),
                MIN_FAVOURITES,
            )
        )
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        for mix in mixes:
            target = out / f"{mix.number:02d} {_file_name(str(mix.name))}.m3u8"
            export_service.export_item_list(library, mix.item_ids, target, name=str(mix.name))
            print(say("Wrote {0} ({1})", target, _mix_counts(mix, picks=False)))
        return 0
    print(say("Daily mixes of {0} ({1}):", profile.name, len(mixes)))
    for mix in mixes:
        print(
            f"{mix.number:>3}. " + say("{0}: {1}", message(mix.name), _mix_counts(mix, picks=True))
        )
    return 0


#: The fewest liked items that make a mix (engine.mixes.MIN_LIKED, without importing numpy).
MIN_FAVOURITES = 10


def _file_name(name: str) -> str:
    """A mix's name as a file name on every system (no separators or reserved characters)."""
    cleaned = "".join("_" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in name)
    return " ".join(cleaned.split()).strip(". ") or "Mix"


def _check_list_file(out: Path) -> None:
    """Refuse an output path that cannot be a playlist before any work is done."""
    if out.suffix.lower() not in (".m3u8", ".m3u", ".csv"):
        raise UserError(say("cannot tell the format of {0}: name it .m3u8 or .csv", out))
    if out.is_dir():
        raise UserError(say("{0} is a folder; give a file name ending in .m3u8 or .csv", out))
    if not out.parent.exists():
        raise UserError(say("the folder {0} does not exist; create it first", out.parent))


def _mix_counts(mix: object, picks: bool) -> str:
    """A mix's items, favourites and (with ``picks``) new picks, counted in words."""
    items = len(mix.item_ids)  # type: ignore[attr-defined]
    favourites = len(mix.favourites)  # type: ignore[attr-defined]
    parts = [
        counted(items, "items"),
        say_n(favourites, "{0} favourite", "{0} favourites", favourites),
    ]
    if picks:
        new = mix.picks  # type: ignore[attr-defined]
        parts.append(say_n(new, "{0} new pick", "{0} new picks", new))
    return say(", ").join(parts)


def add_radio_commands(add: AddFn) -> None:
    radio = add(
        "radio", cmd_radio, "an endless radio from a track, artist, album, film or playlist"
    )
    radio.add_argument(
        "--seed",
        required=True,
        help="what the radio starts from: an item id, a title, album:NAME, artist:NAME or "
        "playlist:NAME",
    )
    radio.add_argument("--profile", help="profile name or id whose taste counts (default: none)")
    radio.add_argument("--n", type=int, default=50, help="how many items (default 50)")
    radio.add_argument(
        "--balance",
        type=float,
        default=0.5,
        help="0 = more like the seed, 1 = more like the profile's taste (default 0.5)",
    )
    radio.add_argument(
        "--sound",
        type=float,
        default=0.0,
        help="0-1: how much of what follows is chosen by how tracks sound (needs analyze; "
        "default 0: by what people do)",
    )
    radio.add_argument(
        "--new-only",
        action="store_true",
        help="leave out what the profile already rated or played",
    )
    radio.add_argument("--out", help="write the radio to this .m3u8 or .csv file")
    radio.add_argument("--json", action="store_true", help="print the list as JSON")
    radio.add_argument("--quiet", action="store_true", help="no progress lines")

    mixes = add(
        "mixes",
        cmd_mixes,
        "a profile's daily mixes (2-6 mixes of its favourites and new picks, made again daily)",
    )
    mixes.add_argument("--profile", required=True, help="profile name or id")
    mixes.add_argument(
        "--kind", choices=("track", "artist", "film"), default="track", help="default: track"
    )
    mixes.add_argument("--out", help="write one .m3u8 per mix into this folder")
    mixes.add_argument(
        "--refresh", action="store_true", help="make the mixes again even if they are fresh"
    )
    mixes.add_argument(
        "--sound",
        type=float,
        help="0-1: how much the tracks' sound shapes the mixes (needs analyze; kept for the "
        "profile; default: the profile's choice, 0 until one is made)",
    )
    mixes.add_argument("--quiet", action="store_true", help="no progress lines")
