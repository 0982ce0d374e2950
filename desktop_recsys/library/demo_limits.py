"""Certifications and explicit flags for the demo library, so limits can be tried at once.

A separate random stream (the demo's seed plus one) keeps the rest of the demo as it was.
Films get certifications from several systems (MPAA, BBFC, FSK, a "Rated ... for" text) and
about one in eight stays unrated; about one track in eight is explicit.
"""

from __future__ import annotations

import numpy as np

from desktop_recsys.library.certifications import min_age
from desktop_recsys.library.db import Library

DEMO_CERTIFICATIONS = (
    "G", "PG", "PG-13", "R", "NC-17", "U", "12A", "15", "18", "FSK 0", "FSK 6", "FSK 12",
    "FSK 16", "Rated R for violence", "TV-14", "UK:PG",
)  # fmt: skip
UNRATED_SHARE = 0.125
EXPLICIT_SHARE = 0.125


def certify_demo(library: Library, seed: int) -> None:
    """Set the demo's certifications and explicit flags (inside the demo's transaction)."""
    rng = np.random.default_rng(seed + 1)
    conn = library.conn
    films = [r[0] for r in conn.execute("SELECT id FROM items WHERE kind = 'film' ORDER BY id")]
    rows = []
    for item_id in films:
        if rng.random() < UNRATED_SHARE:
            continue
        text = str(DEMO_CERTIFICATIONS[int(rng.integers(len(DEMO_CERTIFICATIONS)))])
        rows.append((text, min_age(text), item_id))
    conn.executemany("UPDATE items SET certification = ?, min_age = ? WHERE id = ?", rows)
    tracks = [r[0] for r in conn.execute("SELECT id FROM items WHERE kind = 'track' ORDER BY id")]
    explicit = [(i,) for i in tracks if rng.random() < EXPLICIT_SHARE]
    conn.executemany("UPDATE items SET explicit = 1 WHERE id = ?", explicit)
