"""Sonic features of tracks (table ``audio_features``, schema version 6).

One row per analysed track, stored with the file's content hash at the time: the analysis skips
a track whose row has the same hash and analyser version (``ok`` or ``failed`` alike: a file
that failed is not tried again until it changes). Rows are written one track per transaction,
so a cancelled or killed run keeps everything it finished.

The one reader of the table: the analyser (:meth:`~AudioFeatureRepository.candidates`,
:meth:`~AudioFeatureRepository.get`) and everything that uses the sound ("sounds like", radio,
mixes, smart playlists, the content model, cross-kind moods:
``all(current=True)``, only rows that still describe the file).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop_recsys.library.repositories.base import Repository, timestamp

COLUMNS = (
    "item_id, content_hash, analyser, status, reason, tempo, tempo_confidence, tempo_ambiguous,"
    " loudness, energy, brightness, key, mode, key_confidence, timbre, window_start,"
    " window_seconds, analysed_at"
)

_F_COLUMNS = ", ".join(f"f.{c.strip()}" for c in COLUMNS.split(","))
#: A row that still describes its track's file (see :meth:`AudioFeatureRepository.all`).
_CURRENT = (
    "i.kind = 'track' AND (f.content_hash IS NULL OR i.content_hash IS NULL "
    "OR f.content_hash = i.content_hash)"
)


@dataclass(frozen=True)
class AudioFeatureRow:
    """One ``audio_features`` row; ``timbre`` is the raw float32 bytes (``np.frombuffer``)."""

    item_id: int
    content_hash: str | None
    analyser: int
    status: str
    reason: str | None
    tempo: float | None
    tempo_confidence: float | None
    tempo_ambiguous: bool
    loudness: float | None
    energy: float | None
    brightness: float | None
    key: int | None
    mode: str | None
    key_confidence: float | None
    timbre: bytes | None
    window_start: float | None
    window_seconds: float | None
    analysed_at: float


@dataclass(frozen=True)
class AnalysisCandidate:
    """A track with a file, and what its stored row (if any) was computed from."""

    item_id: int
    path: str
    title: str
    item_hash: str | None
    row_hash: str | None
    row_analyser: int | None
    row_status: str | None


class AudioFeatureRepository(Repository):
    """Reads and writes ``audio_features``."""

    def candidates(self, item_ids: list[int] | None = None) -> list[AnalysisCandidate]:
        """Tracks with a file that is not marked missing, with their stored row's hash, in id
        order (``item_ids``: only those)."""
        sql = (
            "SELECT i.id, i.path, i.title, i.content_hash, f.content_hash, f.analyser, f.status "
            "FROM items i LEFT JOIN audio_features f ON f.item_id = i.id "
            "WHERE i.kind = 'track' AND i.path IS NOT NULL AND i.missing = 0"
        )
        rows = self._conn.execute(sql + " ORDER BY i.id").fetchall()
        if item_ids is not None:
            wanted = set(item_ids)
            rows = [r for r in rows if r[0] in wanted]
        return [AnalysisCandidate(*r) for r in rows]

    def save(
        self,
        item_id: int,
        content_hash: str | None,
        analyser: int,
        status: str,
        *,
        reason: str | None = None,
        values: dict[str, object] | None = None,
    ) -> None:
        """Write (or replace) one track's row in its own transaction. ``values`` holds the
        feature columns (tempo ... window_seconds); left out ones are NULL."""
        values = dict(values or {})
        row = {
            "item_id": item_id,
            "content_hash": content_hash,
            "analyser": analyser,
            "status": status,
            "reason": reason,
            "tempo_ambiguous": int(bool(values.pop("tempo_ambiguous", False))),
            "analysed_at": timestamp(),
        }
        for name in (
            "tempo", "tempo_confidence", "loudness", "energy", "brightness", "key", "mode",
            "key_confidence", "timbre", "window_start", "window_seconds",
        ):  # fmt: skip
            row[name] = values.pop(name, None)
        if values:
            raise ValueError(f"unknown audio feature columns: {', '.join(sorted(values))}")
        names = ", ".join(row)
        marks = ", ".join("?" * len(row))
        with self._lib.transaction() as conn:
            conn.execute(
                f"INSERT OR REPLACE INTO audio_features ({names}) VALUES ({marks})",
                tuple(row.values()),
            )

    def get(self, item_id: int) -> AudioFeatureRow | None:
        row = self._conn.execute(
            f"SELECT {COLUMNS} FROM audio_features WHERE item_id = ?", (item_id,)
        ).fetchone()
        return _row(row) if row else None

    def all(
        self,
        status: str | None = "ok",
        *,
        current: bool = False,
        item_ids: Iterable[int] | None = None,
    ) -> list[AudioFeatureRow]:
        """Every row (of ``status``; None: all), in item order; ``item_ids``: only those.

        ``current``: only rows that still describe their track's file, what "sounds like",
        radio, mixes and smart playlists use: the item is a track and the hash the row was
        computed from is the item's hash now (or either is unknown). A file changed since its
        analysis is left out until it is analysed again.
        """
        where, args = [], []
        if status is not None:
            where.append("f.status = ?")
            args.append(status)
        if current:
            where.append(_CURRENT)
        sql = f"SELECT {_F_COLUMNS} FROM audio_features f JOIN items i ON i.id = f.item_id"
        if item_ids is None:
            clause = f" WHERE {' AND '.join(where)}" if where else ""
            return [_row(r) for r in self._conn.execute(sql + clause + " ORDER BY f.item_id", args)]
        rows: list[AudioFeatureRow] = []
        ids = sorted({int(i) for i in item_ids})
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            clause = " AND ".join([*where, f"f.item_id IN ({','.join('?' * len(chunk))})"])
            found = self._conn.execute(sql + f" WHERE {clause} ORDER BY f.item_id", [*args, *chunk])
            rows += [_row(r) for r in found]
        return rows

    def version(self) -> tuple[int, float | None]:
        """``(rows, latest analysis time)``: changes when a track is analysed or its row
        removed (what a cache of the sound space keys on)."""
        row = self._conn.execute("SELECT count(*), max(analysed_at) FROM audio_features").fetchone()
        return int(row[0]), row[1]

    def counts(self) -> dict[str, int]:
        """Rows per status (``ok``, ``failed``)."""
        return dict(
            self._conn.execute("SELECT status, count(*) FROM audio_features GROUP BY status")
        )


def _row(row: tuple) -> AudioFeatureRow:
    values = list(row)
    values[7] = bool(values[7])
    return AudioFeatureRow(*values)
