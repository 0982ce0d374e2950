"""The learned ranker's hyper-parameters and the classifiers it can train.

The generator is looked up by name in :data:`~desktop_recsys.engine.algorithms._parts.PARTS`:
any algorithm that is not itself built from named algorithms (the hybrid, the ranker).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_recsys.engine.algorithms._parts import PARTS
from desktop_recsys.engine.base import Params, param
from desktop_recsys.engine.params import unknown_algorithm_error
from desktop_recsys.errors import UserError
from desktop_recsys.progress import Message

MODELS = ("svm", "tree", "forest", "sgd", "mlp")
_NOT_A_GENERATOR = {"learned-ranker", "hybrid"}


@dataclass(frozen=True)
class LearnedRankerParams(Params):
    """Hyper-parameters of the learned ranker."""

    # Defaults chosen on validation data (issue 15, benchmarks/reranker_choice.py): on a
    # validation split carved from each data set's seed-42 TRAIN, a linear SVM over EASE's
    # candidates was best on ml-latest-small (NDCG@10 0.2269; EASE alone 0.2264) and within
    # 1.5 % of the best on Last.fm 2k (0.1805; sgd over ALS 0.1831, EASE alone 0.1768), the
    # best worst case of the 15 generator x classifier settings. The former forest over ALS
    # scored below ALS alone on ml (0.2013 against 0.2086). Where EASE does not fit in memory
    # (a very large catalogue), generator=als.
    model: str = param("svm", choices=MODELS, help="the classifier")
    generator: str = param("ease", help="registered CF algorithm proposing candidates")
    candidates: int = param(
        100, min=1, help="candidates per user re-ranked by the classifier", limit=10_000
    )
    holdout: float = param(0.2, min=0.05, max=0.5, help="share of a user's items held out")
    negatives: int = param(20, min=1, help="negatives sampled per user for training", limit=1_000)
    svm_kernel: str = param("linear", choices=("linear", "rbf"), help="svm: kernel")
    svm_components: int = param(200, min=8, help="svm rbf: random Fourier features", limit=10_000)
    max_depth: int = param(8, min=1, help="tree/forest: depth limit", limit=64)
    trees: int = param(60, min=1, help="forest: number of trees", limit=10_000)
    hidden: int = param(32, min=1, help="mlp: units per hidden layer (two layers)", limit=4_096)
    epochs: int = param(30, min=1, help="sgd/mlp: passes over the training rows", limit=10_000)
    seed: int = param(42, min=0, help="random seed (split, sampling, classifier)", limit=2**32 - 1)

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.generator in _NOT_A_GENERATOR:
            raise UserError(
                Message(
                    "{name!r} cannot generate candidates for the ranker; choose another generator",
                    name=self.generator,
                )
            )
        if self.generator not in PARTS:
            raise unknown_algorithm_error(self.generator, [*PARTS, *_NOT_A_GENERATOR])
