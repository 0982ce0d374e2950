"""What ``desktop-recsys import KIND PATH`` accepts, with what PATH is: the one list.

Plain data, apart from :mod:`.import_service` (which imports every importer's shared parts):
the command line builds its parser from it on every start, whatever the command.
"""

from __future__ import annotations

# Kinds accepted by ``desktop-recsys import KIND PATH``, with what PATH is.
IMPORT_KINDS: dict[str, str] = {
    "movielens": "a MovieLens folder (ml-latest, ml-latest-small, ml-25m, ml-1m, ml-100k)",
    "lastfm-hetrec": "the HetRec 2011 Last.fm 2k folder",
    "csv": "any CSV file, with --map COLUMN=FIELD,...",
    "folder": "a folder of music and films (rescans are incremental)",
    "lastfm-scrobbles": "a Last.fm scrobbles CSV (artist, album, track, time), with --profile",
    "listenbrainz": "a ListenBrainz listens export (zip, folder or .jsonl), with --profile",
    "letterboxd": "a Letterboxd export (zip, folder, or ratings/diary/watched.csv), with --profile",
    "imdb": "an IMDb ratings.csv (1-10 stars are halved to 0.5-5), with --profile",
    "library": "a library exported by 'export library' (CSV or JSON)",
    "profile": "a profile archive written by 'export profile' (.zip); --profile renames it",
    "playlist": "an M3U8 or CSV playlist, with --profile (and --name, default the file name)",
    "strawberry": "Strawberry's strawberry.db: play and skip counts, ratings; with --profile",
    "clementine": "Clementine's clementine.db: play and skip counts, ratings; with --profile",
    "rhythmbox": "Rhythmbox's rhythmdb.xml: play counts, ratings; with --profile",
    "kodi": "Kodi's MyVideos<N>.db: watched films and resume points; with --profile",
}
