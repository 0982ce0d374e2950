"""An import report's problem lines follow the language (issue 19): through the real ``main()``
on a real library, a Strawberry history with tracks the library lacks and a CSV with bad rows
list their problems in Chinese under ``LANG=zh_CN.UTF-8``, in the same words as before in
English; ``--report FILE.json`` keeps the English reasons in every language."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from player_files import Song, file_url, write_strawberry

from desktop_recsys.cli import main
from desktop_recsys.library import Library
from desktop_recsys.library.importers.cleaning import LAST_YEAR
from desktop_recsys.library.models import NewItem
from tests.conftest import CommandLine

T = 1_700_000_000
HAN = "\u3400-\u9fff"
HALF_WIDTH_NEXT_TO_HAN = re.compile(f"(?<=[{HAN}])[,:;!?()]|[,:;!?()](?=[{HAN}])")
CSV_ROWS = (
    "title,year,rating,count\n"
    "Alien,1979,4.5,1\n"
    ",2000,3,1\n"
    "Heat,soon,4,1\n"
    "Ran,1985,9,1\n"
    "Up,2009,4,-1\n"
)
CSV_MAP = "title=title,year=year,rating=rating,count=count"
ENGLISH_CSV_REASONS = [
    "empty title",
    "year 'soon' is not a number",
    "rating 9 is outside 0.5-5 stars",
    "count '-1' is not a positive whole number",
]


@pytest.fixture(params=["zh_CN.UTF-8", "C"])
def language(request: pytest.FixtureRequest, command_line: CommandLine) -> str:
    command_line.speak(str(request.param))
    return "zh" if request.param.startswith("zh") else "en"


def _problem_lines(out: str, file_name: str) -> list[str]:
    return [line.strip() for line in out.splitlines() if line.strip().startswith(file_name + ":")]


def _counts(path: Path) -> tuple[int, int, int]:
    with Library.open(path) as lib:
        return tuple(  # type: ignore[return-value]
            lib.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("items", "ratings", "plays")
        )


def test_history_and_csv_problems_follow_the_language(
    language: str, tmp_path: Path, capsys: Any
) -> None:
    music, path = tmp_path / "Music", tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        lib.items.add(NewItem("track", "Eres", artist="Café Tacvba", path=str(music / "Eres.flac")))
    db = write_strawberry(
        tmp_path / "strawberry.db",
        [
            Song(file_url(f"{music}/Eres.flac"), "Eres", "Café Tacvba", plays=3, last_played=T),
            Song(file_url(f"{music}/Gone.flac"), "Gone", "Nobody", plays=2, last_played=T),
            Song("http://radio.example/stream", "Radio", "Station", plays=1, last_played=T),
        ],
    )
    args = ["history", "import", "strawberry", str(db), "--profile", "Ann", "--library", str(path)]
    assert main([*args, "--quiet"]) == 0
    history = _problem_lines(capsys.readouterr().out, "strawberry.db")
    gone = music / "Gone.flac"
    if language == "zh":
        assert history == [
            f"strawberry.db:2: Nobody - Gone（{gone}）：不在媒体库中",
            "strawberry.db:3: Station - Radio：不是本地文件，已略过",
        ]
    else:
        assert history == [
            f"strawberry.db:2: Nobody - Gone ({gone}): not in the library",
            "strawberry.db:3: Station - Radio: not a local file, left out",
        ]

    csv = tmp_path / "watched.csv"
    csv.write_text(CSV_ROWS, encoding="utf-8")
    report = tmp_path / "report.json"
    args = ["import", "csv", str(csv), "--map", CSV_MAP, "--profile", "Ann"]
    assert main([*args, "--library", str(path), "--quiet", "--report", str(report)]) == 0
    rows = _problem_lines(capsys.readouterr().out, "watched.csv")
    if language == "zh":
        assert rows == [
            "watched.csv:3: 标题为空",
            "watched.csv:4: year 'soon' 不是数字",
            "watched.csv:5: 评分 9 不在 0.5–5 星之间",
            "watched.csv:6: 次数 '-1' 不是正整数",
        ]
        assert not any(HALF_WIDTH_NEXT_TO_HAN.search(line) for line in history + rows)
    else:
        assert rows == [
            f"watched.csv:{n}: {r}" for n, r in zip(range(3, 7), ENGLISH_CSV_REASONS, strict=True)
        ]
    # What a program reads stays English; the good rows were imported, the bad ones only listed.
    saved = json.loads(report.read_text("utf-8"))
    assert [p["reason"] for p in saved["problems"]] == ENGLISH_CSV_REASONS
    assert _counts(path) == (2, 1, 2)  # Eres + Alien; Alien's rating; Eres's and Alien's plays


def test_movielens_problems_follow_the_language(language: str, tmp_path: Path, capsys: Any) -> None:
    folder = tmp_path / "ml-bad"
    folder.mkdir()
    (folder / "movies.csv").write_text(
        "movieId,title,genres\n1,Alien (1979),Horror\n1,Alien again (1979),Horror\nx,Heat (1995),Crime\n",
        encoding="utf-8",
    )
    (folder / "ratings.csv").write_text(
        "userId,movieId,rating,timestamp\n"
        "1,1,4.0,964982703\n1,7,3.5,964982224\nu,1,4.0,964982703\n"
        "2,1,9,964982703\n2,1,4.0,soon\n2,1\n",
        encoding="utf-8",
    )
    path = tmp_path / "lib.sqlite"
    assert main(["import", "movielens", str(folder), "--library", str(path), "--quiet"]) == 0
    out = capsys.readouterr().out
    lines = _problem_lines(out, "movies.csv") + _problem_lines(out, "ratings.csv")
    if language == "zh":
        assert lines == [
            "movies.csv:3: 电影 1 出现了两次；保留第一次",
            "movies.csv:4: 电影编号 'x' 不是数字",
            "ratings.csv:3: 电影 '7' 不在电影文件中",
            "ratings.csv:4: 用户编号 'u' 不是数字",
            "ratings.csv:5: 评分 '9' 不是 0.5–5 星",
            "ratings.csv:6: 时间戳 'soon' 不是 Unix 秒数",
            "ratings.csv:7: 有 2 个字段，应有 4 个",
        ]
        assert not any(HALF_WIDTH_NEXT_TO_HAN.search(line) for line in lines)
    else:
        assert lines == [
            "movies.csv:3: movie 1 is listed twice; first kept",
            "movies.csv:4: movie id 'x' is not a number",
            "ratings.csv:3: movie '7' is not in the films file",
            "ratings.csv:4: user id 'u' is not a number",
            "ratings.csv:5: rating '9' is not 0.5-5 stars",
            "ratings.csv:6: timestamp 'soon' is not Unix seconds",
            "ratings.csv:7: 2 fields, expected 4",
        ]
    assert _counts(path) == (1, 1, 0)  # Alien and its one good rating


def test_listenbrainz_problems_name_the_listen_in_the_language(
    language: str, tmp_path: Path, capsys: Any
) -> None:
    listens = [
        {"oops": 1},
        {"track_metadata": {"artist_name": " ", "track_name": "B"}, "listened_at": T},
        {"track_metadata": {"artist_name": "A", "track_name": "B"}, "listened_at": "soon"},
    ]
    source = tmp_path / "listens.json"
    source.write_text(json.dumps(listens), encoding="utf-8")
    path = tmp_path / "lib.sqlite"
    args = ["import", "listenbrainz", str(source), "--profile", "Bo", "--library", str(path)]
    assert main([*args, "--quiet"]) == 0
    lines = _problem_lines(capsys.readouterr().out, "listens.json")
    if language == "zh":
        assert lines == [
            "listens.json: 第 1 条收听记录：不是收听记录（没有 track_metadata）",
            "listens.json: 第 2 条收听记录：艺术家或曲目名称为空",
            "listens.json: 第 3 条收听记录：listened_at 'soon' 不是 1900 年到 "
            f"{LAST_YEAR} 年之间的时间",
        ]
        assert not any(HALF_WIDTH_NEXT_TO_HAN.search(line) for line in lines)
    else:
        assert lines == [
            "listens.json: listen #1: not a listen (no track_metadata)",
            "listens.json: listen #2: empty artist or track name",
            f"listens.json: listen #3: listened_at 'soon' is not a time from 1900 to {LAST_YEAR}",
        ]


def test_profile_archive_problems_name_the_row_in_the_language(
    language: str, tmp_path: Path, capsys: Any
) -> None:
    members = {
        "manifest": {"format": "desktop-recsys-profile", "version": 1, "profile": {"name": "Ana"}},
        "items": [{"id": 1, "kind": "film", "title": "Good"}, {"id": 2, "kind": "film"}],
        "ratings": [{"item": 1, "rating": 4.0}, {"item": 9, "rating": 3.0}, {"item": 1}],
        "plays": [{"item": 1, "count": 0}],
    }
    source = tmp_path / "p.zip"
    with zipfile.ZipFile(source, "w") as archive:
        for name, value in members.items():
            archive.writestr(f"{name}.json", json.dumps(value))
    path = tmp_path / "lib.sqlite"
    assert main(["import", "profile", str(source), "--library", str(path), "--quiet"]) == 0
    lines = _problem_lines(capsys.readouterr().out, "p.zip")
    if language == "zh":
        assert lines == [
            "p.zip:items.json: 第 2 个条目：标题为空",
            "p.zip:ratings.json: 第 2 条：条目 9 不在 items.json 中",
            "p.zip:ratings.json: 第 3 条：评分 None 不是 0.5–5",
            "p.zip:plays.json: 第 1 条：次数或完成比例无效",
        ]
        assert not any(HALF_WIDTH_NEXT_TO_HAN.search(line) for line in lines)
    else:
        assert lines == [
            "p.zip:items.json: item #2: empty title",
            "p.zip:ratings.json: #2: item 9 is not in items.json",
            "p.zip:ratings.json: #3: rating None is not 0.5-5",
            "p.zip:plays.json: #1: count or completed share is not valid",
        ]
    assert _counts(path) == (1, 1, 0)


def test_a_strict_import_names_its_bad_row_in_the_language(
    language: str, tmp_path: Path, capsys: Any
) -> None:
    csv = tmp_path / "strict.csv"
    csv.write_text("title,year\nAlien,1979\n,2000\n", encoding="utf-8")
    path = tmp_path / "lib.sqlite"
    args = ["import", "csv", str(csv), "--map", "title=title,year=year", "--strict"]
    assert main([*args, "--library", str(path), "--quiet"]) == 1
    errors = [
        line for line in capsys.readouterr().err.splitlines() if "strict" in line or "严格" in line
    ]
    if language == "zh":
        assert errors == [
            "desktop-recsys：错误：strict.csv:3：标题为空（严格模式：未导入任何内容）"
        ]
    else:
        assert errors == [
            "desktop-recsys: error: strict.csv:3: empty title (strict mode: nothing was imported)"
        ]
    assert _counts(path) == (0, 0, 0)
