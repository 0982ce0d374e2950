"""A tag sync's problem lines (a file not read or not written, and why) read in the command
line's language (issue 19 "Language"); the paths stay as they are, --json keeps English."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from desktop_recsys.config.language import catalog
from desktop_recsys.library.tag_files import TagWriteError, unwritable_format, write_problem
from tests.services.test_tag_sync import FILES, music, rated_library  # noqa: F401 (fixture)

HAN = re.compile("[\u4e00-\u9fff]")
ZH = catalog("zh_CN")


def test_problem_lines_of_a_write_in_chinese(  # type: ignore[no-untyped-def]
    music: Path,  # noqa: F811 (the fixture)
    tmp_path: Path,
    command_line,
) -> None:
    path = tmp_path / "lib.sqlite"
    rated_library(path, music)
    locked, gone, broken = (music / FILES[k] for k in ("flac", "ogg", "mp3"))
    locked.chmod(0o444)
    gone.unlink()
    broken.write_bytes(b"not audio at all\n" * 64)  # changed after the scan: tags unreadable
    command_line.speak("LANG")
    code, out, err = command_line.run(
        "tags", "write", "--profile", "Me", "--quiet", "--library", str(path)
    )
    assert code == 0, err
    lines = out.splitlines()
    [read_only] = [line for line in lines if str(locked) in line]
    assert read_only.endswith("：未完成：文件是只读的；什么也没写入（设为可写后才能写入其标签）")
    [missing] = [line for line in lines if str(gone) in line]
    assert missing.endswith("：未完成：文件不见了；已跳过"), missing
    [unreadable] = [line for line in lines if str(broken) in line]
    # mutagen's own words about the file stay as they are, inside the Chinese sentence.
    assert re.search("：未完成：无法读取其标签（[^（）]+）；已跳过$", unreadable), unreadable
    for line, file in ((read_only, locked), (missing, gone), (unreadable, broken)):
        said = re.sub("（[^（）]+）；已跳过", "", line.split(str(file), 1)[1])
        assert not re.search(r"[A-Za-z]{3,}", said), line
    # Programs read the English sentence.
    code, out, _ = command_line.run(
        "tags", "write", "--profile", "Me", "--json", "--quiet", "--library", str(path)
    )
    details = {line["path"]: line["detail"] for line in json.loads(out)["lines"]}
    assert details[str(locked)].startswith("the file is read-only; nothing written")


@pytest.mark.parametrize("kind", ["WAV", "AIFF"])
def test_each_reason_of_the_tag_files_is_translated(kind: str, tmp_path: Path) -> None:
    refused = unwritable_format(kind)
    assert refused is not None and HAN.search(ZH.message(refused))
    assert ZH.message(refused) == f"评分不会写入 {kind} 文件（只写入 MP3、FLAC、Ogg 和 M4A）"
    folder = tmp_path / "folder"
    folder.mkdir()
    for problem in (write_problem(tmp_path / "nothing.mp3"), write_problem(folder)):
        assert problem is not None and HAN.search(ZH.message(problem)), problem
    error = TagWriteError(refused)
    assert error.reason is refused and str(error) == str(refused)
