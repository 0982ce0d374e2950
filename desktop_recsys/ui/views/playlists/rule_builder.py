"""The smart-playlist rule builder: name, kind, nested rules, order, limit and a live count.

Every change restarts a short timer; when it fires, a read job counts what the rules select
(``PreviewRulesJob``), so the count follows the typing without blocking it. Save stores the
rules through a write job and closes the dialog only once they were stored.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from types import ModuleType
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_recsys.jobs.base import JobRunnerBase
from desktop_recsys.services import smart_playlists
from desktop_recsys.ui.i18n import translate_message
from desktop_recsys.ui.job_slot import JobSlot
from desktop_recsys.ui.views.playlists.rule_widgets import GroupBox, field_label

PRESET_KEYS = ("rediscovery", "fresh", "top_rated", "recent")


def playlist_jobs() -> ModuleType:
    """``jobs.definitions.playlists``, imported on first use: the job definitions bring the
    engine, which the window does not load to appear (see ``ui.deferred``)."""
    return importlib.import_module("desktop_recsys.jobs.definitions.playlists")


class RuleBuilderDialog(QDialog):
    """Create a smart playlist, or edit one (``playlist_id`` and its ``rules``)."""

    saved = Signal(object)  # the SmartResult

    def __init__(
        self,
        library_path: Path,
        models_dir: Path | None,
        runner: JobRunnerBase,
        profile_id: int,
        parent: QWidget | None = None,
        *,
        playlist_id: int | None = None,
        name: str = "",
        rules: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ruleBuilder")
        self.setWindowTitle(
            self.tr("Edit smart playlist") if playlist_id else self.tr("New smart playlist")
        )
        self._library = library_path
        self._models = models_dir
        self._runner = runner
        self._profile = profile_id
        self._playlist_id = playlist_id
        self._preview = JobSlot()
        self._save = JobSlot()
        catalogue = smart_playlists.rule_catalogue()

        self.name_edit = QLineEdit(name, self)
        self.name_edit.setObjectName("smartName")
        self.kind = QComboBox(self)
        self.kind.setObjectName("smartKind")
        for label, value in (
            (self.tr("Any kind"), None),
            (self.tr("Tracks"), "track"),
            (self.tr("Artists"), "artist"),
            (self.tr("Films"), "film"),
        ):
            self.kind.addItem(label, value)
        self.preset = QComboBox(self)
        self.preset.setObjectName("smartPreset")
        self.preset.addItem(self.tr("Start from a preset…"), None)
        for key, label in zip(
            PRESET_KEYS,
            (
                self.tr("Rediscovery"),
                self.tr("Fresh for you"),
                self.tr("Top rated by me"),
                self.tr("Recently added"),
            ),
            strict=True,
        ):
            self.preset.addItem(label, key)
        self.preset.activated.connect(self._apply_preset)

        self.root = GroupBox(catalogue, self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.root)
        scroll.setMinimumHeight(220)

        self.order = QComboBox(self)
        self.order.setObjectName("smartOrder")
        for field in smart_playlists.order_fields():
            self.order.addItem(field_label(field), field)
        self.descending = QCheckBox(self.tr("Highest / newest first"), self)
        self.descending.setObjectName("smartDescending")
        self.seed = QSpinBox(self)
        self.seed.setObjectName("smartSeed")
        self.seed.setRange(0, 999_999)
        self.seed.setPrefix(self.tr("seed "))
        order_row = QHBoxLayout()
        order_row.addWidget(self.order, 1)
        order_row.addWidget(self.descending)
        order_row.addWidget(self.seed)
        self.limit_kind = QComboBox(self)
        self.limit_kind.setObjectName("smartLimitKind")
        self.limit_kind.addItem(self.tr("No limit"), None)
        self.limit_kind.addItem(self.tr("Items"), "count")
        self.limit_kind.addItem(self.tr("Minutes"), "minutes")
        self.limit = QSpinBox(self)
        self.limit.setObjectName("smartLimit")
        self.limit.setRange(1, 100_000)
        self.limit.setValue(50)
        limit_row = QHBoxLayout()
        limit_row.addWidget(self.limit_kind, 1)
        limit_row.addWidget(self.limit)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("smartCount")
        self.count_label.setWordWrap(True)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)

        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Items:"), self.kind)
        form.addRow("", self.preset)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        tail = QFormLayout()
        tail.addRow(self.tr("Order by:"), order_row)
        tail.addRow(self.tr("Limit:"), limit_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(scroll, 1)
        layout.addLayout(tail)
        layout.addWidget(self.count_label)
        layout.addWidget(buttons)
        self.resize(720, 560)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.count_now)
        if rules:
            self.load(rules)
        else:
            self.root.add_rule({"field": "rating", "op": ">=", "value": "4"})
            self.order.setCurrentIndex(self.order.findData("rating"))
            self._order_changed()
        for signal in (
            self.root.changed,
            self.kind.currentIndexChanged,
            self.order.currentIndexChanged,
            self.descending.toggled,
            self.seed.valueChanged,
            self.limit_kind.currentIndexChanged,
            self.limit.valueChanged,
        ):
            signal.connect(self._changed)
        self.order.currentIndexChanged.connect(self._order_changed)
        self.limit_kind.currentIndexChanged.connect(
            lambda: self.limit.setEnabled(self.limit_kind.currentData() is not None)
        )
        self.limit.setEnabled(self.limit_kind.currentData() is not None)
        self.count_now()

    # -- the rules as JSON -----------------------------------------------------------------
    def rules(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "version": 1,
            **self.root.to_json(),
            "order": self.order.currentData(),
            "descending": self.descending.isChecked(),
            "seed": self.seed.value(),
        }
        if self.kind.currentData():
            out["kind"] = self.kind.currentData()
        if self.limit_kind.currentData() == "count":
            out["limit"] = self.limit.value()
        elif self.limit_kind.currentData() == "minutes":
            out["limit_seconds"] = self.limit.value() * 60.0
        return out

    def load(self, rules: dict[str, Any]) -> None:
        self.root.load(rules)
        self.kind.setCurrentIndex(max(0, self.kind.findData(rules.get("kind"))))
        self.order.setCurrentIndex(max(0, self.order.findData(rules.get("order", "added"))))
        self.descending.setChecked(bool(rules.get("descending", True)))
        self.seed.setValue(int(rules.get("seed", 0)))
        self.seed.setVisible(self.order.currentData() == "random")
        self.descending.setVisible(self.order.currentData() != "random")
        if rules.get("limit") is not None:
            self.limit_kind.setCurrentIndex(1)
            self.limit.setValue(int(rules["limit"]))
        elif rules.get("limit_seconds") is not None:
            self.limit_kind.setCurrentIndex(2)
            self.limit.setValue(max(1, round(float(rules["limit_seconds"]) / 60)))
        else:
            self.limit_kind.setCurrentIndex(0)

    def _apply_preset(self) -> None:
        key = self.preset.currentData()
        if key is None:
            return
        kind = self.kind.currentData() or "track"
        self.load(smart_playlists.preset_json(str(key), str(kind)))
        if not self.name_edit.text().strip():
            self.name_edit.setText(self.preset.currentText())
        self._changed()

    def _order_changed(self) -> None:
        order = str(self.order.currentData())
        self.descending.setChecked(smart_playlists.default_descending(order))
        self.seed.setVisible(order == "random")
        self.descending.setVisible(order != "random")

    # -- live count ------------------------------------------------------------------------
    def _changed(self, *_args: object) -> None:
        self._timer.start()

    def count_now(self) -> None:
        self._timer.stop()
        self.count_label.setText(self.tr("Counting…"))
        self._preview.submit(
            self._runner,
            playlist_jobs().PreviewRulesJob(
                self._library, self._models, self._profile, json.dumps(self.rules())
            ),
            on_finished=self._counted,
            on_failed=self._count_failed,
        )

    def _counted(self, result: smart_playlists.SmartResult) -> None:
        text = self.tr("{0} items match; the list holds {1}").format(
            result.matched, len(result.item_ids)
        )
        if result.note:
            text += "\n" + translate_message(result.note)
        self.count_label.setStyleSheet("")
        self.count_label.setText(text)
        self.save_button.setEnabled(True)

    def _count_failed(self, message: str, _traceback: str = "") -> None:
        self.count_label.setStyleSheet("color: #c0392b;")
        self.count_label.setText(translate_message(message))
        self.save_button.setEnabled(False)

    # -- save ------------------------------------------------------------------------------
    def save(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            self._count_failed(self.tr("Give the playlist a name"))
            self.save_button.setEnabled(True)
            return
        self.save_button.setEnabled(False)
        self._save.submit(
            self._runner,
            playlist_jobs().SaveSmartPlaylistJob(
                self._library,
                self._models,
                self._profile,
                name,
                json.dumps(self.rules()),
                self._playlist_id,
            ),
            on_finished=self._saved,
            on_failed=self._save_failed,
        )

    def _saved(self, result: smart_playlists.SmartResult) -> None:
        self.saved.emit(result)
        self.accept()

    def _save_failed(self, message: str, _traceback: str = "") -> None:
        self._count_failed(message)
        self.save_button.setEnabled(True)
