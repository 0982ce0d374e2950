"""Large interaction files are read with pandas' C parser (``_read_codes_fast``), and exactly
as the ``csv`` reader reads them: the same ids, indices and weights, or the same error."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_recsys.engine import interaction_files as files
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.errors import UserError


def read_both(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[object, object, bool]:
    """``read_interaction_codes`` of ``path`` through the fast path (threshold 0) and through
    the exact reader alone (fast path off), each a tuple of arrays or the error's text; and
    whether the fast path answered itself."""
    answered = []
    fast = files._read_codes_fast

    def watched(p: Path):  # type: ignore[no-untyped-def]
        got = fast(p)
        answered.append(got is not None)
        return got

    def attempt() -> object:
        try:
            return files.read_interaction_codes(path)
        except UserError as exc:
            return str(exc)

    with monkeypatch.context() as m:
        m.setattr(files, "FAST_READ_BYTES", 0)
        m.setattr(files, "_read_codes_fast", watched)
        quick = attempt()
    with monkeypatch.context() as m:
        m.setattr(files, "_read_codes_fast", lambda p: None)
        exact = attempt()
    return quick, exact, answered == [True]


def assert_same(quick: object, exact: object) -> None:
    if isinstance(exact, str) or isinstance(quick, str):
        assert quick == exact
        return
    assert isinstance(quick, tuple) and isinstance(exact, tuple)
    for a, b in zip(quick, exact, strict=True):
        if b is None:
            assert a is None
        else:
            assert a.dtype == b.dtype and a.shape == b.shape
            np.testing.assert_array_equal(a, b)


@pytest.mark.parametrize(
    "name", ["ml-latest-small/ratings.csv", "hetrec2011-lastfm-2k/user_artists.dat"]
)
def test_the_real_data_sets_read_the_same_through_pandas(
    data_dir: Path, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    quick, exact, used = read_both(data_dir / name, monkeypatch)
    assert used, "the fast path gave up on a well-formed file"
    assert_same(quick, exact)
    assert len(quick[1]) > 90_000  # type: ignore[index]


HOSTILE = {
    "blank and whitespace-only lines": "user,item,weight\nu1,a,1\n\n   \nu2,b,2\n",
    "quoted ids with separators, quotes and a newline": (
        'user,item,weight\n"u,1","a ""b""",1\n"u\n2",c,2.5\n'
    ),
    "a byte-order mark and CRLF": "\ufeffuser,item,weight\r\nu1,a,1\r\nu2,b,3\r\n",
    "ids pandas would take for missing values": "user,item,weight\nNA,null,1\nnan,N/A,2\n007,,3\n",
    "ids that look like numbers": "user,item,weight\n007,1.0,1\n7,1,2\n",
    "spaces after the separator, and trailing ones": "user,item,weight\nu1,  a ,1\n u2 , b,2\n",
    "a row with an extra column": "user,item,weight\nu1,a,1\nu2,b,2,extra\n",
    "a short row": "user,item,weight\nu1,a,1\nu2,b\n",
    "an empty user id": "user,item,weight\nu1,a,1\n,b,2\n",
    "a tab as an id": "user,item,weight\nu1,a,1\n\t,b,2\n",
    "a weight that is not a number": "user,item,weight\nu1,a,1\nu2,b,lots\n",
    "an infinite weight": "user,item,weight\nu1,a,1\nu2,b,inf\n",
    "a weight with an underscore": "user,item,weight\nu1,a,1_000\n",
    "ids equal to numpy's strings": "user,item,weight\na,x,1\na\0,y,2\n",
    "two columns": "user,item\nu1,a\nu2,b\nu1,b\n",
    "tab-separated": "user\titem\tweight\nu1\ta\t1\nu2\tb\t2\n",
    "one column": "user\nu1\n",
    "only a header": "user,item,weight\n",
    "duplicates": "user,item,weight\nu1,a,1\nu1,a,4\n",
    "unicode ids": "user,item,weight\nÅsa,Björk – Jóga,1\n李,周杰伦,2\n",
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_every_kind_of_file_reads_as_the_exact_reader_reads_it(
    tmp_path: Path, case: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "train.csv"
    path.write_text(HOSTILE[case], encoding="utf-8", newline="")
    quick, exact, _ = read_both(path, monkeypatch)
    assert_same(quick, exact)


def test_bytes_that_are_not_utf8_fail_with_the_same_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "train.csv"
    path.write_bytes(b"user,item,weight\nu1,caf\xe9,1\n")
    quick, exact, used = read_both(path, monkeypatch)
    assert not used and quick == exact and "UTF-8" in str(exact)


ID = st.text(alphabet=st.sampled_from(list('ab ,"\t\n\r\0é李-.0NA')), min_size=0, max_size=5)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=st.lists(
        st.tuples(ID, ID, st.floats(allow_nan=True, allow_infinity=True, width=32)),
        min_size=1,
        max_size=30,
    )
)
def test_any_file_csv_writes_reads_the_same_both_ways(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch, rows: list
) -> None:
    path = tmp_path_factory.mktemp("fast") / "train.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["user", "item", "weight"])
        writer.writerows(rows)
    quick, exact, _ = read_both(path, monkeypatch)
    assert_same(quick, exact)


def test_a_large_file_takes_the_fast_path_and_makes_the_same_dataset(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = np.random.default_rng(5)
    path = tmp_path / "large.csv"
    n = 300_000  # about 5 MB: over FAST_READ_BYTES
    users = rng.integers(0, 5_000, n)
    items = rng.zipf(1.3, n) % 20_000
    weights = rng.integers(1, 50, n) / 7.0
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("user,item,weight\n")
        fh.writelines(f"u{u},i{i},{w:.6g}\n" for u, i, w in zip(users, items, weights, strict=True))
    assert path.stat().st_size >= files.FAST_READ_BYTES
    used = []
    fast = files._read_codes_fast
    monkeypatch.setattr(files, "_read_codes_fast", lambda p: used.append(1) or fast(p))
    quick = Dataset.from_csv(path)
    monkeypatch.setattr(files, "_read_codes_fast", lambda p: None)
    exact = Dataset.from_csv(path)
    assert used == [1]
    assert quick.fingerprint() == exact.fingerprint()
    assert (quick.matrix != exact.matrix).nnz == 0
