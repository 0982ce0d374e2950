"""The library's, the services' and the jobs' errors as :class:`~desktop_recsys.progress.Message`
templates, listed for the translators (issue 19).

Part of :data:`desktop_recsys.ui.message_catalog.MESSAGES` (which includes these): what
``raise UserError(Message(...))`` says in ``library/``, ``services/`` and ``jobs/``, so that the window
and the command line show it in the person's language. Kept apart only because one file would
pass 700 lines. ``tests/test_error_messages_catalogue.py`` fails on an error raised there with
plain text, or with a template missing here or not translated.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

#: Message templates (context ``"messages"``), grouped by the module that uses them.
LIBRARY_MESSAGES: tuple[str, ...] = (
    # library.backup
    QT_TRANSLATE_NOOP(
        "messages", "backup {path} does not exist; 'desktop-recsys backup list' shows the backups"
    ),
    QT_TRANSLATE_NOOP(
        "messages", "{path} is not a library backup (not an SQLite file); choose another backup"
    ),
    QT_TRANSLATE_NOOP("messages", "cannot read backup {path}: {exc}; choose another backup"),
    QT_TRANSLATE_NOOP("messages", "{path} is not a desktop_recsys library; nothing was restored"),
    QT_TRANSLATE_NOOP(
        "messages",
        "backup {path} was written by a newer version of desktop_recsys (schema {version}); update the app to restore it",
    ),
    QT_TRANSLATE_NOOP("messages", "backup {path} is damaged ({problem}); choose another backup"),
    QT_TRANSLATE_NOOP(
        "messages", "backup {path} is damaged or not a library ({exc}); choose another backup"
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "backup {path} fails the library's consistency checks ({problem}); choose another backup",
    ),
    QT_TRANSLATE_NOOP("messages", "cannot open library {live}: {exc}"),
    QT_TRANSLATE_NOOP(
        "messages",
        "library {live} is in use by another window or command; close it and restore again (nothing was changed)",
    ),
    QT_TRANSLATE_NOOP(
        "messages", "the backup to restore is the library itself; choose a backup file"
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "library {library_path} is being restored by another window or command; wait for it to finish (nothing was changed)",
    ),
    # library.dataset_rows
    QT_TRANSLATE_NOOP("messages", "unknown item kind {kind!r}; use one of {choices}"),
    # library.db
    QT_TRANSLATE_NOOP("messages", "cannot open library {path}: {exc}"),
    QT_TRANSLATE_NOOP("messages", "library path {path} is a folder; give a file name"),
    QT_TRANSLATE_NOOP(
        "messages",
        "cannot create library {path}: folder {folder} does not exist; create it or choose another file",
    ),
    QT_TRANSLATE_NOOP("messages", "library path {path} is not a regular file; give a library file"),
    QT_TRANSLATE_NOOP(
        "messages",
        "library {path} was written by a newer version of desktop_recsys (schema {version}, this version reads up to {newest}); update the app",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "library {path} cannot use write-ahead logging (journal mode {mode}); move it to a local disk",
    ),
    QT_TRANSLATE_NOOP("messages", "cannot use library {path}: {exc}"),
    QT_TRANSLATE_NOOP(
        "messages",
        "upgrading library {path} from schema {version} failed ({exc}); the file is unchanged; a backup is at {backup}",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "upgrading library {path} from schema {version} failed ({exc}); the file is unchanged",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "the disk holding library {path} is full; nothing was changed: free some space and try again",
    ),
    QT_TRANSLATE_NOOP("messages", "library {path}: {text}"),
    # library.exporters._files
    QT_TRANSLATE_NOOP(
        "messages",
        "cannot write {target}: folder {folder} does not exist; create it or choose another folder",
    ),
    QT_TRANSLATE_NOOP("messages", "cannot write {target}: it is a folder; give a file name"),
    QT_TRANSLATE_NOOP("messages", "cannot write {target}: {reason}; choose another file or folder"),
    # library.exporters.library_export
    QT_TRANSLATE_NOOP("messages", "unknown export format {fmt!r}; use csv or json"),
    # library.exporters.lists
    QT_TRANSLATE_NOOP("messages", "unknown list format {fmt!r}; use m3u8 or csv"),
    QT_TRANSLATE_NOOP("messages", "cannot tell the format of {path}: name it .m3u8 or .csv"),
    QT_TRANSLATE_NOOP(
        "messages",
        "no playlist named {name!r} for this profile; 'desktop-recsys playlist list' shows the playlists",
    ),
    QT_TRANSLATE_NOOP(
        "messages", "no playlist named {name!r}; 'desktop-recsys playlist list' shows the playlists"
    ),
    # library.files
    QT_TRANSLATE_NOOP(
        "messages", "{target} is being written by another command; try again shortly"
    ),
    # library.importers._base
    QT_TRANSLATE_NOOP(
        "messages",
        "user {user} is not in this data set; check the id (the number in its ratings file), or leave 'one of these users is me' empty",
    ),
    QT_TRANSLATE_NOOP("messages", "a data-set user id is a whole number (got {user!r})"),
    QT_TRANSLATE_NOOP(
        "messages", "name the profile that data-set user is (one of these users is me)"
    ),
    # library.importers._history
    QT_TRANSLATE_NOOP(
        "messages", "import {kind} needs --profile NAME (the profile is created if missing)"
    ),
    QT_TRANSLATE_NOOP("messages", "a profile name can have at most 100 characters"),
    # library.importers._sources
    QT_TRANSLATE_NOOP(
        "messages",
        "cannot read the zip archive {path}: {exc}; it may be damaged: copy or download it again",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{path} declares {declared:,} entries, more than the {limit:,} any export has; it is damaged or hostile and was not read",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{path} holds {entries:,} entries, more than the {limit:,} any export has; it was not read",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{path} would unpack to {gigabytes:.1f} GB, more than {limit} GB; unzip it yourself and import the folder",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{path}: {entry} would unpack to {megabytes:,.0f} MB from {kilobytes:,.0f} KB ({ratio:,.0f}:1), which no real export does (a zip bomb?); it was not read",
    ),
    # library.importers.imdb
    QT_TRANSLATE_NOOP("messages", "{path} is not a file; give the ratings.csv of an IMDb export"),
    QT_TRANSLATE_NOOP(
        "messages",
        "{path} is not an IMDb ratings export: no Const, Your Rating or Title column; give the ratings.csv of an IMDb export",
    ),
    # library.importers.lastfm_hetrec
    QT_TRANSLATE_NOOP(
        "messages",
        "no HetRec Last.fm files in {folder}: expected artists.dat and user_artists.dat; give the hetrec2011-lastfm-2k folder",
    ),
    # library.importers.lastfm_scrobbles
    QT_TRANSLATE_NOOP("messages", "{path} is not a file; give the scrobbles CSV"),
    QT_TRANSLATE_NOOP(
        "messages",
        "{path} has no time column (uts, timestamp, date, time or utc_time); give a scrobbles CSV with one of them",
    ),
    # library.importers.letterboxd
    QT_TRANSLATE_NOOP(
        "messages",
        "{path} is not a Letterboxd export file; give the export zip, its folder, or ratings.csv, diary.csv or watched.csv",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "no ratings.csv, diary.csv or watched.csv in {path}; give a Letterboxd export (its zip or folder)",
    ),
    QT_TRANSLATE_NOOP("messages", "{name} has no Name column; is it a Letterboxd export?"),
    # library.importers.listenbrainz
    QT_TRANSLATE_NOOP(
        "messages", "no listens (*.jsonl files) in {path}; give a ListenBrainz listens export"
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{where}: the JSON is {exc}; it is not a ListenBrainz export and nothing was imported",
    ),
    # library.importers.movielens
    QT_TRANSLATE_NOOP("messages", "{folder} has no ratings file, so no user in it can be you"),
    QT_TRANSLATE_NOOP(
        "messages", "{path} does not start with the MovieLens header {header} (found {found})"
    ),
    # library.importers.own_exports
    QT_TRANSLATE_NOOP("messages", "{path} is not a readable {what} (not UTF-8 or UTF-16 text)"),
    QT_TRANSLATE_NOOP("messages", "{path} is not a readable {what} ({reason})"),
    QT_TRANSLATE_NOOP("messages", "{path} is not a file; give a file written by 'export library'"),
    QT_TRANSLATE_NOOP("messages", "library export"),
    QT_TRANSLATE_NOOP("messages", "{path} is not a library written by 'export library'"),
    QT_TRANSLATE_NOOP("messages", "{path}: 'items' is not a list; is it from 'export library'?"),
    QT_TRANSLATE_NOOP("messages", "{path} has no kind column; is it from 'export library'?"),
    QT_TRANSLATE_NOOP("messages", "{path} is not a profile archive written by 'export profile'"),
    QT_TRANSLATE_NOOP(
        "messages", "{path}: manifest.json's version is not a number; is it from 'export profile'?"
    ),
    QT_TRANSLATE_NOOP(
        "messages", "{path} was written by a newer version of desktop_recsys; update the app"
    ),
    QT_TRANSLATE_NOOP(
        "messages", "{path}: manifest.json's profile is not an object; pass --profile NAME"
    ),
    QT_TRANSLATE_NOOP(
        "messages", "{path}: manifest.json's profile name is not text; pass --profile NAME"
    ),
    QT_TRANSLATE_NOOP("messages", "{path} names no profile; pass --profile NAME"),
    QT_TRANSLATE_NOOP(
        "messages", "{path}: the profile name is longer than 100 characters; pass --profile NAME"
    ),
    QT_TRANSLATE_NOOP("messages", "{path} is not a file; give a .zip written by 'export profile'"),
    QT_TRANSLATE_NOOP("messages", "{path} has no manifest.json; is it from 'export profile'?"),
    QT_TRANSLATE_NOOP("messages", "{path}: {name} is too large to be a profile export"),
    QT_TRANSLATE_NOOP("messages", "{path}: {name} is not valid JSON ({reason})"),
    QT_TRANSLATE_NOOP("messages", "{path} is not a file; give an .m3u8, .m3u or .csv playlist"),
    QT_TRANSLATE_NOOP("messages", "{path} has no title column; is it from 'export playlist'?"),
    # library.importers.player_history
    QT_TRANSLATE_NOOP("messages", "unknown player {kind!r}; use one of {choices}"),
    QT_TRANSLATE_NOOP("messages", "{path} is not a file; choose {pick}"),
    # library.importers.player_sources
    QT_TRANSLATE_NOOP("messages", "{file} (in {folder})"),
    QT_TRANSLATE_NOOP("messages", "cannot read {path}: {strerror}; choose {pick}"),
    QT_TRANSLATE_NOOP("messages", "{name} is not an SQLite database; choose {player}'s {pick}"),
    QT_TRANSLATE_NOOP(
        "messages",
        "{name} is locked by another program ({player} may be writing to it); close {player} and try again",
    ),
    QT_TRANSLATE_NOOP(
        "messages", "{name} is damaged ({text}); copy a backup of {player}'s {pick} and import that"
    ),
    QT_TRANSLATE_NOOP("messages", "cannot read {name} as {player}'s database ({text})"),
    QT_TRANSLATE_NOOP(
        "messages",
        "{name} has no songs table with play counts: it is not {player}'s library; choose {pick}",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{name} has no films with play counts: it is not Kodi's video database; choose {pick}",
    ),
    QT_TRANSLATE_NOOP(
        "messages", "{name} is not Rhythmbox's database (no <rhythmdb>); choose {pick}"
    ),
    QT_TRANSLATE_NOOP(
        "messages", "{name} declares a document type, which Rhythmbox never writes; refused"
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{name} is not well-formed XML (line {line}): not a whole rhythmdb.xml; choose {pick}",
    ),
    QT_TRANSLATE_NOOP("messages", "{name} is XML but not Rhythmbox's database"),
    # library.importers.report
    QT_TRANSLATE_NOOP("messages", "{problem} (strict mode: nothing was imported)"),
    QT_TRANSLATE_NOOP(
        "messages",
        "cannot write the import report {target}: {strerror}; choose another place for the report",
    ),
    # library.importers.textfiles
    QT_TRANSLATE_NOOP(
        "messages",
        "{name} looks like UTF-16 text but is damaged at byte {start}; save it again as UTF-8 (or UTF-16) and import it again",
    ),
    QT_TRANSLATE_NOOP("messages", "cannot read {path}: {reason}"),
    QT_TRANSLATE_NOOP(
        "messages", "{name}:{start}: not readable as CSV ({exc}); fix or remove that row"
    ),
    # library.queries
    QT_TRANSLATE_NOOP("messages", "cannot sort items by {order_by!r}"),
    # library.repositories.item_merge
    QT_TRANSLATE_NOOP("messages", "cannot merge an item with itself; choose two different items"),
    QT_TRANSLATE_NOOP("messages", "no item with id {item_id}"),
    QT_TRANSLATE_NOOP(
        "messages",
        "item {keep} is a {keep_kind} and item {drop} a {drop_kind}; only items of the same kind can be merged",
    ),
    # library.repositories.item_store
    QT_TRANSLATE_NOOP("messages", "an empty name cannot be added to {table}"),
    # library.repositories.items
    QT_TRANSLATE_NOOP("messages", "an item needs a title; give it one"),
    QT_TRANSLATE_NOOP("messages", "cannot edit item field(s) {choices}"),
    # library.repositories.jobs
    QT_TRANSLATE_NOOP("messages", "unknown job status {status!r}"),
    # library.repositories.marks
    QT_TRANSLATE_NOOP("messages", "unknown mark {mark!r}; use one of {choices}"),
    # library.repositories.model_runs
    QT_TRANSLATE_NOOP("messages", "unknown model run status {status!r}"),
    # library.repositories.playlists
    QT_TRANSLATE_NOOP("messages", "a playlist needs a name; give it one"),
    # library.repositories.plays
    QT_TRANSLATE_NOOP("messages", "share completed {completed} is outside 0-1"),
    QT_TRANSLATE_NOOP("messages", "play count {count} must be at least 1"),
    # library.repositories.profiles
    QT_TRANSLATE_NOOP("messages", "a profile needs a name; give it one"),
    # library.repositories.ratings
    QT_TRANSLATE_NOOP("messages", "rating {value} is outside 0.5-5 stars; give 0.5 to 5 stars"),
    # services.ab_test_service
    QT_TRANSLATE_NOOP(
        "messages",
        "no {algorithm} model for {kinds} yet; train one first with 'desktop-recsys train --algorithm {algorithm} --kind {kind}'",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{name} predicts ratings rather than making lists; choose a recommender that makes lists (see 'desktop-recsys abtest start --help')",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "blind test {test_id} no longer exists (was its profile removed?); start another with 'desktop-recsys abtest start'",
    ),
    # services.dataset_service
    QT_TRANSLATE_NOOP("messages", "unknown signal {signal!r}; use one of {choices}"),
    QT_TRANSLATE_NOOP("messages", "time decay {time_decay_days} days must be a positive number"),
    QT_TRANSLATE_NOOP(
        "messages",
        "time decay applies to plays (signal 'plays' or 'auto'); star ratings keep their values",
    ),
    # services.file_commands
    QT_TRANSLATE_NOOP("messages", "--n must be at least 1 (got {n})"),
    QT_TRANSLATE_NOOP("messages", "{out}: is a directory, not a file; give a file name"),
    QT_TRANSLATE_NOOP(
        "messages", "{out}: folder {folder} does not exist; create it or choose another folder"
    ),
    # services.group_service
    QT_TRANSLATE_NOOP("messages", "unknown group strategy {strategy!r}"),
    # services.import_service
    QT_TRANSLATE_NOOP("messages", "unknown import kind {kind!r}; use one of {choices}"),
    # services.insights_service
    QT_TRANSLATE_NOOP("messages", "unknown item kind {kind!r}"),
    # services.item_actions
    QT_TRANSLATE_NOOP("messages", "a rating is 0 to 5 stars (got {stars})"),
    QT_TRANSLATE_NOOP("messages", "no playlist {playlist_id}"),
    # services.lab_map
    QT_TRANSLATE_NOOP("messages", "unknown map projection {method!r}; use {choices}"),
    QT_TRANSLATE_NOOP("messages", "the t-SNE map needs a limit of at least one item, not {limit}"),
    # services.lab_service
    QT_TRANSLATE_NOOP("messages", "cannot export a report as {fmt!r}; use {choices}"),
    QT_TRANSLATE_NOOP("messages", "choose at least one algorithm to tune"),
    # services.library_service
    QT_TRANSLATE_NOOP("messages", "cannot bulk-edit {choices}"),
    QT_TRANSLATE_NOOP("messages", "a title is edited one item at a time; select a single item"),
    # services.listening
    QT_TRANSLATE_NOOP("messages", "time listened"),
    QT_TRANSLATE_NOOP("messages", "{what} must be 0 or more seconds (got {value})"),
    # services.playlist_service
    QT_TRANSLATE_NOOP("messages", "too many playlists of that name; rename some first"),
    QT_TRANSLATE_NOOP("messages", "that playlist no longer exists"),
    QT_TRANSLATE_NOOP("messages", "{clean!r} already exists; choose another name"),
    QT_TRANSLATE_NOOP("messages", "a smart playlist is ordered by its rules; edit its order there"),
    QT_TRANSLATE_NOOP("messages", "the playlist changed meanwhile; it was reloaded, try again"),
    QT_TRANSLATE_NOOP("messages", "a smart playlist holds what its rules select; change the rules"),
    # services.similar_items
    QT_TRANSLATE_NOOP("messages", "unknown --by {by!r}; use one of {choices}"),
    # services.smart_playlists
    QT_TRANSLATE_NOOP("messages", "give either --preset or --rule, not both"),
    QT_TRANSLATE_NOOP("messages", "a smart playlist needs at least one --rule FIELD:OP:VALUE"),
    QT_TRANSLATE_NOOP("messages", "--match must be all or any (got {match!r})"),
    QT_TRANSLATE_NOOP("messages", "a smart playlist belongs to a profile; give --profile NAME"),
    QT_TRANSLATE_NOOP(
        "messages",
        "no playlist called {name!r}; 'desktop-recsys playlist list' shows the playlists",
    ),
    QT_TRANSLATE_NOOP(
        "messages", "{name!r} already exists; choose another name or delete it first"
    ),
    # services.sonic_analysis
    QT_TRANSLATE_NOOP(
        "messages",
        "the sound analysis's worker processes end as soon as they start; nothing was stored: run 'desktop-recsys analyze --workers 1' instead",
    ),
    # jobs.definitions.exports
    QT_TRANSLATE_NOOP("messages", "profile"),
    QT_TRANSLATE_NOOP("messages", "playlist"),
    QT_TRANSLATE_NOOP("messages", "exporting recommendations needs the models folder"),
    QT_TRANSLATE_NOOP("messages", "recommendations"),
    QT_TRANSLATE_NOOP("messages", "unknown export kind {export_kind!r}; use one of {choices}"),
    QT_TRANSLATE_NOOP("messages", "exporting a {what} needs the option {name!r}"),
    # library.tag_files, services.tag_sync: why a file's tags were not read or written
    QT_TRANSLATE_NOOP("messages", "not an audio file mutagen reads"),
    QT_TRANSLATE_NOOP(
        "messages", "ratings are not written into {kind} files (only MP3, FLAC, Ogg and M4A)"
    ),
    QT_TRANSLATE_NOOP("messages", "the file is missing; nothing written"),
    QT_TRANSLATE_NOOP("messages", "cannot read the file ({reason}); nothing written"),
    QT_TRANSLATE_NOOP("messages", "not a regular file; nothing written"),
    QT_TRANSLATE_NOOP(
        "messages", "the file is read-only; nothing written (make it writable to write its tags)"
    ),
    QT_TRANSLATE_NOOP("messages", "its folder is read-only; nothing written"),
    QT_TRANSLATE_NOOP("messages", "writing the tags would have changed the audio; nothing written"),
    QT_TRANSLATE_NOOP("messages", "the file changed while its tags were written; try again"),
    QT_TRANSLATE_NOOP("messages", "could not write the tags ({reason}); nothing written"),
    QT_TRANSLATE_NOOP("messages", "the file is missing; skipped"),
    QT_TRANSLATE_NOOP("messages", "cannot read its tags ({reason}); skipped"),
    QT_TRANSLATE_NOOP("messages", "{reason}; try again"),
    QT_TRANSLATE_NOOP(
        "messages", "the file changed while the sync ran; nothing written, try again"
    ),
    # library.checks, library.leftovers: the consistency check's findings (backup, restore)
    QT_TRANSLATE_NOOP("messages", "schema"),
    QT_TRANSLATE_NOOP("messages", "tables"),
    QT_TRANSLATE_NOOP("messages", "foreign keys"),
    QT_TRANSLATE_NOOP("messages", "search index rows"),
    QT_TRANSLATE_NOOP("messages", "search index text"),
    QT_TRANSLATE_NOOP("messages", "marks"),
    QT_TRANSLATE_NOOP("messages", "unfinished runs"),
    QT_TRANSLATE_NOOP("messages", "finished runs"),
    QT_TRANSLATE_NOOP("messages", "model file {name} is missing"),
    QT_TRANSLATE_NOOP("messages", "application id {app_id}, schema version {version}"),
    QT_TRANSLATE_NOOP("messages", "missing tables: {names}"),
    QT_TRANSLATE_NOOP("messages", "{count} rows point at missing rows (first: {first})"),
    QT_TRANSLATE_NOOP("messages", "{count} items and search rows do not match"),
    QT_TRANSLATE_NOOP("messages", "{count} search rows differ from their item"),
    QT_TRANSLATE_NOOP("messages", "{count} friendships not stored as profile_a < profile_b"),
    QT_TRANSLATE_NOOP("messages", "{count} ratings outside 0.5-5 stars"),
    QT_TRANSLATE_NOOP("messages", "{count} plays with an impossible share, count or skip flag"),
    QT_TRANSLATE_NOOP("messages", "{count} unknown marks"),
    QT_TRANSLATE_NOOP("messages", "{count} unfinished model runs claim a model file"),
    QT_TRANSLATE_NOOP("messages", "{count} trained model runs without a model file"),
    QT_TRANSLATE_NOOP("messages", "model files"),
    QT_TRANSLATE_NOOP("messages", "model file {name} is damaged or half-written ({error})"),
    QT_TRANSLATE_NOOP("messages", "integrity"),
    QT_TRANSLATE_NOOP("messages", "{check}: {problem}"),
    QT_TRANSLATE_NOOP("messages", "model file {name} has no manifest"),
    QT_TRANSLATE_NOOP("messages", "model file {name} is damaged ({member})"),
    QT_TRANSLATE_NOOP("messages", "not a readable database ({error})"),
    QT_TRANSLATE_NOOP("messages", "leftovers"),
    QT_TRANSLATE_NOOP("messages", "{count} model runs stuck in training (runs {ids})"),
    QT_TRANSLATE_NOOP("messages", "{count} half-written files left behind ({names})"),
    QT_TRANSLATE_NOOP("messages", "{count} model files no run points to ({names})"),
    QT_TRANSLATE_NOOP("messages", "{count} work markers of stopped commands"),
    QT_TRANSLATE_NOOP("messages", "run {run}: {problem}"),
    # services.similar_items: an item named in an error, its kind in the language
    QT_TRANSLATE_NOOP("messages", "{title} [id {id}, {kind}]"),
)
