"""Smart-playlist rules and their evaluation (engine.playlists), on hand-made tables."""

from __future__ import annotations

import numpy as np
import pytest

from desktop_recsys.engine.playlists.evaluate import ItemTable, count, evaluate
from desktop_recsys.engine.playlists.rules import (
    FIELDS,
    Group,
    SmartSpec,
    make_rule,
    parse_limit,
    parse_order,
    parse_rule,
    preset,
)
from desktop_recsys.errors import UserError

NOW = 1_700_000_000.0
DAY = 86400.0


def table() -> ItemTable:
    """Six items: ids 10..15."""
    nan = np.nan
    return ItemTable(
        ids=np.array([10, 11, 12, 13, 14, 15]),
        kind=np.array(["track", "track", "track", "film", "film", "track"], dtype=object),
        title=np.array(["a", "b", "c", "alien", "aliens", "d"], dtype=object),
        artist=np.array(
            ["miles davis", "nina simone", "", "ridley scott", "james cameron", "miles davis"],
            dtype=object,
        ),
        album=np.array(["kind of blue", "", "", "", "", "bitches brew"], dtype=object),
        language=np.array(["en", "en", "", "en", "en", "fr"], dtype=object),
        year=np.array([1959, 1965, nan, 1979, 1986, 1970], dtype=float),
        duration=np.array([600, 300, 200, 7000, 8000, 1200], dtype=float),
        rating=np.array([5, nan, 3, 4.5, nan, 2], dtype=float),
        plays=np.array([10, 0, 4, 1, 0, 3], dtype=float),
        skips=np.array([0, 2, 1, 0, 0, 0], dtype=float),
        # 12: played, but only undated plays (an aggregate count)
        last_played=np.array([NOW - 400 * DAY, nan, nan, NOW - 5 * DAY, nan, NOW - 200 * DAY]),
        added=np.array(
            [
                NOW - 1000 * DAY,
                NOW - 10 * DAY,
                NOW - 20 * DAY,
                NOW - 3 * DAY,
                NOW - 500 * DAY,
                NOW - 40 * DAY,
            ]
        ),
        score=np.array([0.9, 0.8, nan, 0.1, 0.7, 0.95]),
        genres={"jazz": np.array([0, 1, 5]), "soul": np.array([1]), "sci-fi": np.array([3, 4])},
        tags={"late night": np.array([0])},
    )


def ids(spec: SmartSpec) -> list[int]:
    return evaluate(spec, table(), NOW).item_ids


def spec(*rules: str, match: str = "all", order: str = "added", **kw) -> SmartSpec:
    name, desc = parse_order(order)
    return SmartSpec(Group(match, tuple(parse_rule(r) for r in rules)), name, desc, **kw)


def test_numbers_texts_sets_and_dates() -> None:
    assert sorted(ids(spec("plays:>=:3"))) == [10, 12, 15]
    assert sorted(ids(spec("rating:none"))) == [11, 14]
    assert sorted(ids(spec("genre:=:JAZZ"))) == [10, 11, 15]
    assert sorted(ids(spec("genre:!=:jazz"))) == [12, 13, 14]
    assert sorted(ids(spec("genre:contains:sci"))) == [13, 14]
    assert sorted(ids(spec("tag:none"))) == [11, 12, 13, 14, 15]
    assert sorted(ids(spec("artist:=:Miles Davis"))) == [10, 15]
    assert sorted(ids(spec("title:starts:alien"))) == [13, 14]
    assert sorted(ids(spec("album:!contains:blue"))) == [11, 12, 13, 14, 15]
    assert sorted(ids(spec("last_played:older:180d"))) == [10, 15]
    assert sorted(ids(spec("last_played:never"))) == [11, 12, 14]
    assert sorted(ids(spec("added:newer:2w"))) == [11, 13]
    assert sorted(ids(spec("added:before:1990-01-01"))) == []
    assert sorted(ids(spec("duration:>:1h"))) == [13, 14]
    assert sorted(ids(spec("kind:=:film"))) == [13, 14]
    assert sorted(ids(spec("language:=:FR"))) == [15]
    assert sorted(ids(spec("year:<:1966"))) == [10, 11]
    assert sorted(ids(spec("watched:=:no"))) == [11, 14]
    assert sorted(ids(spec("skips:>:0"))) == [11, 12]
    assert sorted(ids(spec("score:>=:0.8"))) == [10, 11, 15]


def test_unplayed_days_counts_never_played_but_not_undated_plays() -> None:
    # 11 and 14 were never played: "not played for 180 days" holds; 12 has only undated
    # plays: unknown, so it does not; 13 was played 5 days ago.
    assert sorted(ids(spec("unplayed_days:>=:180"))) == [10, 11, 14, 15]


def test_any_all_and_nested_groups() -> None:
    assert sorted(ids(spec("plays:>=:10", "rating:=:2", match="any"))) == [10, 15]
    nested = SmartSpec(
        Group(
            "all",
            (
                Group("any", (parse_rule("rating:>=:4"), parse_rule("plays:>=:3"))),
                parse_rule("unplayed_days:>=:180"),
            ),
        )
    )
    assert sorted(evaluate(nested, table(), NOW).item_ids) == [10, 15]
    assert count(nested, table(), NOW) == 2


def test_order_limit_and_seeded_random() -> None:
    assert ids(spec("kind:=:track", order="score")) == [15, 10, 11, 12]  # unknown score last
    assert ids(spec("kind:=:track", order="score:asc")) == [11, 10, 15, 12]
    assert ids(spec("kind:=:track", order="artist")) == [10, 15, 11, 12]  # no artist last
    assert ids(spec("kind:=:track", order="added", limit_count=2)) == [11, 12]
    # 600 + 300 seconds fit in 15 minutes, 200 more would not... and then 1200 is too long.
    assert ids(spec("kind:=:track", order="year:asc", limit_seconds=900)) == [10, 11]
    done = evaluate(spec("kind:=:track", order="added", limit_count=2), table(), NOW)
    assert done.matched == 4
    first = ids(spec("plays:>=:0", order="random", seed=7))
    assert first == ids(spec("plays:>=:0", order="random", seed=7))
    assert sorted(first) == [10, 11, 12, 13, 14, 15]
    others = {tuple(ids(spec("plays:>=:0", order="random", seed=s))) for s in range(8)}
    assert len(others) > 1


def test_spec_kind_restricts_and_json_round_trip() -> None:
    s = spec("rating:>=:4", "plays:>=:1", match="any", order="rating", limit_count=5, kind="film")
    assert ids(s) == [13]
    again = SmartSpec.from_json(s.to_json())
    assert again == s
    assert ids(again) == [13]


def test_presets_films_use_watched_state() -> None:
    films = preset("rediscovery", "film")
    assert "watched" in films.root.fields() and "plays" not in films.root.fields()
    assert evaluate(films, table(), NOW).item_ids == []  # 13 rated 4.5 but watched 5 days ago
    tracks = preset("rediscovery", "track")
    assert evaluate(tracks, table(), NOW).item_ids == [15, 10]  # by score
    assert evaluate(preset("fresh", "track"), table(), NOW).item_ids == [11]
    assert evaluate(preset("top_rated", "film"), table(), NOW).item_ids == [13]
    assert evaluate(preset("recent", "track"), table(), NOW).item_ids == [11, 12]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("plays", "FIELD:OP:VALUE"),
        ("bogus:=:1", "unknown field 'bogus'"),
        ("plays:~:3", "unknown operator '~'"),
        ("plays:>=:lots", "'lots' is not a number"),
        ("plays:>=:nan", "is not a number"),
        ("plays:>=", "a value is missing"),
        ("last_played:older:soon", "not a span of time"),
        ("added:before:2020-13-01", "not a date"),
        ("kind:=:book", "not one of track, artist, film"),
        ("watched:=:maybe", "write yes or no"),
        ("duration:>:long", "not a length"),
        ("genre:<:Jazz", "unknown operator '<'"),
    ],
)
def test_bad_rules_are_one_clear_line(text: str, words: str) -> None:
    with pytest.raises(UserError) as caught:
        parse_rule(text)
    assert words in str(caught.value) and "\n" not in str(caught.value)


def test_bad_order_limit_and_saved_json() -> None:
    with pytest.raises(UserError, match="cannot order by 'genre'"):
        parse_order("genre")
    with pytest.raises(UserError, match="FIELD:asc"):
        parse_order("rating:up")
    with pytest.raises(UserError, match="at least 1"):
        parse_limit("0")
    assert parse_limit("90m") == (None, 5400.0)
    assert parse_limit("25") == (25, None)
    with pytest.raises(UserError, match="match must be all or any"):
        SmartSpec.from_json({"match": "some", "rules": []})
    with pytest.raises(UserError, match="nested too deeply"):
        deep: dict = {"match": "all", "rules": []}
        for _ in range(12):
            deep = {"match": "all", "rules": [deep]}
        SmartSpec.from_json(deep)
    with pytest.raises(UserError, match="damaged"):
        SmartSpec.from_json({"match": "all", "rules": [], "limit": "ten"})
    with pytest.raises(UserError, match="unknown operator"):
        make_rule("rating", "older", "3")


def test_every_field_is_listed_with_help() -> None:
    assert {
        "kind",
        "genre",
        "tag",
        "artist",
        "album",
        "year",
        "duration",
        "rating",
        "plays",
        "last_played",
        "added",
        "skips",
        "score",
        "unplayed_days",
        "language",
        "watched",
    } <= set(FIELDS)
    assert all(f.help for f in FIELDS.values())
