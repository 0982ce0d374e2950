"""A folder scan's report notes are translated: in Simplified Chinese, every note of a real scan
(files that are not media, a file read by its content, edits kept over new tags, an audio-only
"film" refiled as a track) reads in Chinese, with only paths, formats and extensions left as
they are. The English text stays for the command line and the JSON report."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop_recsys.library import Library
from desktop_recsys.library.importers import folder as folder_module
from desktop_recsys.library.importers.folder import scan_folder
from desktop_recsys.services.library_service import bulk_edit_items
from desktop_recsys.ui.i18n import import_report_lines, install_translators

MEDIA = Path(__file__).resolve().parents[1] / "data" / "media"
CJK = re.compile(r"[\u4e00-\u9fff]")
# English words of the notes' templates that must not show through in Chinese.
ENGLISH = re.compile(
    r"\b(not media|imported|cover|pictures|content|name says|rename|kept|edits|album|genres|"
    r"audio only|video|track|film|ratings|plays|tags)\b"
)


@pytest.fixture
def zh(qapp: QApplication) -> Iterator[QApplication]:
    assert install_translators(qapp, "zh_CN") == "zh_CN"
    yield qapp
    assert install_translators(qapp, "en") == "en"


def _scan_with_every_kind_of_note(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> object:
    root = tmp_path / "Music Folder"
    root.mkdir()
    shutil.copyfile(MEDIA / "music" / "broken" / "actually an mp3.flac", root / "misnamed.flac")
    (root / "cover.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 60)
    (root / "movie-list.txt").write_text("Heat\n", encoding="utf-8")
    song = MEDIA / "music" / "Ada Alder" / "Quiet Roads" / "03 Blue Wind.mp3"
    shutil.copyfile(song, root / "song.mp3")
    shutil.copyfile(MEDIA / "music" / "Dmitri Duarte" / "Piers" / "Glass Harbour.m4a",
                    root / "Only Sound.mp4")  # fmt: skip
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib, monkeypatch.context() as patch:
        patch.setattr(folder_module, "mp4_has_video", lambda _path: True)  # an older version
        scan_folder(lib, root)
        ids = {Path(r.path).name: r.id for r in lib.items.page(None, limit=10) if r.path}
    bulk_edit_items(path, [ids["song.mp3"]], {"album": "Mine"}, genres=["Lounge"])
    from mutagen.id3 import ID3, TALB, TCON

    tags = ID3(root / "song.mp3")
    tags.setall("TALB", [TALB(encoding=3, text="Remixes")])
    tags.setall("TCON", [TCON(encoding=3, text="Blues")])
    tags.save()
    for changed in ("song.mp3", "misnamed.flac"):  # read again by the rescan
        os.utime(root / changed, (1_700_000_000, 1_700_000_000))
    with Library.open(path) as lib:
        return scan_folder(lib, root)


def test_every_note_of_a_scan_reads_in_chinese(
    zh: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = _scan_with_every_kind_of_note(tmp_path, monkeypatch)
    english = [str(n) for n in report.notes]
    for words in ("not media, not imported", "(rename it)", "kept your edits of album, genres",
                  "now a track instead of a film"):  # fmt: skip
        assert any(words in n for n in english), (words, english)  # the English text stays

    lines = import_report_lines(report)
    notes = [line for line in lines if line.startswith("备注：")]
    assert len(notes) == len(report.notes) >= 5, lines
    for note in notes:
        shown = note.replace(str(tmp_path / "Music Folder"), "")  # a path stays a path
        assert CJK.search(shown) and not ENGLISH.search(shown), note
    joined = "\n".join(notes)
    assert "封面和图片" in joined and "文本、日志和校验文件" in joined
    assert "保留了你对专辑、流派的编辑" in joined  # the field names are translated too
    assert "现归为曲目而非电影" in joined
    # The counts say it too: the refiled file's outcome word is translated.
    assert any("已重新归类" in line for line in lines), lines
