"""A backup that fails the library's checks is refused with its finding in the person's language
(issue 19 "Language"): the consistency check's findings (which check, what is wrong, a missing
table, model files, leftovers) are translatable Messages; a backup without one of the app's
tables is one clear line, not a traceback, and the library is left as it was."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from desktop_recsys.config.language import catalog
from desktop_recsys.library.checks import check_library_file
from desktop_recsys.library.leftovers import Leftovers
from tests.reliability.test_reliability_checks import BREAKAGES

ZH = catalog("zh_CN")
HAN = re.compile("[\u4e00-\u9fff]")


def _broken(source: Path, target: Path, *statements: str) -> Path:
    target.write_bytes(source.read_bytes())
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA ignore_check_constraints = ON")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return target


def test_restoring_a_backup_that_fails_a_check_says_why_in_chinese(  # type: ignore[no-untyped-def]
    command_line, demo_library_copy, tmp_path
) -> None:
    lib = str(demo_library_copy)
    before = demo_library_copy.read_bytes()
    no_table = _broken(demo_library_copy, tmp_path / "no-table.sqlite", "DROP TABLE marks")
    bad_stars = _broken(
        demo_library_copy, tmp_path / "stars.sqlite", "UPDATE ratings SET rating = 9"
    )
    command_line.speak("LANG")
    code, out, err = command_line.run("restore", str(no_table), "--yes", "--library", lib)
    assert code == 1 and "Traceback" not in err, err
    assert err.strip() == (
        f"desktop-recsys：错误：备份 {no_table} 未通过媒体库的一致性检查"
        "（数据表：缺少数据表：marks）；请选择其他备份"
    )
    code, _, err = command_line.run("restore", str(bad_stars), "--yes", "--library", lib)
    assert code == 1
    assert re.search(r"（评分：[\d,]+ 个评分不在 0\.5 到 5 星之间）；请选择其他备份$", err.strip())
    assert demo_library_copy.read_bytes() == before  # nothing restored, nothing lost
    # The same in English, word for word as before.
    command_line.speak("C")
    code, _, err = command_line.run("restore", str(bad_stars), "--yes", "--library", lib)
    assert code == 1 and re.search(
        r"consistency checks \(ratings: [\d,]+ ratings outside 0\.5-5 stars\); choose another",
        err,
    )


def test_every_finding_of_the_check_reads_in_chinese(
    demo_library_copy: Path, tmp_path: Path
) -> None:
    for check, statement in BREAKAGES.items():
        broken = _broken(demo_library_copy, tmp_path / f"{check}.sqlite", statement)
        [problem] = check_library_file(broken).problems
        assert str(problem).startswith(f"{check}: "), problem  # the English as before
        chinese = ZH.message(problem)
        # SQLite's own row tuple aside ("(first: ('ratings', 1, 'profiles', 0))").
        words = re.sub(r"\(.*\)", "", chinese.split("：", 1)[1]) + chinese.split("：", 1)[0]
        assert HAN.search(chinese) and not re.search(
            r"[A-Za-z]{3,}", words.replace("profile_a", "").replace("profile_b", "")
        ), chinese
    # Leftovers of killed commands, as the check lists them.
    found = Leftovers(
        stuck_runs={3: None, 4: None}, partial_files=[tmp_path / "a.part"], markers=[]
    )
    for line in found.describe():
        assert HAN.search(ZH.message(line)), line
    assert str(found.describe()[0]) == "2 model runs stuck in training (runs 3, 4)"
    assert ZH.message(found.describe()[1]) == "留下了 1 个只写了一半的文件（a.part）"
