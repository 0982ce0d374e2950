"""cornac (EASE, MostPop) under the protocol, as a whole process.

EASE: cornac's defaults (lamb=500, posB=True), trained on binary interactions as in the EASE
paper (and as our ``ease``: weights only mark presence). MostPop: item counts. Scoring uses the
model's own ``x_u B`` product, batched over users (faster than cornac's per-user ``score``).
"""

from __future__ import annotations

import _common
import numpy as np


def main() -> None:
    a = _common.args("topn")
    import cornac
    from cornac.models import EASE, MostPop

    users, items, m = _common.read_train(a.train)
    rows, cols = m.nonzero()
    triples = list(zip(users[rows].tolist(), items[cols].tolist(), [1.0] * len(rows), strict=True))
    train_set = cornac.data.Dataset.from_uir(triples, seed=42)
    model = {"ease": lambda: EASE(verbose=False, seed=42), "mostpop": MostPop}[a.model]()
    model.fit(train_set)
    # cornac re-indexes users and items: map back to the sorted ids used here.
    u_of = np.array([train_set.uid_map[u] for u in users])
    i_of = np.array([train_set.iid_map[i] for i in items])
    if a.model == "ease":

        def scores_of(idx: np.ndarray) -> np.ndarray:
            s = model.U[u_of[idx]] @ model.B
            return np.asarray(s)[:, i_of]

    else:
        pop = np.asarray(model.score(0))[i_of]

        def scores_of(idx: np.ndarray) -> np.ndarray:
            return np.tile(pop, (len(idx), 1))

    _common.write_topn(a.out, users, items, m, a.n, scores_of)


if __name__ == "__main__":
    main()
