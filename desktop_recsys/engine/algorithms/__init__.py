"""Built-in algorithms; importing this package registers each of them by name."""

from desktop_recsys.engine.algorithms import (  # noqa: F401  (imported to register)
    als,
    biased_mf,
    bpr,
    content,
    default,
    ease,
    hybrid,
    knn,
    learned_ranker,
    popularity,
    social,
)
