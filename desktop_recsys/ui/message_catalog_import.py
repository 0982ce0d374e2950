"""The import report's problem lines as :class:`~desktop_recsys.progress.Message` templates,
listed for the translators (issue 19).

Part of :data:`desktop_recsys.ui.message_catalog.MESSAGES`: what importers pass to
``ImportReport.problem(...)`` (a skipped row or file), so that the window's and the command
line's import report show it in the person's language; ``--report FILE.json`` keeps English.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

#: Message templates (context ``"messages"``) of report problems.
IMPORT_MESSAGES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("messages", "{entry}: not a local file, left out"),
    QT_TRANSLATE_NOOP("messages", "{entry} ({location}): not in the library"),
    QT_TRANSLATE_NOOP("messages", "{entry}: not in the library"),
    QT_TRANSLATE_NOOP("messages", "empty title"),
    QT_TRANSLATE_NOOP("messages", "unknown kind {kind!r}"),
    QT_TRANSLATE_NOOP("messages", "{name} {text!r} is not a number"),
    QT_TRANSLATE_NOOP("messages", "rating {rating:g} is outside 0.5-5 stars"),
    QT_TRANSLATE_NOOP("messages", "{name} {text!r} is not a time from 1900 to {year}"),
    QT_TRANSLATE_NOOP("messages", "count {count!r} is not a positive whole number"),
    QT_TRANSLATE_NOOP("messages", "no profile: map a profile column or pass --profile"),
    QT_TRANSLATE_NOOP("messages", "empty artist or track name"),
    QT_TRANSLATE_NOOP("messages", "no play time (a track playing during the export?)"),
    QT_TRANSLATE_NOOP("messages", "time {stamp!r} is not a date or Unix time from 1900 to {year}"),
    QT_TRANSLATE_NOOP(
        "messages", "{what} {value!r} is not a whole number of 0 or more: taken as 0"
    ),
    QT_TRANSLATE_NOOP("messages", "play count"),
    QT_TRANSLATE_NOOP("messages", "skip count"),
    QT_TRANSLATE_NOOP("messages", "last played {value!r} is not a plausible time: left out"),
    QT_TRANSLATE_NOOP("messages", "last played {text!r} is not a date and time: left out"),
    QT_TRANSLATE_NOOP("messages", "rating {value!r} is not a number: left out"),
    QT_TRANSLATE_NOOP("messages", "rating {value!r} is above the player's {full:g}: left out"),
    QT_TRANSLATE_NOOP("messages", "cannot read: {reason}"),
    QT_TRANSLATE_NOOP("messages", "could not read this file ({error}); skipped"),
    QT_TRANSLATE_NOOP("messages", "cannot open folder: {reason}"),
    QT_TRANSLATE_NOOP("messages", "symlink loop (folder already scanned); skipped"),
    QT_TRANSLATE_NOOP("messages", "cannot list folder: {reason}"),
    QT_TRANSLATE_NOOP("messages", "broken symbolic link (its target is gone)"),
    QT_TRANSLATE_NOOP("messages", "not a regular file (a pipe, socket or device); skipped"),
    QT_TRANSLATE_NOOP("messages", "cannot read .nfo ({reason}); used the file name"),
    QT_TRANSLATE_NOOP("messages", "malformed .nfo ({error}); used the file name"),
    QT_TRANSLATE_NOOP("messages", "empty file (0 bytes)"),
    QT_TRANSLATE_NOOP("messages", "permission denied"),
    # movielens, lastfm_hetrec, imdb, _base (fields), cleaning (times)
    QT_TRANSLATE_NOOP("messages", "{fields} fields, expected at least {expected}"),
    QT_TRANSLATE_NOOP("messages", "{fields} fields, expected {expected}"),
    QT_TRANSLATE_NOOP("messages", "movie id {value!r} is not a number"),
    QT_TRANSLATE_NOOP("messages", "movie {movie} is listed twice; first kept"),
    QT_TRANSLATE_NOOP("messages", "movie {movie!r} is not in the films file"),
    QT_TRANSLATE_NOOP("messages", "IMDb id {value!r} is not a number"),
    QT_TRANSLATE_NOOP("messages", "TMDb id {value!r} is not a number"),
    QT_TRANSLATE_NOOP("messages", "empty tag"),
    QT_TRANSLATE_NOOP("messages", "user id {user!r} is not a number"),
    QT_TRANSLATE_NOOP("messages", "rating {value!r} is not 0.5-5 stars"),
    QT_TRANSLATE_NOOP("messages", "timestamp {stamp!r} is not Unix seconds"),
    QT_TRANSLATE_NOOP("messages", "the time is not a number; row skipped"),
    QT_TRANSLATE_NOOP("messages", "the time {time} is not between 1900 and {year}"),
    QT_TRANSLATE_NOOP("messages", "artist id {value!r} is not a number"),
    QT_TRANSLATE_NOOP("messages", "empty artist name"),
    QT_TRANSLATE_NOOP("messages", "artist {artist} is listed twice; first kept"),
    QT_TRANSLATE_NOOP("messages", "artist {artist} is not in artists.dat"),
    QT_TRANSLATE_NOOP("messages", "tag {tag} is not in tags.dat"),
    QT_TRANSLATE_NOOP("messages", "listening count {count!r} is not a positive number"),
    QT_TRANSLATE_NOOP("messages", "listening count {count!r} is more than {most:,}"),
    QT_TRANSLATE_NOOP("messages", "user ids {a!r}, {b!r} are not numbers"),
    QT_TRANSLATE_NOOP("messages", "user {user} is their own friend"),
    QT_TRANSLATE_NOOP("messages", "Const {const!r} is not an IMDb id (tt1234567)"),
    QT_TRANSLATE_NOOP("messages", "rating {value!r} is not 1-10"),
    QT_TRANSLATE_NOOP("messages", "Date Rated {value!r} is not a date from 1900 to {year}"),
    # letterboxd, listenbrainz
    QT_TRANSLATE_NOOP("messages", "rating {value!r} is not 0.5-5"),
    QT_TRANSLATE_NOOP("messages", "date {value!r} is not a date from 1900 to {year}"),
    QT_TRANSLATE_NOOP("messages", "no Watched Date or Date from 1900 to {year}"),
    QT_TRANSLATE_NOOP(
        "messages",
        "date {value!r} is not a date from 1900 to {year}; the rating is dated by its Watched Date",
    ),
    QT_TRANSLATE_NOOP("messages", "empty film name"),
    QT_TRANSLATE_NOOP("messages", "year {value!r} is not a year"),
    QT_TRANSLATE_NOOP("messages", "not valid JSON ({error})"),
    QT_TRANSLATE_NOOP("messages", "not a JSON object ({error})"),
    QT_TRANSLATE_NOOP("messages", "listen #{index}"),
    QT_TRANSLATE_NOOP("messages", "{where}: {reason}"),
    QT_TRANSLATE_NOOP("messages", "not a listen (no track_metadata)"),
    QT_TRANSLATE_NOOP("messages", "listened_at {value!r} is not a time from 1900 to {year}"),
    # own_exports (a library export, a playlist file)
    QT_TRANSLATE_NOOP("messages", "not an item object"),
    QT_TRANSLATE_NOOP("messages", "title is not text"),
    QT_TRANSLATE_NOOP("messages", "{name} is not a number"),
    QT_TRANSLATE_NOOP("messages", "{name} {value!r} is not valid"),
    QT_TRANSLATE_NOOP("messages", "tags must be a list or an object"),
    QT_TRANSLATE_NOOP("messages", "ids must be an object"),
    QT_TRANSLATE_NOOP("messages", "genres must be a list"),
    QT_TRANSLATE_NOOP("messages", "not a list of items"),
    QT_TRANSLATE_NOOP("messages", "item #{n}"),
    QT_TRANSLATE_NOOP("messages", "playlist #{n}: no name"),
    QT_TRANSLATE_NOOP("messages", "not a list"),
    QT_TRANSLATE_NOOP("messages", "#{n}"),
    QT_TRANSLATE_NOOP("messages", "not an object"),
    QT_TRANSLATE_NOOP("messages", "item {item!r} is not in items.json"),
    QT_TRANSLATE_NOOP("messages", "item (not an id) is not in items.json"),
    QT_TRANSLATE_NOOP("messages", "the time is not a number"),
    QT_TRANSLATE_NOOP("messages", "count or completed share is not valid"),
    QT_TRANSLATE_NOOP("messages", "unknown mark {mark!r}"),
    QT_TRANSLATE_NOOP("messages", "item comment is not valid JSON"),
    QT_TRANSLATE_NOOP("messages", "{entry} is not in the library (scan its folder first)"),
    # folder (files the scan skips), cleaning (values imported after cleaning)
    QT_TRANSLATE_NOOP(
        "messages",
        "the content is {actual} but the name says {ext}, and it cannot be read as either; damaged? ({error})",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "unreadable or truncated audio ({error})",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "the name says {ext} but the content is no audio the scanner reads (it looks like {content})",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "not an audio or video file the scanner reads ({kind}; content looks like {content})",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "unknown data",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "unknown type {ext}",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "no extension",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{field}: control characters ({chars}) removed",
    ),
)
