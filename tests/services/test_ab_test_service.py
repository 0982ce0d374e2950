"""A blind test of two recommenders through the real library (issue 18, section 4).

A private copy of the demo library (a real SQLite file): start a test, get For you's list
(the interleaved one), record plays, ratings and marks the way the player and the screens do,
and read the report: each credit goes to the side that placed the item.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from desktop_recsys.errors import UserError
from desktop_recsys.library import Library, ab_test_rows
from desktop_recsys.services import ab_test_service, for_you_service
from desktop_recsys.services.listening import record_play

A, B = "popularity", "item-knn"


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory, demo_library_file: Path) -> tuple[Path, Path]:
    """The demo library with a film model of each side, trained once for the module."""
    folder = tmp_path_factory.mktemp("abtest")
    library, models = folder / "demo.sqlite", folder / "models"
    library.write_bytes(demo_library_file.read_bytes())
    report = ab_test_service.start_test(library, models, a=A, b=B, profile="Ada", kind="film")
    ab_test_service.stop_test(library)
    assert report.running and report.total == 0
    return library, models


@pytest.fixture
def demo(trained: tuple[Path, Path], tmp_path: Path) -> tuple[Path, Path]:
    """A private copy of the trained library (its models folder is shared, read only)."""
    library = tmp_path / "demo.sqlite"
    library.write_bytes(trained[0].read_bytes())
    return library, trained[1]


def ada(library: Path) -> int:
    with Library.open(library) as lib:
        return lib.profiles.require("Ada").id


def shown_sides(library: Path, test_id: int) -> dict[int, str]:
    with Library.open(library) as lib:
        return {item: side for _at, item, side in ab_test_rows.placements(lib, test_id)}


def test_start_then_plays_then_report_credits_the_side_that_placed_each_item(
    demo: tuple[Path, Path],
) -> None:
    library, models = demo
    started = ab_test_service.start_test(library, models, a=A, b=B, profile="Ada", kind="film")
    profile = ada(library)
    result = for_you_service.for_you_list(library, models, profile=profile, kind="film", n=20)
    assert result.blind is not None and result.blind.id == started.test.id
    rows = result.recommendations.rows
    assert len(rows) == 20 and [r.rank for r in rows] == list(range(1, 21))
    # No labels: nothing in a row tells which side placed it.
    assert {str(r.explanation) for r in rows} == {
        "Part of a blind test: which recommender placed it stays hidden"
    }
    assert all(not r.because and not r.fallback for r in rows)
    assert "algorithm" not in result.summary()
    sides = shown_sides(library, started.test.id)
    assert [r.item_id for r in rows] == list(sides)
    a_items = [i for i, s in sides.items() if s == "a"]
    b_items = [i for i, s in sides.items() if s == "b"]
    assert len(a_items) >= 3 and len(b_items) >= 3

    later = time.time() + 5
    record_play(library, "Ada", a_items[0], share=0.5, at=later)  # a play: a's point
    record_play(library, "Ada", a_items[1], share=1.0, at=later + 1)  # a finish: a's point
    record_play(library, "Ada", a_items[1], share=1.0, at=later + 2)  # again: counts once
    record_play(library, "Ada", b_items[0], share=0.05, skipped=True, at=later + 3)  # nobody
    record_play(library, "Ada", b_items[1], share=1.0, at=later + 4)  # b's point
    with Library.open(library) as lib:
        lib.ratings.set(profile, a_items[2], 1.0, rated_at=later + 5)  # a low rating: b's point
        lib.marks.set(profile, b_items[2], "not_interested")  # "not interested": a's point
        lib.ratings.set(profile, 1, 5.0, rated_at=later)  # never shown: nobody's
    report = ab_test_service.report(library, profile="Ada", kind="film", now=later + 60)
    assert report.running
    assert (report.wins_a, report.wins_b) == (3, 2)
    assert report.signals == {"play": 1, "finish": 2, "rating": 1, "not_interested": 1}
    assert report.winner is None
    assert str(report.sentence()).startswith(f"{A} won 3 of 5 credited interactions, 95 % interval")
    assert str(report.sentence()).endswith("no clear winner yet")


def test_the_same_list_is_shown_again_on_refresh_and_stored_once(demo: tuple[Path, Path]) -> None:
    library, models = demo
    started = ab_test_service.start_test(library, models, a=A, b=B, profile="Ada", kind="film")
    profile = ada(library)
    first = for_you_service.for_you_list(library, models, profile=profile, kind="film", n=15)
    again = for_you_service.for_you_list(library, models, profile=profile, kind="film", n=15)
    assert [r.item_id for r in first.recommendations.rows] == [
        r.item_id for r in again.recommendations.rows
    ]
    with Library.open(library) as lib:
        assert ab_test_rows.list_count(lib, started.test.id) == 1
    # A named algorithm in the picker shows that algorithm's own list, not the test's.
    plain = for_you_service.for_you_list(
        library, models, profile=profile, kind="film", n=15, algorithm=A
    )
    assert plain.blind is None and plain.recommendations.algorithm == A
    # Tracks are not part of a film test.
    with Library.open(library) as lib:
        assert ab_test_service.running_test(lib, profile, "track") is None


def test_a_clear_preference_for_one_side_names_it_the_winner_and_stop_keeps_the_result(
    demo: tuple[Path, Path],
) -> None:
    library, models = demo
    started = ab_test_service.start_test(library, models, a=A, b=B, profile="Ada", kind="film")
    profile = ada(library)
    for_you_service.for_you_list(library, models, profile=profile, kind="film", n=40)
    b_items = [i for i, s in shown_sides(library, started.test.id).items() if s == "b"]
    at = time.time() + 5
    for k, item in enumerate(b_items[:12]):
        record_play(library, "Ada", item, share=1.0, at=at + k)
    report = ab_test_service.report(library, now=at + 60)
    assert (report.wins_a, report.wins_b) == (0, 12) and report.winner == "b"
    assert str(report.sentence()) == (
        f"{B} won 12 of 12 credited interactions, 95 % interval 76–100 %: {B} is better for you"
    )
    stopped = ab_test_service.stop_test(library, profile="Ada", now=at + 60)
    assert not stopped.running and stopped.test.end_reason == "stopped"
    # What happens after the test no longer changes it, nor does a deleted play.
    with Library.open(library) as lib:
        lib.conn.execute("DELETE FROM plays WHERE item_id = ?", (b_items[0],))
    record_play(library, "Ada", b_items[12], share=1.0, at=at + 70)
    after = ab_test_service.report(library, now=at + 80)
    assert (after.wins_a, after.wins_b, after.winner) == (0, 12, "b")
    # For you is an ordinary list again.
    result = for_you_service.for_you_list(library, models, profile=profile, kind="film", n=10)
    assert result.blind is None


def test_a_test_of_n_interactions_ends_at_its_nth_credit(demo: tuple[Path, Path]) -> None:
    library, models = demo
    started = ab_test_service.start_test(
        library, models, a=A, b=B, profile="Ada", kind="film", interactions=3
    )
    assert started.test.days is None and started.test.interactions == 3
    profile = ada(library)
    for_you_service.for_you_list(library, models, profile=profile, kind="film", n=20)
    items = list(shown_sides(library, started.test.id))
    at = time.time() + 5
    for k, item in enumerate(items[:5]):
        record_play(library, "Ada", item, share=1.0, at=at + k)
    report = ab_test_service.report(library, now=at + 60)
    assert not report.running and report.test.end_reason == "interactions"
    assert report.total == 3 and report.test.ended_at == pytest.approx(at + 2)


def test_a_test_of_days_ends_when_they_are_over(demo: tuple[Path, Path]) -> None:
    library, models = demo
    start = time.time()
    ab_test_service.start_test(
        library, models, a=A, b=B, profile="Ada", kind="film", days=2, now=start
    )
    assert ab_test_service.report(library, now=start + 86_400).running
    over = ab_test_service.report(library, now=start + 3 * 86_400)
    assert not over.running and over.test.end_reason == "time"
    assert over.test.ended_at == pytest.approx(start + 2 * 86_400)
    assert str(over.sentence()) == "The test ended without a credited interaction: no winner"
    # Over: another test may start.
    ab_test_service.start_test(library, models, a=B, b=A, profile="Ada", kind="film")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"a": "nope"}, "unknown algorithm 'nope'"),
        ({"a": A, "b": A}, "--a and --b are both popularity; choose two different"),
        ({"b": "biased-mf"}, "biased-mf predicts ratings rather than making lists"),
        ({"days": 0}, "--days must be more than 0"),
        ({"interactions": 0}, "--interactions must be 1 to"),
        ({"profile": "Nobody"}, "no profile named 'Nobody'"),
        ({"profile": None}, "no profile given and the library has several; add --profile"),
        ({"kind": "book"}, "unknown item kind 'book'"),
    ],
)
def test_bad_starts_are_one_line_errors_and_write_nothing(
    demo: tuple[Path, Path], kwargs: dict[str, object], message: str
) -> None:
    library, models = demo
    args: dict[str, object] = {"a": A, "b": B, "profile": "Ada", "kind": "film", **kwargs}
    with pytest.raises(UserError) as caught:
        ab_test_service.start_test(library, models, **args)  # type: ignore[arg-type]
    assert message in str(caught.value) and "\n" not in str(caught.value)
    with Library.open(library) as lib:
        assert ab_test_rows.running_tests(lib) == []


def test_a_second_test_while_one_runs_is_refused(demo: tuple[Path, Path]) -> None:
    library, models = demo
    ab_test_service.start_test(library, models, a=A, b=B, profile="Ada", kind="film")
    with pytest.raises(UserError, match="already running for Ada's films"):
        ab_test_service.start_test(library, models, a=B, b=A, profile="Ada", kind="film")
    # Even a writer that skips the check cannot store a second running test.
    conn = sqlite3.connect(library)
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(
            "INSERT INTO ab_tests (profile_id, kind, algorithm_a, algorithm_b, started_at, days)"
            " VALUES (?, 'film', 'a', 'b', 0, 1)",
            (ada(library),),
        )
    conn.close()
    # Nothing to stop or report: clear errors.
    ab_test_service.stop_test(library)
    with pytest.raises(UserError, match="no blind test is running"):
        ab_test_service.stop_test(library)


def test_without_any_test_report_says_how_to_start_one(demo_library_copy: Path) -> None:
    with pytest.raises(UserError, match="no blind test yet; start one with"):
        ab_test_service.report(demo_library_copy)
    with pytest.raises(UserError, match="no blind test is running; start one with"):
        ab_test_service.stop_test(demo_library_copy)


def test_a_missing_model_is_trained_or_named(demo: tuple[Path, Path]) -> None:
    library, models = demo
    with pytest.raises(UserError, match="no als model for films yet; train one first"):
        ab_test_service.start_test(
            library, models, a=A, b="als", profile="Ada", kind="film", train_missing=False
        )


def test_removing_the_profile_removes_its_tests_lists_and_credits(
    demo: tuple[Path, Path],
) -> None:
    library, models = demo
    started = ab_test_service.start_test(library, models, a=A, b=B, profile="Ada", kind="film")
    profile = ada(library)
    for_you_service.for_you_list(library, models, profile=profile, kind="film", n=10)
    ab_test_service.stop_test(library)
    with Library.open(library) as lib:
        assert ab_test_rows.list_count(lib, started.test.id) == 1
        lib.profiles.remove(profile)
        for table in ("ab_tests", "ab_lists", "ab_placements", "ab_credits"):
            assert lib.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table


def test_with_two_tests_running_report_asks_which(demo: tuple[Path, Path]) -> None:
    library, models = demo
    ab_test_service.start_test(library, models, a=A, b=B, profile="Ada", kind="film")
    ab_test_service.start_test(library, models, a=A, b=B, profile="Bo", kind="film")
    with pytest.raises(UserError, match="2 blind tests are running; say which with --profile"):
        ab_test_service.report(library)
    assert ab_test_service.report(library, profile="Bo").profile_name == "Bo"
    assert ab_test_service.stop_test(library, profile="Ada", kind="film").profile_name == "Ada"
    assert ab_test_service.report(library).profile_name == "Bo"  # the one still running
