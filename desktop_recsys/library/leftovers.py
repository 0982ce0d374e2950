"""What a killed command leaves behind, found and swept when a library is next opened.

A command that can be killed half-way leaves traces a person should never have to clean up:

- a model run stuck in ``training``, a half-written model (``.runN-....npz.XXXX.tmp``) and a
  complete model file that no run points to yet (killed between saving and registering it);
- a half-copied backup (``NAME.STAMP-REASON.backup.sqlite.part`` in the backups folder, the
  staged ``.NAME.restore.part`` of a restore);
- a half-written export (``.FILE.XXXX.part`` beside the chosen file), with personal data in it.

Each such command works under an owner lock (:mod:`desktop_recsys.library.locks`): a marker
file beside the library, ``.LIBRARY.work-TOKEN.lock``, that names what it may leave behind
(JSON), or for a database copy the ``.part`` file itself. The lock dies with its process, so
:func:`sweep` (run by :meth:`Library.open <desktop_recsys.library.db.Library.open>`, that is by
every command and window) removes only what a dead process left, never a live one's work.
:func:`find` lists the same things without changing anything (the consistency check).
"""

from __future__ import annotations

import contextlib
import glob
import json
import logging
import os
import secrets
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desktop_recsys.config.paths import library_folder_for
from desktop_recsys.library.locks import is_held, owner_lock
from desktop_recsys.library.repositories.base import timestamp
from desktop_recsys.progress import Message

log = logging.getLogger(__name__)

INTERRUPTED_ERROR = "interrupted: the app stopped while this model was training"

#: Model runs that a living process should be working on.
_UNFINISHED = ("queued", "training")


def _marker_glob(library: Path) -> str:
    return glob.escape(f".{library.name}.") + "work-*.lock"


@contextlib.contextmanager
def working(library: str | os.PathLike[str], **leaves: object) -> Iterator[Path]:
    """Hold an owner marker for ``library`` while the block runs.

    ``leaves`` says what a kill may leave behind: ``run`` (a model run id) with ``model`` (the
    model file it will write, an absolute path), or ``parts`` (a folder and a name prefix of
    ``.part`` files).
    """
    library = Path(library).expanduser().absolute()
    marker = library.with_name(f".{library.name}.work-{secrets.token_hex(6)}.lock")
    with owner_lock(marker, json.dumps(leaves, default=str)) as path:
        yield path


@dataclass
class Leftovers:
    """What dead processes left behind around one library."""

    #: Model runs left ``queued`` / ``training`` by a process that is gone: id -> model path.
    stuck_runs: dict[int, Path | None] = field(default_factory=dict)
    #: Half-written files (model ``.tmp``, backup and export ``.part``) nobody is writing.
    partial_files: list[Path] = field(default_factory=list)
    #: Complete model files written by a killed training that no run points to.
    orphan_models: list[Path] = field(default_factory=list)
    #: The dead processes' own markers.
    markers: list[Path] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.stuck_runs or self.partial_files or self.orphan_models or self.markers)

    def describe(self) -> list[str]:
        """One line per kind of leftover (for the consistency check)."""
        lines: list[str] = []
        if self.stuck_runs:
            ids = ", ".join(str(i) for i in sorted(self.stuck_runs))
            lines.append(
                Message(
                    "{count} model runs stuck in training (runs {ids})",
                    count=len(self.stuck_runs),
                    ids=ids,
                )
            )
        if self.partial_files:
            names = ", ".join(p.name for p in self.partial_files[:3])
            lines.append(
                Message(
                    "{count} half-written files left behind ({names})",
                    count=len(self.partial_files),
                    names=names,
                )
            )
        if self.orphan_models:
            names = ", ".join(p.name for p in self.orphan_models[:3])
            lines.append(
                Message(
                    "{count} model files no run points to ({names})",
                    count=len(self.orphan_models),
                    names=names,
                )
            )
        if self.markers:
            lines.append(
                Message("{count} work markers of stopped commands", count=len(self.markers))
            )
        return lines


def _read_marker(marker: Path) -> dict[str, object]:
    try:
        data = json.loads(marker.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _model_paths(model: Path) -> list[Path]:
    """A model file and its temporary files (``save_model`` writes ``.NAME.XXXX.tmp``)."""
    found = [model] if model.is_file() else []
    with contextlib.suppress(OSError):
        found += sorted(model.parent.glob(glob.escape(f".{model.name}.") + "*.tmp"))
    return found


def _parts(folder: Path, name: str, wildcard: str = "") -> list[Path]:
    """``.part`` files in ``folder`` named ``name`` (as written: a name may hold ``[``, ``*``
    or ``?``) followed by ``wildcard``, whose writer is gone."""
    pattern = glob.escape(name) + wildcard
    found: list[Path] = []
    with contextlib.suppress(OSError):
        if folder.is_dir():
            for part in sorted(folder.glob(pattern)):
                if part.is_file() and not is_held(part):
                    found.append(part)
                    # A database copy killed mid-write may leave its journal beside it.
                    found += [
                        side
                        for side in (Path(f"{part}{s}") for s in ("-journal", "-wal", "-shm"))
                        if side.exists()
                    ]
    return found


def find(
    conn: sqlite3.Connection, library: str | os.PathLike[str], *, live_runs: Sequence[int] = ()
) -> Leftovers:
    """What dead processes left around ``library`` (read only; ``conn`` is its connection).

    A run counts as stuck unless a held marker names it (or it is in ``live_runs``).
    """
    library = Path(library).expanduser().absolute()
    found = Leftovers()
    referenced = {
        str(r[0]) for r in conn.execute("SELECT file FROM model_runs WHERE file IS NOT NULL")
    }
    live = set(live_runs)
    dead_models: dict[int, Path] = {}
    with contextlib.suppress(OSError):
        for marker in sorted(library.parent.glob(_marker_glob(library))):
            data = _read_marker(marker)
            run = data.get("run")
            if is_held(marker):
                if isinstance(run, int):
                    live.add(run)
                continue
            found.markers.append(marker)
            if isinstance(data.get("model"), str):
                model = Path(str(data["model"]))
                if isinstance(run, int):
                    dead_models[run] = model
                for path in _model_paths(model):
                    if path.suffix == ".tmp":
                        found.partial_files.append(path)
                    elif path.name not in referenced:
                        found.orphan_models.append(path)
            parts = data.get("parts")
            if isinstance(parts, list) and len(parts) == 2:
                found.partial_files += _parts(Path(str(parts[0])), str(parts[1]), "*.part")
    for (run_id,) in conn.execute(
        f"SELECT id FROM model_runs WHERE status IN ({', '.join('?' * len(_UNFINISHED))})",
        _UNFINISHED,
    ):
        if run_id not in live:
            found.stuck_runs[run_id] = dead_models.get(run_id)
    # Database copies lock their own .part file: backups, and the staged file of a restore.
    found.partial_files += _parts(
        library_folder_for(library, "backups"), f"{library.stem}.", "*.part"
    )
    found.partial_files += _parts(library.parent, f".{library.name}.restore.part")
    return found


def sweep(conn: sqlite3.Connection, library: str | os.PathLike[str]) -> Leftovers:
    """Set straight what dead processes left around ``library``; returns what was found.

    Stuck runs become ``failed`` with :data:`INTERRUPTED_ERROR`; their temporary and orphan
    model files, dead backups' and exports' ``.part`` files and dead markers are removed. The
    runs are looked at under the write lock (a training registers its run and its marker in
    one transaction, so a live run is never mistaken for a dead one); when another command
    holds that lock, nothing is done now and the next open tries again.
    """
    probe = conn.execute(
        f"SELECT count(*) FROM model_runs WHERE status IN ({', '.join('?' * len(_UNFINISHED))})",
        _UNFINISHED,
    ).fetchone()[0]
    if probe:
        conn.execute("BEGIN IMMEDIATE")
        try:
            found = find(conn, library)
            if found.stuck_runs:
                marks = ", ".join("?" * len(found.stuck_runs))
                conn.execute(
                    f"UPDATE model_runs SET status = 'failed', error = ?, finished_at = ? "
                    f"WHERE id IN ({marks}) AND status IN ('queued', 'training')",
                    (INTERRUPTED_ERROR, timestamp(), *found.stuck_runs),
                )
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    else:
        found = find(conn, library)
    for path in [*found.partial_files, *found.orphan_models, *found.markers]:
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("could not remove %s: %s", path, exc)
    if found:
        log.info("set straight after an abrupt end: %s", "; ".join(found.describe()))
    return found
