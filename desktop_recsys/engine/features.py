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
import threading
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import numpy as np
import scipy.sparse as sp

from desktop_recsys.engine.base import Explanation, Recommender
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.progress import CancelToken, ProgressFn, ProgressScaler, no_progress
from desktop_recsys.errors import UserError
from desktop_recsys.progress import Message

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


def pair_dots(left: np.ndarray, right: sp.csr_matrix, cols: np.ndarray) -> np.ndarray:
    """``left[r] . right[cols[r, c]]`` for every cell of ``cols`` (``b x K``), as float64.

    ``left`` is dense (``b x F``), ``right`` sparse (``n x F``). Equals
    ``np.take_along_axis(left @ right.T, cols, axis=1)`` but touches only the stored entries
    of the ``b * K`` rows asked for, instead of building the dense ``b x n`` product.
    """
    b, k = cols.shape
    rows = right[cols.ravel()]
    per_row = np.diff(rows.indptr)
    owner = np.repeat(np.repeat(np.arange(b), k), per_row)  # left row of each stored entry
    products = rows.data.astype(np.float64) * left[owner, rows.indices]
    pair = np.repeat(np.arange(b * k), per_row)
    return np.bincount(pair, weights=products, minlength=b * k).reshape(b, k)


def sparse_lookup(m: sp.spmatrix, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """``m[rows[j], cols[j]]`` for every ``j``, as float64 (missing entries are 0).

    A binary search over the stored entries' ``(row, column)`` keys: scipy's own
    ``m[rows, cols]`` took over a second for 100,000 pairs on a busy machine.
    """
    m = sp.csr_matrix(m)
    m.sum_duplicates()  # also sorts the indices, so the keys below are sorted
    rows = np.asarray(rows, dtype=np.int64).ravel()
    cols = np.asarray(cols, dtype=np.int64).ravel()
    if not m.nnz or not len(rows):
        return np.zeros(len(rows), dtype=np.float64)
    n = np.int64(m.shape[1])
    keys = np.repeat(np.arange(m.shape[0], dtype=np.int64), np.diff(m.indptr)) * n + m.indices
    wanted = rows * n + cols
    at = np.minimum(np.searchsorted(keys, wanted), len(keys) - 1)
    return np.where(keys[at] == wanted, m.data[at], 0.0).astype(np.float64)


def sparse_cells(m: sp.spmatrix, cols: np.ndarray) -> np.ndarray:
    """``m[r, cols[r, c]]`` for every cell of ``cols`` (``b x K``, one row of ``m`` per row of
    ``cols``), as float64, without densifying ``m``."""
    b, k = cols.shape
    return sparse_lookup(m, np.repeat(np.arange(b), k), cols).reshape(b, k)


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


#: Characters of text analysed between two progress reports / cancel checks (about 0.05 s on
#: an idle core, so well under the contract's second on a machine several times busier).
TEXT_BLOCK_CHARS = 50_000


def tfidf_matrix(
    texts: Sequence[str],
    *,
    min_df: int,
    max_features: int,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
    algorithm: str = "content",
) -> tuple[sp.csr_matrix, int]:
    """Sublinear TF-IDF of ``texts`` with :func:`analyse_text`; rows L2-normalised.

    Returns the matrix and its vocabulary size (0 columns when no item has any text).

    The same matrix as scikit-learn's ``TfidfVectorizer(analyzer=analyse_text, min_df=...,
    max_features=..., sublinear_tf=True)`` (columns in alphabetical order of the terms,
    ``1 + log(tf)`` times the smoothed IDF, rows L2-normalised; a test holds the two equal), but
    computed here in blocks of about :data:`TEXT_BLOCK_CHARS` characters: text analysis is
    pure Python and took seconds on 15,000 Last.fm artists on a busy machine, so between two
    blocks it reports ``progress`` (0..1 of this pass) and checks ``cancel``. Terms kept by
    ``max_features`` are the most frequent over all texts (ties: alphabetical order).
    """
    token = cancel if cancel is not None else CancelToken()
    n = len(texts)
    total_chars = max(1, sum(len(t) for t in texts))
    vocabulary: dict[str, int] = {}
    indptr = np.zeros(n + 1, dtype=np.int64)
    indices: list[int] = []
    counts: list[int] = []
    done_chars = since_check = 0
    token.raise_if_cancelled()
    progress(
        0.0,
        Message(
            "{algorithm}: indexing text, {done} of {total} items",
            algorithm=algorithm,
            done=0,
            total=n,
        ),
    )
    for row, text in enumerate(texts):
        terms = Counter(analyse_text(text))
        indices.extend(vocabulary.setdefault(term, len(vocabulary)) for term in terms)
        counts.extend(terms.values())
        indptr[row + 1] = len(indices)
        since_check += len(text)
        if since_check >= TEXT_BLOCK_CHARS:
            done_chars += since_check
            since_check = 0
            token.raise_if_cancelled()
            progress(
                0.9 * done_chars / total_chars,
                Message(
                    "{algorithm}: indexing text, {done} of {total} items",
                    algorithm=algorithm,
                    done=row + 1,
                    total=n,
                ),
            )
    token.raise_if_cancelled()
    if not vocabulary:
        return sp.csr_matrix((n, 0), dtype=np.float32), 0
    terms = list(vocabulary)
    col = np.asarray(indices, dtype=np.int64)
    tf = np.asarray(counts, dtype=np.float64)
    df = np.bincount(col, minlength=len(terms))
    kept_ids: list[int] = np.flatnonzero(df >= min(min_df, n)).tolist()
    if len(kept_ids) > max_features:
        total_tf = np.bincount(col, weights=tf, minlength=len(terms)).tolist()
        kept_ids.sort(key=lambda i: (-total_tf[i], terms[i]))  # most frequent first
        kept_ids = kept_ids[:max_features]
    if not kept_ids:  # every term pruned by min_df
        return sp.csr_matrix((n, 0), dtype=np.float32), 0
    # Columns in alphabetical order of the kept terms, as scikit-learn numbers them.
    kept_ids.sort(key=terms.__getitem__)
    keep = np.asarray(kept_ids, dtype=np.int64)
    new_col = np.full(len(terms), -1, dtype=np.int64)
    new_col[keep] = np.arange(len(keep))
    mapped = new_col[col]
    kept = mapped >= 0
    row_of = np.repeat(np.arange(n), np.diff(indptr))[kept]
    m = sp.csr_matrix(
        ((1.0 + np.log(tf[kept])).astype(np.float32), (row_of, mapped[kept])),
        shape=(n, len(keep)),
    )
    token.raise_if_cancelled()
    progress(0.95, Message("{algorithm}: weighting text terms", algorithm=algorithm))
    m = m @ sp.diags(idf(m))
    return l2_normalise_rows(m), len(keep)


# ---------------------------------------------------------------------------- long steps

_T = TypeVar("_T")


def off_thread(
    work: Callable[[], _T],
    progress: ProgressFn,
    cancel: CancelToken,
    fraction: float,
    message: str,
    *,
    poll: float = 0.1,
) -> _T:
    """Run ``work()`` on a helper thread; meanwhile report ``fraction`` and check ``cancel``
    every ``poll`` seconds on this one.

    Reports once before waiting, and checks cancel once more after the helper ended, so a
    cancel that arrived during ``work`` always wins. On cancel, raises
    :class:`~desktop_recsys.errors.Cancelled` at once: the helper (a daemon) runs its step to
    the end in the background and its result is dropped. Errors of ``work`` are re-raised here.

    For one long step that cannot be cut: compiled code that releases the GIL (scikit-learn's
    solvers) runs truly alongside; Python code still lets this thread in every few
    milliseconds (the interpreter's switch interval), so reports and cancel stay live.
    """
    done: list[_T] = []
    errors: list[BaseException] = []

    def target() -> None:
        try:
            done.append(work())
        except BaseException as exc:  # noqa: BLE001 - handed over to the fitting thread
            errors.append(exc)

    helper = threading.Thread(target=target, name="engine-step", daemon=True)
    cancel.raise_if_cancelled()
    progress(fraction, message)
    helper.start()
    while helper.is_alive():
        helper.join(poll)
        cancel.raise_if_cancelled()
        if helper.is_alive():
            progress(fraction, message)
    cancel.raise_if_cancelled()
    if errors:
        raise errors[0]
    return done[0]


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
