"""The Model Lab's left-hand panel: what to run, and how far the Lab's job has got.

Algorithms (a checkable list of every registered one), the items, the protocol (random
holdout, the last items by time, or k-fold), whose metrics count (every profile, or one), the
cutoffs K, the "Use tuned settings" box and a tuning budget; the Run, Tune and Cancel buttons;
under them the progress bar and the lines that say what the running job is doing and what the
last tunings found. The panel only holds and checks the choices: the view submits the jobs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_recsys.services.lab_service import LabAlgorithm
from desktop_recsys.ui.common import KindPicker
from desktop_recsys.ui.ui_state import UiState

#: Steps of the progress bar (fractions 0..1 are shown in thousandths).
PROGRESS_STEPS = 1000
#: Cutoffs K accepted in the "Cutoffs" box.
MAX_CUTOFF = 500


def parse_cutoffs(text: str) -> list[int] | None:
    """``"10, 20"`` -> ``[10, 20]`` (sorted, unique); None if anything is not a whole number
    from 1 to 500."""
    parts = [p for p in text.replace(";", ",").replace(" ", ",").split(",") if p]
    if not parts:
        return None
    try:
        values = sorted({int(p) for p in parts})
    except ValueError:
        return None
    if values[0] < 1 or values[-1] > MAX_CUTOFF:
        return None
    return values


class LabSettingsPanel(QWidget):
    """The choices of the next run and the running job's progress, in a column (the view
    shows it in :meth:`scroll_area`)."""

    #: The ticked algorithms, the cutoffs or the profile changed: Run and Tune may change.
    choices_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labSettings")
        # Made in the order of the old single-class view, which is the keyboard's Tab order.
        self._build_choices()
        self._build_protocol()
        self._build_scope()
        self._build_actions()
        self._build_progress()
        self._lay_out()
        self.algorithm_list.itemChanged.connect(lambda _item: self.choices_changed.emit())
        self.cutoffs_edit.textChanged.connect(lambda _t: self.choices_changed.emit())
        self.profile_combo.currentIndexChanged.connect(lambda _i: self.choices_changed.emit())
        self.protocol_combo.currentIndexChanged.connect(lambda _i: self.update_protocol())
        self.update_protocol()

    # -- building --------------------------------------------------------------------------
    def _build_choices(self) -> None:
        self.algorithm_list = QListWidget(self)
        self.algorithm_list.setObjectName("labAlgorithms")
        self.algorithm_list.setAccessibleName(self.tr("Algorithms to compare"))
        self.algorithm_list.setToolTip(self.tr("Tick the algorithms to compare (Space ticks)"))
        self.algorithm_list.addItem(self.tr("Loading…"))
        self.algorithm_list.setEnabled(False)

        self.kind_combo = KindPicker(
            self, object_name="labKind", accessible_name=self.tr("Which items to evaluate on")
        )

    def _build_protocol(self) -> None:
        self.protocol_combo = QComboBox(self)
        self.protocol_combo.setObjectName("labProtocol")
        self.protocol_combo.setAccessibleName(self.tr("Evaluation protocol"))
        self.protocol_combo.addItem(self.tr("Random holdout"), "holdout")
        self.protocol_combo.addItem(self.tr("Last items by time"), "last-n")
        self.protocol_combo.addItem(self.tr("k-fold cross-validation"), "kfold")
        self.protocol_combo.setItemData(
            0,
            self.tr("Hold out 20 % of each profile's items at random"),
            Qt.ItemDataRole.ToolTipRole,
        )
        self.protocol_combo.setItemData(
            1,
            self.tr("Hold out each profile's most recent items: would it have predicted them?"),
            Qt.ItemDataRole.ToolTipRole,
        )
        self.protocol_combo.setItemData(
            2, self.tr("Every item is held out once, in k rounds"), Qt.ItemDataRole.ToolTipRole
        )
        self.folds_spin = QSpinBox(self)
        self.folds_spin.setObjectName("labFolds")
        self.folds_spin.setRange(2, 10)
        self.folds_spin.setValue(5)
        self.folds_spin.setAccessibleName(self.tr("Number of folds k"))
        self.last_n_spin = QSpinBox(self)
        self.last_n_spin.setObjectName("labLastN")
        self.last_n_spin.setRange(0, 100)
        self.last_n_spin.setSpecialValueText(self.tr("20 %"))
        self.last_n_spin.setAccessibleName(self.tr("How many recent items to hold out"))
        self.last_n_spin.setToolTip(self.tr("How many of the latest items to hold out per profile"))

    def _build_scope(self) -> None:
        self.profile_combo = QComboBox(self)
        self.profile_combo.setObjectName("labProfiles")
        self.profile_combo.setAccessibleName(self.tr("Whose results count"))
        self.profile_combo.addItem(self.tr("All profiles"), None)

        self.cutoffs_edit = QLineEdit("10", self)
        self.cutoffs_edit.setObjectName("labCutoffs")
        self.cutoffs_edit.setAccessibleName(self.tr("Cutoffs K"))
        self.cutoffs_edit.setToolTip(
            self.tr("List lengths to measure, such as 10 or 10, 20 (NDCG@10, Recall@20…)")
        )

        self.use_tuned = QCheckBox(self.tr("Use &tuned settings"), self)
        self.use_tuned.setObjectName("labUseTuned")
        self.use_tuned.setToolTip(
            self.tr("Evaluate each algorithm with the settings its last tuning chose")
        )
        self.budget_spin = QSpinBox(self)
        self.budget_spin.setObjectName("labBudget")
        self.budget_spin.setRange(5, 3600)
        self.budget_spin.setValue(60)
        self.budget_spin.setSuffix(self.tr(" s"))
        self.budget_spin.setAccessibleName(self.tr("Tuning time per algorithm"))

    def _build_actions(self) -> None:
        self.run_button = QPushButton(self.tr("&Run evaluation"), self)
        self.run_button.setObjectName("labRun")
        self.run_button.setDefault(True)
        self.run_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.run_button.setToolTip(self.tr("Measure the ticked algorithms (Ctrl+Enter)"))
        self.tune_button = QPushButton(self.tr("T&une"), self)
        self.tune_button.setObjectName("labTune")
        self.tune_button.setToolTip(
            self.tr("Search better settings for each ticked algorithm within the time budget")
        )
        self.cancel_button = QPushButton(self.tr("&Cancel"), self)
        self.cancel_button.setObjectName("labCancel")
        self.cancel_button.setEnabled(False)

    def _build_progress(self) -> None:
        self.progress = QProgressBar(self)
        self.progress.setObjectName("labProgress")
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setAccessibleName(self.tr("Progress of the Lab's job"))
        self.progress.setTextVisible(False)
        self.progress.hide()  # shown while a Lab job runs
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("labProgressLabel")
        self.progress_label.setWordWrap(True)
        self.progress_label.setTextFormat(Qt.TextFormat.PlainText)
        self.tuning_label = QLabel(self)
        self.tuning_label.setObjectName("labTuning")
        self.tuning_label.setWordWrap(True)
        self.tuning_label.setTextFormat(Qt.TextFormat.PlainText)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._buddy(self.tr("&Items:"), self.kind_combo), self.kind_combo)
        form.addRow(self._buddy(self.tr("&Protocol:"), self.protocol_combo), self.protocol_combo)
        self.folds_label = self._buddy(self.tr("&Folds k:"), self.folds_spin)
        form.addRow(self.folds_label, self.folds_spin)
        self.last_n_label = self._buddy(self.tr("&Hold out:"), self.last_n_spin)
        form.addRow(self.last_n_label, self.last_n_spin)
        form.addRow(self._buddy(self.tr("P&rofiles:"), self.profile_combo), self.profile_combo)
        form.addRow(self._buddy(self.tr("Cutoffs &K:"), self.cutoffs_edit), self.cutoffs_edit)
        form.addRow(self.use_tuned)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button, 1)
        buttons.addWidget(self.cancel_button)
        tune_row = QHBoxLayout()
        tune_row.addWidget(self.tune_button, 1)
        tune_row.addWidget(self.budget_spin)

        side_layout = QVBoxLayout(self)
        side_layout.setContentsMargins(8, 6, 8, 6)
        algorithms_label = self._buddy(self.tr("&Algorithms:"), self.algorithm_list)
        side_layout.addWidget(algorithms_label)
        side_layout.addWidget(self.algorithm_list, 1)
        side_layout.addLayout(form)
        side_layout.addLayout(buttons)
        side_layout.addLayout(tune_row)
        side_layout.addWidget(self.progress)
        side_layout.addWidget(self.progress_label)
        side_layout.addWidget(self.tuning_label)
        side_layout.addStretch(0)

    def scroll_area(self, parent: QWidget) -> QScrollArea:
        """A scroll area in ``parent`` showing this panel, as narrow as the choices allow."""
        scroll = QScrollArea(parent)
        scroll.setObjectName("labSettingsScroll")
        scroll.setWidget(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(parent.fontMetrics().averageCharWidth() * 34)
        scroll.setMaximumWidth(parent.fontMetrics().averageCharWidth() * 46)
        return scroll

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    # -- the algorithms ----------------------------------------------------------------------
    def checked_algorithms(self) -> list[str]:
        """The names of the ticked algorithms, in the list's order."""
        names = []
        for row in range(self.algorithm_list.count()):
            item = self.algorithm_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) and item.checkState() == Qt.CheckState.Checked:
                names.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return names

    def set_checked_algorithms(self, names: list[str]) -> None:
        """Tick exactly ``names`` (others unticked)."""
        wanted = set(names)
        for row in range(self.algorithm_list.count()):
            item = self.algorithm_list.item(row)
            name = item.data(Qt.ItemDataRole.UserRole)
            if name:
                checked = name in wanted
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def algorithm_item(self, name: str) -> QListWidgetItem | None:
        """The list's row of algorithm ``name``, if listed."""
        for row in range(self.algorithm_list.count()):
            item = self.algorithm_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                return item
        return None

    def fill_algorithms(self, algorithms: list[LabAlgorithm], remembered: Any) -> None:
        """List ``algorithms``, ticking the ``remembered`` names (else each one's default)."""
        chosen = (
            set(remembered)
            if isinstance(remembered, list) and remembered
            else {a.name for a in algorithms if a.checked}
        )
        self.algorithm_list.blockSignals(True)
        self.algorithm_list.clear()
        for algorithm in algorithms:
            item = QListWidgetItem(algorithm.name)
            item.setData(Qt.ItemDataRole.UserRole, algorithm.name)
            item.setToolTip(self._made_for(algorithm))
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(
                Qt.CheckState.Checked if algorithm.name in chosen else Qt.CheckState.Unchecked
            )
            self.algorithm_list.addItem(item)
        self.algorithm_list.blockSignals(False)
        self.algorithm_list.setEnabled(True)
        self.choices_changed.emit()

    def _made_for(self, algorithm: LabAlgorithm) -> str:
        """Which figures an algorithm is made for, for its tooltip."""
        if algorithm.made_for == "ratings":
            return self.tr(
                "{0} is made for predicting star ratings: judge it by RMSE and MAE (the "
                "command line's evaluate --signal ratings). In lists it re-orders the "
                "candidates of a top-N model by predicted rating."
            ).format(algorithm.name)
        return self.tr("{0} is made for ranked lists: judge it by NDCG and recall.").format(
            algorithm.name
        )

    def show_algorithms_error(self, message: str) -> None:
        """The algorithm list could not be read: say so in its place."""
        self.algorithm_list.clear()
        self.algorithm_list.addItem(self.tr("Could not list the algorithms: {0}").format(message))

    # -- the other choices -------------------------------------------------------------------
    def current_kind(self) -> str:
        return str(self.kind_combo.currentData())

    def set_kind(self, kind: str) -> None:
        self.kind_combo.set_kind(kind)

    def protocol(self) -> str:
        return str(self.protocol_combo.currentData())

    def set_protocol(self, protocol: str, folds: int | None = None) -> None:
        index = self.protocol_combo.findData(protocol)
        if index >= 0:
            self.protocol_combo.setCurrentIndex(index)
        if folds is not None:
            self.folds_spin.setValue(folds)

    def cutoffs(self) -> list[int] | None:
        """The cutoffs K typed in, or None if the box does not hold valid ones."""
        return parse_cutoffs(self.cutoffs_edit.text())

    def profile(self) -> int | None:
        """The profile whose results count (None: every profile)."""
        return self.profile_combo.currentData()

    def profile_name(self) -> str | None:
        """The chosen profile's name, None for "All profiles"."""
        return self.profile_combo.currentText() if self.profile() is not None else None

    def set_profiles(self, profiles: list[Any]) -> None:
        """List ``profiles`` (each with ``id`` and ``name``) after "All profiles", keeping the
        chosen one where it is still there."""
        current = self.profile_combo.currentData()
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        self.profile_combo.addItem(self.tr("All profiles"), None)
        for profile in profiles:
            self.profile_combo.addItem(profile.name, profile.id)
        index = self.profile_combo.findData(current) if current is not None else 0
        self.profile_combo.setCurrentIndex(max(0, index))
        self.profile_combo.blockSignals(False)

    def restore(self, state: UiState) -> None:
        """The choices of the last session."""
        kind = state.value("lab/kind")
        if kind:
            self.set_kind(str(kind))
        protocol = state.value("lab/protocol")
        if protocol:
            self.set_protocol(str(protocol))
        folds = state.value("lab/folds")
        if isinstance(folds, int):
            self.folds_spin.setValue(folds)
        cutoffs = state.value("lab/cutoffs")
        if isinstance(cutoffs, str) and parse_cutoffs(cutoffs):
            self.cutoffs_edit.setText(cutoffs)
        budget = state.value("lab/budget")
        if isinstance(budget, int):
            self.budget_spin.setValue(budget)

    def save(self, state: UiState) -> None:
        """Remember the choices for the next session."""
        state.set_value("lab/kind", self.current_kind())
        state.set_value("lab/protocol", self.protocol_combo.currentData())
        state.set_value("lab/folds", self.folds_spin.value())
        state.set_value("lab/cutoffs", self.cutoffs_edit.text())
        state.set_value("lab/budget", self.budget_spin.value())
        if self.algorithm_list.isEnabled():
            state.set_value("lab/algorithms", self.checked_algorithms())

    def update_protocol(self) -> None:
        """Show the folds box for k-fold and the "Hold out" box for the last items only."""
        protocol = self.protocol_combo.currentData()
        for widget in (self.folds_label, self.folds_spin):
            widget.setVisible(protocol == "kfold")
        for widget in (self.last_n_label, self.last_n_spin):
            widget.setVisible(protocol == "last-n")

    def update_enabled(self, *, evaluating: bool, tuning: bool) -> None:
        """Run needs ticked algorithms and valid cutoffs, Tune ticked algorithms; neither while
        its own job runs. Invalid cutoffs turn red."""
        cutoffs = self.cutoffs()
        self.run_button.setEnabled(
            bool(self.checked_algorithms()) and cutoffs is not None and not evaluating
        )
        self.tune_button.setEnabled(bool(self.checked_algorithms()) and not tuning)
        self.cutoffs_edit.setStyleSheet("" if cutoffs else "QLineEdit { color: #b3261e; }")

    # -- progress ------------------------------------------------------------------------------
    def begin_progress(self, text: str) -> None:
        """A job starts: a busy bar until its first report, ``text`` under it, Cancel on."""
        self.progress.setRange(0, 0)
        self.progress.show()
        self.progress_label.setText(text)
        self.cancel_button.setEnabled(True)

    def show_progress(self, fraction: float, text: str) -> None:
        """A job's report: the bar at ``fraction``, ``text`` under it (kept if empty)."""
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setValue(round(fraction * PROGRESS_STEPS))
        if text:
            self.progress_label.setText(text)

    def end_progress(self) -> None:
        """No Lab job runs any more: the bar goes, Cancel off."""
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setValue(0)
        self.progress.hide()
        self.cancel_button.setEnabled(False)
