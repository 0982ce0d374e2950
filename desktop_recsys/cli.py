"""The ``desktop-recsys`` command: the GUI with no arguments, headless subcommands otherwise.

No Qt is imported here (the GUI is imported only when it is launched), so every subcommand runs
on a machine without a display. Errors caused by input print one line on stderr and exit 1;
usage errors exit 2.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop_recsys import __version__
from desktop_recsys.errors import Cancelled, UserError

PROG = "desktop-recsys"


def _library_path(args: argparse.Namespace) -> Path:
    """The library named by ``--library``, else the default one (its folder is created)."""
    if getattr(args, "library", None):
        return Path(args.library).expanduser()  # set only when given (default SUPPRESS)
    from desktop_recsys.config import default_paths

    paths = default_paths()
    try:
        paths.data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(
            f"cannot create the data folder {paths.data_dir} ({exc.strerror}); "
            "set DESKTOP_RECSYS_HOME or pass --library"
        ) from exc
    return paths.library_file


# -- commands ---------------------------------------------------------------------------------
def cmd_gui(args: argparse.Namespace) -> int:
    # Deferred: Qt is only imported when the GUI really starts.
    from desktop_recsys.app import run_gui

    given = getattr(args, "library", None)
    library = Path(given).expanduser() if given else None
    return run_gui(library)


def cmd_self_test(args: argparse.Namespace) -> int:
    # Deferred: the self-test imports the engine, and Qt only for its last check.
    from desktop_recsys.selftest import run_self_test

    return run_self_test()


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop_recsys.services import library_service as svc

    path = _library_path(args)
    with svc.open_library(path) as library:
        if not library.stats.is_empty():
            raise UserError(
                f"library {path} already has items or profiles; the demo needs an empty "
                "library (pass --library NEW_FILE)"
            )

    def show(fraction: float, message: str) -> None:
        if not args.quiet:
            print(f"[{fraction:4.0%}] {message}", file=sys.stderr)

    stats = svc.create_demo_library(path, seed=args.seed, progress=show)
    counts = stats.items_by_kind
    print(
        f"Demo library (synthetic data) written to {path}: {counts['track']} tracks, "
        f"{counts['artist']} artists, {counts['film']} films, {stats.profiles} profiles, "
        f"{stats.ratings} ratings, {stats.plays} plays, {stats.friendships} friendships"
    )
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from desktop_recsys.services import library_service as svc

    path = _library_path(args)
    stats = svc.library_stats(path).to_dict()
    if args.json:
        print(json.dumps({"library": str(path), **stats}, ensure_ascii=False))
        return 0
    print(f"Library {path}" + ("  (synthetic demo data)" if stats["synthetic"] else ""))
    for kind, count in stats["items_by_kind"].items():
        print(f"  {kind + 's':<12}{count:>10,}")
    for key in ("profiles", "ratings", "plays", "friendships", "genres", "tags", "playlists"):
        print(f"  {key:<12}{stats[key]:>10,}")
    return 0


def cmd_profile(args: argparse.Namespace) -> int:
    from desktop_recsys.services import library_service as svc

    path = _library_path(args)
    if args.action == "add":
        profile = svc.add_profile(path, args.name)
        print(f"Added profile {profile.name!r} (id {profile.id})")
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
            print("No profiles yet; add one with 'desktop-recsys profile add NAME'")
        else:
            for p in profiles:
                print(f"{p.id:>5}  {p.name}" + ("  (synthetic)" if p.synthetic else ""))
    elif args.action == "remove":
        if not args.yes and sys.stdin.isatty():
            answer = input(f"Delete profile {args.name!r} with all its ratings and plays? [y/N] ")
            if answer.strip().lower() not in {"y", "yes"}:
                print("Nothing deleted")
                return 1
        # Privacy (issue 9): also erases the jobs naming it and the models that learned from it.
        from desktop_recsys.cli_models import _paths
        from desktop_recsys.services.privacy_service import delete_profile

        _, models = _paths(args)
        done = delete_profile(path, models, args.name)
        detail = ", ".join(f"{count} {what}" for what, count in done.erased.items())
        print(f"Removed profile {done.name!r} and its {detail}")
        if done.removed_runs:
            print(
                f"Removed {len(done.removed_runs)} model(s) that had learned from it; "
                f"retrained {len(done.retrained_runs)}"
            )
        for reason in done.not_retrained:
            print(f"  not retrained: {reason}")
        if done.backups:
            print(f"Note: {done.backups} backup(s) of the library still hold its data")
    return 0


def _params(pairs: Sequence[str] | None) -> dict[str, str]:
    params: dict[str, str] = {}
    for pair in pairs or ():
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise UserError(f"--param {pair!r} is not KEY=VALUE")
        params[key.strip()] = value.strip()
    return params


def cmd_recommend_file(args: argparse.Namespace) -> int:
    # Deferred: the engine (numpy, scipy, pandas) is imported only when needed.
    from desktop_recsys.services.file_commands import recommend_file

    if args.n < 1:
        raise UserError("--n must be at least 1")
    recommend_file(Path(args.train), args.algorithm, _params(args.param), args.n, Path(args.out))
    return 0


def cmd_predict_file(args: argparse.Namespace) -> int:
    from desktop_recsys.services.file_commands import predict_file

    predict_file(
        Path(args.train), Path(args.pairs), args.algorithm, _params(args.param), Path(args.out)
    )
    return 0


def _progress_printer(quiet: bool) -> Callable[[float, str], None]:
    """Progress on stderr, at most one line per 10% step (a terminal is not a progress bar)."""
    last = [-1]

    def show(fraction: float, message: str) -> None:
        step = int(fraction * 10)
        if not quiet and step != last[0]:
            last[0] = step
            print(f"[{fraction:4.0%}] {message}", file=sys.stderr)

    return show


def cmd_import(args: argparse.Namespace) -> int:
    from desktop_recsys.services import import_service as svc

    path = _library_path(args)
    report = svc.run_import(
        args.kind,
        path,
        Path(args.path).expanduser(),
        options={
            "mapping": ",".join(args.map or []),
            "profile": args.profile,
            "kind": args.item_kind,
            "name": args.name,
        },
        strict=args.strict,
        report_path=Path(args.report).expanduser() if args.report else None,
        progress=_progress_printer(args.quiet),
    )
    print(f"Imported {args.kind} from {args.path} into {path} in {report.seconds:.1f} s")
    for line in report.summary_lines():
        print(line)
    if args.report:
        print(f"Report written to {args.report}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from desktop_recsys.services import export_service as svc

    path = _library_path(args)
    out = Path(args.out).expanduser()
    progress = _progress_printer(getattr(args, "quiet", False))
    if args.what == "library":
        done = svc.export_library(path, out, args.format, kind=args.item_kind, progress=progress)
        print(f"Exported {done['items']:,} items to {out}")
    elif args.what == "profile":
        done = svc.export_profile(path, args.name, out, progress=progress)
        detail = ", ".join(f"{n:,} {what}" for what, n in done.items() if what != "file")
        print(f"Exported profile {args.name!r} to {out}: {detail}")
    elif args.what == "playlist":
        done = svc.export_playlist(
            path,
            args.name,
            out,
            profile=args.profile,
            fmt=args.format,
            relative_to=Path(args.relative_to).expanduser() if args.relative_to else None,
        )
        print(_list_summary(f"playlist {args.name!r}", out, done))
    else:
        from desktop_recsys.config import default_paths

        models = Path(args.models).expanduser() if args.models else default_paths().models_dir
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
        print(_list_summary(f"{args.item_kind} recommendations for {args.name!r}", out, done))
    return 0


def _list_summary(what: str, out: Path, done: dict[str, object]) -> str:
    line = f"Exported {what} to {out}: {done['entries']} entries"
    if "comments" in done:
        line += (
            f" ({done['files']} files; {done['comments']} items without a file written as "
            "#X-DESKTOP-RECSYS-ITEM comments, which players skip)"
        )
    return line


def cmd_duplicates(args: argparse.Namespace) -> int:
    from desktop_recsys.services import export_service as svc

    path = _library_path(args)
    if args.action == "merge":
        if not args.yes and sys.stdin.isatty():
            answer = input(
                f"Merge item {args.drop} into item {args.keep} and delete {args.drop}? [y/N] "
            )
            if answer.strip().lower() not in {"y", "yes"}:
                print("Nothing merged")
                return 1
        moved = svc.merge_duplicates(path, args.keep, args.drop)
        detail = ", ".join(f"{n} {what}" for what, n in moved.items() if n) or "nothing else"
        print(f"Merged item {args.drop} into item {args.keep} (moved {detail})")
        return 0
    groups = svc.find_duplicates(path)
    if args.json:
        print(json.dumps(groups, ensure_ascii=False))
        return 0
    if not groups:
        print("No likely duplicates found")
        return 0
    print(f"{len(groups)} group(s) of likely duplicates (merge with 'duplicates merge KEEP DROP'):")
    for group in groups:
        print(f"- {'; '.join(group['reasons'])}")
        for item in group["items"]:
            where = item["path"] or "(no file)"
            extra = f" ({item['year']})" if item["year"] else ""
            artist = f"{item['artist']} - " if item["artist"] else ""
            print(
                f"  {item['id']:>7}  {item['kind']:<6} {artist}{item['title']}{extra}  "
                f"{item['ratings']} ratings, {item['plays']} plays  {where}"
            )
    return 0


# -- parser -----------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    library_opt = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: a subcommand's own --library default must not erase one given before it
    # (argparse copies subparser defaults over the parent's values).
    library_opt.add_argument(
        "--library",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="library file to use instead of the default one in your user data folder",
    )
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Offline recommendations for the music and films on your computer. "
        "With no command, opens the application.",
        parents=[library_opt],
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.set_defaults(func=cmd_gui)
    parser.add_argument(
        "--self-test",
        dest="func",
        action="store_const",
        const=cmd_self_test,
        help="check this installation in a temporary folder (demo data, evaluate, train, "
        "recommend, build the main window offscreen) and exit; needs no display",
    )
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    def add(
        name: str, func: Callable[[argparse.Namespace], int], help: str
    ) -> argparse.ArgumentParser:
        command = sub.add_parser(name, help=help, description=help, parents=[library_opt])
        command.set_defaults(func=func)
        return command

    demo = add("demo", cmd_demo, "fill an empty library with the synthetic demo library")
    demo.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    demo.add_argument("--quiet", action="store_true", help="print no progress")

    stats = add("stats", cmd_stats, "show what the library holds")
    stats.add_argument("--json", action="store_true", help="print one JSON object")

    profile = add("profile", cmd_profile, "add, list or remove profiles")
    actions = profile.add_subparsers(dest="action", metavar="ACTION", required=True)
    p_add = actions.add_parser("add", help="create a profile", parents=[library_opt])
    p_add.add_argument("name")
    p_list = actions.add_parser("list", help="list profiles", parents=[library_opt])
    p_list.add_argument("--json", action="store_true", help="print a JSON list")
    p_remove = actions.add_parser(
        "remove", help="delete a profile with its ratings and plays", parents=[library_opt]
    )
    p_remove.add_argument("name", help="profile name or id")
    p_remove.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    rec = add(
        "recommend-file",
        cmd_recommend_file,
        "train on a user,item,weight CSV and write every user's top N to a CSV",
    )
    rec.add_argument("--train", required=True, metavar="TRAIN.csv")
    rec.add_argument("--algorithm", required=True, metavar="NAME")
    rec.add_argument("--param", action="append", metavar="KEY=VALUE", help="hyper-parameter")
    rec.add_argument("--n", type=int, default=10, metavar="N")
    rec.add_argument("--out", required=True, metavar="RECS.csv")

    pred = add(
        "predict-file",
        cmd_predict_file,
        "train on a user,item,weight CSV and predict a score for every user,item pair",
    )
    pred.add_argument("--train", required=True, metavar="TRAIN.csv")
    pred.add_argument("--pairs", required=True, metavar="PAIRS.csv")
    pred.add_argument("--algorithm", required=True, metavar="NAME")
    pred.add_argument("--param", action="append", metavar="KEY=VALUE", help="hyper-parameter")
    pred.add_argument("--out", required=True, metavar="PREDS.csv")

    from desktop_recsys.services.import_service import IMPORT_KINDS

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
        choices=["track", "artist", "film"],
        help="csv only: kind of the items when no column says",
    )
    imp.add_argument("--strict", action="store_true", help="abort on the first bad row")
    imp.add_argument("--report", metavar="FILE.json", help="write the import report as JSON")
    imp.add_argument("--quiet", action="store_true", help="print no progress")
    imp.add_argument(
        "--name", metavar="NAME", help="playlist only: the playlist's name (default: the file's)"
    )

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
    e_lib.add_argument("--kind", dest="item_kind", choices=["track", "artist", "film"])
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
    e_recs.add_argument(
        "--kind", dest="item_kind", choices=["track", "artist", "film"], required=True
    )
    e_recs.add_argument("--n", type=int, default=50, metavar="N", help="how many (default 50)")
    e_recs.add_argument("--models", metavar="DIR", help="models folder (default: the app's)")
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

    dup = add(
        "duplicates",
        cmd_duplicates,
        "list likely duplicate items (same file content, same external id, or same artist, "
        "title and duration within 2 s), or merge two",
    )
    dup.add_argument("--json", action="store_true", help="print the groups as JSON")
    dup_actions = dup.add_subparsers(dest="action", metavar="ACTION")
    merge = dup_actions.add_parser(
        "merge",
        help="fold DROP into KEEP (ratings, plays, tags, genres, marks, playlist entries, ids) "
        "and delete DROP, in one transaction",
        parents=[library_opt],
    )
    merge.add_argument("keep", type=int, metavar="KEEP_ID")
    merge.add_argument("drop", type=int, metavar="DROP_ID")
    merge.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    # Deferred to keep this module's own imports minimal; it defines no heavy imports either.
    from desktop_recsys.cli_models import add_model_commands

    add_model_commands(add)
    from desktop_recsys.cli_eval import add_eval_commands

    add_eval_commands(add)
    from desktop_recsys.cli_backup import add_backup_commands

    add_backup_commands(add)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except UserError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    except Cancelled:
        print(f"{PROG}: cancelled", file=sys.stderr)
        return 130
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # Output piped into `head` and closed early: not an error worth a traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
