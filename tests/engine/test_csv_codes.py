"""``Dataset.from_csv`` reads ids straight into indices (``read_interaction_codes``, issue 15
section 6: the id columns as strings were the peak memory of ``recommend-file`` on 3 million
interactions): the same data set as from the id columns, every bad row still named, and
less memory."""

from __future__ import annotations

import tracemalloc

import numpy as np
import pytest

from desktop_recsys.engine import interaction_files as dataset_module
from desktop_recsys.engine.dataset import Dataset, read_interaction_columns
from desktop_recsys.errors import UserError


def from_columns(path) -> Dataset:
    """The data set as built before: string columns, then ``from_arrays``."""
    users, items, weights = read_interaction_columns(path)
    return Dataset.from_arrays(users, items, weights)


def assert_same(a: Dataset, b: Dataset) -> None:
    assert a.user_ids.dtype == b.user_ids.dtype and a.item_ids.dtype == b.item_ids.dtype
    assert np.array_equal(a.user_ids, b.user_ids) and np.array_equal(a.item_ids, b.item_ids)
    for part in ("indptr", "indices", "data"):
        assert np.array_equal(getattr(a.matrix, part), getattr(b.matrix, part))
    assert a.matrix.data.dtype == np.float32
    assert a.fingerprint() == b.fingerprint()


@pytest.mark.parametrize(
    "name", ["ml-latest-small/ratings.csv", "hetrec2011-lastfm-2k/user_artists.dat"]
)
def test_public_data_sets_read_the_same(data_dir, name) -> None:
    path = data_dir / name
    if not path.is_file():
        pytest.skip(f"{path} not found (see README 'Data sets')")
    assert_same(Dataset.from_csv(path), from_columns(path))


@pytest.mark.parametrize("block", [1, 3, 1000])
def test_duplicates_odd_ids_and_blocks_read_the_same(tmp_path, monkeypatch, block) -> None:
    monkeypatch.setattr(dataset_module, "_CSV_BLOCK_ROWS", block)
    path = tmp_path / "odd.csv"
    # Ids that sort differently as text and as numbers, repeats (the last row wins), quoting,
    # non-ASCII, an id first seen in a later block, two columns in one file only.
    path.write_text(
        "user,item,weight\n10,007,1\n9,7,2\n10,007,5\n\n"
        '"Smith, J",É,3\nzoë,b,1\n9,007,4\n10,a b,2\n',
        encoding="utf-8",
    )
    got = Dataset.from_csv(path)
    assert_same(got, from_columns(path))
    assert got.user_ids.tolist() == ["10", "9", "Smith, J", "zoë"]
    assert got.matrix[0, got.item_index("007")] == 5.0  # the last of the repeated rows
    two = tmp_path / "two.csv"
    two.write_text("user,item\nb,x\na,y\nb,y\n", encoding="utf-8")
    assert_same(Dataset.from_csv(two), from_columns(two))
    assert Dataset.from_csv(two).matrix.data.tolist() == [1.0, 1.0, 1.0]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("user,item,weight\n1,2,3\n\n1,3,x\n", "line 4: weight 'x' is not a number"),
        ("user,item\n1,2\n\n\n ,3\n", "line 5: empty user id"),
        ("user,item\n\n\n", "no interactions"),
    ],
)
def test_bad_rows_are_named_as_before(tmp_path, content: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UserError) as info:
        Dataset.from_csv(path)
    assert message in str(info.value) and str(path) in str(info.value)


def test_ids_are_not_held_as_string_columns(tmp_path, monkeypatch) -> None:
    """100,000 rows of 10- and 11-character ids, read 4,096 rows a block: traced peak 9.5 MiB,
    against 25.9 MiB through string columns (the code before: each column 4-4.4 MiB as
    fixed-width strings, copied by ``astype``, sorted by ``np.unique``)."""
    monkeypatch.setattr(dataset_module, "_CSV_BLOCK_ROWS", 4096)
    rng = np.random.default_rng(0)
    users, items = rng.integers(0, 5000, 100_000), rng.integers(0, 20_000, 100_000)
    path = tmp_path / "big.csv"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("user,item,weight\n")
        fh.writelines(
            f"user{a:06d},item{b:07d},{(a + b) % 5 + 1}\n"
            for a, b in zip(users, items, strict=True)
        )
    tracemalloc.start()
    try:
        data = Dataset.from_csv(path)
        peak = tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()
    assert data.nnz == len(set(zip(users.tolist(), items.tolist(), strict=True)))
    assert peak < 15
