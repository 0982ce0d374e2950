"""The ``desktop-recsys`` parser and :func:`main`: the GUI with no arguments, subcommands otherwise.

Each command group registers itself from its own module (``library``, ``profiles``, ``files``,
``import_export``, ``models``, ``evaluation``, ``backup``); this module assembles them in the
order ``--help`` lists them and turns errors into exit codes: errors caused by input print one
line on stderr and exit 1, usage errors exit 2, a cancel or Ctrl-C exits 130.
"""

from __future__ import annotations

import argparse
import errno
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from desktop_recsys import __version__
from desktop_recsys.cli.abtest import add_abtest_commands
from desktop_recsys.cli.backup import add_backup_commands
from desktop_recsys.cli.common import language_catalog, library_option
from desktop_recsys.cli.evaluation import add_eval_commands
from desktop_recsys.cli.files import add_file_commands
from desktop_recsys.cli.help_language import argparse_words, translate_parser
from desktop_recsys.cli.history import add_history_commands
from desktop_recsys.cli.import_export import add_export_commands, add_import_commands
from desktop_recsys.cli.library import add_demo_and_stats_commands, add_duplicates_commands
from desktop_recsys.cli.listening import add_listening_commands
from desktop_recsys.cli.models import add_model_commands
from desktop_recsys.cli.playlists import add_playlist_commands
from desktop_recsys.cli.profiles import add_profile_commands
from desktop_recsys.cli.radio import add_radio_commands
from desktop_recsys.cli.similar import add_similar_commands
from desktop_recsys.cli.sonic import add_sonic_commands
from desktop_recsys.cli.tags import add_tags_commands
from desktop_recsys.cli.words import say, speaking
from desktop_recsys.config.language import Catalog
from desktop_recsys.errors import Cancelled, UserError, nearest_word

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


#: argparse's "invalid choice" message (the choices quoted or not, by Python version), in
#: English or Chinese (the catalogue's translation, context "argparse").
_INVALID_CHOICE = re.compile(
    r"(?:invalid choice: |无效的选择：)'?(?P<word>[^' ]*)'?"
    r"(?: \(choose from |（可选：)(?P<choices>.*)[)）]"
)
#: A help section's heading in Chinese ("选项:"), whose colon argparse adds.
_CJK_HEADING = re.compile(r"(?m)^(\S[^\n]*[\u3400-\u9fff）]):$")
#: argparse's "unrecognized arguments" message, in English or Chinese.
_UNRECOGNIZED = ("unrecognized arguments:", "无法识别的参数：")


class Parser(argparse.ArgumentParser):
    """argparse with a hint for usage mistakes: a mistyped choice (``--kind flim``, an
    unknown command) or option (``--quite``) is answered with the nearest valid word. Usage
    errors still exit with status 2 (argparse's, as documented in the README)."""

    def error(self, message: str) -> NoReturn:
        near: str | None = None
        found = _INVALID_CHOICE.search(message)
        if found:
            choices = [c.strip().strip("'") for c in found["choices"].split(",")]
            near = nearest_word(found["word"], choices)
        elif message.startswith(_UNRECOGNIZED):
            rest = message.split("：", 1)[-1] if "：" in message else message.split(":", 1)[1]
            given = [w for w in rest.split() if w.startswith("-")]
            if given:
                near = nearest_word(given[0].split("=", 1)[0], self._every_option())
        if near:
            hint = language_catalog().text("cli", "; did you mean {0}?")
            message += hint.format(repr(near))
        super().error(message)

    def format_help(self) -> str:
        # argparse ends a section's heading with ":"; a Chinese heading takes the full-width one.
        return _CJK_HEADING.sub(r"\1：", super().format_help())

    def _every_option(self) -> set[str]:
        """Every option string of this parser and of its subcommands, at any depth."""
        options: set[str] = set()
        for action in self._actions:
            options.update(action.option_strings)
            if isinstance(action, argparse._SubParsersAction):
                for sub in action.choices.values():
                    if isinstance(sub, Parser):
                        options |= sub._every_option()
        return options


def build_parser() -> argparse.ArgumentParser:
    """The whole command line: global options and every subcommand."""
    library_opt = library_option()
    parser = Parser(
        prog=PROG,
        description="Offline recommendations for the music and films on your computer. "
        "With no command, opens the application.",
        epilog="Exit status: 0 done; 1 a problem with the input (one line on stderr says what "
        "and what to do; your files are as they were); 2 a usage mistake (unknown command, "
        "option or choice; the nearest valid word is suggested); 130 cancelled.",
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
    add_listening_commands(add)
    add_history_commands(add)
    add_file_commands(add)
    add_import_commands(add)
    add_export_commands(add)
    add_playlist_commands(add)
    add_duplicates_commands(add)
    add_model_commands(add)
    add_similar_commands(add)
    add_sonic_commands(add)
    add_radio_commands(add)
    add_tags_commands(add)
    add_eval_commands(add)
    add_abtest_commands(add)
    add_backup_commands(add)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    words = language_catalog()
    # What the command prints: the same language as its help and errors, looked up once.
    with speaking(words):
        return _run(argv, words)


def _run(argv: Sequence[str] | None, words: Catalog) -> int:
    with argparse_words(words):  # help, usage and usage errors in the command line's language
        parser = build_parser()
        translate_parser(parser, words)
        args = parser.parse_args(argv)
    text_of = words.text
    # argparse's own "PROG: error: MESSAGE" line, in the same language as its usage errors.
    error = text_of("argparse", "%(prog)s: error: %(message)s\n")
    try:
        return int(args.func(args) or 0)
    except UserError as exc:
        sys.stderr.write(error % {"prog": PROG, "message": words.message(exc.message)})
        return 1
    except Cancelled:
        print(say("{0}: cancelled", PROG), file=sys.stderr)
        return 130
    except KeyboardInterrupt:
        print(say("{0}: interrupted", PROG), file=sys.stderr)
        return 130
    except BrokenPipeError:
        # Output piped into `head` and closed early: not an error worth a traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except (OSError, MemoryError, RecursionError) as exc:
        # The machine, not the program: a full or read-only disk, a file that vanished, too
        # little memory. Each command writes in one transaction, so one line is enough.
        sys.stderr.write(error % {"prog": PROG, "message": _environment_error(exc, words)})
        return 1


def _environment_error(exc: BaseException, words: Catalog | None = None) -> str:
    """One line for an error of the machine rather than of the program: what, and what to do
    (in ``words``' language)."""
    word = (lambda text: words.text("cli", text)) if words is not None else (lambda text: text)
    if isinstance(exc, MemoryError):
        return word(
            "out of memory; close other programs or choose smaller settings, then try again"
        )
    if isinstance(exc, RecursionError):
        return word("the input is nested too deeply to be read; check that it is the right file")
    assert isinstance(exc, OSError)
    where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
    advice = {
        errno.ENOSPC: "the disk is full; free some space and try again",
        errno.EROFS: "the disk is read-only; use a folder you can write to",
        errno.EACCES: "permission denied; use a folder you can write to",
        errno.EPERM: "permission denied; use a folder you can write to",
        errno.ENOENT: "a file or folder is missing; check the path",
    }.get(exc.errno or 0)
    text = word(advice) if advice else (exc.strerror or str(exc) or type(exc).__name__)
    return " ".join(f"{text}{where}".split())
