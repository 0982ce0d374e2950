"""Full-text search text: how words are stored in the FTS5 index and how typed text queries it.

:func:`fts_text` is registered on every connection as the SQL function ``dr_fts_text`` (the
index triggers of :mod:`~desktop_recsys.library.migrations` call it) and is used by the checks
that compare the index with the items; :func:`fts_query` turns what a person typed into a safe
FTS5 ``MATCH`` expression.
"""

from __future__ import annotations

import re
import unicodedata

# Scripts written without spaces between words: each character becomes its own token, so a
# search for any run of characters finds it (as a phrase of single-character tokens).
_UNSPACED_SCRIPT = re.compile(
    "([\u0e00-\u0e7f"  # Thai
    "\u0e80-\u0eff"  # Lao
    "\u1000-\u109f"  # Myanmar
    "\u1780-\u17ff"  # Khmer
    "\u3040-\u30ff"  # Hiragana, Katakana
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # CJK ideographs
    "\U00020000-\U0002ebef])"
)

#: The index columns a search box looks in (the ``kind`` column is matched separately).
SEARCH_COLUMNS = "title artist album genres tags"


# The accents folded away: the combining diacritical marks of Latin, Greek and Cyrillic letters
# (é, ö, ά, ё). Marks of other scripts (kana voicing, Indic vowel signs) change the letter, so
# they stay.
_ACCENTS = re.compile("[\u0300-\u036f]")


def fold(text: str) -> str:
    """``text`` without case or accents, in every script: "Άστρο" -> "αστρο", "Björk" ->
    "bjork", "ＡＢＣ" -> "abc". The index stores folded text and queries are folded the same
    way, so one lookup finds every spelling (no trying of variants)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", _ACCENTS.sub("", decomposed).casefold())


def fts_text(text: str | None) -> str:
    """The text as stored in the full-text index: folded (:func:`fold`), unspaced scripts
    split into characters."""
    if not text:
        return ""
    return _UNSPACED_SCRIPT.sub(r" \1 ", fold(text))


def search_key(text: str | None) -> str:
    """The words of ``text`` as the index sees them, one space apart: titles and typed text
    compare equal (or as a prefix) on this key whatever their case, accents or spacing."""
    return " ".join(re.findall(r"\w+", fts_text(text)))


def fts_query(text: str, kind: str | None = None, *, columns: str = SEARCH_COLUMNS) -> str:
    """Turn what a person typed into a safe FTS5 query: every word must match (in ``columns``),
    the last one as a prefix (search as you type); ``kind`` restricts to one item kind. FTS5
    syntax in the input is treated as plain text. Empty when nothing searchable was typed."""
    words = [w for w in re.split(r"\s+", text.strip()) if w]
    parts: list[str] = []
    for index, word in enumerate(words):
        tokens = re.findall(r"\w+", fts_text(word))
        if not tokens:
            continue
        phrase = '"' + " ".join(tokens) + '"'
        if index == len(words) - 1:
            phrase += "*"
        parts.append(phrase)
    if not parts:
        return ""
    query = "{" + columns + "} : (" + " AND ".join(parts) + ")"
    if kind is not None:
        query = f"kind : {kind} AND " + query
    return query


def title_rank(title: str | None, key: str) -> int:
    """How well a title answers a search whose :func:`search_key` is ``key``: 0 the same
    words, 1 starts with them, 2 holds every word (the last as a prefix), 3 otherwise (the
    item matched through its artist, album, genres or tags). SQL: ``dr_title_rank``."""
    words = search_key(title)
    if words == key:
        return 0
    if words.startswith(key):
        return 1
    wanted = key.split()
    have = words.split()
    if (
        wanted
        and all(w in have for w in wanted[:-1])
        and any(h.startswith(wanted[-1]) for h in have)
    ):
        return 2
    return 3
