"""Group mode: one list for several profiles at once (a film night, a party playlist).

:func:`group_list` is a job ``fn(library_path, models_dir, ..., progress, cancel)`` that opens
its own connection, asks each member's model for a list, and combines the lists with
:func:`desktop_recsys.engine.rerank.combine_group_scores`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_recsys.errors import UserError
from desktop_recsys.library import Library, dataset_rows
from desktop_recsys.progress import CancelToken, Message, ProgressFn, no_progress
from desktop_recsys.services import limits

if TYPE_CHECKING:
    # Only for annotations: recommend_service imports the engine (numpy, scipy), which the
    # window does not need to appear. group_list imports it when first called.
    from desktop_recsys.services import recommend_service

#: How a group's lists can be combined (see :func:`group_list`).
GROUP_STRATEGIES = ("average", "least_misery")


@dataclass(frozen=True)
class GroupResult:
    """A list for several profiles at once (a film night, a party playlist).

    Each row's ``because`` holds ``(profile id, profile name, normalised score 0-1)`` per
    member, which the screen draws as the contribution bars.
    """

    profile_ids: tuple[int, ...]
    kind: str
    strategy: str
    rows: list[recommend_service.RecommendedItem]
    #: Names of members no model serves yet (left out of the combination).
    without_model: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, object]:
        return {"rows": len(self.rows), "members": len(self.profile_ids)}


def group_list(
    library_path: str | Path,
    models_dir: str | Path,
    *,
    profiles: list[int],
    kind: str,
    n: int = 50,
    strategy: str = "average",
    pool: int = 200,
    cache: recommend_service.ModelCache | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> GroupResult:
    """Combine the members' lists: each member's scores are rescaled to 0-1 within their own
    list (an item off a member's list counts 0), then ``average`` takes the mean and
    ``least_misery`` the lowest, so nobody gets a pick they would hate. Items any member has
    already rated, played or marked are left out.
    """
    # Deferred: both load the engine (numpy, scipy).
    from desktop_recsys.engine.rerank import combine_group_scores, rescale_scores
    from desktop_recsys.services import cross_kind, recommend_service

    token = cancel if cancel is not None else CancelToken()
    if strategy not in GROUP_STRATEGIES:
        raise UserError(Message("unknown group strategy {strategy!r}", strategy=strategy))
    members = list(dict.fromkeys(int(p) for p in profiles))
    if len(members) < 2:
        raise UserError(Message("a group needs at least two profiles"))
    with Library.open(Path(library_path)) as library:
        names = {p: library.profiles.require(p).name for p in members}
        seen: set[int] = set()
        for p in members:
            seen |= dataset_rows.profile_item_ids(library, p, kind)
        # What any member may not see stays out: the strictest member's limits win.
        seen |= limits.blocked_for_group(library, members, kind)
    scores: dict[int, dict[int, float]] = {}
    rows: dict[int, recommend_service.RecommendedItem] = {}
    without: list[str] = []
    for step, member in enumerate(members):
        progress(step / len(members), Message("Recommending for {name}", name=names[member]))
        token.raise_if_cancelled()
        try:
            recs = recommend_service.recommend_for(
                library_path, models_dir, profile=member, kind=kind, n=pool, cache=cache
            )
        except recommend_service.NoModelError:
            without.append(names[member])
            continue
        # A member new to the kind counts with the taste of its other kind (issue 18): the
        # same blend as its For you list; what any member may not see stays out below.
        recs = cross_kind.blend(library_path, recs)
        scores[member] = rescale_scores({r.item_id: r.score for r in recs.rows})
        for r in recs.rows:
            rows.setdefault(r.item_id, r)
    served = [m for m in members if m in scores]
    combined = combine_group_scores([scores[m] for m in served], strategy, exclude=seen)
    out = [
        dataclasses.replace(
            rows[item],
            rank=rank,
            score=value,
            explanation="",
            because=tuple((m, names[m], scores[m].get(item, 0.0)) for m in served),
            fallback=False,
        )
        for rank, (item, value) in enumerate(combined[:n], 1)
    ]
    progress(
        1.0, Message("{picks} picks for {profiles} profiles", picks=len(out), profiles=len(served))
    )
    return GroupResult(tuple(served), kind, strategy, out, without)
