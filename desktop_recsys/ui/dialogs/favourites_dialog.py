"""A new profile's first favourites: pick five from a grid of popular, diverse items.

Shown after a profile is created (:class:`~desktop_recsys.ui.dialogs.profiles_dialog.ProfilesDialog`)
when the library has something people rated or played. The picks become five-star ratings
(:func:`desktop_recsys.services.favourites.add_favourites`), so the profile's first trained
list starts from them instead of from popularity alone. Skipping is always fine.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_recsys.config.cjk_spacing import format_spaced
from desktop_recsys.errors import UserError
from desktop_recsys.services import favourites
from desktop_recsys.ui.i18n import error_text

#: How many favourites the dialog asks for (and accepts at most).
PICKS = 5
#: Grid columns.
COLUMNS = 4


def best_kind(library_path: Path) -> tuple[str, list[favourites.Candidate]]:
    """The item kind with the most-shared popular items, and its grid (empty: nothing to ask)."""
    best: tuple[str, list[favourites.Candidate]] = ("film", [])
    for kind in ("film", "artist", "track"):
        grid = favourites.favourite_candidates(library_path, kind, n=COLUMNS * 5)
        if sum(c.people for c in grid) > sum(c.people for c in best[1]):
            best = (kind, grid)
    return best


class FavouritesDialog(QDialog):
    """The grid; :attr:`picked` holds the chosen item ids, :meth:`save` stores them."""

    def __init__(
        self,
        library_path: Path,
        profile_id: int,
        profile_name: str,
        candidates: list[favourites.Candidate],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("favouritesDialog")
        self.setWindowTitle(self.tr("A few favourites"))
        self._library_path = Path(library_path)
        self._profile_id = profile_id
        self.picked: list[int] = []
        intro = QLabel(
            format_spaced(  # "小明喜欢的", "Ada 喜欢的"
                self.tr(
                    "Pick {0} that {1} likes: the first recommendations start from them. "
                    "These are popular picks of different kinds; skip if none fits."
                ),
                PICKS,
                profile_name,
            ),
            self,
        )
        intro.setWordWrap(True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("favouritesCount")
        grid = QGridLayout()
        self.buttons: dict[int, QPushButton] = {}
        for n, c in enumerate(candidates):
            year = f" ({c.year})" if c.year else ""
            extra = c.artist or c.genres.split(", ")[0]
            button = QPushButton(f"{c.title}{year}\n{extra}" if extra else f"{c.title}{year}", self)
            button.setCheckable(True)
            button.setObjectName(f"favourite{c.item_id}")
            button.setToolTip(self.tr("{0} people have it").format(c.people))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            button.setMinimumHeight(48)
            button.toggled.connect(lambda on, item=c.item_id: self._toggled(item, on))
            grid.addWidget(button, n // COLUMNS, n % COLUMNS)
            self.buttons[c.item_id] = button
        self.box = QDialogButtonBox(self)
        self.save_button = self.box.addButton(
            self.tr("&Save favourites"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("saveFavourites")
        skip = self.box.addButton(self.tr("S&kip"), QDialogButtonBox.ButtonRole.RejectRole)
        skip.setObjectName("skipFavourites")
        self.box.accepted.connect(self.save)
        self.box.rejected.connect(self.reject)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("favouritesError")
        self.error_label.setStyleSheet("color: #c0392b")
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.error_label)
        layout.addWidget(self.box)
        self._update()

    def _toggled(self, item: int, on: bool) -> None:
        if on and item not in self.picked:
            self.picked.append(item)
        elif not on and item in self.picked:
            self.picked.remove(item)
        self._update()

    def _update(self) -> None:
        full = len(self.picked) >= PICKS
        for button in self.buttons.values():
            button.setEnabled(button.isChecked() or not full)
            # A tick as well as the pressed look: picked is plain to see at a glance.
            text = button.text().removeprefix("✓ ")
            button.setText(f"✓ {text}" if button.isChecked() else text)
        self.count_label.setText(self.tr("{0} of {1} picked").format(len(self.picked), PICKS))
        self.save_button.setEnabled(bool(self.picked))

    def save(self) -> bool:
        """Store the picks as five-star ratings; closes the dialog when that worked."""
        if not self.picked:
            return False
        try:
            favourites.add_favourites(self._library_path, self._profile_id, self.picked)
        except UserError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return False
        self.accept()
        return True
