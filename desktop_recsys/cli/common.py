"""What every command group of the ``desktop-recsys`` command shares.

The library file and models folder a command works on, the one ``--param KEY=VALUE`` parser,
the progress printer, the confirmation prompt, the item kinds and the ``--library`` option.
Nothing here imports Qt or the engine.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop_recsys.cli.words import language_catalog, message, say, say_n
from desktop_recsys.errors import UserError

__all__ = ["language_catalog"]  # the command line's language, kept here for its callers

#: The kinds of item a command can recommend, export or import.
ITEM_KINDS = ("track", "artist", "film")

#: ``add(name, func, help)``: registers a subcommand on the main parser and returns its parser.
AddFn = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def library_option() -> argparse.ArgumentParser:
    """A parent parser holding ``--library PATH``, for every command and nested action."""
    parser = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: a subcommand's own --library default must not erase one given before it
    # (argparse copies subparser defaults over the parent's values).
    parser.add_argument(
        "--library",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="library file to use instead of the default one in your user data folder",
    )
    return parser


def library_path(args: argparse.Namespace, *, create: bool = False) -> Path:
    """The library named by ``--library``, else the default one.

    Only commands that create a library (``demo``, ``import``, ``profile add``, ``restore``)
    pass ``create=True``: then a missing file is made (and the default library's folder).
    Every other command refuses a missing file with one line, so a typo in ``--library``
    never leaves a new empty library behind.
    """
    from desktop_recsys.config import default_paths

    given = getattr(args, "library", None)  # set only when given (default SUPPRESS)
    path = Path(given).expanduser() if given else default_paths().library_file
    if not create:
        if not path.exists():
            raise UserError(
                say(
                    "library {0} does not exist; check the path, or create a library with "
                    "'desktop-recsys import' or 'desktop-recsys demo'",
                    path,
                )
            )
        if path.is_file() and path.stat().st_size == 0:
            # Left by a creation killed before its first write: still no library.
            raise UserError(
                say(
                    "library {0} is an empty file, not a library yet; create one there with "
                    "'desktop-recsys import' or 'desktop-recsys demo'",
                    path,
                )
            )
        return path
    if not given:
        folder = default_paths().data_dir
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError(
                say(
                    "cannot create the data folder {0} ({1}); set DESKTOP_RECSYS_HOME or pass "
                    "--library",
                    folder,
                    exc.strerror,
                )
            ) from exc
    return path


def library_and_models(args: argparse.Namespace) -> tuple[Path, Path]:
    """(library file, models folder) of an existing library; the models folder follows the
    one rule of :func:`desktop_recsys.config.paths.models_dir_for`."""
    from desktop_recsys.config.paths import models_dir_for
    from desktop_recsys.services.legacy_models import adopt_models_of, legacy_models_dir

    library = library_path(args)
    models = models_dir_for(library)
    moved = adopt_models_of(library, models)  # models an older version kept in the shared folder
    if moved:
        print(
            say_n(
                len(moved),
                "Note: moved {0} model of {1} from {2} to {3}, where this version keeps them",
                "Note: moved {0} models of {1} from {2} to {3}, where this version keeps them",
                len(moved),
                library,
                legacy_models_dir(),
                models,
            ),
            file=sys.stderr,
        )
    return library, models


def parse_params(pairs: Sequence[str] | None) -> dict[str, str]:
    """The ``--param KEY=VALUE`` options as a dict; key and value are stripped of whitespace.

    Raises :class:`UserError` for a pair without ``=`` or with an empty key.
    """
    params: dict[str, str] = {}
    for pair in pairs or ():
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise UserError(say("--param {0!r} is not KEY=VALUE", pair))
        params[key.strip()] = value.strip()
    return params


def progress_printer(quiet: bool) -> Callable[[float, str], None]:
    """Progress on stderr, at most one line per 10% step (a terminal is not a progress bar),
    in the command line's language."""
    last = [-1]

    def show(fraction: float, text: str) -> None:
        step = int(fraction * 10)
        if not quiet and step != last[0]:
            last[0] = step
            print(f"[{fraction:4.0%}] {message(text)}", file=sys.stderr)

    return show


def confirmed(yes: bool, question: str, refusal: str) -> bool:
    """Whether to go ahead: ``--yes`` or no terminal to ask means yes; otherwise ask
    ``question`` and, unless the answer is y or yes, print ``refusal`` and say no."""
    if yes or not sys.stdin.isatty():
        return True
    answer = input(question)
    if answer.strip().lower() not in {"y", "yes", say("y"), say("yes")}:
        print(refusal)
        return False
    return True
