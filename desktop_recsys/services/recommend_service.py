"""Recommendations for a profile from the model registry, with the evidence behind each pick.

Which model serves (the registry's rule): among the profile's runs of the item kind that are
``ready`` or ``stale``, the newest; without one, the newest shared run (trained with no
profile). ``algorithm=`` narrows the choice to one algorithm. A person rolls back with
:func:`activate_run`, which retires the runs newer than the chosen one.

Stale models: every run keeps the change counter of the data it learned from (bumped by
every rating, play or mark of its item kind and every item of the kind added or removed; see
:func:`desktop_recsys.library.dataset_rows.data_versions`). When the counter moved, the
run is marked ``stale``; it keeps serving (an older model beats none) and the result says so,
so the interface can offer a retrain (and an idle-time scheduler can start one, see
:func:`find_stale_runs`).

What is never recommended: what the profile already rated, played or marked "don't learn from
this", and (unless ``exclude_not_interested=False``) what it marked "not interested".
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_recsys.engine.base import Recommender
from desktop_recsys.engine.features.explanation import RANKER_FEATURE_WORDS
from desktop_recsys.engine.persistence import load_model
from desktop_recsys.engine.serving_threads import one_blas_thread
from desktop_recsys.errors import UserError
from desktop_recsys.library import Library, LibraryError, dataset_rows
from desktop_recsys.library.models import ModelRun
from desktop_recsys.progress import (
    CancelToken,
    Message,
    ProgressFn,
    Terms,
    clauses,
    listing,
    no_progress,
)
from desktop_recsys.services import limits
from desktop_recsys.services.dataset_service import check_kind, kind_plural, resolve_profile
from desktop_recsys.services.evidence import CitedItem, Evidence, ProfileFacts, profile_facts
from desktop_recsys.services.sound_space import sound_shared
from desktop_recsys.services.what_if import WhatIfLine, add_what_if

log = logging.getLogger(__name__)


class NoModelError(UserError):
    """No trained model can serve this profile and kind yet (the interface offers to train)."""


@dataclass(frozen=True)
class RecommendedItem:
    """One row of a recommendation list, ready for a table: the item, its score and why."""

    rank: int
    item_id: int
    kind: str
    title: str
    artist: str | None
    album: str | None
    year: int | None
    genres: str
    score: float
    explanation: str
    #: The profile's own items that weighed most, as ``(item id, title, weight)``.
    because: tuple[tuple[int, str, float], ...] = ()
    #: True when the pick comes from the popularity fallback rather than the model.
    fallback: bool = False
    #: The structured evidence (liked items that raised it, friends who have it, popularity).
    evidence: Evidence = field(default_factory=Evidence)
    #: "Without X it would rank #N" for the cited items (only when asked: ``what_if=True``).
    what_if: tuple[WhatIfLine, ...] = ()


@dataclass(frozen=True)
class Recommendations:
    """A profile's list and the model run that produced it; iterates over the rows."""

    profile_id: int
    kind: str
    run: ModelRun
    stale: bool
    rows: list[RecommendedItem] = field(default_factory=list)
    note: str = ""

    @property
    def algorithm(self) -> str:
        return self.run.algorithm

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def summary(self) -> dict[str, object]:
        """What the job history keeps of a list: which model, how many rows, whether stale."""
        return {
            "run_id": self.run.id,
            "algorithm": self.run.algorithm,
            "rows": len(self.rows),
            "stale": self.stale,
        }


class ModelCache:
    """Keeps the last few loaded models, keyed by file, size and modification time.

    Loading a large model (EASE on 17,000 items is a 1.2 GB file) takes longer than
    recommending from it; a caller that serves many lists (the GUI) passes one cache to every
    call. Thread-safe: recommendation jobs run side by side on the read pool.
    """

    def __init__(self, capacity: int = 2) -> None:
        self._capacity = max(1, capacity)
        self._models: OrderedDict[tuple[str, int, int], Recommender] = OrderedDict()
        self._lock = threading.Lock()
        #: One lock per file being loaded: a second caller (the window's warm-up and its
        #: first list) waits for the first one's load instead of loading it again.
        self._loading: dict[tuple[str, int, int], threading.Lock] = {}

    def load(self, path: Path) -> Recommender:
        stat = path.stat()
        key = (str(path), stat.st_size, stat.st_mtime_ns)
        with self._lock:
            loading = self._loading.setdefault(key, threading.Lock())
        with loading:
            with self._lock:
                model = self._models.get(key)
                if model is not None:
                    self._models.move_to_end(key)
                    return model
            model = load_model(path)
            with self._lock:
                self._models[key] = model
                self._loading.pop(key, None)
                while len(self._models) > self._capacity:
                    self._models.popitem(last=False)
        return model


def recommend_for(
    library_path: str | Path,
    models_dir: str | Path,
    *,
    profile: int | str,
    kind: str,
    n: int = 20,
    algorithm: str | None = None,
    exclude_not_interested: bool = True,
    cache: ModelCache | None = None,
    what_if: bool = False,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> Recommendations:
    """The ``n`` best ``kind`` items for ``profile`` (a name or id) from the serving model.

    ``what_if``: also say, for each row's cited items, where it would rank without each
    (:mod:`.what_if`).

    Raises :class:`NoModelError` when no usable model exists (none trained, or every model
    file is missing), :class:`UserError` for an unknown profile or kind.
    """
    token = cancel if cancel is not None else CancelToken()
    check_kind(kind)
    if n < 1:
        raise UserError(Message("the number of recommendations must be at least 1 (got {n})", n=n))
    models_dir = Path(models_dir)
    with Library.open(Path(library_path)) as library:
        profile_id = resolve_profile(library, profile)
        assert profile_id is not None
        progress(0.1, Message("Loading the model"))
        run, model = _serving_model(library, models_dir, profile_id, kind, algorithm, cache)
        token.raise_if_cancelled()
        stale = _check_stale(library, run, kind)
        progress(0.5, Message("Ranking"))
        excluded = dataset_rows.profile_item_ids(library, profile_id, kind)
        if exclude_not_interested:
            excluded |= {
                item for _, item in dataset_rows.marked_items(library, "not_interested", profile_id)
            }
        blocked = limits.blocked_ids(library, profile_id, kind)  # the profile's limits
        user = str(profile_id)
        with one_blas_thread():  # a query's products are small (engine.serving_threads)
            ranked = model.recommend(user, n, exclude=[str(i) for i in excluded | blocked])
            token.raise_if_cancelled()
            progress(0.8, Message("Explaining"))
            ids = [int(i) for i in ranked.items]
            # Every contributor (no cap): the like filter below must see past the first few.
            explanations = [model.explain(user, str(i), top=_ALL) for i in ids]
        evidence_ids = {
            int(item) for e in explanations if e.kind == "item" for item, _ in e.contributions
        }
        meta = dataset_rows.items_by_ids(library, sorted(set(ids) | evidence_ids))
        titles = [str(m[2]) for m in meta.values()]
        facts = profile_facts(library, profile_id, kind, ids, titles)
        share = getattr(model, "popularity_share", lambda _u: 0.0)(user)
    rows: list[RecommendedItem] = []
    for rank, (item_id, score, why) in enumerate(
        zip(ids, ranked.scores, explanations, strict=True)
    ):
        info = meta.get(item_id)
        if info is None:  # deleted since the model was trained
            continue
        fallback = rank >= ranked.fallback_from or why.fallback
        because, text = _describe(why, meta, fallback, facts)
        popularity = None
        if fallback or why.kind == "popularity" or share >= 0.5:
            # Popularity is the reason (a cold profile's list leans on it from half on).
            popularity = model.popularity_of(str(item_id))
            if not fallback and why.kind != "popularity":
                count = Message("Popular with {count} people", count=popularity)
                text = clauses([count, text]) if because else count
        evidence = _evidence(why, meta, fallback, facts, because, popularity)
        rows.append(
            RecommendedItem(
                rank=len(rows) + 1,
                item_id=item_id,
                kind=info[1],
                title=info[2],
                artist=info[3],
                album=info[4],
                year=info[5],
                genres=info[6],
                score=float(score),
                explanation=text,
                because=because,
                fallback=fallback,
                evidence=evidence,
            )
        )
    if what_if:
        token.raise_if_cancelled()
        rows = add_what_if(model, user, rows, excluded, facts.label)
    note = _REASONS.get(ranked.reason, ranked.reason)
    if stale:
        stale_note = Message(
            "the data changed since this model was trained; retrain for fresher picks"
        )
        note = clauses([stale_note, note]) if note else stale_note
    progress(1.0, Message("{count} recommendations", count=len(rows)))
    return Recommendations(profile_id, kind, run, stale, rows, note)


#: The engine's reasons for a whole list (English, from the algorithms), as a person reads them.
_REASONS: dict[str, Message] = {
    "no friends with a history: content similarity": Message(
        "no friends with a history: content similarity"
    ),
    "no friends with a history: popular items": Message("no friends with a history: popular items"),
    "no interactions yet: most popular items": Message(
        "no interactions yet: the most popular items; rate a few to make it yours"
    ),
}

#: The hybrid's cold-start components (other components are algorithm names).
_COMPONENTS: dict[str, Message] = {
    "content (new user)": Message("content similarity, for a new profile"),
    "content (new item)": Message("content similarity, for a new item"),
    "popularity": Message("popularity"),
}


def _shared(kind: str, values: list[str]) -> Message:
    """What an item shares with the profile's taste: ``genres:Comedy`` -> "Shares genre
    Comedy"."""
    if kind == "genres":  # standard genre names are shown in the interface's language
        return Message("Shares genre {names}", names=Terms(values[:3]))
    if kind == "tags":
        return Message("Shares tag {names}", names=Terms(values[:3]))
    names = listing(values[:3])  # "a, b" in English, "a、b" in Chinese
    if kind == "people":
        return Message("Also with {names}", names=names)
    if kind == "duration":  # "105-135 min": the unit in the interface's language too
        bands = [Message("{band} min", band=v[:-4]) if v.endswith(" min") else v for v in values]
        return Message("Similar length ({names})", names=listing(bands[:3]))
    if kind == "sound":
        return sound_shared(values)
    if kind == "decade":  # "decade:1960": the kind is a word the interface translates
        return Message("From the same decade ({names}s)", names=names)
    return Message("Shares {kind} {names}", kind=kind, names=names)


def _popular(why: Any) -> Message:
    """The popularity fallback's sentence, with the count when the engine gave one."""
    args = getattr(why.text, "args", {})
    count = args.get("count")
    if isinstance(count, int):
        if getattr(args.get("why"), "template", None) == "unknown user":
            # A profile the model has not seen (created after the training).
            return Message("Unknown user: popular with {count} people", count=count)
        return Message("Popular with {count} people", count=count)
    return Message("A popular pick")


#: ``explain(top=...)`` for every contributor.
_ALL = 1_000_000


def _evidence(
    why: Any,
    meta: dict[int, tuple[Any, ...]],
    fallback: bool,
    facts: ProfileFacts,
    because: tuple[tuple[int, str, float], ...],
    popularity: int | None,
) -> Evidence:
    """The structured evidence of one row (see :mod:`.evidence`)."""
    item = int(why.item)
    named, others = facts.friends_of_item(item)
    items = tuple(
        CitedItem(i, str(meta[i][2]), meta[i][5], weight) for i, _, weight in because[:_MOST_CITED]
    )
    return Evidence(items, named, others, popularity)


#: Most items cited per row, in the sentence's evidence and the JSON.
_MOST_CITED = 10


def _feature_parts(features: list[tuple[str, float]], friend_count: int | None = None) -> list[str]:
    """Sentences for :attr:`FeatureExplanation.features`: shared genres, tags and people
    (content), the friends who have it (social), the leading part of a blend (hybrid), and
    what the learned ranker weighed most."""
    shared: dict[str, list[str]] = {}
    friends = 0
    ranker: list[str] = []
    lead: str | None = None
    for name, weight in features:
        if name in RANKER_FEATURE_WORDS:
            if len(ranker) < 3 and weight != 0:
                ranker.append(RANKER_FEATURE_WORDS[name])
        elif ":" in name:
            kind, _, value = name.partition(":")
            if kind == "friend":
                friends += 1
            elif value:
                shared.setdefault(kind, []).append(value)
        elif lead is None and weight > 0:
            lead = _COMPONENTS.get(name, name)
    parts: list[str] = []
    if friends and friend_count is not None:
        friends = friend_count  # counted in the library: direct friends only, exactly
    if friends == 1:
        parts.append(Message("A friend of yours has it"))
    elif friends:
        parts.append(Message("{count} of your friends have it", count=friends))
    parts.extend(_shared(kind, values) for kind, values in shared.items())
    if lead is not None:
        parts.append(Message("Mostly from {component}", component=lead))
    if ranker:
        parts.append(Message("Re-ranked on {features}", features=listing(ranker)))
    return parts


def _describe(
    why: Any,
    meta: dict[int, tuple[Any, ...]],
    fallback: bool,
    facts: ProfileFacts | None = None,
) -> tuple[tuple[tuple[int, str, float], ...], str]:
    """Evidence with titles instead of raw ids, and a sentence a person reads.

    The sentence is composed here from the explanation's structured data (``kind``,
    ``contributions`` and, for a :class:`~desktop_recsys.engine.features.FeatureExplanation`,
    ``features``) as a translatable :class:`~desktop_recsys.progress.Message`, not from the
    engine's English ``text``.
    """
    if fallback or why.kind == "popularity":
        return (), _popular(why)
    because: tuple[tuple[int, str, float], ...] = ()
    features = list(getattr(why, "features", None) or [])
    parts: list[str] = []
    if why.kind == "item":
        # Only what raised the score, and (with the library's facts) only what the profile
        # likes: a 3-star rating or a single play is not "you liked".
        because = tuple(
            (int(item), str(meta[int(item)][2]), float(weight))
            for item, weight in why.contributions
            if int(item) in meta and weight > 0 and (facts is None or int(item) in facts.liked)
        )[:_MOST_CITED]
        if because:
            # Named as the sentence names them ("The Rain (2000)" where titles repeat), so
            # "What counted most" lists the same names; the evidence keeps title and year.
            label = facts.label if facts is not None else (lambda title, _year: title)
            because = tuple((i, label(title, meta[i][5]), w) for i, title, w in because)
            titles = listing(title for _i, title, _w in because[:3])
            parts.append(Message("Because you liked {titles}", titles=titles))
    elif why.kind == "user" and not any(name.startswith("friend:") for name, _ in features):
        # Names of other profiles stay private: say how many, not who.
        count = sum(1 for _, weight in why.contributions if weight > 0)
        if count:
            parts.append(Message("Liked by {count} people with similar taste", count=count))
    friend_count = None
    if facts is not None:
        named, others = facts.friends_of_item(int(why.item))
        friend_count = len(named) + others
    parts.extend(_feature_parts(features, friend_count))
    if not parts:
        if not fallback and why.kind in ("item", "user") and why.contributions:
            # Evidence exists, but none of it is a like to cite: say no more than is true.
            return because, Message("From the pattern of your ratings and plays")
        return because, _popular(why)
    return because, clauses(parts)


def _serving_model(
    library: Library,
    models_dir: Path,
    profile_id: int,
    kind: str,
    algorithm: str | None,
    cache: ModelCache | None,
) -> tuple[ModelRun, Recommender]:
    candidates = library.model_runs.serving_candidates(profile_id, kind, algorithm)
    problems: list[str] = []
    for run in candidates:
        path = models_dir / str(run.file)
        try:
            model = cache.load(path) if cache is not None else load_model(path)
        except (UserError, OSError) as exc:
            # A deleted or damaged file: try the next model rather than failing the list.
            problems.append(f"model {run.id}: {exc}")
            log.warning("model run %s cannot serve: %s", run.id, exc)
            continue
        return run, model
    what = kind_plural(kind)
    if problems:
        if algorithm:
            raise NoModelError(
                Message(
                    "no usable {algorithm} model for {what} ({problem}); train a new one",
                    algorithm=algorithm,
                    what=what,
                    problem=problems[0],
                )
            )
        raise NoModelError(
            Message(
                "no usable model for {what} ({problem}); train a new one",
                what=what,
                problem=problems[0],
            )
        )
    if algorithm:
        # A mistyped name is not a model to train: say the name is unknown, with the nearest.
        from desktop_recsys.engine.registry import get_algorithm  # deferred: every algorithm

        get_algorithm(algorithm)
        raise NoModelError(
            Message(
                "no {algorithm} model has been trained for {what} yet; train one first",
                algorithm=algorithm,
                what=what,
            )
        )
    raise NoModelError(
        Message("no model has been trained for {what} yet; train one first", what=what)
    )


def _check_stale(library: Library, run: ModelRun, kind: str) -> bool:
    """Whether ``run``'s data changed since training; marks it ``stale`` (best effort)."""
    if run.status == "stale":
        return True
    stored = run.params.get("data_signature")
    if stored is None:
        return False
    if isinstance(stored, dict) and "versions" in stored:
        # The change counter (one indexed row), never a read of the data itself.
        current = dataset_rows.data_versions(library, kind, run.profile_id)
        if _normal(current) == _normal(stored):
            return False
    elif _normal(dataset_rows.data_signature(library, kind, run.profile_id)) == _normal(stored):
        # A model trained before the counters (schema version 5): checked the old way once,
        # then it keeps today's counter, so the next check reads one row.
        _adopt_versions(library, run, kind)
        return False
    try:
        library.model_runs.set_status(run.id, "stale", only_from=("ready",))
    except LibraryError as exc:
        # A busy library must not cost the person their list; the check repeats next time.
        log.info("could not mark model run %s stale: %s", run.id, exc)
    return True


def _adopt_versions(library: Library, run: ModelRun, kind: str) -> None:
    """Store today's change counter as ``run``'s signature (its data is known unchanged)."""
    params = {
        **run.params,
        "data_signature": dataset_rows.data_versions(library, kind, run.profile_id),
    }
    try:
        library.model_runs.set_params(run.id, params)
    except LibraryError as exc:
        log.info("could not update model run %s: %s", run.id, exc)


def _normal(signature: Any) -> Any:
    """The signature as it reads back from JSON (tuples become lists, floats stay floats)."""
    if isinstance(signature, dict):
        return {k: _normal(v) for k, v in signature.items()}
    if isinstance(signature, list | tuple):
        return [_normal(v) for v in signature]
    return signature


def find_stale_runs(library_path: str | Path) -> list[ModelRun]:
    """Serving runs whose data changed since training, each marked ``stale``; newest first.

    For an idle-time retrain: each returned run names the profile, kind, algorithm and
    parameters to train again.
    """
    found: list[ModelRun] = []
    with Library.open(Path(library_path)) as library:
        seen: set[tuple[int | None, str]] = set()
        for run in library.model_runs.list():
            kind = run.params.get("kind")
            if run.status not in ("ready", "stale") or kind is None:
                continue
            group = (run.profile_id, kind)
            if group in seen:
                continue  # only the newest serving run of a group decides about a retrain
            seen.add(group)
            if _check_stale(library, run, kind):
                found.append(library.model_runs.get(run.id) or run)
    return found


def activate_run(library_path: str | Path, models_dir: str | Path, run_id: int) -> ModelRun:
    """Roll back (or forward) to model run ``run_id``: it serves its profile and kind again.

    Runs of the same profile and kind that are newer are retired; a retired run is brought
    back. Refused (:class:`UserError`) for a run that never finished or whose file is gone.
    """
    with Library.open(Path(library_path)) as library:
        run = library.model_runs.get(run_id)
        if run is None:
            raise UserError(Message("no model run {run}", run=run_id))
        if run.status not in ("ready", "stale", "retired") or not run.file:
            raise UserError(
                Message(
                    "model run {run} is {status}; only a trained model can serve",
                    run=run_id,
                    status=run.status,
                )
            )
        if not (Path(models_dir) / run.file).is_file():
            raise UserError(
                Message("the file of model run {run} is missing; train a new model", run=run_id)
            )
        with library.transaction():
            library.model_runs.retire_newer(run)
            if run.status == "retired":
                library.model_runs.set_status(run_id, "ready", only_from=("retired",))
        # A run brought back from retirement is checked for staleness on its next use.
        return library.model_runs.get(run_id) or run


def profile_scores(
    library: Library,
    models_dir: str | Path,
    profile_id: int,
    kind: str,
    item_ids: list[int],
    cache: ModelCache | None = None,
) -> tuple[Any, ModelRun]:
    """The serving model's score (a float64 array) of each of ``item_ids`` for the profile
    (seen items too: smart playlists rank a profile's own favourites by it). NoModelError
    without a model."""
    run, model = _serving_model(library, Path(models_dir), profile_id, kind, None, cache)
    scores = model.predict(str(profile_id), [str(i) for i in item_ids])
    return scores, run
