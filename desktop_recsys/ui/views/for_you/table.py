"""The For you table: ranked recommendations, sortable, rated with the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

from desktop_recsys.ui.models.recommendations_table_model import RecommendationsTableModel
from desktop_recsys.ui.widgets.column_fit import ColumnFitter, ColumnSpec, standard_specs
from desktop_recsys.ui.widgets.star_rating import STARS, rating_for_key, star_size

#: The most and the least a text column asks for, in average characters. The reason keeps at
#: least its lead (its short form up to the first title or term it cites, at most as wide as
#: ``_LEAD_SAMPLE``; issue 19: at 1024 px it read "Because…" on every row); when space is short
#: the artist (director) and genres give up their width first, then the title and the reason.
_WIDTH_CHARS = {"title": 36, "artist": 24, "genres": 24, "explanation": 60}
_LEAST_CHARS = {"title": 16, "artist": 9, "genres": 9, "explanation": 12}
_FIRST_TO_GIVE = ("artist", "genres")
#: The widest lead the reason keeps room for, measured in pixels with the table's font: a
#: capitalised film title with its year (a cap of 28 *average* characters cut such a lead by
#: a letter or two at 1024 px: capitals and digits are wider than the average). A wider lead
#: elides ("…"); the tooltip and the "Why this?" pane show the whole sentence.
_LEAD_SAMPLE = "♥ The Nomad Of Winter (1979)"


class RecommendationsTableView(QTableView):
    """The ranked table; 0-5 rate the selected row, Delete marks it "not interested"."""

    rate_requested = Signal(int)
    not_interested_requested = Signal()

    def __init__(self, model: RecommendationsTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forYouTable")
        self.setAccessibleName(self.tr("Recommendations"))
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        #: Fits the columns to the table's width (content-sized, never below a minimum).
        self.columns_fit = ColumnFitter(self, self._column_specs)
        # After the fitter has measured the new rows: the least width may have changed.
        model.modelReset.connect(self.updateGeometry)

    def minimumSizeHint(self) -> QSize:
        """Room for every shown column's minimum (issue 19: reasons citing "The Echo Eclipse
        (2001)" made the columns 16 px wider than the table at 1024 px, so it scrolled
        sideways); the splitter then takes the room from the "Why this?" pane."""
        hint = super().minimumSizeHint()
        header = self.horizontalHeader()
        specs = self.columns_fit.specs()
        if len(specs) != header.count():
            return hint
        columns = sum(s.minimum for c, s in enumerate(specs) if not header.isSectionHidden(c))
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return QSize(max(hint.width(), columns + bar + 2 * self.frameWidth()), hint.height())

    def size_columns(self, model: RecommendationsTableModel) -> None:
        """Columns fitted to the table's width and content, forgetting dragged widths."""
        self.columns_fit.refit()

    def _column_specs(self) -> list[ColumnSpec]:
        model = self.model()
        assert isinstance(model, RecommendationsTableModel)
        kinds = [
            "stars" if c.field == "rating" else "numeric" if c.numeric else "text"
            for c in model.columns()
        ]
        caps = [_WIDTH_CHARS.get(c.field, 20) for c in model.columns()]
        least = [_LEAST_CHARS.get(c.field, 8) for c in model.columns()]
        metrics = self.fontMetrics()
        # The rest of the short form elides after the lead: room for its "…" (and the pixel
        # elidedText wants beyond it), and the margins the style leaves beside a cell's text
        # (its focus frame's and a pixel each side).
        leads = [metrics.horizontalAdvance(f"{text}…") for text in model.reason_leads()]
        lead = min(max(leads, default=0), metrics.horizontalAdvance(f"{_LEAD_SAMPLE}…")) + 1
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self)
        lead += 2 * (margin + 1)
        floors = [lead if c.field == "explanation" else 0 for c in model.columns()]
        priorities = [0 if c.field in _FIRST_TO_GIVE else 1 for c in model.columns()]
        stars = int(star_size(self.verticalHeader().defaultSectionSize()) * STARS + 8)
        return standard_specs(
            self, kinds, caps, stars, least=least, priorities=priorities, floors=floors
        )

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        stars = rating_for_key(event.key(), event.modifiers())
        if stars is not None:
            self.rate_requested.emit(stars)
            event.accept()
            return
        if event.key() == Qt.Key.Key_Delete and not event.modifiers():
            self.not_interested_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
