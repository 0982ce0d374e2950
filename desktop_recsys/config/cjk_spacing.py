"""Spaces between Chinese and other words where a translated template meets its values.

The one rule for the window and the command line (issue 19): a template's space between two
Chinese characters goes ("给小明的推荐", not "给 小明 的推荐"), and a Chinese character of the
template that touches a Latin word or a number of a value, or the other way round, gets one
("为 Ada 推荐电影", not "为Ada推荐电影"): the common convention of Chinese software text. Only
the template's own text changes: a value (a title, a name) is printed as it is, and a run of
spaces, a padded value or a field with a width (a table column, ``{0:<12}``) keeps the
padding and alignment. Text without Chinese characters comes back as ``str.format`` makes it.
"""

from __future__ import annotations

import re
import string

#: A Chinese character or full-width punctuation: no template space goes between two.
_CJK_CHAR = re.compile("[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
#: A Chinese character (not punctuation): a Latin word or a number beside it gets a space.
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
#: A letter of a Latin, Greek or Cyrillic word, or a digit.
_WORD = re.compile("[0-9A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]")
#: What a value's word may start or end with besides: its quotes ({0!r}) and brackets.
_VALUE_WORD = re.compile(f"{_WORD.pattern}|['\"()\\[\\]]")


def format_spaced(template: str, /, *args: object, **kwargs: object) -> str:
    """``template.format(*args, **kwargs)`` spaced by the module's rule: a single space of the
    template's text between two Chinese characters is dropped, and where the template's text
    and a value meet, a Chinese character beside a Latin letter or a digit is set apart by
    one space. A template that does not parse comes back as ``str.format`` makes it."""
    text = template.format(*args, **kwargs)
    if not _CJK_CHAR.search(text):
        return text
    pieces: list[tuple[str, str]] = []  # (text, "literal" | "value" | "column")
    auto = 0
    try:
        for literal, field, spec, conversion in string.Formatter().parse(template):
            if literal:
                pieces.append((literal, "literal"))
            if field is None:
                continue
            if field == "":
                field, auto = str(auto), auto + 1
            one = "{" + field + (f"!{conversion}" if conversion else "") + f":{spec or ''}}}"
            column = bool(re.match(r"[^0-9]*[1-9]", (spec or "").split(".")[0]))
            pieces.append((one.format(*args, **kwargs), "column" if column else "value"))
    except (IndexError, KeyError, ValueError, AttributeError):
        return text
    closed = [
        (_close_literal(pieces, index) if kind == "literal" else piece, kind)
        for index, (piece, kind) in enumerate(pieces)
    ]
    out: list[str] = []
    last = ("", "literal")  # the last piece written that was not empty
    for piece, kind in closed:
        if not piece:
            continue
        kinds = (kind, last[1])
        if out and "column" not in kinds and "value" in kinds and _apart(last, (piece, kind)):
            out.append(" ")
        out.append(piece)
        last = (piece, kind)
    return "".join(out)


def _close_literal(pieces: list[tuple[str, str]], index: int) -> str:
    """The literal at ``index`` without its single spaces between two Chinese characters
    (its own or its neighbouring values'; a column's padding never counts as a neighbour)."""
    piece = pieces[index][0]
    before = pieces[index - 1] if index else ("", "value")
    after = pieces[index + 1] if index + 1 < len(pieces) else ("", "value")
    kept = []
    for j, char in enumerate(piece):
        if char == " ":
            prev = piece[j - 1] if j else (before[0][-1:] if before[1] == "value" else "")
            nxt = (
                piece[j + 1]
                if j + 1 < len(piece)
                else (after[0][:1] if after[1] == "value" else "")
            )
            if _CJK_CHAR.fullmatch(prev or "x") and _CJK_CHAR.fullmatch(nxt or "x"):
                continue
        kept.append(char)
    return "".join(kept)


def _apart(left: tuple[str, str], right: tuple[str, str]) -> bool:
    """Whether a space goes between the pieces ``left`` and ``right`` (text, kind): a Chinese
    character on one side, a Latin letter or a digit on the other (of a value: also its
    quotes and brackets, "用户 'Ada' 训练"; the template's own punctuation never)."""
    end, start = left[0][-1], right[0][0]

    def word(char: str, kind: str) -> bool:
        return bool((_VALUE_WORD if kind == "value" else _WORD).fullmatch(char))

    return bool(
        (_HAN.fullmatch(end) and word(start, right[1]))
        or (word(end, left[1]) and _HAN.fullmatch(start))
    )
