"""A search reads a large kind by whichever plan fits how much of it the text matches (a few
matches listed and sorted; a fifth of the kind through a set of the matches; most of it through
the few items NOT matching). Whatever the plan, the count and every page are exactly what the
plain plan (every match listed, then sorted) gives: the same items in the same order, with
every filter and sort, accents and case folded, and counts that follow the library's changes.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_recsys.library import Library
from desktop_recsys.library.models import NewItem
from desktop_recsys.library.queries import ItemQuery, item_order
from desktop_recsys.library.repositories import item_search

WORDS = ["night", "rain", "Stone", "Éclair", "Άστρο", "blue", "thé", "moon", "storm", "Tide"]
FILMS = 2400  # above DENSE_MIN_ITEMS, so the large-kind plans are taken


def film(i: int) -> NewItem:
    # Every title starts with "The" or "A" (prefix "t" / "th" matches most of them), holds one
    # or two words from WORDS (accents and Greek included) and a number; some match only
    # through a tag or the director.
    first = "The" if i % 5 else "A"
    words = f"{WORDS[i % len(WORDS)]} {WORDS[(i // 10) % len(WORDS)]}" if i % 3 else WORDS[i % 7]
    return NewItem(
        kind="film",
        title=f"{first} {words} {i}",
        artist=f"Director {'Nightly' if i % 11 == 0 else i % 13}",
        year=1950 + i % 70,
        genres=("Drama",) if i % 2 else ("Comedy", "Drama"),
        tags=("nightclub",) if i % 17 == 0 else (),
    )


@pytest.fixture(scope="module")
def library_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("plans") / "library.sqlite"
    with Library.open(path) as library:
        library.items.add_many([film(i) for i in range(FILMS)])
        library.items.add_many(
            [NewItem(kind="track", title=f"The Night Song {i}", artist="Tide") for i in range(40)]
        )
    return path


@pytest.fixture
def library(library_file: Path) -> Library:
    with Library.open(library_file) as opened:
        yield opened


def plain(library: Library, selection: ItemQuery, order: str, descending: bool) -> list[int]:
    """The plain plan: every match listed by the full-text index, then sorted."""
    conn = library.conn
    where, params = selection.where()
    if order == item_search.RELEVANCE:
        sort, extra = item_search._relevance_order(conn, selection)
        params = (*params, *extra)
    else:
        sort = item_order(order, descending)
    return [r[0] for r in conn.execute(f"SELECT i.id FROM items i {where} {sort}", params)]


def plan_of(library: Library, selection: ItemQuery) -> str:
    where = library.items._where(selection)[0]
    if "NOT IN" in where:
        return "not matching"
    if "+i.id IN" in where:
        return "walk"
    return "listed" if "items_fts" in where else "no text"


TEXTS = ["t", "th", "THE", "a", "the n", "nig", "éclair", "eclair", "αστρο", "ΆΣΤΡΟ", "st", "1",
         "12", "blue moon", "zzz", "the 7"]  # fmt: skip


def test_every_plan_finds_the_same_items_in_the_same_order(library: Library) -> None:
    items = library.items
    plans: set[str] = set()
    for text in TEXTS:
        for selection in (
            ItemQuery(kind="film", text=text),
            ItemQuery(kind="film", text=text, year_min=1990),
            ItemQuery(kind="film", text=text, genre="comedy"),
            ItemQuery(kind=None, text=text),
        ):
            plans.add(plan_of(library, selection))
            for order, descending in (
                (item_search.RELEVANCE, False),
                ("title", False),
                ("title", True),
                ("year", True),
            ):
                expected = plain(library, selection, order, descending)
                total, first = items.count_and_page(
                    selection, limit=200, order_by=order, descending=descending
                )
                assert total == len(expected) == items.count(selection), (text, selection)
                assert [r.id for r in first] == expected[:200], (text, selection, order)
                later = items.page(
                    selection, offset=150, limit=300, order_by=order, descending=descending
                )
                assert [r.id for r in later] == expected[150:450], (text, selection, order)
    # The words above reach every plan on this kind of 2,400 films.
    assert plans == {"listed", "walk", "not matching"}


def test_a_prefix_matching_most_of_the_kind_counts_and_lists_them_all(library: Library) -> None:
    selection = ItemQuery(kind="film", text="th")
    assert plan_of(library, selection) == "not matching"
    expected = plain(library, selection, "title", False)
    # Titles starting "The" (4 in 5) and the tag "thé"-words: most films, not all of them.
    assert FILMS / 2 < len(expected) < FILMS
    total, first = library.items.count_and_page(selection, limit=200)
    assert total == len(expected)
    assert [r.id for r in first] == expected[:200]
    everything = library.items.page(selection, offset=0, limit=FILMS)
    assert [r.id for r in everything] == expected


def test_counts_follow_writes_from_this_and_other_connections(library: Library) -> None:
    items = library.items
    before = items.count("film")
    dense = items.count(ItemQuery(kind="film", text="th"))
    items.add(NewItem(kind="film", title="The Newest One"))
    assert items.count("film") == before + 1
    assert items.count(ItemQuery(kind="film", text="th")) == dense + 1
    # Another connection (another window, the command line) removes a film.
    other = sqlite3.connect(library.path)
    try:
        other.execute("PRAGMA foreign_keys = ON")
        newest = other.execute("SELECT id FROM items WHERE title = 'The Newest One'").fetchone()
        other.execute("DELETE FROM items WHERE id = ?", newest)
        other.commit()
    finally:
        other.close()
    assert items.count("film") == before
    assert items.count(ItemQuery(kind="film", text="th")) == dense
