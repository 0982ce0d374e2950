"""Why a track was not analysed: a stable code with its values, kept in the library, and the
sentence a person reads, in their language (issue 19).

An :class:`~desktop_recsys.engine.sonic.analysis.Analysis` carries its reason as a
:class:`~desktop_recsys.progress.Message` made by :func:`reason`. The ``audio_features.reason``
column keeps :func:`encode`'s text (``{"code": "silent", "args": {}}``, JSON), never the English
sentence, so a template's wording can change and a translation follows; :func:`decode` turns
the column back into a Message at display time. Rows written by older versions hold the English
sentence: :func:`decode` recognises the known ones (every template below) and shows any other
text as it is stored. The templates are listed for the translators in
``ui/message_catalog_engine.py``.
"""

from __future__ import annotations

import json
import re
import string
from collections.abc import Callable

from desktop_recsys.progress import Message

#: code -> its Message (the codes are stored: never rename one; add a new code instead).
_MAKERS: dict[str, Callable[..., Message]] = {
    "missing": lambda **a: Message("file not found", **a),
    "unreadable": lambda **a: Message("cannot read the file: {detail}", **a),
    "empty": lambda **a: Message("the file is empty (0 bytes)", **a),
    "not_audio": lambda **a: Message("not an audio file this app can read ({kind})", **a),
    "not_audio_said": lambda **a: Message(
        "not an audio file this app can read ({kind}): {detail}", **a
    ),
    "no_extension": lambda **a: Message("without an extension", **a),
    "no_sample_rate": lambda **a: Message("the file gives no sample rate", **a),
    "no_audio": lambda **a: Message("cannot decode: no audio in the file", **a),
    "decode": lambda **a: Message("cannot decode: {detail}", **a),
    "too_short": lambda **a: Message(
        "too short: {seconds:.1f} s of audio (at least {needed:g} s needed)", **a
    ),
    "invalid_samples": lambda **a: Message("the decoded audio holds invalid samples", **a),
    "silent": lambda **a: Message("silent: no sound above -70 dB in the analysed window", **a),
    "analysis": lambda **a: Message("cannot analyse the audio: {detail}", **a),
    "crashed": lambda **a: Message(
        "the decoder crashed on this file (its worker process ended)", **a
    ),
    "no_decoder": lambda **a: Message("no decoder here reads {kind} files", **a),
    "no_decoder_app": lambda **a: Message(
        "no decoder here reads {kind} files (the app analyses them)", **a
    ),
}
#: code -> English template.
REASONS: dict[str, str] = {code: make().template for code, make in _MAKERS.items()}
_CODES = {template: code for code, template in REASONS.items()}


def reason(code: str, /, **args: object) -> Message:
    """The reason ``code`` with its values, as a translatable Message."""
    return _MAKERS[code](**args)


def code_of(value: object) -> str | None:
    """The code of a reason made by :func:`reason`, else None."""
    return _CODES.get(getattr(value, "template", None) or "")


def encode(value: object) -> str | None:
    """What the library keeps for a reason: its code and values as JSON (plain text stays
    as it is; None stays None)."""
    if value is None:
        return None
    packed = _packed(value)
    return json.dumps(packed, ensure_ascii=False) if isinstance(packed, dict) else str(value)


def decode(stored: str | None) -> str | None:
    """The reason kept in the library as a Message (its code, or an older version's English
    sentence recognised); text it does not know, as it is."""
    if not stored:
        return stored
    if stored.startswith("{"):
        try:
            found = _unpacked(json.loads(stored))
        except (ValueError, TypeError, KeyError, IndexError, AttributeError):
            found = None
        if found is not None:
            return found
        return stored
    return _old_sentence(stored) or stored


def _packed(value: object) -> object:
    code = code_of(value)
    if code is None:
        return value if isinstance(value, int | float) else str(value)
    args = getattr(value, "args", {})
    return {"code": code, "args": {name: _packed(v) for name, v in args.items()}}


def _unpacked(data: object) -> Message | None:
    if not isinstance(data, dict) or data.get("code") not in REASONS:
        return None
    args = data.get("args") or {}
    if not isinstance(args, dict):
        return None
    values = {k: (_unpacked(v) or str(v)) if isinstance(v, dict) else v for k, v in args.items()}
    needed = {f for _, f, _, _ in string.Formatter().parse(REASONS[data["code"]]) if f}
    if not needed <= values.keys():
        return None
    return reason(str(data["code"]), **values)  # KeyError/ValueError: not one of ours


def _pattern(template: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """A regular expression matching ``template``'s English text, and each field's spec."""
    parts, specs = [], {}
    for literal, name, spec, _conversion in string.Formatter().parse(template):
        parts.append(re.escape(literal))
        if name is not None:
            specs[name] = spec or ""
            parts.append(f"(?P<{name}>.+?)")
    return re.compile("".join(parts), re.S), specs


#: Exact sentences first ("cannot decode: no audio in the file" before "cannot decode: ...").
_OLD = sorted(
    ((code, *_pattern(template)) for code, template in REASONS.items()),
    key=lambda entry: bool(entry[2]),
)


def _old_sentence(text: str) -> Message | None:
    """An older version's English reason as the Message it was (None: not one of ours)."""
    for code, pattern, specs in _OLD:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        args: dict[str, object] = {}
        for name, value in match.groupdict().items():
            if specs[name]:  # a number in the sentence ("2.0 s"): formatted again
                try:
                    args[name] = float(value)
                except ValueError:
                    break
            elif value == REASONS["no_extension"]:
                args[name] = reason("no_extension")
            else:
                args[name] = value
        else:
            return reason(code, **args)
    return None
