"""The interaction data set every algorithm trains on.

A :class:`Dataset` maps raw string ids to dense indices (users and items are each sorted by
their id, so the mapping does not depend on the order rows arrived in) and holds:

- ``matrix``: a CSR ``users x items`` matrix of ``float32`` weights (a rating, a play count,
  a share listened...). Memory grows with the number of interactions.
- ``timestamps`` (optional): a CSR matrix with the same sparsity as ``matrix`` holding Unix
  seconds (``float64``) of each interaction.
- item side information (optional): ``item_attributes`` maps an attribute kind (``"genres"``,
  ``"tags"``, ``"people"``...) to ``{item_id: [values]}``; ``item_years`` and ``item_text`` are
  plain ``{item_id: value}`` dicts. :meth:`Dataset.item_feature_matrix` turns them into a sparse
  ``items x features`` matrix on demand.
- a friendship graph (optional): a symmetric binary CSR ``users x users`` matrix.

Duplicate ``(user, item)`` rows: ``duplicates="last"`` (the default) keeps the last row, which is
right for ratings (a re-rating replaces the old one); ``duplicates="sum"`` adds them up, which is
right for play counts logged one play per row.

The catalogue may contain users or items with no interaction (``extra_users`` /
``extra_items``), e.g. a new film that only has side information.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import numpy as np
import scipy.sparse as sp

from desktop_recsys.engine.interaction_files import (  # the readers; importable from here too
    read_interaction_codes,
    read_interaction_columns,
    read_interactions_csv,
)

__all__ = [
    "Dataset",
    "Duplicates",
    "read_interaction_codes",
    "read_interaction_columns",
    "read_interactions_csv",
]

if TYPE_CHECKING:
    import pandas as pd

Duplicates = Literal["last", "sum", "max"]

_FINGERPRINT_VERSION = b"desktop_recsys.dataset.v1"


class Dataset:
    """Users, items and their weighted interactions, plus optional side information.

    Build one with :meth:`from_frame`, :meth:`from_csv` or :meth:`from_arrays`; the constructor
    takes already-consistent parts (ids and a CSR matrix of matching shape).
    """

    def __init__(
        self,
        user_ids: Sequence[str],
        item_ids: Sequence[str],
        matrix: sp.spmatrix,
        *,
        timestamps: sp.spmatrix | None = None,
        item_attributes: Mapping[str, Mapping[str, Sequence[str]]] | None = None,
        item_years: Mapping[str, int] | None = None,
        item_text: Mapping[str, str] | None = None,
        friends: sp.spmatrix | None = None,
    ) -> None:
        self.user_ids = np.asarray(user_ids, dtype=str)
        self.item_ids = np.asarray(item_ids, dtype=str)
        if self.user_ids.ndim != 1 or self.item_ids.ndim != 1:
            raise ValueError("user_ids and item_ids must be one-dimensional")
        m = sp.csr_matrix(matrix, dtype=np.float32)
        if m.shape != (len(self.user_ids), len(self.item_ids)):
            raise ValueError(f"matrix shape {m.shape} does not match the id lists")
        m.sum_duplicates()
        m.sort_indices()
        self.matrix: sp.csr_matrix = m
        if timestamps is not None:
            ts = sp.csr_matrix(timestamps, dtype=np.float64)
            ts.sort_indices()
            if ts.shape != m.shape or ts.nnz != m.nnz or not np.array_equal(ts.indices, m.indices):
                raise ValueError("timestamps must have the same sparsity as the matrix")
            timestamps = ts
        self.timestamps: sp.csr_matrix | None = timestamps
        self.item_attributes: dict[str, dict[str, list[str]]] = {
            kind: {str(k): [str(x) for x in v] for k, v in values.items()}
            for kind, values in (item_attributes or {}).items()
        }
        self.item_years: dict[str, int] = {str(k): int(v) for k, v in (item_years or {}).items()}
        self.item_text: dict[str, str] = {str(k): str(v) for k, v in (item_text or {}).items()}
        if friends is not None:
            f = sp.csr_matrix(friends, dtype=np.float32)
            if f.shape != (len(self.user_ids), len(self.user_ids)):
                raise ValueError("friends must be a users x users matrix")
            friends = f
        self.friends: sp.csr_matrix | None = friends
        self._user_index: dict[str, int] | None = None
        self._item_index: dict[str, int] | None = None
        self._fingerprint: str | None = None

    # ------------------------------------------------------------------ sizes and lookups
    @property
    def n_users(self) -> int:
        return len(self.user_ids)

    @property
    def n_items(self) -> int:
        return len(self.item_ids)

    @property
    def nnz(self) -> int:
        """Number of stored interactions."""
        return int(self.matrix.nnz)

    def user_index(self, user: str) -> int | None:
        """Dense index of a raw user id, or ``None`` if the user is unknown."""
        if self._user_index is None:
            self._user_index = {u: i for i, u in enumerate(self.user_ids.tolist())}
        return self._user_index.get(str(user))

    def item_index(self, item: str) -> int | None:
        """Dense index of a raw item id, or ``None`` if the item is unknown."""
        if self._item_index is None:
            self._item_index = {u: i for i, u in enumerate(self.item_ids.tolist())}
        return self._item_index.get(str(item))

    def __repr__(self) -> str:
        return f"Dataset(users={self.n_users}, items={self.n_items}, interactions={self.nnz})"

    # ------------------------------------------------------------------ constructors
    @classmethod
    def from_arrays(
        cls,
        users: Sequence[str] | np.ndarray,
        items: Sequence[str] | np.ndarray,
        weights: Sequence[float] | np.ndarray | None = None,
        *,
        timestamps: Sequence[float] | np.ndarray | None = None,
        duplicates: Duplicates = "last",
        extra_users: Iterable[str] = (),
        extra_items: Iterable[str] = (),
        friendships: Iterable[tuple[str, str]] | None = None,
        item_attributes: Mapping[str, Mapping[str, Sequence[str]]] | None = None,
        item_years: Mapping[str, int] | None = None,
        item_text: Mapping[str, str] | None = None,
    ) -> Dataset:
        """Build a data set from parallel arrays of raw ids (and optional weights/timestamps).

        ``weights=None`` means every interaction weighs 1. Friendship pairs naming a user that is
        not in the data set are ignored (a friend with no history carries no taste signal).
        """
        users_arr = np.asarray(users).astype(str)
        items_arr = np.asarray(items).astype(str)
        if users_arr.shape != items_arr.shape or users_arr.ndim != 1:
            raise ValueError("users and items must be one-dimensional and of equal length")
        n = len(users_arr)
        w = (
            np.ones(n, dtype=np.float32)
            if weights is None
            else np.asarray(weights, dtype=np.float32).reshape(-1)
        )
        if len(w) != n:
            raise ValueError("weights must have one value per interaction")
        ts = None if timestamps is None else np.asarray(timestamps, dtype=np.float64).reshape(-1)
        if ts is not None and len(ts) != n:
            raise ValueError("timestamps must have one value per interaction")

        user_ids = np.unique(np.concatenate([users_arr, np.asarray(list(extra_users), dtype=str)]))
        item_ids = np.unique(np.concatenate([items_arr, np.asarray(list(extra_items), dtype=str)]))
        rows = np.searchsorted(user_ids, users_arr).astype(np.int64)
        cols = np.searchsorted(item_ids, items_arr).astype(np.int64)
        return cls._from_indices(
            user_ids,
            item_ids,
            rows,
            cols,
            w,
            ts,
            duplicates=duplicates,
            friendships=friendships,
            item_attributes=item_attributes,
            item_years=item_years,
            item_text=item_text,
        )

    @classmethod
    def _from_indices(
        cls,
        user_ids: np.ndarray,
        item_ids: np.ndarray,
        rows: np.ndarray,
        cols: np.ndarray,
        w: np.ndarray,
        ts: np.ndarray | None,
        *,
        duplicates: Duplicates = "last",
        friendships: Iterable[tuple[str, str]] | None = None,
        item_attributes: Mapping[str, Mapping[str, Sequence[str]]] | None = None,
        item_years: Mapping[str, int] | None = None,
        item_text: Mapping[str, str] | None = None,
    ) -> Dataset:
        """:meth:`from_arrays` after its ids became indices into the sorted ``user_ids`` and
        ``item_ids``: duplicates resolved, the matrices and the friendship graph built."""
        n = len(rows)
        # Resolve duplicates on a flat key; np.unique on keys of the reversed order finds each
        # key's last occurrence without a Python loop.
        key = rows * max(len(item_ids), 1) + cols
        if duplicates == "sum":
            uniq, inverse = np.unique(key, return_inverse=True)
            w = np.bincount(inverse, weights=w, minlength=len(uniq)).astype(np.float32)
            if ts is not None:
                ts_out = np.full(len(uniq), -np.inf)
                np.maximum.at(ts_out, inverse, ts)
                ts = ts_out
        elif duplicates in ("last", "max"):
            if duplicates == "max":
                order = np.lexsort((w, key))  # by key, then weight: the last is the max
                key, w = key[order], w[order]
                ts = ts[order] if ts is not None else None
            rev_uniq, rev_first = np.unique(key[::-1], return_index=True)
            pick = n - 1 - rev_first
            uniq, w = rev_uniq, w[pick]
            ts = ts[pick] if ts is not None else None
        else:
            raise ValueError(f"unknown duplicates policy {duplicates!r}")
        n_items = max(len(item_ids), 1)
        r, c = uniq // n_items, uniq % n_items
        shape = (len(user_ids), len(item_ids))
        matrix = sp.csr_matrix((w, (r, c)), shape=shape, dtype=np.float32)
        ts_matrix = (
            None
            if ts is None
            else sp.csr_matrix((ts.astype(np.float64), (r, c)), shape=shape, dtype=np.float64)
        )
        friends = None
        if friendships is not None:
            pairs = np.asarray(list(friendships), dtype=str).reshape(-1, 2)
            a = np.searchsorted(user_ids, pairs[:, 0])
            b = np.searchsorted(user_ids, pairs[:, 1])
            a = np.minimum(a, len(user_ids) - 1)
            b = np.minimum(b, len(user_ids) - 1)
            ok = (
                (user_ids[a] == pairs[:, 0]) & (user_ids[b] == pairs[:, 1]) & (a != b)
                if len(user_ids)
                else np.zeros(len(pairs), dtype=bool)
            )
            a, b = a[ok], b[ok]
            f = sp.csr_matrix(
                (np.ones(2 * len(a), dtype=np.float32), (np.r_[a, b], np.r_[b, a])),
                shape=(len(user_ids), len(user_ids)),
            )
            f.data[:] = 1.0  # pairs listed in both directions must not count twice
            friends = f
        return cls(
            user_ids,
            item_ids,
            matrix,
            timestamps=ts_matrix,
            item_attributes=item_attributes,
            item_years=item_years,
            item_text=item_text,
            friends=friends,
        )

    @classmethod
    def from_frame(
        cls,
        frame: pd.DataFrame,
        *,
        user_col: str | int = 0,
        item_col: str | int = 1,
        weight_col: str | int | None = 2,
        timestamp_col: str | int | None = None,
        duplicates: Duplicates = "last",
        **extras: object,
    ) -> Dataset:
        """Build a data set from a DataFrame; columns are named or given by position.

        ``weight_col`` may name a missing column position (e.g. 2 on a two-column frame): every
        weight is then 1. ``extras`` are passed to :meth:`from_arrays` (side information,
        friendships, extra ids).
        """

        def column(col: str | int) -> pd.Series:
            return frame.iloc[:, col] if isinstance(col, int) else frame[col]

        weights = None
        if weight_col is not None and (
            (isinstance(weight_col, int) and weight_col < frame.shape[1])
            or (isinstance(weight_col, str) and weight_col in frame.columns)
        ):
            weights = column(weight_col).to_numpy(dtype=np.float32)
        ts = None if timestamp_col is None else column(timestamp_col).to_numpy(dtype=np.float64)
        return cls.from_arrays(
            column(user_col).astype(str).to_numpy(),
            column(item_col).astype(str).to_numpy(),
            weights,
            timestamps=ts,
            duplicates=duplicates,
            **extras,  # type: ignore[arg-type]
        )

    @classmethod
    def from_csv(cls, path: str | Path, *, duplicates: Duplicates = "last") -> Dataset:
        """Read ``user,item[,weight]`` after a header row (the format of EVALUATION.md).

        Ids are kept as strings exactly as written; extra columns are ignored; a missing
        third column means weight 1. A tab-separated file (header with tabs and no commas) is
        accepted too. Any problem raises :class:`UserError` naming the file.
        """
        user_ids, rows, item_ids, cols, weights = read_interaction_codes(path)
        w = np.ones(len(rows), dtype=np.float32) if weights is None else weights
        return cls._from_indices(user_ids, item_ids, rows, cols, w, None, duplicates=duplicates)

    # ------------------------------------------------------------------ derived data
    def with_matrix(self, matrix: sp.spmatrix) -> Dataset:
        """A copy sharing ids and side information but with other weights (same shape)."""
        return Dataset(
            self.user_ids,
            self.item_ids,
            matrix,
            item_attributes=self.item_attributes,
            item_years=self.item_years,
            item_text=self.item_text,
            friends=self.friends,
        )

    def item_feature_matrix(
        self, kinds: Sequence[str] | None = None
    ) -> tuple[sp.csr_matrix, list[str]]:
        """Binary ``items x features`` matrix of the given attribute kinds (all by default).

        Feature names are ``"kind:value"``; years become a decade feature ``"decade:1990"``.
        Items without side information get an empty row.
        """
        kinds = list(self.item_attributes) + ["decade"] if kinds is None else list(kinds)
        rows: list[int] = []
        names: dict[str, int] = {}
        cols: list[int] = []
        for kind in kinds:
            values: Mapping[str, Sequence[str]]
            if kind == "decade":
                values = {k: [str(v // 10 * 10)] for k, v in self.item_years.items()}
            else:
                values = self.item_attributes.get(kind, {})
            for item, vals in values.items():
                idx = self.item_index(item)
                if idx is None:
                    continue
                for v in vals:
                    name = f"{kind}:{v}"
                    rows.append(idx)
                    cols.append(names.setdefault(name, len(names)))
        m = sp.csr_matrix(
            (np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(self.n_items, len(names))
        )
        m.data[:] = 1.0
        return m, list(names)

    def fingerprint(self) -> str:
        """A stable hex digest of the ids, the weights, timestamps, side information and friends.

        Independent of the row order the data arrived in; used to refuse a saved model trained
        on other data. Computed once per data set (a data set is not changed after it is built;
        every fit ends with this call, and hybrids fit several models on one data set).
        """
        if self._fingerprint is None:
            self._fingerprint = self._compute_fingerprint()
        return self._fingerprint

    def _compute_fingerprint(self) -> str:
        h = hashlib.sha256(_FINGERPRINT_VERSION)
        for ids in (self.user_ids, self.item_ids):
            h.update(len(ids).to_bytes(8, "little"))
            h.update("\x1f".join(ids.tolist()).encode("utf-8", "surrogatepass"))
        m = self.matrix
        for arr in (m.indptr.astype(np.int64), m.indices.astype(np.int64), m.data):
            h.update(np.ascontiguousarray(arr).tobytes())
        if self.timestamps is not None:
            h.update(b"ts")
            h.update(np.ascontiguousarray(self.timestamps.data).tobytes())
        if self.friends is not None:
            f = sp.csr_matrix(self.friends)
            f.sort_indices()
            h.update(b"friends")
            h.update(f.indptr.astype(np.int64).tobytes())
            h.update(f.indices.astype(np.int64).tobytes())
        side = {
            "attributes": self.item_attributes,
            "years": self.item_years,
            "text": self.item_text,
        }
        if any(side.values()):
            h.update(json.dumps(side, sort_keys=True, ensure_ascii=False).encode("utf-8"))
        return h.hexdigest()
