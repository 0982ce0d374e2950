"""Column widths that fit the table's width: content-sized, never below a minimum.

Each column has a *minimum* (its header with the sort arrow, and what its content cannot do
without: five stars, a four-digit year) and a *preferred* width (its content, capped). When the
table is wide enough every column gets its preferred width and the widest one takes the rest;
when it is not, the text columns give up width down to their minimums (long text elides, the
model's tooltip shows it whole); only below the sum of the minimums does the table scroll.

A column the person drags keeps its width (never below its minimum); the fit starts again when
the model's columns change. A restored layout keeps every width but that of the column that
takes what is left, which follows the table's width (else a bigger window showed a band). That
column, even dragged, never leaves a band: it is at least as wide as what the others leave.
Hidden columns (the column chooser, ``column_chooser.py``) take no width: the visible ones
share the table's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView


@dataclass(frozen=True)
class ColumnSpec:
    """One column's minimum and preferred width in pixels; ``stretch``: takes what is left;
    when space is short, columns of a lower ``priority`` give up their width first."""

    minimum: int
    preferred: int
    stretch: bool = False
    priority: int = 1


#: How many rows are measured for the preferred width of a text column (the first ones).
SAMPLE_ROWS = 200


def header_minimum(view: QTableView, column: int) -> int:
    """The width a header needs to show its whole label beside the sort arrow."""
    header = view.horizontalHeader()
    text = str(view.model().headerData(column, Qt.Orientation.Horizontal) or "")
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = view.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    return header.fontMetrics().horizontalAdvance(text) + 4 * margin + arrow + 4


def content_width(view: QTableView, column: int, rows: int = SAMPLE_ROWS) -> int:
    """The widest displayed text among the first ``rows`` rows of ``column``, with padding.

    A model with ``display_texts(column, rows)`` (the texts its ``DisplayRole`` gives for
    those rows) is asked once instead of once per cell: a filter typed on a large library
    refits after every reset, and 1,000 ``index().data()`` round trips were most of it."""
    model = view.model()
    metrics = view.fontMetrics()
    bulk = getattr(model, "display_texts", None)
    if callable(bulk):
        texts = bulk(column, rows)
    else:
        count = min(rows, model.rowCount())
        texts = [model.index(r, column).data(Qt.ItemDataRole.DisplayRole) for r in range(count)]
    # Each distinct text measured once (years, durations and genres repeat).
    distinct = {str(t) for t in texts if t is not None}
    widest = max(map(metrics.horizontalAdvance, distinct), default=0)
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view)
    return widest + 2 * margin + 10


class ColumnFitter(QObject):
    """Keeps ``view``'s columns fitted to its width (see the module's docstring).

    ``specs`` is asked for the columns' widths whenever they may have changed (the model was
    reset, its columns changed); :meth:`refit` forgets the person's own widths.
    """

    def __init__(self, view: QTableView, specs: Callable[[], list[ColumnSpec]]) -> None:
        super().__init__(view)
        self._view = view
        self._specs_fn = specs
        self._specs: list[ColumnSpec] = []
        self._fitting = False
        #: The widths the person chose (dragged, or restored), by column.
        self._manual: dict[int, int] = {}
        self._after_drag = QTimer(self, singleShot=True, interval=0)
        self._after_drag.timeout.connect(self.fit)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._section_resized)
        view.viewport().installEventFilter(self)
        model = view.model()
        model.modelReset.connect(self._content_changed)
        model.columnsInserted.connect(self.refit)
        model.columnsRemoved.connect(self.refit)
        model.headerDataChanged.connect(self._content_changed)

    # -- public ----------------------------------------------------------------------------
    def specs(self) -> list[ColumnSpec]:
        """Every column's spec (as last measured)."""
        if not self._specs:
            self._specs = self._specs_fn()
        return list(self._specs)

    def minimum(self, column: int) -> int:
        """The least width ``column`` gets (0 for a column the fitter does not know)."""
        if not self._specs:
            self._specs = self._specs_fn()
        return self._specs[column].minimum if 0 <= column < len(self._specs) else 0

    def refit(self, *_args: object) -> None:
        """Measure again and fit, forgetting the widths the person chose."""
        self._manual.clear()
        self._specs = self._specs_fn()
        self.fit()

    def keep_widths(self) -> None:
        """Treat the current widths as the person's (after restoring saved ones), clamped to
        the minimums; the column that takes what is left still follows the table's width."""
        self._view.horizontalHeader().setStretchLastSection(False)
        self._specs = self._specs_fn()
        header = self._view.horizontalHeader()
        shown = [c for c in range(len(self._specs)) if not header.isSectionHidden(c)]
        fitted = visible_specs([self._specs[c] for c in shown])
        stretch = {c for c, s in zip(shown, fitted, strict=True) if s.stretch}
        self._manual = {
            c: header.sectionSize(c) for c in range(len(self._specs)) if c not in stretch
        }
        self.fit()

    def fit(self) -> None:
        specs = self._specs
        header = self._view.horizontalHeader()
        if not specs or len(specs) != header.count():
            return
        shown = [c for c in range(len(specs)) if not header.isSectionHidden(c)]
        if not shown:
            return
        available = self._view.viewport().width()
        widths = fitted_widths(
            visible_specs([specs[c] for c in shown]),
            available,
            {i: self._manual[c] for i, c in enumerate(shown) if c in self._manual},
        )
        self._fitting = True
        try:
            for column, width in zip(shown, widths, strict=True):
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)
        finally:
            self._fitting = False

    def set_hidden(self, column: int, hidden: bool) -> None:
        """Hide or show ``column`` and fit again: a shown column gets its fitted width, not the
        one it had when it was hidden, and the column that takes what is left gives or takes
        the difference even if the person sized it (else a hidden column left a gap)."""
        header = self._view.horizontalHeader()
        self._fitting = True
        try:
            header.setSectionHidden(column, hidden)
        finally:
            self._fitting = False
        self._manual.pop(column, None)
        if not self._specs:
            self._specs = self._specs_fn()
        shown = [c for c in range(len(self._specs)) if not header.isSectionHidden(c)]
        fitted = visible_specs([self._specs[c] for c in shown])
        for c, spec in zip(shown, fitted, strict=True):
            if spec.stretch:
                self._manual.pop(c, None)
        self.fit()

    # -- Qt --------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _content_changed(self, *_args: object) -> None:
        self._specs = self._specs_fn()
        if len(self._specs) != self._view.horizontalHeader().count():
            self._manual.clear()
        self.fit()

    def _section_resized(self, column: int, _old: int, new: int) -> None:
        if self._fitting or not self._specs:
            return
        if self._view.horizontalHeader().isSectionHidden(column):
            return  # hidden (a restored header state): not a width the person chose
        self._manual[column] = new
        if 0 <= column < len(self._specs) and new < self._specs[column].minimum:
            self._manual[column] = self._specs[column].minimum
            self._fitting = True
            try:
                self._view.horizontalHeader().resizeSection(column, self._specs[column].minimum)
            finally:
                self._fitting = False
        self._after_drag.start()  # the column that takes what is left follows at once


def visible_specs(specs: list[ColumnSpec]) -> list[ColumnSpec]:
    """``specs`` of the columns shown, one of them stretching: when the column that takes
    what is left is hidden, the shown column that wants most takes it instead."""
    if not specs or any(s.stretch for s in specs):
        return specs
    text = [c for c, s in enumerate(specs) if s.preferred > s.minimum] or list(range(len(specs)))
    widest = max(text, key=lambda c: (specs[c].preferred, -c))
    spec = specs[widest]
    return [
        ColumnSpec(spec.minimum, spec.preferred, True, spec.priority) if c == widest else s
        for c, s in enumerate(specs)
    ]


def fitted_widths(specs: list[ColumnSpec], available: int, fixed: dict[int, int]) -> list[int]:
    """Widths for ``specs`` in ``available`` pixels; ``fixed`` columns keep their width (not
    below the minimum). Pure, so the rule is tested without a window."""
    widths = [max(s.minimum, fixed.get(c, s.preferred)) for c, s in enumerate(specs)]
    free = [c for c in range(len(specs)) if c not in fixed]
    total = sum(widths)
    if total > available:
        excess = total - available
        for priority in sorted({specs[c].priority for c in free}):
            group = [c for c in free if specs[c].priority == priority]
            slack = {c: widths[c] - specs[c].minimum for c in group}
            room = sum(slack.values())
            if room <= 0:
                continue
            share = min(1.0, excess / room)
            for c in group:
                # Rounded up, but never past the excess: the columns fill the width exactly.
                cut = min(slack[c], int(slack[c] * share + 0.999), max(excess, 0))
                widths[c] -= cut
                excess -= cut
            if excess <= 0:
                break
    else:
        # The stretching column takes what is left even when the person dragged it (issue 19:
        # dragged narrower, then a larger window, it left an empty band at the right).
        stretch = [c for c in free if specs[c].stretch]
        stretch = stretch or [c for c in range(len(specs)) if specs[c].stretch]
        if stretch:
            widths[stretch[0]] += available - total
    return widths


def standard_specs(
    view: QTableView,
    kinds: list[str],
    caps: list[int],
    stars_width: int = 0,
    *,
    least: list[int] | None = None,
    priorities: list[int] | None = None,
    floors: list[int] | None = None,
) -> list[ColumnSpec]:
    """Specs for columns of ``kinds`` (``text``, ``numeric``, ``stars``): numbers and stars get
    exactly what they need; text at least its header, ``least`` characters (8 unless given)
    and ``floors`` pixels, at most ``caps`` characters; the text column that wants most
    stretches."""
    char = max(1, view.fontMetrics().averageCharWidth())
    specs: list[ColumnSpec] = []
    for column, kind in enumerate(kinds):
        head = header_minimum(view, column)
        if kind == "stars":
            width = max(head, stars_width)
            specs.append(ColumnSpec(width, width))
        elif kind == "numeric":
            width = max(head, content_width(view, column), 4 * char)
            specs.append(ColumnSpec(width, width))
        else:
            lowest = max(head, (least[column] if least else 8) * char)
            lowest = max(lowest, floors[column] if floors else 0)
            wanted = min(content_width(view, column), caps[column] * char)
            priority = priorities[column] if priorities else 1
            specs.append(ColumnSpec(lowest, max(lowest, wanted), priority=priority))
    text = [c for c, kind in enumerate(kinds) if kind == "text"]
    if text:
        widest = max(text, key=lambda c: (specs[c].preferred, -c))
        spec = specs[widest]
        specs[widest] = ColumnSpec(spec.minimum, spec.preferred, True, spec.priority)
    return specs
