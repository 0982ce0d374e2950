"""Reasons read as Chinese is written (issue 19 "Language"): list items joined by "、", no
half-width ", " or ":" in the sentence, and no space between two Chinese words where a
template put one around a placeholder ("来自 默认算法 模型"). Checked on what a person reads:
For you (films and music, several algorithms), More like this, the recent-taste shelf, the
cross-kind reasons, and ``recommend --explain`` under LANG=zh_CN."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path
from types import SimpleNamespace

import pytest

from desktop_recsys.cli.entry import main
from desktop_recsys.config.cjk_spacing import format_spaced
from desktop_recsys.config.language import catalog
from desktop_recsys.config.paths import models_dir_for
from desktop_recsys.engine.features import FeatureExplanation
from desktop_recsys.library import Library
from desktop_recsys.progress import Message, Terms, listing
from desktop_recsys.services import cross_kind, recommend_service, similar_items
from desktop_recsys.services.recommend_service import _describe
from desktop_recsys.services.training_service import train_model

HAN = "\u4e00-\u9fff"
#: Half-width list and clause punctuation; a space between two Chinese characters.
HALF_WIDTH = re.compile(r"[,:;]")
SPACE_IN_CHINESE = re.compile(f"(?<=[{HAN}]) +(?=[{HAN}])")


def defects(text: str, names: list[str]) -> list[str]:
    """What is wrong in a Chinese reason ``text`` once the names it cites (titles, people,
    tags: data, kept as they are, commas and all) are taken out."""
    if not re.search(f"[{HAN}]", text):
        return [f"not Chinese: {text!r}"]
    rest = text
    for name in sorted(set(names), key=len, reverse=True):
        if name:
            rest = rest.replace(name, "▯")
    rest = re.sub(r"\(\d{4}\)", "", rest)  # "The Rain (2000)": a title's year, as data shows it
    found = [f"half-width {m.group()!r} in {text!r}" for m in HALF_WIDTH.finditer(rest)]
    found += [f"space between Chinese words in {text!r}" for _ in SPACE_IN_CHINESE.finditer(text)]
    # An English word left in the sentence ("相同的 decade：1960", "时长相近（105-135 min）").
    found += [f"English {w!r} in {text!r}" for w in re.findall(r"[A-Za-z]{3,}", rest)]
    return found


ZH = catalog("zh_CN")


def test_the_check_catches_what_the_screenshots_showed() -> None:
    old = "因为你喜欢 The Rain (2000), Velvet Riddle, Morning Raven"
    assert defects(old, ["The Rain", "Velvet Riddle", "Morning Raven"])
    assert defects("来自 默认算法 模型的你的口味", [])
    assert not defects("因为你喜欢 The Rain (2000)、Velvet Riddle", ["The Rain", "Velvet Riddle"])
    assert not defects(
        "因为你喜欢 Crouching Tiger, Hidden Dragon", ["Crouching Tiger, Hidden Dragon"]
    )


def test_a_list_of_names_is_joined_the_chinese_way() -> None:
    titles = listing(["Alien", "Heat", "星际穿越"])
    assert str(titles) == "Alien, Heat, 星际穿越"  # English, and --json, as before
    assert ZH.message(titles) == "Alien、Heat、星际穿越"
    assert listing(["Alien"]) == "Alien" and listing([]) == ""
    reason = Message("Because you liked {titles}", titles=listing(["星际穿越", "Heat"]))
    # A Chinese title right after the verb: no space between the Chinese words.
    assert ZH.message(reason) == "因为你喜欢星际穿越、Heat"
    assert format_spaced("来自 {0} 模型", "默认算法") == "来自默认算法模型"
    assert format_spaced("来自{0}模型", "als") == "来自 als 模型"
    assert format_spaced("from the {0} model", "default") == "from the default model"


def test_every_kind_of_for_you_reason_reads_chinese() -> None:
    meta = {
        1: (1, "film", "Alien", None, None, 1979, "Sci-Fi"),
        2: (2, "film", "Heat", None, None, 1995, "Crime"),
        3: (3, "film", "Ran", None, None, 1985, "Drama"),
    }
    features = [
        ("genres:Comedy", 0.4),
        ("genres:Drama", 0.2),
        ("tags:space", 0.1),
        ("tags:heist", 0.1),
        ("people:Ann Lee", 0.1),
        ("people:Bo Ivers", 0.1),
        ("duration:105-135 min", 0.1),
        ("friend:Bob", 0.1),
        ("friend:Cat", 0.1),
    ]
    why = FeatureExplanation(
        "7", "3", 0.9, "item", "x", [("1", 0.5), ("2", 0.2), ("3", 0.1)], False, features
    )
    _because, text = _describe(why, meta, fallback=False)
    names = ["Alien", "Heat", "Ran", "space", "heist", "Ann Lee", "Bo Ivers"]
    shown = ZH.message(text)
    assert not defects(shown, names), shown
    assert "Alien、Heat、Ran" in shown and "Ann Lee、Bo Ivers" in shown
    assert "喜剧、剧情" in shown  # standard genre names in Chinese, joined by "、"
    assert "时长相近（105-135 分钟）" in shown  # the unit too
    assert "Similar length (105-135 min)" in str(text)  # English and --json as before
    for terms in (["soul", "energetic"], ["soul", "jazz", "calm", "dark"], ["calm"], ["soul"]):
        reason = ZH.message(cross_kind.because("music", terms))
        assert not defects(reason, []), reason
    films = ZH.message(cross_kind.because("film", ["Science Fiction", "twist ending"]))
    assert not defects(films, ["twist ending"]), films


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory, demo_library_file: Path) -> Path:
    folder = tmp_path_factory.mktemp("reasons")
    path = folder / "demo.sqlite"
    shutil.copyfile(demo_library_file, path)
    for kind in ("film", "track"):
        train_model(path, models_dir_for(path), kind=kind)
    train_model(path, models_dir_for(path), kind="film", algorithm="content")
    return path


def data_names(path: Path) -> list[str]:
    """Every title, person and tag of the library: what a reason may cite as it is."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        rows = db.execute(
            "SELECT title FROM items UNION SELECT artist FROM items WHERE artist IS NOT NULL "
            "UNION SELECT name FROM tags UNION SELECT name FROM people"
        ).fetchall()
    names = [str(name) for (name,) in rows]
    return names


def test_the_lists_reasons_read_chinese(trained: Path) -> None:
    names = data_names(trained)
    seen: list[str] = []
    for kind, algorithm in (("film", None), ("track", None), ("film", "content")):
        recs = recommend_service.recommend_for(
            trained, models_dir_for(trained), profile=1, kind=kind, n=30, algorithm=algorithm
        )
        for row in recs.rows:
            shown = ZH.message(row.explanation)
            assert not defects(shown, names), shown
            seen.append(shown)
    assert any("、" in text for text in seen), "no reason lists two names: the test proves little"
    with Library.open(trained) as library:
        films = library.items.ids_by_kind("film")[:5]
    for film in films:
        similar = similar_items.similar_to(trained, models_dir_for(trained), film, n=10)
        for row in similar.items:
            shown = ZH.message(row.reason)
            assert not defects(shown, names), shown


def test_recommend_explain_reads_chinese_under_lang(
    trained: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    args = ["recommend", "--profile", "1", "--kind", "film", "--n", "10", "--explain",
            "--library", str(trained)]  # fmt: skip
    assert main(args) == 0
    out = capsys.readouterr().out
    whys = [
        line.split("：", 1)[1] for line in out.splitlines() if line.strip().startswith("原因：")
    ]
    assert len(whys) == 10, out
    names = data_names(trained)
    for why in whys:
        assert not defects(why, names), why
    assert any("、" in why for why in whys), whys


def test_terms_keep_their_names_between_processes() -> None:
    terms = Terms(["soul", "my own tag"])
    assert ZH.terms(terms.names) == "灵魂乐、my own tag"


def test_more_like_this_lists_people_the_chinese_way() -> None:
    neighbour = SimpleNamespace(
        source="content",
        together=0,
        series=None,
        same_artist=False,
        genres=["Drama", "War"],
        people=["Ann Lee", "Bo Ivers"],
    )
    reason = similar_items._reason(neighbour, "film", "Ran", None)
    assert str(reason) == "Same genres: Drama, War; Also with Ann Lee, Bo Ivers"  # English
    shown = ZH.message(reason)
    assert not defects(shown, ["Ann Lee", "Bo Ivers"]), shown
    assert "Ann Lee、Bo Ivers" in shown and "剧情、战争" in shown
