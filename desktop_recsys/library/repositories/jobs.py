"""The history of background jobs shown in the Jobs panel."""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Sequence
from typing import Any, Protocol

from desktop_recsys.errors import UserError
from desktop_recsys.library.models import JOB_STATUSES, JobRecord
from desktop_recsys.library.repositories.base import Repository, timestamp
from desktop_recsys.progress import Message


class JobClaimer(Protocol):
    """Where a window records the job rows it owns (``library.job_claims.JobClaims``)."""

    def claim(self, job_id: int) -> None: ...


class JobRepository(Repository):
    """The history of background jobs shown in the Jobs panel.

    Times may be given by the caller: the job runner records them when a job changes state and
    writes them a moment later from its history thread. With :attr:`claims` set (the window's
    job history does), every row created is claimed before it commits, so that another window
    can tell a living window's rows from a dead one's (:meth:`mark_interrupted`).
    """

    claims: JobClaimer | None = None

    _COLUMNS = "id, kind, params, status, created_at, started_at, ended_at, result, error"

    def create(
        self,
        kind: str,
        params: dict[str, Any] | None = None,
        *,
        created_at: float | None = None,
    ) -> int:
        with self._lib.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO jobs (kind, params, status, created_at) VALUES (?, ?, 'queued', ?)",
                (
                    kind,
                    json.dumps(params or {}, default=str),
                    timestamp() if created_at is None else created_at,
                ),
            )
            job_id = int(cur.lastrowid)
            if self.claims is not None:
                self.claims.claim(job_id)
            return job_id

    def start(self, job_id: int, *, at: float | None = None) -> None:
        with self._lib.transaction() as conn:
            conn.execute(
                "UPDATE jobs SET status = 'running', started_at = ? WHERE id = ?",
                (timestamp() if at is None else at, job_id),
            )

    def end(
        self,
        job_id: int,
        status: str,
        *,
        result: dict[str, Any] | None = None,
        error: str | None = None,
        at: float | None = None,
    ) -> None:
        if status not in JOB_STATUSES:
            raise UserError(Message("unknown job status {status!r}", status=status))
        with self._lib.transaction() as conn:
            conn.execute(
                "UPDATE jobs SET status = ?, ended_at = ?, result = ?, error = ? WHERE id = ?",
                (
                    status,
                    timestamp() if at is None else at,
                    json.dumps(result, default=str) if result is not None else None,
                    error,
                    job_id,
                ),
            )

    def mark_interrupted(self, alive: Callable[[], Collection[int]] = tuple) -> int:
        """Mark ``interrupted`` the jobs left queued or running by sessions that ended
        abruptly; returns how many. ``alive`` names the rows living sessions own: it is asked
        under the write lock, so no row is created between the look and the update."""
        with self._lib.transaction() as conn:
            keep = json.dumps(sorted(int(i) for i in alive()))
            cur = conn.execute(
                "UPDATE jobs SET status = 'interrupted', ended_at = ? "
                "WHERE status IN ('queued', 'running') "
                "AND id NOT IN (SELECT value FROM json_each(?))",
                (timestamp(), keep),
            )
            return cur.rowcount

    def get(self, job_id: int) -> JobRecord | None:
        row = self._conn.execute(
            f"SELECT {self._COLUMNS} FROM jobs WHERE id = ?", (job_id,)
        ).fetchone()
        return _job(row) if row else None

    def list(self, limit: int = 200) -> list[JobRecord]:
        rows = self._conn.execute(
            f"SELECT {self._COLUMNS} FROM jobs ORDER BY created_at DESC, id DESC LIMIT ?",
            (int(limit),),
        )
        return [_job(r) for r in rows]


def _job(r: Sequence[Any]) -> JobRecord:
    return JobRecord(
        r[0],
        r[1],
        json.loads(r[2]),
        r[3],
        r[4],
        r[5],
        r[6],
        json.loads(r[7]) if r[7] else None,
        r[8],
    )
