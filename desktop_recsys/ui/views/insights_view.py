"""Insights: a profile's ratings histogram, plays per month, top genres and artists or
directors, and how alike its taste is to each friend's. Drawn with pyqtgraph from a
:class:`~desktop_recsys.jobs.definitions.ProfileInsightsJob`'s result."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_recsys.jobs.base import JobRunnerBase
from desktop_recsys.jobs.handle import JobHandle
from desktop_recsys.services.insights_service import ProfileInsights
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.services.profile_service import ProfileService
from desktop_recsys.ui.common import KindPicker, genre_text
from desktop_recsys.ui.deferred import job_definitions
from desktop_recsys.ui.job_slot import JobSlot

_BAR = QColor(61, 133, 198)


class InsightsView(QWidget):
    """Four charts and a line about friends; re-read when shown after a change."""

    status_message = Signal(str)

    def __init__(
        self, reader: LibrarySession, runner: JobRunnerBase, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("insightsView")
        self._reader = reader
        self._runner = runner
        self._profile: int | None = None
        self._summary = JobSlot()
        self._dirty = True
        self._plots: dict[str, Any] = {}
        self.insights: ProfileInsights | None = None

        self.kind_combo = KindPicker(
            self,
            object_name="insightsKind",
            accessible_name=self.tr("Which items to summarise"),
            everything=True,
        )
        kind_label = QLabel(self.tr("&Show:"), self)
        kind_label.setBuddy(self.kind_combo)
        self.headline = QLabel(self)
        self.headline.setObjectName("insightsHeadline")
        self.friends = QLabel(self)
        self.friends.setObjectName("insightsFriends")
        self.friends.setWordWrap(True)
        top = QHBoxLayout()
        top.setContentsMargins(8, 6, 8, 0)
        top.addWidget(kind_label)
        top.addWidget(self.kind_combo)
        top.addSpacing(16)
        top.addWidget(self.headline, 1)
        self.grid = QGridLayout()
        self.grid.setContentsMargins(8, 4, 8, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(self.grid, 1)
        self.friends.setContentsMargins(10, 0, 10, 8)
        layout.addWidget(self.friends)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.refresh())

    # -- public API ------------------------------------------------------------------------
    @property
    def job(self) -> JobHandle | None:
        """The insights job while it runs, else None."""
        return self._summary.handle

    def set_reader(self, reader: LibrarySession) -> None:
        self._reader = reader
        self._profile = None
        self._dirty = True

    def set_profile(self, profile_id: int | None) -> None:
        self._profile = profile_id
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def mark_dirty(self) -> None:
        self._dirty = True

    def refresh(self) -> JobHandle | None:
        self._dirty = False
        self._ensure_plots()
        if self._profile is None:
            self.headline.setText(self.tr("Choose a profile to see its insights."))
            for plot in self._plots.values():
                self._show_empty(plot)
            return None
        self._summary.cancel()
        return self._summary.submit(
            self._runner,
            job_definitions().ProfileInsightsJob(
                self._reader.path,
                self._profile,
                self.kind_combo.currentData(),
                profile_name=getattr(ProfileService(self._reader).get(self._profile), "name", None),
            ),
            on_finished=self._on_finished,
        )

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    # -- charts ----------------------------------------------------------------------------
    def _ensure_plots(self) -> None:
        if self._plots:
            return
        # Deferred: pyqtgraph is only needed once this screen is first shown.
        import pyqtgraph as pg

        # Each chart: one unit on each axis, said in the axis label.
        specs = (
            ("ratings", self.tr("Ratings (stars)"), 0, 0, None),
            ("plays", self.tr("Plays per month"), 0, 1, pg.DateAxisItem(orientation="bottom")),
            ("genres", self.tr("Top genres"), 1, 0, None),
            ("artists", self.tr("Top artists and directors"), 1, 1, None),
        )
        for key, title, row, column, axis in specs:
            widget = pg.PlotWidget(self, axisItems={"bottom": axis} if axis is not None else None)
            widget.setObjectName(f"insights_{key}")
            widget.setAccessibleName(title)
            widget.setProperty("chartTitle", title)
            widget.setMenuEnabled(False)
            widget.setMouseEnabled(x=False, y=False)
            widget.hideButtons()
            widget.setMinimumHeight(120)  # two rows fit above the Jobs panel at 700 px
            self.grid.addWidget(widget, row, column)
            self._plots[key] = widget
        self._follow_palette()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._plots:
            self._follow_palette()

    def _follow_palette(self) -> None:
        """Background, title and axes in the palette's colours (again after a theme switch)."""
        base = self.palette().color(QPalette.ColorRole.Base)
        text = self.palette().color(QPalette.ColorRole.Text)
        for widget in self._plots.values():
            widget.setBackground(base)
            widget.setTitle(str(widget.property("chartTitle")), color=text.name())
            for name in ("left", "bottom"):
                widget.getAxis(name).setTextPen(text)
                widget.getAxis(name).setPen(text)
                widget.getAxis(name).setLabel(widget.getAxis(name).labelText, color=text.name())

    def _label(self, plot: Any, left: str, bottom: str) -> None:
        colour = self.palette().color(QPalette.ColorRole.Text).name()
        plot.setLabel("left", left, color=colour)
        plot.setLabel("bottom", bottom, color=colour)

    def _show_empty(self, plot: Any) -> None:
        """No data: say so, with no axis ticks left over from what was shown before."""
        import pyqtgraph as pg  # deferred, see _ensure_plots

        plot.clear()
        for name in ("left", "bottom"):
            plot.getAxis(name).setTicks([[]])
        plot.setXRange(0, 1, padding=0)
        plot.setYRange(0, 1, padding=0)
        note = pg.TextItem(
            self.tr("Nothing to show yet"),
            color=self.palette().color(QPalette.ColorRole.PlaceholderText),
            anchor=(0.5, 0.5),
        )
        note.setPos(0.5, 0.5)
        plot.addItem(note)
        plot.setProperty("empty", True)

    def _draw(self, insights: ProfileInsights) -> None:
        import pyqtgraph as pg  # deferred, see _ensure_plots

        self._ensure_plots()
        brush = pg.mkBrush(_BAR)
        ratings = self._plots["ratings"]
        self._label(ratings, self.tr("Ratings"), self.tr("Stars"))
        ratings.clear()
        if not any(insights.rating_histogram):
            self._show_empty(ratings)
        else:
            ratings.setProperty("empty", False)
            xs = [0.5 * (i + 1) for i in range(10)]
            ratings.addItem(
                pg.BarGraphItem(x=xs, height=insights.rating_histogram, width=0.4, brush=brush)
            )
            ratings.getAxis("bottom").setTicks([[(x, f"{x:g}") for x in xs]])
            ratings.getAxis("left").setTicks(None)
            ratings.setXRange(0.2, 5.3, padding=0)
            ratings.enableAutoRange(axis="y")

        plays = self._plots["plays"]
        self._label(plays, self.tr("Plays"), self.tr("Month"))
        plays.clear()
        if not insights.plays_by_month:
            self._show_empty(plays)
        else:
            plays.setProperty("empty", False)
            for name in ("left", "bottom"):
                plays.getAxis(name).setTicks(None)
            times = [t for t, _n in insights.plays_by_month]
            counts = [n for _t, n in insights.plays_by_month]
            plays.addItem(pg.BarGraphItem(x=times, height=counts, width=20 * 86400, brush=brush))
            plays.enableAutoRange()

        unit = self.tr("Items liked or played")
        for key, pairs, axis_name in (
            ("genres", insights.top_genres, self.tr("Genre")),
            ("artists", insights.top_artists, self.tr("Artist or director")),
        ):
            plot = self._plots[key]
            self._label(plot, axis_name, unit)
            plot.clear()
            top = list(reversed(pairs[:10]))
            if not top:
                self._show_empty(plot)
                continue
            plot.setProperty("empty", False)
            ys = list(range(len(top)))
            plot.addItem(
                pg.BarGraphItem(x0=0, y=ys, height=0.7, width=[w for _n, w in top], brush=brush)
            )
            axis = plot.getAxis("left")
            width = max(80, min(self.fontMetrics().averageCharWidth() * 22, self.width() // 6))
            axis.setWidth(width)
            metrics = QFontMetrics(axis.style.get("tickFont") or self.font())
            # Long names elide to the axis's width (pyqtgraph leaves out a label that does
            # not fit, which showed as a blank).
            room = width - metrics.height() - 14  # the rotated axis label and the tick
            names = [genre_text(n) if key == "genres" else n for n, _w in top]
            labels = [metrics.elidedText(n, Qt.TextElideMode.ElideRight, room) for n in names]
            axis.setTicks([list(zip(ys, labels, strict=True))])
            plot.getAxis("bottom").setTicks(None)
            plot.setYRange(-0.6, len(top) - 0.4, padding=0)
            plot.setXRange(0, max(w for _n, w in top) * 1.05, padding=0)

        self.headline.setText(
            self.tr("{0:,} ratings and {1:,} plays").format(insights.ratings, insights.plays)
        )
        if insights.friend_similarity:
            parts = [f"{name} {share:.0%}" for name, share in insights.friend_similarity[:8]]
            self.friends.setText(
                self.tr("Taste in common with friends (share of liked items): {0}").format(
                    self.tr(", ", "between list items").join(parts)  # Chinese: "、"
                )
            )
        else:
            self.friends.setText(self.tr("No friends yet: add some under Profiles…"))

    def _on_finished(self, result: object) -> None:
        if isinstance(result, ProfileInsights) and result.profile_id == self._profile:
            self.insights = result
            self._draw(result)
