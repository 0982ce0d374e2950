"""The learned ranker itself: fitting the pipeline, serving re-ranked lists, explaining them.

See the package docstring (:mod:`desktop_recsys.engine.algorithms.learned_ranker`) for the
pipeline; the features, the classifier training and the numpy scorers have modules of their own.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from desktop_recsys.engine.algorithms._imports import import_modules
from desktop_recsys.engine.algorithms._nested import fit_inner, pack_inner, unpack_inner
from desktop_recsys.engine.algorithms._parts import PARTS
from desktop_recsys.engine.algorithms.content import ContentRecommender
from desktop_recsys.engine.algorithms.learned_ranker.classifiers import (
    auc,
    classifier_score,
    to_probability,
)
from desktop_recsys.engine.algorithms.learned_ranker.memory import check_ranker_memory
from desktop_recsys.engine.algorithms.learned_ranker.pair_features import (
    FEATURES,
    Signals,
    friends_matrix,
    genre_matrix,
    item_statistics,
    pair_features,
    top_candidates,
)
from desktop_recsys.engine.algorithms.learned_ranker.params import LearnedRankerParams
from desktop_recsys.engine.algorithms.learned_ranker.training import (
    SKLEARN_MODULES,
    holdout_mask,
    train_classifier,
    training_rows,
)
from desktop_recsys.engine.base import FitResult, Recommender
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.features.explanation import (
    RANKER_FEATURE_WORDS,
    FeatureExplanation,
    clauses,
)
from desktop_recsys.engine.features.matrices import sparse_arrays, sparse_from
from desktop_recsys.engine.progress import CancelToken, ProgressFn, off_thread
from desktop_recsys.errors import UserError
from desktop_recsys.progress import Message, listing

_BLOCK = 256
_TIE = 1e-4


class LearnedRankerRecommender(Recommender):
    """A scikit-learn classifier re-ranking a CF generator's candidates."""

    name = "learned-ranker"
    params_type = LearnedRankerParams

    def _fit(self, dataset: Dataset, progress: ProgressFn, cancel: CancelToken) -> FitResult:
        p = self.params
        rng = np.random.default_rng(p.seed)
        m = dataset.matrix
        held = holdout_mask(m, p.holdout, rng)
        if not held.any():
            raise UserError(
                Message(
                    "learned-ranker needs users with at least 5 interactions to learn from; "
                    "use another algorithm"
                )
            )
        check_ranker_memory(dataset, p, self.name)  # before anything big
        # Copies: eliminate_zeros works in place on index arrays shared with the data set.
        inner_m = sp.csr_matrix((m.data * ~held, m.indices.copy(), m.indptr.copy()), shape=m.shape)
        inner_m.eliminate_zeros()
        positives = sp.csr_matrix(
            (held.astype(np.float32), m.indices.copy(), m.indptr.copy()), shape=m.shape
        )
        positives.eliminate_zeros()
        inner_ds = dataset.with_matrix(inner_m)
        progress(0.02, Message("learned-ranker: held out training positives"))
        # The classifier's scikit-learn module, imported now (a second or two, once per
        # process) on a helper thread so that progress and cancel stay live meanwhile.
        import_modules(
            SKLEARN_MODULES[p.model]
            + (
                ["sklearn.kernel_approximation"]
                if p.model == "svm" and p.svm_kernel == "rbf"
                else []
            ),
            progress,
            cancel,
            fraction=0.02,
            message=f"learned-ranker: loading the {p.model} classifier",
        )

        static_full, (genres, _) = off_thread(
            lambda: (item_statistics(m, dataset), genre_matrix(dataset)),
            progress,
            cancel,
            0.02,
            "learned-ranker: item features",
        )
        friends = friends_matrix(dataset)
        gen = fit_inner(PARTS[p.generator], None, inner_ds, progress, cancel, (0.02, 0.2))
        con = fit_inner(ContentRecommender, None, inner_ds, progress, cancel, (0.2, 0.25))
        sig = Signals(
            gen,
            con,
            inner_ds.matrix,
            genres.T.tocsr(),
            np.diff(genres.indptr),
            friends,
            item_statistics(inner_ds.matrix, dataset),
            p.candidates,
        )
        x, y, groups = training_rows(p, sig, positives, rng, progress, cancel, algorithm=self.name)
        if y.sum() == 0 or y.sum() == len(y):
            raise UserError(
                Message(
                    "learned-ranker: no held-out item reached the candidates; "
                    "raise candidates or use another generator"
                )
            )
        mean, std = x.mean(axis=0), x.std(axis=0)
        constant = std == 0
        std[constant] = 1.0
        xs = (x - mean) / std
        # Users, not rows, are split: rows of one user are alike, and mixing them between the
        # training and the check would flatter the check.
        val_users = rng.random(groups.max() + 1) < 0.2
        is_val = val_users[groups]
        if is_val.all() or not (~is_val).any() or y[~is_val].min() == y[~is_val].max():
            is_val = np.zeros(len(y), dtype=bool)
        clf_arrays, importance, importance_kind = train_classifier(
            p, xs[~is_val], y[~is_val], rng, progress, cancel, algorithm=self.name
        )
        importance = np.where(constant, 0.0, importance)  # a constant feature tells nothing
        validation: dict[str, float] = {"rows": int(len(y)), "positives": int(y.sum())}
        if is_val.any():
            s = classifier_score(p.model, clf_arrays, xs[is_val])
            prob = to_probability(p.model, s)
            yv = y[is_val]
            validation.update(
                auc=auc(yv, s),
                accuracy=float(((prob >= 0.5) == (yv == 1)).mean()),
                log_loss=float(
                    -np.mean(
                        yv * np.log(np.clip(prob, 1e-7, 1))
                        + (1 - yv) * np.log(np.clip(1 - prob, 1e-7, 1))
                    )
                ),
                validation_rows=int(is_val.sum()),
                positive_rate=float(yv.mean()),
            )
        progress(0.75, Message("learned-ranker: classifier trained"))

        gen_full = fit_inner(PARTS[p.generator], None, dataset, progress, cancel, (0.75, 0.93))
        con_full = fit_inner(ContentRecommender, None, dataset, progress, cancel, (0.93, 0.98))
        arrays: dict[str, np.ndarray] = {f"clf.{k}": v for k, v in clf_arrays.items()}
        ga, gmeta = pack_inner("gen", gen_full)
        ca, cmeta = pack_inner("content", con_full)
        arrays.update(ga)
        arrays.update(ca)
        arrays.update(sparse_arrays("genres", genres))
        arrays.update(sparse_arrays("friends", friends))
        arrays["item_static"] = static_full
        arrays["feature_mean"] = mean
        arrays["feature_std"] = std
        arrays["importance"] = np.asarray(importance, dtype=np.float64)
        meta = {
            "generator": gmeta,
            "content": cmeta,
            "importance_kind": importance_kind,
            "validation": validation,
            "features": list(FEATURES),
        }
        return arrays, meta

    def _prepare(self) -> None:
        fp = self.fingerprint or ""
        self._gen = unpack_inner(
            "gen", self._meta["generator"], self._state, self._common, fp, PARTS
        )
        self._con = unpack_inner(
            "content", self._meta["content"], self._state, self._common, fp, PARTS
        )
        genres = sparse_from(self._state, "genres")
        self._clf = {k[4:]: v for k, v in self._state.items() if k.startswith("clf.")}
        self._signals = Signals(
            self._gen,
            self._con,
            self._seen,
            genres.T.tocsr(),
            np.diff(genres.indptr),
            sparse_from(self._state, "friends"),
            self._state["item_static"],
            self.params.candidates,
        )

    def _rank_block(self, users: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Candidates, their classifier probabilities and their feature rows for a block."""
        items, scores, valid, gen_scaled = top_candidates(self._signals, users)
        x = pair_features(self._signals, users, items, scores)
        xs = (x - self._state["feature_mean"]) / self._state["feature_std"]
        prob = to_probability(self.params.model, classifier_score(self.params.model, self._clf, xs))
        # Trees give many candidates the same leaf value: break such ties by the generator's
        # order (feature 1, its score within the list) rather than by item index.
        prob = prob * (1.0 - _TIE) + _TIE * x[:, 1]
        return items, np.where(valid, prob.reshape(items.shape), -np.inf), gen_scaled

    def _score(self, users: np.ndarray) -> np.ndarray:
        out = np.empty((len(users), len(self._item_ids)), dtype=np.float32)
        for start in range(0, len(users), _BLOCK):
            block = users[start : start + _BLOCK]
            items, prob, gen_scaled = self._rank_block(block)
            part = gen_scaled - 2.0  # below every candidate, in generator order
            rows = np.arange(len(block))[:, None]
            keep = np.isfinite(prob)
            part[np.broadcast_to(rows, items.shape)[keep], items[keep]] = prob[keep]
            out[start : start + len(block)] = part
        return out

    @property
    def feature_importances(self) -> tuple[str, list[tuple[str, float]]]:
        """``(kind, [(feature, value)])`` for the Model Lab: ``importance`` (trees),
        ``coefficient`` (linear models, on standardised features) or ``sensitivity`` (mean
        absolute change of the score per standard deviation of the feature)."""
        self._require_fitted()
        values = self._state["importance"]
        return str(self._meta["importance_kind"]), [
            (name, float(v)) for name, v in zip(FEATURES, values, strict=True)
        ]

    @property
    def base_model(self) -> Recommender:
        """The fitted generator whose candidates this model re-ranks: what it must beat (the
        evaluation measures both, and the Model Lab says when the re-ranker does not)."""
        self._require_fitted()
        return self._gen

    @property
    def validation(self) -> dict[str, float]:
        """Classifier metrics on held-out training users (AUC, accuracy, log loss...)."""
        self._require_fitted()
        return dict(self._meta["validation"])

    def explain(self, user: str, item: str, *, top: int = 5) -> FeatureExplanation:
        """The pair's features weighted by the model's importances, and the generator's
        evidence (the user's items behind the candidate)."""
        base = super().explain(user, item, top=top)
        u, i = self._user_index.get(str(user)), self._item_index.get(str(item))
        if base.fallback or u is None or i is None:
            return FeatureExplanation(**base.__dict__)
        gen = self._gen.explain(user, item, top=top)
        items, _, _ = self._rank_block(np.array([u]))
        pos = np.flatnonzero(items[0] == i)
        features: list[tuple[str, float]] = []
        if len(pos):
            _, scores, _, _ = top_candidates(self._signals, np.array([u]), scaled=False)
            x = pair_features(self._signals, np.array([u]), items, scores)[pos[0]]
            xs = (x - self._state["feature_mean"]) / self._state["feature_std"]
            weight = xs * self._state["importance"]
            order = np.argsort(-np.abs(weight), kind="stable")[:top]
            features = [(FEATURES[j], float(weight[j])) for j in order]
            drivers = listing(
                RANKER_FEATURE_WORDS.get(FEATURES[j], FEATURES[j].replace("_", " "))
                for j in order[:3]
            )
            ranked = Message(
                "{model} re-ranked on {drivers}", model=self.params.model, drivers=drivers
            )
            text = clauses([ranked, gen.text])
        else:
            outside = Message("outside the {model} candidates", model=self.params.model)
            text = clauses([outside, gen.text])
        return FeatureExplanation(
            base.user, base.item, base.score, gen.kind, text, gen.contributions, False, features
        )
