"""The Model Lab's comparison table: one row per algorithm, each metric with its interval.

Rows are :class:`~desktop_recsys.services.lab_service.LabRow` (plain data from a job); the
table is small (one row per algorithm), so it is held in memory and sorted in Python. A
metric cell shows ``mean (low–high)``; ``SortValueRole`` gives the mean, so sorting is by
value, and :data:`IntervalRole` gives ``(mean, low, high)``. Unmeasured figures sort last
whichever way.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from desktop_recsys.services.lab_service import LabResult, LabRow
from desktop_recsys.ui.common import SortValueRole
from desktop_recsys.ui.i18n import translate_message

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

#: ``(mean, low, high)`` of a metric cell (None for other columns or unmeasured figures).
IntervalRole = Qt.ItemDataRole.UserRole + 20
#: The column's key: a metric (``ndcg@10``), a catalogue figure, or ``fit_s`` and friends.
ColumnKeyRole = Qt.ItemDataRole.UserRole + 21

#: Figures where lower is better (everything else: higher is better, or neither).
LOWER_IS_BETTER = {"rmse", "mae", "calibration_kl", "popularity_arp", "exposure_gini"}


def _metric_names() -> dict[str, str]:
    # A function, so the names are translated in the language in use when asked.
    return {
        "ndcg": QCoreApplication.translate("EvaluationTableModel", "NDCG"),
        "recall": QCoreApplication.translate("EvaluationTableModel", "Recall"),
        "precision": QCoreApplication.translate("EvaluationTableModel", "Precision"),
        "map": QCoreApplication.translate("EvaluationTableModel", "MAP"),
        "hit_rate": QCoreApplication.translate("EvaluationTableModel", "Hit rate"),
        "mrr": QCoreApplication.translate("EvaluationTableModel", "MRR"),
        "auc": QCoreApplication.translate("EvaluationTableModel", "AUC"),
        "rmse": QCoreApplication.translate("EvaluationTableModel", "RMSE"),
        "mae": QCoreApplication.translate("EvaluationTableModel", "MAE"),
        "novelty": QCoreApplication.translate("EvaluationTableModel", "Novelty"),
        "serendipity": QCoreApplication.translate("EvaluationTableModel", "Serendipity"),
        "diversity_genre": QCoreApplication.translate("EvaluationTableModel", "Diversity (genres)"),
        "diversity_content": QCoreApplication.translate(
            "EvaluationTableModel", "Diversity (content)"
        ),
        "popularity_arp": QCoreApplication.translate("EvaluationTableModel", "Avg. popularity"),
        "long_tail": QCoreApplication.translate("EvaluationTableModel", "Long-tail share"),
        "calibration_kl": QCoreApplication.translate("EvaluationTableModel", "Calibration KL"),
        "coverage": QCoreApplication.translate("EvaluationTableModel", "Coverage"),
        "exposure_gini": QCoreApplication.translate("EvaluationTableModel", "Exposure Gini"),
        "fit_s": QCoreApplication.translate("EvaluationTableModel", "Fit (s)"),
        "recommend_s": QCoreApplication.translate("EvaluationTableModel", "Recommend (s)"),
        "model_mb": QCoreApplication.translate("EvaluationTableModel", "Model (MB)"),
    }


def metric_title(key: str) -> str:
    """A person's name for a metric key: ``ndcg@10`` -> ``NDCG@10``."""
    base, sep, cutoff = key.partition("@")
    name = _metric_names().get(base, base.replace("_", " "))
    return f"{name}@{cutoff}" if sep else name


def lower_is_better(key: str) -> bool:
    return key.partition("@")[0] in LOWER_IS_BETTER


def format_value(value: float, key: str = "") -> str:
    """A figure as the table shows it (seconds and megabytes with fewer digits)."""
    if not math.isfinite(value):
        return "–"
    if key in ("fit_s", "recommend_s"):
        return f"{value:.2f}"
    if key == "model_mb":
        return f"{value:.1f}"
    if abs(value) >= 100:
        return f"{value:.0f}"
    return f"{value:.3f}"


@dataclass(frozen=True)
class EvaluationColumn:
    """One column: ``kind`` is ``label``, ``metric``, ``catalogue`` or ``cost``."""

    key: str
    kind: str


class EvaluationTableModel(QAbstractTableModel):
    """The comparison table of a :class:`~desktop_recsys.services.lab_service.LabResult`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[LabRow] = []
        self._columns: list[EvaluationColumn] = [EvaluationColumn("algorithm", "label")]
        self._best: str | None = None
        self._primary = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- public API ------------------------------------------------------------------------
    def set_result(self, result: LabResult | None) -> None:
        """Show a run's rows (None empties the table); the sort order is kept."""
        self.beginResetModel()
        if result is None:
            self._rows = []
            self._columns = [EvaluationColumn("algorithm", "label")]
            self._best = None
            self._primary = ""
        else:
            self._rows = list(result.rows)
            self._primary = result.primary_metric
            pair = result.best_two()
            self._best = pair[0].label if pair else None
            columns = [EvaluationColumn("algorithm", "label")]
            columns += [EvaluationColumn(m, "metric") for m in result.metrics]
            catalogue: list[str] = []
            for row in self._rows:
                for key, value in row.catalogue.items():
                    # "leaks" is a sanity check that is zero unless something is broken.
                    if key == "leaks" and not value:
                        continue
                    if key not in catalogue:
                        catalogue.append(key)
            columns += [EvaluationColumn(k, "catalogue") for k in catalogue]
            columns += [EvaluationColumn(k, "cost") for k in ("fit_s", "recommend_s", "model_mb")]
            self._columns = columns
            if self._sort is not None and self._sort[0] >= len(columns):
                self._sort = None
            self._apply_sort()
        self.endResetModel()

    def clear(self) -> None:
        self.set_result(None)

    def row_at(self, row: int) -> LabRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def labels(self) -> list[str]:
        return [r.label for r in self._rows]

    def column_of(self, key: str) -> int | None:
        """The column showing ``key`` (a metric such as ``ndcg@10``), or None."""
        for n, column in enumerate(self._columns):
            if column.key == key:
                return n
        return None

    def column_key(self, column: int) -> str | None:
        return self._columns[column].key if 0 <= column < len(self._columns) else None

    @property
    def best_label(self) -> str | None:
        return self._best

    # -- Qt overrides ----------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == ColumnKeyRole:
            return column.key
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_LEFT if column.kind == "label" else _RIGHT)
        if role == Qt.ItemDataRole.FontRole:
            if row.label == self._best and column.kind == "label":
                font = QFont()
                font.setBold(True)
                return font
            return None
        if column.kind == "label":
            if role in (Qt.ItemDataRole.DisplayRole, SortValueRole):
                return (
                    row.label
                    if not row.error
                    else QCoreApplication.translate("EvaluationTableModel", "{0} (failed)").format(
                        row.label
                    )
                )
            if role == Qt.ItemDataRole.ToolTipRole:
                if row.error:
                    return translate_message(row.error)
                if row.label == self._best:
                    return QCoreApplication.translate("EvaluationTableModel", "Best on {0}").format(
                        metric_title(self._primary)
                    )
                return row.label
            return None
        value = self._value(row, column)
        if role == SortValueRole:
            return value if value is not None and math.isfinite(value) else None
        if role == IntervalRole:
            if column.kind != "metric" or column.key not in row.metrics:
                return None
            iv = row.metrics[column.key]
            return (iv.mean, iv.low, iv.high) if iv.known else None
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None:
                return "–"
            if column.kind == "metric":
                iv = row.metrics[column.key]
                if not iv.known:
                    return "–"
                if not (math.isfinite(iv.low) and math.isfinite(iv.high)):
                    return format_value(iv.mean)  # one profile on one split: no interval
                return f"{format_value(iv.mean)} ({format_value(iv.low)}–{format_value(iv.high)})"
            return format_value(value, column.key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("EvaluationTableModel", "Algorithm")
                if column.kind == "label"
                else metric_title(column.key)
            )
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_LEFT if column.kind == "label" else _RIGHT)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.kind == "metric":
                better = (
                    QCoreApplication.translate("EvaluationTableModel", "lower is better")
                    if lower_is_better(column.key)
                    else QCoreApplication.translate("EvaluationTableModel", "higher is better")
                )
                return QCoreApplication.translate(
                    "EvaluationTableModel",
                    "{0}: mean over the tested profiles with its 95 % interval; {1}",
                ).format(metric_title(column.key), better)
            if column.kind == "label":
                return None
            return metric_title(column.key)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply_sort()
        self.layoutChanged.emit()

    # -- internals -------------------------------------------------------------------------
    def _value(self, row: LabRow, column: EvaluationColumn) -> float | None:
        if column.kind == "metric":
            iv = row.metrics.get(column.key)
            return None if iv is None else iv.mean
        if column.kind == "catalogue":
            return row.catalogue.get(column.key)
        if column.key == "fit_s":
            return row.fit_seconds
        if column.key == "recommend_s":
            return row.recommend_seconds
        return row.model_mb

    def _tooltip(self, row: LabRow, column: EvaluationColumn) -> str | None:
        if column.kind == "metric" and column.key in row.metrics:
            iv = row.metrics[column.key]
            if not iv.known:
                return QCoreApplication.translate(
                    "EvaluationTableModel", "Not measured (the items lack what this figure needs)"
                )
            if not (math.isfinite(iv.low) and math.isfinite(iv.high)):
                return QCoreApplication.translate(
                    "EvaluationTableModel",
                    "{0} of {1}: {2}, on one split of one profile: no interval",
                ).format(metric_title(column.key), row.label, format_value(iv.mean))
            return QCoreApplication.translate(
                "EvaluationTableModel", "{0} of {1}: {2}, 95 % interval {3} to {4}"
            ).format(
                metric_title(column.key),
                row.label,
                format_value(iv.mean),
                format_value(iv.low),
                format_value(iv.high),
            )
        value = self._value(row, column)
        if value is None:
            return None
        return f"{metric_title(column.key)}: {format_value(value, column.key)}"

    def _apply_sort(self) -> None:
        if self._sort is None:
            return
        column, order = self._sort
        spec = self._columns[column]
        reverse = order == Qt.SortOrder.DescendingOrder

        def key(row: LabRow) -> tuple[int, Any]:
            if spec.kind == "label":
                return (0, row.label.casefold())
            value = self._value(row, spec)
            if value is None or not math.isfinite(value):
                return (1, 0.0)
            return (0, value)

        # Blanks last whichever way: sort the present ones, then append the rest.
        present = [r for r in self._rows if key(r)[0] == 0]
        missing = [r for r in self._rows if key(r)[0] == 1]
        present.sort(key=key, reverse=reverse)
        self._rows = present + missing
