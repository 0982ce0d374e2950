"""A reason's short form, for a table's narrow "Why" column (issue 19).

At 1024 px the For you table's "Why" column had room for "Because…": every row began with the
same words, so the part that differs between rows (the titles liked, the terms, the count) was
cut off. The short form leads with that part ("♥ The Rain, Velvet Riddle" for "Because you
liked The Rain, Velvet Riddle"); the whole sentence stays in the cell's tooltip and in the
"Why this?" pane. A reason this module has no short form for is shown whole.

:func:`lead` is how much of a short form a column must show to name a row's first cited title
or term: the column's least width follows it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_recsys.config.cjk_spacing import format_spaced
from desktop_recsys.progress import Message, Terms
from desktop_recsys.ui.i18n import translate_message

CONTEXT = "short reasons"

#: Full template -> short template (same placeholders), marked for lupdate.
SHORT = {
    "Because you liked {titles}": QT_TRANSLATE_NOOP("short reasons", "♥ {titles}"),
    "Because you listen to {terms}": QT_TRANSLATE_NOOP("short reasons", "You play {terms}"),
    "Because you listen to {terms} and to {moods} music": QT_TRANSLATE_NOOP(
        "short reasons", "You play {terms} and {moods} music"
    ),
    "Because you listen to {moods} music": QT_TRANSLATE_NOOP(
        "short reasons", "You play {moods} music"
    ),
    "Because you watch {terms}": QT_TRANSLATE_NOOP("short reasons", "You watch {terms}"),
    "Shares genre {names}": QT_TRANSLATE_NOOP("short reasons", "Genre: {names}"),
    "Shares tag {names}": QT_TRANSLATE_NOOP("short reasons", "Tag: {names}"),
    "Liked by {count} people with similar taste": QT_TRANSLATE_NOOP(
        "short reasons", "{count} people like you liked it"
    ),
    "Popular with {count} people": QT_TRANSLATE_NOOP("short reasons", "Popular ({count} people)"),
    "{count} of your friends have it": QT_TRANSLATE_NOOP(
        "short reasons", "{count} friends have it"
    ),
    "Like what you played lately: {names}": QT_TRANSLATE_NOOP("short reasons", "Lately: {names}"),
}

#: The placeholder whose value is what differs between rows (the lead of a short form).
_LEADS = ("titles", "terms", "names", "count", "moods")


def short_reason(value: object) -> str:
    """``value`` (a reason :class:`~desktop_recsys.progress.Message`) in its short form, in
    the interface's language; clauses joined by "; " each shortened. Anything else: as
    :func:`~desktop_recsys.ui.i18n.translate_message` shows it."""
    if not isinstance(value, Message) or isinstance(value, Terms):
        return translate_message(value)
    if value.template == "{first}; {second}":
        joined = QCoreApplication.translate("messages", value.template) or value.template
        first, second = value.args["first"], value.args["second"]
        return _format(value, joined, first=short_reason(first), second=short_reason(second))
    short = SHORT.get(value.template)
    if short is None:
        return translate_message(value)
    translated = QCoreApplication.translate(CONTEXT, short) or short
    args = {k: translate_message(v) if isinstance(v, Message) else v for k, v in value.args.items()}
    return _format(value, translated, **args)


def lead(value: object) -> str:
    """The start of :func:`short_reason` up to and including the first cited title or term
    (the whole short form when it cites none)."""
    text = short_reason(value)
    first = first_cited(value)
    if first and first in text:
        return text[: text.index(first) + len(first)]
    return text


def first_cited(value: object) -> str | None:
    """The first title or term ``value`` names, as shown (None: it names none)."""
    if not isinstance(value, Message) or isinstance(value, Terms):
        return None
    if value.template == "{first}; {second}":
        return first_cited(value.args["first"]) or first_cited(value.args["second"])
    for key in _LEADS:
        part = value.args.get(key)
        if isinstance(part, Terms):
            return translate_message(Terms(part.names[:1])) if part.names else None
        if isinstance(part, Message) and part.template == "{first}, {second}":
            while isinstance(part, Message) and part.template == "{first}, {second}":
                part = part.args["first"]
            return translate_message(part)
        if part is not None:
            return translate_message(part) if isinstance(part, Message) else str(part)
    return None


def _format(message: Message, template: str, **args: object) -> str:
    try:
        return format_spaced(template, **args)
    except (KeyError, IndexError, ValueError):
        return translate_message(message)
