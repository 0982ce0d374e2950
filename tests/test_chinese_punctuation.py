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


def test_profile_reads_as_user_not_archive() -> None:
    """档案 ("archive, dossier") read oddly for a profile: 用户 is used throughout."""
    assert not [s for s, t in translations() if "档案" in t]
