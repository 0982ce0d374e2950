"""Iterative algorithms report their training loss per epoch (``Message.metrics``), and it falls.

The real ml-latest-small ratings; the loss of ALS is checked against the objective computed
directly on the dense matrix.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from desktop_recsys.engine.algorithms.als import LOSS_SAMPLE
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.registry import create
from desktop_recsys.progress import Message

TEMPLATE = "{algorithm}: epoch {epoch} of {epochs}"


@pytest.fixture(scope="module")
def movielens(movielens_ratings) -> Dataset:
    return Dataset.from_frame(movielens_ratings)


def fit_and_collect(name: str, dataset: Dataset, params: dict[str, str] | None = None):
    """The fitted model and every progress report that carried a loss, in order."""
    reports: list[Message] = []

    def progress(fraction: float, message: str) -> None:
        if isinstance(message, Message) and "loss" in message.metrics:
            reports.append(message)

    model = create(name, params or {}).fit(dataset, progress=progress)
    return model, reports


def losses(reports: list[Message]) -> list[float]:
    return [r.metrics["loss"] for r in reports]


def exact_als_loss(model, dataset: Dataset) -> float:
    """The ALS objective per observed interaction, on the dense users x items matrix."""
    p = model.params
    x = model._state["user_factors"].astype(np.float64)
    y = model._state["item_factors"].astype(np.float64)
    coo = dataset.matrix.tocoo()
    scores = x @ y.T
    observed = scores[coo.row, coo.col]
    c = 1.0 + p.alpha * coo.data
    total = float((scores**2).sum())  # every cell as if unobserved: c = 1, p = 0
    total += float((c * (1.0 - observed) ** 2 - observed**2).sum())  # the observed cells
    total += p.regularization * float((x**2).sum() + (y**2).sum())
    return total / coo.nnz


def test_als_reports_its_loss_once_per_iteration_and_it_falls(movielens: Dataset) -> None:
    assert movielens.matrix.nnz > LOSS_SAMPLE  # the sampled estimate is what is tested
    model, reports = fit_and_collect("als", movielens)
    n = model.params.iterations
    assert [r.metrics["epoch"] for r in reports] == list(range(1, n + 1))
    assert all(r.template == TEMPLATE and r.args["algorithm"] == "als" for r in reports)
    assert str(reports[-1]) == f"als: epoch {n} of {n}"
    values = losses(reports)
    assert all(math.isfinite(v) and v > 0 for v in values)
    assert all(b < a for a, b in zip(values, values[1:], strict=False)), values
    assert values[-1] < 0.8 * values[0]
    # The last report is the objective of the factors the model keeps (sampled: within 1 %).
    assert values[-1] == pytest.approx(exact_als_loss(model, movielens), rel=0.01)


def test_als_loss_is_exact_when_every_interaction_fits_in_the_sample(two_tastes) -> None:
    model, reports = fit_and_collect("als", two_tastes, {"factors": "4", "iterations": "3"})
    assert len(reports) == 3
    assert losses(reports)[-1] == pytest.approx(exact_als_loss(model, two_tastes), rel=1e-4)


def test_bpr_reports_the_mean_log_loss_of_each_epoch_and_it_falls(movielens: Dataset) -> None:
    model, reports = fit_and_collect("bpr", movielens, {"epochs": "8"})
    assert [r.metrics["epoch"] for r in reports] == list(range(1, 9))
    assert all(r.template == TEMPLATE and r.args["algorithm"] == "bpr" for r in reports)
    values = losses(reports)
    # Starts near ln 2 (scores close to 0: a coin toss between the two items), then falls.
    assert values[0] < math.log(2) + 1e-3
    assert all(b < a for a, b in zip(values, values[1:], strict=False)), values
    assert values[-1] < 0.6 * values[0]


def test_default_reports_the_loss_of_its_als_under_its_own_name(movielens: Dataset) -> None:
    _model, reports = fit_and_collect("default", movielens)
    # ALS is trained at least for the validation of the blend, whatever weight wins.
    assert reports and all(r.args["algorithm"] == "default" for r in reports)
    # The validation run, then the passes over all the data: each run counts its own epochs
    # from 1, and within a run the loss falls.
    epochs = [int(r.metrics["epoch"]) for r in reports]
    starts = [k for k, e in enumerate(epochs) if e == 1]
    assert starts[0] == 0
    for a, b in zip(starts, [*starts[1:], len(reports)], strict=True):
        run = losses(reports[a:b])
        assert epochs[a:b] == list(range(1, b - a + 1))
        assert all(y < x for x, y in zip(run, run[1:], strict=False)), run
