"""Fuzzing every file importer at the extremes of depth and size, not only near valid files.

``test_reliability_fuzz`` mutates small valid files. Here hypothesis builds inputs at the
edges nobody types by hand: JSON nested up to 200,000 levels, strings of megabytes, numbers
beyond float range, NaN and Infinity, times from year 1 to year 300,000, rows of thousands of
columns, fields past the CSV reader's limit, NUL and terminal control characters, UTF-16.
The contract for every input: the import finishes with a report, or raises a one-line
``UserError`` and leaves the library exactly as it was; and whatever was imported holds no
time before 1900 or after next year and no control character in a title, a name or a tag.

The default suite tries a few inputs per importer; ``make test-slow`` runs the campaign.
"""

from __future__ import annotations

import json
import re
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reliability_helpers import TALLY, assert_library_sound

from desktop_recsys.errors import UserError
from desktop_recsys.library import Library
from desktop_recsys.library.importers.cleaning import MAX_TIME, MIN_TIME
from desktop_recsys.services.import_service import run_import

CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

# -- extreme values ----------------------------------------------------------------------------
NASTY_TEXT = ["\x00", "\x1b[2J\x1b[H", "\x07", "\x9b31m", "\x7f", "\u202e", "\ufeff", "\r", "\t"]
EXTREME_TIMES = [
    "-62135596800", "-2208988801", "0", "253402300800", "1e300", "-1e300", "99999999999999",
    "0001-01-01T00:00:00", "1899-12-31", "9999-12-31T23:59:59", "300000-01-01", "NaN", "inf",
]  # fmt: skip
EXTREME_NUMBERS = ["1e309", "-1e309", "NaN", "Infinity", "-0", "1" * 400, "1e-400", "0x10"]


def nested(depth: int, kind: str) -> str:
    if kind == "list":
        return "[" * depth + "]" * depth
    return '{"a":' * depth + "1" + "}" * depth


text_values = st.one_of(
    st.text(max_size=20),
    st.sampled_from(NASTY_TEXT).map(lambda c: f"A{c}B"),
    st.integers(0, 3_000_000).map(lambda n: "x" * n),
    st.text(alphabet=st.characters(max_codepoint=0x9F), max_size=30),
)
json_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**80), 2**80),
    st.floats(allow_nan=True, allow_infinity=True), text_values,
)  # fmt: skip
json_trees = st.recursive(
    json_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=12,
)


@st.composite
def json_value(draw: st.DrawFn) -> str:
    """JSON text at an extreme: very deep, very long, beyond float range, or a random tree."""
    choice = draw(st.sampled_from(["deep", "deep", "tree", "tree", "number", "time", "text"]))
    if choice == "deep":
        depth = draw(st.sampled_from([10, 900, 1000, 5000, 100_000, 200_000]))
        return nested(depth, draw(st.sampled_from(["list", "dict"])))
    if choice == "number":
        return draw(st.sampled_from(EXTREME_NUMBERS))
    if choice == "time":
        stamp = draw(st.sampled_from(EXTREME_TIMES))
        return stamp if re.fullmatch(r"-?[0-9.e]+", stamp) else json.dumps(stamp)
    if choice == "text":
        return json.dumps(draw(text_values))
    return json.dumps(draw(json_trees))


# -- one importer's input from one extreme value ----------------------------------------------------
def _listen(**fields: str) -> str:
    base = {"listened_at": "1700000000", "artist_name": '"Ada"', "track_name": '"Blue"',
            "release_name": '"Wind"'}  # fmt: skip
    base.update(fields)
    return (
        f'{{"listened_at": {base["listened_at"]}, "track_metadata": {{"artist_name": '
        f'{base["artist_name"]}, "track_name": {base["track_name"]}, "release_name": '
        f'{base["release_name"]}, "additional_info": {{"duration_ms": 1000}}}}}}'
    )


def listenbrainz_input(folder: Path, field: str, value: str) -> tuple[Path, dict[str, str]]:
    path = folder / "listens.jsonl"
    line = value if field in ("line", "file") else _listen(**{field: value})
    # "file": the whole file is the value (a JSON array is read as the older export layout).
    text = value if field == "file" else _listen() + "\n" + line + "\n"
    path.write_text(text, encoding="utf-8")
    return path, {"profile": "Me"}


def library_input(folder: Path, field: str, value: str) -> tuple[Path, dict[str, str]]:
    good = '{"kind": "film", "title": "Alpha", "year": 1999}'
    fields = {"kind": '"film"', "title": '"Beta"', "year": "2001", "genres": '["Drama"]',
              "tags": '{"calm": 2}', "ids": '{"imdb": "tt1"}', "credits": '[["Ann", "director"]]',
              "artist": '"Ann"', "duration": "100", "description": '"d"'}  # fmt: skip
    fields[field] = value
    item = "{" + ", ".join(f'"{k}": {v}' for k, v in fields.items()) + "}"
    items = value if field == "items" else f"[{good}, {item}]"
    path = folder / "library.json"
    path.write_text(f'{{"format": "desktop-recsys-library", "items": {items}}}', "utf-8")
    return path, {}


def profile_input(folder: Path, field: str, value: str) -> tuple[Path, dict[str, str]]:
    member, _, key = field.partition(".")
    docs = {
        "manifest": {"format": '"desktop-recsys-profile"', "version": "1",
                     "profile": '{"name": "Ana"}'},
        "items": {"id": "1", "kind": '"film"', "title": '"Gamma"', "year": "1999"},
        "ratings": {"item": "1", "rating": "4", "rated_at": "1600000000"},
        "plays": {"item": "1", "played_at": "1600000000", "count": "2", "completed": "1"},
        "marks": {"item": "1", "mark": '"hidden"', "created_at": "1600000000"},
        "playlists": {"name": '"Mine"', "items": "[1]"},
    }  # fmt: skip
    if key:
        docs[member][key] = value
    path = folder / "profile.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, doc in docs.items():
            text = "{" + ", ".join(f'"{k}": {v}' for k, v in doc.items()) + "}"
            if name != "manifest":
                text = f"[{text}]"
            if name == member and not key:
                text = value
            archive.writestr(f"{name}.json", text)
        archive.writestr("friends.json", value if member == "friends" else '["Bob"]')
    return path, {}


JSON_IMPORTERS: dict[str, tuple[str, Callable, list[str]]] = {
    "listenbrainz": ("listenbrainz", listenbrainz_input,
                     ["line", "file", "listened_at", "artist_name", "track_name",
                      "release_name"]),
    "library": ("library", library_input,
                ["items", "kind", "title", "year", "genres", "tags", "ids", "credits", "artist",
                 "duration", "description"]),
    "profile": ("profile", profile_input,
                ["manifest", "manifest.version", "manifest.profile", "items", "items.id",
                 "items.title", "ratings", "ratings.item", "ratings.rating", "ratings.rated_at",
                 "plays", "plays.played_at", "plays.count", "marks", "marks.mark",
                 "marks.created_at", "playlists", "playlists.name", "playlists.items",
                 "friends"]),
}  # fmt: skip


@st.composite
def csv_cell(draw: st.DrawFn) -> str:
    choice = draw(st.sampled_from(["time", "number", "text", "huge", "controls"]))
    if choice == "time":
        return draw(st.sampled_from(EXTREME_TIMES))
    if choice == "number":
        return draw(st.sampled_from(EXTREME_NUMBERS))
    if choice == "huge":
        return "y" * draw(st.sampled_from([70_000, 140_000, 1_000_000]))
    if choice == "controls":
        return "T" + draw(st.sampled_from(NASTY_TEXT)) + "x"
    return draw(st.text(max_size=12).filter(lambda t: "\x00" not in t))


CSV_IMPORTERS = {
    "letterboxd": ("letterboxd", "ratings.csv", "Date,Name,Year,Letterboxd URI,Rating",
                   "2021-03-01,Alien,1979,https://boxd.it/2,3", {"profile": "Me"}),
    "imdb": ("imdb", "ratings.csv",
             "Const,Your Rating,Date Rated,Title,Original Title,URL,Title Type,IMDb Rating,"
             "Runtime (mins),Year,Genres,Num Votes,Release Date,Directors",
             "tt0133093,10,2020-05-01,Matrix,The Matrix,u,movie,8.7,136,1999,Action,2,1999,Lana",
             {"profile": "Me"}),
    "lastfm-scrobbles": ("lastfm-scrobbles", "scrobbles.csv", None,
                         "Ada Alder,Quiet Roads,Blue Wind,31 Jan 2021 12:34", {"profile": "Me"}),
    "csv": ("csv", "f.csv", "title,year,rating,played_at,tags,profile",
            "Alpha,1999,4.5,1600000000,calm,Me",
            {"mapping": "title=title,year=year,rating=rating,played_at=played_at,tags=tags,"
                        "profile=profile", "kind": "film"}),
    "movielens": ("movielens", "ratings.csv", "userId,movieId,rating,timestamp",
                  "1,1,4.0,964982703", {}),
}  # fmt: skip
ML_MOVIES = "movieId,title,genres\n1,Toy Story (1995),Adventure\n2,Heat (1995),Crime\n"


@st.composite
def csv_input(draw: st.DrawFn, name: str) -> Callable[[Path], tuple[Path, dict[str, str]]]:
    kind, filename, header, good, options = CSV_IMPORTERS[name]
    width = len(good.split(","))
    shape = draw(st.sampled_from(["cells", "cells", "wide", "many_rows", "encoding"]))
    cells = good.split(",")
    rows = [good]
    if shape == "cells":
        for _ in range(draw(st.integers(1, 3))):
            cells[draw(st.integers(0, width - 1))] = draw(csv_cell())
        rows.append(",".join(f'"{c}"' if "," in c else c for c in cells))
    elif shape == "wide":
        rows.append(",".join(["1"] * draw(st.sampled_from([0, width + 1, 5000, 40_000]))))
    elif shape == "many_rows":
        rows.extend([good] * draw(st.sampled_from([2000, 20_000])))
    encoding = draw(st.sampled_from(["utf-16", "utf-16-le", "utf-16-be", "latin-1",
                                     "utf-8-sig"])) if shape == "encoding" else "utf-8"  # fmt: skip
    text = "\n".join(([header] if header else []) + rows) + "\n"

    def write(folder: Path) -> tuple[Path, dict[str, str]]:
        path = folder / filename
        path.write_bytes(text.encode(encoding, errors="replace"))
        if kind == "movielens":
            (folder / "movies.csv").write_text(ML_MOVIES, "utf-8")
            return folder, options
        return path, options

    return write


# -- the contract ------------------------------------------------------------------------------------
def _fingerprint(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return sorted(line for line in conn.iterdump() if not line.startswith('INSERT INTO "jobs"'))
    finally:
        conn.close()


def assert_clean(path: Path) -> None:
    """No stored time outside 1900 .. next year, no control character in stored text."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        for table, column in (("ratings", "rated_at"), ("plays", "played_at"),
                              ("marks", "created_at")):  # fmt: skip
            for (when,) in conn.execute(f"SELECT {column} FROM {table} WHERE {column} NOT NULL"):
                assert MIN_TIME <= when < MAX_TIME, f"{table}.{column} = {when}"
        texts = [
            "SELECT title, artist, album, album_artist, language FROM items",
            "SELECT name FROM profiles", "SELECT name FROM tags", "SELECT name FROM genres",
            "SELECT name FROM people", "SELECT name FROM playlists", "SELECT value FROM external_ids",
        ]  # fmt: skip
        for query in texts:
            for row in conn.execute(query):
                for value in row:
                    assert not (isinstance(value, str) and CONTROLS.search(value)), (query, value)
    finally:
        conn.close()


def check_one(kind: str, library: Path, source: Path, options: dict[str, str]) -> None:
    TALLY["inputs tried"] += 1
    before = _fingerprint(library)
    try:
        report = run_import(kind, library, source, options=dict(options))
    except UserError as exc:
        assert "\n" not in str(exc)
        assert _fingerprint(library) == before, "a refused import changed the library"
        return
    except BaseException:
        TALLY["crashes"] += 1
        raise
    assert report.status == "finished"
    TALLY["bad rows reported"] += report.problem_count
    assert_clean(library)


def _library(tmp_path_factory: pytest.TempPathFactory, name: str) -> tuple[Path, Path]:
    work = tmp_path_factory.mktemp(f"hostile-{name}")
    library = work / "lib.sqlite"
    with Library.open(library) as lib:
        lib.profiles.add("Me")
    return work, library


def fuzz_json(name: str, examples: int, tmp_path_factory: pytest.TempPathFactory) -> None:
    kind, build, fields = JSON_IMPORTERS[name]
    work, library = _library(tmp_path_factory, name)

    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(st.sampled_from(fields), json_value())
    def check(field: str, value: str) -> None:
        folder = work / f"in{TALLY['inputs tried']}"
        folder.mkdir()
        source, options = build(folder, field, value)
        check_one(kind, library, source, options)

    check()
    assert_library_sound(library)


def fuzz_csv(name: str, examples: int, tmp_path_factory: pytest.TempPathFactory) -> None:
    kind = CSV_IMPORTERS[name][0]
    work, library = _library(tmp_path_factory, name)

    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(csv_input(name))
    def check(write: Callable[[Path], tuple[Path, dict[str, str]]]) -> None:
        folder = work / f"in{TALLY['inputs tried']}"
        folder.mkdir()
        source, options = write(folder)
        check_one(kind, library, source, options)

    check()
    assert_library_sound(library)


@pytest.mark.parametrize("name", sorted(JSON_IMPORTERS))
def test_json_importers_at_the_extremes(name: str, tmp_path_factory) -> None:
    fuzz_json(name, 10, tmp_path_factory)


@pytest.mark.parametrize("name", sorted(CSV_IMPORTERS))
def test_csv_importers_at_the_extremes(name: str, tmp_path_factory) -> None:
    fuzz_csv(name, 6, tmp_path_factory)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(JSON_IMPORTERS))
def test_json_importers_at_the_extremes_campaign(name: str, tmp_path_factory) -> None:
    fuzz_json(name, 400, tmp_path_factory)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(CSV_IMPORTERS))
def test_csv_importers_at_the_extremes_campaign(name: str, tmp_path_factory) -> None:
    fuzz_csv(name, 200, tmp_path_factory)


@pytest.mark.parametrize("depth", [1000, 100_000])
@pytest.mark.parametrize("name", sorted(JSON_IMPORTERS))
def test_every_json_importer_survives_deep_nesting_everywhere(name, depth, tmp_path_factory):
    """Not left to chance: every field of every JSON importer, 1,000 and 100,000 levels deep."""
    kind, build, fields = JSON_IMPORTERS[name]
    work, library = _library(tmp_path_factory, f"{name}-{depth}")
    for n, field in enumerate(fields):
        folder = work / f"f{n}"
        folder.mkdir()
        source, options = build(folder, field, nested(depth, "list"))
        check_one(kind, library, source, options)


# -- the line-based files: HetRec's tab-separated .dat files and M3U8 playlists ---------------
@st.composite
def hetrec_input(draw: st.DrawFn) -> Callable[[Path], tuple[Path, dict[str, str]]]:
    """A HetRec Last.fm folder whose artists and plays carry one extreme cell, or a huge file."""
    artists = [["1", "Ada Alder", "http://www.last.fm/music/Ada", "p.jpg"]]
    plays = [["2", "1", "300"]]
    friends = [["2", "3"]]
    table = draw(st.sampled_from([artists, plays, friends]))
    row = list(table[0])
    shape = draw(st.sampled_from(["cell", "cell", "wide", "many_rows"]))
    if shape == "cell":
        row[draw(st.integers(0, len(row) - 1))] = draw(csv_cell()).replace("\t", " ")
        table.append(row)
    elif shape == "wide":
        table.append(["1"] * draw(st.sampled_from([0, 1, 5000])))
    else:
        table.extend([row] * 20_000)

    def write(folder: Path) -> tuple[Path, dict[str, str]]:
        for name, header, rows in (
            ("artists.dat", "id\tname\turl\tpictureURL", artists),
            ("user_artists.dat", "userID\tartistID\tweight", plays),
            ("user_friends.dat", "userID\tfriendID", friends),
        ):
            body = "\n".join("\t".join(r) for r in rows)
            (folder / name).write_bytes(f"{header}\n{body}\n".encode("utf-8", "surrogatepass"))
        return folder, {}

    return write


@st.composite
def playlist_input(draw: st.DrawFn) -> Callable[[Path], tuple[Path, dict[str, str]]]:
    """An M3U8 playlist with extreme durations, titles and paths, or thousands of entries."""
    lines = ["#EXTM3U", "#EXTINF:240,Ada Alder - Quiet Roads", "music/quiet roads.mp3"]
    shape = draw(st.sampled_from(["entry", "entry", "many", "deep"]))
    if shape == "entry":
        duration = draw(st.sampled_from(EXTREME_NUMBERS + ["-1", "240"]))
        lines += [f"#EXTINF:{duration},{draw(csv_cell())}", draw(csv_cell()) or "x.mp3"]
    elif shape == "many":
        lines += ["#EXTINF:1,T", "t.mp3"] * 20_000
    else:
        lines += ["#EXTINF:1," + nested(100_000, "list"), "t.mp3"]

    def write(folder: Path) -> tuple[Path, dict[str, str]]:
        path = folder / "list.m3u8"
        path.write_bytes("\n".join(lines).encode("utf-8", "surrogatepass"))
        return path, {"profile": "Me"}

    return write


LINE_IMPORTERS = {"lastfm-hetrec": hetrec_input, "playlist": playlist_input}


def fuzz_lines(name: str, examples: int, tmp_path_factory: pytest.TempPathFactory) -> None:
    work, library = _library(tmp_path_factory, name)

    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(LINE_IMPORTERS[name]())
    def check(write: Callable[[Path], tuple[Path, dict[str, str]]]) -> None:
        folder = work / f"in{TALLY['inputs tried']}"
        folder.mkdir()
        source, options = write(folder)
        check_one(name, library, source, options)

    check()
    assert_library_sound(library)


@pytest.mark.parametrize("name", sorted(LINE_IMPORTERS))
def test_line_importers_at_the_extremes(name: str, tmp_path_factory) -> None:
    fuzz_lines(name, 6, tmp_path_factory)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(LINE_IMPORTERS))
def test_line_importers_at_the_extremes_campaign(name: str, tmp_path_factory) -> None:
    fuzz_lines(name, 200, tmp_path_factory)
