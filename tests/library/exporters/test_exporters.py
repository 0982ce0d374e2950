"""Exporters: library CSV/JSON, profile zip, playlists as M3U8/CSV; each read back by its importer."""

from __future__ import annotations

import csv
import io
import json
import os
import zipfile
from pathlib import Path

import pytest

from desktop_recsys.errors import UserError
from desktop_recsys.library import Library
from desktop_recsys.library.exporters._files import atomic_file, csv_text
from desktop_recsys.library.exporters.library_export import export_library
from desktop_recsys.library.exporters.lists import export_playlist, write_item_list
from desktop_recsys.library.exporters.profile_export import export_profile
from desktop_recsys.library.importers.own_exports import (
    import_library_file,
    import_playlist_file,
    import_profile_archive,
)
from desktop_recsys.library.importers.textfiles import neutralise_cell, unneutralise_cell
from desktop_recsys.library.models import Credit, NewItem

# Titles a spreadsheet would run as formulas, or that a naive escaper would damage.
NASTY = ["=HYPERLINK(\"http://x\")", "+1 Mix", "-5 Degrees", "@home", "\tTabbed", "'=quoted",
         "'Round Midnight", "Comma, \"quoted\"\nand newline", "花样年华"]  # fmt: skip


def test_formula_neutralising_is_exactly_undone() -> None:
    for text in [*NASTY, "", "'", "''", "-", "plain", "'+", "''-x"]:
        safe = neutralise_cell(text)
        assert unneutralise_cell(safe) == text
        assert safe[:1] not in ("=", "+", "-", "@", "\t", "\r")
    assert neutralise_cell("=1+1") == "'=1+1" and neutralise_cell("'Round") == "'Round"
    text = csv_text(["title"], [["=cmd|' /C calc'!A0"], ["-2"], [3.0], [None]])
    # A lone empty cell is written "" so the row is not mistaken for a blank line.
    assert text.splitlines() == ["title", "'=cmd|' /C calc'!A0", "'-2", "3", '""']


def build_library(path: Path) -> dict[str, int]:
    """Tracks with files, catalogue-only films, a profile with every kind of data."""
    ids: dict[str, int] = {}
    with Library.open(path) as lib:
        for n, title in enumerate(NASTY):
            ids[title] = lib.items.add(
                NewItem(
                    "track", title, artist="Ada Alder", album="Quiet, Roads", track_number=n + 1,
                    year=2019, duration=180.5 + n, path=f"/music/{n:02d}.flac",
                    genres=("Ambient", "Folk"), tags=("calm",),
                    external_ids={"musicbrainz_recording": f"mb-{n}"},
                )
            )  # fmt: skip
        lib.items.merge_tag_counts([(ids["@home"], "calm", 3)])
        ids["Solaris"] = lib.items.add(
            NewItem(
                "film", "Solaris", year=1972, duration=9960.0,
                credits=(Credit("Andrei Tarkovsky", "director"),), external_ids={"imdb": "tt0069293"},
            )
        )  # fmt: skip
        # Two distinct items with the same title and artist: must stay two after a round trip.
        ids["Intro A"] = lib.items.add(NewItem("track", "Intro", artist="Bo", duration=60.0))
        ids["Intro B"] = lib.items.add(NewItem("track", "Intro", artist="Bo", duration=90.0))
        ann = lib.profiles.add("Ann").id
        bo = lib.profiles.add("Bo").id
        lib.friends.add(ann, bo)
        lib.profiles.set_privacy(ann, record_plays=False)
        lib.ratings.set(ann, ids["Solaris"], 4.5, 1_600_000_000.5)
        lib.ratings.set(ann, ids['=HYPERLINK("http://x")'], 1.0, 1_600_000_100.0)
        lib.plays.add(ann, ids["@home"], 1_600_000_200.0, completed=0.25, skipped=True)
        lib.plays.add(ann, ids["@home"], 1_600_000_300.0)
        lib.plays.add(ann, ids["Intro B"], None, count=42)
        lib.marks.set(ann, ids["Intro A"], "not_interested")
        lib.playlists.create(
            "Evening", profile_id=ann,
            item_ids=[ids["@home"], ids["Solaris"], ids["@home"], ids["Intro B"]],
        )  # fmt: skip
        lib.playlists.create("Shared", item_ids=[ids["-5 Degrees"]])
        lib.ratings.set(bo, ids["Solaris"], 2.0)
    return ids


def item_view(lib: Library) -> list[tuple]:
    """Items as comparable tuples (ids differ between libraries)."""
    return sorted(
        (
            r["kind"],
            r["title"],
            r["artist"],
            r["album"],
            r["track_number"],
            r["year"],
            r["duration"],
            r["path"],
            tuple(r["genres"]),
            tuple(sorted(r["tags"])),
            tuple(map(tuple, r["credits"])),
            tuple(sorted(r["ids"].items())),
        )  # fmt: skip
        for r in lib.items.export_rows()
    )


def history_view(lib: Library, name: str) -> dict[str, list]:
    """A profile's data by item description, for comparing two libraries."""
    person = lib.profiles.by_name(name)

    def key(item_id: int) -> tuple:
        item = lib.items.get(item_id)
        return (item.kind, item.title, item.artist, item.duration)

    return {
        "ratings": sorted((key(r.item_id), r.rating, r.rated_at) for r in lib.ratings.for_profile(person.id)),
        "plays": sorted(
            (key(p.item_id), p.played_at or 0, p.count, p.completed, p.skipped)
            for p in lib.plays.for_profile(person.id)
        ),
        "marks": sorted((key(i), m) for i, m, _ in lib.marks.for_profile(person.id)),
        "playlists": [
            (pl.name, [key(i) for i in lib.playlists.items(pl.id)])
            for pl in lib.playlists.list(person.id)
            if pl.profile_id == person.id
        ],
        "privacy": [(person.record_plays, person.share_with_friends)],
    }  # fmt: skip


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_library_export_round_trips_and_reimport_changes_nothing(tmp_path: Path, fmt: str) -> None:
    build_library(tmp_path / "a.sqlite")
    out = tmp_path / f"library.{fmt}"
    with Library.open(tmp_path / "a.sqlite") as lib:
        assert export_library(lib, out, fmt) == len(NASTY) + 3
        original = item_view(lib)
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(out.read_text("utf-8"))))
        titles = [r[rows[0].index("title")] for r in rows[1:]]
        assert '\'=HYPERLINK("http://x")' in titles and "'-5 Degrees" in titles
        assert not any(cell[:1] in "=+-@" for row in rows for cell in row if cell)
    else:
        data = json.loads(out.read_text("utf-8"))
        home = next(i for i in data["items"] if i["title"] == "@home")
        assert home["tags"] == {"calm": 3}
    with Library.open(tmp_path / "b.sqlite") as lib:
        report = import_library_file(lib, out)
        assert report.problem_count == 0
        assert report.get("tracks", "added") == len(NASTY) + 2
        assert item_view(lib) == original
        again = import_library_file(lib, out)
        assert again.get("tracks", "added") == 0 and again.get("films", "matched") == 1
        assert item_view(lib) == original


def test_profile_archive_round_trips_into_a_fresh_library(tmp_path: Path) -> None:
    build_library(tmp_path / "a.sqlite")
    archive = tmp_path / "ann.zip"
    with Library.open(tmp_path / "a.sqlite") as lib:
        counts = export_profile(lib, "Ann", archive)
        original = history_view(lib, "Ann")
    assert counts == {
        "items": 5,
        "ratings": 2,
        "plays": 3,
        "marks": 1,
        "friends": 1,
        "playlists": 1,
    }
    with zipfile.ZipFile(archive) as zf:
        assert {"manifest.json", "ratings.csv", "plays.json", "playlists.json", "settings.json",
                "README.txt"} <= set(zf.namelist())  # fmt: skip
        assert json.loads(zf.read("settings.json")) == {
            "record_plays": False,
            "share_with_friends": True,
        }
        assert "Bo" in zf.read("friends.csv").decode()
        ratings = zf.read("ratings.csv").decode("utf-8")
        assert "'=HYPERLINK" in ratings and "2020-09-13T12:26:40.500000+00:00" in ratings
    with Library.open(tmp_path / "b.sqlite") as lib:
        lib.profiles.add("Bo")
        report = import_profile_archive(lib, archive)
        assert report.problem_count == 0
        assert history_view(lib, "Ann") == original
        ann = lib.profiles.by_name("Ann").id
        assert lib.friends.friends_of(ann) == [lib.profiles.by_name("Bo").id]
        # Only the items the profile refers to came along.
        assert sum(lib.stats.collect().items_by_kind.values()) == 5
        again = import_profile_archive(lib, archive)
        assert again.get("ratings", "added") == 0 and again.get("plays", "added") == 0
        assert again.get("playlists", "matched") == 1
        assert history_view(lib, "Ann") == original
        # Into another name: a second copy of the same history.
        import_profile_archive(lib, archive, profile="Ann again")
        copy = history_view(lib, "Ann again")
        assert copy["ratings"] == original["ratings"] and copy["plays"] == original["plays"]


def test_profile_archive_errors_are_one_line_and_change_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("manifest.json", json.dumps({"format": "something else"}))
    with Library.open(tmp_path / "lib.sqlite") as lib:
        with pytest.raises(UserError, match="not a profile archive"):
            import_profile_archive(lib, bad)
        with pytest.raises(UserError, match="no profile named"):
            export_profile(lib, "Nobody", tmp_path / "x.zip")
        assert lib.stats.is_empty()
    assert not (tmp_path / "x.zip").exists()


def test_playlist_m3u8_relative_and_absolute_with_catalogue_items_as_comments(
    tmp_path: Path,
) -> None:
    ids = build_library(tmp_path / "a.sqlite")
    with Library.open(tmp_path / "a.sqlite") as lib:
        ann = lib.profiles.by_name("Ann").id
        absolute = tmp_path / "evening.m3u8"
        counts = export_playlist(lib, "Evening", absolute, profile_id=ann)
        assert counts == {"entries": 4, "files": 2, "comments": 2}
        lines = absolute.read_text("utf-8").splitlines()
        assert lines[:4] == ["#EXTM3U", "#PLAYLIST:Evening", "#EXTINF:184,Ada Alder - @home",
                             "/music/03.flac"]  # fmt: skip
        assert lines[4].startswith("#X-DESKTOP-RECSYS-ITEM:{") and '"Solaris"' in lines[4]
        assert lines[-1].startswith("#X-DESKTOP-RECSYS-ITEM:") and '"Intro"' in lines[-1]
        relative = tmp_path / "lists" / "evening.m3u8"
        relative.parent.mkdir()
        export_playlist(lib, "evening", relative, profile_id=ann, relative_to=relative.parent)
        paths = [ln for ln in relative.read_text("utf-8").splitlines() if not ln.startswith("#")]
        assert paths[0] == os.path.relpath("/music/03.flac", relative.parent)
        before = lib.playlists.items(lib.playlists.find("Evening", ann).id)
        # Read back: into another profile, and into the same one (unchanged, "matched").
        for source in (absolute, relative):
            report = import_playlist_file(lib, source, profile="Bo", name="From file")
            assert report.problem_count == 0
            bo = lib.profiles.by_name("Bo").id
            assert lib.playlists.items(lib.playlists.find("From file", bo).id) == before
        again = import_playlist_file(lib, absolute, profile="Ann")
        assert again.get("playlists", "matched") == 1
        with pytest.raises(UserError, match="no playlist named"):
            export_playlist(lib, "Nope", tmp_path / "x.m3u8")
    assert ids["Solaris"] in before


def test_playlist_csv_and_foreign_m3u_with_unknown_files(tmp_path: Path) -> None:
    build_library(tmp_path / "a.sqlite")
    with Library.open(tmp_path / "a.sqlite") as lib:
        out = tmp_path / "shared.csv"
        assert export_playlist(lib, "Shared", out) == {"entries": 1}
        header = out.read_text("utf-8").splitlines()[0].split(",")
        assert header[:3] == ["position", "id", "kind"]
        report = import_playlist_file(lib, out, name="Shared copy")
        shared = lib.playlists.find("Shared", None).id
        copy = lib.playlists.find("Shared copy", None).id
        assert lib.playlists.items(copy) == lib.playlists.items(shared)
        assert report.get("tracks", "matched") == 1
        foreign = tmp_path / "other player.m3u"
        foreign.write_text(
            "#EXTM3U\n#EXTINF:200,Ada Alder - @home\nD:\\elsewhere\\home.mp3\n"
            "http://radio.example/stream\n/music/00.flac\n",
            encoding="cp1252",
        )
        report = import_playlist_file(lib, foreign, profile="Ann")
        assert [p.line for p in report.problems] == [4]
        ann = lib.profiles.by_name("Ann").id
        items = lib.playlists.items(lib.playlists.find("other player", ann).id)
        titles = [lib.items.get(i).title for i in items]
        assert titles == ["@home", '=HYPERLINK("http://x")']


def test_item_list_csv_keeps_rank_and_score(tmp_path: Path) -> None:
    ids = build_library(tmp_path / "a.sqlite")
    with Library.open(tmp_path / "a.sqlite") as lib:
        out = tmp_path / "recs.csv"
        write_item_list(lib, [ids["Solaris"], ids["@home"]], out, scores=[0.9, 0.25])
        rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8"))))
        assert [(r["position"], r["score"], r["title"]) for r in rows] == [
            ("1", "0.9", "Solaris"), ("2", "0.25", "'@home"),
        ]  # fmt: skip


def test_atomic_file_leaves_no_partial_file(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old", "utf-8")
    with pytest.raises(RuntimeError), atomic_file(target) as handle:
        handle.write("half")
        raise RuntimeError("disk pulled")
    assert target.read_text("utf-8") == "old"
    assert list(tmp_path.iterdir()) == [target]
    with pytest.raises(UserError, match="does not exist"), atomic_file(tmp_path / "no" / "x.csv"):
        pass
