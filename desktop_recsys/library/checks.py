"""The library's own invariants, checked on demand (restore, crash tests, a repair tool).

SQLite's ``integrity_check`` proves the file is a sound b-tree; it cannot know what this app
means by its rows. :func:`check_library` checks that meaning:

- every item has exactly one full-text row and it carries the item's current kind and title
  (the search box must find what the table shows, and nothing that is gone);
- foreign keys hold (``PRAGMA foreign_key_check``), friendships are stored once with
  ``profile_a < profile_b``, ratings are 0.5-5 stars, plays have a share 0-1 and a count >= 1,
  marks and statuses are among the known values;
- the schema is this app's (application id, a known version);
- every model run that says it has a model (``ready``, ``stale``, ``retired``) names a file
  that exists in the models folder and is a complete model archive (its zip directory reads,
  its ``manifest.json`` is there; with ``deep=True`` every member's CRC is verified too), and
  no unfinished run claims a file.

Imports are single transactions (see ``library.importers``), so "no half import" is a property
SQLite's atomic commit gives; the crash tests check it by counting rows, and these checks make
sure nothing an import writes in several statements (items and their search rows, genres, tags,
ids) is left out of step.
"""

from __future__ import annotations

import math
import sqlite3
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from desktop_recsys.library import leftovers, migrations
from desktop_recsys.library.files import connect_readonly
from desktop_recsys.library.fts import fts_text
from desktop_recsys.progress import Message

_MODEL_STATUSES = ("ready", "stale", "retired")


@dataclass
class CheckReport:
    """What :func:`check_library` found: ``ok`` when ``problems`` is empty. Each problem is a
    translatable Message ("{check}: {problem}"; ``str()`` its English), as each check's name."""

    problems: list[str] = field(default_factory=list)
    #: Names of the checks that ran, in order (so a caller can see nothing was skipped).
    checked: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, check: str, problem: str | None) -> None:
        self.checked.append(check)
        if problem:
            self.problems.append(Message("{check}: {problem}", check=check, problem=problem))


def _count(conn: sqlite3.Connection, sql: str, params: tuple[object, ...] = ()) -> int:
    return int(conn.execute(sql, params).fetchone()[0])


def _problem(n: int, what: Message) -> Message | None:
    """``what`` (a Message counting ``n``) when there is something wrong, else None."""
    return what if n else None


def _joined(parts: list[str]) -> str | None:
    """Several problems of one check as one translatable line ("a; b"), None for none."""
    if not parts:
        return None
    text = parts[0]
    for part in parts[1:]:
        text = Message("{first}; {second}", first=text, second=part)
    return text


#: The tables the checks read (a backup without one of them is not a library of this app).
_TABLES = ("items", "items_fts", "friendships", "ratings", "plays", "marks", "model_runs")


def check_library(
    conn: sqlite3.Connection,
    *,
    models_dir: Path | None = None,
    check_models: bool = True,
    deep: bool = False,
) -> CheckReport:
    """Check the app's invariants on an open connection (read only); see the module docs.

    ``models_dir`` is where model runs' files live; without it model files are not checked.
    """
    report = CheckReport()
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    report.add(
        Message("schema"),
        None
        if app_id == migrations.APPLICATION_ID and 1 <= version <= migrations.SCHEMA_VERSION
        else Message(
            "application id {app_id}, schema version {version}",
            app_id=f"{app_id:#x}",
            version=version,
        ),
    )
    if report.problems:
        return report  # not our schema: the other checks would only fail on missing tables
    present = {
        str(name)
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
        )
    }
    missing = [name for name in _TABLES if name not in present]
    report.add(
        Message("tables"),
        Message("missing tables: {names}", names=", ".join(missing)) if missing else None,
    )
    if missing:
        return report  # the checks below would only fail on them

    fk = conn.execute("PRAGMA foreign_key_check").fetchall()
    report.add(
        Message("foreign keys"),
        _problem(
            len(fk),
            Message(
                "{count} rows point at missing rows (first: {first})",
                count=len(fk),
                first=str(fk[:1]),
            ),
        ),
    )

    # Full-text index in step with the items: same rows, and each row says the current text.
    unmatched = _count(
        conn, "SELECT count(*) FROM items WHERE id NOT IN (SELECT rowid FROM items_fts)"
    ) + _count(conn, "SELECT count(*) FROM items_fts WHERE rowid NOT IN (SELECT id FROM items)")
    report.add(
        Message("search index rows"),
        _problem(
            unmatched,
            Message("{count} items and search rows do not match", count=unmatched),
        ),
    )
    stale_text = 0
    for kind, title, artist, fkind, ftitle, fartist in conn.execute(
        "SELECT i.kind, i.title, i.artist, f.kind, f.title, f.artist "
        "FROM items i JOIN items_fts f ON f.rowid = i.id"
    ):
        if (
            fkind != kind
            or (ftitle or "") != fts_text(title)
            or (fartist or "") != fts_text(artist)
        ):
            stale_text += 1
    report.add(
        Message("search index text"),
        _problem(
            stale_text,
            Message("{count} search rows differ from their item", count=stale_text),
        ),
    )

    turned = _count(conn, "SELECT count(*) FROM friendships WHERE NOT profile_a < profile_b")
    report.add(
        Message("friendships"),
        _problem(
            turned,
            Message("{count} friendships not stored as profile_a < profile_b", count=turned),
        ),
    )
    bad_ratings = 0
    for (value,) in conn.execute("SELECT rating FROM ratings"):
        if not isinstance(value, int | float) or math.isnan(value) or not 0.5 <= value <= 5.0:
            bad_ratings += 1
    report.add(
        Message("ratings"),
        _problem(bad_ratings, Message("{count} ratings outside 0.5-5 stars", count=bad_ratings)),
    )
    odd_plays = _count(
        conn,
        "SELECT count(*) FROM plays WHERE NOT (completed BETWEEN 0.0 AND 1.0) "
        "OR count < 1 OR skipped NOT IN (0, 1)",
    )
    report.add(
        Message("plays"),
        _problem(
            odd_plays,
            Message("{count} plays with an impossible share, count or skip flag", count=odd_plays),
        ),
    )
    odd_marks = _count(
        conn, "SELECT count(*) FROM marks WHERE mark NOT IN ('not_interested', 'dont_learn')"
    )
    report.add(
        Message("marks"), _problem(odd_marks, Message("{count} unknown marks", count=odd_marks))
    )
    claiming = _count(
        conn,
        "SELECT count(*) FROM model_runs WHERE status IN ('queued', 'training', "
        "'failed', 'cancelled') AND file IS NOT NULL",
    )
    report.add(
        Message("unfinished runs"),
        _problem(
            claiming,
            Message("{count} unfinished model runs claim a model file", count=claiming),
        ),
    )
    fileless = _count(
        conn,
        "SELECT count(*) FROM model_runs WHERE status IN ('ready', 'stale', 'retired') "
        "AND file IS NULL",
    )
    report.add(
        Message("finished runs"),
        _problem(
            fileless, Message("{count} trained model runs without a model file", count=fileless)
        ),
    )
    if check_models and models_dir is not None:
        problems = []
        for run_id, name in conn.execute(
            "SELECT id, file FROM model_runs WHERE status IN (?, ?, ?) AND file IS NOT NULL",
            _MODEL_STATUSES,
        ):
            problem = model_file_problem(Path(models_dir) / str(name), deep=deep)
            if problem:
                problems.append(Message("run {run}: {problem}", run=run_id, problem=problem))
        report.add(Message("model files"), _joined(problems))
    return report


def model_file_problem(path: Path, *, deep: bool = False) -> str | None:
    """Why ``path`` is not a complete model archive, or None if it is one.

    A half-written file has no zip directory at its end, so reading the directory finds it;
    ``deep`` additionally checks every member's CRC (reads the whole file).
    """
    if not path.is_file():
        return Message("model file {name} is missing", name=path.name)
    try:
        with zipfile.ZipFile(path) as zf:
            if "manifest.json" not in zf.namelist():
                return Message("model file {name} has no manifest", name=path.name)
            if deep and (bad := zf.testzip()) is not None:
                return Message(
                    "model file {name} is damaged ({member})", name=path.name, member=bad
                )
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        return Message(
            "model file {name} is damaged or half-written ({error})", name=path.name, error=str(exc)
        )
    return None


def check_library_file(
    path: Path,
    *,
    models_dir: Path | None = None,
    check_models: bool = True,
    deep: bool = False,
    check_leftovers: bool = True,
) -> CheckReport:
    """:func:`check_library` on a file, opened read-only (a backup, or a library after a crash).

    ``integrity_check`` is included here (it is the floor every other check stands on).
    ``check_leftovers`` adds what killed commands left around the file (runs stuck in
    training, half-written and orphan files: :mod:`~desktop_recsys.library.leftovers`), which
    the next open of the library sweeps; a backup is checked without it.
    """
    conn = connect_readonly(Path(path))
    try:
        conn.create_function("dr_fts_text", 1, fts_text, deterministic=True)
        report = CheckReport()
        try:
            integrity = [r[0] for r in conn.execute("PRAGMA integrity_check(10)")]
        except sqlite3.DatabaseError as exc:
            unreadable = Message("not a readable database ({error})", error=str(exc))
            report.add(Message("integrity"), unreadable)
            return report
        # SQLite's own lines (English, as SQLite writes them) inside a translated sentence.
        report.add(Message("integrity"), None if integrity == ["ok"] else "; ".join(integrity))
        if not report.ok:
            return report
        try:
            inner = check_library(conn, models_dir=models_dir, check_models=check_models, deep=deep)
        except sqlite3.DatabaseError as exc:  # a table of the app's changed shape: not ours
            unreadable = Message("not a readable database ({error})", error=str(exc))
            report.add(Message("tables"), unreadable)
            return report
        report.problems += inner.problems
        report.checked += inner.checked
        if check_leftovers and inner.ok:
            found = leftovers.find(conn, path)
            report.add(Message("leftovers"), _joined(found.describe()))
        return report
    finally:
        conn.close()
