"""The ``desktop-recsys`` parser and :func:`main`: the GUI with no arguments, subcommands otherwise.

Each command group registers itself from its own module (``library``, ``profiles``, ``files``,
``import_export``, ``models``, ``evaluation``, ``backup``); this module assembles them in the
order ``--help`` lists them and turns errors into exit codes: errors caused by input print one
line on stderr and exit 1, usage errors exit 2, a cancel or Ctrl-C exits 130.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop_recsys import __version__
from desktop_recsys.cli.backup import add_backup_commands
from desktop_recsys.cli.common import library_option
from desktop_recsys.cli.evaluation import add_eval_commands
from desktop_recsys.cli.files import add_file_commands
from desktop_recsys.cli.import_export import add_export_commands, add_import_commands
from desktop_recsys.cli.library import add_demo_and_stats_commands, add_duplicates_commands
from desktop_recsys.cli.models import add_model_commands
from desktop_recsys.cli.profiles import add_profile_commands
from desktop_recsys.errors import Cancelled, UserError

PROG = "desktop-recsys"


def cmd_gui(args: argparse.Namespace) -> int:
    """Open the application (what the command does with no subcommand)."""
    # Deferred: Qt is only imported when the GUI really starts.
    from desktop_recsys.app import run_gui

    given = getattr(args, "library", None)
    library = Path(given).expanduser() if given else None
    return run_gui(library)


def cmd_self_test(args: argparse.Namespace) -> int:
    """Check this installation in a temporary folder and exit (``--self-test``)."""
    # Deferred: the self-test imports the engine, and Qt only for its last check.
    from desktop_recsys.selftest import run_self_test

    return run_self_test()


def build_parser() -> argparse.ArgumentParser:
    """The whole command line: global options and every subcommand."""
    library_opt = library_option()
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

    add_demo_and_stats_commands(add)
    add_profile_commands(add)
    add_file_commands(add)
    add_import_commands(add)
    add_export_commands(add)
    add_duplicates_commands(add)
    add_model_commands(add)
    add_eval_commands(add)
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
