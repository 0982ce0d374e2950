"""Building blocks shared by the content, social, hybrid and learned-ranker algorithms.

- Text analysis for TF-IDF that works on every script: words for languages written with
  spaces, character uni- and bigrams for runs of scripts written without them (Chinese,
  Japanese, Thai...), where a "word" cannot be found by splitting.
- Item side-information matrices (TF-IDF text block + IDF-weighted genre/tag/people block).
- Sparse helpers (row normalisation, arrays in and out of a model's flat state).
- Nested models: an algorithm that is built from other registered algorithms (hybrid,
  social's content fallback, the learned ranker's generator) stores each inner model's arrays
  under a prefix of its own state and rebuilds it on load, so persistence stays one ``.npz``
  without pickle.
- :class:`FeatureExplanation`: an :class:`~desktop_recsys.engine.base.Explanation` that also
  carries named features (shared genres, tags, people; model components; friends).
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import scipy.sparse as sp

from desktop_recsys.engine.base import Explanation, Recommender
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.progress import CancelToken, ProgressFn, ProgressScaler
from desktop_recsys.errors import UserError

# ---------------------------------------------------------------------------- explanations


@dataclass(frozen=True)
class FeatureExplanation(Explanation):
    """An explanation with named evidence beyond item / user ids.

    ``features`` lists ``(name, weight)`` pairs, strongest first: ``"genres:Comedy"`` for
    content, a component name for the hybrid, a feature name for the learned ranker.
    """

    features: list[tuple[str, float]] = field(default_factory=list)


# ---------------------------------------------------------------------------- text analysis

# Scripts written without spaces between words: CJK ideographs (and extensions), kana, Thai,
# Lao, Khmer, Myanmar, Tibetan. Hangul is written with spaces, so it is left to the word rule.
_NO_SPACE = (
    "\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff"
    "\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\U00020000-\U0002fa1f"
)
_TOKEN = re.compile(rf"[{_NO_SPACE}]+|[^\W_{_NO_SPACE}]+", re.UNICODE)
_NO_SPACE_RUN = re.compile(rf"[{_NO_SPACE}]+")


def analyse_text(text: str) -> list[str]:
    """Terms of ``text`` for TF-IDF: lower-cased words, plus character n-grams of no-space runs.

    NFKC folds full-width Latin letters and compatibility forms, so ``"ＡＢＣ"`` and ``"abc"``
    meet. A run such as ``"战狼二"`` yields its characters and its bigrams (``"战狼"``,
    ``"狼二"``): bigrams carry most of the meaning of Chinese words, characters let a one-
    character query still match.
    """
    out: list[str] = []
    for tok in _TOKEN.findall(unicodedata.normalize("NFKC", text).lower()):
        if _NO_SPACE_RUN.fullmatch(tok):
            out.extend(tok)
            out.extend(tok[i : i + 2] for i in range(len(tok) - 1))
        elif len(tok) > 1 or not tok.isascii():
            out.append(tok)
    return out


# ---------------------------------------------------------------------------- sparse helpers


def l2_normalise_rows(m: sp.spmatrix) -> sp.csr_matrix:
    """Rows scaled to unit length (empty rows stay empty)."""
    m = sp.csr_matrix(m, dtype=np.float32)
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    inv = np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)
    return sp.csr_matrix(sp.diags(inv.astype(np.float32)) @ m)


def sparse_arrays(prefix: str, m: sp.spmatrix) -> dict[str, np.ndarray]:
    """The three CSR arrays of ``m`` (and its shape) under ``prefix``."""
    m = sp.csr_matrix(m, dtype=np.float32)
    m.sort_indices()
    return {
        f"{prefix}_indptr": m.indptr.astype(np.int64),
        f"{prefix}_indices": m.indices.astype(np.int32),
        f"{prefix}_data": m.data.astype(np.float32),
        f"{prefix}_shape": np.asarray(m.shape, dtype=np.int64),
    }


def sparse_from(state: dict[str, np.ndarray], prefix: str) -> sp.csr_matrix:
    """Inverse of :func:`sparse_arrays`."""
    shape = tuple(int(x) for x in state[f"{prefix}_shape"])
    return sp.csr_matrix(
        (state[f"{prefix}_data"], state[f"{prefix}_indices"], state[f"{prefix}_indptr"]),
        shape=shape,
    )


def dense_rows(m: sp.csr_matrix, rows: np.ndarray) -> np.ndarray:
    """``m[rows]`` as a dense boolean mask (used for seen items of a block of users)."""
    sub = m[rows]
    out = np.zeros(sub.shape, dtype=bool)
    out[np.repeat(np.arange(len(rows)), np.diff(sub.indptr)), sub.indices] = True
    return out


def idf(binary: sp.csr_matrix) -> np.ndarray:
    """Smoothed inverse document frequency of each column of an ``items x features`` matrix."""
    n = binary.shape[0]
    df = np.bincount(binary.indices, minlength=binary.shape[1])
    return (np.log((1.0 + n) / (1.0 + df)) + 1.0).astype(np.float32)


# ---------------------------------------------------------------------------- side information


def item_texts(dataset: Dataset) -> list[str]:
    """One text per item: its free text (title, description) and every attribute value.

    Attribute values join the text so that words inside tags and names match words of titles
    and descriptions (a tag "dark comedy" meets the genre "Comedy").
    """
    parts: list[list[str]] = [[] for _ in range(dataset.n_items)]
    index = {u: i for i, u in enumerate(dataset.item_ids.tolist())}
    for item, text in dataset.item_text.items():
        i = index.get(item)
        if i is not None:
            parts[i].append(text)
    for values in dataset.item_attributes.values():
        for item, vals in values.items():
            i = index.get(item)
            if i is not None:
                parts[i].extend(vals)
    return [" ".join(p) for p in parts]


def tfidf_matrix(
    texts: Sequence[str], *, min_df: int, max_features: int
) -> tuple[sp.csr_matrix, int]:
    """Sublinear TF-IDF of ``texts`` with :func:`analyse_text`; rows L2-normalised.

    Returns the matrix and its vocabulary size (0 columns when no item has any text).
    """
    if not any(t.strip() for t in texts):
        return sp.csr_matrix((len(texts), 0), dtype=np.float32), 0
    # Deferred: scikit-learn takes about a second to import, and only fitting needs it.
    from sklearn.feature_extraction.text import TfidfVectorizer

    vec = TfidfVectorizer(
        analyzer=analyse_text,
        min_df=min(min_df, len(texts)),
        max_features=max_features,
        sublinear_tf=True,
        dtype=np.float32,
    )
    try:
        m = vec.fit_transform(texts)
    except ValueError:  # every term pruned by min_df
        return sp.csr_matrix((len(texts), 0), dtype=np.float32), 0
    return sp.csr_matrix(m, dtype=np.float32), m.shape[1]


# ---------------------------------------------------------------------------- nested models


def fit_inner(
    name: str,
    params: dict[str, str] | None,
    dataset: Dataset,
    progress: ProgressFn,
    cancel: CancelToken,
    span: tuple[float, float],
) -> Recommender:
    """Fit a fresh registered algorithm ``name`` on ``dataset``, reporting into ``span``.

    Uses the public :meth:`~Recommender.fit`, so a cancel raises before anything is kept.
    """
    from desktop_recsys.engine.registry import create  # deferred: registry imports algorithms

    model = create(name, params or {})
    model.fit(dataset, progress=ProgressScaler(progress, *span), cancel=cancel)
    return model


def pack_inner(prefix: str, model: Recommender) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
    """Arrays and meta of a fitted inner model, to keep inside the outer model's state."""
    arrays = {f"{prefix}.{k}": v for k, v in model._state.items()}
    meta = {
        "algorithm": model.name,
        "params": dataclasses.asdict(model.params),
        "meta": model._meta,
    }
    return arrays, meta


def unpack_inner(
    prefix: str,
    meta: dict[str, Any],
    state: dict[str, np.ndarray],
    common: dict[str, np.ndarray],
    fingerprint: str,
) -> Recommender:
    """Rebuild an inner model stored by :func:`pack_inner` (sharing the outer common arrays)."""
    from desktop_recsys.engine.registry import get_algorithm  # deferred: see fit_inner

    cls = get_algorithm(str(meta["algorithm"]))
    model = cls(cls.params_type(**meta["params"]))
    lead = f"{prefix}."
    inner_state = {k[len(lead) :]: v for k, v in state.items() if k.startswith(lead)}
    model._install(common, inner_state, dict(meta["meta"]), fingerprint)
    return model


def parse_list(text: str, what: str) -> list[str]:
    """Comma-separated names, stripped; :class:`UserError` if empty."""
    out = [x.strip() for x in text.split(",") if x.strip()]
    if not out:
        raise UserError(f"{what} must not be empty")
    return out


def parse_floats(text: str, what: str) -> list[float]:
    """Comma-separated non-negative finite numbers; :class:`UserError` otherwise."""
    values: list[float] = []
    for raw in parse_list(text, what):
        try:
            v = float(raw)
        except ValueError:
            raise UserError(f"{what}: {raw!r} is not a number") from None
        if not np.isfinite(v) or v < 0:
            raise UserError(f"{what}: {raw!r} must be a finite number of at least 0")
        values.append(v)
    return values


def parse_options(text: str, what: str) -> dict[str, dict[str, str]]:
    """``"als.factors=64;content.profile=binary"`` -> ``{"als": {"factors": "64"}, ...}``."""
    out: dict[str, dict[str, str]] = {}
    for part in (p.strip() for p in text.split(";")):
        if not part:
            continue
        key, sep, value = part.partition("=")
        algo, dot, name = key.strip().partition(".")
        if not sep or not dot or not algo or not name:
            raise UserError(f"{what}: {part!r} is not ALGORITHM.PARAM=VALUE")
        out.setdefault(algo, {})[name.strip()] = value.strip()
    return out


def user_min_max(scores: np.ndarray, blocked: np.ndarray) -> np.ndarray:
    """Scale each row to 0..1 over the items not ``blocked`` (seen items do not set the range).

    Rows with no spread become 0: they carry no preference between the candidates.
    """
    s = scores.astype(np.float32, copy=True)
    s[~np.isfinite(s)] = 0.0
    big = np.float32(np.finfo(np.float32).max)
    lo = np.where(blocked, big, s).min(axis=1, keepdims=True)
    hi = np.where(blocked, -big, s).max(axis=1, keepdims=True)
    span = hi - lo
    ok = span > 0
    out = np.divide(s - lo, span, out=np.zeros_like(s), where=ok)
    return np.clip(out, 0.0, 1.0)
