"""``desktop-recsys import`` and ``export``: data sets, histories, playlists and files in and out.

The services are imported inside each command, when it runs; the import kinds are read from
the import service only when the parser is built.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_recsys.cli.common import (
    ITEM_KINDS,
    AddFn,
    library_option,
    library_path,
    progress_printer,
)
from desktop_recsys.cli.words import counted, counts, kind_name, report_lines, say, say_n
from desktop_recsys.errors import UserError


def cmd_import(args: argparse.Namespace) -> int:
    """Import a data set, a personal history or a CSV file into the library."""
    from desktop_recsys.services import import_service as svc

    if args.me is not None:
        # Said here in the command line's words: the importer's own refusals name the window's
        # "one of these users is me" field.
        if args.kind not in ("movielens", "lastfm-hetrec"):
            raise UserError(say("--me is for movielens and lastfm-hetrec imports only"))
        if not (args.profile or "").strip():
            raise UserError(
                say(
                    "--me needs --profile NAME: the profile that data-set user's ratings, plays "
                    "and friends go to"
                )
            )
    path = library_path(args, create=True)
    _say_if_demo(path)
    report = svc.run_import(
        args.kind,
        path,
        Path(args.path).expanduser(),
        options={
            "mapping": ",".join(args.map or []),
            "profile": args.profile,
            "kind": args.item_kind,
            "name": args.name,
            "me": args.me,
        },
        strict=args.strict,
        report_path=Path(args.report).expanduser() if args.report else None,
        progress=progress_printer(args.quiet),
    )
    print(
        say(
            "Imported {0} from {1} into {2} in {3:.1f} s",
            args.kind,
            args.path,
            path,
            report.seconds,
        )
    )
    for line in report_lines(report):
        print(line)
    if args.report:
        print(say("Report written to {0}", args.report))
    return 0


def _say_if_demo(path: Path) -> None:
    """Importing into a library that holds the synthetic demo: say so before starting."""
    if not path.is_file():
        return
    from desktop_recsys.services.library_service import holds_demo_data

    if holds_demo_data(path):
        print(
            say(
                "Note: {0} holds the synthetic demo library; imported items are never matched "
                "to demo items, but demo items and profiles stay beside your data (remove them "
                "first with 'desktop-recsys demo --remove --library {0}')",
                path,
            ),
            file=sys.stderr,
        )


def cmd_export(args: argparse.Namespace) -> int:
    """Export the library, a profile's data, a playlist or recommendations to a file."""
    from desktop_recsys.services import export_service as svc

    path = library_path(args)
    out = Path(args.out).expanduser()
    progress = progress_printer(getattr(args, "quiet", False))
    if args.what == "library":
        done = svc.export_library(path, out, args.format, kind=args.item_kind, progress=progress)
        print(say("Exported {0} to {1}", counted(done["items"], "items"), out))
    elif args.what == "profile":
        done = svc.export_profile(path, args.name, out, progress=progress)
        detail = counts((what, n) for what, n in done.items() if what != "file")
        print(say("Exported profile {0!r} to {1}: {2}", args.name, out, detail))
    elif args.what == "playlist":
        done = svc.export_playlist(
            path,
            args.name,
            out,
            profile=args.profile,
            fmt=args.format,
            relative_to=Path(args.relative_to).expanduser() if args.relative_to else None,
        )
        print(_list_summary(say("playlist {0!r}", args.name), out, done))
    else:
        from desktop_recsys.config.paths import models_dir_for
        from desktop_recsys.services.legacy_models import adopt_models_of

        models = Path(args.models).expanduser() if args.models else models_dir_for(path)
        if not args.models:
            adopt_models_of(path, models)  # models an older version kept in the shared folder
        done = svc.export_recommendations(
            path,
            models,
            args.name,
            args.item_kind,
            out,
            n=args.n,
            fmt=args.format,
            relative_to=Path(args.relative_to).expanduser() if args.relative_to else None,
            progress=progress,
        )
        what = say("{0} recommendations for {1!r}", kind_name(args.item_kind), args.name)
        print(_list_summary(what, out, done))
    return 0


def _list_summary(what: str, out: Path, done: dict[str, object]) -> str:
    line = say("Exported {0} to {1}: {2}", what, out, counted(int(done["entries"]), "entries"))  # type: ignore[call-overload]
    if "comments" in done:
        files, comments = int(done["files"]), int(done["comments"])  # type: ignore[call-overload]
        line += say_n(
            comments,
            " ({0}; {1} item without a file written as #X-DESKTOP-RECSYS-ITEM comments, which "
            "players skip)",
            " ({0}; {1} items without a file written as #X-DESKTOP-RECSYS-ITEM comments, which "
            "players skip)",
            say_n(files, "{0} file", "{0} files", files),
            comments,
        )
    return line


def add_import_commands(add: AddFn) -> None:
    """Register ``import`` on the main parser."""
    from desktop_recsys.services.import_kinds import IMPORT_KINDS  # not import_service: slow

    imp = add(
        "import",
        cmd_import,
        "import a data set, a personal history or a CSV file into the library "
        "(one transaction: all or nothing; importing twice changes nothing)",
    )
    imp.add_argument(
        "kind",
        choices=list(IMPORT_KINDS),
        metavar="KIND",
        help="; ".join(f"{k}: {v}" for k, v in IMPORT_KINDS.items()),
    )
    imp.add_argument("path", metavar="PATH", help="the folder or file to import")
    imp.add_argument(
        "--map",
        action="append",
        metavar="COLUMN=FIELD,...",
        help="csv only: which column holds which field (title, artist, year, rating, ...)",
    )
    imp.add_argument(
        "--profile", metavar="NAME", help="profile that receives ratings and plays (created if new)"
    )
    imp.add_argument(
        "--kind",
        dest="item_kind",
        choices=list(ITEM_KINDS),
        help="csv only: kind of the items when no column says",
    )
    imp.add_argument("--strict", action="store_true", help="abort on the first bad row")
    imp.add_argument("--report", metavar="FILE.json", help="write the import report as JSON")
    imp.add_argument("--quiet", action="store_true", help="print no progress")
    imp.add_argument(
        "--name", metavar="NAME", help="playlist only: the playlist's name (default: the file's)"
    )
    imp.add_argument(
        "--me",
        metavar="USER_ID",
        help="movielens and lastfm-hetrec only: this data-set user is you; with --profile, "
        "their ratings, plays and friends go to that profile (the others are community profiles)",
    )


def add_export_commands(add: AddFn) -> None:
    """Register ``export`` with its ``library``, ``profile``, ``playlist`` and
    ``recommendations`` targets on the main parser."""
    library_opt = library_option()
    exp = add(
        "export",
        cmd_export,
        "export the library, a profile's data, a playlist or recommendations to a file "
        "(written atomically; CSV cells are made formula-safe)",
    )
    what = exp.add_subparsers(dest="what", metavar="WHAT", required=True)
    e_lib = what.add_parser(
        "library", help="all items as CSV or JSON (read back by 'import library')",
        parents=[library_opt],
    )  # fmt: skip
    e_lib.add_argument("--format", choices=["csv", "json"], required=True)
    e_lib.add_argument("--kind", dest="item_kind", choices=list(ITEM_KINDS))
    e_lib.add_argument("--out", required=True, metavar="PATH")
    e_prof = what.add_parser(
        "profile",
        help="one profile's ratings, plays, marks, friends, playlists and settings as a zip "
        "(read back by 'import profile')",
        parents=[library_opt],
    )
    e_prof.add_argument("name", metavar="NAME", help="profile name or id")
    e_prof.add_argument("--out", required=True, metavar="FILE.zip")
    e_pl = what.add_parser(
        "playlist", help="a playlist as M3U8 or CSV (read back by 'import playlist')",
        parents=[library_opt],
    )  # fmt: skip
    e_pl.add_argument("name", metavar="NAME", help="playlist name")
    e_pl.add_argument("--profile", metavar="NAME", help="whose playlist (default: a shared one)")
    e_recs = what.add_parser(
        "recommendations", help="a profile's recommendations as M3U8 or CSV",
        parents=[library_opt],
    )  # fmt: skip
    e_recs.add_argument("name", metavar="PROFILE", help="profile name or id")
    e_recs.add_argument("--kind", dest="item_kind", choices=list(ITEM_KINDS), required=True)
    e_recs.add_argument("--n", type=int, default=50, metavar="N", help="how many (default 50)")
    e_recs.add_argument(
        "--models",
        metavar="DIR",
        help="models folder (default: the library's, where 'train' writes)",
    )
    for sub_parser in (e_lib, e_prof, e_pl, e_recs):
        sub_parser.add_argument("--quiet", action="store_true", help="print no progress")
    for sub_parser in (e_pl, e_recs):
        sub_parser.add_argument("--out", required=True, metavar="FILE.m3u8|FILE.csv")
        sub_parser.add_argument(
            "--format", choices=["m3u8", "csv"], help="default: from the --out extension"
        )
        sub_parser.add_argument(
            "--relative-to",
            metavar="DIR",
            help="M3U8: write paths relative to DIR (the folder the playlist will live in)",
        )
