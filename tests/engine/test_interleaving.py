"""Team-draft interleaving and the blind test's credits (issue 18, section 4).

The goal tests simulate a person: each round two ranked lists (precomputed rankings of a
catalogue, without what the person already took) are interleaved, the person takes one
item of the mixed list, and :func:`credit` credits it. A person whose choices follow list A
must make A the winner in at least 95 of 100 seeded runs after 50 interactions; with the
same algorithm on both sides there must be no winner (the interval covers one half) in at
least 90 of 100 runs.
"""

from __future__ import annotations

import random

import pytest

from desktop_recsys.engine.interleaving import (
    Credit,
    Event,
    Placement,
    credit,
    list_seed,
    team_draft,
    verdict,
    win_interval,
)

CATALOGUE = 400
SHOWN = 20
INTERACTIONS = 50


def simulate(seed: int, *, same: bool, follows_a: float = 0.6) -> tuple[int, int]:
    """One run: ``(credits won by a, credits)`` after :data:`INTERACTIONS` takes.

    A's ranking is the person's taste. B's is another algorithm's (a ranking by taste plus
    a lot of noise, so the two lists overlap a little), or A's own when ``same``. Each round
    the person takes the shown item A ranks best with probability ``follows_a``, otherwise
    any shown item; one take in five is a skip, which credits nobody.
    """
    rng = random.Random(seed)
    taste = list(range(CATALOGUE))
    rng.shuffle(taste)
    rank_a = {item: r for r, item in enumerate(taste)}
    noisy = {item: rank_a[item] + rng.gauss(0, CATALOGUE / 2) for item in taste}
    order_b = taste if same else sorted(taste, key=noisy.__getitem__)
    taken: set[int] = set()
    placements: list[Placement] = []
    events: list[Event] = []
    clock = 0.0
    while sum(e.signal == "play" for e in events) < INTERACTIONS:
        list_a = [i for i in taste if i not in taken][:SHOWN]
        list_b = [i for i in order_b if i not in taken][:SHOWN]
        shown = team_draft(list_a, list_b, SHOWN, list_seed(seed, list_a, list_b))
        clock += 1.0
        placements += [Placement(clock, item, side) for item, side in shown]
        items = [item for item, _side in shown]
        pick = min(items, key=rank_a.__getitem__) if rng.random() < follows_a else rng.choice(items)
        skipped = rng.random() < 0.2
        events.append(Event(pick, clock + 0.5, "skip" if skipped else "play", 1.0))
        if not skipped:
            taken.add(pick)
    credits = credit(placements, events, start=0.0, end=clock + 1)
    return sum(c.winner == "a" for c in credits), len(credits)


def test_a_person_who_follows_a_makes_a_the_winner_in_95_of_100_runs() -> None:
    wins = 0
    for seed in range(100):
        won, total = simulate(seed, same=False)
        assert total == INTERACTIONS  # one credit per play; skips credit nobody
        wins += verdict(won, total) == "a"
    assert wins >= 95, f"A won only {wins} of 100 runs"


def test_the_same_algorithm_on_both_sides_has_no_winner_in_90_of_100_runs() -> None:
    undecided = 0
    for seed in range(100):
        won, total = simulate(1000 + seed, same=True)
        low, high = win_interval(won, total)
        undecided += low <= 0.5 <= high
        assert (verdict(won, total) is None) == (low <= 0.5 <= high)
    assert undecided >= 90, f"a winner was declared in {100 - undecided} of 100 runs"


def test_a_person_who_ignores_both_lists_alike_declares_no_winner_mostly() -> None:
    # Taking shown items at random (no preference at all) must not favour either side.
    undecided = sum(
        verdict(*simulate(2000 + seed, same=False, follows_a=0.0)) is None for seed in range(60)
    )
    assert undecided >= 52


# -- team draft ------------------------------------------------------------------------------


def test_team_draft_is_deterministic_and_places_every_item_once() -> None:
    a, b = list(range(30)), list(range(29, -1, -1))
    first = team_draft(a, b, 20, list_seed(7, a, b))
    assert first == team_draft(a, b, 20, list_seed(7, a, b))
    assert len(first) == 20 and len({item for item, _ in first}) == 20
    # Another test (or another pair of lists) may toss the coin differently.
    others = {tuple(team_draft(a, b, 20, list_seed(t, a, b))) for t in range(20)}
    assert len(others) > 1


def test_team_draft_keeps_each_sides_order_and_balances_the_picks() -> None:
    rng = random.Random(3)
    for round_ in range(50):
        a = rng.sample(range(60), 25)
        b = rng.sample(range(60), 25)
        shown = team_draft(a, b, 20, round_)
        for side, ranking in (("a", a), ("b", b)):
            mine = [item for item, s in shown if s == side]
            assert mine == sorted(mine, key=ranking.index)
            assert all(item in ranking for item in mine)
        for cut in range(1, len(shown) + 1):
            count_a = sum(s == "a" for _, s in shown[:cut])
            assert abs(2 * count_a - cut) <= 2  # never more than one pick apart per round


def test_an_item_both_lists_hold_goes_to_the_side_that_drafts_it_first() -> None:
    # Both lists start with item 1: whichever side wins the first coin owns it, and the other
    # side's first pick is then its next item.
    outcomes = set()
    for seed in range(40):
        shown = team_draft([1, 2, 3], [1, 4, 5], 3, seed)
        outcomes.add(tuple(shown[:2]))
    assert outcomes == {((1, "a"), (4, "b")), ((1, "b"), (2, "a"))}


def test_team_draft_stops_when_a_list_runs_out() -> None:
    shown = team_draft([1, 2], [3, 4, 5, 6, 7], 10, 1)
    assert sum(s == "a" for _, s in shown) == 2
    assert len(shown) <= 5


# -- credits ---------------------------------------------------------------------------------


def placed(*pairs: tuple[int, str], at: float = 10.0) -> list[Placement]:
    return [Placement(at, item, side) for item, side in pairs]


def test_plays_finishes_and_liked_ratings_credit_the_placing_side() -> None:
    credits = credit(
        placed((1, "a"), (2, "b"), (3, "a")),
        [Event(1, 11, "play", 0.5), Event(2, 12, "play", 1.0), Event(3, 13, "rating", 4.5)],
        start=0,
        end=100,
    )
    assert [(c.item, c.placed_by, c.winner, c.signal) for c in credits] == [
        (1, "a", "a", "play"),
        (2, "b", "b", "finish"),
        (3, "a", "a", "rating"),
    ]


def test_a_skip_or_a_middling_rating_credits_nobody() -> None:
    credits = credit(
        placed((1, "a"), (2, "b")),
        [Event(1, 11, "skip", 0.1), Event(2, 12, "rating", 3.0)],
        start=0,
        end=100,
    )
    assert credits == []


def test_not_interested_and_a_low_rating_are_points_for_the_other_side() -> None:
    credits = credit(
        placed((1, "a"), (2, "b")),
        [Event(1, 11, "not_interested"), Event(2, 12, "rating", 1.5)],
        start=0,
        end=100,
    )
    assert [(c.placed_by, c.winner) for c in credits] == [("a", "b"), ("b", "a")]


def test_an_item_counts_once_and_its_rating_outweighs_its_plays() -> None:
    events = [Event(1, 11 + k, "play", 1.0) for k in range(10)] + [Event(1, 30, "rating", 1.0)]
    credits = credit(placed((1, "a")), events, start=0, end=100)
    assert credits == [Credit(1, "a", "b", "rating", 30)]


def test_what_happened_before_the_item_was_shown_or_outside_the_test_counts_not() -> None:
    credits = credit(
        placed((1, "a"), (2, "b"), (3, "a")),
        [Event(1, 5, "play"), Event(2, 150, "play"), Event(4, 20, "play")],
        start=0,
        end=100,
    )
    assert credits == []  # before shown; after the end; never shown


def test_the_side_of_the_latest_list_before_the_event_gets_the_credit() -> None:
    places = [Placement(10, 1, "a"), Placement(20, 1, "b")]
    assert credit(places, [Event(1, 15, "play")], start=0, end=100)[0].placed_by == "a"
    assert credit(places, [Event(1, 25, "play")], start=0, end=100)[0].placed_by == "b"


def test_a_test_of_n_interactions_ends_at_its_nth_credit() -> None:
    places = placed(*[(i, "a" if i % 2 else "b") for i in range(1, 8)])
    events = [Event(i, 10 + i, "play") for i in range(1, 8)] + [Event(1, 30, "rating", 1.0)]
    credits = credit(places, events, start=0, end=100, limit=3)
    assert [c.item for c in credits] == [1, 2, 3]
    assert credits[0].winner == "a"  # the 1-star rating of item 1 came after the third credit


# -- interval and verdict ------------------------------------------------------------------


def test_the_interval_is_wilsons_and_the_verdict_follows_it() -> None:
    low, high = win_interval(31, 44)
    assert low == pytest.approx(0.5578, abs=1e-3) and high == pytest.approx(0.8184, abs=1e-3)
    assert verdict(31, 44) == "a"
    assert verdict(13, 44) == "b"
    assert verdict(22, 44) is None
    assert verdict(3, 3) is None  # three of three is not yet enough to tell
    assert verdict(0, 0) is None and win_interval(0, 0) == (0.0, 1.0)
