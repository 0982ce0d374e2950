"""Smart-playlist rules: the fields, their operators, parsing and the JSON form.

A smart playlist is a :class:`SmartSpec`: a tree of rules (:class:`Group` with ``match``
"all" or "any", holding :class:`Rule` and nested groups), an order, a limit and a kind. It is
stored as JSON in the library's ``playlists.rules`` column (:meth:`SmartSpec.to_json`) and read
back with :meth:`SmartSpec.from_json`; both check every value, so a bad rule is one clear
:class:`~desktop_recsys.errors.UserError`, never a wrong list. No library, no Qt.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from desktop_recsys.errors import UserError
from desktop_recsys.progress import Message

NUMBER_OPS = ("=", "!=", "<", "<=", ">", ">=", "none", "any")
TEXT_OPS = ("=", "!=", "contains", "!contains", "starts", "none", "any")
SET_OPS = ("=", "!=", "contains", "!contains", "none", "any")
DATE_OPS = ("older", "newer", "before", "after", "never", "any")
#: A certification: at most / at least that age on the one scale, unrated, certified.
AGE_OPS = ("<=", ">=", "none", "any")
#: Operators that take no value.
NO_VALUE_OPS = ("none", "any", "never")


@dataclass(frozen=True)
class Field:
    """One thing a rule can test: its type (``number``, ``text``, ``set``, ``date``,
    ``choice``, ``bool``), its operators and a line of help."""

    name: str
    type: str
    help: str
    ops: tuple[str, ...]
    choices: tuple[str, ...] = ()


def _f(name: str, type_: str, help_: str, choices: tuple[str, ...] = ()) -> Field:
    ops = {
        "number": NUMBER_OPS,
        "text": TEXT_OPS,
        "set": SET_OPS,
        "date": DATE_OPS,
        "age": AGE_OPS,
        "choice": ("=", "!="),
        "bool": ("=",),
    }[type_]
    return Field(name, type_, help_, ops, choices)


#: Every field a rule can test, by its short name (the CLI's FIELD, the JSON's "field").
FIELDS: dict[str, Field] = {
    f.name: f
    for f in (
        _f("kind", "choice", "track, artist or film", ("track", "artist", "film")),
        _f("genre", "set", "one of the item's genres (any case)"),
        _f("tag", "set", "one of the item's tags (any case)"),
        _f("artist", "text", "the performer of a track, the director of a film"),
        _f("album", "text", "the album"),
        _f("title", "text", "the title"),
        _f("language", "text", "the language code or name stored with the item"),
        _f("year", "number", "the year of release"),
        _f("duration", "number", "length: seconds, or 90s, 4m, 1h"),
        _f("rating", "number", "your stars, 0.5 to 5 (none: not rated)"),
        _f("plays", "number", "how many times you played it (films: watched it)"),
        _f("skips", "number", "how many times you skipped it"),
        _f("watched", "bool", "yes: played or watched at least once; no: never"),
        _f("last_played", "date", "when you last played or watched it"),
        _f("unplayed_days", "number", "days since you last played it (never played: always)"),
        _f("added", "date", "when it came into the library"),
        _f("score", "number", "the serving model's score for you (higher: more recommended)"),
        _f("tempo", "number", "beats per minute, from the sound analysis (none: not analysed)"),
        _f("energy", "number", "energy from 0 (calm) to 1 (intense), from the sound analysis"),
        _f(
            "certification",
            "age",
            "the certification as a minimum age: PG-13, 12A, FSK 12 or an age (none: unrated)",
        ),
        _f("explicit", "bool", "yes: marked explicit (parental advisory); no: not marked"),
    )
}

#: What a list can be ordered by besides the number, text and date fields.
ORDER_SPECIAL = ("score", "random")
#: Fields whose natural order is highest (newest) first.
_DESCENDING = {"score", "rating", "plays", "skips", "added", "last_played", "watched"}
#: Turns a certification as written into its minimum age (None: no system knows it). The
#: engine knows no certification system: the services give the library's own (see
#: ``ItemTable.age_of``); this default reads only a bare age ("12", "16+").
_BARE_AGE = re.compile(r"^\s*(\d{1,2})\s*\+?\s*$")


def bare_age(text: str) -> int | None:
    """``"12"`` or ``"16+"`` as an age; anything else None."""
    found = _BARE_AGE.match(str(text))
    return int(found[1]) if found and int(found[1]) <= 21 else None


ORDER_FIELDS = tuple(n for n in FIELDS if n not in ("genre", "tag")) + ("random",)

_DAY = 86400.0
_SPAN = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([dwmy]?)\s*$", re.IGNORECASE)
_SPAN_DAYS = {"": 1.0, "d": 1.0, "w": 7.0, "m": 30.0, "y": 365.0}
_LENGTH = re.compile(
    r"^\s*(?:(\d+(?:\.\d+)?)h)?\s*(?:(\d+(?:\.\d+)?)m)?\s*(?:(\d+(?:\.\d+)?)s?)?\s*$"
)


def _number(field_name: str, text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise UserError(_not_a_number(field_name, text)) from None
    if not math.isfinite(value):
        raise UserError(_not_a_number(field_name, text))
    return value


def _not_a_number(field_name: str, text: str) -> Message:
    return Message("{field}: {text!r} is not a number", field=field_name, text=text)


def parse_length(text: str) -> float:
    """Seconds from ``"245"``, ``"90s"``, ``"4m"``, ``"1h30m"``."""
    found = _LENGTH.match(str(text).strip().lower())
    if not found or not any(found.groups()):
        raise UserError(
            Message(
                "duration: {text!r} is not a length; write seconds or e.g. 90s, 4m, 1h", text=text
            )
        )
    h, m, s = (float(g) if g else 0.0 for g in found.groups())
    return h * 3600 + m * 60 + s


def parse_days(text: str) -> float:
    """Days from ``"180"``, ``"180d"``, ``"2w"``, ``"6m"`` (30 days), ``"1y"`` (365 days)."""
    found = _SPAN.match(str(text))
    if not found:
        raise UserError(
            Message("{text!r} is not a span of time; write e.g. 180d, 2w, 6m or 1y", text=text)
        )
    return float(found[1]) * _SPAN_DAYS[found[2].lower()]


def parse_date(text: str) -> float:
    """Seconds since 1970 (UTC) of a ``YYYY-MM-DD`` date."""
    try:
        day = datetime.strptime(str(text).strip(), "%Y-%m-%d")
    except ValueError:
        raise UserError(Message("{text!r} is not a date; write YYYY-MM-DD", text=text)) from None
    return day.replace(tzinfo=UTC).timestamp()


@dataclass(frozen=True)
class Rule:
    """One test: ``field op value``; ``value`` is the checked, typed value (number, seconds,
    days, a UTC time, a folded text, a bool or None)."""

    field: str
    op: str
    text: str = ""
    value: Any = None

    def to_json(self) -> dict[str, Any]:
        return {"field": self.field, "op": self.op, "value": self.text}


@dataclass(frozen=True)
class Group:
    """Rules and nested groups joined by ``match``: ``all`` (and) or ``any`` (or)."""

    match: str = "all"
    children: tuple[Rule | Group, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"match": self.match, "rules": [c.to_json() for c in self.children]}

    def fields(self) -> set[str]:
        out: set[str] = set()
        for child in self.children:
            out |= child.fields() if isinstance(child, Group) else {child.field}
        return out


def make_rule(field_name: str, op: str, text: Any = "") -> Rule:
    """A checked :class:`Rule`; a bad field, operator or value is a one-line UserError."""
    name = str(field_name).strip().lower()
    spec = FIELDS.get(name)
    if spec is None:
        raise UserError(
            Message(
                "unknown field {field!r}; fields: {choices}",
                field=field_name,
                choices=", ".join(FIELDS),
            )
        )
    op = str(op).strip().lower()
    if op not in spec.ops:
        raise UserError(
            Message(
                "{field}: unknown operator {op!r}; use one of {choices}",
                field=name,
                op=op,
                choices=" ".join(spec.ops),
            )
        )
    raw = "" if text is None else str(text).strip()
    if op in NO_VALUE_OPS:
        return Rule(name, op, "", None)
    if not raw:
        raise UserError(
            Message("{field} {op}: a value is missing; write FIELD:OP:VALUE", field=name, op=op)
        )
    value: Any
    if spec.type == "number":
        value = parse_length(raw) if name == "duration" else _number(name, raw)
        if name == "energy" and not 0.0 <= value <= 1.0:
            raise UserError(
                Message("energy: {value!r} is outside 0-1 (0 calm, 1 intense)", value=raw)
            )
        if name == "tempo" and not 0.0 < value <= 1000.0:
            raise UserError(
                Message("tempo: {value!r} is no tempo; write beats per minute, e.g. 120", value=raw)
            )
    elif spec.type == "date":
        value = parse_days(raw) if op in ("older", "newer") else parse_date(raw)
    elif spec.type == "age":
        # Kept as written ("PG-13"); the table reads it as an age with the library's scale.
        value = raw
    elif spec.type == "choice":
        value = raw.lower()
        if value not in spec.choices:
            raise UserError(
                Message(
                    "{field}: {value!r} is not one of {choices}",
                    field=name,
                    value=raw,
                    choices=", ".join(spec.choices),
                )
            )
    elif spec.type == "bool":
        if raw.lower() not in ("yes", "no", "true", "false", "1", "0"):
            raise UserError(
                Message("{field}: write yes or no (got {value!r})", field=name, value=raw)
            )
        value = raw.lower() in ("yes", "true", "1")
    else:
        value = raw  # folded by the evaluator with the library's own fold
    return Rule(name, op, raw, value)


def parse_rule(text: str) -> Rule:
    """``FIELD:OP:VALUE`` (the value may itself hold colons; ``rating:none`` needs none)."""
    parts = str(text).split(":", 2)
    if len(parts) < 2 or not parts[0].strip():
        raise UserError(
            Message(
                "rule {text!r} is not FIELD:OP:VALUE (for example plays:>=:3 or genre:=:Jazz)",
                text=text,
            )
        )
    return make_rule(parts[0], parts[1], parts[2] if len(parts) == 3 else "")


def _group(data: Any, depth: int = 0) -> Group:
    if depth > 8:
        raise UserError(Message("the rules are nested too deeply (at most 8 groups)"))
    if not isinstance(data, dict):
        raise UserError(Message("a rule group must be an object with 'match' and 'rules'"))
    match = str(data.get("match", "all")).lower()
    if match not in ("all", "any"):
        raise UserError(Message("match must be all or any (got {match!r})", match=match))
    rules = data.get("rules", [])
    if not isinstance(rules, list):
        raise UserError(Message("'rules' must be a list"))
    children: list[Rule | Group] = []
    for entry in rules:
        if isinstance(entry, dict) and "rules" in entry:
            children.append(_group(entry, depth + 1))
        elif isinstance(entry, dict):
            children.append(
                make_rule(entry.get("field", ""), entry.get("op", ""), entry.get("value"))
            )
        else:
            raise UserError(Message("each rule must be an object with field, op and value"))
    return Group(match, tuple(children))


@dataclass(frozen=True)
class SmartSpec:
    """A whole smart playlist: rules, order, limit and the kind of item it holds (None: any)."""

    root: Group = field(default_factory=Group)
    order: str = "added"
    descending: bool = True
    seed: int = 0
    limit_count: int | None = None
    limit_seconds: float | None = None
    kind: str | None = None

    def __post_init__(self) -> None:
        if self.order not in ORDER_FIELDS:
            raise UserError(_bad_order(self.order))
        if self.limit_count is not None and self.limit_count < 1:
            raise UserError(
                Message("the limit must be at least 1 (got {limit})", limit=self.limit_count)
            )
        if self.limit_seconds is not None and self.limit_seconds <= 0:
            raise UserError(Message("a length limit must be more than 0"))
        if self.kind is not None and self.kind not in FIELDS["kind"].choices:
            raise UserError(
                Message("kind must be track, artist or film (got {kind!r})", kind=self.kind)
            )

    def uses_score(self) -> bool:
        return self.order == "score" or "score" in self.root.fields()

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "version": 1,
            **self.root.to_json(),
            "order": self.order,
            "descending": self.descending,
            "seed": self.seed,
        }
        if self.limit_count is not None:
            out["limit"] = self.limit_count
        if self.limit_seconds is not None:
            out["limit_seconds"] = self.limit_seconds
        if self.kind is not None:
            out["kind"] = self.kind
        return out

    @classmethod
    def from_json(cls, data: Any) -> SmartSpec:
        if not isinstance(data, dict):
            raise UserError(
                Message("the saved rules are not an object; recreate the smart playlist")
            )
        if int(data.get("version", 1)) != 1:
            raise UserError(
                Message(
                    "these rules were saved by a newer version of the app; "
                    "update the app to use them"
                )
            )
        limit = data.get("limit")
        seconds = data.get("limit_seconds")
        try:
            return cls(
                root=_group(data),
                order=str(data.get("order", "added")),
                descending=bool(data.get("descending", default_descending(str(data.get("order"))))),
                seed=int(data.get("seed", 0)),
                limit_count=int(limit) if limit is not None else None,
                limit_seconds=float(seconds) if seconds is not None else None,
                kind=data.get("kind"),
            )
        except (TypeError, ValueError) as exc:
            raise UserError(
                Message(
                    "the saved rules are damaged ({error}); recreate the smart playlist",
                    error=str(exc),
                )
            ) from None


def default_descending(order: str) -> bool:
    """Highest first for scores, ratings, counts and dates; A to Z and oldest first else."""
    return order in _DESCENDING


def _bad_order(name: str) -> Message:
    return Message(
        "cannot order by {name!r}; use one of {choices}", name=name, choices=", ".join(ORDER_FIELDS)
    )


def parse_order(text: str) -> tuple[str, bool]:
    """``FIELD``, ``FIELD:asc`` or ``FIELD:desc`` -> (field, descending)."""
    name, _, way = str(text).strip().lower().partition(":")
    if name not in ORDER_FIELDS:
        raise UserError(_bad_order(name))
    if way not in ("", "asc", "desc"):
        raise UserError(Message("order {text!r}: write FIELD, FIELD:asc or FIELD:desc", text=text))
    return name, (way == "desc") if way else default_descending(name)


def parse_limit(text: str) -> tuple[int | None, float | None]:
    """``50`` (items) or a length such as ``90m`` / ``2h`` -> (count, seconds)."""
    raw = str(text).strip().lower()
    if raw.isdigit():
        if int(raw) < 1:
            raise UserError(Message("the limit must be at least 1 (got {limit})", limit=raw))
        return int(raw), None
    try:
        seconds = parse_length(raw)
    except UserError:
        raise UserError(
            Message("limit {text!r}: write a number of items (50) or a length (90m, 2h)", text=text)
        ) from None
    if seconds <= 0:
        raise UserError(Message("a length limit must be more than 0"))
    return None, seconds


#: The ready-made smart playlists: their key and English name.
PRESETS: dict[str, str] = {
    "rediscovery": "Rediscovery",
    "fresh": "Fresh for you",
    "top_rated": "Top rated by me",
    "recent": "Recently added",
}


def preset(name: str, kind: str = "track") -> SmartSpec:
    """A preset's rules for ``kind``; films count as "played" once watched."""
    if name == "rediscovery":
        loved = [make_rule("rating", ">=", "4")]
        loved.append(
            make_rule("watched", "=", "yes") if kind == "film" else make_rule("plays", ">=", "3")
        )
        root = Group("all", (Group("any", tuple(loved)), make_rule("unplayed_days", ">=", "180")))
        return SmartSpec(root, "score", True, 0, 50, None, kind)
    if name == "fresh":
        root = Group("all", (make_rule("watched", "=", "no"),))
        return SmartSpec(root, "score", True, 0, 50, None, kind)
    if name == "top_rated":
        root = Group("all", (make_rule("rating", ">=", "4"),))
        return SmartSpec(root, "rating", True, 0, 100, None, kind)
    if name == "recent":
        root = Group("all", (make_rule("added", "newer", "30d"),))
        return SmartSpec(root, "added", True, 0, 100, None, kind)
    raise UserError(
        Message(
            "unknown preset {name!r}; presets: {choices}", name=name, choices=", ".join(PRESETS)
        )
    )
