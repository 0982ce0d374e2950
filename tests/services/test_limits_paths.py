"""Limits hold in every path that returns items (issue 18, section 3).

On the demo library (films with certifications of several systems, some unrated; about one
track in eight explicit) a child profile gets a maximum certification, hidden explicit tracks,
blocked unrated films, a blocked genre and a blocked tag. Random calls across every exit point
(For you, shelves, group lists, more like this, radio, mixes, smart playlists, the Library's
search and tables, exports, the command line) must never return an item above those limits.
The oracle below judges each item from its stored facts in plain Python, independently of
the SQL condition the app uses.
"""

from __future__ import annotations

import ast
import csv
import json
import random
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop_recsys.cli import main
from desktop_recsys.config.paths import models_dir_for
from desktop_recsys.library import Library
from desktop_recsys.services import (
    export_service,
    for_you_service,
    group_service,
    limits,
    mixes_service,
    radio_service,
    recommend_service,
    similar_items,
    smart_playlists,
)
from desktop_recsys.services.library_service import ItemFilter, LibrarySession, page_filtered
from desktop_recsys.services.training_service import train_model

SERVICES = Path(limits.__file__).parent

CHILD_LIMITS = {
    "max_certification": "PG",  # US PG: 10
    "hide_explicit": True,
    "block_unrated": True,
    "genres": ["Horror"],
    "tags": ["melancholic"],
}


@dataclass
class World:
    path: Path
    models: Path
    child: int
    teen: int
    adult: int
    blocked_child: set[int]
    blocked_teen: set[int]
    tracks: list[int]
    films: list[int]
    artists: list[str]
    albums: list[str]
    cache: recommend_service.ModelCache
    playlist: str = ""


def oracle(path: Path, rules: dict[str, object]) -> set[int]:
    """Items the rules block, judged in Python from the stored facts (not the app's SQL)."""
    max_age = {"PG": 10, "15": 15}[str(rules["max_certification"])]
    genres = {str(g).casefold() for g in rules.get("genres", [])}  # type: ignore[attr-defined]
    tags = {str(t).casefold() for t in rules.get("tags", [])}  # type: ignore[attr-defined]
    conn = sqlite3.connect(path)
    try:
        facts = conn.execute("SELECT id, kind, min_age, explicit FROM items").fetchall()
        item_genres: dict[int, set[str]] = {}
        for item, name in conn.execute(
            "SELECT ig.item_id, g.name FROM item_genres ig JOIN genres g ON g.id = ig.genre_id"
        ):
            item_genres.setdefault(item, set()).add(name.casefold())
        item_tags: dict[int, set[str]] = {}
        for item, name in conn.execute(
            "SELECT it.item_id, t.name FROM item_tags it JOIN tags t ON t.id = it.tag_id"
        ):
            item_tags.setdefault(item, set()).add(name.casefold())
    finally:
        conn.close()
    out = set()
    for item, kind, age, explicit in facts:
        if (
            (age is not None and age > max_age)
            or (rules.get("block_unrated") and kind == "film" and age is None)
            or (rules.get("hide_explicit") and explicit)
            or item_genres.get(item, set()) & genres
            or item_tags.get(item, set()) & tags
        ):
            out.add(item)
    return out


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, demo_library_file: Path) -> World:
    folder = tmp_path_factory.mktemp("limits")
    path = folder / "demo.sqlite"
    shutil.copyfile(demo_library_file, path)
    models = models_dir_for(path)  # where the command line looks too
    train_model(path, models, kind="track", algorithm="ease")
    train_model(path, models, kind="film", algorithm="ease")
    with Library.open(path) as library:
        profiles = library.profiles.list()
        child, teen, adult = profiles[0].id, profiles[1].id, profiles[2].id
        limits.set_limits(library, child, **CHILD_LIMITS, new_pin="2468")  # type: ignore[arg-type]
        limits.set_limits(library, teen, max_certification="15", genres=["Crime"])
        tracks = library.items.ids_by_kind("track")
        films = library.items.ids_by_kind("film")
        conn = library.conn
        artists = [
            r[0] for r in conn.execute("SELECT DISTINCT artist FROM items WHERE kind='track'")
        ]
        albums = [
            r[0] for r in conn.execute("SELECT DISTINCT album FROM items WHERE album IS NOT NULL")
        ]
    blocked_child = oracle(path, CHILD_LIMITS)
    blocked_teen = oracle(path, {"max_certification": "15", "genres": ["Crime"]})
    with Library.open(path) as library:  # a playlist of the child's, half of it blocked
        mixed = sorted(blocked_child)[:20] + [i for i in tracks if i not in blocked_child][:20]
        library.playlists.create("Mixed bag", profile_id=child, item_ids=mixed)
    assert len(blocked_child) > 200 and len(blocked_teen) > 50, "the demo should need limits"
    return World(
        path, models, child, teen, adult, blocked_child, blocked_teen, tracks, films,
        artists, albums, recommend_service.ModelCache(), "Mixed bag",
    )  # fmt: skip


def _calls(w: World, out: Path) -> dict[str, Callable[[random.Random], list[int]]]:
    """One function per exit point: a random call for the child, returning the item ids."""
    kinds = ("track", "film")

    def recommend(rng: random.Random) -> list[int]:
        recs = recommend_service.recommend_for(
            w.path, w.models, profile=w.child, kind=rng.choice(kinds), n=rng.randint(1, 80),
            cache=w.cache,
        )  # fmt: skip
        return [r.item_id for r in recs.rows]

    def for_you(rng: random.Random) -> list[int]:
        got = for_you_service.for_you_list(
            w.path, w.models, profile=w.child, kind=rng.choice(kinds), n=rng.randint(5, 50),
            diversity_pool=rng.choice((0, 150)), cache=w.cache,
        )  # fmt: skip
        assert got.recommendations is not None
        return [r.item_id for r in got.recommendations.rows]

    def shelves(rng: random.Random) -> list[int]:
        found = similar_items.because_you_liked(
            w.path, w.child, rng.choice(kinds), shelves=3, per_shelf=rng.randint(3, 15)
        )
        return [s.item_id for shelf in found for s in shelf.items]

    def group(rng: random.Random) -> list[int]:
        got = group_service.group_list(
            w.path, w.models, profiles=[w.adult, w.child], kind=rng.choice(kinds),
            n=rng.randint(5, 50), strategy=rng.choice(group_service.GROUP_STRATEGIES),
            cache=w.cache,
        )  # fmt: skip
        return [r.item_id for r in got.rows]

    def similar(rng: random.Random) -> list[int]:
        anchor = rng.choice(w.tracks + w.films)
        got = similar_items.similar_to(
            w.path, w.models, anchor, n=rng.randint(1, 30), profile=w.child, cache=w.cache
        )
        return [i.item_id for i in got.items]

    def radio(rng: random.Random) -> list[int]:
        seed = rng.choice(
            [str(rng.choice(w.tracks)), str(rng.choice(w.films)),
             f"artist:{rng.choice(w.artists)}", f"album:{rng.choice(w.albums)}"]
        )  # fmt: skip
        try:
            got_radio, first = radio_service.radio_list(
                w.path, w.models, seed, n=rng.randint(5, 40), profile=w.child,
                balance=rng.random(), cache=w.cache,
            )  # fmt: skip
        except Exception as exc:  # an album name shared by another kind: a one-line error
            assert type(exc).__name__ == "UserError", exc
            return []
        more = got_radio.next_items(rng.randint(0, 20))
        return [i.item_id for i in first + more]

    def mixes(rng: random.Random) -> list[int]:
        with Library.open(w.path) as library:
            made = mixes_service.generate_mixes(library, w.models, w.child, cache=w.cache)
            ids = [i for m in made.mixes for i in m.item_ids]
            stored = mixes_service.stored_mixes(library, w.child)
        return ids + ([i for m in stored.mixes for i in m.item_ids] if stored else [])

    def smart(rng: random.Random) -> list[int]:
        spec = smart_playlists.spec_from_options(
            preset=rng.choice(["rediscovery", "fresh", "top_rated", "recent"]),
            kind=rng.choice(kinds), limit=str(rng.randint(5, 200)),
        )  # fmt: skip
        got = smart_playlists.evaluate_rules(w.path, w.models, w.child, spec, cache=w.cache)
        return list(got.item_ids)

    def search(rng: random.Random) -> list[int]:
        with Library.open(w.path) as library:
            session = LibrarySession(library, viewer=w.child)
            text = rng.choice(["", "the", "a", "love", "night", "s", rng.choice(w.artists)[:3]])
            kind = rng.choice((None, "track", "film"))
            rows = session.item_page(
                kind, rng.randint(0, 50), rng.randint(10, 400), query=text or None,
                order_by=rng.choice(["title", "year", "relevance"]) if text else "title",
            )  # fmt: skip
            filtered = page_filtered(
                session, kind, 0, 300, order_by="title", descending=False,
                query=text or None, item_filter=ItemFilter(year_min=rng.randint(1950, 2010)),
                profile_id=w.child,
            )  # fmt: skip
        return [r.id for r in rows] + [r.id for r in filtered]

    def export(rng: random.Random) -> list[int]:
        target = out / f"export{rng.randint(0, 10**9)}.csv"
        export_service.export_recommendations(
            w.path, w.models, w.child, rng.choice(kinds), target, n=rng.randint(1, 60)
        )
        with open(target, encoding="utf-8") as handle:
            return [int(row["id"]) for row in csv.DictReader(handle)]

    def cli(rng: random.Random) -> list[int]:
        kind = rng.choice(kinds)
        args = ["recommend", "--library", str(w.path), "--profile", str(w.child),
                "--kind", kind, "--n", str(rng.randint(1, 40)), "--json"]  # fmt: skip
        return _cli_ids(args)

    def cli_similar(rng: random.Random) -> list[int]:
        anchor = rng.choice(w.tracks + w.films)
        args = ["similar", str(anchor), "--library", str(w.path), "--profile", str(w.child),
                "--n", str(rng.randint(1, 20)), "--json"]  # fmt: skip
        return _cli_ids(args)

    def cli_radio(rng: random.Random) -> list[int]:
        seed = str(rng.choice(w.tracks + w.films))
        args = ["radio", "--seed", seed, "--library", str(w.path), "--profile", str(w.child),
                "--n", str(rng.randint(1, 30)), "--json", "--quiet"]  # fmt: skip
        return _cli_ids(args)

    def cli_playlist(rng: random.Random) -> list[int]:
        import contextlib
        import io

        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            code = main(["playlist", "show", w.playlist, "--library", str(w.path),
                         "--profile", str(w.child), "--json"])  # fmt: skip
        assert code == 0
        return [int(r["id"]) for r in json.loads(buffer.getvalue())["items"]]

    return {
        "cli_similar": cli_similar, "cli_radio": cli_radio, "cli_playlist": cli_playlist,
        "recommend": recommend, "for_you": for_you, "shelves": shelves, "group": group,
        "similar": similar, "radio": radio, "mixes": mixes, "smart": smart, "search": search,
        "export": export, "cli": cli,
    }  # fmt: skip


def _cli_ids(args: list[str]) -> list[int]:
    import contextlib
    import io

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        assert main(args) == 0
    data = json.loads(buffer.getvalue())
    return [int(r["item_id"]) for r in data["items"]]


def _campaign(w: World, tmp_path: Path, calls: int, seed: int) -> dict[str, int]:
    rng = random.Random(seed)
    paths = _calls(w, tmp_path)
    # Mixes cost most (a clustering per call): drawn less often.
    weights = {
        name: (0.2 if name in ("mixes", "export") or "cli" in name else 1.0) for name in paths
    }
    names = list(paths)
    seen: dict[str, int] = dict.fromkeys(names, 0)
    # Every path once, then at random.
    order = names + rng.choices(names, [weights[n] for n in names], k=max(0, calls - len(names)))
    for name in order:
        ids = paths[name](rng)
        bad = set(ids) & w.blocked_child
        assert not bad, f"{name} returned {sorted(bad)[:5]} beyond the child's limits"
        seen[name] += len(ids)
    return seen


def test_random_calls_on_every_path_never_see_an_item_above_the_limits(
    world: World, tmp_path: Path
) -> None:
    seen = _campaign(world, tmp_path, calls=24, seed=18)
    # Every path was drawn and returned items (a path that returns nothing proves nothing).
    assert all(count > 0 for count in seen.values()), seen


@pytest.mark.slow
def test_one_thousand_random_calls_never_see_an_item_above_the_limits(
    world: World, tmp_path: Path
) -> None:
    seen = _campaign(world, tmp_path, calls=1000, seed=1000)
    assert all(count > 0 for count in seen.values()), seen


def test_without_limits_the_same_paths_do_return_such_items(world: World) -> None:
    """The campaign can fail: for a profile without limits the lists hold blocked items."""
    recs = recommend_service.recommend_for(
        world.path, world.models, profile=world.adult, kind="film", n=100, cache=world.cache
    )
    assert {r.item_id for r in recs.rows} & world.blocked_child


def test_a_group_list_follows_its_strictest_member(world: World) -> None:
    for kind in ("film", "track"):
        got = group_service.group_list(
            world.path, world.models, profiles=[world.adult, world.teen, world.child],
            kind=kind, n=200, cache=world.cache,
        )  # fmt: skip
        ids = {r.item_id for r in got.rows}
        assert ids and not ids & (world.blocked_child | world.blocked_teen)
    # Adult and teen alone: the teen's limits hold, the child's do not apply.
    got = group_service.group_list(
        world.path, world.models, profiles=[world.adult, world.teen], kind="film", n=200,
        cache=world.cache,
    )  # fmt: skip
    ids = {r.item_id for r in got.rows}
    assert not ids & world.blocked_teen
    assert ids & (world.blocked_child - world.blocked_teen), "the child's limits must not apply"


# -- a new exit point that forgets the limits fails here -----------------------------------------
#: Raw calls that produce item lists from the library or a model (``recommend_for`` is not one:
#: it applies the limits itself, so its callers need not).
_PRODUCERS = (
    "recommend",  # model.recommend(...)
    "page",  # library.items.page: the Library's tables and search
    "search",
    "neighbours",  # item-to-item similarity
    "radio_stream",
    "item_columns",  # smart playlists' table
    "plan_mixes",
)
#: Modules whose producers are not a person's list (training, evaluation, the Lab's offline
#: measures) or helpers whose one caller filters their answer (similar_items).
_EXEMPT = {
    "training_service.py", "evaluation_service.py", "lab_service.py", "lab_bias.py",
    "lab_map.py", "lab_memory.py", "dataset_service.py", "what_if.py", "evidence.py",
    "limits.py", "insights_service.py", "similar_sound.py", "sound_space.py",
}  # fmt: skip


def _called_names(tree: ast.AST) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute):
                names.add(func.attr)
            elif isinstance(func, ast.Name):
                names.add(func.id)
    return names


def test_every_service_that_returns_items_applies_the_limits() -> None:
    missing = []
    for module in sorted(SERVICES.glob("*.py")):
        if module.name in _EXEMPT or module.name.startswith("_"):
            continue
        tree = ast.parse(module.read_text(encoding="utf-8"))
        called = _called_names(tree)
        if called & set(_PRODUCERS) and "limits" not in module.read_text(encoding="utf-8"):
            missing.append(f"{module.name} ({', '.join(sorted(called & set(_PRODUCERS)))})")
    assert not missing, (
        "these services return items without the profile's limits (services/limits.py): "
        + "; ".join(missing)
    )


def test_the_known_exit_points_call_the_limits() -> None:
    """Each exit point named in the issue calls services/limits.py (a removed call fails)."""
    for name in (
        "recommend_service.py", "for_you_service.py", "recent_taste.py", "group_service.py",
        "similar_items.py", "radio_service.py", "mixes_service.py", "smart_playlists.py",
        "export_service.py", "library_service.py",
    ):  # fmt: skip
        text = (SERVICES / name).read_text(encoding="utf-8")
        assert "limits." in text or "limited_for" in text, name


def test_the_detail_panes_more_like_this_job_carries_the_profile(world: World) -> None:
    """The window's "More like this" job passes the profile, so its limits apply there too."""
    from desktop_recsys.jobs.definitions.discovery import MoreLikeThisJob
    from desktop_recsys.progress import CancelToken

    anchors = [i for i in world.films if i in world.blocked_child][:3] + world.films[:3]
    for anchor in anchors:
        job = MoreLikeThisJob(world.path, anchor, 30, profile=world.child, models_dir=world.models)
        found = {s.item_id for s in job(lambda *_a: None, CancelToken()).items}
        assert found and not found & world.blocked_child
    unlimited = MoreLikeThisJob(world.path, anchors[0], 30, models_dir=world.models)
    assert {s.item_id for s in unlimited(lambda *_a: None, CancelToken()).items} & (
        world.blocked_child
    ), "without the profile the same job shows hidden items: the test can fail"
