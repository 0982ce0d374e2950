"""An engine explanation's own sentence is a translatable Message (issue 19 "Language"): the
base contract ("because you liked …", "similar people liked it: …"), content ("shares genres
…"), the hybrid ("blend of …"), the social model ("your friends … have it") and the learned
ranker read in Chinese through the same catalogue as the services' reasons, and word for word
as before in English. Names from the data (ids, genres' own names) stay as they are."""

from __future__ import annotations

import re

import numpy as np

from desktop_recsys.config.language import catalog
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.registry import create
from tests.engine.test_algorithms import tiny
from tests.engine.test_content import films
from tests.engine.test_social import circle

ZH = catalog("zh_CN")
HAN = re.compile("[\u4e00-\u9fff]")
#: A space between two Chinese characters or full-width punctuation marks.
SPACE_IN_CHINESE = re.compile(
    "(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]) +(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])"
)


def chinese(text: object, *names: str) -> str:
    """``text`` in Chinese, checked: Chinese words, no English word left once the data's own
    names (ids, titles, algorithm names) are taken out, no space between Chinese words."""
    shown = ZH.message(text)
    assert hasattr(text, "template"), f"plain text, not a Message: {text!r}"
    rest = shown
    for name in sorted(names, key=len, reverse=True):
        rest = rest.replace(name, "")
    assert HAN.search(shown), shown
    assert not re.search(r"[A-Za-z]{3,}", rest), shown
    assert not SPACE_IN_CHINESE.search(shown), shown
    return shown


def test_the_base_contracts_sentences(two_tastes: Dataset) -> None:
    item = create("item-knn").fit(tiny()).explain("u3", "b")
    assert str(item.text) == "because you liked a"
    assert chinese(item.text, "a") == "因为你喜欢 a"
    user = create("user-knn", {"k": "10"}).fit(two_tastes)
    found = user.recommend("a02", 1).items[0]
    said = user.explain("a02", found)
    assert str(said.text).startswith("similar people liked it: a")
    ids = [name for name, _ in said.contributions]
    assert chinese(said.text, *ids).startswith("相似的人喜欢它：a")
    assert "、" in ZH.message(said.text) or len(said.contributions) == 1


def test_content_and_social_sentences() -> None:
    e = create("content").fit(films()).explain("u1", "c3")
    assert str(e.text).startswith("shares genres Comedy")
    shown = chinese(e.text, "Hugh Grant", "c2", "c1", "Romance", "Comedy")
    assert shown.startswith("共同点：流派：喜剧、爱情")  # standard genres in the language
    social = create("social", {"two_hop_weight": "0"}).fit(circle())
    friends = social.explain("ann", "jazz").text
    assert str(friends) == "your friends bob have it"
    assert chinese(friends, "bob") == "你的好友 bob 有它"
    two_hops = create("social", {"two_hop_weight": "0.5"}).fit(circle()).explain("ann", "folk")
    assert "(friend of a friend)" in str(two_hops.text)
    assert chinese(two_hops.text, "dan", "bob", "cat").startswith("好友的好友有它：")
    alone = create("social", {"fallback": "content"}).fit(circle())
    first = alone.recommend("eve", 1).items[0]
    text = alone.explain("eve", first).text
    assert str(text).startswith("no friends with a history; ")
    assert ZH.message(text).startswith("没有有记录的好友；")


def test_hybrid_and_learned_ranker_sentences(two_tastes: Dataset) -> None:
    hybrid = create("hybrid").fit(two_tastes)
    item = hybrid.recommend("a02", 1).items[0]
    e = hybrid.explain("a02", item)
    assert re.match(r"blend of \w[\w-]* \d\.\d\d", str(e.text)), e.text
    parts = [name for name, _ in e.features] + [name for name, _ in e.contributions]
    shown = ZH.message(e.text)
    assert shown.startswith("混合自 ") and HAN.search(shown)
    rest = shown
    for name in sorted(parts, key=len, reverse=True):
        rest = rest.replace(name, "")
    assert not re.search(r"\b(?:blend|because|liked|similar|people)\b", rest), shown
    ranker = create("learned-ranker", {"model": "tree", "trees": "5"}).fit(two_tastes)
    best = ranker.recommend("a05", 1).items[0]
    said = ranker.explain("a05", best).text
    assert re.match(r"\S+ re-ranked on |outside the \S+ candidates", str(said)), said
    shown = ZH.message(said)
    assert "重新排序" in shown or "候选之中" in shown, shown
    if "re-ranked on" in str(said):  # the features that weighed most, in words
        drivers = shown.split("依据", 1)[1].split("重新排序", 1)[0]
        assert HAN.search(drivers) and "_" not in drivers and "generator" not in drivers, shown
    assert np.isfinite(ranker.explain("a05", best).score)
