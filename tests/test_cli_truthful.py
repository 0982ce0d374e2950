"""The command line does what it says (issue 14, section 5), run in-process through ``main``:
one rule for where a library's models live, no library made by a typo, truthful listings and
summaries, suggestions for usage mistakes."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from desktop_recsys.cli import main
from desktop_recsys.config import default_paths
from desktop_recsys.config.paths import models_dir_for
from desktop_recsys.library import Library
from desktop_recsys.library.models import NewItem


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run the command in this process: (exit code, stdout, stderr)."""
    try:
        code = main(list(args))
    except SystemExit as exc:  # argparse's usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


# -- one rule for where a library's models live -------------------------------------------


def test_export_recommendations_finds_what_train_wrote_without_models(
    demo_library_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lib = str(demo_library_copy)
    code, out, err = cli(
        capsys, "train", "--kind", "film", "--algorithm", "popularity", "--quiet", "--library", lib
    )
    assert code == 0, err
    assert any(models_dir_for(demo_library_copy).glob("run1-*.npz"))
    out_file = tmp_path / "recs.csv"
    code, out, err = cli(
        capsys, "export", "recommendations", "Ada", "--kind", "film", "--n", "5",
        "--out", str(out_file), "--quiet", "--library", lib,
    )  # fmt: skip
    assert code == 0, err
    assert "5 entries" in out
    assert len(out_file.read_text(encoding="utf-8").strip().splitlines()) == 6  # header + 5


def test_the_default_library_keeps_its_models_in_the_app_folder_however_it_is_named() -> None:
    paths = default_paths()
    assert models_dir_for(paths.library_file) == paths.models_dir
    elsewhere = Path("/some/where/mine.sqlite")
    assert models_dir_for(elsewhere) == Path("/some/where/mine-models")


# -- a typo in --library never creates a file -----------------------------------------------

NOT_CREATING = [
    ("stats",),
    ("stats", "--json"),
    ("profile", "list"),
    ("profile", "remove", "Ann", "--yes"),
    ("train", "--kind", "film", "--quiet"),
    ("recommend", "--profile", "Ann", "--kind", "film"),
    ("models", "list"),
    ("models", "activate", "1"),
    ("export", "library", "--format", "csv", "--out", "OUT"),
    ("export", "profile", "Ann", "--out", "OUT"),
    ("export", "recommendations", "Ann", "--kind", "film", "--out", "OUT"),
    ("duplicates",),
    ("duplicates", "merge", "1", "2", "--yes"),
    ("backup",),
    ("backup", "list"),
    ("evaluate", "--kind", "film", "--quiet"),
    ("tune", "--algorithm", "popularity", "--kind", "film", "--budget", "1", "--quiet"),
]


@pytest.mark.parametrize("command", NOT_CREATING, ids=" ".join)
def test_a_missing_library_is_an_error_and_no_file_appears(
    command: tuple[str, ...], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    typo = tmp_path / "libary.sqlite"
    args = [str(tmp_path / "out.file") if a == "OUT" else a for a in command]
    code, out, err = cli(capsys, *args, "--library", str(typo))
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "does not exist" in lines[0] and str(typo) in lines[0]
    assert out == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == []


@pytest.mark.parametrize("kind", ["movielens", "lastfm-hetrec", "folder", "letterboxd"])
def test_an_import_of_a_mistyped_source_makes_no_library(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The source did not exist: the import failed, but only after opening (so creating) the
    library, and a later 'stats' showed an empty library of zeros instead of "does not exist"."""
    new = tmp_path / "new.sqlite"
    typo = tmp_path / "ml-latest-smal"
    report = tmp_path / "report.json"
    code, out, err = cli(capsys, "import", kind, str(typo), "--profile", "Me", "--quiet",
                         "--report", str(report), "--library", str(new))  # fmt: skip
    assert code == 1 and out == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]
    assert err.strip().splitlines() == [f"desktop-recsys: error: {typo} does not exist"]
    assert json.loads(report.read_text(encoding="utf-8"))["status"] == "failed"
    code, out, err = cli(capsys, "stats", "--library", str(new))
    assert code == 1 and "does not exist" in err


def test_import_me_mistakes_are_said_in_the_command_lines_words(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'--me 5' without --profile was refused with the window's words ("name the profile that
    data-set user is (one of these users is me)"), and '--me' on a CSV import was silently
    ignored while the ratings went in."""
    new = tmp_path / "new.sqlite"
    movielens = str(data_dir / "ml-latest-small")
    code, out, err = cli(capsys, "import", "movielens", movielens, "--me", "5", "--quiet",
                         "--library", str(new))  # fmt: skip
    assert code == 1 and out == ""
    assert err.strip() == (
        "desktop-recsys: error: --me needs --profile NAME: the profile that data-set user's "
        "ratings, plays and friends go to"
    )
    table = tmp_path / "mine.csv"
    table.write_text("title,rating\nHeat,4\n", encoding="utf-8")
    code, out, err = cli(capsys, "import", "csv", str(table), "--map", "title=title,rating=rating",
                         "--kind", "film", "--profile", "Me", "--me", "5", "--quiet",
                         "--library", str(new))  # fmt: skip
    assert code == 1 and out == ""
    assert err.strip() == (
        "desktop-recsys: error: --me is for movielens and lastfm-hetrec imports only"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.csv"]  # no library was made


def test_stats_on_the_missing_default_library_is_an_error_not_zeros(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = cli(capsys, "stats")
    assert code == 1 and out == "" and "does not exist" in err
    assert not default_paths().library_file.exists()


@pytest.mark.parametrize(
    "command",
    [("profile", "add", "Ann"), ("demo", "--quiet")],
    ids=" ".join,
)
def test_creating_commands_still_create(
    command: tuple[str, ...], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = tmp_path / "new.sqlite"
    code, out, err = cli(capsys, *command, "--library", str(new))
    assert code == 0, err
    assert new.is_file()
    code, out, err = cli(capsys, "stats", "--json", "--library", str(new))
    assert code == 0 and json.loads(out)["library"] == str(new)


# -- the demo never mixes with real data ------------------------------------------------------


def _demo_film(path: Path) -> tuple[int, str, int]:
    with Library.open(path) as lib:
        row = lib.conn.execute(
            "SELECT id, title, year FROM items WHERE kind = 'film' AND synthetic = 1 "
            "ORDER BY id LIMIT 1"
        ).fetchone()
    return int(row[0]), str(row[1]), int(row[2])


def test_an_import_never_matches_a_synthetic_item_and_says_the_demo_is_there(
    demo_library_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    film_id, title, year = _demo_film(demo_library_copy)
    source = tmp_path / "mine.csv"
    source.write_text(f"title,year,imdb\n{title},{year},tt0054130\n", encoding="utf-8")
    code, out, err = cli(
        capsys, "import", "csv", str(source), "--map", "title=title,year=year,imdb=imdb",
        "--kind", "film", "--quiet", "--library", str(demo_library_copy),
    )  # fmt: skip
    assert code == 0, err
    assert "synthetic demo" in err and "demo --remove" in err
    with Library.open(demo_library_copy) as lib:
        assert lib.conn.execute(
            "SELECT count(*) FROM external_ids WHERE item_id = ?", (film_id,)
        ).fetchone() == (0,)
        real = lib.conn.execute(
            "SELECT i.title, i.year, i.synthetic FROM items i JOIN external_ids e "
            "ON e.item_id = i.id WHERE e.source = 'imdb' AND e.value = 'tt0054130'"
        ).fetchall()
    assert real == [(title, year, 0)]


def test_demo_remove_takes_every_synthetic_row_and_keeps_the_real_ones(
    demo_library_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lib = str(demo_library_copy)
    film_id, title, year = _demo_film(demo_library_copy)
    with Library.open(demo_library_copy) as library:
        real_film = library.items.add_many([NewItem("film", "La Notte", year=1961)])[0]
        ann = library.profiles.add("Ann").id
        library.ratings.set_many([(ann, real_film, 4.5, 1.7e9), (ann, film_id, 3.0, 1.7e9)])
    code, out, err = cli(
        capsys, "train", "--kind", "film", "--algorithm", "popularity", "--quiet", "--library", lib
    )
    assert code == 0, err
    model_files = list(models_dir_for(demo_library_copy).glob("*.npz"))
    assert len(model_files) == 1
    code, out, err = cli(capsys, "demo", "--remove", "--yes", "--library", lib)
    assert code == 0, err
    assert "800 synthetic items" not in out and "2,880 synthetic items" in out
    assert "25 synthetic profiles" in out and "1 model trained on them" in out
    with Library.open(demo_library_copy) as library:
        conn = library.conn
        for table in ("items", "profiles"):
            assert conn.execute(f"SELECT count(*) FROM {table} WHERE synthetic = 1").fetchone() == (
                0,
            )
        assert conn.execute("SELECT title FROM items").fetchall() == [("La Notte",)]
        assert [p.name for p in library.profiles.list()] == ["Ann"]
        assert conn.execute("SELECT profile_id, item_id FROM ratings").fetchall() == [
            (ann, real_film)
        ]
        assert conn.execute("SELECT count(*) FROM plays").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM model_runs").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM friendships").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM genres").fetchone() == (0,)
        assert library.meta.get("synthetic_demo") is None
    assert not any(f.exists() for f in model_files)
    code, out, err = cli(capsys, "stats", "--json", "--library", lib)
    assert json.loads(out)["synthetic"] is False
    code, out, err = cli(capsys, "demo", "--remove", "--yes", "--library", lib)
    assert code == 0 and "no demo data" in out


def test_demo_remove_is_one_transaction(demo_library_copy: Path) -> None:
    """A failure at its last statement (a trigger refuses it) leaves every demo row there."""
    from desktop_recsys.library.demo import remove_demo

    with Library.open(demo_library_copy) as library:
        count = (
            "SELECT (SELECT count(*) FROM items), (SELECT count(*) FROM profiles), "
            "(SELECT count(*) FROM ratings), (SELECT count(*) FROM model_runs)"
        )
        before = library.conn.execute(count).fetchone()
        library.conn.execute(
            "CREATE TEMP TRIGGER refuse BEFORE DELETE ON main.meta "
            "BEGIN SELECT RAISE(ABORT, 'refused'); END"
        )
        with pytest.raises(sqlite3.IntegrityError, match="refused"):
            remove_demo(library)
        assert library.conn.execute(count).fetchone() == before
        assert before[0] == 2880 and before[1] == 25


# -- models list and train say what is true ---------------------------------------------------


def test_train_on_a_kind_without_data_fails_before_recording_a_run(
    demo_library_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lib = str(demo_library_copy)
    code, out, err = cli(capsys, "train", "--kind", "artist", "--quiet", "--library", lib)
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "no plays or ratings of artists" in lines[0]
    code, out, err = cli(capsys, "models", "list", "--json", "--library", lib)
    assert code == 0 and json.loads(out) == []


def test_models_list_shows_kind_scope_created_metric_and_failure_reason(
    demo_library_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lib = str(demo_library_copy)
    for extra in (["--evaluate"], ["--profile", "Ada"]):
        code, out, err = cli(
            capsys, "train", "--kind", "film", "--algorithm", "popularity", "--quiet",
            *extra, "--library", lib,
        )  # fmt: skip
        assert code == 0, err
    with Library.open(demo_library_copy) as library:
        failed = library.model_runs.create(
            "als", profile_id=None, params={"kind": "track"}, status="training"
        )
        library.model_runs.finish(failed, "failed", error="out of memory: 9 GB needed")
    code, out, err = cli(capsys, "models", "list", "--json", "--library", lib)
    rows = {row["id"]: row for row in json.loads(out)}
    assert [(r["kind"], r["scope"], r["status"]) for r in rows.values()] == [
        ("track", "shared", "failed"),
        ("film", "profile Ada", "ready"),
        ("film", "shared", "ready"),
    ]
    assert rows[1]["metric"].startswith("ndcg@10 0.") and rows[2]["metric"] is None
    assert rows[failed]["error"] == "out of memory: 9 GB needed"
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", r["created"]) for r in rows.values())
    code, out, err = cli(capsys, "models", "list", "--library", lib)
    lines = out.strip().splitlines()
    assert "kind" in lines[0] and "scope" in lines[0] and "created" in lines[0]
    failed_line, ada_line, shared_line = lines[1:]
    assert "track" in failed_line and "failed: out of memory: 9 GB needed" in failed_line
    assert "profile Ada" in ada_line and "film" in ada_line
    assert "shared" in shared_line and "ndcg@10 0." in shared_line
    assert rows[1]["created"] in shared_line


# -- summaries people can read ------------------------------------------------------------------


def _train_csv(folder: Path) -> Path:
    rows = ["user,item,weight"]
    for user in range(12):
        for item in range(user % 5, user % 5 + 6):
            rows.append(f"u{user},i{item},{1 + (user + item) % 5}")
    path = folder / "train.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_recommend_file_and_predict_file_print_one_summary_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    train = _train_csv(tmp_path)
    out = tmp_path / "recs.csv"
    code, stdout, err = cli(
        capsys, "recommend-file", "--train", str(train), "--algorithm", "popularity",
        "--n", "2", "--out", str(out),
    )  # fmt: skip
    assert code == 0, err
    written = out.read_text(encoding="utf-8").strip().splitlines()[1:]
    assert re.fullmatch(
        rf"Wrote {len(written)} recommendations for 12 users to {re.escape(str(out))} "
        r"in \d+\.\d s\n",
        err,
    )
    assert stdout == ""
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("user,item\nu1,i2\nu1,i3\nu2,i9\n", encoding="utf-8")
    out = tmp_path / "preds.csv"
    code, stdout, err = cli(
        capsys, "predict-file", "--train", str(train), "--pairs", str(pairs),
        "--algorithm", "popularity", "--out", str(out),
    )  # fmt: skip
    assert code == 0, err
    assert re.fullmatch(
        rf"Wrote 3 predictions for 2 users to {re.escape(str(out))} in \d+\.\d s\n", err
    )
    assert stdout == ""


def test_tune_prints_figures_rounded_for_people(
    demo_library_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = cli(
        capsys, "tune", "--algorithm", "item-knn", "--kind", "film", "--budget", "20",
        "--max-trials", "3", "--no-save", "--library", str(demo_library_copy),
    )  # fmt: skip
    assert code == 0, err
    assert re.search(r"^Default ndcg@10: 0\.\d{4}$", out, re.M), out
    assert re.search(r"^Best ndcg@10: 0\.\d{4} with ", out, re.M), out
    assert not re.search(r"\d\.\d{5,}", out + err), out + err


# -- usage mistakes suggest the nearest valid word -----------------------------------------------


@pytest.mark.parametrize(
    ("args", "near"),
    [
        (("train", "--kind", "flim"), "'film'"),
        (("trian", "--kind", "film"), "'train'"),
        (("stats", "--jsno"), "'--json'"),
        (("models", "lst"), "'list'"),
        (("export", "recomendations", "Ann", "--kind", "film", "--out", "x.csv"),
         "'recommendations'"),
        (("import", "movielen", "folder"), "'movielens'"),
        (("evaluate", "--kind", "film", "--protocol", "holdut"), "'holdout'"),
    ],
    ids=lambda v: v if isinstance(v, str) else " ".join(v),
)  # fmt: skip
def test_usage_mistakes_suggest_the_nearest_word_and_exit_2(
    args: tuple[str, ...], near: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = cli(capsys, *args, "--library", str(tmp_path / "lib.sqlite"))
    assert code == 2
    assert err.strip().splitlines()[-1].endswith(f"; did you mean {near}?")
    assert list(tmp_path.iterdir()) == []


def test_a_usage_mistake_far_from_every_word_suggests_nothing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = cli(capsys, "frobnicate")
    assert code == 2 and "invalid choice" in err and "did you mean" not in err


@pytest.mark.parametrize(
    ("param", "message"),
    [
        (("--algorithm", "eas"), "unknown algorithm 'eas' (did you mean 'ease'?); choose one of"),
        (("--param", "factor=8", "--algorithm", "als"), "(did you mean 'factors'?)"),
    ],
)
def test_a_mistyped_algorithm_or_parameter_suggests_the_nearest_name(
    param: tuple[str, ...],
    message: str,
    demo_library_copy: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = cli(
        capsys, "train", "--kind", "film", *param, "--library", str(demo_library_copy)
    )
    assert code == 1 and len(err.strip().splitlines()) == 1 and message in err


def test_recommend_with_a_mistyped_algorithm_says_the_name_is_unknown(
    demo_library_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'recommend --algorithm itemknn' said "no itemknn model has been trained for films yet;
    train one first", sending the person to train an algorithm that does not exist."""
    lib = str(demo_library_copy)
    code, out, err = cli(capsys, "train", "--kind", "film", "--algorithm", "popularity",
                         "--quiet", "--library", lib)  # fmt: skip
    assert code == 0, err
    base = ["recommend", "--profile", "1", "--kind", "film", "--library", lib]
    code, out, err = cli(capsys, *base, "--algorithm", "itemknn")
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1
    assert "unknown algorithm 'itemknn' (did you mean 'item-knn'?)" in err
    assert "train one first" not in err
    # A real algorithm nobody trained yet is still "train one first".
    code, out, err = cli(capsys, *base, "--algorithm", "item-knn")
    assert code == 1 and "no item-knn model has been trained for films yet" in err


def test_a_stale_shared_model_does_not_blame_the_profiles_data(
    demo_library_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Another profile rated a film after the training: the model is stale, but the list's
    heading said "the profile's data changed" of a profile whose data had not."""
    lib = str(demo_library_copy)
    code, out, err = cli(capsys, "train", "--kind", "film", "--algorithm", "popularity",
                         "--quiet", "--library", lib)  # fmt: skip
    assert code == 0, err
    with Library.open(demo_library_copy) as library:
        one, other = library.profiles.get(1), library.profiles.get(2)
        assert one is not None and other is not None
        film = library.conn.execute("SELECT id FROM items WHERE kind = 'film' LIMIT 1").fetchone()
    code, out, err = cli(capsys, "rate", "--profile", other.name, str(film[0]), "4",
                         "--library", lib)  # fmt: skip
    assert code == 0, err
    code, out, err = cli(capsys, "recommend", "--profile", one.name, "--kind", "film", "--n",
                         "1", "--library", lib)  # fmt: skip
    assert code == 0, err
    heading = out.splitlines()[0]
    assert "(the model is stale: the library's data changed since it was trained)" in heading
    assert "profile's data" not in heading


@pytest.mark.parametrize(
    ("option", "message"),
    [
        (("--budget", "0"), "the time budget must be a positive number of seconds, not 0.0"),
        (("--budget", "-5"), "the time budget must be a positive number of seconds, not -5.0"),
        (("--budget", "5", "--max-trials", "0"), "the number of trials must be at least 1 (got 0)"),
    ],
    ids=["zero budget", "negative budget", "zero trials"],
)
def test_tune_refuses_a_budget_or_trial_count_that_allows_no_search(
    option: tuple[str, ...],
    message: str,
    demo_library_copy: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """'--budget -5' said "a budget of -5.0 s is spent reading the library; give more", and
    '--max-trials 0' ran no trial and said "No trial finished within the budget" (exit 0)."""
    code, out, err = cli(capsys, "tune", "--algorithm", "item-knn", "--kind", "film", *option,
                         "--quiet", "--library", str(demo_library_copy))  # fmt: skip
    assert code == 1 and out == ""
    assert err.strip() == f"desktop-recsys: error: {message}"


# -- profile remove names the backups that still hold the profile ----------------------------


def test_profile_remove_names_only_the_backups_that_hold_the_profile(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lib = str(tmp_path / "lib.sqlite")
    assert cli(capsys, "profile", "add", "Bo", "--library", lib)[0] == 0
    code, out, err = cli(capsys, "backup", "--library", lib)
    assert code == 0, err
    without_ann = Path(out.strip().rsplit(" to ", 1)[1])
    assert cli(capsys, "profile", "add", "Ann", "--library", lib)[0] == 0
    code, out, err = cli(capsys, "backup", "--library", lib)
    with_ann = Path(out.strip().rsplit(" to ", 1)[1])
    assert without_ann.is_file() and with_ann.is_file()
    before = {p: p.read_bytes() for p in (without_ann, with_ann)}
    code, out, err = cli(capsys, "profile", "remove", "Ann", "--yes", "--library", lib)
    assert code == 0, err
    assert "1 backup of the library still holds its data" in out
    assert str(with_ann) in out and str(without_ann) not in out
    # Read without a trace: the backups are byte for byte as they were, with no companions.
    assert {p: p.read_bytes() for p in before} == before
    assert sorted(p.name for p in with_ann.parent.iterdir()) == sorted(p.name for p in before)
    code, out, err = cli(capsys, "profile", "remove", "Bo", "--yes", "--library", lib)
    assert (
        "2 backups of the library still hold its data" in out
        and str(without_ann) in out
        and str(with_ann) in out
    )


def test_a_profile_named_with_digits_is_the_one_its_name_reaches(
    demo_library_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A profile named "2" next to profile id 2 (someone else): typing 2 reached id 2, so
    'profile remove 2' deleted the other person's profile, ratings and models without a word
    about the one named "2"; a name now wins, and an id still reaches a profile nobody named
    so."""
    lib = str(demo_library_copy)
    with Library.open(demo_library_copy) as library:
        other = library.profiles.get(2)
        assert other is not None and other.name != "2"
        ratings = len(library.ratings.for_profile(2))
    assert ratings > 0
    code, out, err = cli(capsys, "profile", "add", "2", "--likes", "1,2", "--library", lib)
    assert code == 0, err
    with Library.open(demo_library_copy) as library:
        named = library.profiles.by_name("2")
        assert named is not None and named.id != 2
        assert library.profiles.require("2").id == named.id
        assert library.profiles.require(2).id == 2  # an int is always an id
        assert library.profiles.require(str(named.id)).id == named.id  # no name "N": the id
    code, out, err = cli(capsys, "rate", "--profile", "2", "3", "4", "--library", lib)
    assert code == 0, err
    code, out, err = cli(capsys, "profile", "remove", "2", "--yes", "--library", lib)
    assert code == 0, err
    assert "Removed profile '2' and its 3 ratings" in out
    with Library.open(demo_library_copy) as library:
        assert library.profiles.by_name("2") is None
        kept = library.profiles.get(2)
        assert kept is not None and kept.name == other.name
        assert len(library.ratings.for_profile(2)) == ratings


def test_recommend_prints_no_empty_brackets_for_items_without_genres(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Last.fm artists carry no genres: each row ended in an empty "[]" ("Pet Shop Boys    []");
    the genres are printed only when there are some."""
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as library:
        ids = library.items.add_many(
            [NewItem("artist", name) for name in ("Air", "Moby", "Enigma")]
            + [NewItem("artist", "Sade", genres=("Soul",))]
        )
        plays = []
        for k in range(6):
            who = library.profiles.add(f"P{k}").id
            plays += [(who, item, None, 1.0, False, 3) for item in ids[: 2 + k % 3]]
        listener = library.profiles.add("Listener").id
        plays.append((listener, ids[0], None, 1.0, False, 5))
        library.plays.add_many(plays)
    lib = str(path)
    code, out, err = cli(capsys, "train", "--kind", "artist", "--algorithm", "popularity",
                         "--quiet", "--library", lib)  # fmt: skip
    assert code == 0, err
    code, out, err = cli(capsys, "recommend", "--profile", "Listener", "--kind", "artist",
                         "--n", "3", "--library", lib)  # fmt: skip
    assert code == 0, err
    rows = out.splitlines()[1:]
    assert [r.strip() for r in rows] == ["1. Moby", "2. Enigma", "3. Sade    [Soul]"]


# -- likely duplicates ---------------------------------------------------------------------------


def test_tracks_with_the_same_artist_and_title_are_likely_duplicates_unless_takes_differ(
    tmp_path: Path,
) -> None:
    from desktop_recsys.library.importers.duplicates import find_duplicates

    with Library.open(tmp_path / "lib.sqlite") as lib:
        ids = lib.items.add_many(
            [
                NewItem("track", "Blue Wind", artist="Ada Alder"),
                NewItem("track", "Blue wind!", artist="ADA ALDER", duration=187.0),
                NewItem("track", "Live Wire", artist="Bo", duration=180.0),
                NewItem("track", "Live Wire", artist="Bo", duration=260.0),  # the live take
                NewItem("track", "Live Wire", artist="Bo"),  # which take? not said
                NewItem("track", "Untitled", artist=None),
                NewItem("track", "Untitled", artist=None),
                NewItem("film", "Heat", year=1995),
                NewItem("film", "heat", year=1995),
                NewItem("film", "Heat", year=1986),
                NewItem("film", "Solaris"),
                NewItem("film", "Solaris"),
            ]
        )
        groups = {tuple(g.item_ids): g.reasons for g in find_duplicates(lib)}
    assert groups == {
        (ids[0], ids[1]): ["same artist and title"],
        (ids[7], ids[8]): ["same title and year"],
    }


def _movielens_sample(data_dir: Path, tmp_path: Path) -> Path:
    """ml-latest-small with its full catalogue and links, and its first 2,000 ratings."""
    source = data_dir / "ml-latest-small"
    folder = tmp_path / "ml-latest-small"
    folder.mkdir()
    for name in ("movies.csv", "links.csv"):
        (folder / name).write_bytes((source / name).read_bytes())
    with open(source / "ratings.csv", encoding="utf-8") as fh:
        head = [next(fh) for _ in range(2001)]
    (folder / "ratings.csv").write_text("".join(head), encoding="utf-8")
    return folder


def test_real_duplicate_films_of_ml_latest_small_are_found(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lib = tmp_path / "lib.sqlite"
    folder = _movielens_sample(data_dir, tmp_path)
    code, out, err = cli(
        capsys, "import", "movielens", str(folder), "--quiet", "--library", str(lib)
    )
    assert code == 0, err
    with Library.open(lib) as library:
        # The same films met again under their original titles: a file named in French with
        # no id, and La notte carrying the IMDb id that MovieLens links to "The Night".
        amelie = library.items.add(
            NewItem("film", "Le Fabuleux Destin d'Amélie Poulain", year=2001, path="/f/a.mkv")
        )
        notte = library.items.add(
            NewItem("film", "La notte", year=1961, external_ids={"imdb": "tt0054130"})
        )
        movielens = {
            value: item_id
            for item_id, value in library.conn.execute(
                "SELECT item_id, value FROM external_ids WHERE source = 'movielens'"
            )
        }
    code, out, err = cli(capsys, "duplicates", "--json", "--library", str(lib))
    assert code == 0, err
    groups = {tuple(g["item_ids"]): g["reasons"] for g in json.loads(out)}
    # One film entered twice with two ids: the real pairs of the data set.
    for a, b in [("838", "26958"), ("2851", "168358"), ("6003", "144606"),
                 ("32600", "147002"), ("34048", "64997")]:  # fmt: skip
        assert "same title and year" in groups[(movielens[a], movielens[b])]
    assert groups[(movielens["4973"], amelie)] == [
        "same film under another title (Le Fabuleux destin d'Amélie Poulain)"
    ]
    assert groups[(movielens["4325"], notte)] == ["same imdb id tt0054130"]
    assert len(groups) == 7


def test_help_documents_the_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(capsys, "--help")
    assert code == 0
    text = " ".join(out.split())
    assert "2 a usage mistake" in text and "1 a problem with the input" in text


def test_restore_brings_a_lost_library_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lib, backup = tmp_path / "lib.sqlite", tmp_path / "copy.sqlite"
    assert cli(capsys, "profile", "add", "Ann", "--library", str(lib))[0] == 0
    assert cli(capsys, "backup", "--out", str(backup), "--library", str(lib))[0] == 0
    lost = tmp_path / "lost.sqlite"
    code, out, err = cli(capsys, "restore", str(backup), "--yes", "--library", str(lost))
    assert code == 0, err
    code, out, err = cli(capsys, "profile", "list", "--json", "--library", str(lost))
    assert [p["name"] for p in json.loads(out)] == ["Ann"]


def test_an_empty_file_is_not_a_library_for_commands_that_only_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "lib.sqlite"
    empty.touch()  # what a creation killed before its first write leaves
    code, out, err = cli(capsys, "stats", "--library", str(empty))
    assert code == 1 and "is an empty file" in err and empty.stat().st_size == 0
    assert cli(capsys, "profile", "add", "Ann", "--library", str(empty))[0] == 0
    code, out, err = cli(capsys, "stats", "--json", "--library", str(empty))
    assert code == 0 and json.loads(out)["profiles"] == 1
