"""``learned-ranker``: a supervised classifier that re-ranks a CF model's candidates.

Pipeline:

1. **Generator**: a registered CF algorithm (``generator``, ALS by default) proposes the
   ``candidates`` best unseen items of each user.
2. **Features** of each (user, candidate) pair (:data:`FEATURES`): the generator's score and
   rank, content similarity to the user's profile (a ``content`` model), the user's affinity to
   the item's genres, the item's popularity, mean weight, age (release year) and recency (how
   recent its interactions are), the share of the user's friends who have it, and the user's
   activity.
3. **Classifier** (``model``), one of scikit-learn's classic supervised models: ``svm``
   (LinearSVC, optionally on random Fourier features approximating an RBF kernel), ``tree``
   (decision tree), ``forest`` (random forest), ``sgd`` (logistic regression by stochastic
   gradient descent), ``mlp`` (multi-layer perceptron). It predicts whether the user will like
   the candidate; candidates are re-ranked by that prediction.

Training uses TRAIN only: each user with at least 5 interactions has ``holdout`` of them held
out as positives; generator and content are fitted on the rest; the user's candidates that are
held out are positives, and ``negatives`` other candidates are sampled as negatives. The
classifier is trained on 80 % of the users' rows and checked on the other 20 % (AUC, accuracy:
``meta["validation"]``); generator and content are then refitted on all of TRAIN to serve.

Persistence never pickles: the classifier's learned arrays (coefficients, Fourier weights, tree
structure arrays, MLP weights) are stored, and prediction is re-implemented here in numpy (the
tests check it against scikit-learn's own). Loading does not even import scikit-learn.

Scores: candidates get the classifier's probability-like score in ``(0, 1)``; other items get
``-2 + (generator score scaled to 0..1)``, below every candidate, in generator order.

Progress and cancel (the engine's contract: a report at least once a second, a cancel obeyed
within one, also on a busy machine): training rows are built in blocks of users sized to take
about 0.2 s each; every scikit-learn call runs on a helper thread while the fitting thread
reports and checks cancel every 0.1 s (a cancel raises at once, the helper's result is
dropped); the forest grows a few trees per call and sgd / mlp train one epoch per call, each
epoch reporting its training loss (see :meth:`LearnedRankerRecommender._train_classifier`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import numpy as np
import scipy.sparse as sp

from desktop_recsys.engine.algorithms._imports import import_modules
from desktop_recsys.engine.algorithms.content import ContentRecommender
from desktop_recsys.engine.base import FitResult, Params, Recommender, param
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.features import (
    FeatureExplanation,
    dense_rows,
    fit_inner,
    off_thread,
    pack_inner,
    pair_dots,
    sparse_arrays,
    sparse_cells,
    sparse_from,
    unpack_inner,
    user_min_max,
)
from desktop_recsys.engine.progress import CancelToken, ProgressFn
from desktop_recsys.engine.registry import register
from desktop_recsys.errors import UserError
from desktop_recsys.progress import Message

MODELS = ("svm", "tree", "forest", "sgd", "mlp")
FEATURES = (
    "generator_score",
    "generator_score_in_list",
    "generator_log_rank",
    "content_similarity",
    "genre_affinity",
    "item_popularity",
    "item_mean_weight",
    "item_age",
    "item_recency",
    "friends_share",
    "user_activity",
)
_NOT_A_GENERATOR = {"learned-ranker", "hybrid"}
#: The scikit-learn module each classifier comes from (imported when training starts).
_SKLEARN_MODULES = {
    "svm": ["sklearn.svm"],
    "tree": ["sklearn.tree"],
    "forest": ["sklearn.ensemble"],
    "sgd": ["sklearn.linear_model"],
    "mlp": ["sklearn.neural_network"],
}
_BLOCK = 256
#: Seconds a training step (a block of users, a chunk of trees) is sized to take, and between
#: two progress reports / cancel checks while scikit-learn works on a helper thread: well
#: under the contract's second even on a machine several times busier than the one measured.
_STEP_S = 0.2
_POLL_S = 0.1
#: Users in the first block of training rows (later blocks are sized by their time).
_FIRST_ROWS_BLOCK = 32
#: Training rows on which the sgd's loss is estimated after each epoch.
_LOSS_SAMPLE = 4096
_T = TypeVar("_T")
#: Users per dense sub-block inside :func:`pair_features`.
_PAIR_BLOCK = 64
_TIE = 1e-4


@dataclass(frozen=True)
class LearnedRankerParams(Params):
    """Hyper-parameters of the learned ranker."""

    model: str = param("forest", choices=MODELS, help="the classifier")
    generator: str = param("als", help="registered CF algorithm proposing candidates")
    candidates: int = param(100, min=1, help="candidates per user re-ranked by the classifier")
    holdout: float = param(0.2, min=0.05, max=0.5, help="share of a user's items held out")
    negatives: int = param(20, min=1, help="negatives sampled per user for training")
    svm_kernel: str = param("linear", choices=("linear", "rbf"), help="svm: kernel")
    svm_components: int = param(200, min=8, help="svm rbf: random Fourier features")
    max_depth: int = param(8, min=1, help="tree/forest: depth limit")
    trees: int = param(60, min=1, help="forest: number of trees")
    hidden: int = param(32, min=1, help="mlp: units per hidden layer (two layers)")
    epochs: int = param(30, min=1, help="sgd/mlp: passes over the training rows")
    seed: int = param(42, help="random seed (split, sampling, classifier)")

    def __post_init__(self) -> None:
        super().__post_init__()
        from desktop_recsys.engine.registry import get_algorithm  # deferred: import cycle

        if self.generator in _NOT_A_GENERATOR:
            raise UserError(f"{self.generator!r} cannot generate candidates for the ranker")
        get_algorithm(self.generator)


# ============================================================================ numpy scorers
# Each scorer maps standardised features (n x F, float64) to a ranking score, from arrays
# only; ``to_probability`` turns that score into 0..1.


def _tree_arrays(estimators: list[Any]) -> dict[str, np.ndarray]:
    """Concatenate the structure arrays of fitted sklearn trees (node ids made global)."""
    lefts, rights, feats, thresholds, probs, roots = [], [], [], [], [], []
    offset = 0
    for est in estimators:
        t = est.tree_
        left, right = t.children_left.astype(np.int64), t.children_right.astype(np.int64)
        leaf = left < 0
        lefts.append(np.where(leaf, -1, left + offset))
        rights.append(np.where(leaf, -1, right + offset))
        feats.append(np.where(leaf, 0, t.feature).astype(np.int64))
        thresholds.append(t.threshold.astype(np.float64))
        value = t.value[:, 0, :].astype(np.float64)
        total = value.sum(axis=1)
        # Positive-class share of each node (class 1 is the last column; a tree that saw
        # one class only has a single column).
        pos = value[:, -1] if value.shape[1] > 1 else np.zeros(len(value))
        probs.append(np.divide(pos, total, out=np.zeros_like(pos), where=total > 0))
        roots.append(offset)
        offset += t.node_count
    return {
        "tree_left": np.concatenate(lefts),
        "tree_right": np.concatenate(rights),
        "tree_feature": np.concatenate(feats),
        "tree_threshold": np.concatenate(thresholds),
        "tree_prob": np.concatenate(probs),
        "tree_roots": np.asarray(roots, dtype=np.int64),
    }


def _tree_predict(state: dict[str, np.ndarray], x: np.ndarray) -> np.ndarray:
    """Mean positive-class probability over the stored trees (sklearn's predict_proba)."""
    left, right = state["tree_left"], state["tree_right"]
    feature, threshold = state["tree_feature"], state["tree_threshold"]
    # sklearn compares float32 features with float64 thresholds; do the same, bit for bit.
    x32 = x.astype(np.float32).astype(np.float64)
    node = np.broadcast_to(state["tree_roots"][None, :], (len(x), len(state["tree_roots"])))
    node = node.copy()
    rows = np.arange(len(x))[:, None]
    while True:
        inner = left[node] >= 0
        if not inner.any():
            break
        go_left = x32[rows, feature[node]] <= threshold[node]
        node = np.where(inner, np.where(go_left, left[node], right[node]), node)
    return state["tree_prob"][node].mean(axis=1)


def _mlp_predict(state: dict[str, np.ndarray], x: np.ndarray) -> np.ndarray:
    """Pre-sigmoid output of a ReLU MLP stored as ``mlp_w{k}`` / ``mlp_b{k}``."""
    n_layers = sum(1 for k in state if k.startswith("mlp_w"))
    h = x
    for k in range(n_layers):
        h = h @ state[f"mlp_w{k}"] + state[f"mlp_b{k}"]
        if k < n_layers - 1:
            h = np.maximum(h, 0.0)
    return h[:, 0]


def _fourier(state: dict[str, np.ndarray], x: np.ndarray) -> np.ndarray:
    """sklearn's RBFSampler transform: ``sqrt(2 / D) cos(x W + b)``."""
    w, b = state["rff_weights"], state["rff_offset"]
    return np.sqrt(2.0 / w.shape[1]) * np.cos(x @ w + b)


def classifier_score(kind: str, state: dict[str, np.ndarray], x: np.ndarray) -> np.ndarray:
    """Raw score of the stored classifier ``kind`` (probability for trees, margin otherwise)."""
    if kind in ("tree", "forest"):
        return _tree_predict(state, x)
    if kind == "mlp":
        return _mlp_predict(state, x)
    z = _fourier(state, x) if "rff_weights" in state else x
    return z @ state["coef"] + state["intercept"][0]


def to_probability(kind: str, score: np.ndarray) -> np.ndarray:
    """Map a raw classifier score to ``(0, 1)``, keeping its order."""
    if kind in ("tree", "forest"):
        return np.clip(score, 0.0, 1.0)
    return 1.0 / (1.0 + np.exp(-np.clip(score, -50, 50)))


def _auc(y: np.ndarray, s: np.ndarray) -> float:
    """Area under the ROC curve (rank statistic, ties averaged)."""
    pos, neg = int(y.sum()), int(len(y) - y.sum())
    if pos == 0 or neg == 0:
        return float("nan")
    order = np.argsort(s, kind="stable")
    ranks = np.empty(len(s))
    sorted_s = s[order]
    # Average ranks over ties so that a constant classifier scores 0.5.
    _, first, counts = np.unique(sorted_s, return_index=True, return_counts=True)
    avg = first + (counts + 1) / 2.0
    ranks[order] = np.repeat(avg, counts)
    return float((ranks[y == 1].sum() - pos * (pos + 1) / 2) / (pos * neg))


# ============================================================================ features


@dataclass
class _Signals:
    """Everything feature computation needs, for one interaction matrix (inner or full)."""

    generator: Recommender
    content: ContentRecommender
    seen: sp.csr_matrix
    genres_t: sp.csr_matrix  # genres x items
    genre_counts: np.ndarray
    friends: sp.csr_matrix
    item_static: np.ndarray  # items x 4: popularity, mean weight, age, recency
    candidates: int
    genres: sp.csr_matrix = field(init=False)  # items x genres
    has: sp.csr_matrix = field(init=False)  # users x items, 1 where the user has the item

    def __post_init__(self) -> None:
        self.genres = self.genres_t.T.tocsr()
        self.has = sp.csr_matrix(self.seen, dtype=np.float32, copy=True)
        self.has.data[:] = 1.0


def item_statistics(matrix: sp.csr_matrix, dataset: Dataset) -> np.ndarray:
    """Per-item features: log popularity share, mean weight vs global, age, recency."""
    n_users, n_items = matrix.shape
    csc = matrix.tocsc()
    counts = np.diff(csc.indptr).astype(np.float64)
    sums = np.bincount(matrix.indices, weights=matrix.data, minlength=n_items)
    global_mean = float(matrix.data.mean()) if matrix.nnz else 0.0
    spread = float(matrix.data.std()) if matrix.nnz else 1.0
    mean = np.divide(sums, counts, out=np.full(n_items, global_mean), where=counts > 0)
    out = np.zeros((n_items, 4), dtype=np.float64)
    out[:, 0] = np.log1p(counts) / np.log1p(max(n_users, 1))
    # Shrink item means towards the global mean: three interactions say little.
    out[:, 1] = (counts * mean + 3.0 * global_mean) / (counts + 3.0) - global_mean
    out[:, 1] /= spread if spread > 0 else 1.0
    years = np.full(n_items, np.nan)
    for item, year in dataset.item_years.items():
        i = dataset.item_index(item)
        if i is not None:
            years[i] = year
    if np.isfinite(years).any():
        newest = np.nanmax(years)
        age = (newest - years) / 10.0
        out[:, 2] = np.where(np.isfinite(age), age, np.nanmean(age))
    if dataset.timestamps is not None and dataset.timestamps.nnz:
        t_csr = dataset.timestamps
        item_ts = np.bincount(t_csr.indices, weights=t_csr.data, minlength=n_items)
        item_n = np.bincount(t_csr.indices, minlength=n_items)
        newest = t_csr.data.max()
        mean_ts = np.divide(item_ts, item_n, out=np.full(n_items, newest), where=item_n > 0)
        out[:, 3] = np.log1p((newest - mean_ts) / 86400.0)
    return out


def _candidates(
    sig: _Signals, users: np.ndarray, *, scaled: bool = True
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray | None]:
    """Top candidates of the generator: items (b x K), their scores, validity, and (if
    ``scaled``) all the generator's scores scaled to 0..1 per user."""
    raw = np.asarray(sig.generator._score(users), dtype=np.float32)
    blocked = dense_rows(sig.seen, users)
    key = raw.copy()
    key[~np.isfinite(key)] = -np.inf
    key[blocked] = -np.inf
    k = min(sig.candidates, key.shape[1])
    part = (
        np.argpartition(-key, k - 1, axis=1)[:, :k]
        if k < key.shape[1]
        else np.tile(np.arange(key.shape[1]), (len(users), 1))
    )
    pkey = np.take_along_axis(key, part, axis=1)
    order = np.lexsort((part, -pkey), axis=1)
    items = np.take_along_axis(part, order, axis=1)
    scores = np.take_along_axis(pkey, order, axis=1)
    return items, scores, np.isfinite(scores), user_min_max(raw, blocked) if scaled else None


def pair_features(
    sig: _Signals, users: np.ndarray, items: np.ndarray, gen_scores: np.ndarray
) -> np.ndarray:
    """Feature rows (``b*K x len(FEATURES)``) of users x their candidate items.

    The user-item signals (content similarity, genre affinity, friends' share) are computed
    at the candidate cells only (:func:`~desktop_recsys.engine.features.pair_dots`), never as
    dense ``users x catalogue`` products: those were most of a training block's time.
    """
    b, k = items.shape
    out = np.zeros((b, k, len(FEATURES)), dtype=np.float64)
    gs = np.where(np.isfinite(gen_scores), gen_scores, 0.0)
    out[:, :, 0] = gs
    lo, hi = gs.min(axis=1, keepdims=True), gs.max(axis=1, keepdims=True)
    out[:, :, 1] = np.divide(gs - lo, hi - lo, out=np.zeros_like(gs), where=(hi - lo) > 0)
    out[:, :, 2] = np.log1p(np.arange(k))[None, :]
    out[:, :, 3] = sig.content.pair_scores(users, items)
    n_seen = np.diff(sig.seen[users].indptr)
    # Sub-blocks bound the dense users x genres rows on data with thousands of tags.
    for start in range(0, b, _PAIR_BLOCK):
        sub = slice(start, start + _PAIR_BLOCK)
        if sig.genres_t.shape[0]:
            # How many of the user's items have each genre, then summed over the candidate's
            # genres: the user's affinity to the candidate's genres.
            per_genre = (sig.has[users[sub]] @ sig.genres).toarray()
            aff = pair_dots(per_genre, sig.genres, items[sub])
            aff /= np.maximum(n_seen[sub], 1)[:, None]
            out[sub, :, 4] = aff / np.maximum(sig.genre_counts[items[sub]], 1)
        f = sig.friends[users[sub]]
        if f.nnz:
            deg = np.diff(f.indptr)
            # Few friends per user: the sparse product stays small, unlike the dense one.
            share = sparse_cells(f @ sig.has, items[sub])
            out[sub, :, 9] = share / np.maximum(deg, 1)[:, None]
    out[:, :, 5:9] = sig.item_static[items]
    out[:, :, 10] = np.log1p(n_seen)[:, None]
    return out.reshape(b * k, len(FEATURES))


def _holdout(matrix: sp.csr_matrix, share: float, rng: np.random.Generator) -> np.ndarray:
    """Boolean mask over stored entries: ``floor(share * n)`` random ones per user with >= 5."""
    counts = np.diff(matrix.indptr)
    rows = np.repeat(np.arange(matrix.shape[0]), counts)
    keys = rng.random(matrix.nnz)
    order = np.lexsort((keys, rows))
    rank = np.empty(matrix.nnz, dtype=np.int64)
    rank[order] = np.arange(matrix.nnz) - np.repeat(matrix.indptr[:-1], counts)
    n_out = np.where(counts >= 5, np.floor(share * counts), 0).astype(np.int64)
    return rank < n_out[rows]


def _log_loss(y: np.ndarray, margin: np.ndarray) -> float:
    """Mean logistic loss of margins ``margin`` for labels ``y`` in {0, 1}."""
    if not len(y):
        return 0.0
    return float(np.mean(np.logaddexp(0.0, -(2.0 * y - 1.0) * margin)))


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


# ============================================================================ the model


@register
class LearnedRankerRecommender(Recommender):
    """A scikit-learn classifier re-ranking a CF generator's candidates."""

    name = "learned-ranker"
    params_type = LearnedRankerParams

    def _fit(self, dataset: Dataset, progress: ProgressFn, cancel: CancelToken) -> FitResult:
        p = self.params
        rng = np.random.default_rng(p.seed)
        m = dataset.matrix
        held = _holdout(m, p.holdout, rng)
        if not held.any():
            raise UserError("learned-ranker needs users with at least 5 interactions to learn from")
        # Copies: eliminate_zeros works in place on index arrays shared with the data set.
        inner_m = sp.csr_matrix((m.data * ~held, m.indices.copy(), m.indptr.copy()), shape=m.shape)
        inner_m.eliminate_zeros()
        positives = sp.csr_matrix(
            (held.astype(np.float32), m.indices.copy(), m.indptr.copy()), shape=m.shape
        )
        positives.eliminate_zeros()
        inner_ds = dataset.with_matrix(inner_m)
        progress(0.02, "learned-ranker: held out training positives")
        # The classifier's scikit-learn module, imported now (a second or two, once per
        # process) on a helper thread so that progress and cancel stay live meanwhile.
        import_modules(
            _SKLEARN_MODULES[p.model]
            + (
                ["sklearn.kernel_approximation"]
                if p.model == "svm" and p.svm_kernel == "rbf"
                else []
            ),
            progress,
            cancel,
            fraction=0.02,
            message=f"learned-ranker: loading the {p.model} classifier",
        )

        static_full, (genres, _) = off_thread(
            lambda: (item_statistics(m, dataset), _genre_matrix(dataset)),
            progress,
            cancel,
            0.02,
            "learned-ranker: item features",
        )
        friends = _friends(dataset)
        gen = fit_inner(p.generator, None, inner_ds, progress, cancel, (0.02, 0.2))
        con = fit_inner("content", None, inner_ds, progress, cancel, (0.2, 0.25))
        sig = _Signals(
            gen,
            con,
            inner_ds.matrix,
            genres.T.tocsr(),
            np.diff(genres.indptr),
            friends,
            item_statistics(inner_ds.matrix, dataset),
            p.candidates,
        )
        x, y, groups = self._training_rows(sig, positives, rng, progress, cancel)
        if y.sum() == 0 or y.sum() == len(y):
            raise UserError(
                "learned-ranker: no held-out item reached the candidates; "
                "raise candidates or use another generator"
            )
        mean, std = x.mean(axis=0), x.std(axis=0)
        constant = std == 0
        std[constant] = 1.0
        xs = (x - mean) / std
        # Users, not rows, are split: rows of one user are alike, and mixing them between the
        # training and the check would flatter the check.
        val_users = rng.random(groups.max() + 1) < 0.2
        is_val = val_users[groups]
        if is_val.all() or not (~is_val).any() or y[~is_val].min() == y[~is_val].max():
            is_val = np.zeros(len(y), dtype=bool)
        clf_arrays, importance, importance_kind = self._train_classifier(
            xs[~is_val], y[~is_val], rng, progress, cancel
        )
        importance = np.where(constant, 0.0, importance)  # a constant feature tells nothing
        validation: dict[str, float] = {"rows": int(len(y)), "positives": int(y.sum())}
        if is_val.any():
            s = classifier_score(p.model, clf_arrays, xs[is_val])
            prob = to_probability(p.model, s)
            yv = y[is_val]
            validation.update(
                auc=_auc(yv, s),
                accuracy=float(((prob >= 0.5) == (yv == 1)).mean()),
                log_loss=float(
                    -np.mean(
                        yv * np.log(np.clip(prob, 1e-7, 1))
                        + (1 - yv) * np.log(np.clip(1 - prob, 1e-7, 1))
                    )
                ),
                validation_rows=int(is_val.sum()),
                positive_rate=float(yv.mean()),
            )
        progress(0.75, "learned-ranker: classifier trained")

        gen_full = fit_inner(p.generator, None, dataset, progress, cancel, (0.75, 0.93))
        con_full = fit_inner("content", None, dataset, progress, cancel, (0.93, 0.98))
        arrays: dict[str, np.ndarray] = {f"clf.{k}": v for k, v in clf_arrays.items()}
        ga, gmeta = pack_inner("gen", gen_full)
        ca, cmeta = pack_inner("content", con_full)
        arrays.update(ga)
        arrays.update(ca)
        arrays.update(sparse_arrays("genres", genres))
        arrays.update(sparse_arrays("friends", friends))
        arrays["item_static"] = static_full
        arrays["feature_mean"] = mean
        arrays["feature_std"] = std
        arrays["importance"] = np.asarray(importance, dtype=np.float64)
        meta = {
            "generator": gmeta,
            "content": cmeta,
            "importance_kind": importance_kind,
            "validation": validation,
            "features": list(FEATURES),
        }
        return arrays, meta

    def _training_rows(
        self,
        sig: _Signals,
        positives: sp.csr_matrix,
        rng: np.random.Generator,
        progress: ProgressFn,
        cancel: CancelToken,
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Feature rows, labels and user ids of every held-out positive found among the
        candidates plus ``negatives`` sampled candidates per user.

        Users come in blocks sized to take about :data:`_STEP_S` each (from the time per user
        of the previous block), with progress and a cancel check between blocks. The result
        does not depend on the block sizes: the random keys are drawn in user order either way.
        """
        p = self.params
        users = np.flatnonzero(np.diff(positives.indptr) > 0)
        xs, ys, gs = [], [], []
        size, start = _FIRST_ROWS_BLOCK, 0
        while start < len(users):
            cancel.raise_if_cancelled()
            began = time.perf_counter()
            block = users[start : start + size]
            items, scores, valid, _ = _candidates(sig, block, scaled=False)
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
                    algorithm=self.name,
                    done=start,
                    total=len(users),
                ),
            )
            per_user = max(time.perf_counter() - began, 1e-6) / len(block)
            # At most doubling: bigger blocks cost more than in proportion (memory).
            size = int(np.clip(_STEP_S / per_user, 8, min(2 * len(block), 1024)))
        return np.concatenate(xs), np.concatenate(ys), np.concatenate(gs)

    def _train_classifier(
        self,
        x: np.ndarray,
        y: np.ndarray,
        rng: np.random.Generator,
        progress: ProgressFn,
        cancel: CancelToken,
    ) -> tuple[dict[str, np.ndarray], np.ndarray, str]:
        """Fit the chosen sklearn model; return its arrays, importances and their kind.

        Every scikit-learn call runs through :func:`~desktop_recsys.engine.features.off_thread`: on a helper thread while
        this one reports progress and checks cancel every :data:`_POLL_S`; a cancel raises at
        once and the helper's result is thrown away when it ends. On top of that the work is
        cut where the model allows it, so that progress moves and a cancelled helper stops
        soon:

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
        p = self.params
        seed = int(rng.integers(2**31 - 1))
        span = (0.4, 0.75)

        def at(fraction: float) -> float:
            return span[0] + (span[1] - span[0]) * fraction

        def run(work: Callable[[], _T], fraction: float, message: str) -> _T:
            return off_thread(work, progress, cancel, at(fraction), message, poll=_POLL_S)

        # Deferred: scikit-learn is imported only to train (loading a model does not need it).
        if p.model == "tree":
            from sklearn.tree import DecisionTreeClassifier

            tree = DecisionTreeClassifier(
                max_depth=p.max_depth, min_samples_leaf=20, random_state=seed
            )
            message = Message("{algorithm}: training the decision tree", algorithm=self.name)
            run(lambda: tree.fit(x, y), 0.0, message)
            return _tree_arrays([tree]), tree.feature_importances_, "importance"
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
                    algorithm=self.name,
                    trees=target,
                    total=p.trees,
                )
                run(lambda: forest.fit(x, y), grown / p.trees, message)
                per_tree = max(time.perf_counter() - began, 1e-6) / (target - grown)
                grown = target
                chunk = int(np.clip(_STEP_S / per_tree, 1, min(2 * chunk, 20)))
            return _tree_arrays(forest.estimators_), forest.feature_importances_, "importance"
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
                waiting = _epoch_message(self.name, epoch, p.epochs)
                run(lambda: sgd.partial_fit(x, y, classes=classes), epoch / p.epochs, waiting)
                w = sgd.coef_.ravel()
                loss = _log_loss(y_sample, x_sample @ w + sgd.intercept_[0])
                loss += 0.5 * alpha * float(w @ w)
                progress(
                    at((epoch + 1) / p.epochs), _epoch_message(self.name, epoch, p.epochs, loss)
                )
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
                waiting = _epoch_message(self.name, epoch, p.epochs)
                run(lambda: mlp.partial_fit(x, y, classes=classes), epoch / p.epochs, waiting)
                loss = float(mlp.loss_)
                progress(
                    at((epoch + 1) / p.epochs), _epoch_message(self.name, epoch, p.epochs, loss)
                )
            arrays = {f"mlp_w{k}": w.astype(np.float64) for k, w in enumerate(mlp.coefs_)}
            arrays.update(
                {f"mlp_b{k}": b.astype(np.float64) for k, b in enumerate(mlp.intercepts_)}
            )
            return arrays, _sensitivity("mlp", arrays, x), "sensitivity"
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
            z = _fourier(arrays, x)
        svm = LinearSVC(C=0.1, dual=False, random_state=seed, max_iter=2000)
        message = Message("{algorithm}: training the linear svm", algorithm=self.name)
        run(lambda: svm.fit(z, y), 0.1, message)
        arrays["coef"] = svm.coef_.ravel().astype(np.float64)
        arrays["intercept"] = svm.intercept_.astype(np.float64)
        if p.svm_kernel == "rbf":
            return arrays, _sensitivity("svm", arrays, x), "sensitivity"
        return arrays, arrays["coef"].copy(), "coefficient"

    # ------------------------------------------------------------------ serving
    def _prepare(self) -> None:
        fp = self.fingerprint or ""
        self._gen = unpack_inner("gen", self._meta["generator"], self._state, self._common, fp)
        self._con = unpack_inner("content", self._meta["content"], self._state, self._common, fp)
        genres = sparse_from(self._state, "genres")
        self._clf = {k[4:]: v for k, v in self._state.items() if k.startswith("clf.")}
        self._signals = _Signals(
            self._gen,
            self._con,
            self._seen,
            genres.T.tocsr(),
            np.diff(genres.indptr),
            sparse_from(self._state, "friends"),
            self._state["item_static"],
            self.params.candidates,
        )

    def _rank_block(self, users: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Candidates, their classifier probabilities and their feature rows for a block."""
        items, scores, valid, gen_scaled = _candidates(self._signals, users)
        x = pair_features(self._signals, users, items, scores)
        xs = (x - self._state["feature_mean"]) / self._state["feature_std"]
        prob = to_probability(self.params.model, classifier_score(self.params.model, self._clf, xs))
        # Trees give many candidates the same leaf value: break such ties by the generator's
        # order (feature 1, its score within the list) rather than by item index.
        prob = prob * (1.0 - _TIE) + _TIE * x[:, 1]
        return items, np.where(valid, prob.reshape(items.shape), -np.inf), gen_scaled

    def _score(self, users: np.ndarray) -> np.ndarray:
        out = np.empty((len(users), len(self._item_ids)), dtype=np.float32)
        for start in range(0, len(users), _BLOCK):
            block = users[start : start + _BLOCK]
            items, prob, gen_scaled = self._rank_block(block)
            part = gen_scaled - 2.0  # below every candidate, in generator order
            rows = np.arange(len(block))[:, None]
            keep = np.isfinite(prob)
            part[np.broadcast_to(rows, items.shape)[keep], items[keep]] = prob[keep]
            out[start : start + len(block)] = part
        return out

    @property
    def feature_importances(self) -> tuple[str, list[tuple[str, float]]]:
        """``(kind, [(feature, value)])`` for the Model Lab: ``importance`` (trees),
        ``coefficient`` (linear models, on standardised features) or ``sensitivity`` (mean
        absolute change of the score per standard deviation of the feature)."""
        self._require_fitted()
        values = self._state["importance"]
        return str(self._meta["importance_kind"]), [
            (name, float(v)) for name, v in zip(FEATURES, values, strict=True)
        ]

    @property
    def validation(self) -> dict[str, float]:
        """Classifier metrics on held-out training users (AUC, accuracy, log loss...)."""
        self._require_fitted()
        return dict(self._meta["validation"])

    def explain(self, user: str, item: str, *, top: int = 5) -> FeatureExplanation:
        """The pair's features weighted by the model's importances, and the generator's
        evidence (the user's items behind the candidate)."""
        base = super().explain(user, item, top=top)
        u, i = self._user_index.get(str(user)), self._item_index.get(str(item))
        if base.fallback or u is None or i is None:
            return FeatureExplanation(**base.__dict__)
        gen = self._gen.explain(user, item, top=top)
        items, _, _ = self._rank_block(np.array([u]))
        pos = np.flatnonzero(items[0] == i)
        features: list[tuple[str, float]] = []
        if len(pos):
            _, scores, _, _ = _candidates(self._signals, np.array([u]), scaled=False)
            x = pair_features(self._signals, np.array([u]), items, scores)[pos[0]]
            xs = (x - self._state["feature_mean"]) / self._state["feature_std"]
            weight = xs * self._state["importance"]
            order = np.argsort(-np.abs(weight), kind="stable")[:top]
            features = [(FEATURES[j], float(weight[j])) for j in order]
            drivers = ", ".join(FEATURES[j].replace("_", " ") for j in order[:3])
            text = f"{self.params.model} re-ranked on {drivers}; {gen.text}"
        else:
            text = f"outside the {self.params.model} candidates; {gen.text}"
        return FeatureExplanation(
            base.user, base.item, base.score, gen.kind, text, gen.contributions, False, features
        )


def _sensitivity(kind: str, arrays: dict[str, np.ndarray], x: np.ndarray) -> np.ndarray:
    """Mean absolute central difference of the score per feature (features standardised)."""
    sample = x[:: max(1, len(x) // 2000)]
    out = np.zeros(x.shape[1])
    for j in range(x.shape[1]):
        up, down = sample.copy(), sample.copy()
        up[:, j] += 0.5
        down[:, j] -= 0.5
        out[j] = np.mean(
            np.abs(classifier_score(kind, arrays, up) - classifier_score(kind, arrays, down))
        )
    return out


def _genre_matrix(dataset: Dataset) -> tuple[sp.csr_matrix, list[str]]:
    """Binary items x genres (the ``genres`` kind, else every attribute kind)."""
    kinds = ["genres"] if "genres" in dataset.item_attributes else list(dataset.item_attributes)
    if not kinds:
        return sp.csr_matrix((dataset.n_items, 0), dtype=np.float32), []
    return dataset.item_feature_matrix(kinds)


def _friends(dataset: Dataset) -> sp.csr_matrix:
    n = dataset.n_users
    if dataset.friends is None:
        return sp.csr_matrix((n, n), dtype=np.float32)
    return sp.csr_matrix(dataset.friends, dtype=np.float32)
