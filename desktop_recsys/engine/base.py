"""The contract every recommender follows, and the result types it answers with.

A recommender is configured by a frozen dataclass of hyper-parameters (a subclass of
:class:`Params`) and trained with :meth:`Recommender.fit`. Subclasses implement three small
hooks and get everything else (id mapping, seen-item exclusion, popularity fallback, batching,
persistence) from the base class:

- ``_fit(dataset, progress, cancel) -> (arrays, meta)``: pure training. It must not touch
  ``self``'s fitted state; the base class installs the result only when ``_fit`` returned, so a
  cancelled or failed fit never leaves a half-trained model behind.
- ``_prepare()``: rebuild derived caches from ``self._state`` (after a fit or a load).
- ``_score(users) -> ndarray (len(users), n_items)``: scores of every item for known users,
  a fresh array (the top-n selection works in it in place) or a read-only one (then copied).

Optional hooks: ``_predict_pairs`` (ratings), ``_contributions`` (explanations),
``_fallback_predictions``.

Ids: raw string ids cross the boundary; dense indices stay inside. Unknown users get the
popularity ranking with ``fallback`` set; users whose model scores run out (no evidence for
enough items) get the rest of their list filled from popularity, also flagged.
"""

from __future__ import annotations

import contextlib
import dataclasses
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

import numpy as np
import scipy.sparse as sp

from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.progress import CancelToken, MonotoneProgress, ProgressFn, no_progress
from desktop_recsys.engine.serving_threads import SMALL_BATCH, one_blas_thread
from desktop_recsys.errors import UserError
from desktop_recsys.progress import Message, listing

FitResult = tuple[dict[str, np.ndarray], dict[str, Any]]


def param(
    default: Any,
    *,
    help: str = "",
    min: float | None = None,
    max: float | None = None,
    choices: Sequence[str] | None = None,
    limit: float | None = None,
) -> Any:
    """A hyper-parameter field with a help text and the range checked by :func:`validate_params`.

    ``max`` is the end of the range that makes sense (and that tuning searches); ``limit`` is
    only a guard against absurd values (``factors=100000000``) that would exhaust memory or run
    for days: every numeric parameter has one of the two.
    """
    meta = {
        "help": help,
        "min": min,
        "max": max,
        "choices": tuple(choices) if choices else None,
        "limit": limit,
    }
    return field(default=default, metadata=meta)


@dataclass(frozen=True)
class Params:
    """Base of every algorithm's hyper-parameters (frozen, so a fitted model's config is fixed)."""

    def __post_init__(self) -> None:
        validate_params(self)


def validate_params(params: Params) -> None:
    """Check every field against its declared range / choices; raise :class:`UserError`."""
    for f in dataclasses.fields(params):
        value = getattr(params, f.name)
        lo, hi, choices = f.metadata.get("min"), f.metadata.get("max"), f.metadata.get("choices")
        if choices is not None and value not in choices:
            raise UserError(
                Message(
                    "parameter {name}={value!r} is not one of: {choices}",
                    name=f.name,
                    value=value,
                    choices=", ".join(map(str, choices)),
                )
            )
        if lo is not None and value < lo:
            raise UserError(
                Message(
                    "parameter {name}={value!r} must be at least {least}",
                    name=f.name,
                    value=value,
                    least=lo,
                )
            )
        if hi is not None and value > hi:
            raise UserError(
                Message(
                    "parameter {name}={value!r} must be at most {most}",
                    name=f.name,
                    value=value,
                    most=hi,
                )
            )
        limit = f.metadata.get("limit")
        if limit is not None and value > limit:
            raise UserError(
                Message(
                    "parameter {name}={value!r} is too large: at most {limit:,g} is allowed; "
                    "choose a smaller value",
                    name=f.name,
                    value=value,
                    limit=limit,
                )
            )


@dataclass(frozen=True)
class RecommendationList:
    """Ranked recommendations for one user.

    ``fallback_from`` is the rank (0-based) from which items come from the popularity fallback
    rather than from the model (``0`` for an unknown user, ``len(items)`` when none do).
    Iterating yields ``(item_id, score)`` pairs.
    """

    user: str
    items: list[str]
    scores: list[float]
    fallback_from: int
    reason: str = ""

    @property
    def fallback(self) -> bool:
        """True when at least one item comes from the fallback."""
        return self.fallback_from < len(self.items)

    def __iter__(self) -> Iterator[tuple[str, float]]:
        return iter(zip(self.items, self.scores, strict=True))

    def __len__(self) -> int:
        return len(self.items)


@dataclass(frozen=True)
class Explanation:
    """Why an item was recommended (or scored) for a user.

    ``contributions`` lists the evidence as ``(id, weight)`` pairs, strongest first, only
    those that raised the score (``weight > 0``): the
    user's own items for item-based and factor models, neighbour users for user-based ones.
    ``kind`` says what the ids are (``"item"``, ``"user"``, ``"popularity"``).
    """

    user: str
    item: str
    score: float
    kind: str
    text: str
    contributions: list[tuple[str, float]] = field(default_factory=list)
    fallback: bool = False


#: The reason of the list of a known user with no interaction (the popularity list).
NO_HISTORY = "no interactions yet: most popular items"

#: Column chunks per row whose maxima bound a row's n-th largest score in :meth:`_top_n`.
_TOP_N_CHUNKS = 256
#: The lowest finite float32: a threshold at or above it never admits a blocked (``-inf``) item.
_LOWEST = np.float32(np.finfo(np.float32).min)


def _top_threshold(scores: np.ndarray, k: int) -> np.ndarray:
    """Per row, a value with at least ``k`` scores of the row at or above it, close to the
    row's ``k``-th largest score (which it is never above); ``NaN`` scores are ignored.

    The ``k``-th largest of the row's chunk maxima (about ``_TOP_N_CHUNKS`` chunks of adjacent
    columns): at least ``k`` chunks hold a score at or above it. One pass of maxima over the
    block and a partition of the small maxima cost a fraction of a partition of the whole block
    (one of the dearest steps of recommending for every user of a 17,632-item catalogue); the
    caller's exact sort of the few candidates then gives the same top ``k`` as a full partition
    would. Rows with fewer than ``k`` scores that are not ``NaN`` get ``NaN`` or ``-inf`` (the
    caller then takes every rankable score of the row).
    """
    n = scores.shape[1]
    chunks = min(_TOP_N_CHUNKS, n)
    if chunks <= k:
        return -np.partition(np.negative(scores), k - 1, axis=1)[:, k - 1]
    width = n // chunks
    whole = chunks * width
    # Contiguous chunks of each row (a reshape, no copy): the maximum runs along memory; fmax
    # skips NaN (a chunk's NaN would otherwise hide its largest score).
    maxima = np.fmax.reduce(scores[:, :whole].reshape(scores.shape[0], chunks, width), axis=2)
    if whole < n:  # the last few columns form one more chunk
        rest = np.fmax.reduce(scores[:, whole:], axis=1)[:, None]
        maxima = np.concatenate([maxima, rest], axis=1)
    np.negative(maxima, out=maxima)  # partition puts NaN last: the k-th largest, negated
    return -np.partition(maxima, k - 1, axis=1)[:, k - 1]


def _rows_cols_at_least(scores: np.ndarray, limit: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rows and columns (row-major order) of the scores at or above each row's ``limit``.

    Through the flat indices of the block: ``np.nonzero`` of a 2-D mask took ten times as
    long (40 ms of a 112 x 74,808 block's ~50 ms in ``_top_n``).
    """
    flat = np.flatnonzero(scores >= limit[:, None])
    rows, cols = np.divmod(flat, scores.shape[1])
    return rows, cols


def select_top(scores: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each row's ``k`` best columns of ``scores`` (``float32``, ``-inf`` for what may not be
    chosen; ``NaN`` is never chosen), ``-1`` padded: ``(columns, scores, how many)``.

    A threshold with at least ``k`` scores at or above it in every row comes from
    :func:`_top_threshold`; the few candidates at or above it are then sorted by ``(-score,
    column)`` and the first ``k`` kept, so ties are broken deterministically (lower column first).
    """
    b, n_items = scores.shape
    items = np.full((b, k), -1, dtype=np.int64)
    out_scores = np.zeros((b, k), dtype=np.float32)
    if k == 0:
        return items, out_scores, np.zeros(b, dtype=np.int64)
    kth = _top_threshold(scores, k) if k < n_items else np.full(b, -np.inf, np.float32)
    # A row with too few rankable scores: all of them (the lowest finite is above -inf).
    kth = np.fmax(kth, _LOWEST)
    rows, cols = _rows_cols_at_least(scores, kth)
    vals = scores[rows, cols]
    order = np.lexsort((cols, -vals, rows))
    rows, cols, vals = rows[order], cols[order], vals[order]
    pos = np.arange(len(rows)) - np.searchsorted(rows, np.arange(b))[rows]
    keep = pos < k  # ties at the k-th score can give a row a few extra candidates
    rows, cols, pos = rows[keep], cols[keep], pos[keep]
    items[rows, pos] = cols
    out_scores[rows, pos] = vals[keep]
    return items, out_scores, np.bincount(rows, minlength=b).astype(np.int64)


#: Users x items scores in one block of :meth:`Recommender.recommend_many` (32 MiB of float32).
BLOCK_CELLS = 1 << 23


class Recommender(ABC):
    """Base class of all algorithms; see the module docstring for the subclass hooks."""

    name: ClassVar[str] = ""
    params_type: ClassVar[type[Params]] = Params
    #: True when a zero score means "no evidence" (neighbourhood models): such items are not
    #: ranked by the model and the list is completed from popularity instead.
    sparse_scores: ClassVar[bool] = False
    #: True for rating models whose ``predict`` is on the rating scale.
    predicts_ratings: ClassVar[bool] = False
    #: True when a user's scores come from their own history: a user with no interaction then
    #: gets exactly the popularity list (models that read other evidence, such as friends,
    #: set it False).
    needs_history: ClassVar[bool] = True

    def __init__(self, params: Params | None = None) -> None:
        if params is None:
            params = self.params_type()
        if not isinstance(params, self.params_type):
            raise TypeError(f"{self.name} expects {self.params_type.__name__}")
        self.params = params
        self._state: dict[str, np.ndarray] = {}
        self._meta: dict[str, Any] = {}
        self._fitted = False
        self.fingerprint: str | None = None

    # ------------------------------------------------------------------ training
    def fit(
        self,
        dataset: Dataset,
        *,
        progress: ProgressFn = no_progress,
        cancel: CancelToken | None = None,
    ) -> Recommender:
        """Train on ``dataset``; raise :class:`~desktop_recsys.errors.Cancelled` on cancel.

        On cancel or error the model keeps whatever fitted state it had before the call.
        """
        token = cancel if cancel is not None else CancelToken()
        report = MonotoneProgress(progress)
        token.raise_if_cancelled()
        if dataset.n_users == 0 or dataset.n_items == 0:
            raise UserError(
                Message(
                    "the data set has no users or no items to learn from; "
                    "add ratings or plays first"
                )
            )
        report(0.0, Message("{algorithm}: starting", algorithm=self.name))
        arrays, meta = self._fit(dataset, report, token)
        # A cancel that arrived during the last chunk still wins: the caller asked to stop.
        token.raise_if_cancelled()
        common = _common_arrays(dataset)
        self._install(common, arrays, meta, dataset.fingerprint())
        report(1.0, Message("{algorithm}: done", algorithm=self.name))
        return self

    @abstractmethod
    def _fit(self, dataset: Dataset, progress: ProgressFn, cancel: CancelToken) -> FitResult:
        """Train and return ``(arrays, meta)``; must not modify ``self``."""

    def _prepare(self) -> None:  # noqa: B027 - optional hook, most models need nothing
        """Build derived caches from ``self._state`` after a fit or a load."""

    @abstractmethod
    def _score(self, users: np.ndarray) -> np.ndarray:
        """Scores (``float32``, shape ``(len(users), n_items)``) for known user indices."""

    def _install(
        self,
        common: dict[str, np.ndarray],
        arrays: dict[str, np.ndarray],
        meta: dict[str, Any],
        fingerprint: str,
    ) -> None:
        user_ids = common["user_ids"]
        item_ids = common["item_ids"]
        seen = sp.csr_matrix(
            (common["seen_data"], common["seen_indices"], common["seen_indptr"]),
            shape=(len(user_ids), len(item_ids)),
        )
        self._user_ids = user_ids
        self._item_ids = item_ids
        self._user_index = {u: i for i, u in enumerate(user_ids.tolist())}
        self._item_index = {u: i for i, u in enumerate(item_ids.tolist())}
        self._seen = seen
        self._popularity = common["popularity"]
        self._common = common
        self._state = dict(arrays)
        self._meta = dict(meta)
        self.fingerprint = fingerprint
        self._prepare()
        self._fallback_scores = np.asarray(self._fallback_item_scores(), dtype=np.float32)
        # Stable order (ties by index) so that fallback lists are deterministic.
        self._popularity_order = np.argsort(-self._fallback_scores, kind="stable")
        self._fitted = True

    def _fallback_item_scores(self) -> np.ndarray:
        """Per-item scores of the fallback ranking: share of users who have the item."""
        return self._popularity / max(len(self._user_ids), 1)

    @property
    def is_fitted(self) -> bool:
        return self._fitted

    def _require_fitted(self) -> None:
        if not self._fitted:
            raise RuntimeError(f"the {self.name} model is not fitted yet")

    @property
    def user_ids(self) -> np.ndarray:
        self._require_fitted()
        return self._user_ids

    @property
    def item_ids(self) -> np.ndarray:
        self._require_fitted()
        return self._item_ids

    # ------------------------------------------------------------------ persistence hooks
    def state_arrays(self) -> dict[str, np.ndarray]:
        """Every array needed to rebuild the fitted model (for :mod:`.persistence`)."""
        self._require_fitted()
        out = {f"common.{k}": v for k, v in self._common.items()}
        out.update({f"state.{k}": v for k, v in self._state.items()})
        return out

    def state_meta(self) -> dict[str, Any]:
        """JSON-serialisable extra state (for :mod:`.persistence`)."""
        self._require_fitted()
        return dict(self._meta)

    def restore(
        self, arrays: dict[str, np.ndarray], meta: dict[str, Any], fingerprint: str
    ) -> None:
        """Install state previously returned by :meth:`state_arrays` / :meth:`state_meta`."""
        common = {k[7:]: v for k, v in arrays.items() if k.startswith("common.")}
        state = {k[6:]: v for k, v in arrays.items() if k.startswith("state.")}
        missing = {"user_ids", "item_ids", "seen_data", "seen_indices", "seen_indptr", "popularity"}
        missing -= set(common)
        if missing:
            raise UserError(
                Message(
                    "the saved model lacks {names}; train the model again",
                    names=", ".join(sorted(missing)),
                )
            )
        self._install(common, state, meta, fingerprint)

    # ------------------------------------------------------------------ recommending
    def recommend(
        self,
        user: str,
        n: int = 10,
        *,
        exclude: Iterable[str] = (),
        include_seen: bool = False,
    ) -> RecommendationList:
        """The ``n`` best items for ``user``; seen items are excluded unless ``include_seen``.

        An unknown user gets the most popular items (``fallback_from == 0``).
        """
        return self.recommend_many([user], n, exclude=exclude, include_seen=include_seen)[0]

    def recommend_many(
        self,
        users: Sequence[str],
        n: int = 10,
        *,
        exclude: Iterable[str] = (),
        include_seen: bool = False,
        batch_size: int | None = None,
    ) -> list[RecommendationList]:
        """Batch form of :meth:`recommend` (scores users in vectorised blocks).

        A block holds ``batch_size`` users, by default as many as keep a users x items block
        of scores near :data:`BLOCK_CELLS` (at most 1,024): the block and its few working
        copies are most of a whole-catalogue run's memory (1,024 users x 25,000 items was
        some 300 MB of a 372 MB peak; a row's scores agree at any block size to float32
        rounding, as BLAS blocks a product by its shape).
        """
        self._require_fitted()
        if n < 0:
            raise ValueError("n must not be negative")
        if batch_size is None:
            batch_size = int(np.clip(BLOCK_CELLS // max(len(self._item_ids), 1), 16, 1024))
        users = [str(u) for u in users]
        excl = np.array(
            [i for i in (self._item_index.get(str(x)) for x in exclude) if i is not None],
            dtype=np.int64,
        )
        out: list[RecommendationList | None] = [None] * len(users)
        known = [(pos, self._user_index.get(u)) for pos, u in enumerate(users)]
        empty: list[int] = []
        if self.needs_history:
            # A user with no interaction: nothing personal to go on, so the popularity list
            # itself (a model's scores of an empty row are ties, broken by item order).
            counts = np.diff(self._seen.indptr)
            empty = [pos for pos, idx in known if idx is not None and counts[idx] == 0]
            skip = set(empty)
            known = [(pos, None if pos in skip else idx) for pos, idx in known]
        known_pos = [p for p, idx in known if idx is not None]
        known_idx = np.array([idx for _, idx in known if idx is not None], dtype=np.int64)
        for start in range(0, len(known_idx), batch_size):
            block = known_idx[start : start + batch_size]
            # A few users (a query) are small products: one BLAS thread (serving_threads).
            with one_blas_thread() if len(block) <= SMALL_BATCH else contextlib.nullcontext():
                items, scores, n_model = self._top_n(block, n, excl, include_seen)
            for row, pos in enumerate(known_pos[start : start + batch_size]):
                k = int(n_model[row])
                valid = items[row] >= 0
                its, scs = items[row][valid], scores[row][valid]
                out[pos] = RecommendationList(
                    users[pos],
                    self._item_ids[its].tolist(),
                    scs.astype(float).tolist(),
                    min(k, len(its)),
                    "" if k >= len(its) else "not enough evidence: completed with popular items",
                )
        for pos, idx in known:
            if idx is None:
                out[pos] = self._popular_for(users[pos], n, excl)
        for pos in empty:
            out[pos] = dataclasses.replace(out[pos], reason=NO_HISTORY)  # type: ignore[arg-type]
        return out  # type: ignore[return-value]

    def _popular_for(self, user: str, n: int, excl: np.ndarray) -> RecommendationList:
        order = self._popularity_order
        if len(excl):
            order = order[~np.isin(order, excl)]
        top = order[:n]
        return RecommendationList(
            user,
            self._item_ids[top].tolist(),
            self._fallback_scores[top].astype(float).tolist(),
            0,
            "unknown user: most popular items",
        )

    def _top_n(
        self, users: np.ndarray, n: int, excl: np.ndarray, include_seen: bool
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Top-n item indices (``-1`` padded), scores and per-row count of model-ranked items.

        Works on the block of scores in place (a copy only when it is not the caller's own
        array): every unrankable item (seen, excluded, or "no evidence" for sparse models) is
        set to ``-inf`` through its indices, and ``NaN`` scores are never chosen. A threshold
        with at least n scores at or above it in every row comes from :func:`_top_threshold`;
        the few candidates at or above it are then sorted by ``(-score, item index)`` and the
        first n kept, so ties are broken deterministically.
        """
        b, n_items = len(users), len(self._item_ids)
        scores = np.asarray(self._score(users), dtype=np.float32)
        if not (scores.flags.writeable and scores.flags.owndata and scores.flags.c_contiguous):
            scores = np.array(scores, dtype=np.float32, order="C")  # not ours to change
        if self.sparse_scores:
            scores[scores <= 0] = -np.inf  # zero means "no evidence", not "a neutral item"
        if not include_seen:
            sub = self._seen[users]
            scores[np.repeat(np.arange(b), np.diff(sub.indptr)), sub.indices] = -np.inf
        if len(excl):
            scores[:, excl] = -np.inf
        k = min(n, n_items)
        items, out_scores, n_model = select_top(scores, k)
        self._complete_from_popularity(users, items, out_scores, n_model, excl, include_seen)
        return items, out_scores, n_model

    def _complete_from_popularity(
        self,
        users: np.ndarray,
        items: np.ndarray,
        out_scores: np.ndarray,
        n_model: np.ndarray,
        excl: np.ndarray,
        include_seen: bool,
    ) -> None:
        """Fill, in place, each row of ``items`` with fewer than its width of model-ranked
        items (``n_model``) from popularity, skipping what is blocked or already chosen."""
        k = items.shape[1]
        n_items = len(self._item_ids)
        for row in np.flatnonzero(n_model < k):
            # Not enough model evidence: complete from popularity, skipping what is blocked or
            # already chosen. Rare (cold users, sparse models), so a per-row pass is fine.
            m = int(n_model[row])
            mask = np.zeros(n_items, dtype=bool)
            if not include_seen:
                u = users[row]
                mask[self._seen.indices[self._seen.indptr[u] : self._seen.indptr[u + 1]]] = True
            if len(excl):
                mask[excl] = True
            mask[items[row, :m]] = True
            fill = self._popularity_order[~mask[self._popularity_order]][: k - m]
            items[row, m : m + len(fill)] = fill
            out_scores[row, m : m + len(fill)] = 0.0

    # ------------------------------------------------------------------ predicting
    def predict(self, user: str, items: Sequence[str]) -> np.ndarray:
        """Predicted value of each item for ``user`` (``float64``, one per item).

        Rating models (``predicts_ratings``) answer on the rating scale; other models answer
        with their ranking score. Unknown users or items get :meth:`_fallback_predictions`.
        """
        return self.predict_pairs([user] * len(items), items)

    def predict_pairs(self, users: Sequence[str], items: Sequence[str]) -> np.ndarray:
        """Vectorised :meth:`predict` over parallel lists of users and items."""
        self._require_fitted()
        if len(users) != len(items):
            raise ValueError("users and items must have the same length")
        u = np.array([self._user_index.get(str(x), -1) for x in users], dtype=np.int64)
        i = np.array([self._item_index.get(str(x), -1) for x in items], dtype=np.int64)
        out = np.empty(len(u), dtype=np.float64)
        known = (u >= 0) & (i >= 0)
        if known.any():
            out[known] = self._predict_pairs(u[known], i[known])
        if (~known).any():
            out[~known] = self._fallback_predictions(u[~known], i[~known])
        return out

    def _predict_pairs(self, users: np.ndarray, items: np.ndarray) -> np.ndarray:
        """Scores for known pairs; default: score the distinct users in blocks and gather."""
        out = np.empty(len(users), dtype=np.float64)
        uniq, inverse = np.unique(users, return_inverse=True)
        for start in range(0, len(uniq), 512):
            block = uniq[start : start + 512]
            scores = self._score(block)
            sel = (inverse >= start) & (inverse < start + len(block))
            out[sel] = scores[inverse[sel] - start, items[sel]]
        return out

    def _fallback_predictions(self, users: np.ndarray, items: np.ndarray) -> np.ndarray:
        """Unknown user: the item's popularity share; unknown item: 0 (no evidence)."""
        share = self._popularity / max(len(self._user_ids), 1)
        return np.where(items >= 0, share[np.maximum(items, 0)], 0.0)

    def popularity_of(self, item: str) -> int:
        """How many users had ``item`` in the training data (0 for an unknown item)."""
        self._require_fitted()
        i = self._item_index.get(str(item))
        return 0 if i is None else int(self._popularity[i])

    def popularity_share(self, user: str) -> float:
        """How much of ``user``'s ranking comes from popularity (0-1): 1 for the fallback of
        an unknown user or one with no interaction; models that lean on popularity for cold
        users say more."""
        self._require_fitted()
        u = self._user_index.get(str(user))
        if u is None or (self.needs_history and self._seen.indptr[u + 1] == self._seen.indptr[u]):
            return 1.0
        return 0.0

    # ------------------------------------------------------------------ explaining
    def explain(self, user: str, item: str, *, top: int = 5) -> Explanation:
        """The evidence behind ``item``'s score for ``user``: structured, plus a short text."""
        self._require_fitted()
        u, i = self._user_index.get(str(user)), self._item_index.get(str(item))
        if u is None or i is None:
            why = Message("unknown user") if u is None else Message("unknown item")
            if i is None:
                text = Message("{why}: no evidence", why=why)
                return Explanation(str(user), str(item), 0.0, "popularity", text, [], True)
            value = self._fallback_predictions(np.array([-1]), np.array([i]))[0]
            count = int(self._popularity[i])
            text = Message("{why}: popular with {count} people", why=why, count=count)
            return Explanation(str(user), str(item), float(value), "popularity", text, [], True)
        with one_blas_thread():  # small products (serving_threads)
            score = float(self._predict_pairs(np.array([u]), np.array([i]))[0])
            kind, contrib = self._contributions(u, i)
        # Only what raised the score is evidence: a negative term is never "because you liked".
        contrib = sorted((p for p in contrib if p[1] > 0), key=lambda p: -p[1])[:top]
        ids = self._item_ids if kind == "item" else self._user_ids
        pairs = [(str(ids[j]), float(w)) for j, w in contrib]
        if pairs:
            names = listing(p[0] for p in pairs[:3])
            if kind == "item":
                text = Message("because you liked {names}", names=names)
            else:
                text = Message("similar people liked it: {names}", names=names)
        else:
            kind = "popularity"
            text = Message("popular with {count} people", count=int(self._popularity[i]))
        return Explanation(str(user), str(item), score, kind, text, pairs, False)

    def _contributions(self, user: int, item: int) -> tuple[str, list[tuple[int, float]]]:
        """``(kind, [(index, weight)])`` evidence; default: none (explained by popularity)."""
        return "item", []


def _common_arrays(dataset: Dataset) -> dict[str, np.ndarray]:
    m = dataset.matrix
    return {
        "user_ids": dataset.user_ids,
        "item_ids": dataset.item_ids,
        "seen_indptr": m.indptr.astype(np.int64),
        "seen_indices": m.indices.astype(np.int32),
        "seen_data": m.data.astype(np.float32),
        "popularity": np.diff(m.tocsc().indptr).astype(np.float32),
    }


def user_item_rows(matrix: sp.csr_matrix) -> np.ndarray:
    """Row index of every stored entry of a CSR matrix (the COO row array, without a copy of data)."""
    return np.repeat(np.arange(matrix.shape[0], dtype=np.int64), np.diff(matrix.indptr))
