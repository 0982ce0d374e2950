"""The learned ranker's memory estimate, checked before anything big is allocated.

Its peak is made of four parts, each bounded from the data set's shape and the parameters:

- the training rows: per user with held-out items, at most ``candidates`` rows (its held-out
  positives among the candidates plus ``negatives`` sampled ones), ``len(FEATURES)`` float64
  columns each, in a few copies (the blocks, their concatenation, the standardised rows and the
  training share);
- one block of users being turned into rows: the generator's dense scores over the catalogue
  with their sort keys and the partition's indices, then ``candidates`` per user;
- the classifier: a forest's or tree's nodes (at most one per ``min_samples_leaf`` rows and at
  most ``2^(max_depth+1)`` per tree), an RBF svm's Fourier features, an mlp's activations;
- the generator and the content model it fits (each also checks its own memory when fitted),
  and a fixed allowance for the classifier library's own working memory.

When the estimate exceeds the share of the free memory a training may use
(:func:`desktop_recsys.engine._memory.memory_budget`), the part that weighs most names the
parameter to lower, with a value that fits.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from desktop_recsys.engine import _memory
from desktop_recsys.engine.algorithms._parts import PARTS
from desktop_recsys.engine.algorithms.content import content_memory_bytes
from desktop_recsys.engine.algorithms.ease import ease_memory_bytes
from desktop_recsys.engine.algorithms.knn import knn_memory_bytes
from desktop_recsys.engine.algorithms.learned_ranker.pair_features import FEATURES
from desktop_recsys.engine.algorithms.learned_ranker.params import LearnedRankerParams
from desktop_recsys.engine.algorithms.learned_ranker.training import BLOCK_CELLS
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.features.text import item_texts
from desktop_recsys.progress import Message

#: Largest block of users turned into training rows at once (``training.training_rows``).
BLOCK_USERS = 1024
#: Copies of the training rows alive at the peak.
ROW_COPIES = 4
#: Bytes per catalogue cell of a block (scores, keys, partition indices, flags).
BLOCK_CELL = 32
#: Bytes per candidate of a block (items, scores, keys, labels, kept rows)...
CANDIDATE = 48
#: ... and per candidate of a sub-block of :data:`FEATURE_USERS` users, whose features are
#: made at once (``pair_features``: float64, and the rows taken from them).
FEATURE_USERS = 64
FEATURE_CANDIDATE = 2 * 8 * len(FEATURES)
#: Bytes per tree node of scikit-learn's trees (node record, value, impurity, ...).
NODE = 96
#: Fewest training rows in a leaf: the forest's and the tree's (``training.train_classifier``).
FOREST_LEAF, TREE_LEAF = 10, 20
#: The classifier library's own working memory (validation copies, bookkeeping).
ALLOWANCE = 16 * 2**20


def inner_models_bytes(dataset: Dataset, generator: str) -> int:
    """The generator's (default settings) and the content model's estimated peaks."""
    m, n_users, n_items = dataset.matrix, dataset.n_users, dataset.n_items
    settings = PARTS[generator].params_type()
    need = content_memory_bytes(dataset, item_texts(dataset))[0]
    if hasattr(settings, "factors"):
        need += _memory.factor_model_bytes(n_users, n_items, settings.factors)
    elif generator in ("item-knn", "user-knn"):
        side = m if generator == "item-knn" else m.T
        need += knn_memory_bytes(side, k=settings.k, chunk=settings.chunk)
    elif generator in ("ease", "default"):
        need += ease_memory_bytes(n_items, n_users)
    return need


def training_rows_bound(matrix: sp.csr_matrix, params: LearnedRankerParams) -> int:
    """At most how many training rows :func:`~.training.training_rows` makes."""
    counts = np.diff(sp.csr_matrix(matrix).indptr)
    held = np.where(counts >= 5, np.floor(params.holdout * counts), 0)
    per_user = np.minimum(params.candidates, params.negatives + held)
    return int(per_user[held > 0].sum())


def ranker_memory_parts(dataset: Dataset, params: LearnedRankerParams) -> dict[str, int]:
    """The peak's parts in bytes, keyed by the parameter that drives each."""
    p, matrix, n_items = params, dataset.matrix, dataset.n_items
    rows = training_rows_bound(matrix, p)
    users = min(BLOCK_USERS, matrix.shape[0], max(8, BLOCK_CELLS // max(n_items, 1)))
    candidates = min(p.candidates, n_items)
    parts = {
        "negatives": ROW_COPIES * 8 * len(FEATURES) * rows,
        "candidates": users * (BLOCK_CELL * n_items + CANDIDATE * candidates)
        + min(FEATURE_USERS, users) * FEATURE_CANDIDATE * candidates,
        "generator": inner_models_bytes(dataset, p.generator) + ALLOWANCE,
    }
    if p.model in ("forest", "tree"):
        trees, leaf = (p.trees, FOREST_LEAF) if p.model == "forest" else (1, TREE_LEAF)
        nodes = min(2 ** min(p.max_depth + 1, 62), 2 * rows // leaf + 1)
        parts["trees" if p.model == "forest" else "max_depth"] = NODE * trees * nodes
    elif p.model == "svm" and p.svm_kernel == "rbf":
        parts["svm_components"] = 2 * 8 * rows * p.svm_components
    elif p.model == "mlp":
        parts["hidden"] = 4 * 8 * rows * p.hidden + 8 * p.hidden * p.hidden
    return parts


def check_ranker_memory(dataset: Dataset, params: LearnedRankerParams, name: str) -> None:
    """Refuse, in one line naming the parameter to lower and a value that fits, a learned
    ranker whose estimated peak does not fit in the free memory."""
    parts = ranker_memory_parts(dataset, params)
    need = sum(parts.values())
    budget = _memory.memory_budget()
    if budget is None or need <= budget:
        return
    heaviest = max(parts, key=lambda k: parts[k])
    value = getattr(params, heaviest)
    if heaviest == "generator":  # the models it fits: a lighter generator, not a number
        _memory.check_memory(
            need,
            _sizes(name, "generator", value, dataset),
            Message("use --param generator=popularity, or free some memory")
            if value != "popularity"
            else Message("use a smaller library or free some memory"),
        )
    room = budget - (need - parts[heaviest])
    fits = int(value * room / parts[heaviest]) if room > 0 else 0
    if heaviest == "max_depth":  # nodes double with each level
        fits = int(np.log2(max(room / NODE, 1))) - 1 if room > 0 else 0
    advice = (
        Message("use --param {name}={fits} or fewer", name=heaviest, fits=fits)
        if fits >= 1
        else Message("use a smaller library or another algorithm, or free some memory")
    )
    _memory.check_memory(need, _sizes(name, heaviest, value, dataset), advice)


def _sizes(algorithm: str, name: str, value: object, dataset: Dataset) -> Message:
    return Message(
        "{algorithm} with {name}={value} for {users:,} users and {items:,} items",
        algorithm=algorithm,
        name=name,
        value=value,
        users=dataset.n_users,
        items=dataset.n_items,
    )
