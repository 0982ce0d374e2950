"""Models inside models: fitting, storing and rebuilding an inner algorithm.

An algorithm built from others (the hybrid's components, social's content fallback, the
learned ranker's generator and content model) fits each inner model with :func:`fit_inner`,
stores its arrays under a prefix of its own state with :func:`pack_inner`, and rebuilds it on
load with :func:`unpack_inner`, so persistence stays one ``.npz`` without pickle.

The outer model passes the inner classes itself (imported directly, or looked up by name in a
table such as :data:`~desktop_recsys.engine.algorithms._parts.PARTS`): nothing here imports an
algorithm or the registry.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

import numpy as np

from desktop_recsys.engine.base import Recommender
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.params import parse_params, unknown_algorithm_error
from desktop_recsys.engine.progress import CancelToken, ProgressFn, ProgressScaler


def fit_inner(
    cls: type[Recommender],
    params: dict[str, str] | None,
    dataset: Dataset,
    progress: ProgressFn,
    cancel: CancelToken,
    span: tuple[float, float],
) -> Recommender:
    """Fit a fresh ``cls`` with string hyper-parameters on ``dataset``, reporting into ``span``.

    Uses the public :meth:`~Recommender.fit`, so a cancel raises before anything is kept.
    """
    model = cls(parse_params(cls, params or {}))
    model.fit(dataset, progress=ProgressScaler(progress, *span), cancel=cancel)
    return model


def pack_inner(prefix: str, model: Recommender) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
    """Arrays and meta of a fitted inner model, to keep inside the outer model's state."""
    arrays = {f"{prefix}.{k}": v for k, v in model._state.items()}
    meta = {
        "algorithm": model.name,
        "params": dataclasses.asdict(model.params),
        "meta": model._meta,
    }
    return arrays, meta


def unpack_inner(
    prefix: str,
    meta: dict[str, Any],
    state: dict[str, np.ndarray],
    common: dict[str, np.ndarray],
    fingerprint: str,
    classes: Mapping[str, type[Recommender]],
) -> Recommender:
    """Rebuild an inner model stored by :func:`pack_inner` (sharing the outer common arrays).

    ``classes`` maps the algorithm names the outer model may hold to their classes.
    """
    name = str(meta["algorithm"])
    cls = classes.get(name)
    if cls is None:
        raise unknown_algorithm_error(name, classes)
    model = cls(cls.params_type(**meta["params"]))
    lead = f"{prefix}."
    inner_state = {k[len(lead) :]: v for k, v in state.items() if k.startswith(lead)}
    model._install(common, inner_state, dict(meta["meta"]), fingerprint)
    return model
