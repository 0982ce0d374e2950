from __future__ import annotations

import csv
import subprocess
import sys

import pytest

from desktop_recsys.errors import UserError
from desktop_recsys.services.file_commands import predict_file, recommend_file


@pytest.fixture
def train_csv(tmp_path):
    path = tmp_path / "train.csv"
    rows = ["user,item,weight,extra"]
    for u in range(6):
        for i in range(u % 3, 8, 2):
            rows.append(f"u{u},i{i},{1 + (u + i) % 5},x")
    path.write_text("\n".join(rows) + "\n")
    return path


def read(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.reader(fh))


@pytest.mark.parametrize("algorithm", ["popularity", "item-knn", "als", "default"])
def test_recommend_file_writes_n_unseen_items_per_user(train_csv, tmp_path, algorithm) -> None:
    out = tmp_path / "recs.csv"
    progress: list[float] = []
    recommend_file(train_csv, algorithm, {}, 3, out, progress=lambda f, m: progress.append(f))
    rows = read(out)
    assert rows[0] == ["user", "item", "rank", "score"]
    seen = {(r[0], r[1]) for r in read(train_csv)[1:]}
    by_user: dict[str, list[list[str]]] = {}
    for r in rows[1:]:
        by_user.setdefault(r[0], []).append(r)
        assert (r[0], r[1]) not in seen
    assert sorted(by_user) == [f"u{u}" for u in range(6)]
    for recs in by_user.values():
        assert [r[2] for r in recs] == ["1", "2", "3"]
        assert len({r[1] for r in recs}) == 3
    assert progress[-1] == 1.0 and progress == sorted(progress)


def test_predict_file_has_a_row_per_pair_with_fallbacks(train_csv, tmp_path) -> None:
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("user,item\nu0,i1\nnobody,i1\nu0,unknown\nu0,i1\n")
    out = tmp_path / "preds.csv"
    predict_file(train_csv, pairs, "biased-mf", {"factors": "2"}, out)
    rows = read(out)
    assert rows[0] == ["user", "item", "prediction"]
    assert [r[:2] for r in rows[1:]] == [
        ["u0", "i1"],
        ["nobody", "i1"],
        ["u0", "unknown"],
        ["u0", "i1"],
    ]
    values = [float(r[2]) for r in rows[1:]]
    assert all(1.0 <= v <= 5.0 for v in values)
    assert values[0] == values[3]


@pytest.mark.parametrize(
    ("algorithm", "params", "message"),
    [
        ("magic", {}, "unknown algorithm 'magic'"),
        ("als", {"speed": "11"}, "unknown parameter 'speed'"),
        ("als", {"factors": "x"}, "is not an integer"),
    ],
)
def test_bad_algorithm_or_param(train_csv, tmp_path, algorithm, params, message) -> None:
    out = tmp_path / "r.csv"
    with pytest.raises(UserError, match=message):
        recommend_file(train_csv, algorithm, params, 5, out)
    assert not out.exists()


def test_bad_train_file_n_and_output(tmp_path, train_csv) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("user,item,weight\n1,2,three\n")
    with pytest.raises(UserError, match="bad.csv: line 2"):
        recommend_file(bad, "popularity", {}, 5, tmp_path / "r.csv")
    with pytest.raises(UserError, match="--n must be at least 1"):
        recommend_file(train_csv, "popularity", {}, 0, tmp_path / "r.csv")
    with pytest.raises(UserError, match="does not exist"):
        recommend_file(train_csv, "popularity", {}, 1, tmp_path / "no" / "r.csv")
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("user\nu0\n")
    with pytest.raises(UserError, match="pairs.csv: the header has 1 column"):
        predict_file(train_csv, pairs, "popularity", {}, tmp_path / "p.csv")


@pytest.mark.subprocess
def test_module_import_is_light() -> None:
    code = (
        "import sys, desktop_recsys.services.file_commands; "
        "heavy = [m for m in ('numpy', 'pandas', 'scipy', 'desktop_recsys.engine.dataset') if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


@pytest.mark.subprocess
def test_engine_imports_no_qt() -> None:
    code = (
        "import sys, desktop_recsys.engine.registry as r, desktop_recsys.engine.persistence, "
        "desktop_recsys.engine.evaluation, desktop_recsys.services.file_commands; r.algorithm_names(); "
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'desktop_recsys.library', 'desktop_recsys.ui'))]; "
        "print(','.join(bad))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
