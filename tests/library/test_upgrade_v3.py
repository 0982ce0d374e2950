"""Schema version 3: community profiles, and a search index folded for case and accents.

A version-2 library (made here the way version 2 wrote it: data-set users without a flag, an
index of unfolded text) upgrades in place: its data-set users become community profiles and its
index is rewritten, so "amelie" finds "Amélie" without trying variants.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop_recsys.library import Library, migrations
from desktop_recsys.library.fts import fold, search_key
from desktop_recsys.library.models import NewItem

GOLDEN_V1 = Path(__file__).with_name("golden") / "library_v1.sqlite"


def make_v2_library(path: Path) -> None:
    """A library as version 2 left it: no community column, the index text as typed."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.create_function("dr_fts_text", 1, lambda text: text or "", deterministic=True)
    migrations.upgrade(conn, 0, 2)
    now = 1.0e9
    conn.executemany(
        "INSERT INTO profiles (name, created_at) VALUES (?, ?)",
        [("Alice", now), ("ml:8", now), ("ml:79", now), ("lastfm:3", now)],
    )
    for kind, title, artist in (("track", "Jóga", "Björk"), ("film", "Άστρο", "Γιώργος")):
        item = conn.execute(
            "INSERT INTO items (kind, title, sort_title, artist, added_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
            (kind, title, title, artist, now, now),
        ).fetchone()[0]
        conn.execute(
            "INSERT INTO items_fts (rowid, kind, title, artist) VALUES (?, ?, ?, ?)",
            (item, kind, title, artist),  # version 2 stored the text unfolded
        )
    conn.close()


def test_a_v2_library_upgrades_its_profiles_and_its_search_index(tmp_path: Path) -> None:
    path = tmp_path / "v2.sqlite"
    make_v2_library(path)
    with Library.open(path, backup_dir=tmp_path / "backups") as lib:
        assert lib.schema_version == migrations.SCHEMA_VERSION >= 3
        community = {p.name: p.community for p in lib.profiles.list()}
        assert community == {"Alice": False, "lastfm:3": True, "ml:8": True, "ml:79": True}
        assert [p.name for p in lib.profiles.list(community=False)] == ["Alice"]
        assert lib.profiles.count_community() == 3
        track = lib.items.search("bjork")
        film = lib.items.search("αστρο")
        assert len(track) == 1 and len(film) == 1 and track != film
        assert lib.items.search("JOGA") == track and lib.items.count("track", "jo") == 1
    assert list((tmp_path / "backups").glob("v2.v2-*.backup.sqlite"))


def test_golden_v1_upgrades_through_v3_and_finds_accented_titles_unaccented(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copyfile(GOLDEN_V1, path)
    with Library.open(path, backup_dir=tmp_path / "backups") as lib:
        assert not any(p.community for p in lib.profiles.list())
        (amelie,) = lib.items.search("amelie")
        assert lib.items.get(amelie).title == "Amélie"
        assert lib.items.search("AMÉLIE") == [amelie]


def test_fold_removes_case_and_accents_in_every_script_and_keeps_what_changes_letters() -> None:
    assert fold("Björk") == "bjork"
    assert fold("Άστρο") == fold("ΑΣΤΡΟ") == "αστρο"
    assert fold("Ёлка") == "елка"
    assert fold("ＡＢＣ") == "abc"
    assert fold("Straße") == "strasse"
    # Kana voicing and Hangul syllables are letters, not accents: they stay.
    assert fold("がぎ") == "がぎ" and fold("한국어") == "한국어"
    assert search_key("  The   Night! ") == "the night"


def test_data_set_users_are_created_as_community_profiles_and_people_keep_their_flag(
    tmp_path: Path,
) -> None:
    with Library.open(tmp_path / "lib.sqlite") as lib:
        alice = lib.profiles.add("Alice")
        ids, created = lib.profiles.ensure_many(["Alice", "ml:1"], community=True)
        assert created == 1 and ids["Alice"] == alice.id
        flags = {p.name: p.community for p in lib.profiles.list()}
        assert flags == {"Alice": False, "ml:1": True}


def test_title_rank_orders_exact_then_prefix_then_all_words_then_the_rest() -> None:
    from desktop_recsys.library.fts import title_rank

    key = search_key("The Night")
    assert title_rank("THE NIGHT", key) == 0
    assert title_rank("The Night of the Hunter", key) == 1
    assert title_rank("A Night at the Opera", key) == 2
    assert title_rank("The Blue Angel", key) == 3  # matched through its tag "nightclub"
    assert title_rank("Nuit et brouillard", search_key("nuit")) == 1
    assert title_rank("東京物語", search_key("東京")) == 1


def test_a_search_matching_many_items_is_listed_by_title(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_recsys.library.queries import ItemQuery
    from desktop_recsys.library.repositories import item_search

    with Library.open(tmp_path / "lib.sqlite") as lib:
        lib.items.add_many(
            [NewItem(kind="film", title=f"Zed {i:04d}") for i in range(20)]
            + [NewItem(kind="film", title="Aardvark", tags=("zed",))]
        )
        query = ItemQuery(kind="film", text="zed")
        ranked = lib.items.page(query, order_by=item_search.RELEVANCE)
        assert ranked[-1].title == "Aardvark"  # the tag match after the title matches
        monkeypatch.setattr(item_search, "RELEVANCE_LIMIT", 10)
        by_title = lib.items.page(query, order_by=item_search.RELEVANCE)
        assert by_title[0].title == "Aardvark"
