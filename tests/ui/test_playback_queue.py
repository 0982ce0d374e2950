"""The play queue's rules and the listening clock, without sound (ui/playback)."""

from __future__ import annotations

import random

from desktop_recsys.ui.playback.listen_clock import ListenClock
from desktop_recsys.ui.playback.play_queue import PlayQueue, Repeat


def ids(queue: PlayQueue, steps: int, *, ended: bool = False) -> list[int | None]:
    out: list[int | None] = []
    for _ in range(steps):
        entry = queue.advance(ended=ended)
        out.append(entry.item_id if entry else None)
    return out


def test_in_order_then_the_end() -> None:
    queue = PlayQueue()
    assert queue.replace([10, 20, 30]).item_id == 10
    assert ids(queue, 3) == [20, 30, None]
    assert queue.current.item_id == 30  # the last one stays current at the end


def test_start_elsewhere_and_back() -> None:
    queue = PlayQueue()
    assert queue.replace([10, 20, 30], start=1).item_id == 20
    assert queue.back().item_id == 10
    assert queue.back() is None  # nothing before the first without repeat
    queue.repeat = Repeat.ALL
    assert queue.back().item_id == 30


def test_repeat_all_wraps_and_repeat_one_replays_only_when_the_track_ended() -> None:
    queue = PlayQueue()
    queue.replace([1, 2])
    queue.repeat = Repeat.ALL
    assert ids(queue, 3) == [2, 1, 2]
    queue.repeat = Repeat.ONE
    assert ids(queue, 2, ended=True) == [2, 2]  # ended by itself: again
    assert ids(queue, 1) == [None]  # Next pressed moves on (and 2 is the last, no wrap)


def test_play_next_goes_first_newest_first_and_add_goes_last() -> None:
    queue = PlayQueue()
    queue.replace([1, 2, 3])
    queue.add([9])
    queue.insert_next([7])
    queue.insert_next([8])
    assert queue.item_ids() == [1, 8, 7, 2, 3, 9]
    assert ids(queue, 6) == [8, 7, 2, 3, 9, None]


def test_play_next_wins_over_shuffle() -> None:
    queue = PlayQueue(random.Random(4))
    queue.replace(list(range(1, 21)))
    queue.set_shuffle(True)
    queue.insert_next([99])
    assert ids(queue, 1) == [99]


def test_shuffle_plays_each_once_per_pass_and_back_retraces() -> None:
    queue = PlayQueue(random.Random(1))
    queue.replace(list(range(1, 11)))
    queue.set_shuffle(True)
    played = [1, *ids(queue, 9)]
    assert sorted(played) == list(range(1, 11))  # each once
    assert played[1:] != list(range(2, 11))  # not simply in order
    assert ids(queue, 1) == [None]  # pass over, no repeat
    assert queue.back().item_id == played[-2]  # back goes the way it came
    assert queue.back().item_id == played[-3]
    queue.repeat = Repeat.ALL
    queue.jump(queue.entries[-1].uid)
    following = ids(queue, 10)
    assert None not in following  # repeat-all: a new pass


def test_the_same_track_twice_is_two_entries_and_remove_takes_one() -> None:
    queue = PlayQueue()
    queue.replace([5, 6])
    queue.add([5])
    assert queue.item_ids() == [5, 6, 5]
    queue.remove(queue.entries[2].uid)
    assert queue.item_ids() == [5, 6]
    queue.clear_upcoming()
    assert queue.item_ids() == [5]
    assert Repeat.OFF.following() is Repeat.ALL and Repeat.ONE.following() is Repeat.OFF


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def play(clock: ListenClock, fake: FakeClock, start: float, seconds: float) -> float:
    """Positions reported every 0.1 s of wall time while playing; returns the end position."""
    position = start
    for _ in range(round(seconds * 10)):
        fake.now += 0.1
        position += 0.1
        clock.update(position)
    return position


def test_listened_time_counts_what_was_heard_not_where_the_slider_is() -> None:
    fake = FakeClock()
    clock = ListenClock(fake)
    clock.start(0.0)
    play(clock, fake, 0.0, 5.0)
    clock.seek(200.0)  # the slider, through the player
    play(clock, fake, 200.0, 2.0)
    assert abs(clock.stop() - 7.0) < 1e-6


def test_a_seek_the_player_did_not_announce_adds_only_the_moment_it_took() -> None:
    fake = FakeClock()
    clock = ListenClock(fake)
    clock.start(0.0)
    play(clock, fake, 0.0, 2.0)
    fake.now += 0.05
    clock.update(180.0)  # MPRIS or the backend jumped: 178 s of position in 50 ms
    assert clock.listened < 2.0 + 0.05 + 0.3


def test_pauses_and_seeking_back_count_as_heard_again() -> None:
    fake = FakeClock()
    clock = ListenClock(fake)
    clock.start(0.0)
    position = play(clock, fake, 0.0, 3.0)
    clock.pause(position)
    fake.now += 60  # a minute paused
    clock.update(position)
    clock.resume(position)
    clock.seek(0.0)
    play(clock, fake, 0.0, 3.0)
    assert abs(clock.stop() - 6.0) < 1e-6
