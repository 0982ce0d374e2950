"""A head EASE's view of the items outside its head: a summary of them as extra inputs.

``default``'s head blend keeps EASE to the most popular items, so a user's other items (on
the 3M synthetic file, 40-60 % of a profile) told it nothing. A user's items outside the head
are summarised as ``z_u = sum_t y_t / sqrt(n_u)`` over those items ``t``, with ``y_t`` item
factors (the validation run's ALS item factors) and ``n_u`` their count; ``z_u`` enters the
regression as ``f`` more input columns beside the head items, never predicted themselves (the
closed form with side information of Jeunen, Van Balen and Goethals, "Closed-form models for
collaborative filtering with side-information", RecSys 2020, here with the user's tail as the
side information). Their ridge is :data:`SIDE_L2` times the mean of ``z``'s squared columns.

On a validation split of the 3M synthetic TRAIN, the head EASE alone went from NDCG@10 0.2241
to 0.2296 and the head blend from 0.2298 to 0.2321 (``benchmarks/README.md``, "Scaling, round
9"). A score stays linear in the user's items for a given ``n_u``: a tail item ``t`` adds
``y_t B_z / sqrt(n_u)`` to every head item, which is how explanations cite it; "what if" recomputes
``z_u`` without the item, ``n_u`` included, so it stays exact.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

#: Ridge of the summary's columns, relative to the mean of their squared norms.
SIDE_L2 = 0.1


def outside_mask(n_items: int, kept: np.ndarray) -> np.ndarray:
    """1.0 for the items outside ``kept`` (the head), 0.0 for the head's (float32)."""
    mask = np.ones(n_items, dtype=np.float32)
    mask[kept] = 0.0
    return mask


def side_factors(item_factors: np.ndarray, kept: np.ndarray) -> np.ndarray:
    """The item factors the summary reads: a float32 copy with the head's rows zeroed."""
    out = np.array(item_factors, dtype=np.float32, copy=True)
    out[kept] = 0.0
    return out


def side_summary(rows: sp.csr_matrix, factors: np.ndarray, outside: np.ndarray) -> np.ndarray:
    """``z`` of each row of ``rows`` (users x all items; presence counts, weights ignored):
    the sum of its items' ``factors`` (zero in the head) over the square root of how many of
    its items are outside the head (``outside``: :func:`outside_mask`)."""
    binary = sp.csr_matrix(
        (np.ones(rows.nnz, dtype=np.float32), rows.indices, rows.indptr), shape=rows.shape
    )
    z = np.asarray(binary @ factors, dtype=np.float32)
    count = np.asarray(binary @ outside, dtype=np.float32).ravel()
    z /= np.sqrt(np.maximum(count, 1.0))[:, None]
    return z


def side_gram_into(gram: np.ndarray, xt: sp.csr_matrix, side: np.ndarray) -> np.ndarray:
    """Fill the side inputs' blocks of EASE's Gram matrix (``gram``: ``(n + f)`` square, the
    items' ``n x n`` block already in place; ``xt``: the items x users matrix) and return the
    side columns' ridge (``f``)."""
    n = xt.shape[0]
    side = np.asarray(side, dtype=np.float32)
    cross = np.asarray(xt @ side, dtype=np.float32)  # n x f
    gram[:n, n:] = cross
    gram[n:, :n] = cross.T
    own = side.T @ side
    gram[n:, n:] = own
    scale = float(np.mean(np.diag(own)))
    return np.full(side.shape[1], SIDE_L2 * scale if scale > 0 else 1.0, dtype=np.float64)
