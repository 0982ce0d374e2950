"""The algorithms a composite model can be built from, by name.

The hybrid blends, and the learned ranker re-ranks, algorithms named in their parameters
(``components=als,content,popularity``, ``generator=als``). They look those names up in
:data:`PARTS`, whose classes are imported here directly: the registry imports every
algorithm, the composites among them, so no algorithm imports the registry.

A new algorithm goes into :data:`PARTS`, which is how the registry finds it too, unless it is
itself built from algorithms named in its parameters, as the hybrid and the learned ranker are
(those two are listed in the registry's ``_COMPOSITES``); the hybrid adds the learned ranker to
these for its components.
"""

from __future__ import annotations

from desktop_recsys.engine.algorithms.als import AlsRecommender
from desktop_recsys.engine.algorithms.biased_mf import BiasedMfRecommender
from desktop_recsys.engine.algorithms.bpr import BprRecommender
from desktop_recsys.engine.algorithms.content import ContentRecommender
from desktop_recsys.engine.algorithms.default import DefaultRecommender
from desktop_recsys.engine.algorithms.ease import EaseRecommender
from desktop_recsys.engine.algorithms.knn import ItemKnnRecommender, UserKnnRecommender
from desktop_recsys.engine.algorithms.popularity import PopularityRecommender
from desktop_recsys.engine.algorithms.social import SocialRecommender
from desktop_recsys.engine.base import Recommender

#: Name -> class of every algorithm that is not built from algorithms named in its parameters.
PARTS: dict[str, type[Recommender]] = {
    cls.name: cls
    for cls in (
        AlsRecommender,
        BiasedMfRecommender,
        BprRecommender,
        ContentRecommender,
        DefaultRecommender,
        EaseRecommender,
        ItemKnnRecommender,
        PopularityRecommender,
        SocialRecommender,
        UserKnnRecommender,
    )
}
