"""One track from file to features: decode its window, compute, and say why when it cannot.

:func:`analyse_file` never raises for a bad file: it returns an :class:`Analysis` whose
``status`` is ``ok`` (features set), ``failed`` (``reason`` says why: empty, not audio, broken,
too short, silent; kept so the file is not tried again until it changes) or ``unsupported``
(no decoder given reads its format: nothing is stored, a run with another decoder may read it)
or ``missing`` (the file is gone: nothing is stored either).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop_recsys.engine.sonic.decoding import (
    WINDOW_SECONDS,
    AudioDecoder,
    DecodeError,
    Missing,
    SoundFileDecoder,
    Unsupported,
    read_window,
)
from desktop_recsys.engine.sonic.features import Silent, SonicFeatures, compute_features
from desktop_recsys.engine.sonic.reasons import reason
from desktop_recsys.progress import Message

#: Bumped when the features change (meaning or numbers): rows of an older analyser are computed
#: again. 2: M4A decoded at 22,050 Hz by FFmpeg (brightness about 25 Hz higher), float32 resampling.
ANALYSER_VERSION = 2


@dataclass(frozen=True)
class Analysis:
    status: str  # 'ok' | 'failed' | 'unsupported' | 'missing'
    #: Why not ok: a Message of :mod:`.reasons` (stored as its code, shown translated).
    reason: str | None = None
    features: SonicFeatures | None = None
    window_start: float | None = None
    window_seconds: float | None = None


def default_decoders() -> list[AudioDecoder]:
    """The decoders that need nothing but the app's own dependencies (libsndfile)."""
    return [SoundFileDecoder()]


def analyse_file(
    path: str | Path,
    decoders: list[AudioDecoder] | None = None,
    seconds: float = WINDOW_SECONDS,
) -> Analysis:
    """Decode ``seconds`` from the middle of ``path`` and compute its features."""
    try:
        audio = read_window(path, default_decoders() if decoders is None else decoders, seconds)
    except Unsupported as error:
        return Analysis("unsupported", _why(error, "decode"))
    except Missing as error:
        return Analysis("missing", _why(error, "decode"))
    except DecodeError as error:
        return Analysis("failed", _why(error, "decode"))
    except Exception as error:  # noqa: BLE001 - a decoder's surprise is this file's failure
        return Analysis("failed", _why(error, "decode"))
    try:
        features = compute_features(audio.samples, audio.rate)
    except Silent as error:
        return Analysis("failed", _why(error, "analysis"), None, audio.start, audio.seconds)
    except Exception as error:  # noqa: BLE001 - one odd file must not stop a library's run
        return Analysis("failed", _why(error, "analysis"), None, audio.start, audio.seconds)
    return Analysis("ok", None, features, round(audio.start, 3), round(audio.seconds, 3))


def _why(error: Exception, code: str) -> Message:
    """The reason an error carries (a Message of :mod:`.reasons`), else ``code`` with the
    error's text as its detail (one line)."""
    given = error.args[0] if error.args else None
    if isinstance(given, Message):
        return given
    return reason(code, detail=" ".join(str(error).split())[:300])
