"""The line an interaction file's error names: where the bad row starts, in a small file and in
a large one (pandas' fast path, ``_read_codes_fast``, then the exact reader) alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_recsys.engine import interaction_files as files
from desktop_recsys.errors import UserError


def error_of(path: Path, *, fast: bool, monkeypatch: pytest.MonkeyPatch) -> str:
    """``read_interaction_codes``' error for ``path``, with the fast path tried first (its
    threshold at 0) or off; "" when the file reads."""
    with monkeypatch.context() as m:
        if fast:
            m.setattr(files, "FAST_READ_BYTES", 0)
        else:
            m.setattr(files, "_read_codes_fast", lambda p: None)
        try:
            files.read_interaction_codes(path)
        except UserError as exc:
            return str(exc)
    return ""


GOOD = "".join(f"u{k},i{k % 7},{k % 5 + 1}\n" for k in range(40))


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        # A row over several lines (a quoted id with a newline) is named by its first line.
        ('"u\n2",b,x\n', "line 42: weight 'x' is not a number"),
        ('"u\n\n2",b\n', "line 42: expected user,item,weight"),
        # A quote never closed: the row runs to the end of the file, but starts here.
        ('u2,"b,2\nu3,c,3\nu4,d,4\n', "line 42: expected user,item,weight"),
        # ... and past the csv module's field limit in a longer file.
        (
            'u2,"b,2\n' + "u3,c,3\n" * 20_000,
            "line 42: a field is longer than 131072 characters",
        ),
        # An id longer than that limit, which pandas alone would read.
        ("u" + "x" * 140_000 + ",b,2\n", "line 42: a field is longer than 131072 characters"),
    ],
)
@pytest.mark.parametrize("fast", [False, True])
def test_an_error_names_the_line_its_row_starts_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bad: str, message: str, fast: bool
) -> None:
    path = tmp_path / "train.csv"
    path.write_text("user,item,weight\n" + GOOD + bad + GOOD, encoding="utf-8", newline="")
    monkeypatch.setattr(files, "_CSV_BLOCK_ROWS", 16)  # the bad row in a later block
    text = error_of(path, fast=fast, monkeypatch=monkeypatch)
    assert message in text and text.startswith(f"{path}: ") and "\n" not in text


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_bytes_that_are_not_utf8_are_named_by_their_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, newline: str
) -> None:
    path = tmp_path / "train.csv"
    lines = ["\ufeffuser,item,weight"] + GOOD.splitlines()
    data = newline.join(lines).encode() + newline.encode() + b"u1,caf\xe9,1" + newline.encode()
    path.write_bytes(data + GOOD.replace("\n", newline).encode())
    for fast in (False, True):
        text = error_of(path, fast=fast, monkeypatch=monkeypatch)
        assert text == f"{path}: line 42: not UTF-8 text; save it as UTF-8 and try again"


def test_a_large_file_with_a_bad_row_deep_in_it_names_the_same_line_as_a_small_one(
    tmp_path: Path,
) -> None:
    """Over FAST_READ_BYTES for real (pandas reads it first, then gives up)."""
    row = "u12345,i678,3\n"
    rows = (files.FAST_READ_BYTES // len(row)) + 1000
    big, small = tmp_path / "big.csv", tmp_path / "small.csv"
    bad = 'u9,"i9,x\n'  # an open quote: everything after it is one field
    with open(big, "w", encoding="utf-8", newline="") as fh:
        fh.write("user,item,weight\n")
        fh.write(row * (rows // 2))
        fh.write(bad)
        fh.write(row * (rows // 2))
    assert big.stat().st_size >= files.FAST_READ_BYTES
    small.write_text("user,item,weight\n" + row * (rows // 2) + bad + row * 3, encoding="utf-8")
    for path in (big, small):
        with pytest.raises(UserError) as info:
            files.read_interaction_codes(path)
        assert f"line {rows // 2 + 2}:" in str(info.value), str(info.value)
