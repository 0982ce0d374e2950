"""Personal histories: Last.fm scrobbles, ListenBrainz, Letterboxd and IMDb exports."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import pytest
from import_helpers import library_snapshot, write

from desktop_recsys.errors import Cancelled, UserError
from desktop_recsys.library import Library
from desktop_recsys.library.importers import ImportAborted
from desktop_recsys.library.importers.imdb import import_imdb
from desktop_recsys.library.importers.lastfm_scrobbles import import_lastfm_scrobbles
from desktop_recsys.library.importers.letterboxd import import_letterboxd
from desktop_recsys.library.importers.listenbrainz import import_listenbrainz
from desktop_recsys.library.models import NewItem
from desktop_recsys.progress import CancelToken


def utc(text: str) -> float:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC).timestamp()


@pytest.fixture
def lib_path(tmp_path: Path) -> Path:
    """A library with one track file and one film file that exports should match."""
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        lib.items.add(
            NewItem("track", "Blue Wind", artist="Ada Alder", album="Quiet Roads", path="/m/b.mp3")
        )
        lib.items.add(NewItem("film", "The Matrix", year=1999, path="/f/matrix.mkv"))
    return path


def items_by_title(lib: Library) -> dict[str, int]:
    return {row.title: row.id for row in lib.items.page(None, limit=1000)}


# -- Last.fm scrobbles ---------------------------------------------------------------------------
def test_lastfm_headerless_export_matches_reports_and_is_idempotent(
    lib_path: Path, tmp_path: Path
) -> None:
    source = write(
        tmp_path / "scrobbles.csv",
        "ADA ALDER,Quiet Roads,Blue Wind,31 Jan 2021 12:34\n"
        'The Beatles,"Abbey Road",Something,31 Jan 2021 12:40\n'
        "Beatles,Abbey Road,Something,01 Feb 2021 09:00\n"
        "Nina Simone,,Sinnerman,\n"
        "Nina Simone,,Sinnerman,yesterday\n"
        "Ada Alder,Quiet Roads,Blue Wind,31 Jan 2021 12:34\n",
        newline="\r\n",
    )
    with Library.open(lib_path) as lib:
        report = import_lastfm_scrobbles(lib, source, profile="Ann")
        assert [(p.file, p.line) for p in report.problems] == [
            ("scrobbles.csv", 4),
            ("scrobbles.csv", 5),
        ]
        assert "no play time" in report.problems[0].reason
        titles = items_by_title(lib)
        ann = lib.profiles.by_name("Ann").id
        plays = sorted((p.item_id, p.played_at) for p in lib.plays.for_profile(ann))
        # The same scrobble twice is one play; "The Beatles" and "Beatles" are one artist.
        assert plays == sorted(
            [
                (titles["Blue Wind"], utc("2021-01-31T12:34")),
                (titles["Something"], utc("2021-01-31T12:40")),
                (titles["Something"], utc("2021-02-01T09:00")),
            ]
        )
        assert lib.items.get(titles["Something"]).path is None  # catalogue-only
        assert report.get("rows", "matched") == 2 and report.get("rows", "new items") == 2
        assert report.get("tracks", "matched") == 1 and report.get("tracks", "added") == 1
        assert any("2 of 4 rows (50%) matched" in n for n in report.notes)
    before = library_snapshot(lib_path)
    with Library.open(lib_path) as lib:
        again = import_lastfm_scrobbles(lib, source, profile="ann")
        assert again.get("plays", "added") == 0 and again.get("profiles", "matched") == 1
    assert library_snapshot(lib_path) == before


def test_lastfm_header_export_with_mbids_in_cp1252(lib_path: Path, tmp_path: Path) -> None:
    source = write(
        tmp_path / "ghan.csv",
        "uts,utc_time,artist,artist_mbid,album,album_mbid,track,track_mbid\n"
        '1612096440,"31 Jan 2021, 12:34",Björk,a1,Homogenic,r1,Jóga,rec-1\n'
        '1612096800,"31 Jan 2021, 12:40",Bjork,a1,Homogenic,r1,Joga (Live),rec-1\n',
        encoding="cp1252",
    )
    with Library.open(lib_path) as lib:
        report = import_lastfm_scrobbles(lib, source, profile="Ann")
        assert report.encodings["ghan.csv"] == "cp1252"
        (joga,) = lib.items.find_by_external_id("musicbrainz_recording", "rec-1")
        item = lib.items.get(joga)
        assert (item.title, item.artist, item.album) == ("Jóga", "Björk", "Homogenic")
        # Same recording id: both scrobbles are plays of one track.
        ann = lib.profiles.by_name("Ann").id
        assert {p.item_id for p in lib.plays.for_profile(ann)} == {joga}
        assert len(lib.plays.for_profile(ann)) == 2


def test_strict_mode_and_cancel_leave_the_library_unchanged(lib_path: Path, tmp_path: Path) -> None:
    source = write(tmp_path / "s.csv", "A,B,C,31 Jan 2021 12:34\nA,B,D,not a time\n")
    before = library_snapshot(lib_path)
    with Library.open(lib_path) as lib:
        with pytest.raises(ImportAborted, match=r"s.csv:2: time 'not a time'"):
            import_lastfm_scrobbles(lib, source, profile="Ann", strict=True)
        token = CancelToken()
        token.cancel()
        with pytest.raises(Cancelled):
            import_lastfm_scrobbles(lib, source, profile="Ann", cancel=token)
        with pytest.raises(UserError, match="--profile"):
            import_lastfm_scrobbles(lib, source, profile=" ")
    assert library_snapshot(lib_path) == before


# -- ListenBrainz -------------------------------------------------------------------------------
def listen(at: int, artist: str, track: str, **info: object) -> str:
    meta = {"artist_name": artist, "track_name": track, "additional_info": info}
    return json.dumps({"listened_at": at, "track_metadata": meta})


def test_listenbrainz_zip_reads_listens_folder_only(lib_path: Path, tmp_path: Path) -> None:
    archive = tmp_path / "listenbrainz_ann.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("user.json", json.dumps({"user_name": "ann"}))
        zf.writestr("feedback.jsonl", json.dumps({"score": 1}) + "\n")
        zf.writestr(
            "listens/2023/1.jsonl",
            "\n".join(
                [
                    listen(1672531200, "Ada Alder", "Blue Wind", duration_ms=187000),
                    listen(1672531500, "Carla Castell", "Rain Letter", recording_mbid="m-rain"),
                    "{not json",
                    json.dumps({"listened_at": 1672531800}),
                ]
            )
            + "\n",
        )
        zf.writestr("listens/2024/1.jsonl", listen(1704067200, "Carla", "Other") + "\n")
    with Library.open(lib_path) as lib:
        report = import_listenbrainz(lib, archive, profile="Ann")
        assert [(p.file, p.line) for p in report.problems] == [
            ("listenbrainz_ann.zip:listens/2023/1.jsonl", 3),
            ("listenbrainz_ann.zip:listens/2023/1.jsonl", 4),
        ]
        ann = lib.profiles.by_name("Ann").id
        assert len(lib.plays.for_profile(ann)) == 3
        (rain,) = lib.items.find_by_external_id("musicbrainz_recording", "m-rain")
        assert lib.items.get(rain).artist == "Carla Castell"
        assert report.get("rows", "matched") == 1
    before = library_snapshot(lib_path)
    with Library.open(lib_path) as lib:
        import_listenbrainz(lib, archive, profile="Ann")
    assert library_snapshot(lib_path) == before


def test_listenbrainz_json_array_file(lib_path: Path, tmp_path: Path) -> None:
    listens = [json.loads(listen(1672531200, "Ada Alder", "Blue Wind")), {"oops": 1}]
    source = write(tmp_path / "listens.json", json.dumps(listens))
    with Library.open(lib_path) as lib:
        report = import_listenbrainz(lib, source, profile="Bo")
        assert [str(p) for p in report.problems] == [
            "listens.json: listen #2: not a listen (no track_metadata)"
        ]
        assert report.get("plays", "added") == 1 and report.get("tracks", "matched") == 1


# -- Letterboxd ---------------------------------------------------------------------------------
LB_RATINGS = (
    "Date,Name,Year,Letterboxd URI,Rating\n"
    "2021-03-01,The Matrix,1999,https://boxd.it/1,4.5\n"
    '2021-03-02,"Crouching Tiger, Hidden Dragon",2000,https://boxd.it/2,5\n'
    "2021-03-03,Alien,1979,https://boxd.it/3,7\n"
)
LB_DIARY = (
    "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\n"
    '2021-03-01,The Matrix,1999,https://boxd.it/e1,4,,"cinema, friends",2021-02-27\n'
    "2021-03-05,The Matrix,1999,https://boxd.it/e2,,Yes,,2021-03-04\n"
    "2021-03-06,Heat,1995,https://boxd.it/e3,3.5,,,2021-03-06\n"
    "2021-03-07,Heat,1995,https://boxd.it/e4,4,Yes,,2021-03-07\n"
)
LB_WATCHED = (
    "Date,Name,Year,Letterboxd URI\n"
    "2021-03-01,The Matrix,1999,https://boxd.it/1\n"
    "2021-01-10,Solaris,1972,https://boxd.it/4\n"
)


def test_letterboxd_zip_ratings_diary_and_watched(lib_path: Path, tmp_path: Path) -> None:
    archive = tmp_path / "letterboxd-ann-2021-03-08-utc.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("ratings.csv", LB_RATINGS)
        zf.writestr("diary.csv", LB_DIARY)
        zf.writestr("watched.csv", LB_WATCHED)
        zf.writestr("deleted/diary.csv", LB_DIARY.replace("Heat", "Gone"))
    with Library.open(lib_path) as lib:
        report = import_letterboxd(lib, archive, profile="Ann")
        assert [(p.file, p.line) for p in report.problems] == [(f"{archive.name}:ratings.csv", 4)]
        titles = items_by_title(lib)
        assert "Gone" not in titles
        ann = lib.profiles.by_name("Ann").id
        ratings = {lib.items.get(r.item_id).title: r.rating for r in lib.ratings.for_profile(ann)}
        # ratings.csv wins for The Matrix; Heat's latest diary rating is used.
        assert ratings == {"The Matrix": 4.5, "Crouching Tiger, Hidden Dragon": 5.0, "Heat": 4.0}
        views = sorted(
            (lib.items.get(p.item_id).title, p.played_at) for p in lib.plays.for_profile(ann)
        )
        assert views == sorted(
            [
                ("The Matrix", utc("2021-02-27T00:00")),
                ("The Matrix", utc("2021-03-04T00:00")),
                ("Heat", utc("2021-03-06T00:00")),
                ("Heat", utc("2021-03-07T00:00")),
                ("Solaris", utc("2021-01-10T00:00")),
            ]
        )
        matrix = titles["The Matrix"]
        assert lib.items.get(matrix).path == "/f/matrix.mkv"  # matched, not duplicated
        assert lib.items.external_ids(matrix) == {"letterboxd": "https://boxd.it/1"}
        assert set(lib.items.get(matrix).tags) == {"cinema", "friends"}
        # Alien's row had a bad rating: skipped whole, so no Alien item either.
        assert "Alien" not in titles
        assert report.get("films", "matched") == 1 and report.get("films", "added") == 3
    before = library_snapshot(lib_path)
    with Library.open(lib_path) as lib:
        import_letterboxd(lib, archive, profile="Ann")
    assert library_snapshot(lib_path) == before


def test_letterboxd_folder_needs_its_files(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with Library.open(tmp_path / "lib.sqlite") as lib:
        with pytest.raises(UserError, match="no ratings.csv"):
            import_letterboxd(lib, tmp_path / "empty", profile="Ann")
        bad = write(tmp_path / "broken.zip", "not a zip")
        with pytest.raises(UserError, match="zip"):
            import_letterboxd(lib, bad, profile="Ann")


# -- IMDb ---------------------------------------------------------------------------------------
IMDB = (
    "Const,Your Rating,Date Rated,Title,Original Title,URL,Title Type,IMDb Rating,"
    "Runtime (mins),Year,Genres,Num Votes,Release Date,Directors\n"
    "tt0133093,10,2020-05-01,Matrix,The Matrix,https://www.imdb.com/title/tt0133093/,movie,8.7,"
    '136,1999,"Action, Sci-Fi",2000000,1999-03-31,"Lana Wachowski, Lilly Wachowski"\n'
    'tt0078748,1,2020-05-02,Alien,Alien,u,movie,8.5,117,1979,"Horror, Sci-Fi",1,1979-05-25,'
    "Ridley Scott\n"
    "tt0113277,7,2020-05-03,Heat,Heat,u,movie,8.3,170,1995,Crime,1,1995-12-15,Michael Mann\n"
    "tt2140553,9,2020-05-04,The Last of Us,The Last of Us,u,videoGame,9.7,,2013,Action,1,,\n"
    "tt0000001,11,2020-05-05,Too Much,Too Much,u,movie,5,,2000,,1,,\n"
)


def test_imdb_halves_ratings_matches_by_id_and_keeps_metadata(
    lib_path: Path, tmp_path: Path
) -> None:
    source = write(tmp_path / "ratings.csv", "\ufeff" + IMDB)
    with Library.open(lib_path) as lib:
        (matrix,) = lib.items.ids_by_kind("film")
        lib.items.add_external_ids([(matrix, "imdb", "tt0133093")])
        report = import_imdb(lib, source, profile="Ann")
        assert [(p.line, p.reason) for p in report.problems] == [(6, "rating '11' is not 1-10")]
        assert report.get("rows", "skipped (video games)") == 1
        ann = lib.profiles.by_name("Ann").id
        stars = {lib.items.get(r.item_id).title: r.rating for r in lib.ratings.for_profile(ann)}
        assert stars == {"The Matrix": 5.0, "Alien": 0.5, "Heat": 3.5}
        assert lib.ratings.for_profile(ann)[0].rated_at == utc("2020-05-01T00:00")
        (alien,) = lib.items.find_by_external_id("imdb", "tt0078748")
        item = lib.items.get(alien)
        assert (item.year, item.duration, item.genres, item.artist) == (
            1979, 117 * 60.0, ("Horror", "Sci-Fi"), "Ridley Scott",
        )  # fmt: skip
        assert lib.items.credits(matrix) == []  # a matched item keeps its own credits
        assert report.get("rows", "matched") == 1
    before = library_snapshot(lib_path)
    with Library.open(lib_path) as lib:
        import_imdb(lib, source, profile="Ann")
    assert library_snapshot(lib_path) == before


def test_imdb_wrong_file_is_one_clear_error(tmp_path: Path) -> None:
    source = write(tmp_path / "ratings.csv", "Date,Name,Year\n2021-01-01,Alien,1979\n")
    with Library.open(tmp_path / "lib.sqlite") as lib, pytest.raises(UserError, match="IMDb"):
        import_imdb(lib, source, profile="Ann")
