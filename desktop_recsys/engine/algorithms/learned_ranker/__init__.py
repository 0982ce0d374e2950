"""``learned-ranker``: a supervised classifier that re-ranks a CF model's candidates.

Pipeline:

1. **Generator**: a registered CF algorithm (``generator``, EASE by default) proposes the
   ``candidates`` best unseen items of each user.
2. **Features** of each (user, candidate) pair (:data:`FEATURES`): the generator's score and
   rank, content similarity to the user's profile (a ``content`` model), the user's affinity to
   the item's genres, the item's popularity, mean weight, age (release year) and recency (how
   recent its interactions are), the share of the user's friends who have it, and the user's
   activity.
3. **Classifier** (``model``), one of scikit-learn's classic supervised models: ``svm``
   (LinearSVC, optionally on random Fourier features approximating an RBF kernel), ``tree``
   (decision tree), ``forest`` (random forest), ``sgd`` (logistic regression by stochastic
   gradient descent), ``mlp`` (multi-layer perceptron). It predicts whether the user will like
   the candidate; candidates are re-ranked by that prediction. The default, an SVM over EASE,
   was the best setting on validation data (``params.py``); an evaluation measures the
   generator alone beside the ranker, and the Model Lab says when the ranker does not beat it.

Training uses TRAIN only: each user with at least 5 interactions has ``holdout`` of them held
out as positives; generator and content are fitted on the rest; the user's candidates that are
held out are positives, and ``negatives`` other candidates are sampled as negatives. The
classifier is trained on 80 % of the users' rows and checked on the other 20 % (AUC, accuracy:
``meta["validation"]``); generator and content are then refitted on all of TRAIN to serve.

Persistence never pickles: the classifier's learned arrays (coefficients, Fourier weights, tree
structure arrays, MLP weights) are stored, and prediction is re-implemented in numpy (the
tests check it against scikit-learn's own). Loading does not even import scikit-learn.

Scores: candidates get the classifier's probability-like score in ``(0, 1)``; other items get
``-2 + (generator score scaled to 0..1)``, below every candidate, in generator order.

Progress and cancel (the engine's contract: a report at least once a second, a cancel obeyed
within one, also on a busy machine): training rows are built in blocks of users sized to take
about 0.2 s each; every scikit-learn call runs on a helper thread while the fitting thread
reports and checks cancel every 0.1 s (a cancel raises at once, the helper's result is
dropped); the forest grows a few trees per call and sgd / mlp train one epoch per call, each
epoch reporting its training loss (see :func:`.training.train_classifier`).

Modules: :mod:`.params` (hyper-parameters), :mod:`.pair_features` (candidates and their
features), :mod:`.training` (held-out positives, training rows, scikit-learn),
:mod:`.classifiers` (the stored classifier scored in numpy), :mod:`.model` (the recommender).
"""

from __future__ import annotations

from desktop_recsys.engine.algorithms.learned_ranker.classifiers import (
    classifier_score,
    to_probability,
)
from desktop_recsys.engine.algorithms.learned_ranker.model import LearnedRankerRecommender
from desktop_recsys.engine.algorithms.learned_ranker.pair_features import (
    FEATURES,
    item_statistics,
    pair_features,
)
from desktop_recsys.engine.algorithms.learned_ranker.params import MODELS, LearnedRankerParams

__all__ = [
    "FEATURES",
    "MODELS",
    "LearnedRankerParams",
    "LearnedRankerRecommender",
    "classifier_score",
    "item_statistics",
    "pair_features",
    "to_probability",
]
