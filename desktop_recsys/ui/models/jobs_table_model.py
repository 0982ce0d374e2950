"""Every job of this session (live, from the runner's signals) and of earlier sessions (from
the library's persisted job history), newest first, for the Jobs panel."""

from __future__ import annotations

import datetime as _dt
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

from desktop_recsys.config.durations import clock_text
from desktop_recsys.jobs.base import JobInfo, JobRunnerBase, JobState
from desktop_recsys.library.models import JobRecord
from desktop_recsys.ui.i18n import translate_message
from desktop_recsys.ui.job_param_names import param_name
from desktop_recsys.ui.job_titles import info_title, job_title
from desktop_recsys.ui.path_text import home_path

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

#: The progress fraction (0-1) of a row, for the progress bar delegate.
FractionRole = Qt.ItemDataRole.UserRole + 10
#: The job id of a row (this session's runner id, or None for an earlier session's job).
JobIdRole = Qt.ItemDataRole.UserRole + 11


def _tr(text: str) -> str:
    """``text`` translated; a literal reaches lupdate only through ``QT_TRANSLATE_NOOP`` or a
    literal ``QCoreApplication.translate`` call, never through this helper."""
    return QCoreApplication.translate("JobsTableModel", text)


_STATES = {
    "queued": QT_TRANSLATE_NOOP("JobsTableModel", "Waiting"),
    "running": QT_TRANSLATE_NOOP("JobsTableModel", "Running"),
    "finished": QT_TRANSLATE_NOOP("JobsTableModel", "Done"),
    "failed": QT_TRANSLATE_NOOP("JobsTableModel", "Failed"),
    "cancelled": QT_TRANSLATE_NOOP("JobsTableModel", "Cancelled"),
    "interrupted": QT_TRANSLATE_NOOP("JobsTableModel", "Interrupted"),
}
_HEADERS = {
    "title": QT_TRANSLATE_NOOP("JobsTableModel", "Job"),
    "state": QT_TRANSLATE_NOOP("JobsTableModel", "State"),
    "progress": QT_TRANSLATE_NOOP("JobsTableModel", "Progress"),
    "message": QT_TRANSLATE_NOOP("JobsTableModel", "Message"),
    "started": QT_TRANSLATE_NOOP("JobsTableModel", "Started"),
    "elapsed": QT_TRANSLATE_NOOP("JobsTableModel", "Elapsed"),
}


def state_label(state: str) -> str:
    return _tr(_STATES[state]) if state in _STATES else state


def format_elapsed(seconds: float | None) -> str:
    if seconds is None or seconds < 0:
        return ""
    if seconds < 60:
        return _tr(QT_TRANSLATE_NOOP("JobsTableModel", "{0:.1f} s")).format(seconds)
    return clock_text(seconds)  # a job's length: rounded, as every length


def _clock(ts: float | None) -> str:
    if not ts:
        return ""
    moment = _dt.datetime.fromtimestamp(ts)
    if moment.date() == _dt.date.today():
        return moment.strftime("%H:%M:%S")
    return moment.strftime("%Y-%m-%d %H:%M")


@dataclass
class JobRow:
    """One row: a live job (``info``) or a past one (``record``)."""

    info: JobInfo | None = None
    record: JobRecord | None = None
    #: Profile id -> name, for titles of jobs that name a profile only by id.
    names: dict[int, str] | None = None

    @property
    def job_id(self) -> int | None:
        return self.info.id if self.info is not None else None

    @property
    def title(self) -> str:
        if self.info is not None:
            return info_title(self.info, self.names)
        assert self.record is not None
        # Titles are not persisted: made from the kind and parameters, like a live one's.
        return job_title(self.record.kind, self.record.params, names=self.names)

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
        """The latest progress text or the error, as it came (a progress.Message is English);
        :meth:`shown_message` is the same in the interface's language."""
        if self.info is not None:
            return self.info.error or self.info.message
        assert self.record is not None
        if self.record.error:
            return self.record.error.splitlines()[0]
        return ""

    def shown_message(self) -> str:
        return translate_message(self.message)

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
        state = QCoreApplication.translate("JobsTableModel", "State: {0}")
        parameters = QCoreApplication.translate("JobsTableModel", "Parameters: {0}")
        lines = [self.title, state.format(state_label(self.state))]
        if self.info is not None:
            if self.info.params:
                lines.append(parameters.format(params_text(self.info.params)))
            if self.info.error:
                # The translated line for the person, the English one for a bug report.
                shown = translate_message(self.info.error)
                lines.append(
                    QCoreApplication.translate("JobsTableModel", "Error: {0}").format(shown)
                )
                if shown != str.__str__(self.info.error):
                    lines.append(f"Error: {self.info.error}")
            if self.info.traceback:
                lines += ["", self.info.traceback.rstrip()]
        elif self.record is not None:
            if self.record.params:
                lines.append(parameters.format(params_text(self.record.params)))
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
        self._names: dict[int, str] = {}
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick)
        for info in reversed(runner.recent_jobs() + runner.active_jobs()):
            if not _finished_quietly(info):
                self._rows.append(JobRow(info=info, names=self._names))
        runner.queued.connect(self._on_queued)
        runner.started.connect(self._on_changed)
        runner.progress.connect(self._on_changed)
        runner.ended.connect(self._on_changed)
        self._update_tick()

    # -- public API ------------------------------------------------------------------------
    def set_past(self, records: list[JobRecord]) -> None:
        """The earlier sessions' jobs (newest first), shown after this session's."""
        self.beginResetModel()
        self._past = [JobRow(record=r, names=self._names) for r in records]
        self.endResetModel()

    def set_profile_names(self, names: dict[int, str]) -> None:
        """Profile id -> name, so titles say "for Ann" where a job knows only the id."""
        self._names = dict(names)
        for row in (*self._rows, *self._past):
            row.names = self._names
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))

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
                return row.shown_message()
            if column == "started":
                return _clock(row.started)
            return format_elapsed(row.elapsed(time.time()))
        if role == Qt.ItemDataRole.ToolTipRole and column in ("title", "message"):
            return row.shown_message() or row.title
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
            return _tr(_HEADERS[COLUMNS[section]])
        return None

    # -- runner signals --------------------------------------------------------------------
    def _on_queued(self, job_id: int, _kind: str, _title: str) -> None:
        info = self._runner.job(job_id)
        if info is None:
            return
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, JobRow(info=info, names=self._names))
        self.endInsertRows()
        self._update_tick()

    def _on_changed(self, job_id: int, *_args: object) -> None:
        row = self.row_of(job_id)
        info = self._runner.job(job_id)
        if row is None or info is None:
            return
        if _finished_quietly(info):
            # A short read that went well is not history: it leaves the list.
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
        else:
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


def _finished_quietly(info: JobInfo) -> bool:
    """A quiet job (a short read) that finished or was cancelled: not listed."""
    return info.quiet and info.state in (JobState.FINISHED, JobState.CANCELLED)


def params_text(params: object) -> str:
    """A job's parameters as "name: value" pairs ("algorithms: als, ease; k: 10"), not a
    Python dict's repr with its quotes, brackets and ``None``; a text (a stored record's JSON)
    comes back as it is."""
    if not isinstance(params, Mapping):
        return str(params)

    def value(v: object) -> str:
        if v is None:
            return "–"
        if isinstance(v, bool):  # not Python's True/False
            return (
                QCoreApplication.translate("JobsTableModel", "yes")
                if v
                else QCoreApplication.translate("JobsTableModel", "no")
            )
        if isinstance(v, (list, tuple, set, frozenset)):
            return ", ".join(value(x) for x in v)
        return home_path(str(v))  # a library's or a file's path as "~/…" under home

    # The pair's and the list's punctuation are translated (full-width in Chinese).
    pair = QCoreApplication.translate("JobsTableModel", "{name}: {value}")
    between = QCoreApplication.translate("JobsTableModel", "; ", "between a job's parameters")
    return between.join(
        pair.format(name=param_name(str(key)), value=value(v)) for key, v in params.items()
    )
