"""One taste across music and films in the For you list (issue 18, section 2).

A profile with music and no films (or films and no music) gets a film list (a music list) from
its other kind on the first day: :mod:`desktop_recsys.engine.cross_kind` scores the kind's
items from the profile's taste over the other kind's genres, tags and (for analysed tracks)
sound moods, through the hand-made map in ``resources/cross_kind_map.csv``, what the library's
profiles with both kinds do, and the text of descriptions.

:func:`blend` folds that list into the kind's own model's list as evidence accumulates: the
cross-kind share is ``1 - n / 20`` for a profile with ``n`` items of the kind (rated, played or
seen), 0 from 20 on, when the list is the model's exactly. A profile with nothing of the other
kind keeps the model's list exactly (for a new profile, the popularity list cold start gives).
Picks the other kind raised say so: "Because you listen to dark ambient" ("Because you watch
horror" for music), with the terms in the row's evidence (``tastes``).
"""

from __future__ import annotations

import dataclasses
import functools
import math
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import scipy.sparse as sp

from desktop_recsys.config import resources_dir
from desktop_recsys.engine import cross_kind as engine
from desktop_recsys.engine.features.text import tfidf_matrix
from desktop_recsys.library import Library, dataset_rows
from desktop_recsys.library.sound_rows import ok_features
from desktop_recsys.progress import Message
from desktop_recsys.services.dataset_service import kind_plural
from desktop_recsys.services.evidence import CrossTaste, Evidence

if TYPE_CHECKING:
    from desktop_recsys.services.recommend_service import Recommendations, RecommendedItem

#: The hand-made map, in ``resources/``.
MAP_FILE = "cross_kind_map.csv"
#: Items the cross-kind list may add beyond the model's candidates.
EXTRA = 50
#: The other kind's terms kept besides the hand map's (the most used ones).
MAX_TERMS = 500
#: A rating adds ``stars - 2.5`` to how much a profile likes an item (nothing at 2.5 or less).
NEUTRAL_STARS = 2.5


@functools.lru_cache(maxsize=4)
def hand_map(path: str | None = None) -> engine.TermMap:
    """The hand-made map (``resources/cross_kind_map.csv`` unless ``path``), read once."""
    file = Path(path) if path else resources_dir() / MAP_FILE
    with open(file, encoding="utf-8") as handle:
        return engine.parse_map(handle)


def own_count(library: Library, profile_id: int, kind: str) -> int:
    """How many ``kind`` items the profile rated, played or marked seen (not counting those
    marked "don't learn from this"): the evidence the kind's own model has of it."""
    seen = dataset_rows.profile_item_ids(library, profile_id, kind)
    dont = {i for _, i in dataset_rows.marked_items(library, "dont_learn", profile_id)}
    return len(seen - dont)


def source_label(kind: str) -> str:
    """``"music"`` or ``"films"``: what a ``kind`` list borrows taste from."""
    return "music" if engine.source_kinds(kind) == engine.MUSIC_KINDS else "films"


@dataclass(frozen=True)
class CrossList:
    """A profile's cross-kind scores of the kind's candidates (ids in ``item_ids``)."""

    weight: float
    n_own: int
    #: The list's kind and what it borrows from ("music" or "films").
    kind: str
    source: str
    item_ids: list[int]
    scores: np.ndarray
    #: Per candidate: the profile's terms that raised it, ``(term, weight)``, strongest first.
    reasons: list[tuple[tuple[str, float], ...]]
    bridge_profiles: int
    #: Per candidate: how many profiles have it.
    popularity: np.ndarray


def cross_list(
    library: Library,
    profile_id: int,
    kind: str,
    *,
    weight: float | None = None,
    use_bridge: bool = True,
) -> CrossList | None:
    """The cross-kind scores of every ``kind`` item the profile has not seen nor marked "not
    interested"; None when the cross-kind share is 0 (``weight``, by default from
    :func:`own_count`) or the profile has nothing of the other kind to go on.
    ``use_bridge=False`` leaves out what other profiles do (the hand map, text and popularity
    only, as in a library of one person; for the benchmark's comparison)."""
    n_own = own_count(library, profile_id, kind)
    share = engine.cross_weight(n_own) if weight is None else weight
    if share <= 0:
        return None
    sources = engine.source_kinds(kind)
    dont = dataset_rows.marked_items(library, "dont_learn")
    source_likes = _likes(library, sources, dont)
    mine = source_likes.get(profile_id, {})
    if not mine:
        return None
    source_terms = _item_terms(library, sources, sound=True)
    taste_terms = sorted({t for i in mine for t in source_terms.get(i, ())})
    taste = engine.taste_matrix([mine], source_terms, taste_terms)[0]
    if not taste.any():
        return None
    target_terms = _item_terms(library, (kind,), sound=kind == "track")
    target_likes = _likes(library, (kind,), dont)
    the_map = hand_map()
    vocabulary = _target_vocabulary(target_terms, the_map, taste_terms, kind)
    blocked = dataset_rows.profile_item_ids(library, profile_id, kind)
    blocked |= {i for _, i in dataset_rows.marked_items(library, "not_interested", profile_id)}
    catalogue = dataset_rows.catalogue(library, kind)
    ids = [int(row[0]) for row in catalogue if int(row[0]) not in blocked]
    if not ids:
        return None
    column = {t: k for k, t in enumerate(vocabulary)}
    cells = [
        (r, column[t]) for r, i in enumerate(ids) for t in target_terms.get(i, ()) if t in column
    ]
    candidates = sp.csr_matrix(
        (np.ones(len(cells)), ([r for r, _ in cells], [c for _, c in cells])),
        shape=(len(ids), len(vocabulary)),
    )
    candidates.sum_duplicates()
    candidates.data[:] = 1.0
    bridge = [p for p in source_likes if p != profile_id and target_likes.get(p)]
    bridge_tastes = None
    if len(bridge) >= 2 and use_bridge:
        bridge_tastes = (
            engine.taste_matrix([source_likes[p] for p in bridge], source_terms, taste_terms),
            engine.taste_matrix([target_likes[p] for p in bridge], target_terms, vocabulary),
        )
    having: dict[int, int] = defaultdict(int)
    for likes in target_likes.values():
        for item in likes:
            having[item] += 1
    popularity = np.array([having.get(i, 0) for i in ids], dtype=np.float64)
    text = _text_likeness(library, sources, mine, catalogue, ids, source_terms, target_terms)
    scored = engine.combine(
        taste,
        taste_terms,
        vocabulary,
        candidates,
        the_map.matrix(taste_terms, vocabulary, from_music=sources == engine.MUSIC_KINDS),
        bridge=bridge_tastes,
        text=text,
        popularity=popularity,
    )
    return CrossList(
        share,
        n_own,
        kind,
        source_label(kind),
        ids,
        scored.scores,
        scored.reasons,
        scored.bridge_profiles,
        popularity,
    )


def _likes(
    library: Library, kinds: tuple[str, ...], dont: set[tuple[int, int]]
) -> dict[int, dict[int, float]]:
    """profile -> item -> how much it likes the item (rating above 2.5 stars, plays not
    skipped: ``log(1 + count)``), for items of ``kinds``; "don't learn" items left out."""
    likes: dict[int, dict[int, float]] = defaultdict(dict)
    for kind in kinds:
        for profile, item, stars, _at in dataset_rows.ratings(library, kind):
            if (profile, item) not in dont and stars > NEUTRAL_STARS:
                likes[profile][item] = likes[profile].get(item, 0.0) + stars - NEUTRAL_STARS
        counts: dict[tuple[int, int], int] = defaultdict(int)
        for profile, item, _at, _done, skipped, count in dataset_rows.plays(library, kind):
            if not skipped and (profile, item) not in dont:
                counts[(profile, item)] += int(count)
        for (profile, item), count in counts.items():
            likes[profile][item] = likes[profile].get(item, 0.0) + math.log1p(count)
    return {p: v for p, v in likes.items() if v}


def _item_terms(library: Library, kinds: tuple[str, ...], *, sound: bool) -> dict[int, list[str]]:
    """item -> its genres, tags and (``sound``: analysed tracks) moods, lower-cased."""
    terms: dict[int, list[str]] = defaultdict(list)
    for kind in kinds:
        for item, name in dataset_rows.item_genres(library, kind):
            terms[item].append(name.strip().lower())
        for item, name in dataset_rows.item_tags(library, kind):
            terms[item].append(name.strip().lower())
    if sound and "track" in kinds:
        # Moods from the sonic analysis, only where tracks were analysed (issue 18, section 1).
        for row in ok_features(library):
            item, tempo, _conf, _loud, energy, _bright, _key, mode = row[:8]
            terms[int(item)].extend(engine.sound_moods(tempo, energy, mode))
    return {i: list(dict.fromkeys(t)) for i, t in terms.items()}


def _target_vocabulary(
    target_terms: dict[int, list[str]], the_map: engine.TermMap, taste_terms: list[str], kind: str
) -> list[str]:
    """The kind's terms a score looks at: those the map names for the profile's terms, and
    the :data:`MAX_TERMS` most used."""
    used: dict[str, int] = defaultdict(int)
    for terms in target_terms.values():
        for term in terms:
            used[term] += 1
    mine = set(taste_terms)
    from_music = engine.source_kinds(kind) == engine.MUSIC_KINDS
    mapped = {
        (film if from_music else music)
        for music, film in the_map.pairs
        if (music if from_music else film) in mine
    }
    common = sorted(used, key=lambda t: (-used[t], t))[:MAX_TERMS]
    return sorted((mapped & set(used)) | set(common))


def _text_likeness(
    library: Library,
    sources: tuple[str, ...],
    mine: dict[int, float],
    catalogue: list[tuple[Any, ...]],
    ids: list[int],
    source_terms: dict[int, list[str]],
    target_terms: dict[int, list[str]],
) -> np.ndarray | None:
    """Cosine of each candidate's text (description, genres, tags) with the text of what the
    profile likes of the other kind, in one TF-IDF space; None without shared words."""
    descriptions = {int(r[0]): r[6] or "" for r in catalogue}
    for kind in sources:
        descriptions.update(
            {int(r[0]): r[6] or "" for r in dataset_rows.catalogue(library, kind) if r[0] in mine}
        )
    liked = sorted(mine)
    texts = [" ".join([descriptions.get(i, ""), *source_terms.get(i, ())]) for i in liked]
    texts += [" ".join([descriptions.get(i, ""), *target_terms.get(i, ())]) for i in ids]
    matrix, width = tfidf_matrix(texts, min_df=2, max_features=20_000)
    if width == 0:
        return None
    weights = np.array([mine[i] for i in liked])
    profile = np.asarray(matrix[: len(liked)].T @ weights).ravel()
    norm = float(np.linalg.norm(profile))
    if norm == 0:
        return None
    return np.asarray(matrix[len(liked) :] @ (profile / norm)).ravel()


def because(source: str, terms: list[str]) -> Message:
    """The sentence of a pick the other kind raised: "Because you listen to dark ambient"."""
    names = ", ".join(terms)
    if source == "music":
        return Message("Because you listen to {terms}", terms=names)
    return Message("Because you watch {terms}", terms=names)


def blend(
    library_path: str | Path, recs: Recommendations, *, extra: int = EXTRA
) -> Recommendations:
    """``recs`` with the cross-kind list folded in (module docs); ``recs`` itself when the
    cross-kind share is 0 or the profile has nothing of the other kind."""
    if not recs.rows:
        return recs
    with Library.open(Path(library_path)) as library:
        cross = cross_list(library, recs.profile_id, recs.kind)
        if cross is None:
            return recs
        position = {item: k for k, item in enumerate(cross.item_ids)}
        shown = {r.item_id for r in recs.rows}
        order = np.argsort(-cross.scores, kind="stable")
        added = [cross.item_ids[k] for k in order if cross.item_ids[k] not in shown][:extra]
        meta = dataset_rows.items_by_ids(library, added)
    added = [i for i in added if i in meta]
    w = cross.weight
    model = np.array([r.score for r in recs.rows], dtype=np.float64)
    model_z = _z(np.concatenate([model, np.full(len(added), model.min())]))
    candidates = [r.item_id for r in recs.rows] + added
    low = float(cross.scores.min())
    cross_of = np.array([cross.scores[position[i]] if i in position else low for i in candidates])
    final = (1 - w) * model_z + w * _z(cross_of)
    rows = list(recs.rows) + [
        _new_row(item, meta[item], int(cross.popularity[position[item]])) for item in added
    ]
    out = []
    for rank, k in enumerate(sorted(range(len(rows)), key=lambda k: (-final[k], k)), 1):
        row = rows[k]
        reason = cross.reasons[position[row.item_id]] if row.item_id in position else ()
        out.append(_explained(row, reason, cross.source, w, rank, float(final[k])))
    return dataclasses.replace(recs, rows=out, note=_note(recs.note, cross))


#: The model's note for a profile it knows nothing of (``recommend_service._REASONS``), which
#: the cross-kind list makes untrue.
_COLD_NOTE = "no interactions yet: the most popular items; rate a few to make it yours"


def _note(note: str, cross: CrossList) -> str:
    """The list's note: where the picks come from until the kind's model takes over (in
    place of "the most popular items", no longer true), after any other note."""
    if cross.source == "music":
        mine = Message(
            "Partly from the music you listen to, until you have rated or played {full} films "
            "({count} so far)",
            full=engine.FULL_WEIGHT_AT,
            count=cross.n_own,
        )
    else:
        mine = Message(
            "Partly from the films you watch, until you have rated or played {full} {kinds} "
            "({count} so far)",
            full=engine.FULL_WEIGHT_AT,
            kinds=kind_plural(cross.kind),
            count=cross.n_own,
        )
    if not note or getattr(note, "template", None) == _COLD_NOTE:
        return mine
    return Message("{first}; {second}", first=note, second=mine)


def _explained(
    row: RecommendedItem,
    reason: tuple[tuple[str, float], ...],
    source: str,
    weight: float,
    rank: int,
    score: float,
) -> RecommendedItem:
    """``row`` re-ranked, saying which of the profile's other-kind terms raised it: alone when
    the cross-kind list leads (share above a half, or a pick the model did not make),
    after the model's own reason otherwise."""
    if not reason:
        return dataclasses.replace(row, rank=rank, score=score)
    sentence = because(source, [term for term, _ in reason])
    tastes = tuple(CrossTaste(term, source, w) for term, w in reason)
    leads = weight > 0.5 or row.fallback or not row.explanation
    if leads:
        text: str = sentence
    else:
        text = Message("{first}; {second}", first=row.explanation, second=sentence)
    return dataclasses.replace(
        row,
        rank=rank,
        score=score,
        explanation=text,
        fallback=False if leads else row.fallback,
        evidence=dataclasses.replace(row.evidence, tastes=tastes),
    )


def _new_row(item: int, info: tuple[Any, ...], popularity: int) -> RecommendedItem:
    """A list row for a pick only the cross-kind list made: popular with so many people
    unless the profile's terms raised it (set after)."""
    # Deferred with the module that defines the row (it loads the model machinery).
    from desktop_recsys.services.recommend_service import RecommendedItem

    return RecommendedItem(
        rank=0,
        item_id=item,
        kind=info[1],
        title=info[2],
        artist=info[3],
        album=info[4],
        year=info[5],
        genres=info[6],
        score=0.0,
        explanation=Message("Popular with {count} people", count=popularity),
        evidence=Evidence(popularity=popularity),
    )


def _z(values: np.ndarray) -> np.ndarray:
    spread = float(values.std())
    return (values - values.mean()) / spread if spread > 0 else np.zeros_like(values)
