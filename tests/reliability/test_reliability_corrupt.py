"""Corrupt media files in a scan, and corrupt library files at open."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from reliability_helpers import TALLY, assert_library_sound

from desktop_recsys.library import Library, LibraryError
from desktop_recsys.services.import_service import import_folder

MEDIA = Path(__file__).resolve().parents[1] / "data" / "media"


def _absurd_id3() -> bytes:
    # An ID3v2.4 header claiming a 256 MB tag (synchsafe 0x7f7f7f7f), then a frame that lies too.
    return b"ID3\x04\x00\x00\x7f\x7f\x7f\x7f" + b"TIT2\x7f\x7f\x7f\x7f\x00\x00\x03" + b"x" * 40


def test_scan_completes_and_lists_every_corrupt_file(tmp_path: Path) -> None:
    root = tmp_path / "media"
    shutil.copytree(MEDIA, root)
    odd = root / "odd"
    odd.mkdir()
    (odd / "zero.mp3").write_bytes(b"")
    (odd / "random.flac").write_bytes(os.urandom(5000))
    (odd / "absurd tag.mp3").write_bytes(_absurd_id3())
    (odd / "text.ogg").write_text("not audio at all", encoding="utf-8")
    (
        odd
        / "bad utf8 \udcff name.mp3".encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    ).write_bytes(b"\xff\xfb" + os.urandom(300))
    (odd / "line\nbreak.mp3").write_bytes(_absurd_id3())
    (odd / "音楽 موسيقى.flac").write_bytes(b"fLaC" + os.urandom(100))
    (odd / "film.mkv").write_bytes(b"\x1aE\xdf\xa3" + os.urandom(64))
    (odd / "film.nfo").write_bytes(b"<movie><title>\x00\xff</title><year>-5</year>" * 3)
    # Found by the slow fuzz campaign: an XML declaration naming an unknown encoding.
    (odd / "enc.mkv").write_bytes(b"\x1aE\xdf\xa3" + os.urandom(64))
    (odd / "enc.nfo").write_bytes(b'<?xml version="1.0" encoding="NaNUTF-8"?><movie/>')
    library = tmp_path / "lib.sqlite"
    report = import_folder(library, root)
    assert report.status == "finished"
    listed = {Path(p.file).name for p in report.problems}
    for name in (
        "zero.mp3",
        "random.flac",
        "absurd tag.mp3",
        "text.ogg",
        "line\nbreak.mp3",
        "enc.nfo",
    ):
        assert name in listed, (name, sorted(listed))
    TALLY["inputs tried"] += 9
    TALLY["bad rows reported"] += report.problem_count
    assert_library_sound(library)
    # The scan is repeatable over the same mess.
    again = import_folder(library, root)
    assert again.status == "finished"


@pytest.mark.parametrize("damage", ["truncated", "zeroed_header", "random"])
def test_corrupt_library_files_are_refused_with_a_message(
    demo_library_copy: Path, damage: str
) -> None:
    data = demo_library_copy.read_bytes()
    if damage == "truncated":
        data = data[: len(data) // 3]
    elif damage == "zeroed_header":
        data = data[:16] + b"\0" * 84 + data[100:]
    else:
        data = data[:16] + os.urandom(len(data) - 16)
    demo_library_copy.write_bytes(data)
    with pytest.raises(LibraryError) as info, Library.open(demo_library_copy) as lib:
        lib.stats.collect()  # would read half a library if the open let it through
    assert "\n" not in str(info.value) and str(demo_library_copy) in str(info.value)
    assert demo_library_copy.read_bytes() == data  # refused without writing
