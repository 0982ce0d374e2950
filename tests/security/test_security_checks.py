"""Security: no unpickling anywhere, verified model files, parameterised SQL against hostile
input, formula-safe CSV and injection-proof M3U8 exports, and no network connections."""

from __future__ import annotations

import csv
import json
import re
import socket
import sqlite3
import zipfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_recsys.errors import UserError
from desktop_recsys.library import Library
from desktop_recsys.library.models import NewItem
from desktop_recsys.services import (
    export_service,
    import_service,
    recommend_service,
    training_service,
)
from desktop_recsys.services.library_service import LibrarySession

PACKAGE = Path(__file__).resolve().parents[2] / "desktop_recsys"

# Anything that can turn bytes from disk into live objects.
UNSAFE_LOADS = re.compile(
    r"\b(import\s+(c?pickle|joblib|cloudpickle|dill|shelve|marshal)\b"
    r"|from\s+(c?pickle|joblib|cloudpickle|dill|shelve|marshal)\s+import"
    r"|(pickle|joblib|cloudpickle|dill|marshal)\.loads?\s*\("
    r"|allow_pickle\s*=\s*True"
    r"|np\.load\s*\((?![^)]*allow_pickle\s*=\s*False)"
    r"|pd\.read_pickle|read_pickle\s*\()"
)


def _unsafe_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if UNSAFE_LOADS.search(line)]


def test_the_unpickling_grep_catches_what_it_should() -> None:
    planted = (
        "import pickle\nx = joblib.load(f)\nnp.load(path)\narr = np.load(p, allow_pickle=True)\n"
    )
    assert len(_unsafe_lines(planted)) == 4
    assert _unsafe_lines("np.load(path, allow_pickle=False)\n# no pickle here\n") == []


def test_no_pickle_joblib_or_cloudpickle_load_anywhere_in_the_package() -> None:
    found = {
        str(path.relative_to(PACKAGE)): lines
        for path in sorted(PACKAGE.rglob("*.py"))
        if (lines := _unsafe_lines(path.read_text(encoding="utf-8")))
    }
    assert found == {}
    assert len(list(PACKAGE.rglob("*.py"))) > 50  # the grep really looked at the package


# -- model files ---------------------------------------------------------------------------------
@pytest.fixture
def trained(demo_library_copy: Path, tmp_path: Path) -> Path:
    models = tmp_path / "models"
    run = training_service.train_model(
        demo_library_copy, models, kind="film", algorithm="popularity"
    )
    with Library.open(demo_library_copy) as lib:
        return models / lib.model_runs.get(run).file


def _rewrite(model: Path, change) -> None:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(model) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    change(members)
    with zipfile.ZipFile(model, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)


def test_model_manifest_has_checksums_and_a_swapped_array_is_refused(trained: Path) -> None:
    from desktop_recsys.engine.persistence import load_model, read_manifest

    manifest = read_manifest(trained)
    assert set(manifest["checksums"]) == set(manifest["arrays"])
    load_model(trained)  # sound as written

    def swap(members: dict[str, bytes]) -> None:
        name = next(n for n in members if n.endswith(".npy"))
        arr = np.load(__import__("io").BytesIO(members[name]), allow_pickle=False)
        buf = __import__("io").BytesIO()
        np.save(buf, np.zeros_like(arr), allow_pickle=False)
        members[name] = buf.getvalue()  # valid zip CRCs, different data

    _rewrite(trained, swap)
    with pytest.raises(UserError, match="checksum"):
        load_model(trained)


def test_a_model_file_carrying_a_pickle_is_refused(trained: Path) -> None:
    from desktop_recsys.engine.persistence import load_model

    def plant(members: dict[str, bytes]) -> None:
        name = next(n for n in members if n.endswith(".npy"))
        buf = __import__("io").BytesIO()
        np.save(buf, np.array([{"evil": 1}], dtype=object), allow_pickle=True)
        members[name] = buf.getvalue()
        manifest = json.loads(members["manifest.json"])
        manifest.pop("checksums")  # as an old-format file would be: the dtype check must hold
        members["manifest.json"] = json.dumps(manifest).encode()

    _rewrite(trained, plant)
    with pytest.raises(UserError, match="damaged"):
        load_model(trained)


@pytest.mark.parametrize("damage", ["truncated", "not_zip", "other_format", "newer_version"])
def test_corrupt_or_foreign_model_files_are_refused_with_a_message(
    trained: Path, damage: str
) -> None:
    from desktop_recsys.engine.persistence import load_model

    if damage == "truncated":
        trained.write_bytes(trained.read_bytes()[:-300])
    elif damage == "not_zip":
        trained.write_bytes(b"\x80\x04\x95 a pickle stream, not a model")
    else:

        def edit(members: dict[str, bytes]) -> None:
            manifest = json.loads(members["manifest.json"])
            if damage == "other_format":
                manifest["format"] = "someone.else"
            else:
                manifest["format_version"] = 99
            members["manifest.json"] = json.dumps(manifest).encode()

        _rewrite(trained, edit)
    with pytest.raises(UserError) as info:
        load_model(trained)
    assert "\n" not in str(info.value)


# -- SQL ---------------------------------------------------------------------------------------
HOSTILE = [
    "'; DROP TABLE items; --", '" OR 1=1 --', "Robert'); DELETE FROM ratings;--", "%", "_",
    "*", "NEAR(", '"unterminated', "title:x OR", "AND", "NOT", "^", "(", ")", "\\", "\x00",
    "a' UNION SELECT name FROM sqlite_master --", "-- comment", "/*", "{kind}", "?", ":name",
    "@p", "$x", "🎵", "ﷺ", "\u202e", "x" * 5000,
]  # fmt: skip


def _schema(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    finally:
        conn.close()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.one_of(st.sampled_from(HOSTILE), st.text(max_size=60)))
def test_search_box_and_filters_take_any_text(demo_library_copy: Path, text: str) -> None:
    with Library.open(demo_library_copy) as lib:
        reader = LibrarySession(lib)
        total = reader.count_items()
        for kind in (None, "film", "track"):
            n = reader.count_items(kind, text)
            page = reader.item_page(kind, 0, 20, query=text, order_by="title")
            assert 0 <= n <= total and len(page) <= min(20, n)
            lib.items.search(text, kind=kind)
        for order in ("title", "artist", "year"):
            reader.item_page(None, 0, 5, order_by=order, descending=True, query=text)
        with pytest.raises(UserError):
            lib.profiles.require(text + "\x01no such profile")
        assert reader.count_items() == total


def test_hostile_names_are_stored_as_text_and_the_schema_is_untouched(
    demo_library_copy: Path,
) -> None:
    before = _schema(demo_library_copy)
    with Library.open(demo_library_copy) as lib:
        for n, text in enumerate(HOSTILE[:12]):
            profile = lib.profiles.add(f"{text} {n}")
            assert lib.profiles.by_name(f"{text} {n}").id == profile.id
            item = lib.items.add(NewItem("film", text or "x", artist=text))
            assert lib.items.get(item).title == (text or "x")
    assert _schema(demo_library_copy) == before
    conn = sqlite3.connect(demo_library_copy)
    assert conn.execute("SELECT count(*) FROM ratings").fetchone()[0] > 0
    conn.close()


def test_sort_columns_are_whitelisted(demo_library_copy: Path) -> None:
    with Library.open(demo_library_copy) as lib, pytest.raises((UserError, ValueError, KeyError)):
        lib.items.page(None, offset=0, limit=5, order_by="title; DROP TABLE items")


# -- exports -----------------------------------------------------------------------------------
FORMULAS = ['=HYPERLINK("http://x","y")', "+SUM(1)", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]


def test_csv_export_neutralises_formulas(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        lib.items.add_many([NewItem("film", t, artist=t) for t in FORMULAS])
    out = tmp_path / "items.csv"
    export_service.export_library(path, out, "csv")
    with out.open(encoding="utf-8", newline="") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    # Titles and artists (whitespace-trimmed by the library) come out quoted, every one.
    for formula in FORMULAS:
        assert cells.count("'" + formula.strip()) == 2, formula
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]


def test_m3u8_titles_and_paths_cannot_inject_entries(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        ids = lib.items.add_many(
            [
                NewItem("track", "Song\n/etc/passwd\n#EXTINF:1,fake", artist="A\r\nB",
                        path=str(tmp_path / "one.mp3")),
                NewItem("track", "Two", path=str(tmp_path / "two\n/etc/shadow.mp3")),
                NewItem("track", "Three", path=str(tmp_path / "three.mp3")),
            ]
        )  # fmt: skip
        me = lib.profiles.add("Me")
        playlist = lib.playlists.create("Mix", profile_id=me.id)
        lib.playlists.append(playlist.id, ids)
    out = tmp_path / "mix.m3u8"
    export_service.export_playlist(path, "Mix", out, profile="Me")
    lines = out.read_text(encoding="utf-8").splitlines()
    entries = [line for line in lines if line and not line.startswith("#")]
    assert len(entries) <= 3 and "/etc/passwd" not in entries and "/etc/shadow.mp3" not in entries
    assert sum(line.startswith("#EXTINF") for line in lines) <= 3


# -- network -----------------------------------------------------------------------------------
class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every way to open a connection or resolve a name raises (and is recorded)."""
    attempts: list[str] = []

    def refuse(what: str):  # type: ignore[no-untyped-def]
        def blocked(*args: object, **kwargs: object) -> None:
            attempts.append(f"{what}{args[:2]}")
            raise NetworkUsed(f"network use: {what}")

        return blocked

    class NoSocket(socket.socket):
        def connect(self, *args: object, **kwargs: object) -> None:  # type: ignore[override]
            refuse("socket.connect")(*args)

        def connect_ex(self, *args: object, **kwargs: object) -> int:  # type: ignore[override]
            refuse("socket.connect_ex")(*args)
            return 1

    monkeypatch.setattr(socket, "socket", NoSocket)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "socketpair"):
        monkeypatch.setattr(socket, name, refuse(f"socket.{name}"))
    return attempts


def test_import_train_recommend_export_work_with_the_network_blocked(
    no_network: list[str], tmp_path: Path
) -> None:
    source = tmp_path / "ml"
    source.mkdir()
    (source / "movies.csv").write_text(
        "movieId,title,genres\n" + "".join(f"{m},Film {m} (2000),Drama\n" for m in range(1, 30))
    )
    (source / "ratings.csv").write_text(
        "userId,movieId,rating,timestamp\n"
        + "".join(
            f"{u},{m},{(u * m) % 5 + 1},1000\n"
            for u in range(1, 12)
            for m in range(1, 30)
            if (u + m) % 3
        )  # fmt: skip
    )
    path = tmp_path / "lib.sqlite"
    import_service.run_import("movielens", path, source)
    models = tmp_path / "models"
    for algorithm in ("default", "als", "item-knn"):
        training_service.train_model(path, models, kind="film", algorithm=algorithm)
    got = recommend_service.recommend_for(path, models, profile="ml:1", kind="film", n=5)
    assert len(got) == 5
    export_service.export_library(path, tmp_path / "items.csv", "csv")
    export_service.export_recommendations(path, models, "ml:1", "film", tmp_path / "recs.csv")
    export_service.export_profile(path, "ml:1", tmp_path / "me.zip")
    assert (tmp_path / "recs.csv").stat().st_size > 0
    assert no_network == []
    with pytest.raises(NetworkUsed):  # the block really is in place
        socket.create_connection(("example.org", 80))
