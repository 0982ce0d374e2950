"""The learned ranker's classifiers side by side; classifier metrics against scikit-learn."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from sklearn.metrics import accuracy_score, f1_score, precision_score, recall_score, roc_auc_score

from desktop_recsys.engine.evaluation import split_dataset
from desktop_recsys.engine.evaluation.classifiers import (
    classification_metrics,
    compare_ranker_models,
    roc_auc,
)


def test_classification_metrics_match_scikit_learn() -> None:
    rng = np.random.default_rng(1)
    y = rng.random(300) < 0.3
    s = np.round(rng.random(300) * 0.6 + y * 0.3, 2)  # rounded: ties on purpose
    m = classification_metrics(y, s)
    pred = s >= 0.5
    assert m["accuracy"] == pytest.approx(accuracy_score(y, pred))
    assert m["precision"] == pytest.approx(precision_score(y, pred))
    assert m["recall"] == pytest.approx(recall_score(y, pred))
    assert m["f1"] == pytest.approx(f1_score(y, pred))
    assert m["roc_auc"] == pytest.approx(roc_auc_score(y, s))
    assert np.isnan(roc_auc(np.ones(3), np.arange(3.0)))
    none = classification_metrics(np.array([True, False]), np.array([0.1, 0.2]))
    assert none["precision"] == 0.0 and none["f1"] == 0.0


def test_five_classifiers_side_by_side(demo_library_copy: Path) -> None:
    from desktop_recsys.services.dataset_service import build_dataset

    dataset = build_dataset(demo_library_copy, kind="film")
    (split,) = split_dataset(dataset)
    table = compare_ranker_models(
        split, params={"trees": "10", "epochs": "5", "generator": "item-knn"}
    )
    assert table["model"].tolist() == ["svm", "tree", "forest", "sgd", "mlp"]
    assert (table["error"] == "").all()
    for col in ("accuracy", "precision", "recall", "f1", "roc_auc", "validation_auc"):
        values = table[col].to_numpy(dtype=float)
        assert ((values >= 0) & (values <= 1)).all(), col
    assert (table["rows"] > 0).all() and (table["fit_s"] > 0).all()
    kinds = dict(zip(table["model"], table["importance_kind"], strict=True))
    assert kinds["tree"] == kinds["forest"] == "importance"
    assert kinds["sgd"] == "coefficient"
    assert all(len(imp) == 11 for imp in table["importances"])
