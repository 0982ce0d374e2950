"""Errors that reach a person: each carries a one-line message that says what went wrong and what to do.

A leaf module like :mod:`desktop_recsys.config`: every layer may import it, it imports nothing
from the package.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable


class UserError(Exception):
    """An error caused by input (a file, a parameter, a library) rather than by a bug.

    ``str(error)`` is a single line fit to show in a dialog or print on a terminal.
    ``message`` may be a :class:`desktop_recsys.progress.Message` (a translatable ``str``); it is
    kept as :attr:`message` so that the interface can show it in the person's language.
    """

    def __init__(self, message: str) -> None:
        template = getattr(message, "template", None)
        if isinstance(template, str):
            # A progress.Message: keep the object (its template and arguments), one line.
            # (Duck-typed: progress imports this leaf module, not the other way round.)
            if "\n" in message or "  " in message:
                message = type(message)(
                    " ".join(template.split()),
                    metrics=getattr(message, "metrics", None),
                    **{k: _one_line(v) for k, v in getattr(message, "args", {}).items()},
                )
        else:
            message = " ".join(str(message).split())
        super().__init__(message)
        self.message: str = message

    def __str__(self) -> str:
        return str.__str__(self.message)


def _one_line(value: object) -> object:
    return " ".join(value.split()) if type(value) is str else value


class Cancelled(Exception):
    """Raised inside a long operation when its cancel token was set; nothing half-done is kept."""


def nearest_word(word: str, choices: Iterable[str]) -> str | None:
    """The valid choice nearest to a mistyped ``word`` (:func:`difflib.get_close_matches`,
    case-insensitive), or None when none is close: for "did you mean ...?" hints."""
    by_folded = {str(c).casefold(): str(c) for c in choices}
    close = difflib.get_close_matches(word.casefold(), list(by_folded), n=1, cutoff=0.6)
    return by_folded[close[0]] if close else None
