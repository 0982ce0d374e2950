"""What a CSV column can be imported as, in the interface's language: the import wizard's
mapping boxes and its preview header show these labels; the data behind them stays the field
key (``title``, ``artist``, ...) that ``import csv --map`` takes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def csv_field_label(field: str) -> str:
    """``field`` (a key of ``import_service.csv_targets()``) as a person reads it; an unknown
    key is shown as it is."""
    labels = {
        "kind": QCoreApplication.translate("CsvFields", "Kind (film, track or artist)"),
        "title": QCoreApplication.translate("CsvFields", "Title"),
        "artist": QCoreApplication.translate("CsvFields", "Artist / director"),
        "album": QCoreApplication.translate("CsvFields", "Album"),
        "album_artist": QCoreApplication.translate("CsvFields", "Album artist"),
        "year": QCoreApplication.translate("CsvFields", "Year"),
        "duration": QCoreApplication.translate("CsvFields", "Length (seconds)"),
        "track_number": QCoreApplication.translate("CsvFields", "Track number"),
        "genres": QCoreApplication.translate("CsvFields", "Genres"),
        "tags": QCoreApplication.translate("CsvFields", "Tags"),
        "description": QCoreApplication.translate("CsvFields", "Description"),
        "language": QCoreApplication.translate("CsvFields", "Language"),
        "imdb": QCoreApplication.translate("CsvFields", "IMDb ID"),
        "tmdb": QCoreApplication.translate("CsvFields", "TMDb ID"),
        "movielens": QCoreApplication.translate("CsvFields", "MovieLens ID"),
        "musicbrainz_recording": QCoreApplication.translate(
            "CsvFields", "MusicBrainz recording ID"
        ),
        "musicbrainz_artist": QCoreApplication.translate("CsvFields", "MusicBrainz artist ID"),
        "profile": QCoreApplication.translate("CsvFields", "Profile"),
        "rating": QCoreApplication.translate("CsvFields", "Rating (0.5–5 stars)"),
        "rating10": QCoreApplication.translate("CsvFields", "Rating (1–10)"),
        "rated_at": QCoreApplication.translate("CsvFields", "Rated on"),
        "played_at": QCoreApplication.translate("CsvFields", "Played on"),
        "count": QCoreApplication.translate("CsvFields", "Play count"),
    }
    return labels.get(field, field)
