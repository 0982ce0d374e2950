"""Hostile and mistaken files through the real command line: one line, exit 1, nothing changed.

Each case is a file nobody on the team made: JSON nested 100,000 levels deep, a profile archive
with the wrong types, absurd times, control characters, a zip bomb, an archive that declares
33 million entries, UTF-16 text. The command either imports (reporting what it skipped or
cleaned) or prints one line on stderr and exits 1 with the library exactly as it was.
"""

from __future__ import annotations

import json
import sqlite3
import struct
import time
import zipfile
import zlib
from pathlib import Path

import pytest
from import_helpers import library_snapshot

from desktop_recsys.cli.entry import main
from desktop_recsys.errors import UserError
from desktop_recsys.library import Library
from desktop_recsys.library.importers import _sources
from desktop_recsys.library.importers._sources import ExportFiles
from desktop_recsys.library.importers.cleaning import MAX_TIME, MIN_TIME, clean_text
from desktop_recsys.library.importers.own_exports import import_profile_archive
from desktop_recsys.library.importers.report import ImportReport

DEEP = "[" * 100_000 + "]" * 100_000


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def refused(capsys: pytest.CaptureFixture[str], library: Path, *argv: str) -> str:
    """Run a command that must fail cleanly; returns its one error line."""
    before = library_snapshot(library)
    code, _, err = run_cli(capsys, "--library", library, *argv)
    lines = [line for line in err.splitlines() if line.startswith("desktop-recsys: error:")]
    assert code == 1, err
    assert "Traceback" not in err
    assert len(lines) == 1, err
    assert library_snapshot(library) == before, "a refused command changed the library"
    return lines[0]


def profile_zip(path: Path, **members: object) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, value in members.items():
            text = value if isinstance(value, str) else json.dumps(value)
            archive.writestr(f"{name}.json", text)
    return path


MANIFEST = {"format": "desktop-recsys-profile", "version": 1, "profile": {"name": "Ana"}}


# -- JSON 100,000 levels deep ------------------------------------------------------------------
def test_deep_json_in_a_library_export(demo_library_copy, tmp_path, capsys) -> None:
    source = tmp_path / "lib.json"
    source.write_text('{"format": "desktop-recsys-library", "items": ' + DEEP + "}")
    line = refused(capsys, demo_library_copy, "import", "library", source)
    assert "nested too deeply" in line


def test_deep_json_in_a_profile_archive(demo_library_copy, tmp_path, capsys) -> None:
    for member in ("manifest", "items", "ratings"):
        members: dict[str, object] = {"manifest": MANIFEST, member: DEEP}
        if member == "manifest":
            members["manifest"] = '{"format": "desktop-recsys-profile", "profile": ' + DEEP + "}"
        source = profile_zip(tmp_path / f"{member}.zip", **members)
        line = refused(capsys, demo_library_copy, "import", "profile", source)
        assert "nested too deeply" in line and f"{member}.json" in line


@pytest.mark.parametrize("layout", ["lines", "array"])
def test_deep_json_in_a_listenbrainz_export(demo_library_copy, tmp_path, capsys, layout) -> None:
    good = json.dumps({"listened_at": 1700000000, "track_metadata": {
        "artist_name": "Ada", "track_name": "Blue"}})  # fmt: skip
    source = tmp_path / "listens.jsonl"
    if layout == "lines":
        source.write_text(good + "\n" + '{"a": ' + DEEP + "}\n")
    else:
        source.write_text("[" + good + ", " + DEEP + "]")
    line = refused(capsys, demo_library_copy, "import", "listenbrainz", source, "--profile", "Me")
    assert "nested too deeply" in line and "not a ListenBrainz export" in line


# -- a profile archive with wrong types ---------------------------------------------------------
def test_profile_archive_with_an_object_as_its_name(demo_library_copy, tmp_path, capsys) -> None:
    manifest = dict(MANIFEST, profile={"name": {"first": "Ana"}})
    line = refused(
        capsys, demo_library_copy, "import", "profile", profile_zip(tmp_path / "p.zip",
                                                                    manifest=manifest)
    )  # fmt: skip
    assert "profile name is not text" in line and "--profile NAME" in line


@pytest.mark.parametrize(
    "manifest",
    [
        dict(MANIFEST, version=[1]),
        dict(MANIFEST, version={"major": 1}),
        dict(MANIFEST, profile=["Ana"]),
        dict(MANIFEST, profile="Ana"),
    ],
)
def test_profile_manifest_with_wrong_types(demo_library_copy, tmp_path, capsys, manifest) -> None:
    refused(capsys, demo_library_copy, "import", "profile",
            profile_zip(tmp_path / "p.zip", manifest=manifest))  # fmt: skip


def test_profile_archive_rows_with_wrong_types_are_reported(
    demo_library_copy, tmp_path, capsys
) -> None:
    """Lists where ids belong, "NaN" as a rating, objects as titles: each row is a report line,
    the good rows are imported."""
    items = [
        {"id": 1, "kind": "film", "title": "Good Film", "year": 2001},
        {"id": [1, 2], "kind": "film", "title": "List Id"},
        {"id": 3, "kind": "film", "title": {"en": "Object Title"}},
        {"id": 4, "kind": "film", "title": "Odd Fields", "year": [2001], "genres": "Drama",
         "tags": 7, "ids": ["x"], "credits": {"a": 1}},
        {"id": {"k": 1}, "kind": "film", "title": "Dict Id"},
        "not an object",
    ]  # fmt: skip
    ratings = [
        {"item": 1, "rating": 4.0, "rated_at": 1_600_000_000},
        {"item": [1, 2], "rating": 3.0},
        {"item": 1, "rating": "NaN"},
        {"item": 1, "rating": {"stars": 4}},
        {"item": {"id": 1}, "rating": 2.0},
        [1, 4.0],
    ]
    plays = [{"item": 1, "count": [2]}, {"item": 1, "played_at": {"t": 1}}]
    marks = [{"item": 1, "mark": ["hidden"]}]
    playlists = [{"name": {"x": 1}, "items": [1]}, {"name": "Mine", "items": [[1], 1, {"a": 2}]}]
    source = profile_zip(tmp_path / "p.zip", manifest=MANIFEST, items=items, ratings=ratings,
                         plays=plays, marks=marks, friends=[{"name": "x"}, ["y"]],
                         playlists=playlists)  # fmt: skip
    code, out, err = run_cli(capsys, "--library", demo_library_copy, "import", "profile", source)
    assert code == 0, err
    assert "Traceback" not in err
    with Library.open(demo_library_copy) as lib:
        ana = lib.profiles.by_name("Ana")
        assert ana is not None
        rows = lib.conn.execute(
            "SELECT i.title, r.rating FROM ratings r JOIN items i ON i.id = r.item_id "
            "WHERE r.profile_id = ?",
            (ana.id,),
        ).fetchall()
        assert rows == [("Good Film", 4.0)]
        assert lib.conn.execute(
            "SELECT count(*) FROM items WHERE title LIKE '%Object Title%'"
        ).fetchone() == (0,)
    assert "title is not text" in out
    assert "rating 'NaN' is not 0.5-5" in out
    assert "(not an id)" in out


# -- absurd times ---------------------------------------------------------------------------------
ABSURD = [-1e300, -62135596800.0, -2208988801.0, 4102444800.0 * 10, 1e300, 253402300800.0]


def test_absurd_times_in_a_profile_archive_are_refused(demo_library_copy, tmp_path, capsys) -> None:
    items = [{"id": 1, "kind": "film", "title": "Timely"}]
    ratings = [{"item": 1, "rating": 4.0, "rated_at": t} for t in ABSURD]
    plays = [{"item": 1, "played_at": t} for t in ABSURD] + [{"item": 1, "played_at": 1.6e9}]
    source = profile_zip(tmp_path / "p.zip", manifest=MANIFEST, items=items, ratings=ratings,
                         plays=plays)  # fmt: skip
    code, out, err = run_cli(capsys, "--library", demo_library_copy, "import", "profile", source)
    assert code == 0, err
    assert f"{2 * len(ABSURD)} problem(s)" in out, out
    assert "the time 1e+300 is not between 1900 and" in out
    with Library.open(demo_library_copy) as lib:
        times = [r[0] for r in lib.conn.execute("SELECT played_at FROM plays").fetchall()]
        times += [r[0] for r in lib.conn.execute("SELECT rated_at FROM ratings").fetchall()]
    assert all(t is None or MIN_TIME <= t < MAX_TIME for t in times)


@pytest.mark.parametrize("stamp", ["-99999999999", "99999999999999", "1e300", "1850-01-01"])
def test_absurd_times_in_a_history_import_are_refused(demo_library_copy, tmp_path, capsys,
                                                      stamp) -> None:  # fmt: skip
    source = tmp_path / "listens.jsonl"
    listen = {"listened_at": stamp, "track_metadata": {"artist_name": "A", "track_name": "T"}}
    source.write_text(json.dumps(listen) + "\n")
    code, out, _ = run_cli(capsys, "--library", demo_library_copy, "import", "listenbrainz",
                           source, "--profile", "Me")  # fmt: skip
    assert code == 0
    assert "is not a time from 1900 to" in out
    with Library.open(demo_library_copy) as lib:
        me = lib.profiles.by_name("Me")
        assert me is not None
        assert lib.conn.execute(
            "SELECT count(*) FROM plays WHERE profile_id = ?", (me.id,)
        ).fetchone() == (0,)


def test_a_diary_rating_with_an_absurd_date_is_reported_and_dated_by_its_view(
    demo_library_copy, tmp_path, capsys
) -> None:
    diary = tmp_path / "diary.csv"
    diary.write_text(
        "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\n"
        "1066-10-14,Alien,1979,https://boxd.it/x,4,,,2020-05-01\n",
        encoding="utf-8",
    )
    code, out, _ = run_cli(capsys, "--library", demo_library_copy, "import", "letterboxd",
                           diary, "--profile", "Me")  # fmt: skip
    assert code == 0
    assert "'1066-10-14' is not a date" in out and "dated by its Watched Date" in out
    with Library.open(demo_library_copy) as lib:
        me = lib.profiles.by_name("Me")
        assert me is not None
        ((stars, rated_at),) = lib.conn.execute(
            "SELECT rating, rated_at FROM ratings WHERE profile_id = ?", (me.id,)
        ).fetchall()
        assert stars == 4.0 and time.gmtime(rated_at)[:3] == (2020, 5, 1)


def test_export_profile_after_absurd_times_were_stored(demo_library_copy, tmp_path, capsys) -> None:
    """A library that already holds absurd times (imported before they were checked) exports."""
    with Library.open(demo_library_copy) as lib:
        profile = lib.conn.execute("SELECT id, name FROM profiles LIMIT 1").fetchone()
        lib.conn.execute("UPDATE plays SET played_at = 1e300 WHERE profile_id = ?", (profile[0],))
        lib.conn.execute("UPDATE ratings SET rated_at = -1e18 WHERE profile_id = ?", (profile[0],))
        lib.conn.commit()
    out_file = tmp_path / "profile.zip"
    code, _, err = run_cli(capsys, "--library", demo_library_copy, "export", "profile",
                           profile[1], "--out", out_file)  # fmt: skip
    assert code == 0, err
    assert "Traceback" not in err
    with zipfile.ZipFile(out_file) as archive:
        assert archive.read("plays.json")


# -- control characters ---------------------------------------------------------------------------
def test_control_characters_are_cleaned_with_a_report_line(
    demo_library_copy, tmp_path, capsys
) -> None:
    listen = {"listened_at": 1_700_000_000, "track_metadata": {
        "artist_name": "Ada\x1b[31m Red", "track_name": "Bell\x07\x00 Song",
        "release_name": "Al\x9bbum"}}  # fmt: skip
    source = tmp_path / "listens.jsonl"
    source.write_text(json.dumps(listen) + "\n")
    code, out, err = run_cli(capsys, "--library", demo_library_copy, "import", "listenbrainz",
                             source, "--profile", "Me\x1b]0;pwned\x07")  # fmt: skip
    assert code == 0, err
    assert "\x1b" not in out and "\x07" not in out
    assert "control characters (ESC) removed" in out
    assert "control characters (BEL, NUL) removed" in out
    with Library.open(demo_library_copy) as lib:
        row = lib.conn.execute(
            "SELECT title, artist, album FROM items WHERE title LIKE 'Bell%'"
        ).fetchone()
        names = [r[0] for r in lib.conn.execute("SELECT name FROM profiles")]
    assert row == ("Bell Song", "Ada[31m Red", "Album")
    assert "Me]0;pwned" in names


@pytest.mark.parametrize("text", ["\x00", "a\x1bb", "\x07", "x\x08y", "\x9b", "\x7f", "\x0c"])
def test_clean_text_leaves_no_control_character(text: str) -> None:
    cleaned = clean_text(text)
    assert not any(ord(c) < 32 or 127 <= ord(c) < 160 for c in cleaned)
    assert clean_text("two\nlines\tand a tab\r\n") == "two\nlines\tand a tab\r\n"


def test_csv_history_and_tags_are_cleaned(demo_library_copy, tmp_path, capsys) -> None:
    source = tmp_path / "f.csv"
    source.write_text(
        "title,year,rating,tags,profile\nBad\x1bTitle,1999,4,ok|b\x07ad,Pro\x00file\n",
        encoding="utf-8",
    )
    code, out, err = run_cli(capsys, "--library", demo_library_copy, "import", "csv", source,
                             "--map", "title=title,year=year,rating=rating,tags=tags,"
                             "profile=profile", "--kind", "film")  # fmt: skip
    assert code == 0, err
    with Library.open(demo_library_copy) as lib:
        titles = [r[0] for r in lib.conn.execute("SELECT title FROM items WHERE title LIKE 'Bad%'")]
        tags = [r[0] for r in lib.conn.execute("SELECT name FROM tags WHERE name LIKE 'b%ad'")]
        names = [r[0] for r in lib.conn.execute("SELECT name FROM profiles WHERE name LIKE 'Pro%'")]
    assert titles == ["BadTitle"] and tags == ["bad"] and names == ["Profile"]
    assert "value(s) imported after cleaning" in out


# -- zip bombs ------------------------------------------------------------------------------------
def _zip_by_hand(path: Path, name: bytes, packed: bytes, size: int, crc: int, method: int) -> None:
    """One member, written byte by byte (no need to hold or write its unpacked bytes)."""
    local = struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, method, 0, 0, crc, len(packed),
                        size, len(name), 0)  # fmt: skip
    central = struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, method, 0, 0, crc,
                          len(packed), size, len(name), 0, 0, 0, 0, 0, 0)  # fmt: skip
    cd_at = len(local) + len(name) + len(packed)
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 1, 1, len(central) + len(name), cd_at, 0)
    path.write_bytes(local + name + packed + central + name + end)


def zip_bomb(path: Path, megabytes: int = 900, name: bytes = b"listens/2024/1.jsonl") -> Path:
    """A real zip of ``megabytes`` MB of zeros, built from one compressed megabyte: with a full
    flush, every megabyte of zeros deflates to the same bytes, so the stream is a repetition."""
    block = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = block.compress(bytes(1 << 20)) + block.flush(zlib.Z_FULL_FLUSH)
    tail = block.flush()
    crc = 0
    zeros = bytes(1 << 20)
    for _ in range(megabytes):
        crc = zlib.crc32(zeros, crc)
    _zip_by_hand(path, name, chunk * megabytes + tail, megabytes << 20, crc, 8)
    return path


def forged_entry_count(path: Path, entries: int = 33_554_432) -> Path:
    """A ~98 KB archive whose ZIP64 end record declares ``entries`` entries."""
    payload = b'{"listened_at": 1700000000}\n' * 3500
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("listens/2024/1.jsonl", payload)
    data = path.read_bytes()
    end_at = data.rfind(b"PK\x05\x06")
    sig, disk, cd_disk, _, _, cd_size, cd_at, comment = struct.unpack(
        "<4s4H2LH", data[end_at : end_at + 22]
    )
    zip64_at = end_at
    record = struct.pack("<4sQ2H2L4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, entries, entries,
                         cd_size, cd_at)  # fmt: skip
    locator = struct.pack("<4sLQL", b"PK\x06\x07", 0, zip64_at, 1)
    end = struct.pack("<4s4H2LH", sig, disk, cd_disk, 0xFFFF, 0xFFFF, cd_size, cd_at, comment)
    path.write_bytes(data[:end_at] + record + locator + end)
    return path


def refused_quickly(read) -> None:
    """``read()`` (the importer's first look at an archive) refuses it within a second."""
    started = time.perf_counter()
    with pytest.raises(UserError):
        read()
    assert time.perf_counter() - started < 1.0


def test_a_900_mb_zip_bomb_is_refused_in_under_a_second(demo_library_copy, tmp_path, capsys):
    bomb = zip_bomb(tmp_path / "listens.zip")
    assert bomb.stat().st_size < 2 << 20
    refused_quickly(lambda: ExportFiles(bomb, ImportReport("listenbrainz", "x")).select(
        lambda p: True))  # fmt: skip
    line = refused(capsys, demo_library_copy, "import", "listenbrainz", bomb, "--profile", "Me")
    assert "zip bomb" in line and "900 MB" in line


def test_a_zip_bomb_in_a_profile_archive_is_refused(demo_library_copy, tmp_path, capsys):
    bomb = zip_bomb(tmp_path / "p.zip", 64, b"manifest.json")
    refused_quickly(lambda: import_profile_archive(None, bomb))  # type: ignore[arg-type]
    line = refused(capsys, demo_library_copy, "import", "profile", bomb)
    assert "zip bomb" in line


@pytest.mark.parametrize("kind", ["listenbrainz", "letterboxd", "profile"])
def test_33_million_declared_entries_are_refused_in_under_a_second(
    demo_library_copy, tmp_path, capsys, kind
) -> None:
    archive = forged_entry_count(tmp_path / "export.zip")
    assert archive.stat().st_size < 100_000
    if kind == "profile":
        refused_quickly(lambda: import_profile_archive(None, archive))  # type: ignore[arg-type]
    else:
        refused_quickly(lambda: ExportFiles(archive, ImportReport(kind, "x")).names())
    extra = ["--profile", "Me"] if kind != "profile" else []
    line = refused(capsys, demo_library_copy, "import", kind, archive, *extra)
    assert "33,554,432 entries" in line


def test_more_entries_than_the_limit_are_refused(demo_library_copy, tmp_path, capsys,
                                                 monkeypatch) -> None:  # fmt: skip
    monkeypatch.setattr(_sources, "MAX_ZIP_ENTRIES", 50)
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for n in range(60):
            zf.writestr(f"listens/2024/{n}.jsonl", "")
    line = refused(capsys, demo_library_copy, "import", "listenbrainz", archive, "--profile", "Me")
    assert "entries" in line


# -- UTF-16 ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_files_are_read(demo_library_copy, tmp_path, capsys, encoding) -> None:
    source = tmp_path / "ratings.csv"
    source.write_bytes(
        "Date,Name,Year,Letterboxd URI,Rating\n2021-03-01,Amélie,2001,https://boxd.it/9,4.5\n"
        .encode(encoding)
    )  # fmt: skip
    code, out, err = run_cli(capsys, "--library", demo_library_copy, "import", "letterboxd",
                             source, "--profile", "Me")  # fmt: skip
    assert code == 0, err
    with Library.open(demo_library_copy) as lib:
        assert lib.conn.execute("SELECT count(*) FROM items WHERE title = 'Amélie'").fetchone()[0]


def test_a_utf16_library_export_is_read(demo_library_copy, tmp_path, capsys) -> None:
    source = tmp_path / "lib.json"
    document = {"format": "desktop-recsys-library",
                "items": [{"kind": "film", "title": "Wide Film", "year": 1999}]}  # fmt: skip
    source.write_bytes(json.dumps(document).encode("utf-16"))
    code, _, err = run_cli(capsys, "--library", demo_library_copy, "import", "library", source)
    assert code == 0, err


def test_damaged_utf16_is_refused_saying_utf16(demo_library_copy, tmp_path, capsys) -> None:
    source = tmp_path / "ratings.csv"
    source.write_bytes("Date,Name\n".encode("utf-16") + b"\x00\xd8a\x00")  # a lone surrogate
    line = refused(capsys, demo_library_copy, "import", "letterboxd", source, "--profile", "Me")
    assert "UTF-16" in line


def test_nothing_changed_means_every_table(demo_library_copy) -> None:
    """The snapshot the tests compare covers the tables a person's data lives in."""
    conn = sqlite3.connect(demo_library_copy)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    assert {"items", "profiles", "ratings", "plays", "tags", "playlists"} <= tables


def test_a_hetrec_listening_count_beyond_any_integer_is_a_report_line(
    demo_library_copy, tmp_path, capsys
) -> None:
    # Found by the line importers' fuzz: a 400-digit count overflowed SQLite's integers.
    folder = tmp_path / "hetrec"
    folder.mkdir()
    (folder / "artists.dat").write_text("id\tname\turl\tpictureURL\n1\tAda Alder\tu\tp\n")
    (folder / "user_artists.dat").write_text(
        "userID\tartistID\tweight\n2\t1\t300\n3\t1\t" + "1" * 400 + "\n"
    )
    code, out, _ = run_cli(capsys, "--library", demo_library_copy, "import", "lastfm-hetrec",
                           folder)  # fmt: skip
    assert code == 0
    assert "is more than 1,000,000,000" in out
    with Library.open(demo_library_copy) as lib:
        assert lib.profiles.by_name("lastfm:2") is not None
        assert lib.profiles.by_name("lastfm:3") is None
