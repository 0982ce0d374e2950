"""Issue 18, section 2: one taste across music and films. A profile with only music (only films)
gets a personal list of the other kind on the first day, blended into the kind's own model as
its evidence grows, with a reason that names the music (films) behind each pick."""

from __future__ import annotations

import json
import pickle
import shutil
from pathlib import Path

import numpy as np
import pytest

from desktop_recsys.cli import main
from desktop_recsys.engine import cross_kind as engine
from desktop_recsys.library import Library, dataset_rows
from desktop_recsys.library.demo import _TAGS_FILM, _TAGS_MUSIC, FILM_GENRES, MUSIC_GENRES
from desktop_recsys.services import cross_kind, for_you_service
from desktop_recsys.services.recommend_service import recommend_for
from desktop_recsys.services.training_service import train_model

PROFILE = 1


def hide_kind(path: Path, profile: int, kind: str, keep: int = 0) -> list[int]:
    """Delete the profile's ``kind`` ratings, plays and marks except its first ``keep`` items
    by time; returns every such item, first by time."""
    with Library.open(path) as lib:
        first: dict[int, float] = {}
        for r in lib.ratings.for_profile(profile):
            first[r.item_id] = min(first.get(r.item_id, r.rated_at), r.rated_at)
        for p in lib.plays.for_profile(profile):
            at = p.played_at or 0.0
            first[p.item_id] = min(first.get(p.item_id, at), at)
        meta = dataset_rows.items_by_ids(lib, sorted(first))
        items = sorted((i for i in first if meta[i][1] == kind), key=lambda i: (first[i], i))
        with lib.transaction() as conn:
            for table in ("ratings", "plays", "marks"):
                conn.executemany(
                    f"DELETE FROM {table} WHERE profile_id = ? AND item_id = ?",
                    [(profile, i) for i in items[keep:]],
                )
    return items


@pytest.fixture(scope="module")
def music_only(tmp_path_factory: pytest.TempPathFactory, demo_library_file: Path):
    """A demo library whose profile 1 has music and no film; a film model trained on it."""
    folder = tmp_path_factory.mktemp("cross")
    path = folder / "demo.sqlite"
    shutil.copyfile(demo_library_file, path)
    hidden = hide_kind(path, PROFILE, "film")
    train_model(path, folder / "models", kind="film")
    return path, folder / "models", hidden


def test_the_weight_moves_from_the_other_kind_to_the_own_model_by_20_items() -> None:
    assert engine.cross_weight(0) == 1.0
    assert engine.cross_weight(5) == 0.75
    assert engine.cross_weight(10) == 0.5
    assert engine.cross_weight(19) == pytest.approx(0.05)
    assert engine.cross_weight(20) == 0.0
    assert engine.cross_weight(400) == 0.0
    assert engine.cross_weight(-3) == 1.0
    steps = [engine.cross_weight(n) for n in range(25)]
    assert steps == sorted(steps, reverse=True)


def test_a_music_only_profile_gets_a_personal_film_list_that_says_why(music_only) -> None:
    path, models, hidden = music_only
    model = recommend_for(path, models, profile=PROFILE, kind="film", n=10)
    assert all(r.fallback for r in model)  # today's cold start: the popularity list
    mine = for_you_service.for_you_list(path, models, profile=PROFILE, kind="film", n=10)
    assert mine.recommendations is not None
    rows = mine.recommendations.rows[:10]
    assert [r.item_id for r in rows] != [r.item_id for r in model]
    # "The most popular items" is no longer true: the note says where the picks come from.
    assert "no interactions yet" in model.note
    assert mine.recommendations.note == (
        "Partly from the music you listen to, until you have rated or played 20 films (0 so far)"
    )
    # Closer to the profile's hidden films than popularity (one profile here; the benchmark
    # averages over all 25).
    assert len(set(hidden) & {r.item_id for r in rows}) > len(
        set(hidden) & {r.item_id for r in model}
    )
    with Library.open(path) as lib:
        own_terms = _music_terms(lib, PROFILE)
    every = mine.recommendations.rows
    assert all(r.explanation for r in every)  # picks the music did not raise: popularity
    assert all(r.explanation.startswith("Popular with ") for r in every if not r.evidence.tastes)
    assert not any("; Popular with" in r.explanation for r in every)
    explained = [r for r in rows if r.evidence.tastes]
    assert len(explained) >= 8
    for row in explained:
        terms = [t.term for t in row.evidence.tastes]
        # Genres and tags first, a mood as one ("… and to energetic music", issue 19).
        moods = [t for t in terms if t in engine.MOODS]
        kinds = ", ".join(t for t in terms if t not in engine.MOODS)
        if moods and kinds:
            wanted = f"Because you listen to {kinds} and to {', '.join(moods)} music"
        elif moods:
            wanted = f"Because you listen to {', '.join(moods)} music"
        else:
            wanted = f"Because you listen to {kinds}"
        assert row.explanation == wanted
        assert row.explanation == cross_kind.because("music", terms)
        assert set(terms) <= own_terms  # only what the profile really listens to
        assert all(t.source == "music" and t.weight > 0 for t in row.evidence.tastes)
        assert not row.fallback


def _music_terms(lib: Library, profile: int) -> set[str]:
    liked = {r.item_id for r in lib.ratings.for_profile(profile) if r.rating > 2.5}
    liked |= {p.item_id for p in lib.plays.for_profile(profile) if not p.skipped}
    terms: set[str] = set()
    for kind in ("track", "artist"):
        for item, name in dataset_rows.item_genres(lib, kind) + dataset_rows.item_tags(lib, kind):
            if item in liked:
                terms.add(name.lower())
    return terms


def test_recommend_json_explain_carries_the_other_kind_terms(
    music_only, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _models, _ = music_only
    assert main(["train", "--kind", "film", "--quiet", "--library", str(path)]) == 0
    capsys.readouterr()
    args = ["recommend", "--profile", str(PROFILE), "--kind", "film", "--n", "5", "--json",
            "--explain", "--library", str(path)]  # fmt: skip
    assert main(args) == 0
    out = json.loads(capsys.readouterr().out)
    rows = out["items"]
    assert rows and all(row["why"].startswith("Because you listen to ") for row in rows)
    for row in rows:
        tastes = row["evidence"]["tastes"]
        assert tastes and all(t["from"] == "music" and t["weight"] > 0 for t in tastes)
        assert row["why"] == cross_kind.because("music", [t["term"] for t in tastes])


def test_recommend_explains_in_chinese_with_the_terms_translated(
    music_only, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``recommend --explain`` under LANG=zh_CN: the reason and its standard terms in Chinese,
    as the window shows them (a person's own tags would stay as they are)."""
    from desktop_recsys.config.language import catalog
    from desktop_recsys.config.paths import models_dir_for

    path = tmp_path / "demo.sqlite"
    shutil.copyfile(music_only[0], path)
    train_model(path, models_dir_for(path), kind="film")
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    args = ["recommend", "--profile", str(PROFILE), "--kind", "film", "--n", "5", "--explain",
            "--library", str(path)]  # fmt: skip
    assert main(args) == 0
    out = capsys.readouterr().out
    monkeypatch.setenv("LANG", "C")
    assert main([*args, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["items"]
    zh = catalog("zh_CN")
    for row in rows:
        terms = [t["term"] for t in row["evidence"]["tastes"]]
        assert zh.message(cross_kind.because("music", terms)) in out
    every = [t["term"] for row in rows for t in row["evidence"]["tastes"]]
    standard = [t for t in every if zh.terms((t,)) != t]
    assert standard, f"no standard genre or mood among {every}: the test cannot fail"
    assert not any(f"听{t}" in out or f"、{t}" in out for t in standard)


def test_the_list_hands_over_to_the_film_model_as_films_are_rated(
    demo_library_copy: Path, tmp_path: Path
) -> None:
    models = tmp_path / "models"
    hide_kind(demo_library_copy, PROFILE, "film", keep=10)
    train_model(demo_library_copy, models, kind="film")
    with Library.open(demo_library_copy) as lib:
        assert cross_kind.own_count(lib, PROFILE, "film") == 10
    model = recommend_for(demo_library_copy, models, profile=PROFILE, kind="film", n=50)
    half = cross_kind.blend(demo_library_copy, model)
    assert [r.item_id for r in half.rows[:10]] != [r.item_id for r in model.rows[:10]]
    # Half the weight: some picks keep the model's reason, followed by the music behind them.
    assert any("; Because you listen to " in r.explanation for r in half.rows[:20])
    assert half.note.endswith("until you have rated or played 20 films (10 so far)")
    # With 5 films the music leads: its reason first, the model's own after it.
    hide_kind(demo_library_copy, PROFILE, "film", keep=5)
    train_model(demo_library_copy, models, kind="film")
    model = recommend_for(demo_library_copy, models, profile=PROFILE, kind="film", n=50)
    lead = cross_kind.blend(demo_library_copy, model)
    assert any(
        r.explanation.startswith("Because you listen to ")
        and "; Because you liked " in r.explanation
        for r in lead.rows[:30]
    )
    # With 20 films the film model has the whole list: exactly its rows.
    shutil_keep(demo_library_copy, PROFILE, 20, tmp_path)
    train_model(demo_library_copy, models, kind="film")
    model = recommend_for(demo_library_copy, models, profile=PROFILE, kind="film", n=50)
    assert cross_kind.blend(demo_library_copy, model) is model


def shutil_keep(path: Path, profile: int, n: int, tmp_path: Path) -> None:
    """Give the profile ``n`` films of its own (rated 4 stars), the ones most liked by others."""
    with Library.open(path) as lib:
        have = dataset_rows.profile_item_ids(lib, profile, "film")
        films = [int(r[0]) for r in dataset_rows.catalogue(lib, "film") if r[0] not in have]
        lib.ratings.set_many([(profile, i, 4.0, 1.7e9) for i in films[: n - len(have)]])
        assert cross_kind.own_count(lib, profile, "film") == n


def test_a_profile_with_both_kinds_and_enough_evidence_keeps_its_list(
    demo_library_copy: Path, tmp_path: Path
) -> None:
    models = tmp_path / "models"
    train_model(demo_library_copy, models, kind="film")
    train_model(demo_library_copy, models, kind="track")
    for kind in ("film", "track"):
        model = recommend_for(demo_library_copy, models, profile=PROFILE, kind=kind, n=30)
        assert cross_kind.blend(demo_library_copy, model) is model
        mine = for_you_service.for_you_list(
            demo_library_copy, models, profile=PROFILE, kind=kind, n=30
        )
        assert mine.recommendations is not None
        shown = mine.recommendations.rows
        assert [(r.item_id, r.explanation, r.score) for r in shown] == [
            (r.item_id, r.explanation, r.score) for r in model.rows
        ]
        assert not any(r.evidence.tastes for r in mine.recommendations.rows)


def test_without_the_other_kind_the_list_is_the_popularity_list_exactly(
    demo_library_copy: Path, tmp_path: Path
) -> None:
    models = tmp_path / "models"
    with Library.open(demo_library_copy) as lib:
        newcomer = lib.profiles.add("Newcomer").id
        # Music that says nothing of taste: a skipped play and a 2-star rating.
        track = int(dataset_rows.catalogue(lib, "track")[0][0])
        lib.plays.add_many([(newcomer, track, 1.7e9, 0.05, True, 1)])
        lib.ratings.set_many(
            [(newcomer, int(dataset_rows.catalogue(lib, "track")[1][0]), 2.0, 1.7e9)]
        )
    train_model(demo_library_copy, models, kind="film")
    model = recommend_for(demo_library_copy, models, profile=newcomer, kind="film", n=20)
    assert all(r.fallback for r in model)
    assert cross_kind.blend(demo_library_copy, model) is model
    mine = for_you_service.for_you_list(
        demo_library_copy, models, profile=newcomer, kind="film", n=20
    )
    assert mine.recommendations is not None
    shown = mine.recommendations.rows
    assert [(r.item_id, r.explanation, r.score) for r in shown] == [
        (r.item_id, r.explanation, r.score) for r in model.rows
    ]
    assert all(r.explanation.startswith("Popular with ") for r in mine.recommendations.rows)


def test_a_film_only_profile_gets_tracks_because_of_what_it_watches(
    demo_library_copy: Path, tmp_path: Path
) -> None:
    models = tmp_path / "models"
    for kind in ("track", "artist"):
        hide_kind(demo_library_copy, PROFILE, kind)
    train_model(demo_library_copy, models, kind="track")
    mine = for_you_service.for_you_list(
        demo_library_copy, models, profile=PROFILE, kind="track", n=10
    )
    assert mine.recommendations is not None
    rows = mine.recommendations.rows[:10]
    assert sum(r.explanation.startswith("Because you watch ") for r in rows) >= 8
    assert all(t.source == "films" for r in rows for t in r.evidence.tastes)


def test_sound_moods_count_only_where_tracks_were_analysed(music_only, tmp_path: Path) -> None:
    path = tmp_path / "moods.sqlite"
    shutil.copyfile(music_only[0], path)
    with Library.open(path) as lib:
        before = cross_kind.cross_list(lib, PROFILE, "film")
        liked = [p.item_id for p in lib.plays.for_profile(PROFILE) if not p.skipped]
        # Rows as the analyser stores them: quiet, slow, minor-key tracks.
        with lib.transaction() as conn:
            conn.executemany(
                "INSERT OR REPLACE INTO audio_features (item_id, analyser, status, tempo, energy,"
                " mode, loudness, analysed_at) VALUES (?, 1, 'ok', 70, 0.2, 'minor', -20, 0)",
                [(i,) for i in sorted(set(liked))],
            )
        after = cross_kind.cross_list(lib, PROFILE, "film")
    assert before is not None and after is not None
    terms_before = {t for k in range(len(before.item_ids)) for t, _ in before.reason(k)}
    terms_after = {t for k in range(len(after.item_ids)) for t, _ in after.reason(k)}
    # The demo's tracks have no such tags: only the analysed sound can bring them.
    assert not {"calm", "dark"} & terms_before
    assert {"calm", "dark"} & terms_after
    assert engine.sound_moods(150, 0.9, "minor") == ["energetic", "melancholic", "upbeat"]
    assert engine.sound_moods(70, 0.2, "minor") == ["calm", "dark"]
    assert engine.sound_moods(None, None, None) == []


def test_the_map_covers_the_genres_and_tags_the_data_uses(data_dir: Path) -> None:
    the_map = cross_kind.hand_map()
    music = {m for m, _ in the_map.pairs}
    films = {f for _, f in the_map.pairs}
    assert {g.lower() for g in MUSIC_GENRES + _TAGS_MUSIC} <= music
    assert {g.lower() for g in FILM_GENRES + _TAGS_FILM} <= films
    movielens = set()
    for line in (data_dir / "ml-latest-small" / "movies.csv").read_text("utf-8").splitlines()[1:]:
        movielens |= set(line.rsplit(",", 1)[1].split("|"))
    assert {g.lower() for g in movielens - {"(no genres listed)"}} <= films
    lastfm = dict(
        line.split("\t")
        for line in (data_dir / "hetrec2011-lastfm-2k" / "tags.dat")
        .read_text("latin-1")
        .splitlines()[1:]
    )
    counts: dict[str, int] = {}
    for line in (
        (data_dir / "hetrec2011-lastfm-2k" / "user_taggedartists.dat").read_text().splitlines()[1:]
    ):
        tag = lastfm[line.split("\t")[2]]
        counts[tag] = counts.get(tag, 0) + 1
    top = sorted(counts, key=lambda t: -counts[t])[:50]
    # Who sings and where from says nothing of taste in films.
    neutral = {"female vocalists", "male vocalists", "british", "american"}
    assert [t for t in top if t not in music and t not in neutral] == []


def test_a_bad_map_row_is_named() -> None:
    with pytest.raises(ValueError, match="line 3: weight 'x' is not a number"):
        engine.parse_map(["music,film,weight", "jazz,drama,0.5", "jazz,crime,x"])
    with pytest.raises(ValueError, match="line 1: expected music,film,weight"):
        engine.parse_map(["jazz,drama"])
    with pytest.raises(ValueError, match="not between 0 and 1"):
        engine.parse_map(["# a comment", "jazz,drama,1.5"])
    parsed = engine.parse_map(["# c", "music,film,weight", " Jazz , Film-Noir ,0.9"])
    assert parsed.pairs == {("jazz", "film-noir"): 0.9}


def test_the_learned_bridge_follows_what_profiles_with_both_kinds_do() -> None:
    # Two kinds of people: those who listen to a watch x, those who listen to b watch y.
    source = np.array([[1.0, 0.0]] * 4 + [[0.0, 1.0]] * 4)
    target = np.array([[1.0, 0.0]] * 4 + [[0.0, 1.0]] * 4)
    candidates = np.array([[1.0, 0.0], [0.0, 1.0]])
    hand = np.zeros((2, 2))
    scored = engine.combine(
        np.array([1.0, 0.0]), ["a", "b"], ["x", "y"], candidates, hand, bridge=(source, target)
    )
    assert scored.scores[0] > scored.scores[1]
    assert [term for term, _w in scored.reason(0)] == ["a"]
    assert scored.reason(1) == ()  # nothing the profile listens to raised y
    assert scored.bridge_profiles == 8
    # Without profiles having both kinds, the hand map decides.
    hand = np.array([[0.0, 1.0], [0.0, 0.0]])
    alone = engine.combine(np.array([1.0, 0.0]), ["a", "b"], ["x", "y"], candidates, hand)
    assert alone.scores[1] > alone.scores[0] and alone.reason(1)[0][0] == "a"


def test_a_damaged_map_costs_no_list(
    music_only, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    broken = tmp_path / "map.csv"
    broken.write_text("music,film,weight\njazz,crime,lots\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 2: weight 'lots' is not a number"):
        cross_kind.hand_map(str(broken))
    original = cross_kind.hand_map
    monkeypatch.setattr(cross_kind, "hand_map", lambda: original(str(broken)))
    with Library.open(music_only[0]) as lib:
        cross = cross_kind.cross_list(lib, PROFILE, "film")
    assert cross is not None and cross.bridge_profiles == 24  # the other bridges still work
    assert "the cross-kind map cannot be read (line 2" in caplog.text


def test_the_reasons_terms_are_translated_where_they_are_standard_names() -> None:
    """Genre names and sound moods in a reason follow the language (the Genres column's
    translations, here through the command line's catalogue); a person's own tag stays."""
    from desktop_recsys.config.language import catalog

    reason = cross_kind.because("music", ["soul", "energetic", "my own tag"])
    # A mood is named as one (issue 19: "Because you listen to soul, energetic" read oddly).
    assert reason == "Because you listen to soul, my own tag and to energetic music"
    assert catalog("en").message(reason) == reason
    assert catalog("zh_CN").message(reason) == "因为你常听灵魂乐、my own tag，也爱听充满活力的音乐"
    moods = cross_kind.because("music", ["calm", "dark"])
    assert moods == "Because you listen to calm, dark music"
    assert catalog("zh_CN").message(moods) == "因为你常听平静、阴郁的音乐"
    assert cross_kind.because("music", ["soul"]) == "Because you listen to soul"
    films = cross_kind.because("films", ["Science Fiction", "twist ending"])
    assert catalog("zh_CN").message(films) == "因为你常看科幻、twist ending"
    # The terms survive a trip between processes (jobs' results are pickled).
    back = pickle.loads(pickle.dumps(reason))
    assert back.args["terms"].names == ("soul", "my own tag")
    assert back.args["moods"].names == ("energetic",)
    assert catalog("zh_CN").message(back) == catalog("zh_CN").message(reason)
