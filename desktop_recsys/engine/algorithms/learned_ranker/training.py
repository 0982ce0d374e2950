"""Training the learned ranker's classifier: held-out positives, training rows, scikit-learn.

Training uses TRAIN only: each user with at least 5 interactions has ``holdout`` of them held
out as positives (:func:`holdout_mask`); the user's candidates that are held out are positives,
and ``negatives`` other candidates are sampled as negatives (:func:`training_rows`). The
classifier is fitted by :func:`train_classifier`, every scikit-learn call on a helper thread
while the fitting thread reports progress and checks cancel.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

import numpy as np
import scipy.sparse as sp

from desktop_recsys.engine.algorithms.learned_ranker.classifiers import (
    fourier,
    log_loss,
    sensitivity,
    tree_arrays,
)
from desktop_recsys.engine.algorithms.learned_ranker.pair_features import (
    Signals,
    pair_features,
    top_candidates,
)
from desktop_recsys.engine.algorithms.learned_ranker.params import LearnedRankerParams
from desktop_recsys.engine.features.matrices import dense_rows
from desktop_recsys.engine.progress import CancelToken, ProgressFn, off_thread
from desktop_recsys.progress import Message

#: The scikit-learn module each classifier comes from (imported when training starts).
SKLEARN_MODULES = {
    "svm": ["sklearn.svm"],
    "tree": ["sklearn.tree"],
    "forest": ["sklearn.ensemble"],
    "sgd": ["sklearn.linear_model"],
    "mlp": ["sklearn.neural_network"],
}
#: Seconds a training step (a block of users, a chunk of trees) is sized to take, and between
#: two progress reports / cancel checks while scikit-learn works on a helper thread: well
#: under the contract's second even on a machine several times busier than the one measured.
_STEP_S = 0.2
_POLL_S = 0.1
#: Users in the first block of training rows (later blocks are sized by their time).
_FIRST_ROWS_BLOCK = 32
#: Most catalogue cells (users x items) in one block: a block's dense scores stay bounded
#: (about 128 MB at 32 bytes a cell) however large the catalogue (``memory.py`` counts on it).
BLOCK_CELLS = 4_000_000
#: Training rows on which the sgd's loss is estimated after each epoch.
_LOSS_SAMPLE = 4096
_T = TypeVar("_T")


def holdout_mask(matrix: sp.csr_matrix, share: float, rng: np.random.Generator) -> np.ndarray:
    """Boolean mask over stored entries: ``floor(share * n)`` random ones per user with >= 5."""
    counts = np.diff(matrix.indptr)
    rows = np.repeat(np.arange(matrix.shape[0]), counts)
    keys = rng.random(matrix.nnz)
    order = np.lexsort((keys, rows))
    rank = np.empty(matrix.nnz, dtype=np.int64)
    rank[order] = np.arange(matrix.nnz) - np.repeat(matrix.indptr[:-1], counts)
    n_out = np.where(counts >= 5, np.floor(share * counts), 0).astype(np.int64)
    return rank < n_out[rows]


def _epoch_message(algorithm: str, epoch: int, epochs: int, loss: float | None = None) -> Message:
    """The engine's epoch message (with the loss as a metric once the epoch is done)."""
    metrics = {"epoch": epoch + 1, "loss": loss} if loss is not None else None
    return Message(
        "{algorithm}: epoch {epoch} of {epochs}",
        algorithm=algorithm,
        epoch=epoch + 1,
        epochs=epochs,
        metrics=metrics,
    )


def training_rows(
    params: LearnedRankerParams,
    sig: Signals,
    positives: sp.csr_matrix,
    rng: np.random.Generator,
    progress: ProgressFn,
    cancel: CancelToken,
    *,
    algorithm: str,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Feature rows, labels and user ids of every held-out positive found among the
    candidates plus ``negatives`` sampled candidates per user.

    Users come in blocks sized to take about :data:`_STEP_S` each (from the time per user
    of the previous block), with progress and a cancel check between blocks. The result
    does not depend on the block sizes: the random keys are drawn in user order either way.
    """
    p = params
    users = np.flatnonzero(np.diff(positives.indptr) > 0)
    widest = max(8, BLOCK_CELLS // max(positives.shape[1], 1))  # users a block may hold
    xs, ys, gs = [], [], []
    size, start = _FIRST_ROWS_BLOCK, 0
    while start < len(users):
        cancel.raise_if_cancelled()
        began = time.perf_counter()
        block = users[start : start + size]
        items, scores, valid, _ = top_candidates(sig, block, scaled=False)
        label = dense_rows(positives, block)
        lab = np.take_along_axis(label, items, axis=1) & valid
        # Negatives: the ``negatives`` valid non-positive candidates with the smallest
        # random keys, per user, without a Python loop.
        keys = rng.random(items.shape)
        keys[lab | ~valid] = np.inf
        k = min(p.negatives, items.shape[1])
        neg_cols = np.argpartition(keys, k - 1, axis=1)[:, :k]
        neg = np.zeros_like(lab)
        np.put_along_axis(neg, neg_cols, True, axis=1)
        neg &= np.isfinite(keys)
        take = (lab | neg).reshape(-1)
        feats = pair_features(sig, block, items, scores)
        xs.append(feats[take])
        ys.append(lab.reshape(-1)[take].astype(np.float64))
        gs.append(np.repeat(block, items.shape[1])[take])
        start += len(block)
        progress(
            0.25 + 0.15 * start / len(users),
            Message(
                "{algorithm}: training rows of {done} of {total} users",
                algorithm=algorithm,
                done=start,
                total=len(users),
            ),
        )
        per_user = max(time.perf_counter() - began, 1e-6) / len(block)
        # At most doubling: bigger blocks cost more than in proportion (memory).
        size = int(np.clip(_STEP_S / per_user, 8, min(2 * len(block), 1024, widest)))
    return np.concatenate(xs), np.concatenate(ys), np.concatenate(gs)


def train_classifier(
    params: LearnedRankerParams,
    x: np.ndarray,
    y: np.ndarray,
    rng: np.random.Generator,
    progress: ProgressFn,
    cancel: CancelToken,
    *,
    algorithm: str,
) -> tuple[dict[str, np.ndarray], np.ndarray, str]:
    """Fit the chosen sklearn model; return its arrays, importances and their kind.

    Every scikit-learn call runs through :func:`~desktop_recsys.engine.progress.off_thread`: on
    a helper thread while this one reports progress and checks cancel every :data:`_POLL_S`; a
    cancel raises at once and the helper's result is thrown away when it ends. On top of that
    the work is cut where the model allows it, so that progress moves and a cancelled helper
    stops soon:

    - ``forest``: grown a few trees at a time (warm start; chunks sized to take about
      :data:`_STEP_S` each). The trees are the same whatever the chunks: scikit-learn
      draws each tree's seed as if all were grown at once.
    - ``sgd`` and ``mlp``: one ``partial_fit`` per epoch, each reported with the engine's
      epoch message and its training loss in ``metrics``. Per training row (a user and one
      of their candidates): for ``sgd`` its objective, the mean logistic loss plus
      ``alpha / 2 * |w|^2``, estimated on a fixed sample of :data:`_LOSS_SAMPLE` rows (a
      about 1 % of an epoch's time); for ``mlp`` scikit-learn's own ``loss_`` of the
      epoch, the mean log loss over its mini-batches plus the L2 penalty (free).
    - ``svm`` and ``tree``: one ``fit`` (LinearSVC and the tree builder have no resumable
      state); both run in compiled code that releases the GIL, so the helper thread
      keeps this one free to report and to honour a cancel within ``_POLL_S``.
    """
    p = params
    seed = int(rng.integers(2**31 - 1))
    span = (0.4, 0.75)

    def at(fraction: float) -> float:
        return span[0] + (span[1] - span[0]) * fraction

    def run(work: Callable[[], _T], fraction: float, message: str) -> _T:
        return off_thread(work, progress, cancel, at(fraction), message, poll=_POLL_S)

    # Deferred: scikit-learn is imported only to train (loading a model does not need it).
    if p.model == "tree":
        from sklearn.tree import DecisionTreeClassifier

        tree = DecisionTreeClassifier(max_depth=p.max_depth, min_samples_leaf=20, random_state=seed)
        message = Message("{algorithm}: training the decision tree", algorithm=algorithm)
        run(lambda: tree.fit(x, y), 0.0, message)
        return tree_arrays([tree]), tree.feature_importances_, "importance"
    if p.model == "forest":
        from sklearn.ensemble import RandomForestClassifier

        forest = RandomForestClassifier(
            n_estimators=0,
            max_depth=p.max_depth,
            min_samples_leaf=10,
            max_features="sqrt",
            warm_start=True,
            random_state=seed,
            n_jobs=1,
        )
        grown, chunk = 0, 2
        while grown < p.trees:
            began = time.perf_counter()
            target = min(grown + chunk, p.trees)
            forest.set_params(n_estimators=target)
            message = Message(
                "{algorithm}: random forest, {trees} of {total} trees",
                algorithm=algorithm,
                trees=target,
                total=p.trees,
            )
            run(lambda: forest.fit(x, y), grown / p.trees, message)
            per_tree = max(time.perf_counter() - began, 1e-6) / (target - grown)
            grown = target
            chunk = int(np.clip(_STEP_S / per_tree, 1, min(2 * chunk, 20)))
        return tree_arrays(forest.estimators_), forest.feature_importances_, "importance"
    classes = np.array([0.0, 1.0])
    if p.model == "sgd":
        from sklearn.linear_model import SGDClassifier

        alpha = 1e-4
        sgd = SGDClassifier(loss="log_loss", alpha=alpha, random_state=seed)
        # The loss of each epoch is estimated on a fixed sample of rows (its own random
        # stream, so the model is the same with or without it): cheap next to an epoch.
        sample = np.random.default_rng(seed).permutation(len(y))[:_LOSS_SAMPLE]
        x_sample, y_sample = x[sample], y[sample]
        for epoch in range(p.epochs):
            waiting = _epoch_message(algorithm, epoch, p.epochs)
            run(lambda: sgd.partial_fit(x, y, classes=classes), epoch / p.epochs, waiting)
            w = sgd.coef_.ravel()
            loss = log_loss(y_sample, x_sample @ w + sgd.intercept_[0])
            loss += 0.5 * alpha * float(w @ w)
            progress(at((epoch + 1) / p.epochs), _epoch_message(algorithm, epoch, p.epochs, loss))
        coef = sgd.coef_.ravel().astype(np.float64)
        return (
            {"coef": coef, "intercept": sgd.intercept_.astype(np.float64)},
            coef,
            "coefficient",
        )
    if p.model == "mlp":
        from sklearn.neural_network import MLPClassifier

        mlp = MLPClassifier(
            hidden_layer_sizes=(p.hidden, p.hidden),
            alpha=1e-3,
            batch_size=256,
            learning_rate_init=1e-3,
            random_state=seed,
        )
        for epoch in range(p.epochs):
            waiting = _epoch_message(algorithm, epoch, p.epochs)
            run(lambda: mlp.partial_fit(x, y, classes=classes), epoch / p.epochs, waiting)
            loss = float(mlp.loss_)
            progress(at((epoch + 1) / p.epochs), _epoch_message(algorithm, epoch, p.epochs, loss))
        arrays = {f"mlp_w{k}": w.astype(np.float64) for k, w in enumerate(mlp.coefs_)}
        arrays.update({f"mlp_b{k}": b.astype(np.float64) for k, b in enumerate(mlp.intercepts_)})
        return arrays, sensitivity("mlp", arrays, x), "sensitivity"
    # svm
    from sklearn.svm import LinearSVC

    arrays: dict[str, np.ndarray] = {}
    z = x
    if p.svm_kernel == "rbf":
        from sklearn.kernel_approximation import RBFSampler

        rff = RBFSampler(
            gamma=1.0 / x.shape[1], n_components=p.svm_components, random_state=seed
        ).fit(x)
        arrays["rff_weights"] = rff.random_weights_.astype(np.float64)
        arrays["rff_offset"] = rff.random_offset_.astype(np.float64)
        z = fourier(arrays, x)
    svm = LinearSVC(C=0.1, dual=False, random_state=seed, max_iter=2000)
    message = Message("{algorithm}: training the linear svm", algorithm=algorithm)
    run(lambda: svm.fit(z, y), 0.1, message)
    arrays["coef"] = svm.coef_.ravel().astype(np.float64)
    arrays["intercept"] = svm.intercept_.astype(np.float64)
    if p.svm_kernel == "rbf":
        return arrays, sensitivity("svm", arrays, x), "sensitivity"
    return arrays, arrays["coef"].copy(), "coefficient"
