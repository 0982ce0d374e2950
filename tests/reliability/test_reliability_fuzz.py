"""Fuzzing every importer with hypothesis: random and mutated files never crash an import,
never leave a partial import behind, and every bad row is reported.

Each case starts from a small valid source file (or folder) for one importer and applies a few
mutations: bytes inserted (NUL, invalid UTF-8, separators, huge fields, line ends), ranges cut,
the header duplicated, rows with the wrong number of columns, numbers made negative or NaN.
The import then either finishes (with its report) or raises a one-line ``UserError``, after
which the library must be exactly as it was. The default suite tries a few dozen inputs per
importer; ``make test-slow`` runs the campaign with many more.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reliability_helpers import TALLY, assert_library_sound

from desktop_recsys.errors import UserError
from desktop_recsys.library import Library
from desktop_recsys.services.import_service import run_import

TABLES = (
    "items", "external_ids", "genres", "item_genres", "tags", "item_tags", "people", "credits",
    "profiles", "ratings", "plays", "friendships", "marks", "playlists", "playlist_items",
    "items_fts",
)  # fmt: skip


def _fingerprint(path: Path) -> str:
    """A hash of every row of every user-data table (order-independent)."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        digest = hashlib.sha256()
        for table in TABLES:
            columns = "rowid, *" if table == "items_fts" else "*"  # most are WITHOUT ROWID
            rows = sorted(repr(r) for r in conn.execute(f"SELECT {columns} FROM {table}"))
            digest.update(f"{table}:{len(rows)}:".encode())
            for row in rows:
                digest.update(row.encode())
        return digest.hexdigest()
    finally:
        conn.close()


@dataclass(frozen=True)
class Case:
    """One importer: its valid seed files, which file to mutate, and how to run it."""

    kind: str
    files: dict[str, bytes]
    target: str  # the file whose bytes are mutated
    source: str  # what is passed as PATH ("." = the folder)
    options: dict[str, str]
    zipped: str | None = None  # pack the files into this archive first


ML_MOVIES = (
    b'movieId,title,genres\n1,Toy Story (1995),Adventure|Animation\n2,"Heat, The (1995)",Crime\n'
)
ML_RATINGS = (
    b"userId,movieId,rating,timestamp\n1,1,4.0,964982703\n1,2,3.5,964981247\n2,1,5,1445714835\n"
)
LB = b"Date,Name,Year,Letterboxd URI,Rating\n2021-03-01,The Matrix,1999,https://boxd.it/1,4.5\n2021-03-02,Alien,1979,https://boxd.it/2,3\n"
IMDB = (
    b"Const,Your Rating,Date Rated,Title,Original Title,URL,Title Type,IMDb Rating,"
    b"Runtime (mins),Year,Genres,Num Votes,Release Date,Directors\n"
    b"tt0133093,10,2020-05-01,Matrix,The Matrix,https://www.imdb.com/title/tt0133093/,movie,8.7,"
    b'136,1999,"Action, Sci-Fi",2000000,1999-03-31,"Lana Wachowski, Lilly Wachowski"\n'
)


def _listen(at: int, artist: str, track: str) -> bytes:
    meta = {"artist_name": artist, "track_name": track, "additional_info": {"duration_ms": 1000}}
    return json.dumps({"listened_at": at, "track_metadata": meta}).encode() + b"\n"


NFO = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<movie><title>Heat</title><year>1995</year>'
    b"<genre>Crime</genre><director>Michael Mann</director><rating>8.3</rating></movie>\n"
)

CASES = {
    "movielens": Case("movielens", {"movies.csv": ML_MOVIES, "ratings.csv": ML_RATINGS},
                      "ratings.csv", ".", {}),
    "movielens-movies": Case("movielens", {"movies.csv": ML_MOVIES, "ratings.csv": ML_RATINGS},
                             "movies.csv", ".", {}),
    "lastfm-hetrec": Case(
        "lastfm-hetrec",
        {
            "artists.dat": "id\tname\turl\tpictureURL\n1\tBjörk\tu\tp\n2\tMúm\tu\tp\n".encode(),
            "user_artists.dat": b"userID\tartistID\tweight\n2\t1\t500\n2\t2\t20\n3\t1\t7\n",
            "user_friends.dat": b"userID\tfriendID\n2\t3\n3\t2\n",
            "tags.dat": "tagID\ttagValue\n1\tislandic\n2\tdéjà vu\n".encode("latin-1"),
            "user_taggedartists.dat": b"userID\tartistID\ttagID\tday\tmonth\tyear\n2\t1\t1\t1\t4\t2009\n",
        },
        "user_artists.dat", ".", {},
    ),
    "csv": Case("csv", {"f.csv": b"title,year,rating\nAlpha,1999,4.5\nBeta,2001,3\n"}, "f.csv",
                "f.csv", {"mapping": "title=title,year=year,rating=rating", "profile": "Me",
                          "kind": "film"}),
    "lastfm-scrobbles": Case(
        "lastfm-scrobbles",
        {"s.csv": b"Ada Alder,Quiet Roads,Blue Wind,31 Jan 2021 12:34\nNina,,Sinnerman,01 Feb 2021 09:00\n"},
        "s.csv", "s.csv", {"profile": "Me"},
    ),
    "listenbrainz": Case("listenbrainz", {"l.jsonl": _listen(1700000000, "Ada", "Blue") +
                                          _listen(1700000500, "Bo", "Stone")},
                         "l.jsonl", "l.jsonl", {"profile": "Me"}),
    "letterboxd": Case("letterboxd", {"ratings.csv": LB}, "ratings.csv", "ratings.csv",
                       {"profile": "Me"}),
    "letterboxd-zip": Case("letterboxd", {"ratings.csv": LB}, "ratings.csv", "lb.zip",
                           {"profile": "Me"}, zipped="lb.zip"),
    "imdb": Case("imdb", {"ratings.csv": IMDB}, "ratings.csv", "ratings.csv", {"profile": "Me"}),
    "folder-nfo": Case("folder", {"Heat (1995)/Heat (1995).nfo": NFO,
                                  "Heat (1995)/Heat (1995).mkv": b"\x1aE\xdf\xa3" + b"\0" * 64},
                       "Heat (1995)/Heat (1995).nfo", ".", {}),
    "library-json": Case("library", {"lib.json": json.dumps(
        {"items": [{"kind": "film", "title": "Alpha", "year": 1999, "genres": ["Drama"]}]}
    ).encode()}, "lib.json", "lib.json", {}),
    "playlist-m3u8": Case("playlist", {"p.m3u8": b"#EXTM3U\n#EXTINF:200,Band - Song\n/music/a.mp3\n"},
                          "p.m3u8", "p.m3u8", {"profile": "Me", "name": "Mine"}),
}  # fmt: skip

# -- mutations ---------------------------------------------------------------------------------
NASTY = [
    b"\x00", b"\xff\xfe", b"\xc3\x28", b"\xed\xa0\x80", b",", b"\t", b'"', b"\r", b"\r\n", b"\n",
    b"NaN", b"-1", b"-0.5", b"inf", b"1e309", b"99999999999999999999999", b"\xef\xbb\xbf",
    b"<", b"&#0;", b"]]>", b"{", b"\\u0000", "日本語".encode(), b"=cmd|' /C calc'!A0",
]  # fmt: skip


@st.composite
def mutation(draw: st.DrawFn) -> Callable[[bytes], bytes]:
    kind = draw(st.sampled_from(
        ["insert", "insert", "cut", "dup_header", "wrong_columns", "numbers", "line_ends",
         "huge", "random_line", "truncate"]
    ))  # fmt: skip
    at = draw(st.floats(0, 1))
    if kind == "insert":
        blob = draw(st.one_of(st.sampled_from(NASTY), st.binary(min_size=1, max_size=12)))
        return lambda b: b[: int(len(b) * at)] + blob + b[int(len(b) * at) :]
    if kind == "cut":
        width = draw(st.integers(1, 40))
        return lambda b: b[: int(len(b) * at)] + b[int(len(b) * at) + width :]
    if kind == "dup_header":
        return lambda b: b.split(b"\n", 1)[0] + b"\n" + b
    if kind == "wrong_columns":
        extra = draw(st.sampled_from([b"", b"1", b"1,2,3,4,5,6,7,8", b"\t\t\t", b",,,"]))
        return lambda b: b + extra + b"\n"
    if kind == "numbers":
        new = draw(st.sampled_from([b"NaN", b"-3", b"nan", b"-inf", b"1e400", b"0", b"-0"]))
        digit = draw(st.sampled_from([b"4", b"1", b"2", b"5", b"0"]))
        return lambda b: b.replace(digit, new, 1 + int(at * 3))
    if kind == "line_ends":
        end = draw(st.sampled_from([b"\r\n", b"\r", b"\n\r", b"\x85", "\u2028".encode()]))
        return lambda b: b.replace(b"\n", end, 1 + int(at * 5))
    if kind == "huge":
        size = draw(st.sampled_from([70_000, 300_000, 2_000_000]))
        return lambda b: b[: int(len(b) * at)] + b"x" * size + b[int(len(b) * at) :]
    if kind == "random_line":
        line = draw(st.binary(max_size=80))
        return lambda b: b + line + b"\n"
    return lambda b: b[: int(len(b) * at)]


def _materialise(case: Case, folder: Path, data: bytes) -> Path:
    files = dict(case.files)
    files[case.target] = data
    if case.zipped:
        archive = folder / case.zipped
        with zipfile.ZipFile(archive, "w") as zf:
            for name, content in files.items():
                zf.writestr(name, content)
        return archive
    for name, content in files.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    return folder if case.source == "." else folder / case.source


def _run_one(case: Case, library: Path, work: Path, data: bytes) -> None:
    """Import one input; the contract: a report, or a UserError and no change at all."""
    TALLY["inputs tried"] += 1
    folder = work / f"in{TALLY['inputs tried']}"
    folder.mkdir()
    source = _materialise(case, folder, data)
    before = _fingerprint(library)
    try:
        report = run_import(case.kind, library, source, options=dict(case.options))
    except UserError as exc:
        assert "Traceback" not in str(exc)
        assert _fingerprint(library) == before, "a failed import changed the library"
        return
    except BaseException:
        TALLY["crashes"] += 1
        raise
    assert report.status == "finished"
    assert report.problem_count >= len(report.problems)
    TALLY["bad rows reported"] += report.problem_count


def _fuzz(case_name: str, examples: int, tmp_path_factory: pytest.TempPathFactory) -> None:
    case = CASES[case_name]
    work = tmp_path_factory.mktemp(f"fuzz-{case_name}")
    library = work / "lib.sqlite"
    with Library.open(library) as lib:
        lib.profiles.add("Me")

    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])  # fmt: skip
    @given(st.lists(mutation(), min_size=1, max_size=4))
    def check(mutations: list[Callable[[bytes], bytes]]) -> None:
        data = case.files[case.target]
        for mutate in mutations:
            data = mutate(data)
        _run_one(case, library, work, data)

    check()
    assert_library_sound(library)


@pytest.mark.parametrize("case_name", sorted(CASES))
def test_fuzz_importer(case_name: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    _fuzz(case_name, 12, tmp_path_factory)


@pytest.mark.slow
@pytest.mark.parametrize("case_name", sorted(CASES))
def test_fuzz_importer_campaign(case_name: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    _fuzz(case_name, 300, tmp_path_factory)


# -- every bad row reported, every good row imported -------------------------------------------
BAD_RATING_ROWS = {
    "nan": "{u},1,NaN,964982703",
    "negative": "{u},1,-1,964982703",
    "too_high": "{u},1,7,964982703",
    "text": "{u},1,four,964982703",
    "too_few_columns": "{u},1",
    "unknown_film": "{u},999,4.0,964982703",
    "bad_user": "-{u}x,1,4.0,964982703",
    "empty": "{u},1,,964982703",
}


@settings(max_examples=15, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(st.lists(st.sampled_from(["good", *BAD_RATING_ROWS]), min_size=1, max_size=25))
def test_movielens_reports_exactly_the_bad_rows(tmp_path: Path, kinds: list[str]) -> None:
    TALLY["inputs tried"] += 1
    folder = tmp_path / f"ml{TALLY['inputs tried']}"
    folder.mkdir()
    (folder / "movies.csv").write_bytes(ML_MOVIES)
    lines = ["userId,movieId,rating,timestamp"]
    for u, kind in enumerate(kinds, start=1):  # one user per row: no duplicates by accident
        lines.append(f"{u},2,3.5,964982703" if kind == "good"
                     else BAD_RATING_ROWS[kind].format(u=u))  # fmt: skip
    (folder / "ratings.csv").write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    library = folder / "lib.sqlite"
    report = run_import("movielens", library, folder)
    bad_lines = {n + 2 for n, kind in enumerate(kinds) if kind != "good"}
    reported = {p.line for p in report.problems if p.file == "ratings.csv"}
    assert reported == bad_lines, [str(p) for p in report.problems]
    with Library.open(library) as lib:
        assert lib.ratings.count() == kinds.count("good")
    TALLY["bad rows reported"] += len(reported)
