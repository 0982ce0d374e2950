"""Smart playlists: rules over the library and the serving model, stored in ``playlists.rules``.

A smart playlist belongs to one profile: its rules read that profile's ratings, plays, skips
and the serving model's scores for it (``score``). Its items are stored like a static
playlist's (so exports, the queue and other programs see a plain list) and are computed again
by :func:`refresh` whenever the library may have changed; the Playlists screen refreshes on
show and after every write, the CLI on ``playlist refresh`` and ``playlist show``.
Films count as "played" once watched. No Qt; numpy and the engine are imported on first use.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_recsys.errors import UserError
from desktop_recsys.library import Library
from desktop_recsys.library.models import Playlist
from desktop_recsys.progress import Message
from desktop_recsys.services import limits

if TYPE_CHECKING:
    from desktop_recsys.engine.playlists.evaluate import ItemTable
    from desktop_recsys.engine.playlists.rules import SmartSpec


#: The ready-made smart playlists: key -> English name (``engine.playlists.rules.PRESETS``).
PRESET_NAMES: dict[str, str] = {
    "rediscovery": "Rediscovery",
    "fresh": "Fresh for you",
    "top_rated": "Top rated by me",
    "recent": "Recently added",
}


def rules_help() -> str:
    """The fields, operators, orders and presets of a rule, for ``--help``."""
    # Deferred: the engine package is loaded on first use (this module is imported by the UI).
    from desktop_recsys.engine.playlists import rules as r

    width = max(len(n) for n in r.FIELDS)
    lines = ["fields (FIELD:OP:VALUE):"]
    lines += [f"  {f.name:<{width}}  {f.type:<6}  {f.help}" for f in r.FIELDS.values()]
    lines += [
        "operators:",
        f"  number  {' '.join(r.NUMBER_OPS)}",
        f"  text    {' '.join(r.TEXT_OPS)}",
        f"  set     {' '.join(r.SET_OPS)}  (genre, tag: '=' means has that one)",
        f"  date    {' '.join(r.DATE_OPS)}  (older/newer 180d, 2w, 6m, 1y; before/after "
        "YYYY-MM-DD)",
        f"  age     {' '.join(r.AGE_OPS)}  (certification:<=:PG-13 at most, >=:12 at least; "
        "none: unrated; a limited profile never sees more than its limits)",
        "  choice  = !=      bool  = yes|no",
        "none, any and never take no value (rating:none = not rated).",
        f"order by: {', '.join(r.ORDER_FIELDS)} (FIELD:asc or FIELD:desc for the direction)",
        f"presets: {', '.join(r.PRESETS)}",
        "example: playlist smart create 'Jazz I loved' --profile me --rule 'genre:=:Jazz' "
        "--rule 'rating:>=:4' --rule 'last_played:older:180d' --order score --limit 50",
    ]
    return "\n".join(lines)


@dataclass(frozen=True)
class SmartResult:
    """A smart playlist's list: its items (ordered, limited), how many matched before the
    limit, and a note when something the rules wanted was unavailable (no model)."""

    item_ids: list[int]
    matched: int
    note: str = ""
    playlist: Playlist | None = None


def spec_from_options(
    *,
    match: str = "all",
    rules: Sequence[str] = (),
    order: str | None = None,
    limit: str | None = None,
    kind: str | None = None,
    seed: int | None = None,
    preset: str | None = None,
) -> SmartSpec:
    """A spec from the command line's words (``--rule plays:>=:3`` ...), or from a preset
    with the given kind; a bad word is a one-line UserError."""
    # Deferred: the engine is loaded on first use.
    from desktop_recsys.engine.playlists import rules as r

    if preset is not None:
        base = r.preset(preset, kind or "track")
        if rules:
            raise UserError(Message("give either --preset or --rule, not both"))
    else:
        if not rules:
            raise UserError(Message("a smart playlist needs at least one --rule FIELD:OP:VALUE"))
        if match not in ("all", "any"):
            raise UserError(Message("--match must be all or any (got {match!r})", match=match))
        base = r.SmartSpec(r.Group(match, tuple(r.parse_rule(t) for t in rules)), kind=kind)
    name, descending = (base.order, base.descending) if order is None else r.parse_order(order)
    count, seconds = (
        (base.limit_count, base.limit_seconds) if limit is None else r.parse_limit(limit)
    )
    if seed is None:
        seed = int(time.time_ns() % 1_000_000) if name == "random" else 0
    return r.SmartSpec(base.root, name, descending, seed, count, seconds, kind or base.kind)


def load_table(
    library: Library,
    models_dir: str | Path | None,
    profile_id: int,
    spec: SmartSpec,
    cache: Any = None,
) -> tuple[ItemTable, set[str]]:
    """The engine's item table for ``profile_id``, with only the columns ``spec`` reads
    (folding texts costs time); and the kinds whose score is unknown (no model)."""
    # Deferred: numpy and the engine are heavy; the window starts without them.
    import numpy as np

    from desktop_recsys.engine.playlists.evaluate import ItemTable
    from desktop_recsys.library import playlist_rows
    from desktop_recsys.library.fts import fold

    needed = spec.root.fields() | {spec.order}
    rows = playlist_rows.item_columns(library, spec.kind, frozenset(needed))
    hidden = limits.blocked_ids(library, profile_id, spec.kind)  # the profile's limits
    if hidden:
        rows = [r for r in rows if r[0] not in hidden]
    n = len(rows)
    ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=n)
    position = {int(i): p for p, i in enumerate(ids)}

    def numbers(col: int) -> np.ndarray:
        return np.array([r[col] for r in rows], dtype=np.float64)  # None becomes NaN

    def texts(name: str, col: int) -> np.ndarray:
        out = np.empty(n, dtype=object)
        if name in needed:
            out[:] = [fold(r[col]) if r[col] else "" for r in rows]
        else:
            out[:] = ""
        return out

    kinds = np.array([r[1] for r in rows], dtype=object)
    ratings, plays = playlist_rows.profile_history(library, profile_id)
    rating = np.full(n, np.nan)
    for item, stars in ratings:
        if item in position:
            rating[position[item]] = stars
    played = np.zeros(n)
    skips = np.zeros(n)
    last = np.full(n, np.nan)
    for item, count, skipped, at in plays:
        p = position.get(item)
        if p is not None:
            played[p], skips[p] = count, skipped
            if at is not None:
                last[p] = at

    def index(what: str) -> dict[str, np.ndarray]:
        if what not in needed:
            return {}
        links, names = playlist_rows.item_links(library, what)
        if not links:
            return {}
        pairs = np.array(links, dtype=np.int64)
        rows_of = np.minimum(np.searchsorted(ids, pairs[:, 0]), max(n - 1, 0))
        keep = ids[rows_of] == pairs[:, 0] if n else np.zeros(len(pairs), dtype=bool)
        rows_of, name_ids = rows_of[keep], pairs[keep, 1]
        order = np.argsort(name_ids, kind="stable")
        rows_of, name_ids = rows_of[order], name_ids[order]
        starts = np.flatnonzero(np.r_[True, name_ids[1:] != name_ids[:-1]])
        groups: dict[str, np.ndarray] = {}
        for part, first in zip(np.split(rows_of, starts[1:]), name_ids[starts], strict=True):
            key = fold(names.get(int(first), ""))
            # Two names folding alike ("Jazz", "jazz") are one.
            groups[key] = np.union1d(groups[key], part) if key in groups else part
        return groups

    score = np.full(n, np.nan)
    unscored: set[str] = set()
    if spec.uses_score():
        score, unscored = _scores(library, models_dir, profile_id, ids, kinds, cache)
    table = ItemTable(
        ids=ids,
        kind=kinds,
        title=texts("title", 2),
        artist=texts("artist", 3),
        album=texts("album", 4),
        language=texts("language", 5),
        year=numbers(6),
        duration=numbers(7),
        rating=rating,
        plays=played,
        skips=skips,
        last_played=last,
        added=numbers(8),
        score=score,
        genres=index("genre"),
        tags=index("tag"),
        fold=fold,
        **_sound_columns(library, needed, position),
        **_advisory_columns(library, spec, position),
    )
    return table, unscored


def _certification_rules(group: Any) -> list[Any]:
    out = []
    for child in group.children:
        if hasattr(child, "children"):
            out += _certification_rules(child)
        elif child.field == "certification" and child.op not in ("none", "any"):
            out.append(child)
    return out


def _advisory_columns(
    library: Library, spec: SmartSpec, position: dict[int, int]
) -> dict[str, Any]:
    """The certification (as a minimum age) and the explicit flag, when the rules or the order
    read them; a certification no system knows is a one-line error before anything is read."""
    for rule in _certification_rules(spec.root):
        limits.parse_certification(str(rule.value))
    if not (spec.root.fields() | {spec.order}) & {"certification", "explicit"}:
        return {}
    import numpy as np  # deferred: numpy only once a list is computed

    from desktop_recsys.library import playlist_rows
    from desktop_recsys.library.certifications import min_age

    ages = np.full(len(position), np.nan)
    explicit = np.zeros(len(position))
    for item_id, age, marked in playlist_rows.item_advisories(library, spec.kind):
        p = position.get(int(item_id))
        if p is not None:
            ages[p] = np.nan if age is None else age
            explicit[p] = 1.0 if marked else 0.0
    return {"certification": ages, "explicit": explicit, "age_of": min_age}


def _sound_columns(library: Library, needed: set[str], position: dict[int, int]) -> dict[str, Any]:
    """Tempo and energy from the sound analysis (NaN where a track has none), when read."""
    if not needed & {"tempo", "energy"}:
        return {}
    import numpy as np  # deferred: numpy only once a list is computed

    tempo = np.full(len(position), np.nan)
    energy = np.full(len(position), np.nan)
    for row in library.audio_features.all(current=True):
        p = position.get(int(row.item_id))
        if p is not None:
            tempo[p] = np.nan if row.tempo is None else row.tempo
            energy[p] = np.nan if row.energy is None else row.energy
    return {"tempo": tempo, "energy": energy}


def _scores(
    library: Library,
    models_dir: str | Path | None,
    profile_id: int,
    ids: Any,
    kinds: Any,
    cache: Any,
) -> tuple[Any, set[str]]:
    import numpy as np

    from desktop_recsys.services.recommend_service import NoModelError, profile_scores

    score = np.full(len(ids), np.nan)
    missing: set[str] = set()
    for kind in sorted(set(kinds.tolist())):
        rows = np.flatnonzero(kinds == kind)
        if models_dir is None:
            missing.add(kind)
            continue
        try:
            values, _run = profile_scores(
                library, models_dir, profile_id, kind, [int(i) for i in ids[rows]], cache
            )
        except NoModelError:
            missing.add(kind)
            continue
        score[rows] = values
    return score, missing


def _no_model_note(kinds: set[str]) -> str:
    """What the person should know when a list wanted the model's score and got none."""
    if not kinds:
        return ""
    from desktop_recsys.services.dataset_service import kind_plural

    note = ""
    for kind in sorted(kinds):
        one = Message(
            "no model has been trained for {what} yet, so their score is unknown and they "
            "come last; train one for a list ordered by taste",
            what=kind_plural(kind),
        )
        note = Message("{first}; {second}", first=note, second=one) if note else one
    return note


def _profile_id(library: Library, profile: int | str | None) -> int:
    if profile is None:
        raise UserError(Message("a smart playlist belongs to a profile; give --profile NAME"))
    return library.profiles.require(profile).id


def _evaluate(
    library: Library,
    models_dir: str | Path | None,
    profile_id: int,
    spec: SmartSpec,
    now: float | None,
    cache: Any = None,
) -> SmartResult:
    from desktop_recsys.engine.playlists.evaluate import evaluate

    table, unscored = load_table(library, models_dir, profile_id, spec, cache)
    done = evaluate(spec, table, time.time() if now is None else now)
    # The note names only kinds the list holds, or all of them when a score rule found nothing.
    shown = {str(k) for k in table.kind[table.ids.searchsorted(done.item_ids)]}
    if "score" in spec.root.fields() and not done.item_ids:
        shown = unscored
    return SmartResult(done.item_ids, done.matched, _no_model_note(unscored & shown))


def evaluate_rules(
    library_path: str | Path,
    models_dir: str | Path | None,
    profile: int | str | None,
    spec: SmartSpec,
    *,
    now: float | None = None,
    cache: Any = None,
) -> SmartResult:
    """What ``spec`` selects now, stored nowhere (the rule editor's live count and preview)."""
    with Library.open(Path(library_path)) as library:
        return _evaluate(library, models_dir, _profile_id(library, profile), spec, now, cache)


def find_playlist(library: Library, name: str | int, profile_id: int | None) -> Playlist:
    """The profile's (or a shared) playlist called ``name``, or with that id; UserError else."""
    found = library.playlists.find(str(name), profile_id)  # a name first: "1999" is a name
    if found is None and (isinstance(name, int) or str(name).isdigit()):
        by_id = library.playlists.get(int(name))
        if by_id is not None and by_id.profile_id in (profile_id, None):
            found = by_id
    if found is None:
        raise UserError(
            Message(
                "no playlist called {name!r}; 'desktop-recsys playlist list' shows the playlists",
                name=name,
            )
        )
    return found


def create_smart(
    library_path: str | Path,
    models_dir: str | Path | None,
    profile: int | str | None,
    name: str,
    spec: SmartSpec,
    *,
    now: float | None = None,
) -> SmartResult:
    """Store a new smart playlist for ``profile`` and fill it; a name already used by the
    profile is refused (nothing changes)."""
    with Library.open(Path(library_path)) as library:
        pid = _profile_id(library, profile)
        existing = library.playlists.find(name, pid)
        if existing is not None and existing.profile_id == pid:
            raise UserError(
                Message(
                    "{name!r} already exists; choose another name or delete it first",
                    name=existing.name,
                )
            )
        result = _evaluate(library, models_dir, pid, spec, now)
        playlist = library.playlists.create(
            name, profile_id=pid, rules=spec.to_json(), item_ids=result.item_ids
        )
        return SmartResult(result.item_ids, result.matched, result.note, playlist)


def update_rules(
    library_path: str | Path,
    models_dir: str | Path | None,
    playlist_id: int,
    spec: SmartSpec,
    *,
    now: float | None = None,
) -> SmartResult:
    """Replace a smart playlist's rules (the rule builder's Save) and refill it."""
    with Library.open(Path(library_path)) as library:
        playlist = library.playlists.get(playlist_id)
        if playlist is None or playlist.profile_id is None:
            raise UserError(Message("that playlist no longer exists"))
        result = _evaluate(library, models_dir, playlist.profile_id, spec, now)
        with library.transaction():
            library.playlists.set_rules(playlist_id, spec.to_json())
            library.playlists.replace_items(playlist_id, result.item_ids)
        return SmartResult(result.item_ids, result.matched, result.note, playlist)


def _refresh_one(
    library: Library,
    models_dir: str | Path | None,
    playlist: Playlist,
    now: float | None,
    cache: Any = None,
) -> SmartResult:
    from desktop_recsys.engine.playlists.rules import SmartSpec

    if playlist.kind != "rules" or playlist.profile_id is None:
        items = library.playlists.items(playlist.id)
        return SmartResult(items, len(items), "", playlist)
    spec = SmartSpec.from_json(playlist.rules)
    result = _evaluate(library, models_dir, playlist.profile_id, spec, now, cache)
    if library.playlists.items(playlist.id) != result.item_ids:
        library.playlists.replace_items(playlist.id, result.item_ids)
    return SmartResult(result.item_ids, result.matched, result.note, playlist)


def refresh(
    library_path: str | Path,
    models_dir: str | Path | None,
    profile: int | str | None,
    name: str | int,
    *,
    now: float | None = None,
) -> SmartResult:
    """Compute a smart playlist again from its rules and store the list (a static playlist
    is returned as it is)."""
    with Library.open(Path(library_path)) as library:
        pid = library.profiles.require(profile).id if profile is not None else None
        playlist = find_playlist(library, name, pid)
        return _refresh_one(library, models_dir, playlist, now)


def refresh_all(
    library_path: str | Path,
    models_dir: str | Path | None,
    profile: int | str,
    *,
    now: float | None = None,
    cache: Any = None,
) -> dict[int, SmartResult]:
    """Refresh every smart playlist of ``profile``: ``playlist id -> result``."""
    out: dict[int, SmartResult] = {}
    with Library.open(Path(library_path)) as library:
        pid = library.profiles.require(profile).id
        for playlist in library.playlists.list(pid):
            if playlist.kind == "rules" and playlist.profile_id == pid:
                out[playlist.id] = _refresh_one(library, models_dir, playlist, now, cache)
    return out


# -- for the rule builder (the UI reads plain data; the engine stays behind this module) ------


@dataclass(frozen=True)
class FieldInfo:
    """A rule field as the rule builder offers it."""

    name: str
    type: str
    ops: tuple[str, ...]
    choices: tuple[str, ...]


def rule_catalogue() -> list[FieldInfo]:
    """Every rule field with its operators, in the CLI's order."""
    from desktop_recsys.engine.playlists.rules import FIELDS

    return [FieldInfo(f.name, f.type, f.ops, f.choices) for f in FIELDS.values()]


def order_fields() -> tuple[str, ...]:
    from desktop_recsys.engine.playlists.rules import ORDER_FIELDS

    return ORDER_FIELDS


def default_descending(order: str) -> bool:
    from desktop_recsys.engine.playlists.rules import default_descending as natural

    return natural(order)


def preset_json(name: str, kind: str) -> dict[str, Any]:
    """A preset's rules as the rule builder edits them (JSON)."""
    from desktop_recsys.engine.playlists.rules import preset

    return preset(name, kind).to_json()


def _spec(rules: dict[str, Any]) -> SmartSpec:
    from desktop_recsys.engine.playlists.rules import SmartSpec

    return SmartSpec.from_json(rules)


def preview_json(
    library_path: str | Path,
    models_dir: str | Path | None,
    profile: int | str,
    rules: dict[str, Any],
) -> SmartResult:
    """The live count of the rule builder: what ``rules`` (JSON) select now."""
    return evaluate_rules(library_path, models_dir, profile, _spec(rules))


def save_json(
    library_path: str | Path,
    models_dir: str | Path | None,
    profile: int | str,
    name: str,
    rules: dict[str, Any],
    playlist_id: int | None = None,
) -> SmartResult:
    """Create a smart playlist from the rule builder, or store new rules (and a new name)
    for ``playlist_id``."""
    spec = _spec(rules)
    if playlist_id is None:
        return create_smart(library_path, models_dir, profile, name, spec)
    done = update_rules(library_path, models_dir, playlist_id, spec)
    with Library.open(Path(library_path)) as library:
        current = library.playlists.get(playlist_id)
        clean = " ".join((name or "").split())
        if current is not None and clean and clean != current.name:
            taken = library.playlists.find(clean, current.profile_id)
            if (
                taken is not None
                and taken.id != playlist_id
                and taken.profile_id == current.profile_id
            ):
                raise UserError(
                    Message("{clean!r} already exists; choose another name", clean=clean)
                )
            library.playlists.rename(playlist_id, clean)
            current = library.playlists.get(playlist_id)
    return SmartResult(done.item_ids, done.matched, done.note, current)
