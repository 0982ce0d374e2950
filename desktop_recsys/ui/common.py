"""What the interface's widgets, views and table models share, so none imports another's module.

- the item data roles the table models answer and the delegates and views read
  (``ItemIdRole``, ``SortValueRole``, ``RatingRole``);
- ``stars_text``: a rating as text ("★★★½"), for cells, tool tips and accessibility;
- ``KindPicker``: the "Films / Music / Artists" combo box the For you, Insights and
  Model lab screens put in their top bars.

It imports nothing of the package, so anything under ``ui`` may import it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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


#: Standard genre names (MovieLens, TMDb, the demo library, common music genres), marked for
#: the translators; other genres and a person's own tags are shown as they are.
_STANDARD_GENRES = (
    QT_TRANSLATE_NOOP("Genres", "Action"),
    QT_TRANSLATE_NOOP("Genres", "Adventure"),
    QT_TRANSLATE_NOOP("Genres", "Animation"),
    QT_TRANSLATE_NOOP("Genres", "Children"),
    QT_TRANSLATE_NOOP("Genres", "Comedy"),
    QT_TRANSLATE_NOOP("Genres", "Crime"),
    QT_TRANSLATE_NOOP("Genres", "Documentary"),
    QT_TRANSLATE_NOOP("Genres", "Drama"),
    QT_TRANSLATE_NOOP("Genres", "Family"),
    QT_TRANSLATE_NOOP("Genres", "Fantasy"),
    QT_TRANSLATE_NOOP("Genres", "Film-Noir"),
    QT_TRANSLATE_NOOP("Genres", "History"),
    QT_TRANSLATE_NOOP("Genres", "Horror"),
    QT_TRANSLATE_NOOP("Genres", "Musical"),
    QT_TRANSLATE_NOOP("Genres", "Mystery"),
    QT_TRANSLATE_NOOP("Genres", "Romance"),
    QT_TRANSLATE_NOOP("Genres", "Sci-Fi"),
    QT_TRANSLATE_NOOP("Genres", "Science Fiction"),
    QT_TRANSLATE_NOOP("Genres", "Thriller"),
    QT_TRANSLATE_NOOP("Genres", "War"),
    QT_TRANSLATE_NOOP("Genres", "Western"),
    QT_TRANSLATE_NOOP("Genres", "Rock"),
    QT_TRANSLATE_NOOP("Genres", "Pop"),
    QT_TRANSLATE_NOOP("Genres", "Jazz"),
    QT_TRANSLATE_NOOP("Genres", "Classical"),
    QT_TRANSLATE_NOOP("Genres", "Electronic"),
    QT_TRANSLATE_NOOP("Genres", "Hip-Hop"),
    QT_TRANSLATE_NOOP("Genres", "Folk"),
    QT_TRANSLATE_NOOP("Genres", "Metal"),
    QT_TRANSLATE_NOOP("Genres", "Blues"),
    QT_TRANSLATE_NOOP("Genres", "Reggae"),
    QT_TRANSLATE_NOOP("Genres", "Country"),
    QT_TRANSLATE_NOOP("Genres", "Soul"),
    QT_TRANSLATE_NOOP("Genres", "Punk"),
    QT_TRANSLATE_NOOP("Genres", "Ambient"),
    QT_TRANSLATE_NOOP("Genres", "Soundtrack"),
)
#: The moods the sonic analysis gives a track (``engine.cross_kind.sound_moods``): words of a
#: taste like genre names, shown in a cross-kind reason ("Because you listen to soul, calm").
_MOOD_WORDS = (
    QT_TRANSLATE_NOOP("Genres", "calm"),
    QT_TRANSLATE_NOOP("Genres", "energetic"),
    QT_TRANSLATE_NOOP("Genres", "dark"),
    QT_TRANSLATE_NOOP("Genres", "melancholic"),
    QT_TRANSLATE_NOOP("Genres", "happy"),
    QT_TRANSLATE_NOOP("Genres", "upbeat"),
)
_GENRE_KEYS = {name.casefold(): name for name in _STANDARD_GENRES + _MOOD_WORDS}


def genre_text(genres: str | tuple[str, ...] | list[str]) -> str:
    """Genres for display: standard names in the interface's language, other genres and
    tags unchanged; ``genres`` is a comma-separated string or a sequence."""
    parts = genres.split(",") if isinstance(genres, str) else list(genres)
    shown = []
    for part in (p.strip() for p in parts):
        if not part:
            continue
        key = _GENRE_KEYS.get(part.casefold())
        shown.append(QCoreApplication.translate("Genres", key) if key else part)
    return QCoreApplication.translate("Genres", ", ").join(shown)


def term_text(names: tuple[str, ...] | list[str]) -> str:
    """Terms of a taste (genre names, moods, tags as the data spells them: "soul, calm") for
    display: a standard genre name or mood translated as in :func:`genre_text`, everything
    else (and every term in English) as the data has it."""
    shown = []
    for name in names:
        key = _GENRE_KEYS.get(name.strip().casefold())
        text = QCoreApplication.translate("Genres", key) if key else name
        shown.append(name if text == key else text)
    return QCoreApplication.translate("Genres", ", ").join(shown)


#: Algorithm names that are words rather than names (``als``, ``ease`` stay as they are).
_ALGORITHM_WORDS = {"default": QT_TRANSLATE_NOOP("Algorithms", "default")}


def algorithm_text(name: str | None) -> str:
    """An algorithm's name for display: ``default`` in the interface's language, the other
    names (``als``, ``item-knn``) as they are."""
    name = name or ""
    word = _ALGORITHM_WORDS.get(name)
    return QCoreApplication.translate("Algorithms", word) if word else name
