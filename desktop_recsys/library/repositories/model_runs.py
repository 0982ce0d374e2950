"""Model runs: one row per training run, and the model registry's rules as queries."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from desktop_recsys.errors import UserError
from desktop_recsys.library.models import RUN_STATUSES, ModelRun, check_kind
from desktop_recsys.library.repositories.base import Repository, timestamp
from desktop_recsys.progress import Message


class ModelRunRepository(Repository):
    """Trained models: one row per training run, with its card (parameters, data, metrics).

    The model registry's rules live here as queries: the runs that may serve a profile are the
    ``ready`` and ``stale`` ones of its item kind, its own before the shared ones (profile
    NULL), newest first. Rolling back retires the runs that are newer than the chosen one.
    The item kind a run learned from is kept in its ``params`` JSON (``{"kind": ...}``) until
    the schema has a column for it.
    """

    _COLUMNS = (
        "id, profile_id, algorithm, params, data_fingerprint, metrics, file, status, error, "
        "created_at, finished_at"
    )
    SERVING_STATUSES = ("ready", "stale")

    def create(
        self,
        algorithm: str,
        *,
        profile_id: int | None = None,
        params: dict[str, Any] | None = None,
        data_fingerprint: str | None = None,
        status: str = "training",
    ) -> int:
        if status not in RUN_STATUSES:
            raise UserError(Message("unknown model run status {status!r}", status=status))
        with self._lib.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO model_runs (profile_id, algorithm, params, data_fingerprint, status, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    profile_id,
                    algorithm,
                    json.dumps(params or {}, default=str),
                    data_fingerprint,
                    status,
                    timestamp(),
                ),
            )
            return int(cur.lastrowid)

    def finish(
        self,
        run_id: int,
        status: str,
        *,
        file: str | None = None,
        metrics: dict[str, Any] | None = None,
        error: str | None = None,
        data_fingerprint: str | None = None,
        params: dict[str, Any] | None = None,
    ) -> None:
        """End a run: its outcome, and for a good one the model file and the card's fields."""
        if status not in RUN_STATUSES:
            raise UserError(Message("unknown model run status {status!r}", status=status))
        with self._lib.transaction() as conn:
            conn.execute(
                "UPDATE model_runs SET status = ?, file = COALESCE(?, file), "
                "metrics = COALESCE(?, metrics), error = ?, finished_at = ?, "
                "data_fingerprint = COALESCE(?, data_fingerprint), "
                "params = COALESCE(?, params) WHERE id = ?",
                (
                    status,
                    file,
                    json.dumps(metrics, default=str) if metrics is not None else None,
                    error,
                    timestamp(),
                    data_fingerprint,
                    json.dumps(params, default=str) if params is not None else None,
                    run_id,
                ),
            )

    def set_status(self, run_id: int, status: str, *, only_from: Sequence[str] = ()) -> bool:
        """Change a run's status (its card and date stay); ``only_from`` guards the change.

        Returns whether the row changed, so a caller can tell a lost race from a success.
        """
        if status not in RUN_STATUSES:
            raise UserError(Message("unknown model run status {status!r}", status=status))
        sql, params = "UPDATE model_runs SET status = ? WHERE id = ?", [status, run_id]
        if only_from:
            sql += f" AND status IN ({', '.join('?' * len(only_from))})"
            params.extend(only_from)
        with self._lib.transaction() as conn:
            return conn.execute(sql, params).rowcount > 0

    def set_params(self, run_id: int, params: dict[str, Any]) -> None:
        """Replace a run's card parameters (its status, files and metrics stay)."""
        with self._lib.transaction() as conn:
            conn.execute(
                "UPDATE model_runs SET params = ? WHERE id = ?",
                (json.dumps(params, default=str), run_id),
            )

    def get(self, run_id: int) -> ModelRun | None:
        row = self._conn.execute(
            f"SELECT {self._COLUMNS} FROM model_runs WHERE id = ?", (run_id,)
        ).fetchone()
        return _run(row) if row else None

    def list(self, profile_id: int | None = None, *, kind: str | None = None) -> list[ModelRun]:
        """Runs newest first: all, or one profile's (and of one item kind)."""
        clauses: list[str] = []
        params: list[Any] = []
        if profile_id is not None:
            clauses.append("profile_id = ?")
            params.append(profile_id)
        if kind is not None:
            check_kind(kind)
            clauses.append("json_extract(params, '$.kind') = ?")
            params.append(kind)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        rows = self._conn.execute(
            f"SELECT {self._COLUMNS} FROM model_runs {where} ORDER BY created_at DESC, id DESC",
            params,
        )
        return [_run(r) for r in rows]

    def latest_ready(self, algorithm: str | None = None) -> ModelRun | None:
        sql = f"SELECT {self._COLUMNS} FROM model_runs WHERE status = 'ready'"
        params: tuple[Any, ...] = ()
        if algorithm is not None:
            sql += " AND algorithm = ?"
            params = (algorithm,)
        row = self._conn.execute(
            sql + " ORDER BY created_at DESC, id DESC LIMIT 1", params
        ).fetchone()
        return _run(row) if row else None

    def serving_candidates(
        self, profile_id: int | None, kind: str, algorithm: str | None = None
    ) -> list[ModelRun]:
        """Runs that may serve ``profile_id`` for ``kind``, best first.

        The profile's own runs come before shared ones (trained with no profile), each group
        newest first; only ``ready`` and ``stale`` runs with a model file qualify.
        """
        check_kind(kind)
        sql = (
            f"SELECT {self._COLUMNS} FROM model_runs WHERE status IN ('ready', 'stale') "
            "AND file IS NOT NULL AND json_extract(params, '$.kind') = ? "
            "AND (profile_id IS NULL OR profile_id IS ?)"
        )
        params: list[Any] = [kind, profile_id]
        if algorithm is not None:
            sql += " AND algorithm = ?"
            params.append(algorithm)
        sql += " ORDER BY (profile_id IS NULL), created_at DESC, id DESC"
        return [_run(r) for r in self._conn.execute(sql, params)]

    def retire_newer(self, run: ModelRun) -> int:
        """Retire the serving runs of ``run``'s profile and kind that are newer than it.

        This is the rollback: afterwards ``run`` is the newest good model of its group again.
        """
        kind = run.params.get("kind")
        with self._lib.transaction() as conn:
            cur = conn.execute(
                "UPDATE model_runs SET status = 'retired' WHERE status IN ('ready', 'stale') "
                "AND profile_id IS ? AND json_extract(params, '$.kind') IS ? "
                "AND (created_at > ? OR (created_at = ? AND id > ?))",
                (run.profile_id, kind, run.created_at, run.created_at, run.id),
            )
            return cur.rowcount

    def files(self) -> set[str]:
        """Every model file name any run refers to."""
        return {
            r[0] for r in self._conn.execute("SELECT file FROM model_runs WHERE file IS NOT NULL")
        }


def _run(row: Sequence[Any]) -> ModelRun:
    return ModelRun(
        row[0],
        row[1],
        row[2],
        json.loads(row[3]),
        row[4],
        json.loads(row[5]),
        row[6],
        row[7],
        row[8],
        row[9],
        row[10],
    )
