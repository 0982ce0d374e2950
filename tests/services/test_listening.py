"""Recording plays (issue 17): once, truthfully, nothing in incognito, "don't learn" items out
of the training data. Real SQLite files; the data set built by the real dataset service."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_recsys.errors import UserError
from desktop_recsys.library import Library
from desktop_recsys.library.models import NewItem
from desktop_recsys.services import listening
from desktop_recsys.services.dataset_service import build_dataset
from desktop_recsys.services.library_service import LibrarySession


@pytest.fixture
def small(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as library:
        ids = {
            "ann": library.profiles.add("Ann").id,
            "bo": library.profiles.add("Bo").id,
        }
        for n in range(4):
            ids[f"t{n}"] = library.items.add(
                NewItem("track", f"Song {n}", duration=200.0, path=str(tmp_path / f"s{n}.mp3"))
            )
    return path, ids


def plays(path: Path, profile: int) -> list[tuple[int, float, bool]]:
    with Library.open(path) as library:
        return [(p.item_id, p.completed, p.skipped) for p in library.plays.for_profile(profile)]


@pytest.mark.parametrize(
    ("listened", "duration", "ended", "expected"),
    [
        (200.0, 200.0, True, (1.0, False)),  # a full play
        (5.0, 200.0, False, (0.025, True)),  # next after 5 s: a skip
        (29.0, 200.0, False, (0.145, True)),  # before 30 s
        (31.0, 200.0, False, (0.155, False)),  # past 30 s: a play with its share
        (20.0, 60.0, False, (1 / 3, False)),  # a quarter of a short track came first
        (10.0, 60.0, False, (1 / 6, True)),
        (12.0, 200.0, True, (0.06, False)),  # ended (seeked to the end): not a skip, not 1.0
        (500.0, 200.0, True, (1.0, False)),  # a repeat heard twice: never above 1
        (40.0, None, False, (0.0, False)),  # no duration known: 30 s decides
        (3.0, None, False, (0.0, True)),
        (3.0, None, True, (1.0, False)),
    ],
)
def test_classify(listened, duration, ended, expected) -> None:
    share, skipped = listening.classify(listened, duration, ended)
    assert share == pytest.approx(expected[0])
    assert skipped is expected[1]


@pytest.mark.parametrize("bad", [float("nan"), -1.0])
def test_classify_refuses_nonsense(bad: float) -> None:
    with pytest.raises(UserError, match="seconds"):
        listening.classify(bad, 100.0, False)


def test_one_listening_is_one_row_even_when_reported_twice(small) -> None:
    path, ids = small
    with Library.open(path) as library:
        session = LibrarySession(library)
        player = listening.Listening(session)
        first = player.finished_listening(
            ids["ann"], ids["t0"], listened=199.5, duration=200.0, ended=True, started_at=1000.0
        )
        again = player.finished_listening(
            ids["ann"], ids["t0"], listened=199.5, duration=200.0, ended=False, started_at=1000.0
        )
        skip = player.finished_listening(
            ids["ann"], ids["t1"], listened=5.0, duration=200.0, ended=False, started_at=1300.0
        )
        click = player.finished_listening(
            ids["ann"], ids["t2"], listened=0.3, duration=200.0, ended=False, started_at=1400.0
        )
    assert (first.recorded, first.reason) == (True, "recorded")
    assert (again.recorded, again.reason) == (False, "duplicate")
    assert (skip.recorded, skip.skipped) == (True, True)
    assert (click.recorded, click.reason) == (False, "too short")
    rows = sorted(plays(path, ids["ann"]))
    assert [(i, s) for i, _, s in rows] == [(ids["t0"], False), (ids["t1"], True)]
    assert rows[0][1] == pytest.approx(199.5 / 200.0) and rows[0][1] >= 0.95
    assert rows[1][1] == pytest.approx(0.025)
    assert plays(path, ids["bo"]) == []


def test_a_replay_with_its_own_start_is_a_second_play(small) -> None:
    path, ids = small
    assert listening.record_play(path, "Ann", ids["t0"], at=10.0).recorded
    assert listening.record_play(path, "Ann", ids["t0"], at=400.0).recorded
    assert len(plays(path, ids["ann"])) == 2


def test_incognito_records_nothing_and_is_per_profile(small) -> None:
    path, ids = small
    with Library.open(path) as library:
        player = listening.Listening(LibrarySession(library))
        player.set_incognito(ids["ann"], True)
        assert player.is_incognito(ids["ann"]) and not player.is_incognito(ids["bo"])
        out = player.finished_listening(
            ids["ann"], ids["t0"], listened=200.0, duration=200.0, ended=True, started_at=5.0
        )
        assert (out.recorded, out.reason) == (False, "incognito")
        assert player.finished_listening(
            ids["bo"], ids["t0"], listened=200.0, duration=200.0, ended=True, started_at=5.0
        ).recorded
    assert listening.record_play(path, "Ann", ids["t1"]).reason == "incognito"
    assert plays(path, ids["ann"]) == [] and len(plays(path, ids["bo"])) == 1
    listening.set_incognito(path, "Ann", False)
    assert listening.record_play(path, "Ann", ids["t1"]).recorded


def test_bad_input_is_refused_and_writes_nothing(small) -> None:
    path, ids = small
    with pytest.raises(UserError, match="from 0 to 1"):
        listening.record_play(path, "Ann", ids["t0"], share=1.5)
    with pytest.raises(UserError, match="no item 999"):
        listening.record_play(path, "Ann", 999)
    with pytest.raises(UserError, match="no profile"):
        listening.record_play(path, "Nobody", ids["t0"])
    assert plays(path, ids["ann"]) == []


def test_dont_learn_items_are_recorded_but_not_in_the_training_data(small) -> None:
    """A play of an item marked "don't learn" stays in the history (it is true) but the next
    training's data set leaves the pair out; the same play unmarked is in it."""
    path, ids = small
    for n, item in enumerate(("t0", "t1", "t2")):
        assert listening.record_play(path, "Ann", ids[item], at=100.0 + n).recorded
        assert listening.record_play(path, "Bo", ids[item], at=100.0 + n).recorded
    with Library.open(path) as library:
        library.marks.set(ids["ann"], ids["t1"], "dont_learn")
    assert len(plays(path, ids["ann"])) == 3
    data = build_dataset(path, kind="track")
    ann, bo = data.user_index(str(ids["ann"])), data.user_index(str(ids["bo"]))
    t1 = data.item_index(str(ids["t1"]))
    assert ann is not None and bo is not None and t1 is not None
    assert data.matrix[ann, t1] == 0  # Ann's play of a "don't learn" item is not learned
    assert data.matrix[bo, t1] > 0  # Bo's (unmarked) is
    assert data.matrix[ann, data.item_index(str(ids["t0"]))] > 0


def test_skips_never_count_as_plays(small) -> None:
    path, ids = small
    listening.record_play(path, "Ann", ids["t0"], share=0.02, skipped=True, at=1.0)
    with Library.open(path) as library:
        assert library.plays.totals("track") == []


def test_find_item_by_id_or_path(small, tmp_path: Path) -> None:
    path, ids = small
    with Library.open(path) as library:
        assert listening.find_item(library, str(ids["t2"])) == ids["t2"]
        assert listening.find_item(library, str(tmp_path / "s2.mp3")) == ids["t2"]
        with pytest.raises(UserError, match="neither an item id nor"):
            listening.find_item(library, str(tmp_path / "other.mp3"))


@pytest.mark.parametrize("bad", ["0", "0.3", "5.5", "abc", "nan", "3.3"])
def test_star_ratings_are_half_stars_from_half_to_five(bad: str) -> None:
    with pytest.raises(UserError, match="stars"):
        listening.check_stars(bad)
