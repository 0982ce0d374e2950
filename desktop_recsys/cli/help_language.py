"""The command line's help, usage and argparse's own words in the command line's language.

argparse writes its words (``usage:``, ``options``, ``the following arguments are required``)
through ``gettext``; :func:`argparse_words` answers those calls from the app's catalogue
(context ``"argparse"``) for as long as the parser is built and used. The app's own help texts
(descriptions, option help, epilogs, group titles) are translated in place once the parser is
built (:func:`translate_parser`, context ``"cli"``). Both contexts live in the same
``resources/translations/*.ts`` as the window's strings, listed for the translators in
``desktop_recsys/ui/cli_catalog.py`` (``scripts/cli_catalog.py`` writes it from the parser).
"""

from __future__ import annotations

import argparse
import contextlib
import re
import unicodedata
from collections.abc import Callable, Iterator

from desktop_recsys.config.language import Catalog

#: argparse's own words a person meets in help, usage and usage errors.
ARGPARSE_WORDS: tuple[str, ...] = (
    "usage: ",
    "positional arguments",
    "options",
    "show this help message and exit",
    "show program's version number and exit",
    "%(prog)s: error: %(message)s\n",
    "the following arguments are required: %s",
    "unrecognized arguments: %s",
    "invalid choice: %(value)r (choose from %(choices)s)",
    "argument %(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r",
    "expected one argument",
    "expected at least one argument",
    "expected at most one argument",
    "not allowed with argument %s",
    "one of the arguments %s is required",
    "ambiguous option: %(option)s could match %(matches)s",
)


#: The command line's own plain words around every command (context ``"cli"``).
CLI_WORDS: tuple[str, ...] = (
    "{0}: cancelled",
    "{0}: interrupted",
    "; did you mean {0}?",
    "out of memory; close other programs or choose smaller settings, then try again",
    "the input is nested too deeply to be read; check that it is the right file",
    "the disk is full; free some space and try again",
    "the disk is read-only; use a folder you can write to",
    "permission denied; use a folder you can write to",
    "a file or folder is missing; check the path",
    # stats
    "Library {0}",
    "Library {0}  (synthetic demo data)",
    "tracks",
    "artists",
    "films",
    "profiles",
    "ratings",
    "plays",
    "friendships",
    "genres",
    "tags",
    "playlists",
)


@contextlib.contextmanager
def argparse_words(words: Catalog) -> Iterator[None]:
    """argparse speaks ``words``' language inside the block (its module-level ``_``)."""
    original: Callable[[str], str] = argparse._  # type: ignore[attr-defined]
    if words.language == "en":
        yield
        return

    def translate(text: str) -> str:
        return words.text("argparse", text)

    argparse._ = translate  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = original  # type: ignore[attr-defined]


def _parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    """``parser`` and every subcommand's parser below it, each once."""
    seen: set[int] = set()
    unvisited = [parser]
    while unvisited:
        current = unvisited.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        for action in current._actions:
            if isinstance(action, argparse._SubParsersAction):
                unvisited.extend(action.choices.values())


def _texts(parser: argparse.ArgumentParser) -> Iterator[tuple[object, str, str]]:
    """(object, attribute, text) of every help text of ``parser`` (not of subcommands)."""
    for name in ("description", "epilog"):
        text = getattr(parser, name)
        if text:
            yield parser, name, text
    for group in parser._action_groups:
        for name in ("title", "description"):
            text = getattr(group, name)
            if text:
                yield group, name, text
    for action in parser._actions:
        if action.help and action.help is not argparse.SUPPRESS:
            yield action, "help", action.help
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                if choice.help:
                    yield choice, "help", choice.help


def parser_strings(parser: argparse.ArgumentParser) -> list[str]:
    """Every help text of the whole command line, in first-seen order, once each (what the
    catalogue lists; argparse's own words are :data:`ARGPARSE_WORDS`)."""
    found: dict[str, None] = {}
    for each in _parsers(parser):
        for _owner, _name, text in _texts(each):
            if text not in ARGPARSE_WORDS:
                found.setdefault(text, None)
    return list(found)


#: A run of characters that must stay on one line (a word, an option, a number, a path).
_TOKEN = re.compile(r"[\x21-\x7e]+|\s+|.", re.S)


#: Chinese punctuation that closes what comes before it.
_CLOSING = frozenset("，。、；：！？）」』”》")


def columns(text: str) -> int:
    """Columns ``text`` takes in a terminal (wide and full-width characters take two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def wrap_wide(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` columns, broken at spaces or between Chinese
    characters (which have no spaces), never inside a word, option or number."""
    lines: list[str] = []
    line = ""
    for token in _TOKEN.findall(" ".join(text.split())):
        if token.isspace():
            token = " "
        closing = token in _CLOSING  # never at the start of a line: it stays with its text
        if line and not closing and columns(line) + columns(token.rstrip()) > width:
            lines.append(line.rstrip())
            line = "" if token == " " else token
            continue
        line += token
    if line.strip():
        lines.append(line.rstrip())
    return lines


class WideTextFormatter(argparse.HelpFormatter):
    """argparse's help layout for text without spaces between words (Chinese): lines are
    measured in terminal columns and broken between characters."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap_wide(text, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(indent + line for line in wrap_wide(text, width - len(indent)))


def translate_parser(parser: argparse.ArgumentParser, words: Catalog) -> None:
    """Put ``words``' translation in place of every help text of ``parser`` and below; the
    plain layouts measure the translated lines in terminal columns."""
    if words.language == "en":
        return
    for each in _parsers(parser):
        for owner, name, text in list(_texts(each)):
            context = "argparse" if text in ARGPARSE_WORDS else "cli"
            setattr(owner, name, words.text(context, text))
        if each.formatter_class is argparse.HelpFormatter:
            each.formatter_class = WideTextFormatter
