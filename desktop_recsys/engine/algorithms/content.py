"""``content``: content-based recommendations from item side information.

Each item is a sparse vector made of up to three blocks, each L2-normalised and weighted,
then the whole row L2-normalised:

1. **text** (``text_weight``): sublinear TF-IDF over the item's free text (title, artist or
   director, description) and its attribute values, tokenised by
   :func:`~desktop_recsys.engine.features.text.analyse_text` (words for spaced scripts,
   character uni- and bigrams for Chinese, Japanese, Thai...).
2. **attributes** (``attribute_weight``): one binary feature per genre, tag, person (any
   attribute kind of the data set) and decade, IDF-weighted so that a rare tag says more than
   "Drama".
3. **audience** (``audience``): the item's normalised column of interactions. With ``auto``
   it describes only items that have no side information at all, so that a library without
   tags still gets sensible (item-to-item, collaborative) answers instead of nothing; with
   ``never`` such items are simply not ranked by this model.

A user's profile is the weighted mean of the vectors of what they interacted with
(``profile``: by weight, binary, or centred on the user's mean weight so that low ratings
push away); the score of an item is the cosine between the profile and the item vector.
Items with side information but no interactions get scores like any other: new items are
recommendable from day one.

Memory: the item matrix is ``items x features`` sparse; scoring a block of users is a sparse
product, then one dense ``block x items`` array.

Fitting reports progress and checks cancel between blocks of about 50,000 characters of text
(:func:`~desktop_recsys.engine.features.text.tfidf_matrix`, the long step), and again before
each of the short steps after it; it needs no scikit-learn.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from desktop_recsys.engine import _memory
from desktop_recsys.engine.base import FitResult, Params, Recommender, param
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.features.explanation import FeatureExplanation, clauses, shared
from desktop_recsys.engine.features.matrices import (
    idf,
    l2_normalise_rows,
    pair_dots,
    sparse_arrays,
    sparse_from,
)
from desktop_recsys.engine.features.text import item_texts, terms_bound, tfidf_matrix
from desktop_recsys.engine.progress import CancelToken, ProgressFn, ProgressScaler, off_thread
from desktop_recsys.progress import Message, listing

#: Peak bytes per (item, term) entry of the text index while it is built: Python lists of its
#: column and count, the vocabulary, the sparse matrix and its weighted copies
#: (ml-latest-small: 61,221 entries, an 8.3 MB peak in all by tracemalloc, 136 bytes each).
_BYTES_PER_TERM = 160
#: Peak bytes per attribute link and per interaction (float32 copies in the item vectors).
_BYTES_PER_ENTRY = 48
#: Users scored per block: one dense ``block x items`` float32 array, and its copy.
_SCORE_BLOCK = 256


def content_memory_bytes(dataset: Dataset, texts: list[str]) -> tuple[int, int]:
    """Peak bytes the content model needs on ``dataset`` with ``texts`` (none without the
    text block), and the part the text makes."""
    links = sum(
        len(vals) for values in dataset.item_attributes.values() for vals in values.values()
    )
    text = _BYTES_PER_TERM * terms_bound(texts)
    rest = _BYTES_PER_ENTRY * (links + int(dataset.matrix.nnz))
    return text + rest + 2 * 4 * _SCORE_BLOCK * dataset.n_items, text


def check_content_memory(dataset: Dataset, texts: list[str], name: str) -> None:
    """Refuse, in one line, a content model too big for the free memory."""
    need, text = content_memory_bytes(dataset, texts)
    budget = _memory.memory_budget()
    if budget is None or need <= budget:
        return
    chars = sum(len(t) for t in texts)
    advice = (
        Message("use --param text_weight=0 (genres, tags and people only)")
        if text and need - text <= budget
        else Message("use another algorithm (als), or free some memory")
    )
    what = Message(
        "{algorithm} on {items:,} items with {chars:,} characters of text",
        algorithm=name,
        items=dataset.n_items,
        chars=chars,
    )
    _memory.check_memory(need, what, advice)


@dataclass(frozen=True)
class ContentParams(Params):
    """Hyper-parameters of the content model."""

    text_weight: float = param(1.0, min=0.0, help="weight of the TF-IDF text block", limit=1e6)
    attribute_weight: float = param(
        1.0, min=0.0, help="weight of genres/tags/people/decade", limit=1e6
    )
    audience: str = param(
        "auto",
        choices=("auto", "always", "never"),
        help="describe items by who has them: auto = only items without side information",
    )
    profile: str = param(
        "weight",
        choices=("weight", "binary", "centred"),
        help="how the user's items are weighted in the profile",
    )
    min_df: int = param(1, min=1, help="drop text terms found in fewer items", limit=1_000_000)
    max_features: int = param(100000, min=1, help="largest text vocabulary kept", limit=1_000_000)


class ContentRecommender(Recommender):
    """Cosine between a user's profile and each item's side-information vector."""

    name = "content"
    params_type = ContentParams
    sparse_scores = True  # an item sharing nothing with the profile has no evidence

    def _fit(self, dataset: Dataset, progress: ProgressFn, cancel: CancelToken) -> FitResult:
        p = self.params
        blocks: list[sp.csr_matrix] = []
        text_cols = 0
        texts = item_texts(dataset) if p.text_weight > 0 else []
        check_content_memory(dataset, texts, self.name)  # before the text is analysed
        if p.text_weight > 0:
            cancel.raise_if_cancelled()
            # Text analysis is the long step: tfidf_matrix reports and checks cancel per block.
            text, text_cols = tfidf_matrix(
                texts,
                min_df=p.min_df,
                max_features=p.max_features,
                progress=ProgressScaler(progress, 0.02, 0.4),
                cancel=cancel,
            )
            blocks.append(text * np.float32(p.text_weight))
        progress(0.4, Message("content: text indexed"))
        cancel.raise_if_cancelled()

        # One step of pure Python on big catalogues: on a helper thread, so reports go on.
        attr, names = off_thread(
            dataset.item_feature_matrix, progress, cancel, 0.4, "content: indexing attributes"
        )
        weighted = l2_normalise_rows(attr @ sp.diags(idf(attr)))
        if p.attribute_weight > 0:
            blocks.append(weighted * np.float32(p.attribute_weight))
        progress(0.6, Message("content: attributes indexed"))
        cancel.raise_if_cancelled()

        has_side = np.zeros(dataset.n_items, dtype=bool)
        for b in blocks:
            has_side |= np.diff(b.indptr) > 0
        audience_items = 0
        if p.audience != "never":
            use = np.ones(dataset.n_items, dtype=bool) if p.audience == "always" else ~has_side
            audience_items = int(use.sum())
            if audience_items:
                aud = l2_normalise_rows(dataset.matrix.T.tocsr())
                blocks.append(sp.csr_matrix(sp.diags(use.astype(np.float32)) @ aud))
        x = (
            l2_normalise_rows(sp.hstack(blocks, format="csr"))
            if blocks
            else sp.csr_matrix((dataset.n_items, 0), dtype=np.float32)
        )
        cancel.raise_if_cancelled()
        arrays = {**sparse_arrays("x", x), **sparse_arrays("attr", attr)}
        arrays["attr_names"] = np.asarray(names if names else [""], dtype=str)[: len(names)]
        progress(0.9, Message("content: item vectors built"))
        cancel.raise_if_cancelled()
        meta = {
            "text_features": int(text_cols),
            "attribute_features": len(names),
            "audience_items": audience_items,
        }
        return arrays, meta

    def _prepare(self) -> None:
        self._x = sparse_from(self._state, "x")
        self._xt = self._x.T.tocsr()
        self._attr = sparse_from(self._state, "attr")
        self._attr_names = self._state["attr_names"]
        self._w = self._profile_weights()

    def _profile_weights(self) -> sp.csr_matrix:
        w = sp.csr_matrix(self._seen, dtype=np.float32, copy=True)
        mode = self.params.profile
        if mode == "binary":
            w.data[:] = 1.0
        elif mode == "centred":
            counts = np.diff(w.indptr)
            sums = np.add.reduceat(w.data, w.indptr[:-1]) if w.nnz else np.zeros(w.shape[0])
            sums = np.where(counts > 0, sums, 0.0)
            means = np.divide(sums, counts, out=np.zeros(w.shape[0]), where=counts > 0)
            w.data = (w.data - np.repeat(means, counts)).astype(np.float32)
            # A user whose weights are all equal (implicit data) keeps them all as liked.
            flat = np.repeat(np.add.reduceat(np.abs(w.data), w.indptr[:-1]) == 0, counts)
            if w.nnz:
                w.data[flat] = 1.0
        else:
            w.data = np.maximum(w.data, 0.0)
        return w

    def profiles(self, users: np.ndarray) -> sp.csr_matrix:
        """Unit-length profiles (``len(users) x features``) of known user indices."""
        return l2_normalise_rows(self._w[users] @ self._x)

    def _score(self, users: np.ndarray) -> np.ndarray:
        out = np.empty((len(users), self._x.shape[0]), dtype=np.float32)
        # Sub-blocks bound the sparse product's temporary size on large catalogues.
        for start in range(0, len(users), 256):
            block = users[start : start + 256]
            out[start : start + len(block)] = (self.profiles(block) @ self._xt).toarray()
        return out

    def pair_scores(self, users: np.ndarray, items: np.ndarray) -> np.ndarray:
        """``_score(users)`` at the cells ``items`` only (``items[r]`` for ``users[r]``).

        For a few candidates per user (the learned ranker's features) this skips the dense
        ``users x catalogue`` product, which was most of the time.
        """
        out = np.empty(items.shape, dtype=np.float64)
        # Dense profiles (block x features) for the dot products: sub-blocks bound their size.
        for start in range(0, len(users), 32):
            sub = slice(start, start + 32)
            profile = self.profiles(users[sub]).toarray()
            out[sub] = pair_dots(profile, self._x, items[sub])
        return out

    def item_similarity(self, items: np.ndarray, others: np.ndarray) -> np.ndarray:
        """Cosine of each item in ``items`` with each in ``others`` (dense, small inputs)."""
        return (self._x[items] @ self._x[others].T).toarray()

    # ------------------------------------------------------------------ explanations
    def shared_features(self, user: int, item: int) -> list[tuple[str, float]]:
        """Attributes of ``item`` found among the user's items, with the share of the user's
        profile weight that carries each (strongest first)."""
        row = self._w[user]
        liked = row.indices[row.data > 0]
        weights = row.data[row.data > 0]
        feats = self._attr[item].indices
        if not len(feats) or not len(liked) or weights.sum() <= 0:
            return []
        sub = self._attr[liked][:, feats]  # |liked| x |feats| binary
        share = np.asarray(sub.T @ weights).ravel() / weights.sum()
        order = np.argsort(-share, kind="stable")
        return [(str(self._attr_names[feats[j]]), float(share[j])) for j in order if share[j] > 0]

    def explain(self, user: str, item: str, *, top: int = 5) -> FeatureExplanation:
        """Shared genres, tags and people, and the user's own items most like this one."""
        base = super().explain(user, item, top=top)
        u, i = self._user_index.get(str(user)), self._item_index.get(str(item))
        if base.fallback or u is None or i is None:
            return FeatureExplanation(**base.__dict__)
        features = self.shared_features(u, i)[:top]
        contributions = base.contributions
        parts: list[str] = []
        by_kind: dict[str, list[str]] = {}
        for name, _ in features:
            kind, _, value = name.partition(":")
            by_kind.setdefault(kind, []).append(value)
        for kind, values in by_kind.items():
            parts.append(shared(kind, values[:3]))
        if contributions:
            liked = listing(c for c, _ in contributions[:3])
            parts.append(Message("like {names}", names=liked))
        if parts:
            text, kind = Message("shares {what}", what=clauses(parts)), "item"
        else:
            text, kind = base.text, base.kind
        return FeatureExplanation(
            base.user, base.item, base.score, kind, text, contributions, False, features
        )

    def _contributions(self, user: int, item: int) -> tuple[str, list[tuple[int, float]]]:
        row = self._w[user]
        if not row.nnz:
            return "item", []
        sims = np.asarray(self._x[row.indices] @ self._x[item].T.toarray()).ravel()
        return "item", list(zip(row.indices.tolist(), (sims * row.data).tolist(), strict=True))
