"""Fixtures for the engine tests: small synthetic data sets with a known structure."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from desktop_recsys.engine.dataset import Dataset

REPO_ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = Path(os.environ.get("DESKTOP_RECSYS_DATA", REPO_ROOT / ".." / "shared" / "data"))

#: Hyper-parameters that keep each algorithm quick on tiny data in the contract suite.
FAST_PARAMS: dict[str, dict[str, str]] = {
    "als": {"iterations": "4", "factors": "2", "regularization": "1"},
    "bpr": {"epochs": "60", "factors": "8", "batch_size": "32"},
    "biased-mf": {"iterations": "4", "factors": "8"},
    "ease": {"l2": "10"},
    "item-knn": {"k": "10", "chunk": "16"},
    "user-knn": {"k": "10", "chunk": "16"},
}


def two_taste_frame(seed: int = 0):
    """40 users in two taste groups over 30 items: group A uses items 0-14, group B 15-29.

    Each user has 6 random items of their group, with weights 1..5. Item ids are ``i00``..,
    user ids ``a00``.. / ``b00``...
    """
    import pandas as pd

    rng = np.random.default_rng(seed)
    rows = []
    for group, offset in (("a", 0), ("b", 15)):
        for u in range(20):
            items = rng.choice(15, size=6, replace=False) + offset
            for it in items:
                rows.append((f"{group}{u:02d}", f"i{it:02d}", float(rng.integers(1, 6))))
    return pd.DataFrame(rows, columns=["user", "item", "weight"])


@pytest.fixture
def two_tastes() -> Dataset:
    return Dataset.from_frame(two_taste_frame())


@pytest.fixture(scope="session")
def make_model():
    """``make_model(name, **params)``: an unfitted model with the suite's fast parameters."""
    from desktop_recsys.engine.registry import create

    def make(name: str, **extra: str):
        return create(name, {**FAST_PARAMS.get(name, {}), **extra})

    return make


@pytest.fixture(scope="session")
def two_tastes_shared() -> Dataset:
    """The two-taste data set, shared across a session: never mutate it."""
    return Dataset.from_frame(two_taste_frame())


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA_DIR


@pytest.fixture(scope="session")
def movielens_ratings(data_dir: Path):
    """ml-latest-small's ratings as a ``user, item, weight`` frame (skips, saying why, where
    the data set is absent); shared across a session: never mutate it."""
    import pandas as pd

    path = data_dir / "ml-latest-small" / "ratings.csv"
    if not path.is_file():
        pytest.skip(f"{path} not found (see README 'Data sets')")
    frame = pd.read_csv(path, dtype={"userId": str, "movieId": str}).iloc[:, :3]
    frame.columns = ["user", "item", "weight"]
    return frame
