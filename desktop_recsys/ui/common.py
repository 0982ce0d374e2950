"""What the interface's widgets, views and table models share, so none imports another's module.

- the item data roles the table models answer and the delegates and views read
  (``ItemIdRole``, ``SortValueRole``, ``RatingRole``);
- ``stars_text``: a rating as text ("★★★½"), for cells, tool tips and accessibility;
- ``KindPicker``: the "Films / Music / Artists" combo box the For you, Insights and
  Model lab screens put in their top bars.

It imports nothing of the package, so anything under ``ui`` may import it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QWidget

ItemIdRole = Qt.ItemDataRole.UserRole + 1
SortValueRole = Qt.ItemDataRole.UserRole + 2
#: The current profile's stars for the row's item (float 0.5-5, or None when unrated).
RatingRole = Qt.ItemDataRole.UserRole + 3


def stars_text(value: float | None) -> str:
    """Stars as text (tool tips, accessibility): "★★★½" or "" when unrated."""
    if not value:
        return ""
    whole = int(value)
    return "★" * whole + ("½" if value - whole >= 0.5 else "")


class KindPicker(QComboBox):
    """A combo box of item kinds: Films, Music, Artists (``film``/``track``/``artist`` as
    item data), with "Everything" (``None``) first when ``everything`` is set.

    The caller names it (object name, accessible name) and puts a buddy label beside it;
    ``kind()`` reads the chosen kind and ``set_kind()`` chooses one.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        object_name: str = "",
        accessible_name: str = "",
        everything: bool = False,
    ) -> None:
        super().__init__(parent)
        if object_name:
            self.setObjectName(object_name)
        if accessible_name:
            self.setAccessibleName(accessible_name)
        if everything:
            self.addItem(QCoreApplication.translate("KindPicker", "Everything"), None)
        self.addItem(QCoreApplication.translate("KindPicker", "Films"), "film")
        self.addItem(QCoreApplication.translate("KindPicker", "Music"), "track")
        self.addItem(QCoreApplication.translate("KindPicker", "Artists"), "artist")

    def kind(self) -> str | None:
        """The chosen kind (``"film"``, ``"track"``, ``"artist"``), or None for everything."""
        data = self.currentData()
        return None if data is None else str(data)

    def set_kind(self, kind: str | None) -> bool:
        """Choose ``kind``; False (and nothing changes) when the picker does not offer it."""
        index = self.findData(kind)
        if index < 0:
            return False
        self.setCurrentIndex(index)
        return True
