"""The catalogue of algorithms by name, and instances built from ``KEY=VALUE`` strings.

:data:`~desktop_recsys.engine.algorithms._parts.PARTS` lists every algorithm that is not built
from others; :data:`_COMPOSITES` adds the two that are (the hybrid and the learned ranker). This
module is the only one that imports every algorithm, and no algorithm imports it: composite
models import the classes they are built from directly, through ``_parts``.

The algorithm modules are imported on the first call of a function here, not when this module
is imported, so ``import registry`` stays cheap. Hyper-parameters given as strings are parsed by
:func:`~desktop_recsys.engine.params.parse_params` (re-exported here).
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping

from desktop_recsys.engine.base import Recommender
from desktop_recsys.engine.params import parse_params, unknown_algorithm_error

__all__ = [
    "algorithm_names",
    "create",
    "get_algorithm",
    "parse_params",
]

_PACKAGE = "desktop_recsys.engine.algorithms"

#: The algorithms built from others named in their parameters: name -> (module, class). Every
#: other algorithm is listed once, in :data:`desktop_recsys.engine.algorithms._parts.PARTS`.
_COMPOSITES: dict[str, tuple[str, str]] = {
    "hybrid": ("hybrid", "HybridRecommender"),
    "learned-ranker": ("learned_ranker", "LearnedRankerRecommender"),
}

_CLASSES: dict[str, type[Recommender]] = {}


def _classes() -> dict[str, type[Recommender]]:
    """Every built-in algorithm's class by name, importing the modules on the first call."""
    if not _CLASSES:
        # Deferred: the algorithm modules are heavy to import, so they load by name on first
        # use and importing the registry stays cheap. (No algorithm imports the registry.)
        loaded: dict[str, type[Recommender]] = dict(
            importlib.import_module(f"{_PACKAGE}._parts").PARTS
        )
        for name, (module, class_name) in _COMPOSITES.items():
            loaded[name] = getattr(importlib.import_module(f"{_PACKAGE}.{module}"), class_name)
        for name, cls in loaded.items():
            if cls.name != name:
                raise ValueError(f"{cls.__module__}.{cls.__qualname__} is named {cls.name!r}")
        _CLASSES.update(loaded)
    return _CLASSES


def algorithm_names() -> list[str]:
    """Sorted names of every registered algorithm."""
    return sorted(_classes())


def get_algorithm(name: str) -> type[Recommender]:
    """The class registered as ``name``; :class:`UserError` if there is none."""
    classes = _classes()
    try:
        return classes[name]
    except KeyError:
        raise unknown_algorithm_error(name, classes) from None


def create(name: str, params: Mapping[str, str] | None = None) -> Recommender:
    """Instantiate the algorithm ``name`` with string hyper-parameters (CLI ``--param``)."""
    cls = get_algorithm(name)
    return cls(parse_params(cls, params or {}))
