"""The Library screen's filter bar: genre, years, certification (films) or explicit (tracks),
the profile's ratings and plays, files."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop_recsys.library.certifications import COMMON_LIMITS
from desktop_recsys.services.library_service import ItemFilter
from desktop_recsys.ui.common import genre_text
from desktop_recsys.ui.widgets.flow_layout import FlowLayout, group, wraps

#: The year boxes show this as "any" (their minimum), so no filter is set by default.
NO_YEAR = 1800
LAST_YEAR = 2100


def for_kind(item_filter: ItemFilter, kind: str) -> ItemFilter:
    """``item_filter`` as the bar keeps it on ``kind``'s tab: a certification only for films,
    the explicit flag only for tracks (another tab's count must say what that tab shows)."""
    if kind != "film":
        item_filter = dataclasses.replace(item_filter, max_age=None, unrated=None)
    if kind != "track":
        item_filter = dataclasses.replace(item_filter, explicit=None)
    return item_filter


class LibraryFilterBar(QWidget):
    """Combo boxes and year boxes that together make an :class:`ItemFilter`.

    ``filter_changed`` carries the new filter whenever a control changes. Profile filters
    (rating, played) are disabled while no profile is chosen.
    """

    filter_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryFilters")
        self.genre = QComboBox(self)
        self.genre.setObjectName("filterGenre")
        self.genre.setAccessibleName(self.tr("Filter by genre"))
        self.genre.setMinimumContentsLength(14)
        self.genre.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.genre.addItem(self.tr("Any genre"), None)

        self.year_min = QSpinBox(self)
        self.year_min.setObjectName("filterYearFrom")
        self.year_max = QSpinBox(self)
        self.year_max.setObjectName("filterYearTo")
        for box, name in (
            (self.year_min, self.tr("Earliest year")),
            (self.year_max, self.tr("Latest year")),
        ):
            box.setRange(NO_YEAR, LAST_YEAR)
            box.setSpecialValueText(self.tr("any"))
            box.setValue(NO_YEAR)
            box.setAccessibleName(name)
            box.setKeyboardTracking(False)

        self.advisory = QComboBox(self)
        self.advisory.setObjectName("filterCertification")
        # As wide as its longest entry, short ones: the bar must fit a 1024-pixel window.
        self.advisory.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._kind = ""
        self.set_kind("film")

        self.rating = QComboBox(self)
        self.rating.setObjectName("filterRating")
        self.rating.setAccessibleName(self.tr("Filter by your rating"))
        self.rating.addItem(self.tr("Any rating"), None)
        self.rating.addItem(self.tr("Not rated"), "unrated")
        self.rating.addItem(self.tr("Rated"), "rated")
        for stars in range(5, 0, -1):
            self.rating.addItem(self.tr("{0}★ or more").format(stars), float(stars))

        self.played = QComboBox(self)
        self.played.setObjectName("filterPlayed")
        self.played.setAccessibleName(self.tr("Filter by plays"))
        self.played.addItem(self.tr("Played or not"), None)
        self.played.addItem(self.tr("Played"), True)
        self.played.addItem(self.tr("Never played"), False)

        self.missing = QComboBox(self)
        self.missing.setObjectName("filterMissing")
        self.missing.setAccessibleName(self.tr("Filter by file"))
        self.missing.addItem(self.tr("Any file"), None)
        self.missing.addItem(self.tr("File missing"), True)
        self.missing.addItem(self.tr("File present"), False)

        self.clear_button = QPushButton(self.tr("C&lear filters"), self)
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.clicked.connect(self.clear)

        label = QLabel(self.tr("Fi&lter:"), self)
        label.setBuddy(self.genre)
        years = QLabel(self.tr("Years"), self)
        to = QLabel("–", self)
        # Wraps onto a second row where the window is narrow (1024 px, a larger font, a longer
        # translation) instead of making the window wider than the screen.
        layout = FlowLayout(self, spacing=6)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(group(self, label, self.genre))
        layout.add_gap(8)
        layout.addWidget(group(self, years, self.year_min, to, self.year_max))
        layout.add_gap(8)
        for widget in (self.advisory, self.rating, self.played, self.missing, self.clear_button):
            layout.addWidget(widget)
        wraps(self)

        for combo in (self.genre, self.advisory, self.rating, self.played, self.missing):
            combo.currentIndexChanged.connect(self._changed)
        for box in (self.year_min, self.year_max):
            box.valueChanged.connect(self._changed)
        self._update_clear()

    def set_genres(self, genres: list[tuple[str, int]]) -> None:
        """Offer these genres, each with its number of items, in the order given (the
        current choice is kept if still offered)."""
        current = self.genre.currentData()
        self.genre.blockSignals(True)
        self.genre.clear()
        self.genre.addItem(self.tr("Any genre"), None)
        for name, count in genres:
            # Standard genre names in the interface's language; a library's own as they are
            # (and a standard name as the library writes it, where no translation changes it).
            shown = genre_text(name)
            if shown.casefold() == name.casefold():
                shown = name
            self.genre.addItem(self.tr("{0} ({1:,})").format(shown, count), name)
        index = self.genre.findData(current) if current else 0
        self.genre.setCurrentIndex(max(0, index))
        self.genre.blockSignals(False)
        if current and index < 0:
            self._changed()

    def set_kind(self, kind: str) -> None:
        """Offer what the kind carries: films a certification (at most an age on the one
        scale, or unrated), tracks the explicit flag; artists neither. The current choice is
        kept if the new kind offers it."""
        if kind == self._kind:
            return
        self._kind = kind
        current = self.advisory.currentData()
        self.advisory.blockSignals(True)
        self.advisory.clear()
        if kind == "track":
            self.advisory.setAccessibleName(self.tr("Filter by explicit lyrics"))
            self.advisory.addItem(self.tr("Any lyrics"), None)
            self.advisory.addItem(self.tr("Clean"), "clean")
            self.advisory.setItemData(
                1, self.tr("Not marked explicit"), Qt.ItemDataRole.ToolTipRole
            )
            self.advisory.addItem(self.tr("Explicit"), "explicit")
        else:
            self.advisory.setAccessibleName(self.tr("Filter by certification"))
            self.advisory.addItem(self.tr("Any age"), None)
            # Ages on the one scale; each names the certifications it admits at most.
            for text, age in COMMON_LIMITS:
                label = self.tr("All ages") if age == 0 else self.tr("Up to {0}").format(age)
                self.advisory.addItem(label, f"age:{age}")
                self.advisory.setItemData(
                    self.advisory.count() - 1,
                    self.tr("Certified {0} or younger").format(text),
                    Qt.ItemDataRole.ToolTipRole,
                )
            self.advisory.addItem(self.tr("Unrated"), "unrated")
        self.advisory.setEnabled(kind != "artist")
        index = self.advisory.findData(current) if current else 0
        self.advisory.setCurrentIndex(max(0, index))
        self.advisory.blockSignals(False)
        if current and index < 0:
            self._changed()

    def set_profile_filters_enabled(self, enabled: bool) -> None:
        self.rating.setEnabled(enabled)
        self.played.setEnabled(enabled)

    def item_filter(self) -> ItemFilter:
        """The filter the controls describe now."""
        rating = self.rating.currentData()
        low, high = self.year_min.value(), self.year_max.value()
        advisory = str(self.advisory.currentData() or "") if self._kind != "artist" else ""
        return ItemFilter(
            genre=self.genre.currentData(),
            year_min=low if low > NO_YEAR else None,
            year_max=high if high > NO_YEAR else None,
            min_rating=rating if isinstance(rating, float) else None,
            rated={"rated": True, "unrated": False}.get(rating)
            if isinstance(rating, str)
            else None,
            played=self.played.currentData(),
            missing=self.missing.currentData(),
            max_age=int(advisory[4:]) if advisory.startswith("age:") else None,
            unrated=True if advisory == "unrated" else None,
            explicit={"explicit": True, "clean": False}.get(advisory),
        )

    def clear(self) -> None:
        """Back to no filter at all (one ``filter_changed``)."""
        combos = (self.genre, self.advisory, self.rating, self.played, self.missing)
        widgets = (*combos, self.year_min, self.year_max)
        for widget in widgets:
            widget.blockSignals(True)
        for combo in combos:
            combo.setCurrentIndex(0)
        self.year_min.setValue(NO_YEAR)
        self.year_max.setValue(NO_YEAR)
        for widget in widgets:
            widget.blockSignals(False)
        self._changed()

    def _changed(self, *_args: object) -> None:
        self._update_clear()
        self.filter_changed.emit(self.item_filter())

    def _update_clear(self) -> None:
        self.clear_button.setEnabled(not self.item_filter().is_empty())
