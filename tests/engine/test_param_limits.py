"""Every hyper-parameter is bounded, and a setting too big for memory is refused before any
allocation: ``train --param factors=100000000`` is one line naming the parameter and its limit,
not numpy running out of memory after minutes."""

from __future__ import annotations

import dataclasses
import sqlite3
import time
import typing
from pathlib import Path

import pytest

from desktop_recsys.cli.entry import main
from desktop_recsys.engine import _memory
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.registry import algorithm_names, create, get_algorithm
from desktop_recsys.errors import UserError

FACTOR_MODELS = ("als", "biased-mf", "bpr")


def numeric_fields() -> list[tuple[str, dataclasses.Field]]:
    out = []
    for name in algorithm_names():
        ptype = get_algorithm(name).params_type
        hints = typing.get_type_hints(ptype)
        out.extend((name, f) for f in dataclasses.fields(ptype) if hints[f.name] in (int, float))
    return out


def test_every_numeric_parameter_has_an_upper_bound() -> None:
    unbounded = [
        f"{name}.{f.name}"
        for name, f in numeric_fields()
        if f.metadata.get("max") is None and f.metadata.get("limit") is None
    ]
    assert not unbounded, f"parameters without a max or limit: {unbounded}"


@pytest.mark.parametrize(("name", "field"), numeric_fields(), ids=lambda v: getattr(v, "name", v))
def test_a_value_beyond_the_bound_is_a_user_error_naming_it(name: str, field) -> None:
    bound = field.metadata.get("limit") or field.metadata.get("max")
    too_big = bound * 10 + 10
    value = str(int(too_big)) if isinstance(field.default, int) else repr(float(too_big))
    with pytest.raises(UserError) as info:
        create(name, {field.name: value})
    text = str(info.value)
    assert field.name in text and "at most" in text and "\n" not in text


@pytest.mark.parametrize("name", FACTOR_MODELS)
def test_factors_of_100_million_are_refused_by_the_limit(name: str) -> None:
    with pytest.raises(UserError, match=r"factors=100000000 is too large: at most 4,096"):
        create(name, {"factors": "100000000"})


def test_hybrid_options_are_bounded_too(two_tastes: Dataset) -> None:
    with pytest.raises(UserError, match="factors"):
        create("hybrid", {"options": "als.factors=100000000"}).fit(two_tastes)


@pytest.mark.parametrize("name", FACTOR_MODELS)
def test_a_model_too_big_for_the_free_memory_is_refused_before_allocating(
    name: str, monkeypatch: pytest.MonkeyPatch, two_tastes: Dataset
) -> None:
    """The estimate, not numpy, says no: with 256 MiB free, 4,096 factors do not fit."""
    monkeypatch.setattr(_memory, "available_memory_bytes", lambda: 256 << 20)
    dataset = two_tastes
    model = create(name, {"factors": "4096"})
    started = time.perf_counter()
    with pytest.raises(UserError) as info:
        model.fit(dataset)
    assert time.perf_counter() - started < 1.0
    text = str(info.value)
    assert "factors=4096" in text and "GiB" in text and "use --param factors=" in text
    suggested = int(text.rsplit("factors=", 1)[1].split()[0])
    assert _memory.factor_model_bytes(dataset.n_users, dataset.n_items, suggested) <= (
        _memory.TRAINING_SHARE * (256 << 20)
    )
    # The suggestion really trains.
    create(name, {"factors": str(min(suggested, 8)), "iterations" if name != "bpr" else
                  "epochs": "1"}).fit(dataset)  # fmt: skip


def test_train_factors_100_million_on_the_command_line(
    demo_library_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One line, exit 1, no model run recorded, in well under a second of work."""
    before = _dump(demo_library_copy)
    runs_before = _runs(demo_library_copy)
    started = time.perf_counter()
    code = main(["--library", str(demo_library_copy), "train", "--kind", "film", "--algorithm",
                 "als", "--param", "factors=100000000", "--quiet"])  # fmt: skip
    elapsed = time.perf_counter() - started
    err = capsys.readouterr().err
    assert code == 1, err
    assert "Traceback" not in err
    errors = [line for line in err.splitlines() if "error:" in line]
    assert len(errors) == 1 and "factors=100000000" in errors[0] and "4,096" in errors[0]
    assert elapsed < 5.0
    assert _dump(demo_library_copy) == before
    assert _runs(demo_library_copy) == runs_before


def _dump(path: Path) -> list[str]:
    """Every statement that rebuilds the library: equal dumps, equal libraries."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def _runs(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM model_runs").fetchone()[0]
    finally:
        conn.close()
