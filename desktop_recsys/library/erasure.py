"""Erasing a profile completely: the storage half of "delete my profile" (issue 9, privacy).

Deleting the ``profiles`` row cascades (foreign keys) to its ratings, plays, marks,
friendships and playlists. What a cascade cannot reach is done here, in the same transaction:

- job records whose parameters name the profile (by id or by name): the Jobs panel would
  otherwise keep "Recommending films for Ann" after Ann is gone;
- model runs that may have learned from the profile's data. Collaborative models learn from
  everybody, so every run trained while the profile existed (``created_at`` at or after the
  profile's) is affected, not only the profile's own. They are returned so the caller (the
  privacy service) can delete their files and retrain; their rows are deleted here.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_recsys.errors import UserError
from desktop_recsys.progress import Message

if TYPE_CHECKING:
    from desktop_recsys.library.db import Library


def runs_that_learned_from(library: Library, profile_id: int) -> list[tuple[int, str | None]]:
    """``(run id, model file)`` of every run that may include the profile's data."""
    row = library.conn.execute(
        "SELECT created_at FROM profiles WHERE id = ?", (profile_id,)
    ).fetchone()
    if row is None:
        raise UserError(Message("no profile with id {profile}", profile=profile_id))
    return library.conn.execute(
        "SELECT id, file FROM model_runs WHERE created_at >= ? OR profile_id = ? ORDER BY id",
        (row[0], profile_id),
    ).fetchall()


def _names_profile(params: Any, profile_id: int, name: str) -> bool:
    """Whether a job's parameters name the profile (``profile``/``profile_id``/``profile_name``)."""
    if not isinstance(params, dict):
        return False
    for key in ("profile", "profile_id", "profile_name"):
        value = params.get(key)
        if value is None or isinstance(value, bool):
            continue
        if value == profile_id or str(value) == str(profile_id):
            return True
        if isinstance(value, str) and value.casefold() == name.casefold():
            return True
    return False


def erase_profile(library: Library, profile_id: int) -> dict[str, Any]:
    """Delete the profile, its rows, the jobs naming it and the runs that learned from it.

    One transaction. Returns counts of what went plus ``"model_runs"``: the list of
    ``(run id, file, algorithm, params, profile id)`` deleted, for the caller to retrain or
    clean up.
    """
    with library.transaction() as conn:
        row = conn.execute("SELECT name FROM profiles WHERE id = ?", (profile_id,)).fetchone()
        if row is None:
            raise UserError(Message("no profile with id {profile}", profile=profile_id))
        name = row[0]
        erased: dict[str, Any] = dict(library.profiles.what_removal_erases(profile_id))
        runs = conn.execute(
            "SELECT id, file, algorithm, params, profile_id FROM model_runs "
            "WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps([r[0] for r in runs_that_learned_from(library, profile_id)]),),
        ).fetchall()
        jobs = [
            job_id
            for job_id, params in conn.execute("SELECT id, params FROM jobs")
            if _names_profile(_json(params), profile_id, name)
        ]
        conn.execute(
            "DELETE FROM jobs WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(jobs),)
        )
        conn.execute(
            "DELETE FROM model_runs WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps([r[0] for r in runs]),),
        )
        # The profile's daily mixes (services/mixes_service): its favourites, by name.
        conn.execute("DELETE FROM meta WHERE key GLOB ?", (f"daily_mixes:*:{profile_id}",))
        conn.execute("DELETE FROM profiles WHERE id = ?", (profile_id,))
        erased["jobs"] = len(jobs)
        erased["model_runs"] = [(r[0], r[1], r[2], _json(r[3]), r[4]) for r in runs]
    return erased


def _json(text: str | None) -> Any:
    try:
        return json.loads(text) if text else {}
    except ValueError:
        return {}


def backups_holding(backups: Iterable[Path], profile_id: int, created_at: float) -> list[Path]:
    """The backup files among ``backups`` that still hold the profile (same id, created at the
    same moment: an id reused by a later profile does not count). Each file is read-only
    and immutable, so nothing is written beside it; an unreadable file is left out."""
    holding = []
    for path in backups:
        try:
            conn = sqlite3.connect(
                f"{Path(path).absolute().as_uri()}?mode=ro&immutable=1", uri=True
            )
        except sqlite3.Error:
            continue
        try:
            row = conn.execute(
                "SELECT 1 FROM profiles WHERE id = ? AND created_at = ?", (profile_id, created_at)
            ).fetchone()
        except sqlite3.Error:
            row = None
        finally:
            conn.close()
        if row is not None:
            holding.append(Path(path))
    return holding
