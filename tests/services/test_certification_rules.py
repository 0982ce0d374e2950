"""Certification in smart playlists, the Library's reads and its filter (issue 18, section 3),
on a library the real scanner made from real files: films with NFO certifications, tracks
with parental advisories in their tags."""

from __future__ import annotations

from pathlib import Path

import pytest
from certified_media import EXPLICIT, FILM_AGES, scanned_library

from desktop_recsys.errors import UserError
from desktop_recsys.library import Library
from desktop_recsys.library.queries import ItemQuery
from desktop_recsys.services import limits, smart_playlists
from desktop_recsys.services.library_service import (
    ItemFilter,
    LibrarySession,
    count_filtered,
    page_filtered,
)


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    path, _root, ids = scanned_library(tmp_path_factory.mktemp("certified"))
    with Library.open(path) as library:
        library.profiles.add("Parent")
        kid = library.profiles.add("Kid").id
        limits.set_limits(library, kid, max_certification="PG", hide_explicit=True)
    return path, ids


def _films(ids: dict[str, int], keep: object) -> set[int]:
    return {ids[n] for n, (_t, age) in FILM_AGES.items() if keep(age)}  # type: ignore[operator]


def _rules(path: Path, profile: str, *rules: str, kind: str | None = None) -> list[int]:
    spec = smart_playlists.spec_from_options(rules=rules, kind=kind, order="title")
    return smart_playlists.evaluate_rules(path, None, profile, spec).item_ids


def test_certification_rules_compare_ages_across_systems(
    scanned: tuple[Path, dict[str, int]],
) -> None:
    path, ids = scanned
    # "At most PG" (10): G 0, UK:PG 8, PG 10, and not PG-13, FSK 16, R or the unrated Alien.
    assert set(_rules(path, "Parent", "certification:<=:PG")) == _films(
        ids, lambda a: a is not None and a <= 10
    )
    # A German or a bare age reads on the same scale: at least FSK 16 is FSK 16 and R (17).
    assert set(_rules(path, "Parent", "certification:>=:FSK 16")) == _films(
        ids, lambda a: a is not None and a >= 16
    )
    assert set(_rules(path, "Parent", "certification:>=:13")) == _films(
        ids, lambda a: a is not None and a >= 13
    )
    assert set(_rules(path, "Parent", "certification:none", kind="film")) == _films(
        ids, lambda a: a is None
    )
    assert set(_rules(path, "Parent", "certification:any")) == _films(ids, lambda a: a is not None)
    # Ordered by certification: youngest first, unrated last.
    spec = smart_playlists.spec_from_options(
        rules=["kind:=:film"], order="certification:asc", kind="film"
    )
    ordered = smart_playlists.evaluate_rules(path, None, "Parent", spec).item_ids
    ages = {ids[n]: age for n, (_t, age) in FILM_AGES.items()}
    assert [ages[i] for i in ordered] == [0, 8, 10, 13, 16, 17, None]


def test_explicit_rules_read_the_tags(scanned: tuple[Path, dict[str, int]]) -> None:
    path, ids = scanned
    explicit = {ids[n] for n in EXPLICIT}
    assert set(_rules(path, "Parent", "explicit:=:yes")) == explicit
    tracks = {i for n, i in ids.items() if n.startswith("music/")}
    assert set(_rules(path, "Parent", "explicit:=:no", kind="track")) == tracks - explicit


def test_a_limited_profile_never_sees_more_than_its_limits_whatever_the_rule_asks(
    scanned: tuple[Path, dict[str, int]],
) -> None:
    path, ids = scanned
    # The kid may see up to PG and no explicit tracks: asking for more finds nothing.
    assert _rules(path, "Kid", "certification:>=:PG-13") == []
    assert _rules(path, "Kid", "explicit:=:yes") == []
    assert set(_rules(path, "Kid", "certification:any")) == _films(
        ids, lambda a: a is not None and a <= 10
    )
    # A stored smart playlist refreshes under the limits too.
    spec = smart_playlists.spec_from_options(rules=["certification:<=:18"], kind="film")
    made = smart_playlists.create_smart(path, None, "Kid", "Everything", spec)
    assert set(made.item_ids) == _films(ids, lambda a: a is not None and a <= 10)
    with Library.open(path) as library:
        kid = library.profiles.require("Kid").id
        hidden = limits.blocked_ids(library, kid)
    assert hidden and not set(made.item_ids) & hidden


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("certification:<=:PG13!", "'PG13!' is no certification this app knows"),
        ("certification:=:PG", "certification: unknown operator '='"),
        ("certification:<=:", "certification <=: a value is missing"),
        ("explicit:=:maybe", "explicit: write yes or no"),
    ],
)
def test_bad_rules_are_one_line_and_store_nothing(
    scanned: tuple[Path, dict[str, int]], rule: str, message: str
) -> None:
    path, _ids = scanned
    with pytest.raises(UserError, match=message) as error:
        spec = smart_playlists.spec_from_options(rules=[rule])
        smart_playlists.create_smart(path, None, "Parent", "Bad", spec)
    assert "\n" not in str(error.value)
    with Library.open(path) as library:
        parent = library.profiles.require("Parent").id
        assert library.playlists.find("Bad", parent) is None


def test_the_library_reads_certifications_sorts_by_age_and_filters(
    scanned: tuple[Path, dict[str, int]],
) -> None:
    path, ids = scanned
    with Library.open(path) as library:
        rows = library.items.page(ItemQuery(kind="film"), order_by="age")
        # Youngest first, unrated last; the row carries the text as written and its age.
        assert [(r.certification, r.min_age) for r in rows] == sorted(
            FILM_AGES.values(), key=lambda v: 99 if v[1] is None else v[1]
        )
        backwards = library.items.page(ItemQuery(kind="film"), order_by="age", descending=True)
        assert backwards[0].min_age is None and backwards[1].min_age == 17
        tracks = library.items.page(ItemQuery(kind="track"), order_by="explicit", descending=True)
        assert {r.id for r in tracks[:3]} == {ids[n] for n in EXPLICIT}
        assert all(r.explicit for r in tracks[:3]) and not any(r.explicit for r in tracks[3:])

        session = LibrarySession(library)
        upto = ItemFilter(max_age=12)
        assert count_filtered(session, "film", None, upto, None) == 3  # G, UK:PG, PG
        shown = page_filtered(
            session, "film", 0, 50, order_by="age", descending=False, query=None,
            item_filter=upto, profile_id=None,
        )  # fmt: skip
        assert [r.min_age for r in shown] == [0, 8, 10]
        assert count_filtered(session, "film", None, ItemFilter(unrated=True), None) == 1
        assert count_filtered(session, "track", None, ItemFilter(explicit=True), None) == 3
        assert count_filtered(session, "track", None, ItemFilter(explicit=False), None) == 2
        # The filter and a profile's limits together: the kid's limit (PG) is stricter.
        session.viewer = library.profiles.require("Kid").id
        assert count_filtered(session, "film", None, ItemFilter(max_age=17), None) == 3
        assert count_filtered(session, "track", None, ItemFilter(explicit=True), None) == 0
