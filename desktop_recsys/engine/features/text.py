"""Text of the items' side information, analysed for TF-IDF on every script.

Words for languages written with spaces, character uni- and bigrams for runs of scripts
written without them (Chinese, Japanese, Thai...), where a "word" cannot be found by
splitting. :func:`item_texts` gathers one text per item (free text and attribute values);
:func:`tfidf_matrix` weighs their terms, in blocks that report progress and honour cancel.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp

from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.features.matrices import idf, l2_normalise_rows
from desktop_recsys.engine.progress import CancelToken, ProgressFn, no_progress
from desktop_recsys.progress import Message

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


def terms_bound(texts: Sequence[str]) -> int:
    """About the most (item, term) entries :func:`tfidf_matrix` can make of ``texts``, before
    analysing them (for a memory estimate): a word takes two letters and a separator at
    least, a character of a no-space run gives a unigram and a bigram."""
    no_space = sum(len(run) for text in texts for run in _NO_SPACE_RUN.findall(text))
    chars = sum(len(text) for text in texts)
    return (chars - no_space) // 3 + 2 * no_space


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
