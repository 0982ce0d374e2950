"""Limits for children and for what nobody wants to see: the one filter every list applies.

A profile may have a maximum certification (compared as a minimum age, see
:mod:`desktop_recsys.library.certifications`), hide explicit tracks, block genres and tags,
block unrated films, and a PIN that guards these settings and switching away from the profile.

Enforcement: every service that returns items to a person (For you, shelves, group lists, more
like this, radio, mixes, smart playlists, playlists, search and the Library's tables, exports)
removes :func:`blocked_ids` of the profile it answers for, or adds
:data:`~desktop_recsys.library.limits_rows.BLOCKED_SQL` to its query. A group list removes what
any member may not see (the strictest member wins). ``tests/services/test_limits_paths.py``
checks that each of those modules applies the filter.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from desktop_recsys.errors import UserError
from desktop_recsys.library import Library
from desktop_recsys.library import limits_rows as rows
from desktop_recsys.library.certifications import MAX_AGE, describe_age, min_age
from desktop_recsys.progress import Message

T = TypeVar("T")
R = TypeVar("R")

#: scrypt's cost parameters for a PIN (16 MiB, a few tens of milliseconds).
_SCRYPT = {"n": 2**14, "r": 8, "p": 1, "dklen": 32}
PIN_MIN = 4
PIN_MAX = 64


class WrongPin(UserError):
    """A PIN was needed and the one given was missing or wrong; nothing was changed."""


@dataclass(frozen=True)
class Limits:
    """What a profile may see. ``max_age`` None: any certification; ``max_text`` the limit as
    the person gave it ("PG-13")."""

    profile_id: int
    max_age: int | None = None
    max_text: str | None = None
    hide_explicit: bool = False
    block_unrated: bool = False
    genres: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    has_pin: bool = False

    @property
    def active(self) -> bool:
        """Whether anything is hidden from the profile."""
        return (
            self.max_age is not None
            or self.hide_explicit
            or self.block_unrated
            or bool(self.genres)
            or bool(self.tags)
        )

    def describe(self) -> list[str]:
        """The limits as lines a person reads (English; the window words its own)."""
        lines = []
        if self.max_age is not None:
            lines.append(
                f"maximum certification: {self.max_text or describe_age(self.max_age)} "
                f"({describe_age(self.max_age)})"
            )
        if self.hide_explicit:
            lines.append("explicit tracks hidden")
        if self.block_unrated:
            lines.append("unrated films hidden")
        if self.genres:
            lines.append("blocked genres: " + ", ".join(self.genres))
        if self.tags:
            lines.append("blocked tags: " + ", ".join(self.tags))
        if self.has_pin:
            lines.append("PIN set")
        return lines or ["no limits"]


def get_limits(library: Library, profile_id: int) -> Limits:
    """The profile's limits (none: everything allowed)."""
    stored = rows.read_limits(library, profile_id)
    if stored is None:
        return Limits(int(profile_id))
    return Limits(
        int(profile_id),
        stored.max_age,
        stored.max_text,
        stored.hide_explicit,
        stored.block_unrated,
        stored.genres,
        stored.tags,
        stored.pin_hash is not None,
    )


def parse_certification(text: str) -> int:
    """The minimum age a limit given as text stands for ("PG-13" -> 13, "FSK 12" -> 12);
    a one-line UserError for text no system knows."""
    age = min_age(text)
    if age is None:
        raise UserError(
            Message(
                "{text!r} is no certification this app knows; use e.g. G, PG, PG-13, R, "
                "U, 12A, 15, FSK 12 or an age such as 12",
                text=text,
            )
        )
    return age


# -- PIN ----------------------------------------------------------------------------------------
def _hash(pin: str, salt: bytes) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, **_SCRYPT)  # type: ignore[arg-type]


def check_pin_text(pin: str) -> str:
    """A new PIN as stored (surrounding spaces removed), or a one-line UserError."""
    clean = (pin or "").strip()
    if not PIN_MIN <= len(clean) <= PIN_MAX:
        raise UserError(
            Message(
                "a PIN has {low} to {high} characters; nothing was changed",
                low=PIN_MIN,
                high=PIN_MAX,
            )
        )
    return clean


def pin_matches(library: Library, profile_id: int, pin: str | None) -> bool:
    """Whether ``pin`` opens the profile's limits (True when it has no PIN)."""
    stored = rows.read_limits(library, profile_id)
    if stored is None or stored.pin_hash is None or stored.pin_salt is None:
        return True
    if not pin:
        return False
    return hmac.compare_digest(_hash(pin.strip(), stored.pin_salt), stored.pin_hash)


def has_pin(library: Library, profile_id: int) -> bool:
    stored = rows.read_limits(library, profile_id)
    return stored is not None and stored.pin_hash is not None


def require_pin(library: Library, profile_id: int, pin: str | None, name: str) -> None:
    """Raise :class:`WrongPin` unless ``pin`` opens the profile (or it has none)."""
    if pin_matches(library, profile_id, pin):
        return
    if not pin:
        raise WrongPin(
            Message(
                "profile {name!r} is protected by a PIN; give it (or set DESKTOP_RECSYS_PIN); "
                "nothing was changed",
                name=name,
            )
        )
    raise WrongPin(Message("wrong PIN for profile {name!r}; nothing was changed", name=name))


# -- changing -----------------------------------------------------------------------------------
_KEEP = object()


def set_limits(
    library: Library,
    profile_id: int,
    *,
    pin: str | None = None,
    max_certification: str | None | object = _KEEP,
    hide_explicit: bool | object = _KEEP,
    block_unrated: bool | object = _KEEP,
    genres: Sequence[str] | object = _KEEP,
    tags: Sequence[str] | object = _KEEP,
    new_pin: str | None | object = _KEEP,
    clear: bool = False,
) -> Limits:
    """Change the profile's limits (only the arguments given; ``clear`` first removes every
    limit but keeps the PIN unless ``new_pin=None``). A profile with a PIN needs it in ``pin``:
    without it, or with a wrong one, :class:`WrongPin` and nothing changes. ``new_pin`` sets
    (text) or removes (None) the PIN. Returns the limits now stored."""
    profile = library.profiles.require(profile_id)
    require_pin(library, profile.id, pin, profile.name)
    stored = rows.read_limits(library, profile.id) or rows.StoredLimits(profile.id)
    if clear:
        stored = rows.StoredLimits(profile.id, pin_hash=stored.pin_hash, pin_salt=stored.pin_salt)
    changes: dict[str, object] = {}
    if max_certification is not _KEEP:
        text = " ".join(str(max_certification or "").split())
        if text:
            changes["max_age"] = parse_certification(text)
            changes["max_text"] = text
        else:
            changes["max_age"] = changes["max_text"] = None
    if hide_explicit is not _KEEP:
        changes["hide_explicit"] = bool(hide_explicit)
    if block_unrated is not _KEEP:
        changes["block_unrated"] = bool(block_unrated)
    if genres is not _KEEP:
        changes["genres"] = _names(genres)  # type: ignore[arg-type]
    if tags is not _KEEP:
        changes["tags"] = _names(tags)  # type: ignore[arg-type]
    if new_pin is not _KEEP:
        if new_pin is None:
            changes["pin_hash"] = changes["pin_salt"] = None
        else:
            clean = check_pin_text(str(new_pin))
            salt = os.urandom(16)
            changes["pin_hash"], changes["pin_salt"] = _hash(clean, salt), salt
    stored = replace(stored, **changes)  # type: ignore[arg-type]
    if _empty(stored):
        rows.delete_limits(library, profile.id)
    else:
        rows.write_limits(library, stored)
    return get_limits(library, profile.id)


def _names(values: Iterable[str]) -> tuple[str, ...]:
    """Genre or tag names as stored: trimmed, blanks dropped, each once (any case)."""
    seen: dict[str, str] = {}
    for value in values:
        clean = " ".join(str(value).split())
        if clean:
            seen.setdefault(clean.casefold(), clean)
    return tuple(sorted(seen.values(), key=str.casefold))


def _empty(stored: rows.StoredLimits) -> bool:
    return (
        stored.max_age is None
        and not stored.hide_explicit
        and not stored.block_unrated
        and not stored.genres
        and not stored.tags
        and stored.pin_hash is None
    )


# -- enforcing ----------------------------------------------------------------------------------
def blocked_ids(library: Library, profile_id: int | None, kind: str | None = None) -> set[int]:
    """The items (of ``kind``, or all) the profile may not see; empty without a profile or
    limits. Every exit point that returns items removes these."""
    if profile_id is None:
        return set()
    return rows.blocked_ids(library, int(profile_id), kind)


def blocked_for_group(
    library: Library, profile_ids: Iterable[int], kind: str | None = None
) -> set[int]:
    """What at least one member may not see: a group list follows its strictest member."""
    return rows.blocked_any(library, [int(p) for p in profile_ids], kind)


def allowed(library: Library, profile_id: int | None, item_ids: Sequence[int]) -> list[int]:
    """``item_ids`` in their order, without those the profile may not see."""
    blocked = blocked_ids(library, profile_id)
    return [i for i in item_ids if i not in blocked]


def keep_allowed(
    library: Library, profile_id: int | None, found: Sequence[T], item_id: str = "item_id"
) -> list[T]:
    """Rows (anything with an ``item_id`` attribute) the profile may see, in their order."""
    blocked = blocked_ids(library, profile_id)
    return [r for r in found if getattr(r, item_id) not in blocked]


def limit_recommendations(library: Library, recs: R) -> R:
    """A recommendation list (``profile_id``, ``kind``, ``rows`` with ``item_id`` and
    ``rank``) without the rows its profile may not see, ranks counted again."""
    blocked = blocked_ids(library, recs.profile_id, recs.kind)  # type: ignore[attr-defined]
    rows = recs.rows  # type: ignore[attr-defined]
    if not any(r.item_id in blocked for r in rows):
        return recs
    kept = [r for r in rows if r.item_id not in blocked]
    renumbered = [replace(r, rank=n) for n, r in enumerate(kept, 1)]
    return replace(recs, rows=renumbered)  # type: ignore[type-var]


def is_limited(library: Library, profile_id: int | None) -> bool:
    """Whether the profile has limits or a PIN."""
    return profile_id is not None and int(profile_id) in rows.limited_profiles(library)


def certification_choices() -> list[tuple[str, int]]:
    """(text, age) choices for a maximum, mildest first, ending with "any" (None)."""
    from desktop_recsys.library.certifications import COMMON_LIMITS

    return list(COMMON_LIMITS)


def known_names(library: Library, what: str) -> list[str]:
    """Every genre or tag name in the library (for the pickers)."""
    return rows.known_names(library, what)


__all__ = [
    "MAX_AGE",
    "Limits",
    "WrongPin",
    "allowed",
    "blocked_for_group",
    "blocked_ids",
    "get_limits",
    "has_pin",
    "keep_allowed",
    "parse_certification",
    "pin_matches",
    "set_limits",
]


@dataclass
class LimitsActions:
    """The window's reads and writes of limits, on its session's connection (short calls;
    setting a PIN hashes it with scrypt, a few tens of milliseconds)."""

    library: Library

    def get(self, profile_id: int) -> Limits:
        return get_limits(self.library, profile_id)

    def has_pin(self, profile_id: int) -> bool:
        return has_pin(self.library, profile_id)

    def pin_matches(self, profile_id: int, pin: str | None) -> bool:
        return pin_matches(self.library, profile_id, pin)

    def save(self, profile_id: int, *, pin: str | None = None, **changes: object) -> Limits:
        """:func:`set_limits` (WrongPin when the PIN is needed and wrong: nothing changes)."""
        return set_limits(self.library, profile_id, pin=pin, **changes)  # type: ignore[arg-type]

    def hidden_counts(self, profile_id: int) -> dict[str, int]:
        """How many films and tracks the profile's stored limits hide."""
        return {k: len(blocked_ids(self.library, profile_id, k)) for k in ("film", "track")}

    def names(self, what: str) -> list[str]:
        """Every genre (``"genre"``) or tag (``"tag"``) name in the library."""
        return known_names(self.library, what)
