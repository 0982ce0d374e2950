"""Chinese text uses full-width punctuation: a half-width comma, colon, semicolon, ! or ?
or parenthesis next to a Chinese character in the catalogue is a defect ("演示媒体库:合成数据,
供试用本应用"). Kept as they are: accelerators "(&K)" and file-dialog filters "(*.csv);;"."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "resources/translations/desktop_recsys_zh_CN.ts"
HAN = "\u4e00-\u9fff"
HALF_WIDTH_NEXT_TO_HAN = re.compile(f"(?<=[{HAN}])[,:;!?()]|[,:;!?()](?=[{HAN}])")


def offending(text: str) -> list[str]:
    text = re.sub(r"\(&\w\)", "", text)  # accelerators: Qt's convention, half-width
    text = text.replace(";;", " ")  # file-dialog filter separators
    return [
        text[max(0, m.start() - 6) : m.end() + 6] for m in HALF_WIDTH_NEXT_TO_HAN.finditer(text)
    ]


def translations() -> list[tuple[str, str]]:
    root = ET.parse(TS).getroot()
    found = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        found += [(source, form) for form in forms]
    return found


def test_no_half_width_punctuation_next_to_chinese_characters() -> None:
    bad = {source: offending(text) for source, text in translations() if offending(text)}
    assert not bad, f"{len(bad)} translations with half-width punctuation: {bad}"


def test_the_check_catches_the_reported_sentence_and_spares_accelerators() -> None:
    assert len(offending("演示媒体库:合成数据,供试用本应用")) == 2
    assert offending("截断值 K(&K)：") == []
    assert offending("导出文件 (*.csv);;所有文件 (*)") == []
    assert offending("来自 {1} 的 {0} 条推荐（模型 {2},训练于{3}）") != []


#: A half-width ":" or ";" right after a placeholder or a file name in a Chinese sentence
#: ("{1} 的 {0}:{2}", "（散度 {1:.2f};0", "ratings.csv;1-10"): the screenshots showed them.
AFTER_PLACEHOLDER = re.compile(r"(?<=[}\w.])[:;](?=[\d{ ]|\w)")


def after_placeholder(text: str) -> list[str]:
    if not re.search(f"[{HAN}]", text):
        return []
    text = text.replace(";;", " ")  # file-dialog filter separators
    text = re.sub(r"\{[^{}]*\}", lambda m: "{" + "x" * (len(m.group()) - 2) + "}", text)
    text = re.sub(r"\w+:\w+=\w+(;\w+=\w+)*", " ", text)  # NAME:key=value;key=value (CLI)
    text = re.sub(r"\b[a-z]+:\d+\b", " ", text)  # a data set's user id ("ml:42")
    text = re.sub(r"\b[A-Za-z_]+:[A-Za-z_]+(:[A-Za-z_]+)?\b", " ", text)  # FIELD:OP:VALUE
    return [text[max(0, m.start() - 6) : m.end() + 6] for m in AFTER_PLACEHOLDER.finditer(text)]


def test_no_half_width_colon_or_semicolon_after_a_placeholder_in_chinese() -> None:
    bad = {source: after_placeholder(text) for source, text in translations()}
    bad = {source: found for source, found in bad.items() if found}
    assert not bad, f"{len(bad)} translations with half-width ':' or ';': {bad}"


def test_the_placeholder_check_catches_what_the_screenshots_showed() -> None:
    assert after_placeholder("{1} 的 {0}:{2},95% 区间 {3} 至 {4}")
    assert after_placeholder("（散度 {1:.2f};0 表示完全一致）")
    assert after_placeholder("IMDb 的 ratings.csv;1-10 星换算为 0.5-5 星")
    assert after_placeholder("{0}:{1:.0%} 来自长尾")
    assert not after_placeholder("{0}：{1:.0%} 来自长尾")
    assert not after_placeholder("导出文件 (*.csv *.zip);;所有文件 (*)")
    assert not after_placeholder("{0} of {1}: {2}")  # not Chinese


def test_profile_reads_as_user_not_archive() -> None:
    """档案 ("archive, dossier") read oddly for a profile: 用户 is used throughout."""
    assert not [s for s, t in translations() if "档案" in t]
