"""The Model Lab's "Try two recommenders on me" page: a blind test of two algorithms.

Choose two recommenders that make lists, a profile, the items and how long (days, or a
number of credited interactions); "Start the test" submits a
:class:`~desktop_recsys.jobs.definitions.StartAbTestJob` (it trains a missing model of either
first, with its progress here). While the test runs, For you's automatic list is the two
mixed by team draft, unlabelled (``services/ab_test_service``); this page shows the score:
the win rate with its 95 % interval as a bar, and the verdict in a sentence.

``install_ab_test(window, runner, models_dir)`` puts the page beside the Lab's charts and
wires it to the window (its library, its current profile, For you re-reading its list when a
test starts or stops). Every job is followed through a :class:`~desktop_recsys.ui.job_slot.JobSlot`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_recsys.jobs.base import JobRunnerBase
from desktop_recsys.jobs.handle import JobHandle
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.services.profile_service import ProfileService
from desktop_recsys.ui.charts.palette import colour_for
from desktop_recsys.ui.common import KindPicker
from desktop_recsys.ui.deferred import job_definitions
from desktop_recsys.ui.i18n import interface_locale, translate_message
from desktop_recsys.ui.job_slot import JobSlot

#: The main window (it imports the Lab): typed loosely here.
MainWindow = Any


class WinRateBar(QWidget):
    """A's share of the credits (left, A's colour) against B's (right), a mark at one half
    and A's 95 % interval as a bracket; empty before the first credit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("abTestBar")
        self.setMinimumHeight(26)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.share: float | None = None
        self.interval = (0.0, 1.0)

    def set_score(self, share: float | None, low: float = 0.0, high: float = 1.0) -> None:
        self.share, self.interval = share, (low, high)
        self.update()

    def paintEvent(self, _event: object) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 5, -1, -5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().mid())
        painter.drawRoundedRect(rect, 3, 3)
        if self.share is not None:
            split = rect.left() + rect.width() * self.share
            painter.setBrush(colour_for(0))
            painter.drawRect(QRectF(rect.left(), rect.top(), split - rect.left(), rect.height()))
            painter.setBrush(colour_for(1))
            painter.drawRect(QRectF(split, rect.top(), rect.right() - split, rect.height()))
            pen = QPen(self.palette().windowText().color(), 2)
            painter.setPen(pen)
            low = rect.left() + rect.width() * self.interval[0]
            high = rect.left() + rect.width() * self.interval[1]
            middle = rect.center().y()
            painter.drawLine(int(low), int(middle), int(high), int(middle))
            for x in (low, high):
                painter.drawLine(int(x), int(rect.top() - 3), int(x), int(rect.bottom() + 3))
        half = QPen(QColor(self.palette().windowText().color()), 1, Qt.PenStyle.DashLine)
        painter.setPen(half)
        centre = int(rect.center().x())
        painter.drawLine(centre, 0, centre, self.height())
        painter.end()


class AbTestPanel(QWidget):
    """The blind test's page; see the module docstring."""

    #: A test started or stopped: For you's list changes.
    tests_changed = Signal()
    status_message = Signal(str)

    def __init__(
        self,
        runner: JobRunnerBase,
        reader: Callable[[], LibrarySession],
        models_dir: Callable[[], Path],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("abTestPanel")
        self._runner = runner
        self._reader = reader
        self._models_dir = models_dir
        self._start = JobSlot()
        self._stop = JobSlot()
        self._report = JobSlot()
        self._algorithms = JobSlot()
        self._current_profile: int | None = None
        self.report: Any = None  # the AbReport shown, if any

        intro = QLabel(
            self.tr(
                "For you shows one list mixed from two recommenders, without saying which "
                "placed what. What you play, finish, rate or mark “not interested” counts for "
                "the one that placed it; skips count for neither."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.a_combo = self._combo("abTestA", self.tr("Recommender A"))
        self.b_combo = self._combo("abTestB", self.tr("Recommender B"))
        self.profile_combo = self._combo("abTestProfile", self.tr("Whose test"))
        self.kind_combo = KindPicker(
            self, object_name="abTestKind", accessible_name=self.tr("Which items to test on")
        )
        self.kind_combo.set_kind("track")
        self.length_spin = QSpinBox(self)
        self.length_spin.setObjectName("abTestLength")
        self.length_spin.setRange(1, 365)
        self.length_spin.setValue(7)
        self.length_spin.setAccessibleName(self.tr("How long the test runs"))
        self.unit_combo = self._combo("abTestUnit", self.tr("Unit of the length"))
        self.unit_combo.addItem(self.tr("days"), "days")
        self.unit_combo.addItem(self.tr("interactions"), "interactions")
        self.start_button = QPushButton(self.tr("&Start the test"), self)
        self.start_button.setObjectName("abTestStart")
        self.stop_button = QPushButton(self.tr("Sto&p"), self)
        self.stop_button.setObjectName("abTestStop")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("abTestProgress")
        self.progress.setRange(0, 1000)
        self.progress.hide()
        self.sentence_label = QLabel(self)
        self.sentence_label.setObjectName("abTestSentence")
        self.sentence_label.setWordWrap(True)
        font = self.sentence_label.font()
        font.setBold(True)
        self.sentence_label.setFont(font)
        self.bar = WinRateBar(self)
        self.a_label = QLabel(self)
        self.b_label = QLabel(self)
        self.b_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        for label, colour in ((self.a_label, colour_for(0)), (self.b_label, colour_for(1))):
            label.setStyleSheet(f"color: {colour.darker(130).name()}; font-weight: bold")
        self.details_label = QLabel(self)
        self.details_label.setObjectName("abTestDetails")
        self.details_label.setWordWrap(True)
        self._lay_out(intro)

        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        self.profile_combo.activated.connect(lambda _i: self.refresh())
        self.kind_combo.activated.connect(lambda _i: self.refresh())
        self.unit_combo.currentIndexChanged.connect(self._unit_changed)
        self._show(None)

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        return combo

    def _lay_out(self, intro: QLabel) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        rows = (
            (self.tr("Recommender &A:"), self.a_combo, self.tr("Recommender &B:"), self.b_combo),
            (self.tr("P&rofile:"), self.profile_combo, self.tr("&Items:"), self.kind_combo),
        )
        for r, (left, left_widget, right, right_widget) in enumerate(rows):
            grid.addWidget(self._buddy(left, left_widget), r, 0)
            grid.addWidget(left_widget, r, 1)
            grid.addWidget(self._buddy(right, right_widget), r, 2)
            grid.addWidget(right_widget, r, 3)
        length = QHBoxLayout()
        length.addWidget(self.length_spin)
        length.addWidget(self.unit_combo, 1)
        grid.addWidget(self._buddy(self.tr("Run &for:"), self.length_spin), 2, 0)
        grid.addLayout(length, 2, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.stop_button)
        grid.addLayout(buttons, 2, 2, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        names = QHBoxLayout()
        names.addWidget(self.a_label)
        names.addStretch(1)
        names.addWidget(self.b_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.progress)
        layout.addSpacing(6)
        layout.addWidget(self.sentence_label)
        layout.addLayout(names)
        layout.addWidget(self.bar)
        layout.addWidget(self.details_label)
        layout.addStretch(1)

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    # -- public API ------------------------------------------------------------------------
    @property
    def start_job(self) -> JobHandle | None:
        return self._start.handle

    @property
    def report_job(self) -> JobHandle | None:
        return self._report.handle

    @property
    def busy(self) -> bool:
        return any(s.handle is not None for s in (self._start, self._stop, self._report))

    def set_current_profile(self, profile_id: int | None) -> None:
        """The window's profile: chosen here too (until the person picks another)."""
        self._current_profile = profile_id
        if profile_id is not None and self.profile_combo.count():
            index = self.profile_combo.findData(profile_id)
            if index >= 0:
                self.profile_combo.setCurrentIndex(index)
        if self.isVisible():
            self.refresh()

    def load(self) -> None:
        """Read the profiles and the algorithms (a job, once), then the score."""
        current = self.profile_combo.currentData()
        if current is None:
            current = self._current_profile
        self.profile_combo.clear()
        for profile in ProfileService(self._reader()).profiles(community=False):
            self.profile_combo.addItem(profile.name, profile.id)
        index = self.profile_combo.findData(current)
        self.profile_combo.setCurrentIndex(max(0, index))
        if self.a_combo.count() == 0 and self._algorithms.handle is None:
            self._algorithms.submit(
                self._runner, job_definitions().LabAlgorithmsJob(), on_finished=self._fill
            )
        self.refresh()

    def choose(
        self, a: str, b: str, *, kind: str | None = None, days: int | None = None,
        interactions: int | None = None,
    ) -> None:  # fmt: skip
        """Choose what :meth:`start` starts (as a person would in the boxes)."""
        self.a_combo.setCurrentIndex(self.a_combo.findData(a))
        self.b_combo.setCurrentIndex(self.b_combo.findData(b))
        if kind is not None:
            self.kind_combo.set_kind(kind)
        if interactions is not None:
            self.unit_combo.setCurrentIndex(self.unit_combo.findData("interactions"))
            self.length_spin.setValue(interactions)
        elif days is not None:
            self.unit_combo.setCurrentIndex(self.unit_combo.findData("days"))
            self.length_spin.setValue(days)

    def start(self) -> JobHandle | None:
        """Start the test chosen in the boxes (a job); its handle, None if the choice is
        incomplete (the page says why)."""
        profile, kind = self.profile_combo.currentData(), self.kind_combo.kind()
        a, b = self.a_combo.currentData(), self.b_combo.currentData()
        if profile is None or kind is None or not a or not b:
            self._say(self.tr("Choose two recommenders and a profile first."))
            return None
        if a == b:
            self._say(self.tr("Choose two different recommenders."))
            return None
        unit = self.unit_combo.currentData()
        handle = self._start.submit(
            self._runner,
            job_definitions().StartAbTestJob(
                self._reader().path,
                self._models_dir(),
                int(profile),
                kind,
                str(a),
                str(b),
                days=float(self.length_spin.value()) if unit == "days" else None,
                interactions=self.length_spin.value() if unit == "interactions" else None,
                profile_name=self.profile_combo.currentText(),
            ),
            on_progress=self._progressed,
            on_finished=self._started,
            on_failed=self._failed,
            on_cancelled=self._ended,
        )
        self.progress.setValue(0)
        self.progress.show()
        self._update_enabled()
        return handle

    def stop(self) -> JobHandle | None:
        profile, kind = self.profile_combo.currentData(), self.kind_combo.kind()
        if profile is None or kind is None:
            return None
        handle = self._stop.submit(
            self._runner,
            job_definitions().StopAbTestJob(self._reader().path, int(profile), kind),
            on_finished=self._stopped,
            on_failed=self._failed,
        )
        self._update_enabled()
        return handle

    def refresh(self) -> JobHandle | None:
        """Read the score of the chosen profile's test (a short job)."""
        profile, kind = self.profile_combo.currentData(), self.kind_combo.kind()
        if profile is None or kind is None:
            self._show(None)
            return None
        self._report.cancel()
        return self._report.submit(
            self._runner,
            job_definitions().AbTestReportJob(self._reader().path, int(profile), kind),
            on_finished=self._show,
            on_failed=self._failed,
        )

    # -- Qt overrides ----------------------------------------------------------------------
    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        self.load()

    # -- job callbacks ---------------------------------------------------------------------
    def _fill(self, result: object) -> None:
        lists = (
            [a.name for a in result if a.made_for == "lists"] if isinstance(result, list) else []
        )
        for combo in (self.a_combo, self.b_combo):
            combo.clear()
            for name in lists:
                combo.addItem(name, name)
        for combo, wanted in ((self.a_combo, "ease"), (self.b_combo, "item-knn")):
            combo.setCurrentIndex(max(0, combo.findData(wanted)))
        self._update_enabled()

    def _progressed(self, fraction: float, message: object) -> None:
        self.progress.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
        self.details_label.setText(translate_message(message))

    def _started(self, report: object) -> None:
        self._ended()
        self._show(report)
        self.status_message.emit(self.tr("Blind test started: For you now mixes the two lists"))
        self.tests_changed.emit()

    def _stopped(self, report: object) -> None:
        self._show(report)
        self.status_message.emit(self.tr("Blind test stopped"))
        self.tests_changed.emit()

    def _failed(self, message: object, _trace: str = "") -> None:
        self._ended()
        self._say(translate_message(message))

    def _ended(self) -> None:
        self.progress.hide()
        self._update_enabled()

    # -- showing the score -------------------------------------------------------------------
    def _show(self, report: object) -> None:
        self.report = report
        if report is None:
            self.sentence_label.setText(self.tr("No blind test yet for this profile and items."))
            self.a_label.clear()
            self.b_label.clear()
            self.bar.set_score(None)
            self.details_label.clear()
            self._update_enabled()
            return
        r: Any = report
        self.sentence_label.setText(translate_message(r.sentence()))
        total = r.total
        share = r.wins_a / total if total else None
        self.bar.set_score(share, r.low, r.high)
        self.a_label.setText(self.tr("A: {0} ({1})").format(r.test.algorithm_a, r.wins_a))
        self.b_label.setText(self.tr("B: {0} ({1})").format(r.test.algorithm_b, r.wins_b))
        self.bar.setAccessibleName(
            self.tr("{0} {1} %, {2} {3} %").format(
                r.test.algorithm_a,
                round(100 * share) if share is not None else 0,
                r.test.algorithm_b,
                round(100 * (1 - share)) if share is not None else 0,
            )
        )
        self.details_label.setText(self._details(r))
        self._update_enabled()

    def _details(self, r: Any) -> str:
        started = _when(r.test.started_at)
        if r.running and r.ends_at is not None:
            span = self.tr("Running since {0}; ends {1}").format(started, _when(r.ends_at))
        elif r.running:
            span = self.tr("Running since {0}; ends after {1} credited interactions").format(
                started, r.test.interactions
            )
        else:
            reasons = {
                "stopped": self.tr("stopped"),
                "time": self.tr("its time was up"),
                "interactions": self.tr("it reached its interactions"),
            }
            span = self.tr("Ran from {0} to {1} ({2})").format(
                started, _when(r.test.ended_at), reasons.get(r.test.end_reason, "")
            )
        s = r.signals
        counted = self.tr(
            "Credited: {0} plays, {1} finishes, {2} ratings, {3} “not interested”; lists shown: {4}."
        ).format(
            s.get("play", 0),
            s.get("finish", 0),
            s.get("rating", 0),
            s.get("not_interested", 0),
            r.lists_shown,
        )
        return self.tr("{0}. {1}").format(span, counted)

    def _say(self, text: str) -> None:
        self.details_label.setText(text)
        self.status_message.emit(text)

    def _unit_changed(self, _index: int) -> None:
        if self.unit_combo.currentData() == "days":
            self.length_spin.setRange(1, 365)
        else:
            self.length_spin.setRange(1, 10_000)
            self.length_spin.setValue(max(self.length_spin.value(), 50))

    def _update_enabled(self) -> None:
        running = self.report is not None and bool(getattr(self.report, "running", False))
        starting = self._start.handle is not None
        ready = self.a_combo.count() > 1 and self.profile_combo.count() > 0
        self.start_button.setEnabled(ready and not running and not starting)
        self.stop_button.setEnabled(running and self._stop.handle is None)


def _when(timestamp: float | None) -> str:
    if timestamp is None:
        return ""
    moment = QDateTime.fromSecsSinceEpoch(int(timestamp))
    return interface_locale().toString(moment, QLocale.FormatType.ShortFormat)


def install_ab_test(
    window: MainWindow, runner: JobRunnerBase, models_dir: Callable[[], Path]
) -> AbTestPanel:
    """Put the blind test's page beside the Lab's charts and wire it to ``window``."""
    lab = window.lab_view
    panel = AbTestPanel(runner, lambda: window.reader, models_dir, lab.charts_area)
    lab.charts_area.add_page(
        panel,
        QCoreApplication.translate("AbTestPanel", "On me"),
        QCoreApplication.translate("AbTestPanel", "Try two recommenders on me (a blind test)"),
    )
    panel.set_current_profile(window.current_profile_id())
    window.profile_switcher.profile_changed.connect(panel.set_current_profile)
    panel.status_message.connect(window.show_message)

    def list_changed() -> None:
        # The test's list is For you's automatic one: choose it, and read it again.
        window.for_you_view.set_algorithm(None)
        window.for_you_view.mark_dirty()

    panel.tests_changed.connect(list_changed)
    return panel
