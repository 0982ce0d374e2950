"""Progress reporting and cancellation shared by the importers, the engine and the jobs.

A leaf module (no imports from the package) so that ``library``, ``engine`` and ``services`` can
all use the same token without importing each other. Long operations take
``progress(fraction, message)`` and ``cancel`` keyword arguments; they call ``progress`` at least
once per chunk or epoch and ``cancel.raise_if_cancelled()`` just as often.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable

from desktop_recsys.errors import Cancelled

ProgressFn = Callable[[float, str], None]


class Message(str):
    """Text for a person that the interface can translate, and numbers it can chart.

    A ``str`` (so every caller that prints or logs it keeps working) built from an English
    ``template`` in :meth:`str.format` style and its named ``args``; the interface looks the
    template up in its translations (context ``"messages"``) and formats the translation with
    the same arguments. ``metrics`` carries numbers a chart may plot (for example the training
    ``loss`` of an ``epoch``). Arguments that are themselves :class:`Message` are translated
    too. Templates are listed for the translators in ``desktop_recsys/ui/message_catalog.py``;
    a test keeps that list complete.

    >>> m = Message("{algorithm}: iteration {n} of {total}", algorithm="als", n=3, total=15)
    >>> str(m), m.template, m.args["n"]
    ('als: iteration 3 of 15', '{algorithm}: iteration {n} of {total}', 3)
    """

    template: str
    args: dict[str, object]
    metrics: dict[str, float]

    def __new__(
        cls, template: str, /, *, metrics: dict[str, float] | None = None, **args: object
    ) -> Message:
        self = super().__new__(cls, template.format(**args) if args else template)
        self.template = template
        self.args = args
        self.metrics = dict(metrics) if metrics else {}
        return self

    def __reduce__(self) -> tuple[object, ...]:
        return (_restore_message, (self.template, self.args, self.metrics))


def _restore_message(template: str, args: dict[str, object], metrics: dict[str, float]) -> Message:
    return Message(template, metrics=metrics, **args)


class Terms(Message):
    """Names taken from the data (genres, tags, moods) joined by ", ", as an argument of a
    :class:`Message` ("Because you listen to {terms}"). The interface shows the standard
    names among them in its language, as it shows genre names in its tables (context
    ``"Genres"``, matched without regard to case), and the others (a person's own tags) as
    they are.

    >>> t = Terms(["soul", "energetic"])
    >>> str(t), t.names
    ('soul, energetic', ('soul', 'energetic'))
    """

    names: tuple[str, ...]

    def __new__(cls, names: Iterable[str]) -> Terms:
        kept = tuple(str(name) for name in names)
        self = super().__new__(cls, "{names}", names=", ".join(kept))
        self.names = kept
        return self

    def __reduce__(self) -> tuple[object, ...]:
        return (Terms, (self.names,))


def listing(names: Iterable[str]) -> str:
    """Names from the data (titles, people) as one translatable list: "a, b, c" in English,
    "a、b、c" in Chinese (nested ``"{first}, {second}"`` Messages; one name as it is)."""
    shown = [name if isinstance(name, Message) else str(name) for name in names]  # Messages stay
    if not shown:
        return ""
    text: str = shown[0]
    for name in shown[1:]:
        text = Message("{first}, {second}", first=text, second=name)
    return text


def clauses(parts: list[str]) -> str:
    """Clauses of a sentence as one translatable text ("a; b"; each keeps its translation):
    an explanation's reasons, a list's notes."""
    text = parts[0]
    for part in parts[1:]:
        text = Message("{first}; {second}", first=text, second=part)
    return text


def no_progress(fraction: float, message: str) -> None:
    """A progress callback that ignores everything (the default for library callers)."""


class CancelToken:
    """A thread-safe flag that a job's owner sets and the worker checks.

    ``cancel()`` may be called from any thread; the worker calls ``raise_if_cancelled()`` at
    safe points and lets :class:`~desktop_recsys.errors.Cancelled` unwind its transaction.
    """

    __slots__ = ("_event",)

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled("cancelled")


class ProgressScaler:
    """Maps a sub-task's 0..1 progress into a slice ``[start, stop]`` of its parent's progress."""

    def __init__(self, progress: ProgressFn, start: float, stop: float) -> None:
        self._progress = progress
        self._start = start
        self._span = stop - start

    def __call__(self, fraction: float, message: str) -> None:
        fraction = min(1.0, max(0.0, fraction))
        self._progress(self._start + self._span * fraction, message)
