"""The command line's output and errors speak Chinese under ``LANG=zh_CN.UTF-8`` and under the
window's language setting: one test per command family, through the real ``main()`` on a real
library; machine-readable output (--json) stays as it is; English stays English, with a
count of 1 in the singular."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import CommandLine

HAN = "\u3400-\u9fff"
HALF_WIDTH_NEXT_TO_HAN = re.compile(f"(?<=[{HAN}])[,:;!?()]|[,:;!?()](?=[{HAN}])")


@pytest.fixture(params=["LANG", "setting"])
def chinese(request: pytest.FixtureRequest, command_line: CommandLine) -> str:
    """Chinese by ``LANG=zh_CN.UTF-8``, or by the window's setting with ``LANG=C``."""
    command_line.speak(str(request.param))
    return str(request.param)


@pytest.fixture
def english(command_line: CommandLine) -> None:
    command_line.speak("C")


def run(command_line: CommandLine, *argv: str) -> tuple[int, str, str]:
    return command_line.run(*argv)


def no_half_width(text: str) -> None:
    assert not HALF_WIDTH_NEXT_TO_HAN.findall(text), text


def test_library_commands_and_library_errors_in_chinese(  # type: ignore[no-untyped-def]
    chinese, demo_library_copy, tmp_path, command_line
) -> None:
    lib = str(demo_library_copy)
    if chinese == "LANG":  # making a demo library takes seconds: once is enough
        lib = str(tmp_path / "new.sqlite")
        code, out, err = run(command_line, "demo", "--quiet", "--library", lib)
        assert code == 0, err
        assert out.startswith(f"演示媒体库（合成数据）已写入 {lib}：2,000 首曲目，")
        assert "25 个用户" in out and "次播放" in out
        no_half_width(out)
    code, out, _ = run(command_line, "stats", "--library", lib)
    assert out.startswith(f"媒体库 {lib}（合成演示数据）\n  曲目")
    code, out, _ = run(command_line, "duplicates", "--library", lib)
    assert out == "没有发现可能的重复项\n"
    from desktop_recsys.library import Library
    from desktop_recsys.library.models import NewItem

    with Library.open(Path(lib)) as library:
        library.items.add_many([NewItem("film", "Alien", year=1979)])
        library.items.add_many([NewItem("film", "alien", year=1979)])
    code, out, _ = run(command_line, "duplicates", "--library", lib)
    lines = out.splitlines()
    assert lines[:2] == [
        "1 组可能的重复项（用 “duplicates merge 保留ID 删除ID” 合并）：",
        "- 标题和年份相同",
    ]
    assert "电影" in lines[2] and "Alien (1979)  0 个评分，0 次播放  （无文件）" in lines[2]
    code, out, _ = run(command_line, "duplicates", "--json", "--library", lib)
    assert json.loads(out)[0]["reasons"] == ["same title and year"]  # for programs: as it was
    code, out, _ = run(command_line, "demo", "--remove", "--yes", "--library", lib)
    assert code == 0 and f"已从 {lib} 删除演示：" in out and "个合成用户" in out
    assert "以及基于它们训练的 0 个模型" in out
    no_half_width(out)
    # A typo in --library, an empty file, a damaged library: one Chinese line, exit status 1.
    typo = tmp_path / "nwe.sqlite"
    code, _, err = run(command_line, "stats", "--library", str(typo))
    assert code == 1 and f"媒体库 {typo} 不存在；请检查路径" in err and not typo.exists()
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    code, _, err = run(command_line, "stats", "--library", str(empty))
    assert code == 1 and "是一个空文件，还不是媒体库" in err
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(Path(lib).read_bytes())
    with damaged.open("r+b") as f:
        f.seek(4096 * 3)
        f.write(b"\xff" * 4096 * 20)
    code, _, err = run(command_line, "profile", "list", "--library", str(damaged))
    assert code == 1 and f"媒体库 {damaged} 已损坏（" in err and "请恢复备份或选择其他文件" in err
    assert err.startswith("desktop-recsys：错误：")


def test_profile_listening_and_limits_commands_in_chinese(  # type: ignore[no-untyped-def]
    chinese, demo_library_copy, command_line
) -> None:
    lib = str(demo_library_copy)
    code, out, _ = run(command_line, "profile", "add", "Zoë", "--library", lib)
    assert code == 0 and out.startswith("已添加用户 'Zoë'（ID ")
    code, out, _ = run(command_line, "profile", "list", "--library", lib)
    assert "Ada（合成）" in out and "Zoë\n" in out  # names as they are
    code, out, _ = run(command_line, "play", "1", "--profile", "Zoë", "--library", lib)
    assert out == "已为 'Zoë' 记录条目 1 的一次播放（播放了 100%）\n"
    code, out, _ = run(command_line, "rate", "1", "4.5", "--profile", "Zoë", "--library", lib)
    assert out == "已为 'Zoë' 给条目 1 评 4.5 星\n"
    code, out, _ = run(command_line, "profile", "incognito", "Zoë", "on", "--library", lib)
    assert out.startswith("用户 'Zoë' 已进入无痕模式：")
    code, out, _ = run(
        command_line, "profile", "limits", "Zoë", "--block-genre", "Horror", "--library", lib
    )
    assert code == 0, out
    assert out.splitlines()[0] == "'Zoë' 的限制现在是：屏蔽的类型：恐怖"  # a standard genre
    assert "对 Zoë 隐藏了" in out and "部电影" in out
    code, out, _ = run(command_line, "profile", "limits", "Zoë", "--json", "--library", lib)
    assert json.loads(out)["blocked_genres"] == ["Horror"]  # the stored name, for programs
    # Errors: an unknown profile, a bad value, an unknown item.
    code, _, err = run(command_line, "play", "1", "--profile", "Nobody", "--library", lib)
    assert code == 1 and "没有名为 'Nobody' 的用户；请查看 “desktop-recsys profile list”" in err
    code, _, err = run(command_line, "rate", "1", "4.2", "--profile", "Zoë", "--library", lib)
    assert code == 1 and "评分是 0.5 到 5 星，以半星为单位（给出的是 4.2）" in err
    code, _, err = run(command_line, "rate", "1", "--profile", "Zoë", "--library", lib)
    assert code == 1 and "请给出星级（0.5 到 5）或 --clear 之一" in err
    code, _, err = run(command_line, "play", "99999", "--profile", "Zoë", "--library", lib)
    assert code == 1 and "媒体库中没有条目 99999" in err
    for text in (out, err):
        no_half_width(text)


def test_model_commands_and_parameter_errors_in_chinese(  # type: ignore[no-untyped-def]
    chinese, demo_library_copy, command_line
) -> None:
    lib = str(demo_library_copy)
    code, out, err = run(
        command_line, "train", "--kind", "film", "--algorithm", "popularity", "--library", lib
    )
    assert code == 0, err
    assert "] popularity：计数完成\n" in err  # the progress lines too
    assert out.splitlines() == [
        "已在电影上为所有用户训练 popularity：模型运行 1（就绪）",
        "设置：算法的默认设置（从未调优）",
    ]
    code, out, _ = run(
        command_line, "recommend", "--profile", "Ada", "--kind", "film", "--n", "3", "--explain",
        "--library", lib,
    )  # fmt: skip
    lines = out.splitlines()
    assert lines[0] == "给 Ada 的推荐，来自 popularity（模型运行 1）："
    assert lines[1].startswith("  1. ") and lines[1].endswith("]")
    assert re.search(r"\[(剧情|喜剧|动作|惊悚|爱情|科幻|恐怖|动画|纪录片|冒险)", lines[1]), lines[1]
    assert lines[2].startswith("       原因：")
    code, out, _ = run(command_line, "recommend", "--profile", "Ada", "--kind", "film", "--json",
                       "--n", "2", "--library", lib)  # fmt: skip
    assert json.loads(out)["items"][0]["genres"].isascii()  # JSON keeps the stored names
    code, out, _ = run(command_line, "models", "list", "--library", lib)
    head, row = out.splitlines()
    assert head.split() == ["ID", "状态", "类别", "算法", "范围", "创建时间", "留出指标"]
    assert row.split()[:4] == ["1", "就绪", "电影", "popularity"]
    # Bad argument values: each a Chinese line, exit status 1.
    for argv, said in (
        (["recommend", "--profile", "Ada", "--kind", "film", "--n", "0"], "--n 至少为 1"),
        (
            ["train", "--kind", "film", "--algorithm", "als", "--param", "factors=many"],
            "算法 'als' 的参数 factors='many' 不是整数",
        ),
        (
            ["train", "--kind", "film", "--param", "factors"],
            "--param 'factors' 不是 KEY=VALUE 的形式",
        ),
        (
            ["train", "--kind", "film", "--algorithm", "alss"],
            "未知的算法 'alss'（你是想输入 'als' 吗？）",
        ),
        (["recommend", "--profile", "Nobody", "--kind", "film"], "没有名为 'Nobody' 的用户"),
    ):
        code, _, err = run(command_line, *argv, "--quiet" if argv[0] == "train" else "--json",
                           "--library", lib)  # fmt: skip
        assert code == 1 and said in err, (argv, err)
        no_half_width(err)


def test_playlist_radio_and_similar_in_chinese(chinese, demo_library_copy, command_line) -> None:  # type: ignore[no-untyped-def]
    lib = str(demo_library_copy)
    code, out, _ = run(command_line, "playlist", "smart", "create", "Loved", "--profile", "3",
                       "--rule", "rating:>=:4", "--limit", "3", "--library", lib)  # fmt: skip
    assert code == 0 and re.match(
        r"已创建智能播放列表 'Loved'（ID \d+）：3 个条目（\d+ 个符合规则）", out
    )
    code, out, _ = run(command_line, "playlist", "list", "--profile", "3", "--library", lib)
    assert re.search(r"^ +\d+  智能 +3 个条目  Loved$", out, re.M), out
    code, out, _ = run(
        command_line, "playlist", "show", "Loved", "--profile", "3", "--library", lib
    )
    assert out.startswith("智能播放列表 'Loved'（ID ")
    code, out, _ = run(command_line, "similar", "1", "--n", "2", "--library", lib)
    # "与青山乐队 [id 1] 相似": no space between the Chinese name and the sentence around it.
    assert code == 0 and out.startswith("与青山乐队 [id 1] 相似"), out
    assert "依据" in out and "       原因：" in out
    code, out, err = run(
        command_line, "radio", "--seed", "1", "--n", "3", "--quiet", "--library", lib
    )
    assert code == 0, err
    assert out.startswith("以青山乐队为起点的电台（"), out
    code, _, err = run(command_line, "similar", "Zzyzx Road", "--kind", "film", "--library", lib)
    assert code == 1 and "没有与 'Zzyzx Road' 匹配的电影；请检查 ID 或标题" in err
    from desktop_recsys.library import Library

    with Library.open(demo_library_copy) as library:
        (track,) = library.conn.execute("SELECT min(id) FROM items WHERE kind = 'track'").fetchone()
    code, _, err = run(command_line, "features", str(track), "--library", lib)  # never analysed
    assert code == 1 and "还没有分析过；请先运行 “desktop-recsys analyze”" in err
    code, _, err = run(command_line, "radio", "--seed", "1", "--balance", "2", "--library", lib)
    assert code == 1 and "--balance 必须在 0 到 1 之间（给出的是 2）" in err
    code, _, err = run(command_line, "radio", "--seed", "1", "--out", "x.txt", "--library", lib)
    assert code == 1 and "无法判断 x.txt 的格式" in err
    no_half_width(out)


def test_backup_export_and_tags_in_chinese(
    chinese, demo_library_copy, tmp_path, command_line
) -> None:  # type: ignore[no-untyped-def]
    lib = str(demo_library_copy)
    code, out, _ = run(command_line, "backup", "list", "--library", lib)
    assert out.startswith(f"{lib} 还没有备份；用 “desktop-recsys backup” 备份一次")
    code, out, _ = run(command_line, "backup", "--library", lib)
    assert code == 0 and out.startswith(f"已将 {lib} 备份到 ")
    archive = tmp_path / "ada.zip"
    code, out, err = run(command_line, "export", "profile", "Ada", "--out", str(archive), "--quiet",
                         "--library", lib)  # fmt: skip
    assert code == 0, err
    assert out.startswith(f"已将用户 'Ada' 导出到 {archive}：") and "个评分" in out
    code, out, err = run(
        command_line, "tags", "read", "--profile", "Ada", "--quiet", "--library", lib
    )
    assert code == 0, err
    assert out.splitlines()[0] == "已将 0 个文件与 'Ada' 的评分和播放记录比较：0 个已一致"
    code, _, err = run(command_line, "export", "profile", "Nobody", "--out", str(archive),
                       "--library", lib)  # fmt: skip
    assert code == 1 and "没有名为 'Nobody' 的用户" in err


def test_evaluation_tuning_and_blind_tests_in_chinese(
    chinese, demo_library_copy, command_line
) -> None:  # type: ignore[no-untyped-def]
    lib = str(demo_library_copy)
    code, out, err = run(command_line, "evaluate", "--kind", "film", "--algorithms", "popularity",
                         "--quiet", "--library", lib)  # fmt: skip
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("按用户随机留出：每个至少有 5 次交互的用户留出 20%（随机种子 42）")
    assert re.fullmatch(r"测试了 \d+ 个用户，[\d,]+ 次留出的交互", lines[1])
    assert lines[2].startswith("算法 ") and lines[2].rstrip().endswith(
        "覆盖率 训练（秒） 推荐（秒）"
    )
    code, out, err = run(command_line, "tune", "--algorithm", "item-knn", "--kind", "film",
                         "--budget", "30", "--max-trials", "1", "--no-save", "--quiet",
                         "--library", lib)  # fmt: skip
    assert code == 0, err
    assert re.match(r"已调优 item-knn，用时 [\d.]+ 秒（预算 30 秒）：1 次试验，停止原因：", out), (
        out
    )
    assert "默认设置的 ndcg@10：" in out and "最佳 ndcg@10：" in out
    code, _, err = run(command_line, "evaluate", "--kind", "film", "--k", "0", "--library", lib)
    assert code == 1 and "--k 至少为 1" in err
    code, _, err = run(command_line, "abtest", "report", "--profile", "Ada", "--library", lib)
    assert code == 1 and "还没有盲测；用 “desktop-recsys abtest start” 开始一个" in err
    code, _, err = run(command_line, "abtest", "start", "--a", "ease", "--b", "ease", "--profile", "Ada",
                       "--library", lib)  # fmt: skip
    assert code == 1 and "--a 和 --b 都是 ease；请选择两个不同的推荐器" in err
    code, out, err = run(command_line, "abtest", "start", "--a", "popularity", "--b", "item-knn",
                         "--profile", "Ada", "--kind", "film", "--quiet", "--library", lib)  # fmt: skip
    assert code == 0, err
    assert out.startswith("已开始在 Ada 的电影上对 popularity 和 item-knn 进行盲测，")
    code, out, _ = run(command_line, "abtest", "report", "--profile", "Ada", "--kind", "film",
                       "--library", lib)  # fmt: skip
    assert "0 次播放，0 次听完，0 个评分，0 次“不感兴趣”" in out
    for text in (out, err):
        no_half_width(text)


def test_english_stays_english_and_one_is_singular(
    english, demo_library_copy, command_line
) -> None:  # type: ignore[no-untyped-def]
    lib = str(demo_library_copy)
    code, out, _ = run(command_line, "rate", "1", "1", "--profile", "Ada", "--library", lib)
    assert out == "Rated item 1 1 star for 'Ada'\n"
    code, out, _ = run(command_line, "rate", "1", "2", "--profile", "Ada", "--library", lib)
    assert out == "Rated item 1 2 stars for 'Ada'\n"
    code, out, _ = run(command_line, "playlist", "smart", "create", "One", "--profile", "3",
                       "--rule", "rating:>=:4", "--limit", "1", "--library", lib)  # fmt: skip
    assert re.match(r"Created smart playlist 'One' \(id \d+\): 1 item \(\d+ match the rules\)", out)
    code, _, err = run(command_line, "play", "1", "--profile", "Nobody", "--library", lib)
    assert "no profile named 'Nobody'; see 'desktop-recsys profile list'" in err
    code, out, _ = run(command_line, "models", "list", "--library", lib)
    assert out == "No models yet; train one with 'desktop-recsys train --kind film'\n"


def test_import_report_and_import_errors_in_chinese(chinese, tmp_path, command_line) -> None:  # type: ignore[no-untyped-def]
    lib = str(tmp_path / "mine.sqlite")
    ratings = tmp_path / "ratings.csv"
    ratings.write_text("who,film,stars\nAnn,Alien,4\nAnn,Heat,lots\n", encoding="utf-8")
    mapping = "who=profile,film=title,stars=rating"
    code, out, err = run(command_line, "import", "csv", str(ratings), "--map", mapping, "--kind", "film",
                         "--library", lib)  # fmt: skip
    assert code == 0, err
    lines = out.splitlines()
    assert re.fullmatch(
        rf"已从 {re.escape(str(ratings))} 导入（csv）到 {re.escape(lib)}，用时 [\d.]+ 秒", lines[0]
    )
    assert any(line.startswith("  电影：") and "新增" in line for line in lines), lines
    assert any("个问题" in line for line in lines), lines  # the bad row, counted in Chinese
    assert "[100%] 完成" in err
    code, _, err = run(command_line, "import", "csv", str(ratings), "--map", "who=person,film=title",
                       "--library", lib)  # fmt: skip
    assert code == 1 and "--map 的字段 'person' 未知；请使用" in err
    code, _, err = run(command_line, "import", "csv", str(ratings), "--map", "film=title", "--kind",
                       "flim", "--library", lib)  # fmt: skip
    assert code == 2 and "你是想输入 'film' 吗？" in err  # argparse's choice, with the hint
    empty, music = str(tmp_path / "empty.sqlite"), tmp_path / "music"
    music.mkdir()
    code, out, err = run(
        command_line, "import", "folder", str(music), "--quiet", "--library", empty
    )
    assert code == 0, err
    code, _, err = run(command_line, "tags", "read", "--quiet", "--library", empty)
    assert code == 1 and "没有用户接收你文件中的评分；请用 “desktop-recsys profile add 名称”" in err
    no_half_width(out)
