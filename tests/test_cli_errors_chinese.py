"""Errors raised below the command line (the library, its importers and exporters, the services)
reach a person in their language: through the real ``main()`` on a real library, under
``LANG=zh_CN.UTF-8`` and under the window's language setting, each a one-line Chinese sentence
with exit status 1 and the library left as it was; in English the same words as before."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop_recsys.library import Library
from tests.conftest import CommandLine

HAN = "\u3400-\u9fff"
HALF_WIDTH_NEXT_TO_HAN = re.compile(f"(?<=[{HAN}])[,:;!?()]|[,:;!?()](?=[{HAN}])")
PREFIXES = ("desktop-recsys: error: ", "desktop-recsys：错误：")


@pytest.fixture(params=["LANG", "setting"])
def chinese(request: pytest.FixtureRequest, command_line: CommandLine) -> str:
    """Chinese by ``LANG=zh_CN.UTF-8``, or by the window's setting with ``LANG=C``."""
    command_line.speak(str(request.param))
    return str(request.param)


@pytest.fixture
def english(command_line: CommandLine) -> None:
    command_line.speak("C")


def fails(command_line: CommandLine, *argv: str) -> str:
    """The one error line of a command that must fail with exit status 1."""
    code, _, err = command_line.run(*argv)
    assert code == 1, err
    lines = [line for line in err.splitlines() if line.startswith(PREFIXES)]
    assert len(lines) == 1, err
    assert not HALF_WIDTH_NEXT_TO_HAN.search(lines[0]), lines[0]
    return lines[0]


def _snapshot(path: Path) -> tuple[int, int, int, int]:
    with Library.open(path) as library:
        conn = library.conn
        return tuple(  # type: ignore[return-value]
            conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("items", "profiles", "ratings", "playlists")
        )


def _bad_files(folder: Path) -> dict[str, Path]:
    csv = folder / "ratings.csv"
    csv.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    backup = folder / "old.backup.sqlite"
    backup.write_text("not a database\n", encoding="utf-8")
    return {"csv": csv, "backup": backup}


def test_library_and_service_errors_in_chinese(  # type: ignore[no-untyped-def]
    chinese, demo_library_copy, tmp_path, command_line
) -> None:
    lib = str(demo_library_copy)
    before = _snapshot(demo_library_copy)
    files = _bad_files(tmp_path)
    # A bad import file (library/importers/imdb.py).
    line = fails(
        command_line, "import", "imdb", str(files["csv"]), "--profile", "Ada", "--library", lib
    )
    assert line == (
        f"desktop-recsys：错误：{files['csv']} 不是 IMDb 评分导出：没有 Const、Your Rating 或 Title 列；"
        "请给出 IMDb 导出中的 ratings.csv"
    )
    # A file that is not a backup (library/backup.py).
    line = fails(command_line, "restore", str(files["backup"]), "--library", lib)
    assert line == (
        f"desktop-recsys：错误：{files['backup']} 不是媒体库备份（不是 SQLite 文件）；请选择其他备份"
    )
    # A bad parameter (services/smart_playlists.py).
    line = fails(
        command_line, "playlist", "smart", "create", "New", "--profile", "Ada", "--preset", "fresh",
        "--rule", "year:>:2000", "--library", lib,
    )  # fmt: skip
    assert line == "desktop-recsys：错误：请给出 --preset 或 --rule，不要同时给出"
    # A name nothing matches (library/exporters/lists.py), and a folder that does not exist
    # (library/exporters/_files.py).
    line = fails(
        command_line, "export", "playlist", "Nope", "--profile", "Ada", "--out",
        str(tmp_path / "x.m3u8"), "--library", lib,
    )  # fmt: skip
    assert line == (
        "desktop-recsys：错误：此用户没有名为 'Nope' 的播放列表；“desktop-recsys playlist list”会列出播放列表"
    )
    out = tmp_path / "missing" / "items.csv"
    line = fails(
        command_line, "export", "library", "--format", "csv", "--out", str(out), "--library", lib
    )
    assert line == (
        f"desktop-recsys：错误：无法写入 {out}：文件夹 {out.parent} 不存在；请先创建它或选择其他文件夹"
    )
    # Another player's file that is not its database (library/importers/player_sources.py):
    # the file to pick is named in Chinese too.
    junk = tmp_path / "strawberry.db"
    junk.write_text("junk\n", encoding="utf-8")
    line = fails(command_line, "history", "import", "strawberry", str(junk), "--profile", "Ada",
                 "--library", lib)  # fmt: skip
    assert line == (
        "desktop-recsys：错误：strawberry.db 不是 SQLite 数据库；请选择 Strawberry 的 "
        "strawberry.db（位于 ~/.local/share/strawberry/strawberry）"
    )
    # A folder given as the library (library/db.py).
    line = fails(command_line, "stats", "--library", str(tmp_path))
    assert line == f"desktop-recsys：错误：媒体库路径 {tmp_path} 是文件夹；请给出文件名"
    # Nothing was lost or half-written.
    assert _snapshot(demo_library_copy) == before
    assert not out.parent.exists()


def test_the_same_errors_read_as_before_in_english(  # type: ignore[no-untyped-def]
    english, demo_library_copy, tmp_path, command_line
) -> None:
    lib = str(demo_library_copy)
    files = _bad_files(tmp_path)
    line = fails(
        command_line, "import", "imdb", str(files["csv"]), "--profile", "Ada", "--library", lib
    )
    assert line == (
        f"desktop-recsys: error: {files['csv']} is not an IMDb ratings export: no Const, "
        "Your Rating or Title column; give the ratings.csv of an IMDb export"
    )
    line = fails(command_line, "restore", str(files["backup"]), "--library", lib)
    assert line == (
        f"desktop-recsys: error: {files['backup']} is not a library backup (not an SQLite file); "
        "choose another backup"
    )
    line = fails(
        command_line, "playlist", "smart", "create", "New", "--profile", "Ada", "--preset", "fresh",
        "--rule", "year:>:2000", "--library", lib,
    )  # fmt: skip
    assert line == "desktop-recsys: error: give either --preset or --rule, not both"
    line = fails(
        command_line, "export", "playlist", "Nope", "--profile", "Ada", "--out",
        str(tmp_path / "x.m3u8"), "--library", lib,
    )  # fmt: skip
    assert line == (
        "desktop-recsys: error: no playlist named 'Nope' for this profile; "
        "'desktop-recsys playlist list' shows the playlists"
    )
    out = tmp_path / "missing" / "items.csv"
    line = fails(
        command_line, "export", "library", "--format", "csv", "--out", str(out), "--library", lib
    )
    assert line == (
        f"desktop-recsys: error: cannot write {out}: folder {out.parent} does not exist; create it "
        "or choose another folder"
    )
    junk = tmp_path / "strawberry.db"
    junk.write_text("junk\n", encoding="utf-8")
    line = fails(command_line, "history", "import", "strawberry", str(junk), "--profile", "Ada",
                 "--library", lib)  # fmt: skip
    assert line == (
        "desktop-recsys: error: strawberry.db is not an SQLite database; choose Strawberry's "
        "strawberry.db (in ~/.local/share/strawberry/strawberry)"
    )
    line = fails(command_line, "stats", "--library", str(tmp_path))
    assert line == f"desktop-recsys: error: library path {tmp_path} is a folder; give a file name"
