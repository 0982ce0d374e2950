"""The Jobs panel: every running and past job, its progress and messages, Cancel, and the
full error text of a failed job with a "Copy details" button."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_recsys.jobs.base import JobRunnerBase
from desktop_recsys.ui.models.jobs_table_model import COLUMNS, FractionRole, JobsTableModel
from desktop_recsys.ui.ui_state import UiState

_Index = QModelIndex | QPersistentModelIndex


class ProgressBarDelegate(QStyledItemDelegate):
    """Draws a row's ``FractionRole`` as a native progress bar."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        fraction = index.data(FractionRole)
        if fraction is None:
            super().paint(painter, option, index)
            return
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(2, 3, -2, -3)
        bar.minimum, bar.maximum = 0, 1000
        bar.progress = round(float(fraction) * 1000)
        bar.text = f"{float(fraction):.0%}"
        bar.textVisible = True
        bar.state = option.state
        bar.palette = option.palette
        style = option.widget.style() if option.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, option.widget)


class JobsPanelWidget(QWidget):
    """The table of jobs, and below it the selected job's details with Cancel and Copy."""

    def __init__(
        self,
        runner: JobRunnerBase,
        state: UiState | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("jobsPanel")
        self._runner = runner
        self._state = state if state is not None else UiState()
        self.model = JobsTableModel(runner, self)
        self.table = QTableView(self)
        self.table.setObjectName("jobsTable")
        self.table.setAccessibleName(self.tr("Jobs"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        char = max(1, self.fontMetrics().averageCharWidth())
        for column, width in {
            "title": 40,
            "state": 11,
            "progress": 16,
            "message": 40,
            "started": 17,
            "elapsed": 9,
        }.items():
            header.resizeSection(COLUMNS.index(column), width * char)
        header.setSectionResizeMode(COLUMNS.index("message"), QHeaderView.ResizeMode.Stretch)
        self._state.restore_header("jobs", header)
        self._progress = ProgressBarDelegate(self.table)
        self.table.setItemDelegateForColumn(COLUMNS.index("progress"), self._progress)

        self.details = QPlainTextEdit(self)
        self.details.setObjectName("jobDetails")
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Details of the selected job"))
        self.details.setPlaceholderText(self.tr("Select a job to see its details"))
        self.cancel_button = QPushButton(self.tr("&Cancel job"), self)
        self.cancel_button.setObjectName("cancelSelectedJob")
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.copy_button = QPushButton(self.tr("Cop&y details"), self)
        self.copy_button.setObjectName("copyJobDetails")
        self.copy_button.clicked.connect(self.copy_details)

        buttons = QVBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        lower = QWidget(self)
        lower_layout = QHBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.details, 1)
        lower_layout.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self._state.restore_splitter("jobs", self.splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)

        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.model.dataChanged.connect(lambda *_: self._show_selected())
        self.model.rowsInserted.connect(lambda *_: self._show_selected())
        self._show_selected()

    def select_job(self, job_id: int) -> bool:
        row = self.model.row_of(job_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def selected_row(self):  # type: ignore[no-untyped-def]
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def cancel_selected(self) -> bool:
        row = self.selected_row()
        if row is None or row.job_id is None:
            return False
        return self._runner.cancel(row.job_id)

    def copy_details(self) -> str:
        row = self.selected_row()
        text = row.details() if row is not None else ""
        if text:
            QGuiApplication.clipboard().setText(text)
        return text

    def save_state(self) -> None:
        self._state.save_header("jobs", self.table.horizontalHeader())
        self._state.save_splitter("jobs", self.splitter)

    def _show_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            self.details.clear()
            self.cancel_button.setEnabled(False)
            self.copy_button.setEnabled(False)
            return
        text = row.details()
        if self.details.toPlainText() != text:
            self.details.setPlainText(text)
        self.cancel_button.setEnabled(row.job_id is not None and row.state in ("queued", "running"))
        self.copy_button.setEnabled(True)
