"""Edit the metadata of several items at once, like calibre's and Picard's bulk editors.

Each field has a "change" box: only ticked fields are written, so a person can set the album
of twenty tracks without touching their artists. A field whose value all selected items share
starts filled in; otherwise it starts blank with "(various)" shown as a hint. For one item the
dialog shows its stored values (all of them, album artist and language too) and offers its
title as well.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_recsys.library.models import Item, ItemRow


class BulkEditDialog(QDialog):
    """Asks which fields to set on ``rows``; read :meth:`changes` after ``accept``."""

    def __init__(
        self, rows: list[ItemRow], parent: QWidget | None = None, *, item: Item | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bulkEditDialog")
        self._rows = rows
        # One item: its full stored record (``item``), so every field shows its value.
        self._item = item if len(rows) == 1 and item is not None else None
        if self._item is not None:
            self.setWindowTitle(self.tr("Edit “{0}”").format(self._item.title))
        else:
            self.setWindowTitle(self.tr("Edit %n item(s)", "", len(rows)))
        labels = {} if self._item is None else {"title": self.tr("&Title:")}
        labels |= {
            "artist": self.tr("&Artist / director:"),
            "album": self.tr("Al&bum:"),
            "album_artist": self.tr("Album a&rtist:"),
            "year": self.tr("&Year:"),
            "language": self.tr("&Language:"),
            "genres": self.tr("&Genres (comma-separated):"),
            "certification": self.tr("&Certification:"),
        }
        self.edits: dict[str, QLineEdit] = {}
        self.checks: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Change</b>"), self), 0, 0)
        for row, (field, text) in enumerate(labels.items(), start=1):
            check = QCheckBox(self)
            check.setAccessibleName(self.tr("Change {0}").format(text.replace("&", "").rstrip(":")))
            edit = QLineEdit(self)
            edit.setObjectName(f"bulk_{field}")
            label = QLabel(text, self)
            label.setBuddy(edit)
            edit.setAccessibleName(text.replace("&", "").rstrip(":"))
            shared = self._shared(field)
            if shared is None:
                edit.setPlaceholderText(self.tr("(various)"))
            else:
                edit.setText(shared)
            edit.textEdited.connect(lambda _t, c=check: c.setChecked(True))
            grid.addWidget(check, row, 0)
            grid.addWidget(label, row, 1)
            grid.addWidget(edit, row, 2)
            self.edits[field] = edit
            self.checks[field] = check
        self.edits["year"].setValidator(QIntValidator(0, 9999, self))
        self.edits["certification"].setToolTip(
            self.tr(
                "As written on the film: G, PG, PG-13, R, NC-17; U, 12A, 15, 18; FSK 0 to "
                "FSK 18; or an age such as 12. Profiles' limits compare it as a minimum age."
            )
        )
        self._add_explicit(grid, len(labels) + 1)
        grid.setColumnStretch(2, 1)
        note = QLabel(
            self.tr(
                "Only ticked fields are changed; typing in a field ticks it. A blank ticked "
                "field clears that field on every item."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Apply"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def _shared(self, field: str) -> str | None:
        if self._item is not None:
            value = getattr(self._item, field)
            if field == "genres":
                return ", ".join(value)
            return "" if value is None else str(value)
        values = set()
        for row in self._rows:
            value = getattr(row, field, None) if field != "genres" else row.genres
            if field in ("album_artist", "language", "certification", "explicit"):
                return None  # not in the table's rows: never guessed
            values.add("" if value is None else str(value))
            if len(values) > 1:
                return None
        return values.pop() if values else ""

    def _add_explicit(self, grid: QGridLayout, row: int) -> None:
        """The explicit flag: a choice rather than text, with its own change box."""
        check = QCheckBox(self)
        check.setAccessibleName(self.tr("Change explicit"))
        self.explicit_box = QComboBox(self)
        self.explicit_box.setObjectName("bulk_explicit")
        self.explicit_box.addItems([self.tr("Not explicit"), self.tr("Explicit")])
        self.explicit_box.setAccessibleName(self.tr("Explicit lyrics"))
        shared = self._shared("explicit")
        if shared is not None:
            self.explicit_box.setCurrentIndex(1 if shared == "True" else 0)
        self.explicit_box.activated.connect(lambda _i: check.setChecked(True))
        label = QLabel(self.tr("E&xplicit lyrics:"), self)
        label.setBuddy(self.explicit_box)
        grid.addWidget(check, row, 0)
        grid.addWidget(label, row, 1)
        grid.addWidget(self.explicit_box, row, 2)
        self.checks["explicit"] = check

    def set_field(self, field: str, text: str) -> None:
        """Type ``text`` into a field and tick it (for tests and scripts)."""
        self.edits[field].setText(text)
        self.checks[field].setChecked(True)

    def changes(self) -> tuple[dict[str, Any], list[str] | None]:
        """``(fields, genres)`` to write: the ticked fields, and the genres if ticked."""
        fields: dict[str, Any] = {}
        genres: list[str] | None = None
        for field, check in self.checks.items():
            if not check.isChecked():
                continue
            if field == "explicit":
                fields[field] = self.explicit_box.currentIndex() == 1
                continue
            text = self.edits[field].text().strip()
            if field == "genres":
                genres = [g.strip() for g in text.split(",") if g.strip()]
            else:
                fields[field] = text or None
        return fields, genres
