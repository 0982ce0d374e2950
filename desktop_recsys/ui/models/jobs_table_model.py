"""Every job of this session (live, from the runner's signals) and of earlier sessions (from
the library's persisted job history), newest first, for the Jobs panel."""

from __future__ import annotations

import datetime as _dt
import time
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

from desktop_recsys.jobs.base import JobInfo, JobRunnerBase, JobState
from desktop_recsys.library.models import JobRecord

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

#: The progress fraction (0-1) of a row, for the progress bar delegate.
FractionRole = Qt.ItemDataRole.UserRole + 10
#: The job id of a row (this session's runner id, or None for an earlier session's job).
JobIdRole = Qt.ItemDataRole.UserRole + 11


def _tr(text: str) -> str:
    return QCoreApplication.translate("JobsTableModel", text)


def state_label(state: str) -> str:
    return {
        "queued": _tr("Waiting"),
        "running": _tr("Running"),
        "finished": _tr("Done"),
        "failed": _tr("Failed"),
        "cancelled": _tr("Cancelled"),
        "interrupted": _tr("Interrupted"),
    }.get(state, state)


def format_elapsed(seconds: float | None) -> str:
    if seconds is None or seconds < 0:
        return ""
    if seconds < 60:
        return f"{seconds:.1f} s"
    minutes, secs = divmod(int(seconds), 60)
    if minutes < 60:
        return f"{minutes}:{secs:02d}"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"


def _clock(ts: float | None) -> str:
    if not ts:
        return ""
    moment = _dt.datetime.fromtimestamp(ts)
    if moment.date() == _dt.date.today():
        return moment.strftime("%H:%M:%S")
    return moment.strftime("%Y-%m-%d %H:%M")


def _title_of_record(record: JobRecord) -> str:
    """A past job's title from its kind and parameters (titles are not persisted)."""
    params = record.params or {}
    label = record.kind.replace("_", " ").capitalize()
    detail = [str(params[k]) for k in ("algorithm", "item_kind", "import_kind") if params.get(k)]
    return f"{label} ({', '.join(detail)})" if detail else label


@dataclass
class JobRow:
    """One row: a live job (``info``) or a past one (``record``)."""

    info: JobInfo | None = None
    record: JobRecord | None = None

    @property
    def job_id(self) -> int | None:
        return self.info.id if self.info is not None else None

    @property
    def title(self) -> str:
        if self.info is not None:
            return self.info.title
        assert self.record is not None
        return _title_of_record(self.record)

    @property
    def state(self) -> str:
        if self.info is not None:
            return self.info.state.value
        assert self.record is not None
        return self.record.status

    @property
    def fraction(self) -> float:
        if self.info is not None:
            return self.info.fraction
        return 1.0 if self.state == "finished" else 0.0

    @property
    def message(self) -> str:
        if self.info is not None:
            return self.info.error or self.info.message
        assert self.record is not None
        if self.record.error:
            return self.record.error.splitlines()[0]
        return ""

    @property
    def started(self) -> float | None:
        if self.info is not None:
            return self.info.started_at or self.info.queued_at
        assert self.record is not None
        return self.record.started_at or self.record.created_at

    def elapsed(self, now: float) -> float | None:
        if self.info is not None:
            if self.info.started_at is None:
                return None
            return (self.info.ended_at or now) - self.info.started_at
        assert self.record is not None
        if self.record.started_at and self.record.ended_at:
            return self.record.ended_at - self.record.started_at
        return None

    def details(self) -> str:
        """The full text a person copies into a bug report: title, state, error, traceback."""
        lines = [self.title, f"{_tr('State')}: {state_label(self.state)}"]
        if self.info is not None:
            if self.info.params:
                lines.append(f"{_tr('Parameters')}: {dict(self.info.params)}")
            if self.info.error:
                lines.append(f"{_tr('Error')}: {self.info.error}")
            if self.info.traceback:
                lines += ["", self.info.traceback.rstrip()]
        elif self.record is not None:
            if self.record.params:
                lines.append(f"{_tr('Parameters')}: {self.record.params}")
            if self.record.error:
                lines += ["", self.record.error.rstrip()]
        return "\n".join(lines)


COLUMNS = ("title", "state", "progress", "message", "started", "elapsed")


class JobsTableModel(QAbstractTableModel):
    """Newest first: this session's jobs as they happen, then the earlier sessions' history.

    Elapsed times of running jobs tick once a second (a timer that runs only while a job
    does).
    """

    def __init__(self, runner: JobRunnerBase, parent: Any = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._rows: list[JobRow] = []
        self._past: list[JobRow] = []
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick)
        for info in reversed(runner.recent_jobs() + runner.active_jobs()):
            self._rows.append(JobRow(info=info))
        runner.queued.connect(self._on_queued)
        runner.started.connect(self._on_changed)
        runner.progress.connect(self._on_changed)
        runner.ended.connect(self._on_changed)
        self._update_tick()

    # -- public API ------------------------------------------------------------------------
    def set_past(self, records: list[JobRecord]) -> None:
        """The earlier sessions' jobs (newest first), shown after this session's."""
        self.beginResetModel()
        self._past = [JobRow(record=r) for r in records]
        self.endResetModel()

    def row_at(self, row: int) -> JobRow | None:
        if 0 <= row < len(self._rows):
            return self._rows[row]
        past = row - len(self._rows)
        return self._past[past] if 0 <= past < len(self._past) else None

    def row_of(self, job_id: int) -> int | None:
        for index, row in enumerate(self._rows):
            if row.job_id == job_id:
                return index
        return None

    def session_rows(self) -> int:
        return len(self._rows)

    # -- Qt overrides ----------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows) + len(self._past)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or not 0 <= index.column() < len(COLUMNS):
            return None
        column = COLUMNS[index.column()]
        if role == JobIdRole:
            return row.job_id
        if role == FractionRole:
            return row.fraction
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "title":
                return row.title
            if column == "state":
                return state_label(row.state)
            if column == "progress":
                return f"{row.fraction:.0%}"
            if column == "message":
                return row.message
            if column == "started":
                return _clock(row.started)
            return format_elapsed(row.elapsed(time.time()))
        if role == Qt.ItemDataRole.ToolTipRole and column in ("title", "message"):
            return row.message or row.title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT if column in ("elapsed", "progress") else _LEFT)
        if role == Qt.ItemDataRole.ForegroundRole and row.state == "failed":
            from PySide6.QtGui import QColor  # only failed rows need a colour

            return QColor(192, 57, 43)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "title": _tr("Job"),
                "state": _tr("State"),
                "progress": _tr("Progress"),
                "message": _tr("Message"),
                "started": _tr("Started"),
                "elapsed": _tr("Elapsed"),
            }[COLUMNS[section]]
        return None

    # -- runner signals --------------------------------------------------------------------
    def _on_queued(self, job_id: int, _kind: str, _title: str) -> None:
        info = self._runner.job(job_id)
        if info is None:
            return
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, JobRow(info=info))
        self.endInsertRows()
        self._update_tick()

    def _on_changed(self, job_id: int, *_args: object) -> None:
        row = self.row_of(job_id)
        info = self._runner.job(job_id)
        if row is None or info is None:
            return
        self._rows[row].info = info
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        self._update_tick()

    def _update_tick(self) -> None:
        running = any(r.state == "running" for r in self._rows)
        if running and not self._tick.isActive():
            self._tick.start()
        elif not running:
            self._tick.stop()

    def _on_tick(self) -> None:
        column = COLUMNS.index("elapsed")
        for index, row in enumerate(self._rows):
            if row.state == JobState.RUNNING.value:
                self.dataChanged.emit(self.index(index, column), self.index(index, column))
