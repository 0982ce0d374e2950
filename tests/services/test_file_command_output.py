"""Where ``recommend-file`` and ``predict-file`` write: an ordinary file (the umask's mode, as
``export`` writes), any name the folder takes, and a place that takes no file found before the
fit, not after it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop_recsys.errors import UserError
from desktop_recsys.services.file_commands import predict_file, recommend_file


@pytest.fixture
def train(tmp_path: Path) -> Path:
    path = tmp_path / "train.csv"
    rows = [f"u{u},i{i},{1 + (u * i) % 5}" for u in range(8) for i in range(u % 3, 12, 2)]
    path.write_text("user,item,weight\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def pairs(tmp_path: Path) -> Path:
    path = tmp_path / "pairs.csv"
    path.write_text("user,item\nu1,i2\nu2,i9\n", encoding="utf-8")
    return path


def run(kind: str, train: Path, pairs: Path, out: Path, progress=None):  # type: ignore[no-untyped-def]
    kw = {"progress": progress} if progress else {}
    if kind == "recommend":
        return recommend_file(train, "popularity", {}, 3, out, **kw)
    return predict_file(train, pairs, "popularity", {}, out, **kw)


@pytest.mark.parametrize("kind", ["recommend", "predict"])
def test_the_answer_is_an_ordinary_file_with_the_umasks_mode(
    tmp_path: Path, train: Path, pairs: Path, kind: str
) -> None:
    out = tmp_path / "answer.csv"
    old = os.umask(0o022)
    try:
        run(kind, train, pairs, out)
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == 0o644  # was 0600: mkstemp's, readable by no one else
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize("kind", ["recommend", "predict"])
def test_a_long_name_the_folder_takes_is_written(
    tmp_path: Path, train: Path, pairs: Path, kind: str
) -> None:
    out = tmp_path / ("a" * 240 + ".csv")  # 244 bytes: a name the folder takes (255 at most)
    answer = run(kind, train, pairs, out)
    assert answer.rows > 0 and out.read_text(encoding="utf-8").count("\n") == answer.rows + 1
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["train.csv", "pairs.csv", out.name]
    )


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs a /proc that takes no file")
@pytest.mark.parametrize("kind", ["recommend", "predict"])
def test_a_folder_that_takes_no_file_is_found_before_the_fit(
    train: Path, pairs: Path, kind: str
) -> None:
    out = Path("/proc") / "answer.csv"  # a folder, but no file can be made in it
    messages: list[str] = []
    with pytest.raises(UserError) as info:
        run(kind, train, pairs, out, progress=lambda f, m: messages.append(str(m)))
    text = str(info.value)
    assert text.startswith(f"cannot write {out}: ") and "choose another" in text, text
    assert ".tmp" not in text and "\n" not in text
    assert not any(m.startswith("read ") for m in messages), messages  # TRAIN never read
