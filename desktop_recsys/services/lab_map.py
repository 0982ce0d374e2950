"""The Model Lab's catalogue map: every item as a point in two dimensions, as plain data.

:func:`build_catalogue_map` places the items with scikit-learn's PCA of the item factors of a
fitted factor model (ALS, BPR, biased MF) when one was evaluated, else of the items' content
vectors (genres, tags, people, decade; IDF-weighted), with one profile's history, held-out
items and recommendations highlighted. :func:`project_map` places the same items with t-SNE
instead, on request (a job of its own: it takes seconds to a minute).

Only the standard library is imported at the top (the interface imports :class:`CatalogueMap`
at start-up); numpy, SciPy and scikit-learn are imported when a function runs, on a job's
worker thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desktop_recsys.blas_caps import blas_cap
from desktop_recsys.errors import UserError
from desktop_recsys.progress import CancelToken, Message, ProgressFn, no_progress

if TYPE_CHECKING:
    import numpy as np

    from desktop_recsys.engine.dataset import Dataset

#: At most this many items on the map (the most popular, plus every highlighted one): more
#: dots than this make drawing the map take longer than a frame on the GUI thread.
MAP_LIMIT = 5000
#: Projections of the catalogue map: PCA (computed with every Lab run) and t-SNE (on request).
MAP_METHODS = ("pca", "tsne")
#: t-SNE places at most this many items (the most popular, plus every highlighted one): its
#: cost grows faster than the number of points. ml-latest-small's 3,009 (3,000 plus a
#: profile's items) took 30 s on one core of a 2-core machine under a load average of 8-10.
TSNE_LIMIT = 3000
#: t-SNE works on the items' vectors reduced to this many dimensions with PCA (the usual first
#: step: it removes noise and makes the neighbour search cheap).
TSNE_DIMENSIONS = 50
TSNE_PERPLEXITY = 30.0
#: Rounds of 250 iterations (scikit-learn's smallest run): the first with early exaggeration,
#: then plain. Progress and cancel are checked between rounds, so a cancel waits for the
#: round under way (11-18 s in the run above). Two rounds
#: (500 iterations; scikit-learn's default is 1,000) keep 99.7 % of the trustworthiness of a
#: full run on ml-latest-small's 3,000 most popular films (0.968 against 0.971) in half the
#: time.
TSNE_ROUNDS = 2
TSNE_SEED = 0


@dataclass(frozen=True)
class CatalogueMap:
    """Items projected to two dimensions, with one profile's items highlighted."""

    source: str
    x: list[float]
    y: list[float]
    item_ids: list[int]
    titles: list[str]
    #: Positions (indices into the lists above) of the profile's items.
    history: list[int] = field(default_factory=list)
    held_out: list[int] = field(default_factory=list)
    recommended: dict[str, list[int]] = field(default_factory=dict)
    profile: str = ""
    explained_variance: float = 0.0
    #: ``"pca"`` or ``"tsne"`` (see :data:`MAP_METHODS`).
    method: str = "pca"
    #: Items in the catalogue, and how many of the most popular are on the map (the rest of
    #: the points are highlighted items from further down): the chart's subtitle says so.
    items_total: int = 0
    popular_shown: int = 0
    #: Interactions of each point's item in the training data (for :func:`project_map`'s cut).
    popularity: list[int] = field(default_factory=list, repr=False)
    #: The points' vectors (item factors or content vectors; a NumPy array or SciPy sparse
    #: matrix, one row per point) that :func:`project_map` projects again; None once projected.
    vectors: Any = field(default=None, repr=False, compare=False)
    #: Each point's energy from the sound analysis (0 calm - 1 intense; NaN: not analysed),
    #: for colouring the map by energy; empty when no item on the map was analysed.
    energy: list[float] = field(default_factory=list, repr=False)

    @property
    def highlighted(self) -> set[int]:
        """Positions of every highlighted point (history, held out, any recommendation)."""
        marked = set(self.history) | set(self.held_out)
        for picks in self.recommended.values():
            marked.update(picks)
        return marked


def spread_out(points: np.ndarray) -> np.ndarray:
    """Each PCA component centred on its median, scaled by its median absolute deviation and
    passed through ``arcsinh``: unscaled, a few far items (the most popular ones) stretched
    the first axis and the rest collapsed to a line. The order along each axis is kept;
    distances far from the centre are compressed."""
    import numpy as np  # deferred: see the module's docstring

    centre = np.median(points, axis=0)
    spread = np.median(np.abs(points - centre), axis=0)
    spread = np.where(spread > 0, spread, 1.0)
    return np.arcsinh((points - centre) / spread)


def build_catalogue_map(
    train: Dataset,
    factors: tuple[str, np.ndarray, list[str]] | None,
    titles: dict[str, str],
    *,
    focus_user: str | None,
    held_out: list[str],
    focus_lists: dict[str, list[int]],
    who: str,
) -> CatalogueMap:
    """The PCA map of ``train``'s items (``factors``: a factor model's item vectors, else the
    content vectors), the :data:`MAP_LIMIT` most popular plus every highlighted item; a
    ValueError when there is too little to project."""
    import numpy as np
    import scipy.sparse as sp
    from sklearn.decomposition import PCA  # deferred: scikit-learn is heavy

    item_ids = [str(i) for i in train.item_ids.tolist()]
    if factors is not None:
        source, vectors, order = factors
        position = {item: n for n, item in enumerate(order)}
        vectors = vectors[[position[i] for i in item_ids]]
    else:
        feats, _names = train.item_feature_matrix()
        if feats.shape[1] < 2:
            raise ValueError("the items have no genres, tags or people to place them by")
        df = np.bincount(feats.indices, minlength=feats.shape[1])
        idf = np.log((1.0 + feats.shape[0]) / (1.0 + df)) + 1.0
        vectors = sp.csr_matrix(feats @ sp.diags(idf))
        source = Message("content vectors (genres, tags, people, decade)")
    if vectors.shape[0] < 3:
        raise ValueError("fewer than three items")
    popularity = np.diff(train.matrix.tocsc().indptr)
    history = (
        set(train.matrix[train.user_index(focus_user)].indices.tolist())
        if focus_user is not None
        else set()
    )
    position_of = {item: n for n, item in enumerate(item_ids)}
    held = {position_of[i] for i in held_out if i in position_of}
    wanted = history | held | {i for picks in focus_lists.values() for i in picks}
    keep = np.argsort(-popularity, kind="stable")[:MAP_LIMIT]
    keep = np.unique(np.concatenate([keep, np.fromiter(wanted, dtype=np.int64, count=len(wanted))]))
    data = vectors[keep]
    if sp.issparse(data):
        # arpack: PCA of a sparse matrix without making it dense (centred implicitly).
        pca = PCA(n_components=2, svd_solver="arpack", random_state=0)
        points = pca.fit_transform(sp.csr_matrix(data, dtype=np.float64))
    else:
        pca = PCA(n_components=2, random_state=0)
        points = pca.fit_transform(np.asarray(data, dtype=np.float64))
    points = spread_out(points)
    slot = {int(item): n for n, item in enumerate(keep.tolist())}
    return CatalogueMap(
        source=source,
        x=points[:, 0].astype(float).tolist(),
        y=points[:, 1].astype(float).tolist(),
        item_ids=[int(item_ids[i]) if item_ids[i].isdigit() else -1 for i in keep.tolist()],
        titles=[titles.get(item_ids[i], item_ids[i]) for i in keep.tolist()],
        history=sorted(slot[i] for i in history if i in slot),
        held_out=sorted(slot[i] for i in held if i in slot),
        recommended={
            label: [slot[i] for i in picks if i in slot] for label, picks in focus_lists.items()
        },
        profile=who,
        explained_variance=float(np.sum(pca.explained_variance_ratio_)),
        method="pca",
        items_total=len(item_ids),
        popular_shown=min(MAP_LIMIT, len(item_ids)),
        popularity=popularity[keep].astype(int).tolist(),
        vectors=data,
    )


def project_map(
    catalogue_map: CatalogueMap,
    method: str = "tsne",
    *,
    limit: int = TSNE_LIMIT,
    seed: int = TSNE_SEED,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> CatalogueMap:
    """``catalogue_map``'s items placed by ``method`` (``"pca"``: the map itself).

    t-SNE keeps the ``limit`` most popular points plus every highlighted one, reduces their
    vectors to :data:`TSNE_DIMENSIONS` dimensions with PCA, finds each point's nearest
    neighbours once, and runs scikit-learn's Barnes-Hut t-SNE from the PCA layout for
    :data:`TSNE_ROUNDS` rounds of 250 iterations, reporting progress and checking ``cancel``
    between steps. The same map, ``limit`` and ``seed`` give the same points (on the same
    number of threads). Runs for seconds to a minute: call it from a job.
    """
    if method not in MAP_METHODS:
        raise UserError(
            Message(
                "unknown map projection {method!r}; use {choices}",
                method=method,
                choices=" or ".join(MAP_METHODS),
            )
        )
    if method == catalogue_map.method:
        return catalogue_map
    if method == "pca" or catalogue_map.vectors is None:
        raise UserError(Message("this catalogue map has no item vectors: run the evaluation again"))
    if limit < 1:
        raise UserError(
            Message("the t-SNE map needs a limit of at least one item, not {limit}", limit=limit)
        )
    import numpy as np
    import scipy.sparse as sp

    # Deferred: scikit-learn is heavy.
    from sklearn.decomposition import PCA
    from sklearn.manifold import TSNE
    from sklearn.neighbors import NearestNeighbors

    token = cancel if cancel is not None else CancelToken()
    steps = 2 + TSNE_ROUNDS
    m = catalogue_map
    total = len(m.x)
    popularity = np.asarray(m.popularity if len(m.popularity) == total else [0] * total)
    top = np.argsort(-popularity, kind="stable")[:limit]
    marked = np.fromiter(m.highlighted, dtype=np.int64)
    keep = np.unique(np.concatenate([top.astype(np.int64), marked]))
    if len(keep) < 5:
        raise UserError(Message("too few items for a t-SNE map ({count})", count=len(keep)))

    progress(0.0, Message("Catalogue map (t-SNE): step {step} of {steps}", step=1, steps=steps))
    data = m.vectors[keep]
    dims = min(TSNE_DIMENSIONS, len(keep) - 1)
    if data.shape[1] > dims:
        solver = "arpack" if sp.issparse(data) else "auto"
        reducer = PCA(n_components=dims, svd_solver=solver, random_state=seed)
        data = reducer.fit_transform(sp.csr_matrix(data) if sp.issparse(data) else data)
    elif sp.issparse(data):
        data = data.toarray()
    reduced = np.ascontiguousarray(data, dtype=np.float32)
    token.raise_if_cancelled()

    progress(
        1 / steps, Message("Catalogue map (t-SNE): step {step} of {steps}", step=2, steps=steps)
    )
    perplexity = min(TSNE_PERPLEXITY, (len(keep) - 1) / 3.0)
    neighbours = min(len(keep) - 1, int(3.0 * perplexity + 1))
    # Once, not per round: each round is a fresh scikit-learn run on this graph. The point
    # itself is among its own neighbours (distance 0), as scikit-learn expects of the graph.
    # In a cap of one (desktop_recsys/blas_caps): scikit-learn's neighbour search sets BLAS to
    # one thread itself and puts back what it saw, which, were another thread's cap to close
    # meanwhile, would be that cap's count, left in force after it.
    with blas_cap(1):
        graph = (
            NearestNeighbors(n_neighbors=neighbours + 1)
            .fit(reduced)
            .kneighbors_graph(reduced, mode="distance")
        )
    # Start from the PCA layout, scaled to t-SNE's usual tiny spread (as init="pca" does).
    start = PCA(n_components=2, random_state=seed).fit_transform(reduced)
    spread = float(np.std(start[:, 0])) or 1.0
    embedding = (start / spread * 1e-4).astype(np.float32)
    learning_rate = max(len(keep) / 12.0 / 4.0, 50.0)  # scikit-learn's "auto", kept fixed
    for round_ in range(TSNE_ROUNDS):
        token.raise_if_cancelled()
        progress(
            (2 + round_) / steps,
            Message("Catalogue map (t-SNE): step {step} of {steps}", step=3 + round_, steps=steps),
        )
        tsne = TSNE(
            n_components=2,
            perplexity=perplexity,
            early_exaggeration=12.0 if round_ == 0 else 1.0,
            learning_rate=learning_rate,
            max_iter=250,
            metric="precomputed",
            init=embedding,
            random_state=seed,
        )
        embedding = tsne.fit_transform(graph).astype(np.float32)
    token.raise_if_cancelled()
    slot = {int(position): n for n, position in enumerate(keep.tolist())}
    points = embedding.astype(np.float64)
    return CatalogueMap(
        source=m.source,
        x=points[:, 0].tolist(),
        y=points[:, 1].tolist(),
        item_ids=[m.item_ids[i] for i in keep.tolist()],
        titles=[m.titles[i] for i in keep.tolist()],
        history=[slot[i] for i in m.history if i in slot],
        held_out=[slot[i] for i in m.held_out if i in slot],
        recommended={
            label: [slot[i] for i in picks if i in slot] for label, picks in m.recommended.items()
        },
        profile=m.profile,
        method="tsne",
        items_total=m.items_total or total,
        popular_shown=min(limit, total, m.popular_shown or total),
        popularity=popularity[keep].astype(int).tolist(),
        energy=[m.energy[i] for i in keep.tolist()] if len(m.energy) == total else [],
    )
