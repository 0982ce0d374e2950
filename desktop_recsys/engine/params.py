"""Hyper-parameters written as text, and algorithm names checked against a table.

The command line (``--param KEY=VALUE``), the Model Lab and the hybrid's ``options`` give
hyper-parameters as strings; :func:`parse_params` turns them into an algorithm's frozen
:class:`~desktop_recsys.engine.base.Params` dataclass. List-valued parameters (the hybrid's
``components``, ``weights`` and ``options``) are comma- or semicolon-separated strings, read
by :func:`parse_list`, :func:`parse_floats` and :func:`parse_options`.

Every problem is a :class:`~desktop_recsys.errors.UserError` whose text names the parameter and
the algorithm. This module imports no algorithm: the registry and the composite models (which
look up the algorithms they are built from by name) both use it.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Iterable, Mapping

import numpy as np

from desktop_recsys.engine.base import Params, Recommender
from desktop_recsys.errors import UserError, nearest_word
from desktop_recsys.progress import Message

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def unknown_algorithm_error(name: str, known: Iterable[str]) -> UserError:
    """The error for an algorithm name that is not one of ``known`` (listed, sorted)."""
    known = sorted(known)
    near = nearest_word(name, known)
    choices = ", ".join(known)
    if near:
        return UserError(
            Message(
                "unknown algorithm {name!r} (did you mean {near!r}?); choose one of: {choices}",
                name=name,
                near=near,
                choices=choices,
            )
        )
    return UserError(
        Message("unknown algorithm {name!r}; choose one of: {choices}", name=name, choices=choices)
    )


def parse_params(cls: type[Recommender], values: Mapping[str, str]) -> Params:
    """Build ``cls``'s hyper-parameters from strings; :class:`UserError` on any problem."""
    ptype = cls.params_type
    fields = {f.name: f for f in dataclasses.fields(ptype)}
    hints = typing.get_type_hints(ptype)
    kwargs: dict[str, object] = {}
    for key, raw in values.items():
        key = key.strip().replace("-", "_")
        if key not in fields:
            known = ", ".join(sorted(fields)) or "none"
            near = nearest_word(key, fields)
            if near:
                raise UserError(
                    Message(
                        "unknown parameter {key!r} for algorithm {algorithm!r} (did you mean "
                        "{near!r}?); known: {known}",
                        key=key,
                        algorithm=cls.name,
                        near=near,
                        known=known,
                    )
                )
            raise UserError(
                Message(
                    "unknown parameter {key!r} for algorithm {algorithm!r}; known: {known}",
                    key=key,
                    algorithm=cls.name,
                    known=known,
                )
            )
        kwargs[key] = _convert(cls.name, key, hints[key], str(raw).strip())
    return ptype(**kwargs)


def _convert(algorithm: str, key: str, hint: object, raw: str) -> object:
    def bad(kind: Message) -> UserError:
        return UserError(
            Message(
                "parameter {key}={raw!r} for algorithm {algorithm!r} is not {kind}",
                key=key,
                raw=raw,
                algorithm=algorithm,
                kind=kind,
            )
        )

    if hint is bool:
        low = raw.lower()
        if low in _TRUE:
            return True
        if low in _FALSE:
            return False
        raise bad(Message("true or false"))
    if hint is int:
        try:
            return int(raw)
        except ValueError:
            raise bad(Message("an integer")) from None
    if hint is float:
        try:
            value = float(raw)
        except ValueError:
            raise bad(Message("a number")) from None
        if value != value or value in (float("inf"), float("-inf")):
            raise bad(Message("a finite number"))
        return value
    return raw


def parse_list(text: str, what: str) -> list[str]:
    """Comma-separated names, stripped; :class:`UserError` if empty."""
    out = [x.strip() for x in text.split(",") if x.strip()]
    if not out:
        raise UserError(Message("{what} must not be empty", what=what))
    return out


def parse_floats(text: str, what: str) -> list[float]:
    """Comma-separated non-negative finite numbers; :class:`UserError` otherwise."""
    values: list[float] = []
    for raw in parse_list(text, what):
        try:
            v = float(raw)
        except ValueError:
            raise UserError(
                Message("{what}: {raw!r} is not a number", what=what, raw=raw)
            ) from None
        if not np.isfinite(v) or v < 0:
            raise UserError(
                Message("{what}: {raw!r} must be a finite number of at least 0", what=what, raw=raw)
            )
        values.append(v)
    return values


def parse_options(text: str, what: str) -> dict[str, dict[str, str]]:
    """``"als.factors=64;content.profile=binary"`` -> ``{"als": {"factors": "64"}, ...}``."""
    out: dict[str, dict[str, str]] = {}
    for part in (p.strip() for p in text.split(";")):
        if not part:
            continue
        key, sep, value = part.partition("=")
        algo, dot, name = key.strip().partition(".")
        if not sep or not dot or not algo or not name:
            raise UserError(
                Message("{what}: {part!r} is not ALGORITHM.PARAM=VALUE", what=what, part=part)
            )
        out.setdefault(algo, {})[name.strip()] = value.strip()
    return out
