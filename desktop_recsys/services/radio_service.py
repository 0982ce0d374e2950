"""Radio from a seed: a track, an artist, an album, a film or a playlist.

:func:`start_radio` reads what the radio needs once (the catalogue of the seed's kind, the
profile's marks and favourites, the serving model's picks for the profile) and returns a
:class:`Radio`; :meth:`Radio.next_items` yields the next picks for as long as it is asked
(the engine's :func:`~desktop_recsys.engine.radio.radio_stream` orders them under the variety
rules). :func:`radio_list` is the one-shot form for the command line and jobs.

What a radio never plays: an item the profile marked "not interested", an item whose file is
missing, an item of another kind, and the seed item itself. With a profile, its taste counts
(the serving model's ranking, or its own favourites when no model is trained yet); the
``balance`` slider moves from "more like the seed" (0) to "more like me" (1).

Item-to-item similarity comes through one function, :data:`NeighboursFactory`; the default,
:func:`behaviour_neighbours`, is the "more like this" similarity (who has both items, blended
with content), so a radio and "more like this" agree.
"""

from __future__ import annotations

import itertools
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_recsys.errors import UserError
from desktop_recsys.library import Library, dataset_rows, radio_rows
from desktop_recsys.progress import CancelToken, Message, ProgressFn, no_progress
from desktop_recsys.services import limits

if TYPE_CHECKING:
    from desktop_recsys.engine.radio import RadioPick
    from desktop_recsys.services.recommend_service import ModelCache

#: How many of the model's picks for the profile join the pool as "taste".
TASTE_POOL = 500
#: How many neighbours of the seed join the pool.
SEED_POOL = 300
#: The slider's default: halfway between the seed and the profile.
DEFAULT_BALANCE = 0.5

_SEED_FORMS = re.compile(r"^(item|album|artist|playlist):(.+)$", re.IGNORECASE)


@dataclass(frozen=True)
class RadioSeed:
    """What a radio starts from: one item, or the items of an album, artist or playlist."""

    #: ``item``, ``album``, ``artist`` or ``playlist``.
    form: str
    #: The item kind the radio plays (``track``, ``artist`` or ``film``).
    kind: str
    item_ids: tuple[int, ...]
    label: str


@dataclass(frozen=True)
class RadioItem:
    """One row of a radio list."""

    position: int
    item_id: int
    kind: str
    title: str
    artist: str | None
    album: str | None
    year: int | None
    path: str | None
    #: The blended score and its two parts (0-1): like the seed, like the profile.
    score: float
    seed_score: float
    taste_score: float
    #: Heard earlier in this radio (it comes round again once nothing new is left).
    replay: bool = False


#: ``neighbours(item_ids, n)``: up to ``n`` items like the given ones, best first.
NeighboursFn = Callable[[Sequence[int], int], list[tuple[int, float]]]
#: ``factory(library, kind, model)`` builds the radio's item-to-item similarity for one kind
#: (``model``: the serving model, or None); see :data:`desktop_recsys.engine.radio.Neighbours`.
NeighboursFactory = Callable[[Library, str, Any], NeighboursFn]


def behaviour_neighbours(library: Library, kind: str, model: Any) -> NeighboursFn:
    """The item-to-item similarity of "more like this"
    (:class:`~desktop_recsys.engine.item_similarity.ItemNeighbours`): who has both items, from
    the serving model's own training data (without a model, the library's interactions),
    blended with content (genres, people, artist, years) for items few people have. For
    several items, each candidate's best similarity to any of them."""
    # Deferred: the engine (numpy, scipy) loads only once a radio starts.
    import numpy as np

    from desktop_recsys.engine.item_similarity import ItemNeighbours
    from desktop_recsys.engine.radio import seed_similarity
    from desktop_recsys.engine.similarity import ItemContent
    from desktop_recsys.services.dataset_service import dataset_from_library
    from desktop_recsys.services.similar_items import _content_of

    content = {str(k): ItemContent(str(k), *v[1:]) for k, v in _content_of(library, kind).items()}
    if model is not None:
        similar = ItemNeighbours.from_model(model, content=content)
    else:
        try:
            data = dataset_from_library(library, kind=kind)
            similar = ItemNeighbours(data.matrix, list(data.item_ids), content=content)
        except UserError:  # nobody has interacted with this kind yet: content alone
            similar = ItemNeighbours(np.zeros((0, 0), dtype=np.float32), [], content=content)
    ids = [int(i) for i in similar.item_ids]

    def scores(item: int) -> Any:
        if str(item) in similar:
            return similar.scores(str(item))
        return np.zeros(len(ids))

    def neighbours(item_ids: Sequence[int], n: int) -> list[tuple[int, float]]:
        return seed_similarity(scores, ids, list(item_ids), n, most_seeds=_MOST_SEEDS)

    return neighbours


#: Most seed items whose neighbours are looked up (an album or a long playlist).
_MOST_SEEDS = 20


class NeighboursCache:
    """Keeps the item-to-item similarity of the last few (library, kind, model) so that the
    next radio starts without building it again (the GUI passes one to every radio, like the
    :class:`~desktop_recsys.services.recommend_service.ModelCache` of loaded models). A
    change to the catalogue of that kind (an item added, removed or edited) builds it anew.
    Thread-safe."""

    def __init__(self, capacity: int = 2, factory: NeighboursFactory | None = None) -> None:
        self._capacity = max(1, capacity)
        self._factory = factory or behaviour_neighbours
        self._built: OrderedDict[tuple[Any, ...], NeighboursFn] = OrderedDict()
        self._models: dict[tuple[Any, ...], Any] = {}
        self._lock = threading.Lock()

    def __call__(self, library: Library, kind: str, model: Any) -> NeighboursFn:
        count, changed = radio_rows.kind_version(library, kind)
        key = (str(library.path), kind, id(model), count, changed)
        with self._lock:
            found = self._built.get(key)
            if found is not None:
                self._built.move_to_end(key)
                return found
        built = self._factory(library, kind, model)
        with self._lock:
            # The model object is part of the key; keep it alive while its entry lives.
            self._built[key] = built
            self._models[key] = model
            while len(self._built) > self._capacity:
                old, _ = self._built.popitem(last=False)
                self._models.pop(old, None)
        return built


def resolve_seed(library: Library, text: str, profile_id: int | None = None) -> RadioSeed:
    """The seed named by ``text``: an item id, ``item:ID``, ``album:NAME``, ``artist:NAME``,
    ``playlist:NAME``, or else the title of an item (the best search match)."""
    given = " ".join(str(text).split())
    if not given:
        raise UserError(_SEED_HELP)
    form, _, value = given.partition(":") if _SEED_FORMS.match(given) else ("", "", given)
    form, value = form.lower(), value.strip()
    if form in ("", "item") and value.isdigit():
        item = library.items.get(int(value))
        if item is None:
            raise UserError(
                Message("no item {item} in this library; {help}", item=value, help=_SEED_HELP)
            )
        return RadioSeed("item", item.kind, (item.id,), _label(item.title, item.artist))
    if form == "playlist":
        playlist = library.playlists.find(value, profile_id)
        if playlist is None:
            raise UserError(
                Message("no playlist called {name}; {help}", name=value, help=_SEED_HELP)
            )
        ids = library.playlists.items(playlist.id)
        kinds = dataset_rows.items_by_ids(library, ids)
        if not kinds:
            raise UserError(
                Message("the playlist {name} is empty; add items to it first", name=value)
            )
        counts: dict[str, int] = {}
        for row in kinds.values():
            counts[row[1]] = counts.get(row[1], 0) + 1
        kind = max(sorted(counts), key=lambda k: counts[k])
        ids = [i for i in ids if i in kinds and kinds[i][1] == kind]
        return RadioSeed("playlist", kind, tuple(dict.fromkeys(ids)), playlist.name)
    if form == "album":
        rows = radio_rows.album_tracks(library, value)
        if not rows:
            raise UserError(Message("no album called {name}; {help}", name=value, help=_SEED_HELP))
        return RadioSeed("album", "track", tuple(r[0] for r in rows), str(rows[0][1]))
    if form == "artist":
        tracks = radio_rows.artist_tracks(library, value)
        if tracks:
            return RadioSeed("artist", "track", tuple(r[0] for r in tracks), str(tracks[0][1]))
        row = radio_rows.artist_item(library, value)
        if row is not None:
            return RadioSeed("artist", "artist", (row[0],), row[1])
        raise UserError(Message("no artist called {name}; {help}", name=value, help=_SEED_HELP))
    found = library.items.search(value, limit=1)
    if not found:
        raise UserError(Message("nothing matches {text}; {help}", text=value, help=_SEED_HELP))
    item = library.items.get(found[0])
    assert item is not None
    return RadioSeed("item", item.kind, (item.id,), _label(item.title, item.artist))


_SEED_HELP = Message("give an item id, a title, album:NAME, artist:NAME or playlist:NAME")


def _label(title: str, artist: str | None) -> str:
    return f"{artist} - {title}" if artist else title


class Radio:
    """A started radio: :meth:`next_items` gives the next picks, as many as asked, for ever
    (until no item can follow without breaking a variety rule). Not thread-safe: one
    consumer (a player queue, a view) asks for more."""

    def __init__(
        self,
        seed: RadioSeed,
        stream: Iterator[RadioPick[int]],
        meta: dict[int, tuple[Any, ...]],
        *,
        profile_id: int | None,
        balance: float,
        model: str | None,
    ) -> None:
        self.seed = seed
        self.profile_id = profile_id
        self.balance = balance
        #: The algorithm whose picks are the profile's taste (None: its favourites, or none).
        self.model = model
        self._stream = stream
        self._meta = meta
        self._position = 0
        self.ended = False

    def next_items(self, n: int) -> list[RadioItem]:
        """The next ``n`` picks (fewer only once the radio has ended)."""
        out: list[RadioItem] = []
        for pick in itertools.islice(self._stream, max(0, n)):
            row = self._meta[pick.item]
            self._position += 1
            out.append(
                RadioItem(
                    self._position,
                    pick.item,
                    str(row[0]),
                    str(row[1]),
                    row[2],
                    row[3],
                    row[4],
                    row[5],
                    round(pick.score, 4),
                    round(pick.seed, 4),
                    round(pick.taste, 4),
                    pick.replay,
                )
            )
        if len(out) < n:
            self.ended = True
        return out


def start_radio(
    library_path: str | Path,
    models_dir: str | Path | None,
    seed: str | int | RadioSeed,
    *,
    profile: int | str | None = None,
    balance: float = DEFAULT_BALANCE,
    include_known: bool = True,
    cache: ModelCache | None = None,
    neighbours: NeighboursFactory | None = None,
    sound_share: float = 0.0,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> Radio:
    """A radio from ``seed`` (see :func:`resolve_seed`) for ``profile`` (a name or id).

    ``include_known=False`` leaves out what the profile already rated or played (a radio of
    discoveries only). ``neighbours`` chooses the item-to-item similarity (default
    :func:`content_neighbours`). ``sound_share`` (0-1): how much of what follows is chosen by
    how the tracks sound (:mod:`desktop_recsys.services.sound_radio`; 0: as before).
    """
    # Deferred: the engine (numpy, scipy) loads only once a radio starts.
    from desktop_recsys.engine.radio import artist_key, radio_stream, rank_scores
    from desktop_recsys.services.dataset_service import resolve_profile
    from desktop_recsys.services.sound_radio import check_share, with_sound
    from desktop_recsys.services.sound_space import space_for

    token = cancel if cancel is not None else CancelToken()
    check_share(sound_share)
    if not 0.0 <= float(balance) <= 1.0:
        raise UserError(Message("the balance must be between 0 and 1 (got {value})", value=balance))
    factory = neighbours or behaviour_neighbours
    with Library.open(Path(library_path)) as library:
        profile_id = resolve_profile(library, profile)
        progress(0.1, Message("Reading the catalogue"))
        radio_seed = (
            seed if isinstance(seed, RadioSeed) else resolve_seed(library, str(seed), profile_id)
        )
        kind = radio_seed.kind
        rows = radio_rows.kind_items(library, kind)
        meta = {int(r[0]): tuple(r[1:7]) for r in rows}
        missing = {int(r[0]) for r in rows if r[7]}
        refused: set[int] = set(missing)
        known: set[int] = set()
        if profile_id is not None:
            refused |= {
                i for _, i in dataset_rows.marked_items(library, "not_interested", profile_id)
            }
            known = dataset_rows.profile_item_ids(library, profile_id, kind)
            refused |= limits.blocked_ids(library, profile_id, kind)  # the profile's limits
            if not include_known:
                refused |= known
        token.raise_if_cancelled()
        progress(0.3, Message("Loading the model"))
        run, model = _serving(library, models_dir, profile_id, kind, cache)
        token.raise_if_cancelled()
        progress(0.5, Message("Finding items like the seed"))
        similar = factory(library, kind, model)
        if check_share(sound_share) > 0 and kind == "track":
            similar = with_sound(similar, space_for(library), float(sound_share))
        seed_ids = list(radio_seed.item_ids)
        seed_scores = dict(similar(seed_ids, SEED_POOL))
        if len(seed_ids) > 1:
            # An album, an artist or a playlist: its own items belong on its radio.
            seed_scores.update(dict.fromkeys(seed_ids, 1.0))
        token.raise_if_cancelled()
        progress(0.8, Message("Reading the profile's taste"))
        taste: list[int] = []
        model_name = None
        if profile_id is not None:
            taste = _taste(library, model, profile_id, refused, kind)
            model_name = run.algorithm if run is not None else None
    taste_scores = rank_scores([i for i in taste if i in meta])
    stream = radio_stream(
        seed_scores,
        taste_scores,
        lambda i: artist_key(i, meta[i][2]),
        balance=float(balance) if profile_id is not None else 0.0,
        allowed=lambda i: i in meta and i not in refused,
        neighbours=similar,
        seeds=seed_ids if len(seed_ids) == 1 else (),
    )
    progress(1.0, Message("Radio ready"))
    return Radio(
        radio_seed, stream, meta, profile_id=profile_id, balance=float(balance), model=model_name
    )


def _serving(
    library: Library,
    models_dir: str | Path | None,
    profile_id: int | None,
    kind: str,
    cache: ModelCache | None,
) -> tuple[Any, Any]:
    """``(run, model)`` serving the profile (or, without one, a shared model), or
    ``(None, None)`` when none is trained yet."""
    # The registry's serving rule, the same model "For you" shows (recommend_service's).
    from desktop_recsys.services.recommend_service import NoModelError
    from desktop_recsys.services.recommend_service import _serving_model as serving_model

    if models_dir is None:
        return None, None
    try:
        return serving_model(library, Path(models_dir), profile_id, kind, None, cache)  # type: ignore[arg-type]
    except NoModelError:
        return None, None


def _taste(
    library: Library, model: Any, profile_id: int, refused: set[int], kind: str
) -> list[int]:
    """The profile's taste as a ranking: the serving model's picks (known items included), or
    without a model its favourites (4 stars and up, then the most played); for a profile new
    to the kind, blended with the taste of its other kind (issue 18: the For you blend)."""
    # Deferred: the cross-kind list loads numpy and scipy.
    from desktop_recsys.services import cross_kind

    if model is not None:
        ranked = model.recommend(
            str(profile_id), TASTE_POOL, exclude=[str(i) for i in refused], include_seen=True
        )
        order = [(int(i), float(score)) for i, score in ranked]
    else:
        favourites: dict[int, float] = {}
        for r in library.ratings.for_profile(profile_id):
            if r.rating >= 4.0:
                favourites[r.item_id] = 100.0 + r.rating
        for p in library.plays.for_profile(profile_id):
            if not p.skipped and p.item_id not in favourites:
                favourites[p.item_id] = favourites.get(p.item_id, 0.0) + p.count
        best = sorted(
            (i for i in favourites if i not in refused), key=lambda i: (-favourites[i], i)
        )
        order = [(i, favourites[i]) for i in best[:TASTE_POOL]]
    mixed = cross_kind.blend_ranking(
        cross_kind.cross_list(library, profile_id, kind), order, exclude=refused
    )
    if mixed is None:
        return [i for i, _ in order]
    return [i for i in mixed.item_ids if i not in refused][:TASTE_POOL]


def radio_list(
    library_path: str | Path,
    models_dir: str | Path | None,
    seed: str | int | RadioSeed,
    *,
    n: int = 50,
    profile: int | str | None = None,
    balance: float = DEFAULT_BALANCE,
    include_known: bool = True,
    cache: ModelCache | None = None,
    neighbours: NeighboursFactory | None = None,
    sound_share: float = 0.0,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> tuple[Radio, list[RadioItem]]:
    """The first ``n`` items of a radio (see :func:`start_radio`), and the radio to go on."""
    if n < 1:
        raise UserError(Message("the radio needs at least 1 item (got {n})", n=n))
    radio = start_radio(
        library_path,
        models_dir,
        seed,
        profile=profile,
        balance=balance,
        include_known=include_known,
        cache=cache,
        neighbours=neighbours,
        sound_share=sound_share,
        progress=progress,
        cancel=cancel,
    )
    return radio, radio.next_items(n)
