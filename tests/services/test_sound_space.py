"""The sound space: which rows count, how features are standardised, neighbours by sound and
their reasons, on a real library file with features written as the analyser stores them."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from sound_test_rows import put_clusters, put_features

from desktop_recsys.engine.sound_space import SoundFeatures, SoundSpace
from desktop_recsys.errors import UserError
from desktop_recsys.library import Library
from desktop_recsys.services import sound_space


@pytest.fixture
def clustered(demo_library_copy: Path) -> tuple[Path, list[int], dict[int, int]]:
    with Library.open(demo_library_copy) as library:
        tracks = library.items.ids_by_kind("track")[:60]
        cluster = put_clusters(library, tracks)
    return demo_library_copy, tracks, cluster


def test_only_current_ok_track_rows_count(demo_library_copy: Path) -> None:
    with Library.open(demo_library_copy) as library:
        a, b, c, d = library.items.ids_by_kind("track")[:4]
        film = library.items.ids_by_kind("film")[0]
        with library.transaction() as conn:
            conn.execute("UPDATE items SET content_hash = 'now' WHERE id IN (?, ?)", (c, d))
        put_features(library, a)
        put_features(library, b, status="failed")
        put_features(library, c, content_hash="before")  # the file changed since
        put_features(library, d, content_hash="now")
        put_features(library, film)  # not a track: never part of the space
        space = sound_space.load_space(library)
        assert space.item_ids == sorted([a, d])
        current = library.audio_features.all(current=True, item_ids=[a, b, c, d, film])
        assert [r.item_id for r in current] == sorted([a, d])
        # Without the option: every ok row, the changed file's and the film's too.
        assert {r.item_id for r in library.audio_features.all()} == {a, c, d, film}
        assert {r.item_id for r in library.audio_features.all(status=None)} == {a, b, c, d, film}


def test_neighbours_share_the_sound_and_say_what_is_alike(clustered) -> None:
    path, tracks, cluster = clustered
    for anchor in tracks[:6]:
        found = sound_space.sounds_like(path, anchor, n=10)
        assert len(found) == 10
        assert anchor not in {f.item_id for f in found}
        assert all(cluster[f.item_id] == cluster[anchor] for f in found), anchor
        assert [f.score for f in found] == sorted((f.score for f in found), reverse=True)
        with Library.open(path) as library:
            title = library.items.get(anchor).title
        best = found[0]
        assert best.alike and set(best.alike) <= set(sound_space.GROUP_NAMES)
        assert str(best.reason).startswith(f"Sounds like {title}: similar ")


def test_a_track_without_features_has_no_sound_neighbours(clustered) -> None:
    path, tracks, _cluster = clustered
    with Library.open(path) as library:
        other = library.items.ids_by_kind("track")[100]
    assert sound_space.sounds_like(path, other, n=5) == []
    with pytest.raises(UserError):
        sound_space.sounds_like(path, 10**9, n=5)
    with pytest.raises(UserError):
        sound_space.sounds_like(path, tracks[0], n=0)


def test_missing_files_and_excluded_tracks_are_left_out(clustered) -> None:
    path, tracks, cluster = clustered
    anchor = tracks[0]
    first = [f.item_id for f in sound_space.sounds_like(path, anchor, n=5)]
    with Library.open(path) as library, library.transaction() as conn:
        conn.execute("UPDATE items SET missing = 1 WHERE id = ?", (first[0],))
    again = [f.item_id for f in sound_space.sounds_like(path, anchor, n=5, exclude={first[1]})]
    assert first[0] not in again and first[1] not in again and len(again) == 5


def test_the_space_is_read_again_once_a_track_is_analysed(clustered) -> None:
    path, tracks, _cluster = clustered
    with Library.open(path) as library:
        before = sound_space.space_for(library)
        assert sound_space.space_for(library) is before  # kept while nothing changed
        extra = library.items.ids_by_kind("track")[200]
        put_features(library, extra)
        after = sound_space.space_for(library)
    assert after is not before and extra in after and extra not in before


def _space(rows: list[SoundFeatures]) -> SoundSpace[int]:
    return SoundSpace(list(range(len(rows))), rows)


def test_tempo_is_compared_on_a_log_scale() -> None:
    rows = [SoundFeatures(tempo=t, energy=0.5) for t in (60.0, 120.0, 90.0, 180.0, 100.0)]
    diffs = _space(rows).differences
    assert diffs(0, 1)["tempo"] == pytest.approx(diffs(2, 3)["tempo"])


def test_keys_sit_on_the_circle_of_fifths_weighted_by_confidence() -> None:
    c, g, fsharp, a_minor = (
        SoundFeatures(tempo=100, key=0, mode="major", key_confidence=1.0),
        SoundFeatures(tempo=100, key=7, mode="major", key_confidence=1.0),
        SoundFeatures(tempo=100, key=6, mode="major", key_confidence=1.0),
        SoundFeatures(tempo=100, key=9, mode="minor", key_confidence=1.0),
    )
    unsure = SoundFeatures(tempo=100, key=6, mode="major", key_confidence=0.0)
    space = _space([c, g, fsharp, a_minor, unsure])
    assert space.differences(0, 3)["key"] == pytest.approx(0.0, abs=1e-9)  # relative minor
    assert space.differences(0, 1)["key"] == pytest.approx(1.0)  # one fifth apart
    assert space.differences(0, 2)["key"] > 3.5  # opposite on the circle
    # A doubtful key pulls nothing: that track is as near to C as to F#.
    s = space.scores(4)
    assert s[0] == pytest.approx(s[2])
    assert space.scores(0)[1] > space.scores(0)[2]


def test_unmeasured_values_and_bad_timbre_do_not_break_the_space() -> None:
    rows = [
        SoundFeatures(),
        SoundFeatures(tempo=120.0, timbre=[0.1] * 13),
        SoundFeatures(tempo=0.0, energy=0.4, brightness=-1.0, timbre=[1.0] * 5),
    ]
    space = _space(rows)
    assert np.all(np.isfinite(space.vectors))
    assert np.all(np.isfinite(space.scores(0)))
    assert space.neighbours(0, 5)[0].item in (1, 2)
    assert len(_space([])) == 0 and _space([]).neighbours(0) == []


def test_every_group_weighs_what_the_docs_say() -> None:
    """Two random tracks differ, in square, by twice the summed weights on average."""
    rng = np.random.default_rng(0)
    rows = [
        SoundFeatures(
            tempo=float(rng.lognormal(np.log(110), 0.3)),
            energy=float(rng.uniform(0, 1)),
            loudness=float(rng.normal(-14, 4)),
            brightness=float(rng.lognormal(np.log(2000), 0.5)),
            key=int(rng.integers(0, 12)),
            mode="major",
            key_confidence=1.0,
            timbre=rng.normal(0, 1, 13).tolist(),
        )
        for _ in range(3000)
    ]
    v = _space(rows).vectors.astype(np.float64)
    d2 = ((v[::2] - v[1::2]) ** 2).sum(axis=1).mean()
    from desktop_recsys.engine.sound_space import WEIGHTS

    # IQR scaling on normal data is the standard deviation; uniform energy is a bit wider.
    assert d2 == pytest.approx(2 * sum(WEIGHTS.values()), rel=0.2)


def test_a_reason_names_what_a_listener_notices_first() -> None:
    rng = np.random.default_rng(2)
    spread = [  # a library's spread, so that "close" means something
        SoundFeatures(
            tempo=float(rng.uniform(60, 180)),
            energy=float(rng.uniform(0, 1)),
            loudness=float(rng.uniform(-30, -3)),
            brightness=float(rng.uniform(500, 6000)),
        )
        for _ in range(40)
    ]
    rows = [
        SoundFeatures(tempo=120.0, energy=0.5, loudness=-10.0, brightness=2000.0),
        SoundFeatures(tempo=121.0, energy=0.51, loudness=-10.1, brightness=2010.0),
        SoundFeatures(tempo=60.0, energy=0.05, loudness=-30.0, brightness=500.0),
        SoundFeatures(tempo=122.0, energy=0.95, loudness=-10.0, brightness=2000.0),
        *spread,
    ]
    space = _space(rows)
    assert space.alike(0, 1) == ("tempo", "energy")  # loudness is as close, but heard later
    assert space.alike(0, 3) == ("tempo", "brightness")  # the energy differs
    assert space.alike(0, 2) == ()
    assert "timbre" not in space.alike(0, 1, most=6)  # neither has a timbre


def test_sounds_like_hides_what_the_profiles_limits_hide(clustered) -> None:
    from desktop_recsys.services.limits import set_limits

    path, tracks, _cluster = clustered
    anchor = tracks[0]
    everyone = [f.item_id for f in sound_space.sounds_like(path, anchor, n=20)]
    with Library.open(path) as library:
        genres = {g for i in everyone[:3] for g in library.items.get(i).genres}
        set_limits(library, 1, genres=sorted(genres))
        hidden = {i for i in tracks if set(library.items.get(i).genres) & genres}
    assert hidden & set(everyone), "the check would see a hidden track"
    limited = [f.item_id for f in sound_space.sounds_like(path, anchor, n=20, profile=1)]
    assert limited and not set(limited) & hidden
    assert [f.item_id for f in sound_space.sounds_like(path, anchor, n=20, profile=2)] == everyone
