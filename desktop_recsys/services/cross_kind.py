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
import logging
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import scipy.sparse as sp

from desktop_recsys.config import resources_dir
from desktop_recsys.engine import cross_kind as engine
from desktop_recsys.engine.features.text import tfidf_matrix
from desktop_recsys.library import Library, dataset_rows
from desktop_recsys.library import cross_kind_rows as rows
from desktop_recsys.progress import Message, Terms
from desktop_recsys.services import limits
from desktop_recsys.services.dataset_service import kind_plural
from desktop_recsys.services.evidence import CrossTaste, Evidence

if TYPE_CHECKING:
    from desktop_recsys.services.recommend_service import Recommendations, RecommendedItem

log = logging.getLogger(__name__)

#: The hand-made map, in ``resources/``.
MAP_FILE = "cross_kind_map.csv"
#: Items the cross-kind list may add beyond the model's candidates.
EXTRA = 50
#: At most this many of the profile's own terms (its largest shares) make its taste.
MAX_TASTE_TERMS = 150
#: The other kind's terms kept besides the hand map's (the most used ones).
MAX_TERMS = 500
#: Text is compared for this many of the best candidates (TF-IDF over a whole catalogue of
#: tens of thousands of items took seconds).
TEXT_CANDIDATES = 2000
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
    scored: engine.CrossScores
    #: Per candidate: how many profiles have it.
    popularity: np.ndarray

    @property
    def scores(self) -> np.ndarray:
        return self.scored.scores

    @property
    def bridge_profiles(self) -> int:
        return self.scored.bridge_profiles

    def reason(self, index: int) -> tuple[tuple[str, float], ...]:
        """The profile's terms that raised candidate ``index``, ``(term, weight)``."""
        return self.scored.reason(index)


def cross_list(
    library: Library,
    profile_id: int,
    kind: str,
    *,
    weight: float | None = None,
    use_bridge: bool = True,
) -> CrossList | None:
    """The cross-kind scores of every ``kind`` item the profile has not seen nor marked "not
    interested" and may see (its limits); None when the cross-kind share is 0 (``weight``, by default from
    :func:`own_count`) or the profile has nothing of the other kind to go on.
    ``use_bridge=False`` leaves out what other profiles do (the hand map, text and popularity
    only, as in a library of one person; for the benchmark's comparison)."""
    n_own = own_count(library, profile_id, kind)
    share = engine.cross_weight(n_own) if weight is None else weight
    if share <= 0:
        return None
    sources = engine.source_kinds(kind)
    dont = dataset_rows.marked_items(library, "dont_learn")
    mine = _likes(rows.liked_rows(library, sources, [profile_id]), dont).get(profile_id, {})
    if not mine:
        return None
    others: list[int] = []
    if use_bridge:  # profiles with both kinds: what they do bridges the kinds
        both = rows.profiles_with(library, sources) & rows.profiles_with(library, (kind,))
        others = sorted(both - {profile_id})
    target_likes = _likes(rows.liked_rows(library, (kind,), others), dont) if others else {}
    source_likes = _likes(rows.liked_rows(library, sources, others), dont) if others else {}
    bridge = [p for p in others if p in source_likes and p in target_likes]
    source_terms = _terms(library, set(mine).union(*(source_likes[p] for p in bridge)), sound=True)
    taste_terms = sorted({t for i in mine for t in source_terms.get(i, ())})
    taste = engine.taste_matrix([mine], source_terms, taste_terms)[0]
    if not taste.any():
        return None
    if len(taste_terms) > MAX_TASTE_TERMS:  # the long tail of a taste weighs little
        keep = sorted(np.argsort(-taste, kind="stable")[:MAX_TASTE_TERMS])
        taste_terms = [taste_terms[k] for k in keep]
        taste = engine.taste_matrix([mine], source_terms, taste_terms)[0]
    blocked = dataset_rows.profile_item_ids(library, profile_id, kind)
    blocked |= {i for _, i in dataset_rows.marked_items(library, "not_interested", profile_id)}
    blocked |= limits.blocked_ids(library, profile_id, kind)  # what the profile may not see
    ids = [int(r[0]) for r in dataset_rows.catalogue(library, kind) if int(r[0]) not in blocked]
    if not ids:
        return None
    target_terms = _terms(library, ids + [i for p in bridge for i in target_likes[p]], sound=False)
    try:
        the_map = hand_map()
    except (OSError, ValueError) as exc:
        # A damaged install must not cost the person their list: the other bridges remain.
        log.warning("the cross-kind map cannot be read (%s); lists go without it", exc)
        the_map = engine.TermMap({})
    vocabulary = _target_vocabulary(target_terms, the_map, taste_terms, kind)
    column = {t: k for k, t in enumerate(vocabulary)}
    cells = [
        (r, column[t]) for r, i in enumerate(ids) for t in target_terms.get(i, ()) if t in column
    ]
    candidates = sp.csr_matrix(
        (np.ones(len(cells)), ([r for r, _ in cells], [c for _, c in cells])),
        shape=(len(ids), len(vocabulary)),
    )
    bridge_tastes = None
    if len(bridge) >= 2:
        bridge_tastes = (
            engine.taste_matrix([source_likes[p] for p in bridge], source_terms, taste_terms),
            engine.taste_matrix([target_likes[p] for p in bridge], target_terms, vocabulary),
        )
    having = rows.popularity(library, kind)
    popularity = np.array([having.get(i, 0) for i in ids], dtype=np.float64)
    scored = engine.combine(
        taste,
        taste_terms,
        vocabulary,
        candidates,
        the_map.matrix(taste_terms, vocabulary, from_music=sources == engine.MUSIC_KINDS),
        bridge=bridge_tastes,
        popularity=popularity,
    )
    best = np.argsort(-scored.scores, kind="stable")[:TEXT_CANDIDATES]
    text = _text_likeness(library, mine, [ids[k] for k in best], source_terms, target_terms)
    if text is not None:
        full = np.zeros(len(ids))
        full[best] = text
        scored = scored.with_text(full)
    return CrossList(share, n_own, kind, source_label(kind), ids, scored, popularity)


def _likes(liked: list[tuple[Any, ...]], dont: set[tuple[int, int]]) -> dict[int, dict[int, float]]:
    """profile -> item -> how much it likes the item: ``stars - 2.5`` for a rating above 2.5
    stars, plus ``log(1 + plays)`` for plays not skipped; "don't learn" items left out."""
    likes: dict[int, dict[int, float]] = defaultdict(dict)
    for profile, item, stars, heard in liked:
        if (profile, item) in dont:
            continue
        value = max(0.0, (stars or 0.0) - NEUTRAL_STARS) + math.log1p(heard or 0)
        if value > 0:
            likes[profile][item] = value
    return dict(likes)


def _terms(library: Library, item_ids: Iterable[int], *, sound: bool) -> dict[int, list[str]]:
    """item -> its genres, tags and (``sound``: analysed tracks) moods, lower-cased."""
    ids = sorted(set(item_ids))
    terms: dict[int, list[str]] = defaultdict(list)
    for item, name in rows.item_terms(library, ids):
        terms[item].append(name.strip().lower())
    if sound:
        # Moods from the sonic analysis, only where tracks were analysed (issue 18, section 1).
        for row in library.audio_features.all(current=True, item_ids=ids):
            terms[int(row.item_id)].extend(engine.sound_moods(row.tempo, row.energy, row.mode))
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
    mine: dict[int, float],
    ids: list[int],
    source_terms: dict[int, list[str]],
    target_terms: dict[int, list[str]],
) -> np.ndarray | None:
    """Cosine of the text (description, genres, tags) of each of ``ids`` with the text of what
    the profile likes of the other kind, in one TF-IDF space; None without shared words."""
    liked = sorted(mine)
    text = rows.descriptions(library, liked + ids)
    texts = [" ".join([text.get(i, ""), *source_terms.get(i, ())]) for i in liked]
    texts += [" ".join([text.get(i, ""), *target_terms.get(i, ())]) for i in ids]
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
    """The sentence of a pick the other kind raised: "Because you listen to dark ambient"
    (the terms as :class:`~desktop_recsys.progress.Terms`: standard genre names and moods
    are shown in the interface's language, a person's own tags as they are)."""
    if source != "music":
        return Message("Because you watch {terms}", terms=Terms(terms))
    # A mood is no genre: "you listen to soul and to energetic music", not "to soul, energetic".
    moods = [t for t in terms if t.casefold() in engine.MOODS]
    kinds = [t for t in terms if t.casefold() not in engine.MOODS]
    if moods and kinds:
        return Message(
            "Because you listen to {terms} and to {moods} music",
            terms=Terms(kinds),
            moods=Terms(moods),
        )
    if moods:
        return Message("Because you listen to {moods} music", moods=Terms(moods))
    return Message("Because you listen to {terms}", terms=Terms(kinds))


def cross_for(library_path: str | Path, profile_id: int, kind: str) -> CrossList | None:
    """:func:`cross_list` on its own connection (for a caller that blends several lists of
    one profile with the same cross-kind list: both sides of a blind test)."""
    with Library.open(Path(library_path)) as library:
        return cross_list(library, profile_id, kind)


@dataclass(frozen=True)
class Blended:
    """A ranking with the cross-kind list folded in: ``item_ids`` best first with their
    ``scores``; ``added`` the items only the cross-kind list brought."""

    cross: CrossList
    item_ids: list[int]
    scores: list[float]
    added: frozenset[int]


def blend_ranking(
    cross: CrossList | None,
    ranked: Iterable[tuple[int, float]],
    *,
    extra: int = EXTRA,
    exclude: Iterable[int] = (),
) -> Blended | None:
    """The one blend every list of a kind uses (For you, group members, a blind test's two
    sides, radio's taste, daily mixes' picks): ``ranked`` (item, model score) plus the
    ``extra`` best cross-kind items it lacks (none of ``exclude``), scored
    ``(1 - w) z(model) + w z(cross)`` with the cross-kind share ``w``; None without a
    cross-kind list (``cross`` None), when the ranking stays as it is.

    The cross-kind list holds no item the profile has seen, marked "not interested" or may
    not see (its limits); callers still apply their own exits' filters."""
    if cross is None:
        return None
    ranked = list(ranked)
    position = {item: k for k, item in enumerate(cross.item_ids)}
    shown = {item for item, _ in ranked}
    skip = shown | set(exclude)
    order = np.argsort(-cross.scores, kind="stable")
    added = [cross.item_ids[k] for k in order if cross.item_ids[k] not in skip][:extra]
    w = cross.weight
    model = np.array([score for _, score in ranked], dtype=np.float64)
    floor = float(model.min()) if len(model) else 0.0
    model_z = _z(np.concatenate([model, np.full(len(added), floor)]))
    candidates = [item for item, _ in ranked] + added
    low = float(cross.scores.min())
    cross_of = np.array([cross.scores[position[i]] if i in position else low for i in candidates])
    final = (1 - w) * model_z + w * _z(cross_of)
    best = sorted(range(len(candidates)), key=lambda k: (-final[k], k))
    return Blended(
        cross,
        [candidates[k] for k in best],
        [float(final[k]) for k in best],
        frozenset(added),
    )


def blend(
    library_path: str | Path,
    recs: Recommendations,
    *,
    extra: int = EXTRA,
    cross: CrossList | None | bool = True,
) -> Recommendations:
    """``recs`` with the cross-kind list folded in (module docs, :func:`blend_ranking`);
    ``recs`` itself when the cross-kind share is 0 or the profile has nothing of the other
    kind. ``cross``: the profile's cross-kind list when already made (None: there is none),
    True to make it here."""
    if not recs.rows:
        return recs
    with Library.open(Path(library_path)) as library:
        if cross is True:
            cross = cross_list(library, recs.profile_id, recs.kind)
        assert cross is not True
        mixed = blend_ranking(cross, [(r.item_id, r.score) for r in recs.rows], extra=extra)
        if mixed is None:
            return recs
        meta = dataset_rows.items_by_ids(library, sorted(mixed.added))
    cross = mixed.cross
    position = {item: k for k, item in enumerate(cross.item_ids)}
    given = {r.item_id: r for r in recs.rows}
    out = []
    rank = 0
    for item, score in zip(mixed.item_ids, mixed.scores, strict=True):
        if item in given:
            row = given[item]
        elif item in meta:
            row = _new_row(item, meta[item], int(cross.popularity[position[item]]))
        else:
            continue  # gone since the cross-kind list was read
        rank += 1
        reason = cross.reason(position[item]) if item in position else ()
        out.append(_explained(row, reason, cross.source, cross.weight, rank, score))
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
    """``row`` re-ranked, saying which of the profile's other-kind terms raised it: alone for
    a pick the model made only from popularity (or did not make), before the model's own
    reason while the cross-kind share is above a half, after it otherwise."""
    if not reason:
        if not row.explanation:  # a pick only the cross-kind list made: popularity raised it
            count = row.evidence.popularity or 0
            popular = Message("Popular with {count} people", count=count)
            return dataclasses.replace(row, rank=rank, score=score, explanation=popular)
        return dataclasses.replace(row, rank=rank, score=score)
    sentence = because(source, [term for term, _ in reason])
    tastes = tuple(CrossTaste(term, source, w) for term, w in reason)
    alone = row.fallback or not row.explanation  # the model's reason was only popularity
    leads = weight > 0.5 or alone
    if alone:
        text: str = sentence
    elif leads:
        text = Message("{first}; {second}", first=sentence, second=row.explanation)
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
        explanation="",  # set by _explained
        evidence=Evidence(popularity=popularity),
    )


def _z(values: np.ndarray) -> np.ndarray:
    spread = float(values.std())
    return (values - values.mean()) / spread if spread > 0 else np.zeros_like(values)
