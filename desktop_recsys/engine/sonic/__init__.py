"""Sonic analysis: features a listener would recognise, computed from a track's audio.

- :mod:`.decoding`: the decoder protocol, the libsndfile decoder, the analysis window;
- :mod:`.features`: loudness, energy, brightness, timbre (and the spectra they share);
- :mod:`.rhythm`: tempo; :mod:`.tonality`: key and mode;
- :mod:`.analysis`: one file from path to :class:`~.analysis.Analysis`.

numpy and scipy only; no Qt and no library (``services/sonic_analysis.py`` stores the rows).
"""

from desktop_recsys.engine.sonic.analysis import (
    ANALYSER_VERSION,
    Analysis,
    analyse_file,
    default_decoders,
)
from desktop_recsys.engine.sonic.decoding import (
    WINDOW_SECONDS,
    AudioDecoder,
    DecodedAudio,
    DecodeError,
    SoundFileDecoder,
    Unsupported,
)
from desktop_recsys.engine.sonic.features import SonicFeatures, compute_features

__all__ = [
    "ANALYSER_VERSION",
    "WINDOW_SECONDS",
    "Analysis",
    "AudioDecoder",
    "DecodeError",
    "DecodedAudio",
    "SonicFeatures",
    "SoundFileDecoder",
    "Unsupported",
    "analyse_file",
    "compute_features",
    "default_decoders",
]
