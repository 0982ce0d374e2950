"""Tracks alike by how they sound: the sonic features of analysed tracks as one space.

:func:`load_space` reads the tracks with usable features (``library.audio_features.all(current=True)``) into an
:class:`~desktop_recsys.engine.sound_space.SoundSpace` (the standardising and the weights are
documented there); :func:`space_for` keeps the latest one per library until a track is
analysed again. :func:`sounds_like` is "Sounds like this": the nearest tracks by sound, each
with a true reason ("Sounds like X: similar tempo and energy"). :func:`sound_attributes` gives
the content model words for a track's sound, so that a track nobody has played yet is scored
by how it sounds (``services/dataset_service``).
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_recsys.errors import UserError
from desktop_recsys.library import Library
from desktop_recsys.progress import CancelToken, Message, ProgressFn, no_progress

if TYPE_CHECKING:
    from desktop_recsys.engine.sound_space import SoundSpace

#: How each group of the sound space is named in a reason (translated as messages).
GROUP_NAMES = {
    "tempo": Message("tempo"),
    "energy": Message("energy"),
    "loudness": Message("loudness"),
    "brightness": Message("brightness"),
    "key": Message("key"),
    "timbre": Message("timbre"),
}


@dataclass(frozen=True)
class SoundAlike:
    """A track that sounds like another one."""

    item_id: int
    title: str
    artist: str | None
    #: Similarity by sound (1: the same sound; about 0.37 for two random tracks).
    score: float
    #: The groups in which the two are alike, closest first (``"tempo"``, ``"energy"``, ...).
    alike: tuple[str, ...]
    #: A translatable sentence: "Sounds like X: similar tempo and energy".
    reason: str


def _features(row: Any) -> Any:
    import numpy as np  # deferred: numpy only once a job runs

    from desktop_recsys.engine.sound_space import SoundFeatures

    tempo, loudness, energy, brightness = row.tempo, row.loudness, row.energy, row.brightness
    key, mode, key_conf, timbre = row.key, row.mode, row.key_confidence, row.timbre
    vector = None
    if timbre is not None and len(timbre) >= 4:
        vector = np.frombuffer(bytes(timbre)[: len(timbre) // 4 * 4], dtype=np.float32)
        if not np.all(np.isfinite(vector)):
            vector = None
    return SoundFeatures(tempo, loudness, energy, brightness, key, mode, key_conf, vector)


def load_space(library: Library) -> SoundSpace[int]:
    """The sound space of every track with current, usable features (maybe empty)."""
    from desktop_recsys.engine.sound_space import SoundSpace  # deferred: numpy maths

    rows = library.audio_features.all(current=True)
    return SoundSpace([int(r.item_id) for r in rows], [_features(r) for r in rows])


_spaces: dict[str, tuple[Any, Any]] = {}
_lock = threading.Lock()


def space_for(library: Library) -> SoundSpace[int]:
    """:func:`load_space`, kept per library file until its features change (an analysis run,
    a removed track). Thread-safe."""
    version = library.audio_features.version()
    key = str(library.path)
    with _lock:
        found = _spaces.get(key)
    if found is not None and found[0] == version:
        return found[1]
    space = load_space(library)
    with _lock:
        _spaces[key] = (version, space)
        while len(_spaces) > 4:
            _spaces.pop(next(iter(_spaces)))
    return space


def sound_reason(title: str, alike: tuple[str, ...]) -> str:
    """ "Sounds like X: similar tempo and energy" (only what is truly close is named)."""
    names = [GROUP_NAMES[g] for g in alike if g in GROUP_NAMES]
    if len(names) >= 2:
        return Message(
            "Sounds like {title}: similar {first} and {second}",
            title=title,
            first=names[0],
            second=names[1],
        )
    if names:
        return Message("Sounds like {title}: similar {first}", title=title, first=names[0])
    return Message("Sounds like {title}: the nearest in sound of the analysed tracks", title=title)


def no_features(title: str) -> UserError:
    return UserError(
        Message(
            "{title} has no sound features yet; analyse the library's tracks first "
            "(desktop-recsys analyze)",
            title=title,
        )
    )


def sounds_like(
    library_path: str | Path,
    item_id: int,
    *,
    n: int = 10,
    exclude: set[int] | frozenset[int] = frozenset(),
    profile: int | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> list[SoundAlike]:
    """The ``n`` tracks that sound most like the track ``item_id`` (a job: opens its own
    connection). Empty for a track without features; never the track itself, nothing in
    ``exclude``, no missing file, nothing the limits of ``profile`` (an id) hide."""
    from desktop_recsys.library import dataset_rows
    from desktop_recsys.services.limits import blocked_ids

    if n < 1:
        raise UserError(Message("the number of similar items must be at least 1 (got {n})", n=n))
    with Library.open(Path(library_path)) as library:
        anchor = library.items.get(int(item_id))
        if anchor is None:
            raise UserError(Message("no item {item} in this library", item=item_id))
        progress(0.2, Message("Reading the sound of the analysed tracks"))
        space = space_for(library)
        if cancel is not None:
            cancel.raise_if_cancelled()
        if anchor.id not in space:
            return []
        hidden = set(exclude) | blocked_ids(library, profile, "track")
        found = space.neighbours(anchor.id, n + 50, exclude=hidden)
        rows = dataset_rows.items_by_ids(library, [nb.item for nb in found])
        missing = _missing(library, [nb.item for nb in found])
    out = [
        SoundAlike(
            nb.item,
            str(rows[nb.item][2]),
            rows[nb.item][3],
            nb.score,
            nb.alike,
            sound_reason(anchor.title, nb.alike),
        )
        for nb in found
        if nb.item in rows and nb.item not in missing
    ][:n]
    progress(1.0, Message("{count} similar items", count=len(out)))
    return out


def _missing(library: Library, ids: list[int]) -> set[int]:
    from desktop_recsys.library import radio_rows

    wanted = set(ids)
    return {int(r[0]) for r in radio_rows.kind_items(library, "track") if r[7] and r[0] in wanted}


# ------------------------------------------------------------------ the content model's words
#: Sound words for the content model: each value falls in a band and in a band shifted by half
#: a band's width, so two tracks a little apart still share one word. Tempo bands are 12 % of
#: the BPM wide (log scale), energy bands 0.15, brightness bands a third of an octave.
_TEMPO_BAND = math.log2(1.12)
_ENERGY_BAND = 0.15
_BRIGHTNESS_BAND = 1.0 / 3.0


def _bands(name: str, value: float, width: float) -> list[str]:
    low = math.floor(value / width)
    shifted = math.floor(value / width + 0.5)
    return [f"{name}:{low}", f"{name}~{shifted}"]


def sound_attributes(library: Library) -> dict[str, list[str]]:
    """Words for each analysed track's sound (engine id -> words), the content model's
    ``sound`` attributes: bands of tempo, energy and brightness, and the key on the circle of
    fifths when the analyser was confident (0.5 or more)."""
    out: dict[str, list[str]] = {}
    for row in library.audio_features.all(current=True):
        item, tempo, energy, brightness = row.item_id, row.tempo, row.energy, row.brightness
        key, mode, key_conf = row.key, row.mode, row.key_confidence
        words: list[str] = []
        if tempo and tempo > 0:
            words += _bands("tempo", math.log2(tempo), _TEMPO_BAND)
        if energy is not None:
            words += _bands("energy", float(energy), _ENERGY_BAND)
        if brightness and brightness > 0:
            words += _bands("brightness", math.log2(brightness), _BRIGHTNESS_BAND)
        if key is not None and (key_conf is None or key_conf >= 0.5):
            major = (int(key) + 3) % 12 if mode == "minor" else int(key)
            words.append(f"key:{major}")
        if words:
            out[str(int(item))] = words
    return out


def describe(library: Library, item_id: int) -> dict[str, Any] | None:
    """One track's features as the interface shows them (None without usable features):
    tempo (BPM), energy (0-1), loudness (dBFS), brightness (Hz), key ("A"), mode ("minor")."""
    rows = library.audio_features.all(current=True, item_ids=[int(item_id)])
    if not rows:
        return None
    row = rows[0]
    tempo, loudness, energy, brightness = row.tempo, row.loudness, row.energy, row.brightness
    key, mode = row.key, row.mode
    names = ("C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B")
    return {
        "tempo": tempo,
        "energy": energy,
        "loudness": loudness,
        "brightness": brightness,
        "key": None if key is None else names[int(key)],
        "mode": mode,
    }


def sound_of(session: Any, item_id: int) -> dict[str, Any] | None:
    """:func:`describe` on the window's connection (a cheap read for the detail pane)."""
    return describe(session.library, item_id)


def sound_problem(session: Any, item_id: int) -> str | None:
    """Why the track's file as it is now could not be analysed by sound (a Message, shown in
    the person's language; an older version's stored text as it is), else None."""
    rows = session.library.audio_features.all("failed", current=True, item_ids=[int(item_id)])
    if not rows:
        return None
    from desktop_recsys.engine.sonic import reasons  # deferred: the engine's sonic package

    return reasons.decode(rows[0].reason)


def sound_shared(words: list[str]) -> str:
    """Why the content model likes a track for its sound: ``["tempo:12", "energy~5"]`` ->
    "Sounds like what you play: similar tempo and energy"."""
    groups = list(dict.fromkeys(w.replace("~", ":").split(":")[0] for w in words))
    names = [GROUP_NAMES[g] for g in groups if g in GROUP_NAMES]
    if len(names) >= 2:
        return Message(
            "Sounds like what you play: similar {first} and {second}",
            first=names[0],
            second=names[1],
        )
    if names:
        return Message("Sounds like what you play: similar {first}", first=names[0])
    return Message("Sounds like what you play")


def map_energy(library_path: str | Path, item_ids: list[int]) -> list[float]:
    """The energy of each of ``item_ids`` (NaN: not analysed), for the Lab's catalogue map;
    empty when none of them was analysed."""
    with Library.open(Path(library_path)) as library:
        found = {
            int(r.item_id): r.energy
            for r in library.audio_features.all(current=True, item_ids=item_ids)
        }
    values = [found.get(int(i)) for i in item_ids]
    if all(v is None for v in values):
        return []
    return [math.nan if v is None else float(v) for v in values]
