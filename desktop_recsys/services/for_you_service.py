"""The "For you" list: what the algorithm picker offers, the list job, and the diversity slider.

- :func:`algorithm_names`, :func:`default_algorithm`, :data:`AUTOMATIC`: the picker's choices.
- :func:`for_you_list`: a job ``fn(library_path, models_dir, ..., progress, cancel)`` that
  opens its own connection; a missing model is an answer (:class:`ForYouResult` with
  ``needs_training``), not a failure.
- :func:`diversify`: re-ranks a fetched list on the GUI thread whenever the slider moves.

Only the standard library is imported at the top, so the window may import this module at
start-up; the engine (numpy, scipy) loads when a function first needs it.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_recsys.errors import UserError
from desktop_recsys.library import Library, dataset_rows
from desktop_recsys.progress import CancelToken, Message, ProgressFn, no_progress
from desktop_recsys.services import ab_test_service, limits, recent_taste
from desktop_recsys.services.for_you_vectors import SliderVectors

if TYPE_CHECKING:
    # Only for annotations: recommend_service imports the engine (numpy, scipy), which the
    # window does not need to appear. Functions below import it when first called.
    from desktop_recsys.services import recommend_service

log = logging.getLogger(__name__)

#: What a person can choose in the "For you" algorithm picker besides a named algorithm.
AUTOMATIC = ""
#: Candidates fetched beyond the list (the diversity slider chooses among them). The recent
#: taste blend ranks the pool as a whole, so the window and ``recommend`` fetch the same pool
#: and show the same list.
DIVERSITY_POOL = 150


def algorithm_names() -> list[str]:
    """The registered algorithms' names, sorted (for pickers; loads the engine on first use)."""
    # Deferred: the registry imports every algorithm (numpy, scipy) on first use.
    from desktop_recsys.engine.registry import algorithm_names as names

    return names()


def default_algorithm() -> str:
    """What "automatic" trains."""
    # Deferred: training_service imports the engine (numpy, scipy).
    from desktop_recsys.services.training_service import DEFAULT_ALGORITHM

    return DEFAULT_ALGORITHM


def new_vector_cache() -> SliderVectors:
    """A keeper of the catalogue's content rows for the diversity slider (no engine import)."""
    return SliderVectors()


def new_model_cache() -> recommend_service.ModelCache:
    """A cache of loaded models for the GUI's list jobs (imports the engine on first use)."""
    from desktop_recsys.services import recommend_service  # deferred: loads the engine

    return recommend_service.ModelCache()


@dataclass(frozen=True)
class ForYouResult:
    """A recommendation list, or why there is none yet (``needs_training``)."""

    profile_id: int
    kind: str
    algorithm: str | None
    recommendations: recommend_service.Recommendations | None
    reason: str = ""
    #: How many rows the list shows; ``recommendations`` may hold more candidates.
    n: int = 0
    #: One unit-length content row per candidate (sparse), for :func:`diversify`; None when
    #: the list was fetched without a diversity pool.
    vectors: Any = field(default=None, compare=False, repr=False)
    #: Without a model: whether there is anything to train one on (a rating or play of the
    #: kind); the screen trains the first model by itself only then.
    can_train: bool = True
    #: The running blind test this list is mixed for (an ``AbTestRow``; None: a plain list).
    blind: Any = field(default=None, compare=False)

    @property
    def needs_training(self) -> bool:
        return self.recommendations is None

    def summary(self) -> dict[str, object]:
        """For the job history: the list's summary, or that a model is missing."""
        if self.blind is not None and self.recommendations is not None:  # never the names
            return {"rows": len(self.recommendations.rows), "blind_test": self.blind.id}
        if self.recommendations is not None:
            return self.recommendations.summary()
        return {"rows": 0, "needs_training": True}


def for_you_list(
    library_path: str | Path,
    models_dir: str | Path,
    *,
    profile: int | str,
    kind: str,
    n: int = 50,
    algorithm: str | None = None,
    cache: recommend_service.ModelCache | None = None,
    diversity_pool: int = 0,
    what_if: bool = True,
    slider_vectors: bool = True,
    vector_cache: SliderVectors | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> ForYouResult:
    """:func:`~desktop_recsys.services.recommend_service.recommend_for`, except that "no model
    has been trained yet" is a result (the screen offers to train) rather than an error.

    With ``diversity_pool`` above ``n``, that many candidates are fetched and their content
    vectors kept, so :func:`diversify` can re-rank them on the GUI thread in a millisecond
    whenever the diversity slider moves (no new job per slider step). ``profile`` is an id or
    a name (``recommend --profile``); the window and the CLI get the same list this way.
    ``slider_vectors=False`` fetches the same pool without those vectors (``recommend`` has no
    slider: half a second less on a large library). ``vector_cache`` keeps the catalogue's
    rows for those vectors between lists (:mod:`.for_you_vectors`; the window passes one).
    """
    from desktop_recsys.services import recommend_service  # deferred: loads the engine

    if not isinstance(profile, int):
        with Library.open(Path(library_path)) as library:
            profile = library.profiles.require(profile).id
    if not algorithm:  # "Automatic": a running blind test of two recommenders mixes the list
        blind = ab_test_service.blind_list(
            library_path, models_dir, profile_id=profile, kind=kind, n=n, cache=cache,
            progress=progress, cancel=cancel,
        )  # fmt: skip
        if blind is not None:
            return ForYouResult(profile, kind, None, blind.recommendations, "", n, blind=blind.test)
    try:
        recs = recommend_service.recommend_for(
            library_path,
            models_dir,
            profile=profile,
            kind=kind,
            n=max(n, diversity_pool),
            algorithm=algorithm or None,
            exclude_not_interested=True,
            cache=cache,
            what_if=what_if,
            progress=progress,
            cancel=cancel,
        )
    except recommend_service.NoModelError as exc:
        progress(1.0, Message("No model trained yet"))
        with Library.open(Path(library_path)) as library:
            data = dataset_rows.has_interactions(library, kind, ratings=True, plays=True)
        return ForYouResult(profile, kind, algorithm or None, None, exc.message, can_train=data)
    dataset = None
    recent = recent_taste.recent_enough(library_path, profile, kind)
    if recent:  # the blend compares recent plays with the whole catalogue
        dataset = _dataset(library_path, profile, kind)
    # A profile new to the kind borrows its taste from its other kind (issue 18): music for
    # films, films for music, handing over to the model by 20 items of the kind.
    from desktop_recsys.services import cross_kind  # deferred: numpy, scipy

    recs = cross_kind.blend(library_path, recs)
    # What the profile played lately moves the list at once (issue 17), not only once the
    # model is retrained.
    recs = recent_taste.blend(library_path, recs, dataset, recent=recent)
    with Library.open(Path(library_path)) as library:  # the profile's limits, once more
        recs = limits.limit_recommendations(library, recs)
    vectors = None
    if diversity_pool > n and slider_vectors:
        candidates = [r.item_id for r in recs.rows]
        if dataset is None and vector_cache is not None:  # the catalogue's rows, kept
            vectors = vector_cache.rows(
                library_path,
                kind,
                candidates,
                lambda library: _dataset_in(library, profile, kind, only_items=candidates),
                store=models_dir,
            )
        else:
            if dataset is None:  # the candidates' interactions are all their vectors need
                dataset = _dataset(library_path, profile, kind, only_items=candidates)
            if dataset is not None:
                vectors = _candidate_vectors(dataset, candidates)
    return ForYouResult(profile, kind, algorithm or None, recs, recs.note, n, vectors)


def prepare(
    library_path: str | Path,
    models_dir: str | Path,
    *,
    profile: int,
    kind: str,
    algorithm: str | None,
    cache: recommend_service.ModelCache,
    vector_cache: SliderVectors,
) -> bool:
    """Load what a first list needs, without making one (the window's warm-up thread, once
    it shows): the serving model into ``cache``, its per-user arrays for the "what if" lines
    and the catalogue's slider rows into ``vector_cache``. Nothing is recorded (a running
    blind test records the lists it mixes: none is mixed here). Returns whether it did; a
    missing model or any failure is left to the list itself to say."""
    from desktop_recsys.services import recommend_service  # deferred: loads the engine

    try:
        recs = recommend_service.recommend_for(
            library_path, models_dir, profile=profile, kind=kind, n=DIVERSITY_POOL,
            algorithm=algorithm, cache=cache, what_if=True,
        )  # fmt: skip
        candidates = [r.item_id for r in recs.rows]
        vector_cache.rows(
            library_path,
            kind,
            candidates,
            lambda library: _dataset_in(library, profile, kind, only_items=candidates),
            store=models_dir,
        )
    except Exception as exc:  # noqa: BLE001 - a warm-up never bothers anyone: the list will say
        log.info("For you warm-up skipped: %s", exc)
        return False
    return True


def _dataset(
    library_path: str | Path, profile: int, kind: str, only_items: list[int] | None = None
) -> Any | None:
    """The profile's data set (content included), or None if it cannot be built.

    With ``only_items``, only those items' interactions are read (``dataset_from_library``):
    their content vectors are the same, and on 2 million ratings it is the difference between
    a second and twenty (``benchmarks/README.md``)."""
    try:
        with Library.open(Path(library_path)) as library:
            return _dataset_in(library, profile, kind, only_items)
    except UserError:
        return None


def _dataset_in(
    library: Library, profile: int | None, kind: str, only_items: list[int] | None = None
) -> Any | None:
    """:func:`_dataset` from an open library."""
    from desktop_recsys.services.dataset_service import (  # deferred: numpy
        dataset_from_library,
    )

    try:
        return dataset_from_library(library, kind=kind, profile_id=profile, only_items=only_items)
    except UserError:
        return None


def _candidate_vectors(dataset: Any, item_ids: list[int]) -> Any:
    """Content vectors (sparse, unit length) of ``item_ids`` in order."""
    # Deferred: the engine (numpy, scipy) loads only once a list is asked for.
    import scipy.sparse as sp

    from desktop_recsys.engine.rerank import item_vectors

    vectors = item_vectors(dataset)
    vectors = sp.vstack([vectors, sp.csr_matrix((1, vectors.shape[1]))], format="csr")
    blank = vectors.shape[0] - 1
    rows = [dataset.item_index(str(i)) for i in item_ids]
    return sp.csr_matrix(vectors[[blank if r is None else r for r in rows]])


def diversify(
    result: ForYouResult, trade_off: float, removed: set[int] | frozenset[int] = frozenset()
) -> list[recommend_service.RecommendedItem]:
    """The list to show for a diversity setting (0: by relevance only, 1: most varied).

    Swaps similar items of the best ``result.n`` for varied ones from the candidates above a
    relevance floor (:func:`desktop_recsys.engine.rerank.diversify_within_taste`: the ``2 n``
    most relevant, so the list stays within the profile's taste), more swaps the higher the
    setting; the list stays in score order. ``removed`` item ids (marked "not interested"
    since the list came) are left out. Ranks are renumbered.
    """
    recs = result.recommendations
    if recs is None:
        return []
    keep = [k for k, row in enumerate(recs.rows) if row.item_id not in removed]
    n = result.n or len(keep)
    if trade_off <= 0 or result.vectors is None or len(keep) <= 1:
        order = keep[:n]
    else:
        from desktop_recsys.engine.rerank import diversify_within_taste  # deferred: numpy

        picked = diversify_within_taste(
            [recs.rows[k].score for k in keep],
            result.vectors[keep],
            n,
            min(1.0, float(trade_off)),
        )
        order = [keep[int(p)] for p in picked]
    return [dataclasses.replace(recs.rows[k], rank=rank) for rank, k in enumerate(order, 1)]
