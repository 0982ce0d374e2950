"""Features of items and users shared by the algorithms, one subject per module.

- :mod:`.text` -- text analysis for TF-IDF on every script, one text per item, the TF-IDF
  matrix (:func:`analyse_text`, :func:`item_texts`, :func:`tfidf_matrix`).
- :mod:`.matrices` -- row normalisation and scaling, values at chosen cells, sparse matrices
  in and out of a model's flat state.
- :mod:`.explanation` -- :class:`FeatureExplanation`, an explanation that also carries named
  features (shared genres, tags, people; model components; friends).

The names are re-exported here for callers outside the algorithms (re-rankers, services).
Models built from other models live in :mod:`desktop_recsys.engine.algorithms._nested`, the
hybrid's list parameters in :mod:`desktop_recsys.engine.params`, and
:func:`~desktop_recsys.engine.progress.off_thread` with the engine's progress helpers.
"""

from __future__ import annotations

from desktop_recsys.engine.features.explanation import FeatureExplanation
from desktop_recsys.engine.features.matrices import (
    dense_rows,
    idf,
    l2_normalise_rows,
    pair_dots,
    sparse_arrays,
    sparse_cells,
    sparse_from,
    sparse_lookup,
    user_min_max,
)
from desktop_recsys.engine.features.text import (
    TEXT_BLOCK_CHARS,
    analyse_text,
    item_texts,
    tfidf_matrix,
)

__all__ = [
    "TEXT_BLOCK_CHARS",
    "FeatureExplanation",
    "analyse_text",
    "dense_rows",
    "idf",
    "item_texts",
    "l2_normalise_rows",
    "pair_dots",
    "sparse_arrays",
    "sparse_cells",
    "sparse_from",
    "sparse_lookup",
    "tfidf_matrix",
    "user_min_max",
]
