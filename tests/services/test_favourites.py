"""Issue 15: a new profile names a few favourites (``profile add NAME --likes ID,...``, the GUI's
grid) so that its first trained list is already personal."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from desktop_recsys.cli import main
from desktop_recsys.library import Library
from desktop_recsys.services.favourites import favourite_candidates
from desktop_recsys.services.recommend_service import recommend_for
from desktop_recsys.services.training_service import train_model


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_the_grid_is_popular_and_spans_genres(demo_library_copy: Path) -> None:
    grid = favourite_candidates(demo_library_copy, "film", n=12, per_genre=2)
    assert len(grid) == 12 and len({c.item_id for c in grid}) == 12
    firsts = Counter(c.genres.split(", ")[0] for c in grid)
    assert max(firsts.values()) <= 2, firsts  # diverse: at most two of one first genre
    with Library.open(demo_library_copy) as lib:
        have: dict[int, set[int]] = {}
        for p in lib.profiles.list():
            for x in [*lib.ratings.for_profile(p.id), *lib.plays.for_profile(p.id)]:
                have.setdefault(x.item_id, set()).add(p.id)
    # "people" is the true number of profiles that rated or played it, and the grid's first
    # item is the most popular film of all.
    for c in grid:
        assert c.people == len(have[c.item_id])
    films = set(favourite_candidates(demo_library_copy, "film", n=400, per_genre=400))
    assert grid[0].people == max(c.people for c in films)


def test_profile_add_with_likes_makes_the_first_list_personal(
    demo_library_copy: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    lib = str(demo_library_copy)
    grid = favourite_candidates(demo_library_copy, "film", n=24)
    likes = [c.item_id for c in grid[10:15]]  # not simply the top five
    code, out, err = cli(capsys, "profile", "add", "Newcomer", "--likes",
                         ",".join(map(str, likes)), "--library", lib)  # fmt: skip
    assert code == 0, err
    assert "with 5 favourites" in out
    with Library.open(demo_library_copy) as library:
        who = library.profiles.by_name("Newcomer")
        assert who is not None
        rated = {r.item_id: r.rating for r in library.ratings.for_profile(who.id)}
    assert rated == {i: 5.0 for i in likes}
    models = tmp_path / "models"
    train_model(demo_library_copy, models, kind="film", algorithm="default")
    first = recommend_for(demo_library_copy, models, profile="Newcomer", kind="film", n=10)
    assert not {r.item_id for r in first} & set(likes)
    # Personal: the evidence names the favourites, not only popularity.
    cited = {i for r in first for i, _, _ in r.because}
    assert cited and cited <= set(likes)


@pytest.mark.parametrize(
    ("likes", "message"),
    [("999999", "no item with id 999999"), ("12,abc", "not 'abc'"), (",", "names no item")],
)
def test_bad_likes_are_refused_with_one_line_and_create_nothing(
    demo_library_copy: Path, capsys: pytest.CaptureFixture[str], likes: str, message: str
) -> None:
    code, out, err = cli(capsys, "profile", "add", "Newcomer", "--likes", likes,
                         "--library", str(demo_library_copy))  # fmt: skip
    assert code == 1 and message in err and len(err.strip().splitlines()) == 1
    with Library.open(demo_library_copy) as library:
        assert library.profiles.by_name("Newcomer") is None
