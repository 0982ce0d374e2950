"""predict-file fits no candidate model for biased-mf's lists (issue 15): predictions never
use lists, and the candidate model would only add to the wall time people wait for."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_recsys.services import file_commands
from desktop_recsys.services.file_commands import predict_file


def test_predictions_skip_the_candidate_model_unless_asked(tmp_path: Path) -> None:
    assert file_commands._without_lists("biased-mf", {}) == {"candidates": "none"}
    assert file_commands._without_lists("biased-mf", {"candidates": "ease"}) == {
        "candidates": "ease"
    }
    assert file_commands._without_lists("ease", {}) == {}  # not a rating model
    assert file_commands._without_lists("no-such", {}) == {}  # reported later, as usual
    train = tmp_path / "train.csv"
    rows = [f"u{u},i{(u * 7 + k) % 40},{1 + (u + k) % 5}" for u in range(30) for k in range(8)]
    train.write_text("user,item,weight\n" + "\n".join(rows) + "\n", encoding="utf-8")
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("user,item\nu1,i3\nu2,i9\nnobody,i1\n", encoding="utf-8")
    out_a, out_b = tmp_path / "a.csv", tmp_path / "b.csv"
    predict_file(train, pairs, "biased-mf", {}, out_a)
    predict_file(train, pairs, "biased-mf", {"candidates": "item-knn"}, out_b)
    a = out_a.read_text(encoding="utf-8").splitlines()
    b = out_b.read_text(encoding="utf-8").splitlines()
    assert a == b and len(a) == 4  # the same predictions either way
    with pytest.raises(Exception, match="no-such"):
        predict_file(train, pairs, "no-such", {}, tmp_path / "c.csv")
