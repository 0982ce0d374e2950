"""Splits: the protocol's holdout, last-N by time, k-fold and files; seeded and leak-free."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.evaluation import (
    Protocol,
    holdout_split,
    split_dataset,
    split_files,
    split_frame,
)
from desktop_recsys.engine.evaluation.splits import (
    carve_validation,
    holdout_mask,
    kfold_assignment,
    last_n_mask,
)
from desktop_recsys.errors import UserError


def random_frame(seed: int = 0, users: int = 40, items: int = 60) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    rows = []
    for u in range(users):
        n = int(rng.integers(1, 25))
        for i in rng.choice(items, size=n, replace=False):
            rows.append(
                (f"u{u}", f"i{i}", float(rng.integers(1, 6)), float(rng.integers(0, 10**6)))
            )
    return pd.DataFrame(rows, columns=["user", "item", "weight", "ts"])


def pairs(users: np.ndarray, items: np.ndarray) -> set[tuple[str, str]]:
    return set(zip(users.tolist(), items.tolist(), strict=True))


def train_pairs(ds: Dataset) -> set[tuple[str, str]]:
    m = ds.matrix
    rows = np.repeat(np.arange(m.shape[0]), np.diff(m.indptr))
    return pairs(ds.user_ids[rows], ds.item_ids[m.indices])


@pytest.mark.parametrize(
    "protocol",
    [Protocol("holdout"), Protocol("last-n"), Protocol("last-n", last_n=2), Protocol("kfold")],
)
def test_no_test_interaction_leaks_into_train(protocol: Protocol) -> None:
    frame = random_frame()
    ds = Dataset.from_frame(frame, timestamp_col="ts")
    all_pairs = train_pairs(ds)
    for split in split_dataset(ds, protocol):
        test = pairs(split.test_users, split.test_items)
        train = train_pairs(split.train)
        assert test, "the split held nothing out"
        assert not test & train
        assert test | train == all_pairs  # nothing lost either
    # Frames with duplicate rows of one pair: every copy goes to the same side.
    dup = pd.concat([frame, frame.iloc[::3]], ignore_index=True)
    for split in split_frame(dup, protocol, timestamp_col="ts"):
        assert not pairs(split.test_users, split.test_items) & train_pairs(split.train)


def test_split_frame_reproduces_the_protocol_holdout() -> None:
    frame = random_frame(1)[["user", "item", "weight"]]
    _, test = holdout_split(frame)
    (split,) = split_frame(frame)
    assert pairs(split.test_users, split.test_items) == pairs(
        test["user"].to_numpy(), test["item"].to_numpy()
    )
    assert len(split.test_users) == len(test)


def test_holdout_counts_and_seed() -> None:
    codes = np.repeat(np.arange(5), [4, 5, 9, 10, 23])
    mask = holdout_mask(codes)
    assert np.bincount(codes[mask], minlength=5).tolist() == [0, 1, 1, 2, 4]
    assert np.array_equal(mask, holdout_mask(codes))
    assert not np.array_equal(mask, holdout_mask(codes, seed=7))


def test_last_n_holds_out_the_newest() -> None:
    codes = np.array([0] * 6 + [1] * 3)
    ts = np.array([5, 1, 9, 3, 7, 2, 1, 2, 3], dtype=float)
    mask = last_n_mask(codes, ts, n=2)
    # user 0: newest are 9 and 7; user 1 has only 3 (< 5) rows and stays in TRAIN.
    assert np.flatnonzero(mask).tolist() == [2, 4]
    share = last_n_mask(codes, ts)  # floor(0.2 * 6) = 1
    assert np.flatnonzero(share).tolist() == [2]
    with pytest.raises(UserError):
        last_n_mask(codes, np.full(9, np.nan))


def test_kfold_deals_every_row_into_exactly_one_fold() -> None:
    codes = np.repeat(np.arange(6), [3, 5, 7, 10, 12, 20])
    fold = kfold_assignment(codes, folds=5)
    assert (fold[codes == 0] == -1).all()  # under 5 interactions: always TRAIN
    for u in range(1, 6):
        sizes = np.bincount(fold[codes == u], minlength=5)
        assert sizes.max() - sizes.min() <= 1  # balanced per user
    frame = random_frame(2)
    ds = Dataset.from_frame(frame)
    splits = split_dataset(ds, Protocol("kfold", folds=4))
    tested = [pairs(s.test_users, s.test_items) for s in splits]
    assert len(splits) == 4
    assert sum(len(t) for t in tested) == len(set().union(*tested))  # disjoint folds


def test_dataset_split_keeps_catalogue_side_information_and_friends() -> None:
    ds = Dataset.from_arrays(
        [f"u{k // 6}" for k in range(36)],
        [f"i{k % 9}" for k in range(36)],
        extra_items=["new"],
        item_attributes={"genres": {"i1": ["Drama"]}},
        friendships=[("u0", "u1")],
    )
    (split,) = split_dataset(ds)
    assert split.train.item_ids.tolist() == ds.item_ids.tolist()
    assert split.train.item_attributes == ds.item_attributes
    assert split.train.friends is not None and split.train.friends.nnz == 2
    assert split.train.nnz + split.n_test == ds.nnz
    validation = carve_validation(split.train)
    assert train_pairs(validation.train) <= train_pairs(split.train)
    assert not pairs(validation.test_users, validation.test_items) & pairs(
        split.test_users, split.test_items
    )


def test_split_files_drops_pairs_seen_in_train(tmp_path: Path) -> None:
    train = tmp_path / "train.csv"
    test = tmp_path / "test.csv"
    train.write_text("user,item,weight\na,x,1\na,y,2\nb,x,3\n", encoding="utf-8")
    test.write_text("user,item\na,z\na,x\nb,y\n", encoding="utf-8")
    split = split_files(train, test)
    assert pairs(split.test_users, split.test_items) == {("a", "z"), ("b", "y")}
    assert split.dropped == 1
    with pytest.raises(UserError, match="not found"):
        split_files(train, tmp_path / "missing.csv")


def test_bad_protocols_are_user_errors() -> None:
    with pytest.raises(UserError, match="unknown protocol"):
        Protocol("bogus")
    with pytest.raises(UserError):
        Protocol("kfold", folds=1)
    ds = Dataset.from_arrays(["u"] * 6, [f"i{k}" for k in range(6)])
    with pytest.raises(UserError, match="dates"):
        split_dataset(ds, Protocol("last-n"))
