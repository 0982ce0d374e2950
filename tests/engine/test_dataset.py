from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.errors import UserError


def test_ids_are_sorted_strings_and_matrix_matches() -> None:
    ds = Dataset.from_arrays(["u2", "u1", "u2"], ["b", "a", "a"], [3.0, 1.0, 2.0])
    assert ds.user_ids.tolist() == ["u1", "u2"]
    assert ds.item_ids.tolist() == ["a", "b"]
    assert ds.matrix.dtype == np.float32
    assert ds.matrix.toarray().tolist() == [[1.0, 0.0], [2.0, 3.0]]
    assert ds.user_index("u2") == 1 and ds.user_index("nobody") is None
    assert ds.item_index("b") == 1 and ds.item_index("zz") is None


@pytest.mark.parametrize(("policy", "expected"), [("last", 5.0), ("sum", 9.0), ("max", 5.0)])
def test_duplicate_policies(policy: str, expected: float) -> None:
    ds = Dataset.from_arrays(["u", "u", "u"], ["a", "a", "a"], [4.0, 0.0, 5.0], duplicates=policy)  # type: ignore[arg-type]
    assert ds.matrix[0, 0] == expected
    assert ds.nnz == 1


def test_last_duplicate_wins_even_when_smaller() -> None:
    ds = Dataset.from_arrays(["u", "u"], ["a", "a"], [5.0, 2.0])
    assert ds.matrix[0, 0] == 2.0


def test_timestamps_follow_the_kept_row() -> None:
    ds = Dataset.from_arrays(["u", "u", "v"], ["a", "a", "a"], [1, 2, 3], timestamps=[10, 20, 30])
    assert ds.timestamps is not None
    assert ds.timestamps.toarray().ravel().tolist() == [20.0, 30.0]


def test_fingerprint_is_stable_under_row_order_and_sensitive_to_data() -> None:
    a = Dataset.from_arrays(["u1", "u2"], ["x", "y"], [1.0, 2.0])
    b = Dataset.from_arrays(["u2", "u1"], ["y", "x"], [2.0, 1.0])
    c = Dataset.from_arrays(["u1", "u2"], ["x", "y"], [1.0, 2.5])
    d = Dataset.from_arrays(["u1", "u2"], ["x", "z"], [1.0, 2.0])
    assert a.fingerprint() == b.fingerprint()
    assert len({a.fingerprint(), c.fingerprint(), d.fingerprint()}) == 3


def test_extra_items_friends_and_features() -> None:
    ds = Dataset.from_arrays(
        ["u1", "u2"],
        ["a", "b"],
        extra_items=["new"],
        friendships=[("u1", "u2"), ("u2", "u1"), ("u1", "ghost")],
        item_attributes={"genres": {"a": ["Rock", "Pop"], "new": ["Rock"]}},
        item_years={"b": 1994},
    )
    assert ds.item_ids.tolist() == ["a", "b", "new"]
    assert ds.matrix.toarray().tolist() == [[1, 0, 0], [0, 1, 0]]
    assert ds.friends is not None
    assert ds.friends.toarray().tolist() == [[0, 1], [1, 0]]
    feats, names = ds.item_feature_matrix()
    assert set(names) == {"genres:Rock", "genres:Pop", "decade:1990"}
    dense = feats.toarray()
    rock = names.index("genres:Rock")
    assert dense[:, rock].tolist() == [1, 0, 1]
    assert dense[1, names.index("decade:1990")] == 1


def test_from_frame_without_weight_column_means_one() -> None:
    frame = pd.DataFrame({"user": ["1", "1"], "item": ["7", "8"]})
    ds = Dataset.from_frame(frame)
    assert ds.matrix.data.tolist() == [1.0, 1.0]


def test_from_csv_reads_header_ignores_extra_columns(tmp_path) -> None:
    path = tmp_path / "train.csv"
    path.write_text("userId,movieId,rating,timestamp\n1,10,4.5,999\n2,10,3,999\n1,007,2,1\n")
    ds = Dataset.from_csv(path)
    assert ds.item_ids.tolist() == ["007", "10"]  # ids stay strings: leading zeros kept
    assert ds.matrix.toarray().tolist() == [[2.0, 4.5], [0.0, 3.0]]


def test_from_csv_two_columns_and_tabs(tmp_path) -> None:
    path = tmp_path / "t.tsv"
    path.write_text("user\titem\r\nx\ty\r\nx\tz\r\n")
    ds = Dataset.from_csv(path)
    assert ds.matrix.toarray().tolist() == [[1.0, 1.0]]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "empty file"),
        ("user\n1\n", "header has 1 column"),
        ("user,item,weight\n", "no interactions"),
        ("user,item,weight\n1,2,3\n1,3,lots\n", "line 3: weight 'lots' is not a number"),
        ("user,item,weight\n1,2,3\n,3,1\n", "line 3: empty user id"),
        ("user,item,weight\n1,2,nan\n", "line 2"),
    ],
)
def test_bad_files_raise_one_line_user_error(tmp_path, content: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(content)
    with pytest.raises(UserError) as info:
        Dataset.from_csv(path)
    text = str(info.value)
    assert message in text
    assert str(path) in text
    assert "\n" not in text


def test_missing_and_binary_files(tmp_path) -> None:
    with pytest.raises(UserError, match="file not found"):
        Dataset.from_csv(tmp_path / "nope.csv")
    path = tmp_path / "bin.csv"
    path.write_bytes(b"user,item\n\xff\xfe\x00,1\n")
    with pytest.raises(UserError, match="not UTF-8"):
        Dataset.from_csv(path)
