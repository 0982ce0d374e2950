"""The head blend's two EASE Gram matrices, built before ALS's factors exist.

``default``'s head blend fits its head EASE twice: on the validation part (to choose the blend's
weight) and on all the data (to serve). Both read the validation run's ALS item factors for the
items outside the head (:mod:`._ease_side`), so they could only start after that run, and the
side thread idled beside it. Most of an EASE fit that is not its inverse is the Gram matrix of
the head's items, ``X^T X``, which needs no factors: :func:`head_grams` builds both before the
ALS run (in the side thread, beside it), the part's from its rows and all the data's as the
part's plus the difference on the only rows that differ (the validation users', whose held-out
items the part lacks: 2,000 of 30,000 users on the 3M synthetic file). With presence (binary)
inputs every entry is a whole count, exact in ``float32``: the same matrices as built apart.

Both fits keep the same head: the most popular items of all the data (as the served model
always did); the validation model's head used to come from the part, which differed from it by
a few items at the cut.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from desktop_recsys.engine.algorithms.ease import _ROWS, gram_items
from desktop_recsys.engine.progress import CancelToken, no_progress


def _inputs(matrix: sp.csr_matrix, kept: np.ndarray, binary: bool) -> sp.csr_matrix:
    """The head's columns of ``matrix`` as EASE reads them (``float32``; presence if binary)."""
    x = matrix[:, kept].tocsr().astype(np.float32)
    if binary:
        x.data = np.ones_like(x.data)
    return x


def head_grams(
    part: sp.csr_matrix,
    full: sp.csr_matrix,
    kept: np.ndarray,
    extra: int,
    binary: bool,
    cancel: CancelToken,
) -> tuple[np.ndarray, np.ndarray]:
    """Gram buffers of the head items ``kept`` for the validation part and for all the data
    (users x items matrices of the same shape; ``part`` holds a subset of ``full``'s entries
    with the same values, so a row differs exactly where its count does), each
    ``(len(kept) + extra)`` square with the items' block filled (for
    :meth:`~.ease.EaseRecommender.with_head`)."""
    gram_part = gram_items(_inputs(part, kept, binary), extra, no_progress, cancel)
    gram_full = gram_part.copy()
    differ = np.flatnonzero(np.diff(part.indptr) != np.diff(full.indptr))
    if len(differ):
        now = _inputs(full[differ], kept, binary)
        before = _inputs(part[differ], kept, binary)
        now_t, before_t = now.T.tocsr(), before.T.tocsr()
        now_c, before_c = now.tocsc(), before.tocsc()
        n = len(kept)
        for s in range(0, n, _ROWS):
            cancel.raise_if_cancelled()
            e = min(s + _ROWS, n)
            gram_full[s:e, :n] += (now_t[s:e] @ now_c).toarray()
            gram_full[s:e, :n] -= (before_t[s:e] @ before_c).toarray()
    return gram_part, gram_full
