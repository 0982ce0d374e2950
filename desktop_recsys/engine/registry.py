"""Algorithms by name, and hyper-parameters parsed from ``KEY=VALUE`` strings.

The built-in algorithms register themselves when :mod:`desktop_recsys.engine.algorithms` is
imported; the functions here import it on first use, so ``import registry`` stays cheap.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Mapping

from desktop_recsys.engine.base import Params, Recommender
from desktop_recsys.errors import UserError

_REGISTRY: dict[str, type[Recommender]] = {}
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def register(cls: type[Recommender]) -> type[Recommender]:
    """Class decorator: make ``cls`` available under ``cls.name``."""
    if not cls.name:
        raise ValueError(f"{cls.__name__} has no name")
    if cls.name in _REGISTRY and _REGISTRY[cls.name] is not cls:
        raise ValueError(f"algorithm name {cls.name!r} is already registered")
    _REGISTRY[cls.name] = cls
    return cls


def _load_builtins() -> None:
    import desktop_recsys.engine.algorithms  # noqa: F401  (registers on import; deferred: heavy)


def algorithm_names() -> list[str]:
    """Sorted names of every registered algorithm."""
    _load_builtins()
    return sorted(_REGISTRY)


def get_algorithm(name: str) -> type[Recommender]:
    """The class registered as ``name``; :class:`UserError` if there is none."""
    _load_builtins()
    try:
        return _REGISTRY[name]
    except KeyError:
        raise UserError(
            f"unknown algorithm {name!r}; choose one of: {', '.join(sorted(_REGISTRY))}"
        ) from None


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
            raise UserError(f"unknown parameter {key!r} for algorithm {cls.name!r}; known: {known}")
        kwargs[key] = _convert(cls.name, key, hints[key], str(raw).strip())
    return ptype(**kwargs)


def _convert(algorithm: str, key: str, hint: object, raw: str) -> object:
    def bad(kind: str) -> UserError:
        return UserError(f"parameter {key}={raw!r} for algorithm {algorithm!r} is not {kind}")

    if hint is bool:
        low = raw.lower()
        if low in _TRUE:
            return True
        if low in _FALSE:
            return False
        raise bad("true or false")
    if hint is int:
        try:
            return int(raw)
        except ValueError:
            raise bad("an integer") from None
    if hint is float:
        try:
            value = float(raw)
        except ValueError:
            raise bad("a number") from None
        if value != value or value in (float("inf"), float("-inf")):
            raise bad("a finite number")
        return value
    return raw


def create(name: str, params: Mapping[str, str] | None = None) -> Recommender:
    """Instantiate the algorithm ``name`` with string hyper-parameters (CLI ``--param``)."""
    cls = get_algorithm(name)
    return cls(parse_params(cls, params or {}))


def parse_param_assignments(assignments: list[str]) -> dict[str, str]:
    """Turn ``["k=v", ...]`` (repeated ``--param``) into a dict; :class:`UserError` if malformed."""
    out: dict[str, str] = {}
    for text in assignments:
        key, sep, value = text.partition("=")
        if not sep or not key.strip():
            raise UserError(f"--param {text!r} is not KEY=VALUE")
        out[key.strip()] = value
    return out
