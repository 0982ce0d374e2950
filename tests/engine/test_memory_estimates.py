"""item-knn, user-knn, content and the learned ranker estimate their memory before training.

On the demo library's films (a real data set with text, genres and people): the estimate is
an upper bound of the real peak (measured with tracemalloc, which numpy reports to), and a
setting whose estimate exceeds the share of the free memory a training may use is refused in
one line that names the estimate, what is free and what to do, before anything big is
allocated; the suggested value then trains. The free memory is set small for the refusals
(this machine has far more than a model of 800 films could need).
"""

from __future__ import annotations

import re
import sqlite3
import time
import tracemalloc
from pathlib import Path

import pytest

from desktop_recsys.cli.entry import main
from desktop_recsys.engine import _memory
from desktop_recsys.engine.algorithms.content import content_memory_bytes
from desktop_recsys.engine.algorithms.knn import knn_memory_bytes
from desktop_recsys.engine.algorithms.learned_ranker.memory import ranker_memory_parts
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.features.text import item_texts
from desktop_recsys.engine.registry import create
from desktop_recsys.errors import UserError
from desktop_recsys.services.dataset_service import build_dataset

MIB = 2**20


@pytest.fixture(scope="module")
def films(demo_library_file: Path) -> Dataset:
    return build_dataset(demo_library_file, kind="film")


def estimate(name: str, params: dict[str, str], dataset: Dataset) -> int:
    model = create(name, params)
    p = model.params
    if name == "item-knn":
        return knn_memory_bytes(dataset.matrix, k=p.k, chunk=p.chunk)
    if name == "user-knn":
        return knn_memory_bytes(dataset.matrix.T, k=p.k, chunk=p.chunk)
    if name == "content":
        return content_memory_bytes(dataset, item_texts(dataset))[0]
    return sum(ranker_memory_parts(dataset, p).values())


@pytest.mark.parametrize(
    ("name", "params"),
    [
        ("item-knn", {"k": "400"}),
        ("user-knn", {"k": "20"}),
        ("content", {}),
        ("learned-ranker", {"model": "tree", "generator": "popularity", "candidates": "200"}),
    ],
)
def test_the_estimate_is_above_the_real_peak(name: str, params: dict, films: Dataset) -> None:
    need = estimate(name, params, films)
    model = create(name, params)
    import sklearn.tree  # noqa: F401 (imported before: a module's import is not the model's)

    tracemalloc.start()
    try:
        model.fit(films)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak <= need, f"{name}: peak {peak / MIB:.1f} MiB above the estimate {need / MIB:.1f}"
    assert need <= 40 * max(peak, 4 * MIB), f"{name}: an estimate this far off refuses too much"


@pytest.mark.parametrize(
    ("name", "big", "param"),
    [
        ("item-knn", {"k": "10000", "chunk": "16"}, "k"),
        ("item-knn", {"k": "10", "chunk": "65536"}, "chunk"),
        (
            "learned-ranker",
            # ALS: the default generator (EASE) would be the heaviest part on this small library.
            {"model": "forest", "trees": "10000", "max_depth": "64", "generator": "als"},
            "trees",
        ),
        (
            "learned-ranker",
            {"model": "svm", "svm_kernel": "rbf", "svm_components": "10000"},
            "svm_components",
        ),
    ],  # fmt: skip
)
def test_a_setting_too_big_for_the_free_memory_is_refused_before_training(
    name: str, big: dict, param: str, films: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    need = estimate(name, big, films)
    free = int(need / 3)  # the setting needs three times what is free
    monkeypatch.setattr(_memory, "available_memory_bytes", lambda: free)
    started = time.perf_counter()
    with pytest.raises(UserError) as info:
        create(name, big).fit(films)
    assert time.perf_counter() - started < 2.0, "refused before the work, not after"
    text = str(info.value)
    assert "\n" not in text
    assert f"{param}={big[param]}" in text and "of memory" in text and "is free" in text
    assert f"needs about {_memory._size(need)}" in text and _memory._size(free) in text
    suggested = re.search(rf"use --param {param}=(\d+) or fewer", text)
    assert suggested, text
    value = int(suggested.group(1))
    assert 1 <= value < int(big[param])
    if param == "k":
        assert value < films.n_items
    fitted = {**big, param: str(value)}
    assert estimate(name, fitted, films) <= _memory.TRAINING_SHARE * free


def test_the_suggested_k_really_trains(films: Dataset, monkeypatch: pytest.MonkeyPatch) -> None:
    big = {"k": "10000", "chunk": "16"}
    need = estimate("item-knn", big, films)
    monkeypatch.setattr(_memory, "available_memory_bytes", lambda: int(need / 3))
    with pytest.raises(UserError) as info:
        create("item-knn", big).fit(films)
    k = re.search(r"k=(\d+) or fewer", str(info.value)).group(1)
    create("item-knn", {**big, "k": k}).fit(films)  # fits the same free memory: no refusal


def test_content_says_to_leave_out_the_text_when_the_text_is_what_does_not_fit(
    films: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    need, text = content_memory_bytes(films, item_texts(films))
    free = int((need - text / 2) / _memory.TRAINING_SHARE)  # everything but half the text
    monkeypatch.setattr(_memory, "available_memory_bytes", lambda: free)
    with pytest.raises(UserError, match=r"use --param text_weight=0") as info:
        create("content", {}).fit(films)
    assert "characters of text" in str(info.value)
    create("content", {"text_weight": "0"}).fit(films)  # and that trains


def test_train_on_the_command_line_refuses_in_one_line_and_writes_no_model(
    demo_library_copy: Path,
    films: Dataset,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    need = estimate("item-knn", {"k": "10000", "chunk": "16"}, films)
    monkeypatch.setattr(_memory, "available_memory_bytes", lambda: int(need / 3))
    code = main(["--library", str(demo_library_copy), "train", "--kind", "film", "--algorithm",
                 "item-knn", "--param", "k=10000", "--param", "chunk=16", "--quiet"])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    (line,) = [line for line in err.splitlines() if line.strip()]
    assert "item-knn with k=10000" in line and "use --param k=" in line
    conn = sqlite3.connect(demo_library_copy)
    try:  # the history says why (like any training that fails), and no model exists
        runs = conn.execute("SELECT status, error, file FROM model_runs").fetchall()
    finally:
        conn.close()
    assert [(status, file) for status, _error, file in runs] == [("failed", None)]
    assert "item-knn with k=10000" in runs[0][1]
