"""Mapped CSV importer: mapping errors, ratings and plays, matching, delimiters."""

from __future__ import annotations

from pathlib import Path

import pytest
from import_helpers import library_snapshot, write

from desktop_recsys.errors import UserError
from desktop_recsys.library import Library
from desktop_recsys.library.importers.csv_mapped import import_csv, parse_mapping
from desktop_recsys.library.models import NewItem


def test_parse_mapping_checks_fields() -> None:
    assert parse_mapping("Film=title, Year = year,id.letterboxd=id.letterboxd") == {
        "film": "title",
        "year": "year",
        "id.letterboxd": "id.letterboxd",
    }
    with pytest.raises(UserError, match="unknown"):
        parse_mapping("Film=title,Stars=stars")
    with pytest.raises(UserError, match="title"):
        parse_mapping("Year=year")
    with pytest.raises(UserError, match="COLUMN=FIELD"):
        parse_mapping("Film")


def test_ratings_and_plays_with_profiles_matching_and_problems(tmp_path: Path) -> None:
    source = write(
        tmp_path / "mine.csv",
        "Who;Film;Year;Stars;Seen;IMDb\n"
        "Ann;The Matrix;1999;4.5;2020-05-01T20:00:00Z;tt0133093\n"
        "Bo;Matrix, The;1999;3;;\n"
        "Ann;Alien;1979;eleven;;\n"
        "Ann;Alien;1979;5;1588363200;\n"
        ";Nobody's;2000;2;;\n",
    )
    mapping = parse_mapping(
        "Who=profile,Film=title,Year=year,Stars=rating,Seen=played_at,IMDb=imdb"
    )
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        existing = lib.items.add(NewItem("film", "The Matrix", year=1999, path="/f/matrix.mkv"))
        report = import_csv(lib, source, mapping)
        assert [(p.line, p.reason) for p in report.problems] == [
            (4, "rating 'eleven' is not a number"),
            (6, "no profile: map a profile column or pass --profile"),
        ]
        assert report.get("films", "matched") == 1 and report.get("films", "added") == 1
        ann, bo = lib.profiles.by_name("Ann").id, lib.profiles.by_name("Bo").id
        assert lib.ratings.get(ann, existing) == 4.5 and lib.ratings.get(bo, existing) == 3.0
        assert lib.items.external_ids(existing) == {"imdb": "tt0133093"}
        plays = sorted((p.item_id, p.played_at) for p in lib.plays.for_profile(ann))
        (alien,) = [i for i, _ in plays if i != existing]
        assert plays == sorted([(existing, 1588363200.0), (alien, 1588363200.0)])
        assert lib.items.get(alien).path is None  # catalogue-only
    before = library_snapshot(path)
    with Library.open(path) as lib:
        import_csv(lib, source, mapping)
    assert library_snapshot(path) == before


def test_tracks_by_default_when_an_artist_column_is_mapped(tmp_path: Path) -> None:
    source = write(
        tmp_path / "plays.csv",
        "artist,track,plays\nNina Simone,Sinnerman,3\nNina Simone,Sinnerman,4\n",
    )
    with Library.open(tmp_path / "lib.sqlite") as lib:
        report = import_csv(
            lib, source, parse_mapping("artist=artist,track=title,plays=count"), profile="Me"
        )
        assert report.get("tracks", "added") == 1
        (track,) = lib.items.ids_by_kind("track")
        assert lib.items.get(track).artist == "Nina Simone"
        # Two undated counts of the same track: one row, the last count wins.
        assert [p.count for p in lib.plays.for_profile(lib.profiles.by_name("Me").id)] == [4]


def test_missing_column_is_a_clear_error(tmp_path: Path) -> None:
    source = write(tmp_path / "x.csv", "Name,Year\nAlien,1979\n")
    with Library.open(tmp_path / "lib.sqlite") as lib, pytest.raises(UserError, match="'film'"):
        import_csv(lib, source, parse_mapping("Film=title"))
