"""MovieLens importer: the real ml-latest-small, and the ml-1m / ml-100k layouts on small files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from import_helpers import library_snapshot, write

from desktop_recsys.errors import Cancelled, UserError
from desktop_recsys.library import Library
from desktop_recsys.library.importers import ImportAborted
from desktop_recsys.library.importers.movielens import import_movielens
from desktop_recsys.library.models import NewItem
from desktop_recsys.progress import CancelToken


@pytest.fixture(scope="module")
def ml_small_library(data_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """ml-latest-small imported once for the module; tests copy it before writing."""
    path = tmp_path_factory.mktemp("ml") / "ml.sqlite"
    with Library.open(path) as lib:
        report = import_movielens(lib, data_dir / "ml-latest-small")
    assert report.status == "finished" and report.problem_count == 0
    return path


def test_ml_latest_small_has_the_published_counts(ml_small_library: Path) -> None:
    with Library.open(ml_small_library) as lib:
        stats = lib.stats.collect()
        assert stats.items_by_kind == {"track": 0, "artist": 0, "film": 9742}
        assert (stats.profiles, stats.ratings) == (610, 100836)
        assert lib.profiles.by_name("ml:1") is not None
        assert lib.profiles.by_name("ml:610") is not None
        (toy,) = lib.items.find_by_external_id("movielens", "1")
        item = lib.items.get(toy)
        assert (item.title, item.year) == ("Toy Story", 1995)
        assert set(item.genres) == {"Adventure", "Animation", "Children", "Comedy", "Fantasy"}
        assert lib.items.external_ids(toy) == {"movielens": "1", "imdb": "tt0114709", "tmdb": "862"}
        # userId 1 rated movie 1 4.0 at 964982703 (first data row of ratings.csv).
        user1 = lib.profiles.by_name("ml:1").id
        assert lib.ratings.get(user1, toy) == 4.0
        assert {r.rated_at for r in lib.ratings.for_profile(user1) if r.item_id == toy} == {
            964982703.0
        }
        # Articles moved back in front; quoted commas kept; the search index sees tags.
        (prez,) = lib.items.find_by_external_id("movielens", "11")
        assert lib.items.get(prez).title == "The American President"
        (quotable,) = lib.items.find_by_external_id("movielens", "60756")  # Step Brothers
        assert "funny" in {t.casefold() for t in lib.items.get(quotable).tags}
        assert quotable in lib.items.search("highly quotable", kind="film")
        assert lib.ratings.count() == 100836


def test_importing_ml_latest_small_again_changes_nothing(
    ml_small_library: Path, data_dir: Path, tmp_path: Path
) -> None:
    path = tmp_path / "again.sqlite"
    shutil.copyfile(ml_small_library, path)
    before = library_snapshot(path)
    with Library.open(path) as lib:
        report = import_movielens(lib, data_dir / "ml-latest-small")
    assert report.get("films", "added") == 0 and report.get("films", "matched") == 9742
    assert report.get("ratings", "added") == 0 and report.get("profiles", "added") == 0
    assert library_snapshot(path) == before


def test_cancel_in_the_middle_leaves_the_library_as_it_was(data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        lib.profiles.add("Ann")
        lib.items.add(NewItem("film", "Kept", year=2001))
    before = library_snapshot(path)
    token = CancelToken()
    seen: list[float] = []

    def progress(fraction: float, message: str) -> None:
        seen.append(fraction)
        if message == "ratings" and fraction > 0.5:
            token.cancel()

    with Library.open(path) as lib, pytest.raises(Cancelled):
        import_movielens(lib, data_dir / "ml-latest-small", progress=progress, cancel=token)
    assert token.cancelled and max(seen) < 0.9  # it stopped mid-way, not at the end
    assert seen == sorted(seen)  # progress never goes backwards
    assert library_snapshot(path) == before


def test_small_csv_layout_titles_ids_tags_and_idempotence(
    ml_csv_small: Path, tmp_path: Path
) -> None:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        report = import_movielens(lib, ml_csv_small)
        assert report.get("films", "added") == 4 and report.problem_count == 0
        (city,) = lib.items.find_by_external_id("movielens", "29")
        item = lib.items.get(city)
        assert (item.title, item.year) == ("The City of Lost Children", 1995)
        assert item.description == "Also known as: La Cité des enfants perdus"
        assert lib.items.external_ids(city) == {"movielens": "29", "imdb": "tt0112682"}
        (untitled,) = lib.items.find_by_external_id("movielens", "40")
        assert lib.items.get(untitled).year is None and lib.items.get(untitled).genres == ()
        (toy,) = lib.items.find_by_external_id("movielens", "1")
        # "pixar" and "Pixar" are one tag applied twice.
        count = lib.conn.execute(
            "SELECT count FROM item_tags WHERE item_id = ?", (toy,)
        ).fetchone()[0]
        assert count == 2
    before = library_snapshot(path)
    with Library.open(path) as lib:
        import_movielens(lib, ml_csv_small)
    assert library_snapshot(path) == before


def test_existing_films_are_matched_by_title_and_year_and_by_imdb(
    ml_csv_small: Path, tmp_path: Path
) -> None:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        mine = lib.items.add(NewItem("film", "Toy Story", year=1995, path="/films/toy.mkv"))
        by_imdb = lib.items.add(
            NewItem("film", "Le Président", year=1995, external_ids={"imdb": "tt0112346"})
        )
        other = lib.items.add(NewItem("film", "Toy Story", year=2010))
        report = import_movielens(lib, ml_csv_small)
        assert report.get("films", "matched") == 2 and report.get("films", "added") == 2
        assert lib.items.find_by_external_id("movielens", "1") == [mine]
        assert lib.items.find_by_external_id("movielens", "11") == [by_imdb]
        assert lib.items.external_ids(other) == {}
        assert lib.items.get(mine).path == "/films/toy.mkv"
        assert "Animation" in lib.items.get(mine).genres


def test_bad_rows_are_reported_with_file_and_line_and_skipped(
    ml_csv_small: Path, tmp_path: Path
) -> None:
    with (ml_csv_small / "ratings.csv").open("a", newline="") as handle:
        handle.write("3,1,seven,964983200\r\n")  # line 6
        handle.write("3,1,7.0,964983200\r\n")  # line 7
        handle.write("3,999,4.0,964983200\r\n")  # line 8
        handle.write("3,1,4.0\r\n")  # line 9
        handle.write("3,11,4.0,964983200\r\n")  # line 10: good
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        report = import_movielens(lib, ml_csv_small)
        assert [(p.file, p.line) for p in report.problems] == [
            ("ratings.csv", 6),
            ("ratings.csv", 7),
            ("ratings.csv", 8),
            ("ratings.csv", 9),
        ]
        assert "not 0.5-5 stars" in report.problems[1].reason
        assert "999" in report.problems[2].reason
        assert lib.ratings.count() == 5
    before = library_snapshot(path)
    with Library.open(path) as lib, pytest.raises(ImportAborted, match=r"ratings.csv:6"):
        import_movielens(lib, ml_csv_small, strict=True)
    assert library_snapshot(path) == before


def test_ml_1m_layout_latin1_double_colon(tmp_path: Path) -> None:
    folder = tmp_path / "ml-1m"
    write(
        folder / "movies.dat",
        "1::Toy Story (1995)::Animation|Children's|Comedy\n"
        "2::Misérables, Les (1995)::Drama|Musical\n",
        "latin-1",
    )
    write(
        folder / "ratings.dat",
        "1::1::5::978300760\n1::2::3::978302109\n6040::2::4::956703932\n6040::3::4::956703932\n",
    )
    write(folder / "users.dat", "1::F::1::10::48067\n6040::M::25::6::11106\n")
    with Library.open(tmp_path / "lib.sqlite") as lib:
        report = import_movielens(lib, folder)
        assert report.encodings["movies.dat"] == "cp1252"
        assert report.get("films", "added") == 2 and report.get("ratings", "added") == 3
        assert [p.line for p in report.problems] == [4]  # movie 3 does not exist
        (les,) = lib.items.find_by_external_id("movielens", "2")
        assert (lib.items.get(les).title, lib.items.get(les).year) == ("Les Misérables", 1995)
        assert set(lib.items.get(les).genres) == {"Drama", "Musical"}
        assert lib.ratings.get(lib.profiles.by_name("ml:6040").id, les) == 4.0


def test_ml_100k_layout_genre_flags(tmp_path: Path) -> None:
    folder = tmp_path / "ml-100k"
    flags = ["0"] * 19
    flags[3] = flags[4] = flags[5] = "1"  # Animation, Children's, Comedy
    write(
        folder / "u.item",
        "1|Toy Story (1995)|01-Jan-1995||http://us.imdb.com/M/title-exact?Toy%20Story%20(1995)|"
        + "|".join(flags)
        + "\n"
        + "2|Café au lait|01-Jan-1994||http://example|"
        + "|".join(["0"] * 8 + ["1"] + ["0"] * 10)
        + "\n",
        "latin-1",
    )
    genres = ("unknown|0\nAction|1\nAdventure|2\nAnimation|3\nChildren's|4\nComedy|5\n"
              "Crime|6\nDocumentary|7\nDrama|8\n")  # fmt: skip
    write(folder / "u.genre", genres)
    write(folder / "u.data", "196\t1\t3\t881250949\n186\t2\t5\t891717742\n")
    with Library.open(tmp_path / "lib.sqlite") as lib:
        report = import_movielens(lib, folder)
        assert report.notes[0] == "layout: 100k" and report.problem_count == 0
        (toy,) = lib.items.find_by_external_id("movielens", "1")
        assert set(lib.items.get(toy).genres) == {"Animation", "Children's", "Comedy"}
        (cafe,) = lib.items.find_by_external_id("movielens", "2")
        # No year in the title: taken from the release date.
        assert (lib.items.get(cafe).title, lib.items.get(cafe).year) == ("Café au lait", 1994)
        assert lib.items.get(cafe).genres == ("Drama",)
        assert lib.ratings.get(lib.profiles.by_name("ml:186").id, cafe) == 5.0


def test_utf8_bom_and_cp1252_are_detected(tmp_path: Path) -> None:
    folder = tmp_path / "ml-enc"
    write(folder / "movies.csv", "\ufeffmovieId,title,genres\n1,Amélie (2001),Comedy\n")
    write(
        folder / "ratings.csv",
        "userId,movieId,rating,timestamp\n1,1,4.5,1000000000\n",
    )
    write(
        folder / "tags.csv",
        "userId,movieId,tag,timestamp\n1,1,naïve “charm”,1000000000\n",
        "cp1252",
    )
    with Library.open(tmp_path / "lib.sqlite") as lib:
        report = import_movielens(lib, folder)
        assert report.encodings == {
            "movies.csv": "utf-8-sig",
            "tags.csv": "cp1252",
            "ratings.csv": "utf-8",
        }
        (film,) = lib.items.find_by_external_id("movielens", "1")
        assert lib.items.get(film).title == "Amélie"
        assert lib.items.get(film).tags == ("naïve “charm”",)


def test_a_folder_without_movielens_files_is_a_clear_error(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib.sqlite") as lib, pytest.raises(UserError, match="u.item"):
        import_movielens(lib, tmp_path)
