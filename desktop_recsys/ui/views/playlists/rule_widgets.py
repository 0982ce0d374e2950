"""The rule builder's parts: one rule (field, operator, value) and a group of rules (match all
or any, nested groups). They edit the JSON form of ``services.smart_playlists`` and check
nothing themselves: the live count's job reports a bad value in one line."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_recsys.services.smart_playlists import FieldInfo


def field_label(name: str) -> str:
    labels = {
        "kind": QCoreApplication.translate("RuleBuilder", "Kind"),
        "genre": QCoreApplication.translate("RuleBuilder", "Genre"),
        "tag": QCoreApplication.translate("RuleBuilder", "Tag"),
        "artist": QCoreApplication.translate("RuleBuilder", "Artist / director"),
        "album": QCoreApplication.translate("RuleBuilder", "Album"),
        "title": QCoreApplication.translate("RuleBuilder", "Title"),
        "language": QCoreApplication.translate("RuleBuilder", "Language"),
        "year": QCoreApplication.translate("RuleBuilder", "Year"),
        "duration": QCoreApplication.translate("RuleBuilder", "Length"),
        "rating": QCoreApplication.translate("RuleBuilder", "My rating"),
        "plays": QCoreApplication.translate("RuleBuilder", "Plays (films: times watched)"),
        "skips": QCoreApplication.translate("RuleBuilder", "Skips"),
        "watched": QCoreApplication.translate("RuleBuilder", "Played or watched"),
        "last_played": QCoreApplication.translate("RuleBuilder", "Last played"),
        "unplayed_days": QCoreApplication.translate("RuleBuilder", "Days not played"),
        "added": QCoreApplication.translate("RuleBuilder", "Added"),
        "score": QCoreApplication.translate("RuleBuilder", "Recommended score"),
        "tempo": QCoreApplication.translate("RuleBuilder", "Tempo (BPM)"),
        "energy": QCoreApplication.translate("RuleBuilder", "Energy (0–1)"),
        "certification": QCoreApplication.translate("RuleBuilder", "Certification"),
        "explicit": QCoreApplication.translate("RuleBuilder", "Explicit"),
        "random": QCoreApplication.translate("RuleBuilder", "Random"),
    }
    return labels.get(name, name)


def op_label(op: str, field_type: str = "") -> str:
    if field_type == "age":  # a certification on the one scale of minimum ages
        ages = {
            "<=": QCoreApplication.translate("RuleBuilder", "at most"),
            ">=": QCoreApplication.translate("RuleBuilder", "at least"),
            "none": QCoreApplication.translate("RuleBuilder", "is unrated"),
            "any": QCoreApplication.translate("RuleBuilder", "is rated"),
        }
        if op in ages:
            return ages[op]
    labels = {
        "=": QCoreApplication.translate("RuleBuilder", "is"),
        "!=": QCoreApplication.translate("RuleBuilder", "is not"),
        "<": "<",
        "<=": "≤",
        ">": ">",
        ">=": "≥",
        "contains": QCoreApplication.translate("RuleBuilder", "contains"),
        "!contains": QCoreApplication.translate("RuleBuilder", "does not contain"),
        "starts": QCoreApplication.translate("RuleBuilder", "starts with"),
        "none": QCoreApplication.translate("RuleBuilder", "is empty"),
        "any": QCoreApplication.translate("RuleBuilder", "is set"),
        "older": QCoreApplication.translate("RuleBuilder", "more than … ago"),
        "newer": QCoreApplication.translate("RuleBuilder", "within the last"),
        "before": QCoreApplication.translate("RuleBuilder", "before"),
        "after": QCoreApplication.translate("RuleBuilder", "on or after"),
        "never": QCoreApplication.translate("RuleBuilder", "never"),
    }
    return labels.get(op, op)


def _hint(info: FieldInfo, op: str) -> str:
    if info.type == "date" and op in ("older", "newer"):
        return QCoreApplication.translate("RuleBuilder", "e.g. 180d, 2w, 6m, 1y")
    if info.type == "date":
        return QCoreApplication.translate("RuleBuilder", "YYYY-MM-DD")
    if info.name == "duration":
        return QCoreApplication.translate("RuleBuilder", "e.g. 4m, 90s, 1h")
    if info.name == "tempo":
        return QCoreApplication.translate("RuleBuilder", "beats per minute, e.g. 120")
    if info.name == "energy":
        return QCoreApplication.translate("RuleBuilder", "0 calm … 1 intense, e.g. 0.7")
    if info.type == "age":
        return QCoreApplication.translate("RuleBuilder", "e.g. PG-13, 12A, FSK 12 or an age: 12")
    if info.type == "number":
        return QCoreApplication.translate("RuleBuilder", "a number")
    return QCoreApplication.translate("RuleBuilder", "text")


class RuleRow(QWidget):
    """One rule: field, operator, value, and a button that removes it."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, catalogue: list[FieldInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ruleRow")
        self._fields = {f.name: f for f in catalogue}
        self.field = QComboBox(self)
        self.field.setObjectName("ruleField")
        for info in catalogue:
            self.field.addItem(field_label(info.name), info.name)
        self.op = QComboBox(self)
        self.op.setObjectName("ruleOp")
        self.value = QLineEdit(self)
        self.value.setObjectName("ruleValue")
        self.choice = QComboBox(self)
        self.choice.setObjectName("ruleChoice")
        remove = QToolButton(self)
        remove.setText("✕")
        remove.setToolTip(QCoreApplication.translate("RuleBuilder", "Remove this rule"))
        remove.setAccessibleName(QCoreApplication.translate("RuleBuilder", "Remove this rule"))
        remove.clicked.connect(lambda: self.remove_requested.emit(self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field, 2)
        layout.addWidget(self.op, 1)
        layout.addWidget(self.value, 2)
        layout.addWidget(self.choice, 2)
        layout.addWidget(remove)
        self.field.currentIndexChanged.connect(self._field_changed)
        self.op.currentIndexChanged.connect(self._op_changed)
        self.value.textChanged.connect(self.changed)
        self.choice.currentIndexChanged.connect(self.changed)
        self._field_changed()

    def _info(self) -> FieldInfo:
        return self._fields[str(self.field.currentData())]

    def _field_changed(self) -> None:
        info = self._info()
        self.op.blockSignals(True)
        self.op.clear()
        for op in info.ops:
            self.op.addItem(op_label(op, info.type), op)
        self.op.blockSignals(False)
        self.choice.blockSignals(True)
        self.choice.clear()
        if info.type == "bool":
            self.choice.addItem(QCoreApplication.translate("RuleBuilder", "yes"), "yes")
            self.choice.addItem(QCoreApplication.translate("RuleBuilder", "no"), "no")
        for choice in info.choices:
            self.choice.addItem(
                {
                    "track": QCoreApplication.translate("RuleBuilder", "track"),
                    "artist": QCoreApplication.translate("RuleBuilder", "artist"),
                    "film": QCoreApplication.translate("RuleBuilder", "film"),
                }.get(choice, choice),
                choice,
            )
        self.choice.blockSignals(False)
        self._op_changed()

    def _op_changed(self) -> None:
        info = self._info()
        op = str(self.op.currentData())
        no_value = op in ("none", "any", "never")
        listed = info.type in ("bool", "choice")
        self.value.setVisible(not no_value and not listed)
        self.choice.setVisible(not no_value and listed)
        self.value.setPlaceholderText(_hint(info, op))
        self.changed.emit()

    def to_json(self) -> dict[str, Any]:
        info = self._info()
        value = self.choice.currentData() if info.type in ("bool", "choice") else self.value.text()
        return {"field": info.name, "op": self.op.currentData(), "value": value or ""}

    def load(self, rule: dict[str, Any]) -> None:
        self.field.setCurrentIndex(max(0, self.field.findData(rule.get("field"))))
        self.op.setCurrentIndex(max(0, self.op.findData(rule.get("op"))))
        value = str(rule.get("value") or "")
        if self._info().type in ("bool", "choice"):
            self.choice.setCurrentIndex(max(0, self.choice.findData(value.lower())))
        else:
            self.value.setText(value)


class GroupBox(QFrame):
    """Rules and nested groups, joined by "all" or "any"."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(
        self, catalogue: list[FieldInfo], parent: QWidget | None = None, *, nested: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ruleGroup")
        self._catalogue = catalogue
        if nested:
            self.setFrameShape(QFrame.Shape.StyledPanel)
        self.match = QComboBox(self)
        self.match.setObjectName("ruleMatch")
        self.match.addItem(QCoreApplication.translate("RuleBuilder", "Match all of these"), "all")
        self.match.addItem(QCoreApplication.translate("RuleBuilder", "Match any of these"), "any")
        self.match.currentIndexChanged.connect(self.changed)
        top = QHBoxLayout()
        top.addWidget(self.match)
        top.addStretch(1)
        if nested:
            remove = QToolButton(self)
            remove.setText("✕")
            remove.setToolTip(QCoreApplication.translate("RuleBuilder", "Remove this group"))
            remove.setAccessibleName(QCoreApplication.translate("RuleBuilder", "Remove this group"))
            remove.clicked.connect(lambda: self.remove_requested.emit(self))
            top.addWidget(remove)
        self._body = QVBoxLayout()
        self._body.setContentsMargins(16 if nested else 0, 0, 0, 0)
        add_rule = QPushButton(QCoreApplication.translate("RuleBuilder", "Add rule"), self)
        add_rule.setObjectName("addRule")
        add_rule.clicked.connect(lambda: self.add_rule())
        add_group = QPushButton(QCoreApplication.translate("RuleBuilder", "Add group"), self)
        add_group.setObjectName("addGroup")
        add_group.clicked.connect(lambda: self.add_group())
        buttons = QHBoxLayout()
        buttons.setContentsMargins(16 if nested else 0, 0, 0, 0)
        buttons.addWidget(add_rule)
        buttons.addWidget(add_group)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self._body)
        layout.addLayout(buttons)
        if not nested:
            layout.addStretch(1)  # rules packed at the top, however tall the dialog
        self.children_widgets: list[RuleRow | GroupBox] = []

    def add_rule(self, rule: dict[str, Any] | None = None) -> RuleRow:
        row = RuleRow(self._catalogue, self)
        if rule:
            row.load(rule)
        self._add(row)
        return row

    def add_group(self, group: dict[str, Any] | None = None) -> GroupBox:
        box = GroupBox(self._catalogue, self, nested=True)
        if group:
            box.load(group)
        else:
            box.add_rule()
        self._add(box)
        return box

    def _add(self, child: RuleRow | GroupBox) -> None:
        self.children_widgets.append(child)
        self._body.addWidget(child)
        child.changed.connect(self.changed)
        child.remove_requested.connect(self._remove)
        self.changed.emit()

    def _remove(self, child: RuleRow | GroupBox) -> None:
        if child in self.children_widgets:
            self.children_widgets.remove(child)
            child.setParent(None)
            child.deleteLater()
            self.changed.emit()

    def clear(self) -> None:
        for child in list(self.children_widgets):
            self._remove(child)

    def to_json(self) -> dict[str, Any]:
        return {
            "match": self.match.currentData(),
            "rules": [c.to_json() for c in self.children_widgets],
        }

    def load(self, group: dict[str, Any]) -> None:
        self.clear()
        self.match.setCurrentIndex(max(0, self.match.findData(group.get("match", "all"))))
        for entry in group.get("rules", []):
            if isinstance(entry, dict) and "rules" in entry:
                self.add_group(entry)
            elif isinstance(entry, dict):
                self.add_rule(entry)
