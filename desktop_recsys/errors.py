"""Errors that reach a person: each carries a one-line message that says what went wrong and what to do.

A leaf module like :mod:`desktop_recsys.config`: every layer may import it, it imports nothing
from the package.
"""

from __future__ import annotations


class UserError(Exception):
    """An error caused by input (a file, a parameter, a library) rather than by a bug.

    ``str(error)`` is a single line fit to show in a dialog or print on a terminal.
    """

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))


class Cancelled(Exception):
    """Raised inside a long operation when its cancel token was set; nothing half-done is kept."""
