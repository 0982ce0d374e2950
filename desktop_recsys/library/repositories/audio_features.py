"""Sonic features of tracks (table ``audio_features``, schema version 6).

One row per analysed track, stored with the file's content hash at the time: the analysis skips
a track whose row has the same hash and analyser version (``ok`` or ``failed`` alike: a file
that failed is not tried again until it changes). Rows are written one track per transaction,
so a cancelled or killed run keeps everything it finished.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_recsys.library.repositories.base import Repository, timestamp

COLUMNS = (
    "item_id, content_hash, analyser, status, reason, tempo, tempo_confidence, tempo_ambiguous,"
    " loudness, energy, brightness, key, mode, key_confidence, timbre, window_start,"
    " window_seconds, analysed_at"
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

    def all(self, status: str | None = "ok") -> list[AudioFeatureRow]:
        """Every row (of ``status``; None: all), in item order."""
        if status is None:
            rows = self._conn.execute(f"SELECT {COLUMNS} FROM audio_features ORDER BY item_id")
        else:
            rows = self._conn.execute(
                f"SELECT {COLUMNS} FROM audio_features WHERE status = ? ORDER BY item_id",
                (status,),
            )
        return [_row(r) for r in rows]

    def counts(self) -> dict[str, int]:
        """Rows per status (``ok``, ``failed``)."""
        return dict(
            self._conn.execute("SELECT status, count(*) FROM audio_features GROUP BY status")
        )


def _row(row: tuple) -> AudioFeatureRow:
    values = list(row)
    values[7] = bool(values[7])
    return AudioFeatureRow(*values)
