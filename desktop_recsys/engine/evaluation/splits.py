"""Train/test splits: random holdout (the protocol's default), last-N by time, k-fold, files.

Every split is seeded and reproducible, and none leaks: a ``(user, item)`` pair is either in
TRAIN or in TEST, never both (duplicate rows of one pair are kept together).

Two layers:

- **Masks** over interaction rows (``holdout_mask``, ``last_n_mask``, ``kfold_assignment``):
  plain numpy on a per-row user code, shared by frames and data sets.
- **Splits** that build what an evaluation needs, a TRAIN :class:`Dataset` and the held-out
  ``(user, item, weight)`` rows (:class:`DatasetSplit`):

  - :func:`split_dataset` splits an existing data set (the library's). TRAIN keeps the data
    set's whole catalogue, users, side information and friendships; only the held-out cells
    are removed. This is what the app would serve from: items nobody has touched yet stay
    recommendable.
  - :func:`split_frame` splits a ``user,item[,weight][,timestamp]`` frame the way
    ``EVALUATION.md`` does (TRAIN is built from the TRAIN rows only, so its catalogue is the
    items seen in TRAIN). With the default protocol it reproduces :func:`holdout_split`
    exactly, which the benchmarks use.
  - :func:`split_files` reads a predefined TRAIN and TEST file pair.

The protocol of ``EVALUATION.md`` (the default, :data:`DEFAULT_PROTOCOL`): each user with at
least 5 interactions holds out ``floor(0.2 * n)`` of them at random, seed 42; the others stay
wholly in TRAIN.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import scipy.sparse as sp

from desktop_recsys.engine.dataset import Dataset, read_interactions_csv
from desktop_recsys.errors import UserError
from desktop_recsys.progress import Message

if TYPE_CHECKING:
    import pandas as pd

MIN_INTERACTIONS = 5
HOLDOUT_SHARE = 0.2
SEED = 42
DEFAULT_FOLDS = 5
#: Protocol names accepted by :class:`Protocol` (``files`` is :func:`split_files`).
PROTOCOLS = ("holdout", "last-n", "kfold")


@dataclass(frozen=True)
class Protocol:
    """How to split: ``name`` is ``holdout``, ``last-n`` or ``kfold``.

    - ``holdout``: ``floor(share * n)`` random interactions of each user with at least
      ``min_interactions``.
    - ``last-n``: the user's most recent interactions by timestamp: ``last_n`` of them, or,
      when ``last_n`` is None, as many as the holdout would take (``floor(share * n)``), so
      the two protocols differ only in *which* interactions are held out. A user needs more
      than ``last_n`` and at least ``min_interactions`` interactions to be tested.
    - ``kfold``: each user's interactions are dealt at random into ``folds`` folds; fold ``f``
      is TEST in split ``f``. Users under ``min_interactions`` stay in TRAIN throughout.

    ``repeats`` (holdout only): that many holdout splits, with seeds ``seed``, ``seed + 1``,
    ...: repeated random subsampling. One profile's figures need it, since a single split
    gives one value per user and so no interval at all.
    """

    name: str = "holdout"
    share: float = HOLDOUT_SHARE
    min_interactions: int = MIN_INTERACTIONS
    seed: int = SEED
    last_n: int | None = None
    folds: int = DEFAULT_FOLDS
    repeats: int = 1

    def __post_init__(self) -> None:
        if self.name not in PROTOCOLS:
            raise UserError(
                Message(
                    "unknown protocol {name!r}; use one of {choices}",
                    name=self.name,
                    choices=", ".join(PROTOCOLS),
                )
            )
        if not 0.0 < self.share < 1.0:
            raise UserError(
                Message(
                    "the held-out share {share} must be between 0 and 1 (e.g. 0.2)",
                    share=self.share,
                )
            )
        if self.min_interactions < 2:
            raise UserError(
                Message("a tested user needs at least 2 interactions (one to learn from)")
            )
        if self.last_n is not None and self.last_n < 1:
            raise UserError(Message("last-n must be at least 1, not {last_n}", last_n=self.last_n))
        if self.folds < 2:
            raise UserError(Message("k-fold needs at least 2 folds, not {folds}", folds=self.folds))
        if self.repeats < 1:
            raise UserError(
                Message(
                    "a holdout is repeated at least once, not {repeats} times", repeats=self.repeats
                )
            )

    def describe(self) -> Message:
        """One line for reports (a translatable :class:`~desktop_recsys.progress.Message`)."""
        share, least, seed = f"{self.share:.0%}", self.min_interactions, self.seed
        if self.name == "holdout" and self.repeats > 1:
            return Message(
                "per-user random holdout repeated {repeats} times: {share} of each user with at "
                "least {least} interactions (seeds {seed} to {last})",
                repeats=self.repeats,
                share=share,
                least=least,
                seed=seed,
                last=seed + self.repeats - 1,
            )
        if self.name == "holdout":
            return Message(
                "per-user random holdout: {share} of each user with at least {least} "
                "interactions (seed {seed})",
                share=share,
                least=least,
                seed=seed,
            )
        if self.name == "last-n" and self.last_n:
            return Message(
                "leave-last {n}-out by time (users with at least {least})",
                n=self.last_n,
                least=least,
            )
        if self.name == "last-n":
            return Message(
                "leave-most recent {share}-out by time (users with at least {least})",
                share=share,
                least=least,
            )
        return Message(
            "{folds}-fold cross-validation per user (seed {seed})", folds=self.folds, seed=seed
        )


DEFAULT_PROTOCOL = Protocol()


@dataclass(frozen=True)
class DatasetSplit:
    """One TRAIN data set and its held-out rows (raw ids; weights as in the source)."""

    name: str
    train: Dataset
    test_users: np.ndarray
    test_items: np.ndarray
    test_weights: np.ndarray
    #: Held-out rows dropped because their pair was also in TRAIN (predefined files only).
    dropped: int = 0
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def n_test(self) -> int:
        return len(self.test_users)

    def relevant(self) -> dict[str, set[str]]:
        """``user -> held-out items``."""
        out: dict[str, set[str]] = {}
        for u, i in zip(self.test_users.tolist(), self.test_items.tolist(), strict=True):
            out.setdefault(u, set()).add(i)
        return out


# ============================================================================ masks


def _within_user_rank(codes: np.ndarray, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Position of each row among its user's rows ordered by ``keys`` (ascending), and the
    number of rows of each row's user."""
    counts = np.bincount(codes) if len(codes) else np.zeros(0, dtype=np.int64)
    order = np.lexsort((keys, codes))
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]]).astype(np.int64)
    rank = np.empty(len(codes), dtype=np.int64)
    rank[order] = np.arange(len(codes)) - np.repeat(starts, counts)
    return rank, counts


def holdout_mask(
    user_codes: np.ndarray,
    *,
    share: float = HOLDOUT_SHARE,
    min_interactions: int = MIN_INTERACTIONS,
    seed: int = SEED,
) -> np.ndarray:
    """True for held-out rows: ``floor(share * n)`` random rows of each user with at least
    ``min_interactions`` rows. One uniform key is drawn per row in row order, and a user's
    rows with the smallest keys are held out, so the mask depends only on the row order and
    the seed."""
    codes = np.asarray(user_codes, dtype=np.int64)
    keys = np.random.default_rng(seed).random(len(codes))
    rank, counts = _within_user_rank(codes, keys)
    n_out = np.where(counts >= min_interactions, np.floor(share * counts).astype(np.int64), 0)
    return rank < n_out[codes]


def last_n_mask(
    user_codes: np.ndarray,
    timestamps: np.ndarray,
    *,
    n: int | None = None,
    share: float = HOLDOUT_SHARE,
    min_interactions: int = MIN_INTERACTIONS,
) -> np.ndarray:
    """True for each user's most recent rows (``n``, or ``floor(share * count)`` when ``n`` is
    None). Ties in time go to the later row, as a log lists plays in the order they happened."""
    codes = np.asarray(user_codes, dtype=np.int64)
    ts = np.asarray(timestamps, dtype=np.float64)
    if len(ts) != len(codes):
        raise ValueError("one timestamp per row is needed")
    if not np.isfinite(ts).all():
        raise UserError(
            Message("leave-last-N-out needs a date for every interaction; use another protocol")
        )
    # Newest first: sort by (-time, -row position) within the user.
    keys = np.lexsort((-np.arange(len(ts)), -ts))
    order_key = np.empty(len(ts), dtype=np.int64)
    order_key[keys] = np.arange(len(ts))
    rank, counts = _within_user_rank(codes, order_key)
    if n is None:
        n_out = np.floor(share * counts).astype(np.int64)
        eligible = counts >= min_interactions
    else:
        n_out = np.full(len(counts), n, dtype=np.int64)
        eligible = (counts >= min_interactions) & (counts > n)
    n_out = np.where(eligible, n_out, 0)
    return rank < n_out[codes]


def kfold_assignment(
    user_codes: np.ndarray,
    *,
    folds: int = DEFAULT_FOLDS,
    min_interactions: int = MIN_INTERACTIONS,
    seed: int = SEED,
) -> np.ndarray:
    """Fold (``0..folds-1``) of each row, or ``-1`` for rows that stay in TRAIN in every fold.

    A user's rows are shuffled and dealt round-robin from a random starting fold, so each fold
    holds ``n // folds`` or one more of every user's rows and fold sizes stay balanced.
    """
    codes = np.asarray(user_codes, dtype=np.int64)
    rng = np.random.default_rng(seed)
    keys = rng.random(len(codes))
    rank, counts = _within_user_rank(codes, keys)
    offset = rng.integers(0, folds, size=len(counts))
    fold = (rank + offset[codes]) % folds
    return np.where(counts[codes] >= min_interactions, fold, -1)


def protocol_masks(
    user_codes: np.ndarray, timestamps: np.ndarray | None, protocol: Protocol
) -> list[tuple[str, np.ndarray]]:
    """``(split name, held-out mask)`` for each split the protocol makes."""
    p = protocol
    if p.name == "holdout" and p.repeats > 1:
        return [
            (
                f"holdout {r + 1}/{p.repeats}",
                holdout_mask(
                    user_codes, share=p.share, min_interactions=p.min_interactions, seed=p.seed + r
                ),
            )
            for r in range(p.repeats)
        ]
    if p.name == "holdout":
        mask = holdout_mask(
            user_codes, share=p.share, min_interactions=p.min_interactions, seed=p.seed
        )
        return [("holdout", mask)]
    if p.name == "last-n":
        if timestamps is None:
            raise UserError(
                Message(
                    "leave-last-N-out needs interaction dates, and this data has none; "
                    "use another protocol"
                )
            )
        mask = last_n_mask(
            user_codes, timestamps, n=p.last_n, share=p.share, min_interactions=p.min_interactions
        )
        return [("last-n", mask)]
    fold = kfold_assignment(
        user_codes, folds=p.folds, min_interactions=p.min_interactions, seed=p.seed
    )
    return [(f"fold {f + 1}/{p.folds}", fold == f) for f in range(p.folds)]


# ============================================================================ frames


def holdout_split(
    frame: pd.DataFrame,
    *,
    user_col: str | int = 0,
    share: float = HOLDOUT_SHARE,
    min_interactions: int = MIN_INTERACTIONS,
    seed: int = SEED,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Split rows into ``(train, test)``: the protocol of ``EVALUATION.md``.

    Each user with at least ``min_interactions`` rows holds out ``floor(share * n)`` of them,
    chosen at random; others stay wholly in train. Deterministic for a given frame (row order
    included) and seed. Both parts keep the original columns and row order.
    """
    import pandas as pd  # deferred: pandas is heavy and only needed for frames

    users = (frame.iloc[:, user_col] if isinstance(user_col, int) else frame[user_col]).astype(str)
    codes, _ = pd.factorize(users.to_numpy())
    test_mask = holdout_mask(codes, share=share, min_interactions=min_interactions, seed=seed)
    return frame[~test_mask], frame[test_mask]


def _pair_codes(users: np.ndarray, items: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    import pandas as pd  # deferred: pandas is heavy and only needed for frames

    u, _ = pd.factorize(users)
    i, item_levels = pd.factorize(items)
    return u.astype(np.int64), u.astype(np.int64) * max(len(item_levels), 1) + i


def split_frame(
    frame: pd.DataFrame,
    protocol: Protocol = DEFAULT_PROTOCOL,
    *,
    weight_col: str | int | None = 2,
    timestamp_col: str | int | None = None,
    duplicates: str = "last",
    **extras: object,
) -> list[DatasetSplit]:
    """Split a ``user,item[,weight]`` frame (user and item are the first two columns;
    ``weight_col`` may name a missing column, meaning weight 1; ``timestamp_col`` names the
    time column if any) into TRAIN data sets and held-out rows.

    Duplicate rows of one pair are moved together (decided by the pair's first row), so no
    pair ends up on both sides. With unique pairs and the holdout protocol, the rows held out
    are exactly those of :func:`holdout_split`. ``extras`` (side information, friendships) go
    to every TRAIN :meth:`Dataset.from_arrays`.
    """
    users = frame.iloc[:, 0].astype(str).to_numpy()
    items = frame.iloc[:, 1].astype(str).to_numpy()
    has_weight = weight_col is not None and (
        (isinstance(weight_col, int) and weight_col < frame.shape[1])
        or (isinstance(weight_col, str) and weight_col in frame.columns)
    )
    weights = np.ones(len(frame))
    if has_weight:
        col = frame.iloc[:, weight_col] if isinstance(weight_col, int) else frame[weight_col]
        weights = col.to_numpy(dtype=np.float64)
    ts = None
    if timestamp_col is not None:
        col = (
            frame.iloc[:, timestamp_col] if isinstance(timestamp_col, int) else frame[timestamp_col]
        )
        ts = col.to_numpy(dtype=np.float64)
    user_codes, pair = _pair_codes(users, items)
    # One decision per pair: split the pairs' first rows, then broadcast to every copy.
    _, first, inverse = np.unique(pair, return_index=True, return_inverse=True)
    order = np.sort(first)
    rank_of_first = np.empty(len(first), dtype=np.int64)
    rank_of_first[np.argsort(first)] = np.arange(len(first))
    pair_pos = rank_of_first[inverse]  # row -> index of its pair in "first row" order
    pair_ts = None
    if ts is not None:
        pair_ts = np.full(len(first), -np.inf)
        np.maximum.at(pair_ts, pair_pos, ts)
    out: list[DatasetSplit] = []
    for name, pair_mask in protocol_masks(user_codes[order], pair_ts, protocol):
        test = pair_mask[pair_pos]
        train_rows = ~test
        train = Dataset.from_arrays(
            users[train_rows],
            items[train_rows],
            weights[train_rows],
            timestamps=None if ts is None else ts[train_rows],
            duplicates=duplicates,  # type: ignore[arg-type]
            **extras,  # type: ignore[arg-type]
        )
        out.append(
            DatasetSplit(name, train, users[test], items[test], weights[test].astype(np.float64))
        )
    return out


def split_files(train_path: str | Path, test_path: str | Path) -> DatasetSplit:
    """A predefined TRAIN / TEST pair of ``user,item[,weight]`` files (``EVALUATION.md``
    format). Held-out rows whose pair is also in TRAIN are dropped (counted in ``dropped``):
    a seen item can never be recommended, so it would only lower every algorithm's score."""
    train_frame = read_interactions_csv(train_path)
    test_frame = read_interactions_csv(test_path)
    train = Dataset.from_frame(train_frame)
    t_users = test_frame["user"].astype(str).to_numpy()
    t_items = test_frame["item"].astype(str).to_numpy()
    t_weights = (
        test_frame["weight"].to_numpy(dtype=np.float64)
        if "weight" in test_frame
        else np.ones(len(test_frame))
    )
    seen = _seen_in(train, t_users, t_items)
    return DatasetSplit(
        "files",
        train,
        t_users[~seen],
        t_items[~seen],
        t_weights[~seen],
        dropped=int(seen.sum()),
        extra={"train_file": str(train_path), "test_file": str(test_path)},
    )


def _seen_in(train: Dataset, users: np.ndarray, items: np.ndarray) -> np.ndarray:
    """True where the ``(user, item)`` pair is stored in ``train``."""
    u = _lookup(train.user_ids, users)
    i = _lookup(train.item_ids, items)
    known = (u >= 0) & (i >= 0)
    out = np.zeros(len(users), dtype=bool)
    if known.any():
        m = train.matrix
        # A stored zero weight is still a stored pair; compare against the sparsity pattern.
        pattern = sp.csr_matrix((np.ones(m.nnz), m.indices, m.indptr), shape=m.shape)
        cells = np.asarray(pattern[u[known], i[known]]).ravel()
        out[known] = cells > 0
    return out


def _lookup(sorted_ids: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Index of each value in a sorted id array, ``-1`` when absent (vectorised)."""
    if len(sorted_ids) == 0:
        return np.full(len(values), -1, dtype=np.int64)
    pos = np.searchsorted(sorted_ids, values)
    pos = np.minimum(pos, len(sorted_ids) - 1)
    return np.where(sorted_ids[pos] == values, pos, -1).astype(np.int64)


# ============================================================================ data sets


def subset(dataset: Dataset, keep: np.ndarray) -> Dataset:
    """The data set with only the stored cells where ``keep`` is True (CSR order); ids, side
    information and friendships unchanged."""
    m = dataset.matrix
    rows = np.repeat(np.arange(m.shape[0]), np.diff(m.indptr))
    matrix = sp.csr_matrix((m.data[keep], (rows[keep], m.indices[keep])), shape=m.shape)
    ts = None
    if dataset.timestamps is not None:
        t = dataset.timestamps
        ts = sp.csr_matrix((t.data[keep], (rows[keep], t.indices[keep])), shape=m.shape)
    return Dataset(
        dataset.user_ids,
        dataset.item_ids,
        matrix,
        timestamps=ts,
        item_attributes=dataset.item_attributes,
        item_years=dataset.item_years,
        item_text=dataset.item_text,
        friends=dataset.friends,
    )


def split_dataset(dataset: Dataset, protocol: Protocol = DEFAULT_PROTOCOL) -> list[DatasetSplit]:
    """Split a data set's stored cells (see the module docs); one split per fold."""
    m = dataset.matrix
    rows = np.repeat(np.arange(m.shape[0]), np.diff(m.indptr))
    ts = None if dataset.timestamps is None else dataset.timestamps.data
    out = []
    for name, test in protocol_masks(rows, ts, protocol):
        out.append(
            DatasetSplit(
                name,
                subset(dataset, ~test),
                dataset.user_ids[rows[test]],
                dataset.item_ids[m.indices[test]],
                m.data[test].astype(np.float64),
            )
        )
    return out


def carve_validation(
    train: Dataset, *, share: float = HOLDOUT_SHARE, seed: int = SEED + 1
) -> DatasetSplit:
    """A validation split carved from TRAIN only (for tuning): the random holdout with its own
    seed, so TEST is never looked at while choosing hyper-parameters."""
    return split_dataset(train, Protocol("holdout", share=share, seed=seed))[0]


def users_with_tests(splits: Sequence[DatasetSplit]) -> list[str]:
    """Sorted ids of users with held-out rows in any split."""
    return sorted(set().union(*(set(s.test_users.tolist()) for s in splits))) if splits else []
