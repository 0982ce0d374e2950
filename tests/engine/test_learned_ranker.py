"""Learned ranker: numpy re-implementations equal scikit-learn, persistence, MovieLens."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from test_content import (  # sibling module (rootdir-less tests)
    CancelFromAnotherThread,
    movielens_with_side_information,
)

from desktop_recsys.engine.algorithms.learned_ranker import FEATURES, classifier_score
from desktop_recsys.engine.algorithms.learned_ranker.classifiers import (
    mlp_predict as _mlp_predict,
)
from desktop_recsys.engine.algorithms.learned_ranker.classifiers import (
    tree_arrays as _tree_arrays,
)
from desktop_recsys.engine.algorithms.learned_ranker.classifiers import (
    tree_predict as _tree_predict,
)
from desktop_recsys.engine.evaluation import evaluate_top_n
from desktop_recsys.engine.features.matrices import pair_dots, sparse_cells, sparse_lookup
from desktop_recsys.engine.persistence import load_model, save_model
from desktop_recsys.engine.progress import CancelToken, off_thread
from desktop_recsys.engine.registry import create
from desktop_recsys.errors import Cancelled, UserError


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


def test_cell_helpers_equal_the_dense_products() -> None:
    """The features are read at the candidate cells only; the same values as the dense way."""
    import scipy.sparse as sp

    rng = np.random.default_rng(3)
    left = rng.random((4, 30))
    right = sp.random(50, 30, density=0.2, random_state=4, format="csr")
    cols = rng.integers(0, 50, size=(4, 6))
    dense = left @ right.T.toarray()
    np.testing.assert_allclose(pair_dots(left, right, cols), np.take_along_axis(dense, cols, 1))
    m = sp.random(4, 50, density=0.3, random_state=5, format="csr")
    expected = np.take_along_axis(m.toarray(), cols, 1)
    np.testing.assert_array_equal(sparse_cells(m, cols), expected)
    np.testing.assert_array_equal(sparse_cells(sp.csr_matrix((4, 50)), cols), 0.0)
    unsorted = sp.csr_matrix((m.data[::-1], m.indices[::-1], m.indptr), shape=m.shape)
    rows, picks = np.array([0, 3, 3, 1]), np.array([7, 0, 49, 12])
    np.testing.assert_array_equal(
        sparse_lookup(unsorted, rows, picks), unsorted.toarray()[rows, picks]
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


@pytest.mark.parametrize("model", ["sgd", "mlp"])
def test_sgd_and_mlp_report_their_loss_once_per_epoch(model, two_tastes) -> None:
    reports = []

    def progress(fraction: float, message: str) -> None:
        mine = getattr(message, "args", {}).get("algorithm") == "learned-ranker"
        if mine and "loss" in message.metrics:
            reports.append(message)

    create("learned-ranker", {"model": model, "epochs": "5"}).fit(two_tastes, progress=progress)
    assert [r.metrics["epoch"] for r in reports] == [1, 2, 3, 4, 5]
    assert all(r.template == "{algorithm}: epoch {epoch} of {epochs}" for r in reports)
    assert str(reports[-1]) == "learned-ranker: epoch 5 of 5"
    assert all(np.isfinite(r.metrics["loss"]) and r.metrics["loss"] > 0 for r in reports)


def test_generator_must_be_a_cf_model() -> None:
    with pytest.raises(UserError):
        create("learned-ranker", {"generator": "hybrid"})
    with pytest.raises(UserError):
        create("learned-ranker", {"model": "boosting"})


def test_movielens_ranker_matches_its_generator(data_dir) -> None:
    ds, test = movielens_with_side_information(data_dir)
    users, items = test["user"].tolist(), test["item"].tolist()
    ranker_model = create("learned-ranker").fit(ds)
    # The default setting (issue 15: an SVM over EASE, chosen on validation data) against
    # its generator alone.
    assert ranker_model.params.generator == "ease" and ranker_model.params.model == "svm"
    base = evaluate_top_n(create("ease").fit(ds), ds, users, items)
    ranker = evaluate_top_n(ranker_model, ds, users, items)
    assert ranker.leaks == 0
    assert ranker.ndcg_at_10 >= 0.99 * base.ndcg_at_10, (ranker, base)
    assert ranker_model.validation["auc"] > 0.7


# ---------------------------------------------------------------------------- progress / cancel


def test_work_off_thread_reports_while_it_runs_and_a_cancel_does_not_wait_for_it() -> None:
    """A step that never ends by itself (it waits for ``release``): the fitting thread keeps
    reporting, and a cancel from another thread raises at once; the step's result is dropped."""
    release = threading.Event()
    probe = CancelFromAnotherThread(lambda m: m == "fitting", after=3)
    with pytest.raises(Cancelled):
        off_thread(lambda: release.wait(60) and "result", probe, probe.token, 0.5, "fitting")
    assert probe.messages == ["fitting"] * 3  # several reports while the step ran, none after
    release.set()
    assert off_thread(lambda: 7, lambda f, m: None, CancelToken(), 0.0, "") == 7
    with pytest.raises(ZeroDivisionError):  # errors of the step reach the caller
        off_thread(lambda: 1 / 0, lambda f, m: None, CancelToken(), 0.0, "")


#: The templates a classifier reports while it trains, per model.
CLASSIFIER_STEPS = {
    "svm": "{algorithm}: training the linear svm",
    "tree": "{algorithm}: training the decision tree",
    "forest": "{algorithm}: random forest, {trees} of {total} trees",
    "sgd": "{algorithm}: epoch {epoch} of {epochs}",
    "mlp": "{algorithm}: epoch {epoch} of {epochs}",
}


@pytest.fixture(scope="module")
def movielens_ds(data_dir):
    return movielens_with_side_information(data_dir)[0]


@pytest.mark.parametrize("model", ["svm", "tree", "forest", "sgd", "mlp"])
def test_a_cancel_midway_through_the_classifier_stops_the_fit(model, movielens_ds) -> None:
    """On ml-latest-small, a cancel from another thread while the classifier trains raises
    ``Cancelled`` promptly and leaves nothing fitted. Forests (chunks of trees), sgd and mlp
    (epochs) report in several steps first: the cancel comes at their third report; svm and
    tree train in one call on a helper thread, cancelled at its first report."""

    def classifier_step(message: str) -> bool:
        return getattr(message, "template", None) == CLASSIFIER_STEPS[model]

    after = 1 if model in ("svm", "tree") else 3
    probe = CancelFromAnotherThread(classifier_step, after=after)
    ranker = create("learned-ranker", {"model": model})
    assert probe.fit_until_cancelled(ranker, movielens_ds) < 5.0
    assert not ranker.is_fitted
    assert sum(map(classifier_step, probe.messages)) == after  # none after the cancel
    assert not any("classifier trained" in m for m in probe.messages)
    if model in ("sgd", "mlp"):
        # The classifier's own epoch losses (an ALS generator reports losses of its own, which
        # once made this pass without any from the classifier); epochs that ended before the
        # cancel may be none: test_sgd_and_mlp_report_their_loss_once_per_epoch checks that
        # every epoch reports one.
        losses = [
            m.metrics["loss"]
            for m in probe.messages
            if classifier_step(m) and getattr(m, "metrics", None)
        ]
        assert all(np.isfinite(losses)) and all(x > 0 for x in losses)
