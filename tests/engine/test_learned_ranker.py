"""Learned ranker: numpy re-implementations equal scikit-learn, persistence, MovieLens."""

from __future__ import annotations

import numpy as np
import pytest
from test_content import movielens_with_side_information  # sibling module (rootdir-less tests)

from desktop_recsys.engine.algorithms.learned_ranker import (
    FEATURES,
    _mlp_predict,
    _tree_arrays,
    _tree_predict,
    classifier_score,
)
from desktop_recsys.engine.evaluation import evaluate_top_n
from desktop_recsys.engine.persistence import load_model, save_model
from desktop_recsys.engine.registry import create
from desktop_recsys.errors import UserError


def _xy(seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((400, 5))
    y = ((x[:, 0] + x[:, 1] * x[:, 2] + 0.3 * rng.standard_normal(400)) > 0).astype(float)
    return x, y


def test_tree_and_forest_arrays_predict_like_sklearn() -> None:
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.tree import DecisionTreeClassifier

    x, y = _xy()
    tree = DecisionTreeClassifier(max_depth=6, random_state=0).fit(x, y)
    np.testing.assert_allclose(_tree_predict(_tree_arrays([tree]), x), tree.predict_proba(x)[:, 1])
    forest = RandomForestClassifier(n_estimators=7, max_depth=5, random_state=0).fit(x, y)
    np.testing.assert_allclose(
        _tree_predict(_tree_arrays(forest.estimators_), x), forest.predict_proba(x)[:, 1]
    )


@pytest.mark.filterwarnings("ignore::sklearn.exceptions.ConvergenceWarning")
def test_mlp_and_rbf_svm_arrays_predict_like_sklearn() -> None:
    from sklearn.kernel_approximation import RBFSampler
    from sklearn.neural_network import MLPClassifier
    from sklearn.svm import LinearSVC

    x, y = _xy(1)
    mlp = MLPClassifier(hidden_layer_sizes=(8, 8), max_iter=50, random_state=0).fit(x, y)
    arrays = {f"mlp_w{k}": w for k, w in enumerate(mlp.coefs_)}
    arrays.update({f"mlp_b{k}": b for k, b in enumerate(mlp.intercepts_)})
    proba = 1 / (1 + np.exp(-_mlp_predict(arrays, x)))
    np.testing.assert_allclose(proba, mlp.predict_proba(x)[:, 1], rtol=1e-6)
    rff = RBFSampler(gamma=0.2, n_components=30, random_state=0).fit(x)
    svm = LinearSVC(dual=False).fit(rff.transform(x), y)
    state = {
        "rff_weights": rff.random_weights_,
        "rff_offset": rff.random_offset_,
        "coef": svm.coef_.ravel(),
        "intercept": svm.intercept_,
    }
    np.testing.assert_allclose(
        classifier_score("svm", state, x), svm.decision_function(rff.transform(x)), rtol=1e-6
    )


@pytest.mark.parametrize("model", ["svm", "tree", "forest", "sgd", "mlp"])
def test_every_classifier_fits_explains_and_round_trips(model, two_tastes, tmp_path) -> None:
    params = {
        "model": model,
        "trees": "10",
        "epochs": "5",
        "svm_kernel": "rbf" if model == "svm" else "linear",
    }
    ranker = create("learned-ranker", params).fit(two_tastes)
    kind, weights = ranker.feature_importances
    assert [n for n, _ in weights] == list(FEATURES)
    assert kind == {"tree": "importance", "forest": "importance", "sgd": "coefficient"}.get(
        model, "sensitivity"
    )
    assert "auc" in ranker.validation or ranker.validation["rows"] > 0
    recs = ranker.recommend("a05", 5)
    e = ranker.explain("a05", recs.items[0])
    assert e.features and e.text
    loaded = load_model(save_model(ranker, tmp_path / "r.npz"), dataset=two_tastes)
    assert loaded.recommend("a05", 5).items == recs.items
    np.testing.assert_allclose(loaded.recommend("a05", 5).scores, recs.scores, rtol=1e-6)


def test_generator_must_be_a_cf_model() -> None:
    with pytest.raises(UserError):
        create("learned-ranker", {"generator": "hybrid"})
    with pytest.raises(UserError):
        create("learned-ranker", {"model": "boosting"})


def test_movielens_ranker_matches_its_generator(data_dir) -> None:
    ds, test = movielens_with_side_information(data_dir)
    users, items = test["user"].tolist(), test["item"].tolist()
    als = evaluate_top_n(create("als").fit(ds), ds, users, items)
    ranker_model = create("learned-ranker").fit(ds)
    ranker = evaluate_top_n(ranker_model, ds, users, items)
    assert ranker.leaks == 0
    assert ranker.ndcg_at_10 >= 0.99 * als.ndcg_at_10, (ranker, als)
    assert ranker_model.validation["auc"] > 0.7
