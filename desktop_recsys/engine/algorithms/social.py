"""``social``: recommendations from friends' tastes.

Each friend ``v`` of user ``u`` gets a weight

    w_uv = hop(u, v) * ((1 - taste_weight) + taste_weight * cos(x_u, x_v))

where ``hop`` is 1 for a direct friend and ``two_hop_weight`` for a friend of a friend (0
turns second hops off), and ``cos`` is the cosine of the two users' interaction vectors: a
friend whose library looks like yours counts more than one who shares nothing with you. Only
the ``neighbours`` heaviest friends of each user are kept (a sparse ``users x users`` matrix),
so memory grows with the friendship graph, not with ``users^2``.

``score(u, i) = sum_v w_uv x̂_vi`` with ``x̂_v`` the friend's L2-normalised weights, so that a
friend with a huge library does not drown out the others.

Users with no friends (or whose friends have no history) fall back explicitly: to a
``content`` model fitted alongside (``fallback=content``), or to the popularity ranking
(``fallback=popularity``). Their lists say so in ``reason``.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from desktop_recsys.engine.algorithms._nested import fit_inner, pack_inner, unpack_inner
from desktop_recsys.engine.algorithms.content import ContentRecommender
from desktop_recsys.engine.base import (
    FitResult,
    Params,
    RecommendationList,
    Recommender,
    param,
)
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.features.explanation import FeatureExplanation, clauses
from desktop_recsys.engine.features.matrices import l2_normalise_rows, sparse_arrays, sparse_from
from desktop_recsys.engine.progress import CancelToken, ProgressFn
from desktop_recsys.progress import Message, listing

#: The fallback's class by name, to rebuild it from a saved model.
_INNER: dict[str, type[Recommender]] = {ContentRecommender.name: ContentRecommender}
#: Seconds a chunk of the friend weights is sized to take (a report and a cancel check each).
_STEP_S = 0.2
#: Users in the first chunk; later chunks are sized by their time.
_FIRST_CHUNK = 64
#: Largest dense chunk x users block of taste similarities (float32 cells).
_MAX_CELLS = 4_000_000


@dataclass(frozen=True)
class SocialParams(Params):
    """Hyper-parameters of the social model."""

    taste_weight: float = param(
        0.9, min=0.0, max=1.0, help="0 = every friend counts the same, 1 = only shared taste"
    )
    two_hop_weight: float = param(0.2, min=0.0, max=1.0, help="weight of friends of friends")
    neighbours: int = param(100, min=1, help="heaviest friends kept per user", limit=100_000)
    fallback: str = param(
        "content", choices=("content", "popularity"), help="for users with no friends"
    )


def friend_weights(
    x_norm: sp.csr_matrix,
    friends: sp.csr_matrix,
    *,
    taste_weight: float,
    two_hop_weight: float,
    neighbours: int,
    progress: ProgressFn,
    cancel: CancelToken,
) -> sp.csr_matrix:
    """The sparse ``users x users`` friend-weight matrix described in the module docstring."""
    n = friends.shape[0]
    direct = sp.csr_matrix(friends, dtype=np.float32)
    direct.data[:] = 1.0
    hops = direct
    if two_hop_weight > 0:
        second = sp.csr_matrix(direct @ direct)
        second = second - second.multiply(direct)  # direct friends stay direct
        second.setdiag(0)
        second.eliminate_zeros()
        second.data[:] = np.float32(two_hop_weight)
        hops = sp.csr_matrix(direct + second)
    hops.sort_indices()
    rows_out, cols_out, vals_out = [], [], []
    # Chunks of users sized to take about _STEP_S each (from the previous chunk's time per
    # user), each with a progress report and a cancel check; the dense chunk x users block of
    # similarities stays under _MAX_CELLS. The result does not depend on the chunk sizes.
    size, start = _FIRST_CHUNK, 0
    most = max(16, _MAX_CELLS // max(n, 1))
    while start < n:
        cancel.raise_if_cancelled()
        began = time.perf_counter()
        stop = min(start + size, n)
        block = hops[start:stop].tocoo()
        r, col, hop = block.row.astype(np.int64), block.col.astype(np.int64), block.data
        # Taste similarity of every stored friend pair: one sparse product for the chunk,
        # read at the friend pattern.
        sims = (x_norm[start:stop] @ x_norm.T).toarray()
        cos = sims[r, col]
        vals = hop * ((1.0 - taste_weight) + taste_weight * np.maximum(cos, 0.0))
        keep = vals > 0
        r, col, vals = r[keep], col[keep], vals[keep]
        if neighbours < n and len(r):
            # Keep each user's heaviest friends: sort by (row, -weight, id), take the first k.
            order = np.lexsort((col, -vals, r))
            r, col, vals = r[order], col[order], vals[order]
            first = np.searchsorted(r, r, side="left")
            keep = (np.arange(len(r)) - first) < neighbours
            r, col, vals = r[keep], col[keep], vals[keep]
        rows_out.append(r + start)
        cols_out.append(col)
        vals_out.append(vals.astype(np.float32))
        progress(
            0.1 + 0.5 * stop / n,
            Message("social: friends of {done} of {total} users", done=stop, total=n),
        )
        per_user = max(time.perf_counter() - began, 1e-6) / (stop - start)
        size = int(np.clip(_STEP_S / per_user, 16, max(16, min(2 * (stop - start), most))))
        start = stop
    rows = np.concatenate(rows_out) if rows_out else np.empty(0, dtype=np.int64)
    cols = np.concatenate(cols_out) if cols_out else np.empty(0, dtype=np.int64)
    vals = np.concatenate(vals_out) if vals_out else np.empty(0, dtype=np.float32)
    out = sp.csr_matrix((vals, (rows, cols)), shape=(n, n), dtype=np.float32)
    out.sort_indices()
    return out


class SocialRecommender(Recommender):
    """What your friends (weighted by friendship and shared taste) like."""

    name = "social"
    params_type = SocialParams
    sparse_scores = True  # an item none of your friends has carries no social evidence
    needs_history = False  # friends' tastes serve a profile that has nothing yet

    def _fit(self, dataset: Dataset, progress: ProgressFn, cancel: CancelToken) -> FitResult:
        p = self.params
        n = dataset.n_users
        friends = (
            sp.csr_matrix(dataset.friends)
            if dataset.friends is not None
            else sp.csr_matrix((n, n), dtype=np.float32)
        )
        x_norm = l2_normalise_rows(dataset.matrix)
        progress(0.1, Message("social: reading friendships"))
        weights = friend_weights(
            x_norm,
            friends,
            taste_weight=p.taste_weight,
            two_hop_weight=p.two_hop_weight,
            neighbours=p.neighbours,
            progress=progress,
            cancel=cancel,
        )
        arrays = {**sparse_arrays("w", weights), **sparse_arrays("direct", friends)}
        meta: dict[str, object] = {"direct_friend_pairs": int(friends.nnz // 2)}
        if p.fallback == "content":
            inner = fit_inner(ContentRecommender, None, dataset, progress, cancel, (0.6, 0.95))
            inner_arrays, meta["content"] = pack_inner("content", inner)
            arrays.update(inner_arrays)
        return arrays, meta

    def _prepare(self) -> None:
        self._w = sparse_from(self._state, "w")
        self._direct = sparse_from(self._state, "direct")
        self._x_norm = l2_normalise_rows(self._seen)
        # Users with at least one friend who has any history: the rest use the fallback.
        self._has_friends = np.diff(self._w.indptr) > 0
        self._content: Recommender | None = None
        if "content" in self._meta:
            self._content = unpack_inner(
                "content",
                self._meta["content"],
                self._state,
                self._common,
                self.fingerprint or "",
                _INNER,
            )

    def _score(self, users: np.ndarray) -> np.ndarray:
        out = (self._w[users] @ self._x_norm).toarray().astype(np.float32)
        lonely = ~self._has_friends[users]
        if lonely.any() and self._content is not None:
            out[lonely] = self._content._score(users[lonely])
        return out

    def recommend_many(
        self,
        users: Sequence[str],
        n: int = 10,
        *,
        exclude: Iterable[str] = (),
        include_seen: bool = False,
        batch_size: int = 1024,
    ) -> list[RecommendationList]:
        """As the base class, with the reason set for users served by the fallback."""
        lists = super().recommend_many(
            users, n, exclude=exclude, include_seen=include_seen, batch_size=batch_size
        )
        out = []
        for recs in lists:
            u = self._user_index.get(recs.user)
            if u is not None and not self._has_friends[u]:
                how = "content similarity" if self._content is not None else "popular items"
                recs = dataclasses.replace(recs, reason=f"no friends with a history: {how}")
                if self._content is None:
                    recs = dataclasses.replace(recs, fallback_from=0)
            out.append(recs)
        return out

    def _contributions(self, user: int, item: int) -> tuple[str, list[tuple[int, float]]]:
        row = self._w[user]
        col = self._x_norm[:, [item]].tocsc()
        common, a, b = np.intersect1d(row.indices, col.indices, return_indices=True)
        return "user", list(zip(common.tolist(), (row.data[a] * col.data[b]).tolist(), strict=True))

    def explain(self, user: str, item: str, *, top: int = 5) -> FeatureExplanation:
        """Which friends have the item (and how much each counts), or the fallback's evidence."""
        u = self._user_index.get(str(user))
        if u is not None and not self._has_friends[u] and self._content is not None:
            e = self._content.explain(user, item, top=top)
            alone = Message("no friends with a history")
            fields = {**e.__dict__, "text": clauses([alone, e.text])}
            return FeatureExplanation(**fields)
        base = super().explain(user, item, top=top)
        if base.fallback or base.kind != "user" or u is None:
            return FeatureExplanation(**base.__dict__)
        # Evidence: every direct friend who has the item (exactly, with no cap), weighed by
        # how much each counts for this user; friends of friends raise the score too but are
        # not "your friends" and are not named as such.
        i = self._item_index[str(item)]
        having = self._direct_having(u, i)
        weight = dict(self._contributions(u, i)[1])
        friends = [(str(self._user_ids[j]), float(weight.get(int(j), 0.0))) for j in having]
        friends.sort(key=lambda p: -p[1])
        names = [name for name, _ in friends[:3]]
        if names:
            text = Message("your friends {names} have it", names=listing(names))
        else:  # only friends of friends have it
            others = [
                Message("{name} (friend of a friend)", name=name)
                for name, _ in base.contributions[:3]
            ]
            text = Message("friends of your friends have it: {names}", names=listing(others))
        features = [(f"friend:{name}", w) for name, w in friends]
        return FeatureExplanation(
            base.user, base.item, base.score, "user", text, base.contributions, False, features
        )

    def _direct_having(self, user: int, item: int) -> np.ndarray:
        """Indices of ``user``'s direct friends who have ``item`` (any stored interaction)."""
        direct = self._direct[user].indices
        col = self._seen[:, [item]].tocsc()
        return np.intersect1d(direct, col.indices)
