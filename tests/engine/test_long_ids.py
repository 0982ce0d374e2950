"""An interaction file with one very long id among short ones: a clear error naming its line,
not a table of numpy strings as wide as that id for every row (one id of 120,000 characters
among 3,000 would take 1.4 GB; among 3 million rows of a PAIRS file, terabytes)."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import numpy as np
import pytest

from desktop_recsys.engine import interaction_files as files
from desktop_recsys.errors import UserError

LONG = "x" * 120_000  # under the csv module's field limit (131,072), which has its own error


def _file(tmp_path: Path, column: str) -> Path:
    """3,000 rows of short ids, the long id as the user or the item of row 1,500 (line 1,502)."""
    rows = [f"u{k},i{k},1" for k in range(3_000)]
    rows[1_500] = f"{LONG},i1500,1" if column == "user" else f"u1500,{LONG},1"
    path = tmp_path / "train.csv"
    path.write_text("user,item,weight\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def _refused(read, path: Path) -> tuple[str, int]:
    """The error of ``read(path)`` and the most memory Python held meanwhile (bytes)."""
    tracemalloc.start()
    try:
        with pytest.raises(UserError) as info:
            read(path)
        return str(info.value), tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("column", ["user", "item"])
@pytest.mark.parametrize("fast", [False, True])
def test_one_long_id_is_refused_with_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, column: str, fast: bool
) -> None:
    path = _file(tmp_path, column)
    # pandas' fast path tried first (its threshold at 0), or the exact reader alone
    monkeypatch.setattr(files, "FAST_READ_BYTES", 0 if fast else 1 << 40)
    text, peak = _refused(files.read_interaction_codes, path)
    article = "a user" if column == "user" else "an item"
    assert text == (
        f"{path}: line 1502: {article} id of 120,000 characters; a table of 3,000 ids that wide "
        'would take 1,373 MiB; is a column misplaced, or a quote (") left open?'
    )
    assert peak < 200 << 20, f"{peak >> 20} MiB held while reading"


def test_a_pairs_file_with_one_long_id_is_refused_too(tmp_path: Path) -> None:
    """predict-file's PAIRS: every row's id in one column (a table of rows, not of distinct ids)."""
    path = _file(tmp_path, "item")
    text, peak = _refused(lambda p: files.read_interaction_columns(p, weights=False), path)
    assert text.startswith(f"{path}: line 1502: an item id of 120,000 characters; a table of 3,000")
    assert peak < 200 << 20, f"{peak >> 20} MiB held while reading"


def test_ids_that_are_all_long_are_read(tmp_path: Path) -> None:
    """Long ids are what some data is (URLs, paths): read as written."""
    ids = [f"https://example.org/{'a' * 2_000}/{k}" for k in range(500)]
    path = tmp_path / "train.csv"
    path.write_text(
        "user,item\n" + "".join(f"u{k % 20},{i}\n" for k, i in enumerate(ids)), encoding="utf-8"
    )
    _users, _rows, items, cols, _weights = files.read_interaction_codes(path)
    assert sorted(ids) == items.tolist() and [items[c] for c in cols] == ids


def test_the_rule_refuses_only_a_large_table_mostly_padding() -> None:
    many_long = np.full(3_000, 120_000)  # 1.4 GB of ids that are all that long
    one_long = np.r_[np.full(2_999, 6), 120_000]  # 1.4 GB, almost all of it padding
    assert not files._too_wide(many_long)
    assert files._too_wide(one_long)
    assert not files._too_wide(np.r_[np.full(200, 6), 120_000])  # 96 MB: read as before
    assert not files._too_wide(np.zeros(0, dtype=np.int64))
