""" "More like this" by sound, and by behaviour and sound blended (``similar --by``).

- ``behaviour``: what people do (:mod:`desktop_recsys.services.similar_items`, unchanged).
- ``sound``: the nearest tracks in the sound space (:mod:`desktop_recsys.services.sound_space`);
  a track without features is an error that says how to get them.
- ``blend``: behaviour where the item has co-occurrence evidence, sound otherwise. With ``s``
  people having the item, the behaviour share is ``r = s / (s + SOUND_PRIOR)`` and
  ``score = r * behaviour + (1 - r) * sound`` (behaviour rescaled so its best is 1, sound the
  space's similarity, 0-1). A track nobody has played is pure sound; one that 10 people have
  is half and half; one that 90 have is 90 % behaviour. An item without features (a film, a
  track not analysed yet) is behaviour alone. Each row's reason names the part that weighed
  more for it.
"""

from __future__ import annotations

from typing import Any

#: The ``--by`` choices.
BY = ("behaviour", "sound", "blend")
#: Support (people having the item) at which behaviour and sound weigh the same in a blend.
SOUND_PRIOR = 10.0


def sound_share(support: int) -> float:
    """The share of sound in a blend for an item ``support`` people have."""
    return SOUND_PRIOR / (max(0, support) + SOUND_PRIOR)


def _item(make: Any, content: Any, item_id: int, score: float, reason: str, **kw: Any) -> Any:
    c = content[str(item_id)]
    return make(
        item_id=item_id,
        title=c.title,
        artist=c.artist,
        year=c.year,
        genres=", ".join(sorted(c.genres)),
        score=float(score),
        reason=reason,
        **kw,
    )


def by_sound(space: Any, anchor_id: int, title: str, content: Any, n: int, make: Any) -> list[Any]:
    """The ``n`` tracks of ``content`` that sound most like ``anchor_id``."""
    from desktop_recsys.services.sound_space import sound_reason

    found = [nb for nb in space.neighbours(anchor_id, n + 50) if str(nb.item) in content][:n]
    return [
        _item(make, content, nb.item, nb.score, sound_reason(title, nb.alike), source="sound")
        for nb in found
    ]


def blended(
    space: Any,
    neighbours: Any,
    anchor_id: int,
    title: str,
    content: Any,
    n: int,
    make: Any,
    behaviour_reason: Any,
) -> tuple[list[Any], float]:
    """``(items, sound share)``: the blend of the module docs over the items of ``content``."""
    import numpy as np  # deferred: numpy only once a job runs

    from desktop_recsys.services.sound_space import sound_reason

    key = str(anchor_id)
    share = sound_share(neighbours.support(key))
    ids = list(neighbours.item_ids)
    behaviour = np.asarray(neighbours.scores(key), dtype=np.float64) if key in neighbours else None
    if behaviour is None:
        behaviour = np.zeros(len(ids))
    peak = float(behaviour.max()) if len(behaviour) else 0.0
    if peak > 0:
        behaviour = behaviour / peak
    sound_all = space.scores(anchor_id)
    sound = np.zeros(len(ids))
    for pos, item in enumerate(ids):
        k = space.index(int(item)) if item.isdigit() else None
        if k is not None:
            sound[pos] = sound_all[k]
    b_part, s_part = (1.0 - share) * behaviour, share * sound
    total = b_part + s_part
    allowed = np.array([i in content and i != key for i in ids], dtype=bool)
    total = np.where(allowed, total, 0.0)
    top = np.flatnonzero(total > 0)
    top = top[np.lexsort((top, -total[top]))][:n]
    explained = {nb.item: nb for nb in neighbours.neighbours(key, max(50, 10 * n))}
    space_index = space.index(anchor_id)
    out = []
    for pos in top.tolist():
        item = ids[pos]
        nb = explained.get(item)
        if b_part[pos] >= s_part[pos] and nb is not None:
            reason, source, together = behaviour_reason(nb), nb.source, nb.together
        else:
            k = space.index(int(item))
            alike = space.alike(space_index, k) if k is not None else ()
            reason, source, together = sound_reason(title, alike), "sound", 0
        out.append(
            _item(make, content, int(item), total[pos], reason, source=source, together=together)
        )
    return out, share
