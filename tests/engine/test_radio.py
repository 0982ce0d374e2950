"""Radio sequencing (engine/radio.py): variety rules, the slider, widening, replays, the end."""

from __future__ import annotations

import itertools
import random

from desktop_recsys.engine.radio import (
    VarietyRules,
    artist_key,
    radio_stream,
    rank_scores,
    variety_problems,
)


def _catalogue(n_artists: int, per_artist: int) -> dict[int, str]:
    return {a * 100 + t: f"Artist {a}" for a in range(n_artists) for t in range(per_artist)}


def test_variety_problems_finds_both_rules() -> None:
    assert variety_problems(list("ABCDABCD")) == []
    assert variety_problems(list("ABA")) != []  # twice within 4
    assert variety_problems(list("ABCDA")) == []  # 4 apart is fine
    # Three of A in a window of 20, each at least 4 apart.
    assert any("more than 2" in p for p in variety_problems(list("ABCDABCDABCD")))


def test_rules_hold_when_the_seed_artist_dominates() -> None:
    artists = _catalogue(12, 10)
    # Every track of artist 0 is most like the seed: a naive list would be all artist 0.
    seed = {i: (1.0 if a == "Artist 0" else 0.3 + 0.001 * (i % 97)) for i, a in artists.items()}
    picks = list(
        itertools.islice(
            radio_stream(seed, {}, lambda i: artist_key(i, artists[i]), seeds=[0]), 200
        )
    )
    keys = [artist_key(p.item, artists[p.item]) for p in picks]
    assert len(picks) == 200
    assert variety_problems(keys) == []
    assert 0 not in [p.item for p in picks]
    # The seed's artist still leads the list as often as the rules allow.
    assert [p.item for p in picks[:1]][0] // 100 == 0
    assert sum(1 for k in keys[:20] if k == ("artist", "artist 0")) == 2


def test_slider_moves_from_the_seed_to_the_taste() -> None:
    seed = {1: 1.0, 2: 0.9, 3: 0.8}
    taste = {4: 1.0, 5: 0.9, 6: 0.8}
    by_item = lambda i: ("item", i)  # noqa: E731
    like_seed = [
        p.item for p in itertools.islice(radio_stream(seed, taste, by_item, balance=0.0), 3)
    ]
    like_me = [p.item for p in itertools.islice(radio_stream(seed, taste, by_item, balance=1.0), 3)]
    assert like_seed == [1, 2, 3]
    assert like_me == [4, 5, 6]
    middle = list(radio_stream({1: 1.0, 2: 0.2}, {2: 1.0, 1: 0.0}, by_item, balance=0.7))
    assert [p.item for p in middle] == [2, 1]


def test_refused_items_never_come() -> None:
    artists = _catalogue(8, 5)
    rng = random.Random(3)
    seed = {i: rng.random() for i in artists}
    refused = set(rng.sample(sorted(artists), 15))
    picks = list(
        itertools.islice(
            radio_stream(
                seed, seed, lambda i: artist_key(i, artists[i]), allowed=lambda i: i not in refused
            ),
            300,
        )
    )
    assert picks and not {p.item for p in picks} & refused


def test_widens_from_neighbours_then_replays_then_ends_on_a_single_artist() -> None:
    artists = _catalogue(12, 3)
    neighbours_asked: list[int] = []

    def neighbours(items, n):
        neighbours_asked.extend(items)
        return [(j, 0.5) for j in sorted(artists) if j not in items][:n]

    rules = VarietyRules(replay_gap=10)
    stream = radio_stream(
        {0: 1.0, 100: 0.9},
        {},
        lambda i: artist_key(i, artists[i]),
        neighbours=neighbours,
        rules=rules,
    )
    picks = list(itertools.islice(stream, 120))
    keys = [artist_key(p.item, artists[p.item]) for p in picks]
    assert len(picks) == 120, "endless: widened, then replays"
    assert neighbours_asked, "the pool grew from the neighbours of the picks"
    assert any(p.replay for p in picks)
    assert variety_problems(keys, rules) == []
    # Fewer than 10 artists cannot fill 20 picks with at most 2 each: the radio ends.
    six = _catalogue(6, 4)
    short = list(radio_stream(dict.fromkeys(six, 1.0), {}, lambda i: artist_key(i, six[i])))
    assert 8 <= len(short) <= 12
    assert variety_problems([artist_key(p.item, six[p.item]) for p in short]) == []
    # One artist only: after 1 pick nothing may follow without breaking a rule.
    alone = list(radio_stream({1: 1.0, 2: 0.5, 3: 0.4}, {}, lambda _i: "A", rules=rules))
    assert [p.item for p in alone] == [1]


def test_rank_scores() -> None:
    assert rank_scores(["a", "b", "c", "d"]) == {"a": 1.0, "b": 0.75, "c": 0.5, "d": 0.25}
