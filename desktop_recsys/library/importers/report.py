"""What an import did: counts per kind of record and every problem with its file and line.

An :class:`ImportReport` is filled while an importer runs and returned (or, on a strict-mode
abort, carried by the :class:`ImportAborted` error) so the CLI can print it and the GUI can show
it; :meth:`ImportReport.write_json` is what ``--report FILE.json`` writes.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_recsys.errors import UserError
from desktop_recsys.progress import Message

# Enough to find and fix every bad row of a real file; beyond that the report only counts them.
MAX_LISTED_PROBLEMS = 10_000


def _one_line(reason: str) -> str:
    """``reason`` on one line (runs of white space made one space). A Message already on one
    line stays a Message (shown translated); one whose arguments span lines becomes its
    English text on one line, since a report line must stay one line."""
    one_line = " ".join(str(reason).split())
    if isinstance(reason, Message) and one_line == reason:
        return reason
    return one_line


def _english(reason: str) -> str:
    """A reason as plain English text (what ``--report FILE.json`` writes in every language)."""
    return str.__str__(reason)


@dataclass(frozen=True)
class Problem:
    """One skipped row or file: where it is (file, 1-based line if any) and why.

    ``reason`` is a :class:`~desktop_recsys.progress.Message` when the importer wrote one (the
    CLI and the window show it in the person's language; ``str`` of it is the English text).
    """

    file: str
    line: int | None
    reason: str

    @property
    def where(self) -> str:
        """The file, with ``:line`` when the problem has a line."""
        return f"{self.file}:{self.line}" if self.line is not None else self.file

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


class ImportAborted(UserError):
    """Strict mode met a bad row: nothing was imported; ``report`` holds what was seen."""

    def __init__(self, problem: Problem, report: ImportReport) -> None:
        super().__init__(
            Message(
                "{problem} (strict mode: nothing was imported)",
                problem=Message("{where}: {reason}", where=problem.where, reason=problem.reason),
            )
        )
        self.problem = problem
        self.report = report


@dataclass
class ImportReport:
    """Counts and problems of one import.

    ``counts`` maps what was imported (``films``, ``profiles``, ``ratings``, ...) to outcomes
    (``added``, ``matched`` to an existing record, ``updated``, ``skipped``). ``status`` is
    ``finished``, ``aborted`` (strict mode), ``cancelled`` or ``failed``; anything but
    ``finished`` means the library was left exactly as before.
    """

    kind: str
    source: str
    strict: bool = False
    status: str = "running"
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    problem_count: int = 0
    encodings: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    started_at: float = field(default_factory=time.time)
    seconds: float = 0.0
    # Problems name files by their full path (folder scans) instead of their name (data sets).
    full_paths: bool = False
    # Display names of files read from a temporary copy (zip members): real path -> name.
    aliases: dict[str, str] = field(default_factory=dict)
    # Values imported after cleaning (control characters removed): where and what.
    cleaned: list[Problem] = field(default_factory=list)
    cleaned_count: int = 0

    def count(self, what: str, outcome: str, n: int = 1) -> None:
        """Add ``n`` to the ``outcome`` count of ``what`` (zero still creates the entry)."""
        bucket = self.counts.setdefault(what, {})
        bucket[outcome] = bucket.get(outcome, 0) + int(n)

    def get(self, what: str, outcome: str) -> int:
        return self.counts.get(what, {}).get(outcome, 0)

    def problem(self, file: str | os.PathLike[str], line: int | None, reason: str) -> None:
        """Record a skipped row; in strict mode abort the whole import instead."""
        name = self.aliases.get(str(file)) or (str(file) if self.full_paths else Path(file).name)
        found = Problem(name if file else "", line, _one_line(reason))
        self.problem_count += 1
        if len(self.problems) < MAX_LISTED_PROBLEMS:
            self.problems.append(found)
        if self.strict:
            self.status = "aborted"
            raise ImportAborted(found, self)

    def clean(self, file: str | os.PathLike[str], line: int | None, reason: str) -> None:
        """Record a value that was imported after cleaning (never aborts, even in strict mode)."""
        name = self.aliases.get(str(file)) or (str(file) if self.full_paths else Path(file).name)
        self.cleaned_count += 1
        if len(self.cleaned) < MAX_LISTED_PROBLEMS:
            self.cleaned.append(Problem(name if file else "", line, _one_line(reason)))

    def finish(self, status: str = "finished") -> ImportReport:
        self.status = status
        self.seconds = round(time.time() - self.started_at, 3)
        return self

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "source": self.source,
            "status": self.status,
            "strict": self.strict,
            "counts": self.counts,
            "problem_count": self.problem_count,
            "problems": [
                {"file": p.file, "line": p.line, "reason": _english(p.reason)}
                for p in self.problems
            ],
            "problems_listed": len(self.problems),
            "cleaned_count": self.cleaned_count,
            "cleaned": [
                {"file": p.file, "line": p.line, "reason": _english(p.reason)} for p in self.cleaned
            ],
            "encodings": self.encodings,
            "notes": self.notes,
            "seconds": self.seconds,
        }

    def write_json(self, path: str | os.PathLike[str]) -> Path:
        """Write the report as UTF-8 JSON (atomically: a temp file, then a rename)."""
        target = Path(path)
        tmp = target.with_name(target.name + ".part")
        try:
            tmp.write_text(json.dumps(self.to_dict(), ensure_ascii=False, indent=2), "utf-8")
            os.replace(tmp, target)
        except OSError as exc:
            raise UserError(
                Message(
                    "cannot write the import report {target}: {strerror}; choose another place for the report",
                    target=target,
                    strerror=exc.strerror,
                )
            ) from exc
        return target

    def summary_lines(self, max_problems: int = 10) -> list[str]:
        """A few human lines: one per counted kind, then the first problems."""
        lines = []
        for what, outcomes in self.counts.items():
            detail = ", ".join(f"{n:,} {outcome}" for outcome, n in outcomes.items())
            lines.append(f"  {what}: {detail}")
        if self.problem_count:
            lines.append(f"  {self.problem_count:,} problem(s), rows skipped:")
            lines.extend(f"    {p}" for p in self.problems[:max_problems])
            if self.problem_count > max_problems:
                lines.append(f"    ... and {self.problem_count - max_problems:,} more")
        if self.cleaned_count:
            lines.append(f"  {self.cleaned_count:,} value(s) imported after cleaning:")
            lines.extend(f"    {p}" for p in self.cleaned[:max_problems])
            if self.cleaned_count > max_problems:
                lines.append(f"    ... and {self.cleaned_count - max_problems:,} more")
        lines.extend(f"  note: {n}" for n in self.notes)
        return lines
