"""Reading ``user,item[,weight]`` files without pandas (``read_interaction_columns``)."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from desktop_recsys.engine import interaction_files as dataset_module
from desktop_recsys.engine.dataset import (
    Dataset,
    read_interaction_columns,
    read_interactions_csv,
)
from desktop_recsys.errors import UserError


def write(tmp_path, text: str, name: str = "f.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_columns_quotes_spaces_blank_lines_and_extra_columns(tmp_path) -> None:
    path = write(
        tmp_path,
        'user,item,weight,when\n1, 007 ,4.5,x\n\n   \n"Smith, J",The Wall,3,y\nb,c, 2 ,z\n',
    )
    users, items, weights = read_interaction_columns(path)
    assert users.tolist() == ["1", "Smith, J", "b"]
    assert items.tolist() == ["007 ", "The Wall", "c"]  # spaces after a comma are skipped
    assert weights.dtype == np.float32 and weights.tolist() == [4.5, 3.0, 2.0]
    _, _, none = read_interaction_columns(path, weights=False)
    assert none is None


def test_the_frame_reader_gives_the_same_rows(tmp_path) -> None:
    path = write(tmp_path, "u\ti\tw\r\na\tx\t1\r\nb\ty\t2.5\r\n")
    frame = read_interactions_csv(path)
    assert list(frame.columns) == ["user", "item", "weight"]
    assert frame["user"].tolist() == ["a", "b"] and frame["weight"].tolist() == [1.0, 2.5]


def test_large_files_are_read_in_blocks(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(dataset_module, "_CSV_BLOCK_ROWS", 7)
    rows = [f"u{n % 13},i{n % 17},{1 + n % 5}" for n in range(100)]
    path = write(tmp_path, "user,item,weight\n" + "\n".join(rows) + "\n")
    users, items, weights = read_interaction_columns(path)
    assert users.tolist() == [r.split(",")[0] for r in rows]
    assert weights.tolist() == [float(r.split(",")[2]) for r in rows]
    ds = Dataset.from_csv(path)
    assert ds.nnz == len({(r.split(",")[0], r.split(",")[1]) for r in rows})


@pytest.mark.parametrize(
    ("content", "message"),
    [
        # Line numbers count every line of the file, blank ones included, in any block.
        ("user,item,weight\n1,2,3\n\n1,3,x\n", "line 4: weight 'x' is not a number"),
        ("user,item,weight\n1,2,3\n\n1,3\n", "line 4: expected user,item,weight"),
        ("user,item\n1,2\n\n\n ,3\n", "line 5: empty user id"),
        ("user,item\n1,2\n2,\n", "line 3: empty item id"),
        ("user,item,weight\n1,2,inf\n", "line 2: weight 'inf' is not a number"),
        ("user,item\n\n\n", "no interactions"),
        ('user,item\n"' + "a" * 200_000 + '",1\n', "line 2: a field is longer than 131072"),
    ],
)
def test_bad_rows_name_their_line(tmp_path, monkeypatch, content: str, message: str) -> None:
    monkeypatch.setattr(dataset_module, "_CSV_BLOCK_ROWS", 1)  # errors found in later blocks
    path = write(tmp_path, content)
    with pytest.raises(UserError) as info:
        read_interaction_columns(path)
    text = str(info.value)
    assert message in text and str(path) in text and "\n" not in text


@pytest.mark.subprocess
def test_reading_does_not_import_pandas(tmp_path) -> None:
    path = write(tmp_path, "user,item,weight\n1,2,3\n")
    code = (
        "import sys\n"
        "from desktop_recsys.engine.dataset import Dataset\n"
        f"ds = Dataset.from_csv({str(path)!r})\n"
        "print(ds.nnz, 'pandas' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["1", "False"]
