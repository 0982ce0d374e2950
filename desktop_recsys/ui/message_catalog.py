"""Every :class:`~desktop_recsys.progress.Message` template, listed for the translators.

Services, the engine and the library stay free of Qt, so their text reaches the interface as a
``Message``: an English template and its arguments. ``pyside6-lupdate`` cannot see those calls
(they are not ``tr()``), so the templates are repeated here inside ``QT_TRANSLATE_NOOP`` in the
context ``"messages"``; ``scripts/build_translations.py --update`` extracts them into the
``.ts`` files and :func:`desktop_recsys.ui.i18n.translate_message` looks them up at run time.

A test (``tests/ui/test_message_catalog.py``) walks the package's source and fails when a
template used in a ``Message(...)`` call is missing here, when one listed here is no longer
used, or when one has no finished Chinese translation. Add a new template to the group of the
module that uses it.

:data:`IMPORT_OUTCOMES` are the outcome words of an import report (``added``, ``matched``,
...), context ``"import_report"``; the counted things (``films``, ``ratings``) are messages.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop_recsys.ui.message_catalog_engine import ENGINE_MESSAGES
from desktop_recsys.ui.message_catalog_import import IMPORT_MESSAGES
from desktop_recsys.ui.message_catalog_library import LIBRARY_MESSAGES
from desktop_recsys.ui.message_catalog_more import MORE_MESSAGES

#: Message templates (context ``"messages"``), grouped by the module that uses them.
MESSAGES: tuple[str, ...] = (
    # engine.algorithms.als
    QT_TRANSLATE_NOOP("messages", "{algorithm}: epoch {epoch} of {epochs}"),
    # engine.algorithms.learned_ranker
    QT_TRANSLATE_NOOP("messages", "{algorithm}: training rows of {done} of {total} users"),
    QT_TRANSLATE_NOOP("messages", "{algorithm}: training the decision tree"),
    QT_TRANSLATE_NOOP("messages", "{algorithm}: random forest, {trees} of {total} trees"),
    QT_TRANSLATE_NOOP("messages", "{algorithm}: training the linear svm"),
    # services.lab_service, services.lab_map: what places the catalogue map's items
    QT_TRANSLATE_NOOP("messages", "{algorithm} item factors"),
    QT_TRANSLATE_NOOP("messages", "content vectors (genres, tags, people, decade)"),
    # engine.base
    QT_TRANSLATE_NOOP("messages", "unknown item"),
    QT_TRANSLATE_NOOP("messages", "unknown user"),
    QT_TRANSLATE_NOOP("messages", "{why}: no evidence"),
    QT_TRANSLATE_NOOP("messages", "{why}: popular with {count} people"),
    QT_TRANSLATE_NOOP("messages", "popular with {count} people"),
    # engine.evaluation.experiment
    QT_TRANSLATE_NOOP("messages", "{model}: recommending ({split})"),
    QT_TRANSLATE_NOOP("messages", "{model}: measured ({split})"),
    QT_TRANSLATE_NOOP("messages", "evaluation done"),
    # engine.evaluation.tuning
    QT_TRANSLATE_NOOP("messages", "exhausted"),
    QT_TRANSLATE_NOOP("messages", "max_trials"),
    QT_TRANSLATE_NOOP("messages", "budget"),
    QT_TRANSLATE_NOOP("messages", "early_stopping"),
    QT_TRANSLATE_NOOP("messages", "trial {number}: {step}"),
    QT_TRANSLATE_NOOP(
        "messages",
        "trial {number} ({params}): {metric} {score:.4f}; best {best:.4f}",
    ),
    QT_TRANSLATE_NOOP("messages", "default"),
    QT_TRANSLATE_NOOP("messages", "tuning done: {trials} trials, stopped by {reason}"),
    # engine.features
    QT_TRANSLATE_NOOP("messages", "{algorithm}: indexing text, {done} of {total} items"),
    QT_TRANSLATE_NOOP("messages", "{algorithm}: weighting text terms"),
    # jobs.definitions
    QT_TRANSLATE_NOOP("messages", "Writing the list"),
    QT_TRANSLATE_NOOP("messages", "Copying the library"),
    QT_TRANSLATE_NOOP("messages", "Writing the report"),
    # library.db
    QT_TRANSLATE_NOOP(
        "messages",
        "library {path} is damaged ({problem}); restore a backup or choose another file",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{path} is not a readable desktop_recsys library ({problem}); choose another file",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "library {path} is read-only (or its folder is); copy it to a writable folder",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{path} is not a desktop_recsys library (not an SQLite file); choose another file",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{path} is an SQLite database of another program, not a desktop_recsys library; choose another file",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "library {path} is locked by another program; close it and try again",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "library {path} is busy in another program or window; try again shortly",
    ),
    QT_TRANSLATE_NOOP("messages", "library {path} is read-only; nothing was changed"),
    # library.demo
    QT_TRANSLATE_NOOP("messages", "Inventing artists and tracks"),
    QT_TRANSLATE_NOOP("messages", "Inventing films"),
    QT_TRANSLATE_NOOP("messages", "Writing the demo library"),
    QT_TRANSLATE_NOOP("messages", "Writing profiles, ratings and plays"),
    QT_TRANSLATE_NOOP("messages", "Introducing friends"),
    QT_TRANSLATE_NOOP("messages", "Demo library ready"),
    # library.importers._sources
    QT_TRANSLATE_NOOP("messages", "{path} does not exist"),
    QT_TRANSLATE_NOOP("messages", "{path} is not a readable zip archive"),
    # library.importers.csv_mapped
    QT_TRANSLATE_NOOP("messages", "{path} is not a file"),
    QT_TRANSLATE_NOOP("messages", "{path} is empty"),
    QT_TRANSLATE_NOOP(
        "messages",
        "{path} has no column(s) {missing}; its columns are {columns}",
    ),
    # library.importers.folder
    QT_TRANSLATE_NOOP("messages", "{path} is not a folder"),
    # library.importers.folder, folder_formats, folder_notes: a scan report's notes
    QT_TRANSLATE_NOOP("messages", "not media, not imported: {count:,} {kind} ({detail})"),
    QT_TRANSLATE_NOOP("messages", "cover art and pictures"),
    QT_TRANSLATE_NOOP("messages", "playlists and cue sheets"),
    QT_TRANSLATE_NOOP("messages", "text, logs and checksums"),
    QT_TRANSLATE_NOOP("messages", "subtitles"),
    QT_TRANSLATE_NOOP("messages", "macOS resource forks (._ files)"),
    QT_TRANSLATE_NOOP("messages", "folder settings of file managers"),
    QT_TRANSLATE_NOOP("messages", "film notes (.nfo) with no film beside them"),
    QT_TRANSLATE_NOOP("messages", "certification"),
    QT_TRANSLATE_NOOP("messages", "explicit flag"),
    # services.limits: a profile's limits and its PIN
    QT_TRANSLATE_NOOP(
        "messages",
        "{text!r} is no certification this app knows; use e.g. G, PG, PG-13, R, U, 12A, 15, FSK 12 or an age such as 12",
    ),
    QT_TRANSLATE_NOOP("messages", "a PIN has {low} to {high} characters; nothing was changed"),
    QT_TRANSLATE_NOOP(
        "messages",
        "profile {name!r} is protected by a PIN; give it (or set DESKTOP_RECSYS_PIN); nothing was changed",
    ),
    QT_TRANSLATE_NOOP("messages", "wrong PIN for profile {name!r}; nothing was changed"),
    QT_TRANSLATE_NOOP(
        "messages",
        "{path}: the content is {content} but the name says {ext}; read as {content} (rename it)",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{path}: the content is {content} but the name has no extension; read as {content} (rename it)",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{path}: audio only (no video stream), so now a track instead of a film; its ratings, plays and your edits are kept",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{path}: now a {kind} instead of a {was}; its ratings, plays and your edits are kept",
    ),
    QT_TRANSLATE_NOOP(
        "messages", "{path}: kept your edits of {fields} (the file's tags now say otherwise)"
    ),
    QT_TRANSLATE_NOOP("messages", "title"),
    QT_TRANSLATE_NOOP("messages", "artist"),
    QT_TRANSLATE_NOOP("messages", "album"),
    QT_TRANSLATE_NOOP("messages", "album artist"),
    QT_TRANSLATE_NOOP("messages", "track number"),
    QT_TRANSLATE_NOOP("messages", "year"),
    QT_TRANSLATE_NOOP("messages", "length"),
    QT_TRANSLATE_NOOP("messages", "genres"),
    QT_TRANSLATE_NOOP("messages", "film"),
    QT_TRANSLATE_NOOP("messages", "track"),
    # library.importers: notes of other imports
    QT_TRANSLATE_NOOP("messages", "layout: {name}"),
    QT_TRANSLATE_NOOP("messages", "layout: with a header"),
    QT_TRANSLATE_NOOP("messages", "layout: artist,album,track,date without a header"),
    QT_TRANSLATE_NOOP("messages", "profile {name!r} existed: its privacy settings were kept"),
    QT_TRANSLATE_NOOP(
        "messages",
        "friends of {name!r} with no profile in this library were left out: {names}",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{matched:,} of {rows:,} rows ({share:.0f}%) matched items already in the library; the others became catalogue-only items (profile {profile!r})",
    ),
    # library.importers.player_history, player_sources: other players' histories (issue 17)
    QT_TRANSLATE_NOOP("messages", "dry run: nothing was written"),
    QT_TRANSLATE_NOOP(
        "messages", "the folder moved: {old} in {player} is {new} here ({n} entries)"
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{n} item(s) had several entries (copies of one song): their counts were added up",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{matched:,} entries with a history matched items of the library ({profile!r}); {missing:,} did not (listed as problems: scan their folder, then import again)",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "all {matched:,} entries with a history matched items of the library ({profile!r})",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "a player's rating replaced the profile's only where it is newer (dated by its last play); an undated one never replaces a rating given here",
    ),
    QT_TRANSLATE_NOOP("messages", "read as a {player} database (its songs are laid out so)"),
    QT_TRANSLATE_NOOP(
        "messages",
        "{n} watched TV episode(s) passed over: the library holds films, music and artists",
    ),
    QT_TRANSLATE_NOOP("messages", "{n} entries that are not songs (radio, podcasts) passed over"),
    # library.importers.movielens
    QT_TRANSLATE_NOOP(
        "messages",
        "{path} is not a folder; give the folder of a MovieLens data set",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "no MovieLens files in {path}: expected movies.csv (ml-latest, ml-25m), movies.dat (ml-1m, ml-10m) or u.item (ml-100k)",
    ),
    # services.backup_service
    QT_TRANSLATE_NOOP("messages", "library {path} does not exist; nothing to back up"),
    QT_TRANSLATE_NOOP("messages", "the backup file cannot be the library itself"),
    QT_TRANSLATE_NOOP("messages", "cannot write {path}: folder {folder} does not exist"),
    QT_TRANSLATE_NOOP("messages", "cannot write {path}: {reason}"),
    QT_TRANSLATE_NOOP("messages", "cannot write a backup of {path}: {reason}"),
    QT_TRANSLATE_NOOP(
        "messages",
        "the restored library fails its checks ({problem}); the previous library is kept at {path}",
    ),
    # services.dataset_service
    QT_TRANSLATE_NOOP("messages", "films"),
    QT_TRANSLATE_NOOP("messages", "artists"),
    QT_TRANSLATE_NOOP("messages", "tracks"),
    QT_TRANSLATE_NOOP("messages", "Reading the film library"),
    QT_TRANSLATE_NOOP("messages", "Reading the artist library"),
    QT_TRANSLATE_NOOP("messages", "Reading the track library"),
    QT_TRANSLATE_NOOP("messages", "no profile with id {profile}"),
    QT_TRANSLATE_NOOP("messages", "Reading ratings and plays"),
    QT_TRANSLATE_NOOP("messages", "Weighing the interactions"),
    QT_TRANSLATE_NOOP(
        "messages",
        "there are no ratings of {what} to learn from (after 'don't learn from this' marks); rate some first",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "there are no plays or ratings of {what} to learn from (after 'don't learn from this' marks); rate or play some first",
    ),
    QT_TRANSLATE_NOOP("messages", "Reading genres, tags and people"),
    QT_TRANSLATE_NOOP("messages", "Building the data set"),
    QT_TRANSLATE_NOOP("messages", "{interactions:,} interactions of {profiles} profiles"),
    # services.evaluation_service
    QT_TRANSLATE_NOOP(
        "messages",
        "profile {profile} has too few interactions to hold some out (at least {needed} are needed)",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "a budget of {seconds} s is spent reading the library; give more",
    ),
    QT_TRANSLATE_NOOP("messages", "Measuring the model on held-out rows"),
    QT_TRANSLATE_NOOP("messages", "Held-out figures ready"),
    # services.export_service
    QT_TRANSLATE_NOOP("messages", "reading the library"),
    QT_TRANSLATE_NOOP("messages", "reading the profile"),
    QT_TRANSLATE_NOOP("messages", "writing the archive"),
    QT_TRANSLATE_NOOP("messages", "writing"),
    QT_TRANSLATE_NOOP("messages", "done"),
    QT_TRANSLATE_NOOP("messages", "exporting the playlist"),
    QT_TRANSLATE_NOOP(
        "messages",
        "item ids are positive numbers; see 'desktop-recsys duplicates'",
    ),
    # services.import_service
    QT_TRANSLATE_NOOP("messages", "links"),
    QT_TRANSLATE_NOOP("messages", "tags"),
    QT_TRANSLATE_NOOP("messages", "tag names"),
    QT_TRANSLATE_NOOP("messages", "ratings"),
    QT_TRANSLATE_NOOP("messages", "rows"),
    QT_TRANSLATE_NOOP("messages", "entries"),
    QT_TRANSLATE_NOOP("messages", "listens"),
    QT_TRANSLATE_NOOP("messages", "scrobbles"),
    QT_TRANSLATE_NOOP("messages", "listening counts"),
    QT_TRANSLATE_NOOP("messages", "friendships"),
    QT_TRANSLATE_NOOP("messages", "items"),
    QT_TRANSLATE_NOOP("messages", "history"),
    QT_TRANSLATE_NOOP("messages", "files"),
    QT_TRANSLATE_NOOP("messages", "profiles"),
    QT_TRANSLATE_NOOP("messages", "playlists"),
    QT_TRANSLATE_NOOP("messages", "plays"),
    QT_TRANSLATE_NOOP("messages", "views"),
    QT_TRANSLATE_NOOP("messages", "skips"),
    QT_TRANSLATE_NOOP("messages", "partial views"),
    QT_TRANSLATE_NOOP("messages", "finishing"),
    QT_TRANSLATE_NOOP("messages", "listing files"),
    QT_TRANSLATE_NOOP("messages", "reading tags"),
    QT_TRANSLATE_NOOP("messages", "matching {what}"),
    QT_TRANSLATE_NOOP("messages", "adding {what}"),
    QT_TRANSLATE_NOOP(
        "messages",
        "import csv needs --map COLUMN=FIELD,... (at least COLUMN=title)",
    ),
    # services.lab_service
    QT_TRANSLATE_NOOP("messages", "choose at least one algorithm to evaluate"),
    QT_TRANSLATE_NOOP("messages", "Evaluation done"),
    QT_TRANSLATE_NOOP("messages", "there is no evaluation to export yet"),
    QT_TRANSLATE_NOOP("messages", "{model}: lists for the charts"),
    QT_TRANSLATE_NOOP("messages", "The items have no genres: no calibration chart."),
    QT_TRANSLATE_NOOP("messages", "Projecting the catalogue to two dimensions"),
    QT_TRANSLATE_NOOP("messages", "No catalogue map: {reason}"),
    QT_TRANSLATE_NOOP(
        "messages",
        "this catalogue map has no item vectors: run the evaluation again",
    ),
    QT_TRANSLATE_NOOP("messages", "too few items for a t-SNE map ({count})"),
    QT_TRANSLATE_NOOP("messages", "Catalogue map (t-SNE): step {step} of {steps}"),
    # services.privacy_service
    QT_TRANSLATE_NOOP("messages", "Erasing profile {name}"),
    QT_TRANSLATE_NOOP("messages", "Profile {name} deleted"),
    QT_TRANSLATE_NOOP("messages", "Retraining {algorithm} for {what}"),
    # services.recommend_service
    QT_TRANSLATE_NOOP(
        "messages",
        "the number of recommendations must be at least 1 (got {n})",
    ),
    QT_TRANSLATE_NOOP("messages", "Loading the model"),
    QT_TRANSLATE_NOOP("messages", "Ranking"),
    QT_TRANSLATE_NOOP("messages", "Explaining"),
    QT_TRANSLATE_NOOP(
        "messages",
        "the data changed since this model was trained; retrain for fresher picks",
    ),
    QT_TRANSLATE_NOOP("messages", "{count} recommendations"),
    QT_TRANSLATE_NOOP("messages", "no friends with a history: content similarity"),
    QT_TRANSLATE_NOOP("messages", "no friends with a history: popular items"),
    QT_TRANSLATE_NOOP("messages", "the first model's score"),
    QT_TRANSLATE_NOOP("messages", "the first model's ranking"),
    QT_TRANSLATE_NOOP("messages", "content similarity"),
    QT_TRANSLATE_NOOP("messages", "your favourite genres"),
    QT_TRANSLATE_NOOP("messages", "popularity"),
    QT_TRANSLATE_NOOP("messages", "how much others liked it"),
    QT_TRANSLATE_NOOP("messages", "its age"),
    QT_TRANSLATE_NOOP("messages", "recent interest"),
    QT_TRANSLATE_NOOP("messages", "what your friends like"),
    QT_TRANSLATE_NOOP("messages", "how active you are"),
    QT_TRANSLATE_NOOP("messages", "content similarity, for a new profile"),
    QT_TRANSLATE_NOOP("messages", "content similarity, for a new item"),
    QT_TRANSLATE_NOOP("messages", "{first}; {second}"),
    QT_TRANSLATE_NOOP("messages", "{first}, {second}"),
    QT_TRANSLATE_NOOP("messages", "Shares genre {names}"),
    QT_TRANSLATE_NOOP("messages", "Shares tag {names}"),
    QT_TRANSLATE_NOOP("messages", "Also with {names}"),
    QT_TRANSLATE_NOOP("messages", "Similar length ({names})"),
    QT_TRANSLATE_NOOP("messages", "Shares {kind} {names}"),
    QT_TRANSLATE_NOOP("messages", "Unknown user: popular with {count} people"),
    QT_TRANSLATE_NOOP("messages", "Popular with {count} people"),
    QT_TRANSLATE_NOOP("messages", "A popular pick"),
    QT_TRANSLATE_NOOP("messages", "A friend of yours has it"),
    QT_TRANSLATE_NOOP("messages", "{count} of your friends have it"),
    QT_TRANSLATE_NOOP("messages", "Mostly from {component}"),
    QT_TRANSLATE_NOOP("messages", "Re-ranked on {features}"),
    QT_TRANSLATE_NOOP("messages", "Because you liked {titles}"),
    QT_TRANSLATE_NOOP("messages", "Liked by {count} people with similar taste"),
    QT_TRANSLATE_NOOP("messages", "From the pattern of your ratings and plays"),
    QT_TRANSLATE_NOOP(
        "messages", "no interactions yet: the most popular items; rate a few to make it yours"
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "no usable {algorithm} model for {what} ({problem}); train a new one",
    ),
    QT_TRANSLATE_NOOP("messages", "no usable model for {what} ({problem}); train a new one"),
    QT_TRANSLATE_NOOP(
        "messages",
        "no {algorithm} model has been trained for {what} yet; train one first",
    ),
    QT_TRANSLATE_NOOP("messages", "no model has been trained for {what} yet; train one first"),
    QT_TRANSLATE_NOOP(
        "messages",
        "no model has been trained for {what} yet, so their score is unknown and they come "
        "last; train one for a list ordered by taste",
    ),
    QT_TRANSLATE_NOOP("messages", "no model run {run}"),
    QT_TRANSLATE_NOOP(
        "messages",
        "model run {run} is {status}; only a trained model can serve",
    ),
    QT_TRANSLATE_NOOP("messages", "the file of model run {run} is missing; train a new model"),
    # services.what_if
    QT_TRANSLATE_NOOP(
        "messages", "Without {title} it would not be picked from your history (now #{now})"
    ),
    QT_TRANSLATE_NOOP("messages", "Without {title} it would still rank #{rank}"),
    QT_TRANSLATE_NOOP("messages", "Without {title} it would rank #{rank} (now #{now})"),
    QT_TRANSLATE_NOOP(
        "messages", "Without {title} it would rank about #{rank} (now #{now}; an estimate)"
    ),
    # services.similar_items: why an item is like another
    QT_TRANSLATE_NOOP("messages", "One person who watched {title} also watched this"),
    QT_TRANSLATE_NOOP("messages", "{count} people who watched {title} also watched this"),
    QT_TRANSLATE_NOOP("messages", "One person who played {title} also played this"),
    QT_TRANSLATE_NOOP("messages", "{count} people who played {title} also played this"),
    QT_TRANSLATE_NOOP("messages", "One person who listened to {title} also listened to this"),
    QT_TRANSLATE_NOOP("messages", "{count} people who listened to {title} also listened to this"),
    QT_TRANSLATE_NOOP("messages", "Both titles have “{word}”"),
    QT_TRANSLATE_NOOP("messages", "Same director: {name}"),
    QT_TRANSLATE_NOOP("messages", "Same artist: {name}"),
    QT_TRANSLATE_NOOP("messages", "Same genre: {names}"),
    QT_TRANSLATE_NOOP("messages", "Same genres: {names}"),
    QT_TRANSLATE_NOOP("messages", "From the same time"),
    # services.recent_taste
    QT_TRANSLATE_NOOP("messages", "Like what you played lately: {names}"),
    # services.cross_kind: one taste across music and films
    QT_TRANSLATE_NOOP("messages", "Because you listen to {terms}"),
    QT_TRANSLATE_NOOP("messages", "Because you watch {terms}"),
    QT_TRANSLATE_NOOP(
        "messages",
        "Partly from the music you listen to, until you have rated or played {full} films "
        "({count} so far)",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Partly from the films you watch, until you have rated or played {full} {kinds} "
        "({count} so far)",
    ),
    # services.library_service
    QT_TRANSLATE_NOOP("messages", "Removing the demo data"),
    QT_TRANSLATE_NOOP("messages", "Demo data removed"),
    # services.favourites
    QT_TRANSLATE_NOOP(
        "messages", "--likes takes item ids separated by commas (e.g. 12,7,30), not {part!r}"
    ),
    QT_TRANSLATE_NOOP("messages", "--likes names no item; give ids such as 12,7,30"),
    QT_TRANSLATE_NOOP(
        "messages",
        "no item with id {ids} in the library; nothing was changed "
        "(recommend --json shows item ids)",
    ),
    # services.ab_test_service: a blind test of two recommenders (issue 18)
    QT_TRANSLATE_NOOP(
        "messages",
        "No credited interactions yet: play, rate or mark items in For you while the test runs",
    ),
    QT_TRANSLATE_NOOP("messages", "The test ended without a credited interaction: no winner"),
    QT_TRANSLATE_NOOP(
        "messages",
        "{leader} won {wins} of {total} credited interactions, 95 % interval "
        "{low}–{high} %: {leader} is better for you",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{leader} won {wins} of {total} credited interactions, 95 % interval "
        "{low}–{high} %: no clear winner yet",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{leader} won {wins} of {total} credited interactions, 95 % interval "
        "{low}–{high} %: no clear winner",
    ),
    QT_TRANSLATE_NOOP("messages", "Part of a blind test: which recommender placed it stays hidden"),
    QT_TRANSLATE_NOOP("messages", "Blind test started"),
    # services.training_service
    QT_TRANSLATE_NOOP("messages", "Evaluating the model"),
    QT_TRANSLATE_NOOP("messages", "Saving the model"),
    QT_TRANSLATE_NOOP("messages", "Model saved; waiting for the library to be free"),
    QT_TRANSLATE_NOOP("messages", "Model {run} is ready"),
    # services: for_you_service, similar_items, insights_service, group_service
    QT_TRANSLATE_NOOP("messages", "No model trained yet"),
    QT_TRANSLATE_NOOP("messages", "Reading the catalogue"),
    QT_TRANSLATE_NOOP("messages", "Comparing"),
    QT_TRANSLATE_NOOP("messages", "{count} similar items"),
    QT_TRANSLATE_NOOP("messages", "Comparing with friends"),
    QT_TRANSLATE_NOOP("messages", "Done"),
    QT_TRANSLATE_NOOP("messages", "Reading the profile's favourites"),
    QT_TRANSLATE_NOOP("messages", "{count} shelves"),
    QT_TRANSLATE_NOOP("messages", "a group needs at least two profiles"),
    QT_TRANSLATE_NOOP("messages", "Recommending for {name}"),
    QT_TRANSLATE_NOOP("messages", "{picks} picks for {profiles} profiles"),
    QT_TRANSLATE_NOOP("messages", "a year is a whole number (got {value})"),
    QT_TRANSLATE_NOOP("messages", "Edited {count:,} items"),
    # services.radio_service, services.mixes_service (issue 16)
    QT_TRANSLATE_NOOP(
        "messages", "give an item id, a title, album:NAME, artist:NAME or playlist:NAME"
    ),
    QT_TRANSLATE_NOOP("messages", "no item {item} in this library; {help}"),
    QT_TRANSLATE_NOOP("messages", "no playlist called {name}; {help}"),
    QT_TRANSLATE_NOOP("messages", "the playlist {name} is empty; add items to it first"),
    QT_TRANSLATE_NOOP("messages", "no album called {name}; {help}"),
    QT_TRANSLATE_NOOP("messages", "no artist called {name}; {help}"),
    QT_TRANSLATE_NOOP("messages", "nothing matches {text}; {help}"),
    QT_TRANSLATE_NOOP("messages", "the balance must be between 0 and 1 (got {value})"),
    QT_TRANSLATE_NOOP("messages", "the radio needs at least 1 item (got {n})"),
    QT_TRANSLATE_NOOP("messages", "Finding items like the seed"),
    QT_TRANSLATE_NOOP("messages", "Reading the profile's taste"),
    QT_TRANSLATE_NOOP("messages", "Radio ready"),
    # services.sonic_analysis (issue 18)
    QT_TRANSLATE_NOOP("messages", "Looking for tracks to analyse"),
    QT_TRANSLATE_NOOP("messages", "Analysing sound: {done} of {total}"),
    QT_TRANSLATE_NOOP("messages", "Analysed {done} tracks"),
    QT_TRANSLATE_NOOP("messages", "Analysed 1 track"),
    QT_TRANSLATE_NOOP("messages", "{first} & {second} mix"),
    QT_TRANSLATE_NOOP("messages", "{name} mix"),
    QT_TRANSLATE_NOOP("messages", "Mix"),
    QT_TRANSLATE_NOOP("messages", "The mixes are up to date"),
    QT_TRANSLATE_NOOP("messages", "Reading the library"),
    QT_TRANSLATE_NOOP("messages", "Making the daily mixes"),
    QT_TRANSLATE_NOOP("messages", "{count} profiles' mixes made"),
    # services.sound_space, services.similar_sound: tracks alike by sound
    QT_TRANSLATE_NOOP("messages", "tempo"),
    QT_TRANSLATE_NOOP("messages", "energy"),
    QT_TRANSLATE_NOOP("messages", "loudness"),
    QT_TRANSLATE_NOOP("messages", "brightness"),
    QT_TRANSLATE_NOOP("messages", "key"),
    QT_TRANSLATE_NOOP("messages", "timbre"),
    QT_TRANSLATE_NOOP("messages", "Sounds like {title}: similar {first} and {second}"),
    QT_TRANSLATE_NOOP("messages", "Sounds like {title}: similar {first}"),
    QT_TRANSLATE_NOOP(
        "messages", "Sounds like {title}: the nearest in sound of the analysed tracks"
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{title} has no sound features yet; analyse the library's tracks first "
        "(desktop-recsys analyze)",
    ),
    QT_TRANSLATE_NOOP("messages", "the number of similar items must be at least 1 (got {n})"),
    QT_TRANSLATE_NOOP("messages", "no item {item} in this library"),
    # library.tag_sync, services.tag_sync: ratings and play counts in the files
    QT_TRANSLATE_NOOP(
        "messages",
        "{count:,} files carry ratings or play counts, but the library has no profile to "
        "receive them (the files are unchanged): create a profile, then read them "
        "(Settings ▸ Library ▸ Read from the files now)",
    ),
    QT_TRANSLATE_NOOP("messages", "ratings were not written to the files: {reason}"),
    QT_TRANSLATE_NOOP("messages", "{path}: ratings not written to the file: {reason}"),
    QT_TRANSLATE_NOOP("messages", "unfinished copies of a tag write (.tags.part; safe to delete)"),
    QT_TRANSLATE_NOOP("messages", "Reading the sound of the analysed tracks"),
    QT_TRANSLATE_NOOP("messages", "the sound share must be between 0 and 1 (got {value})"),
    QT_TRANSLATE_NOOP("messages", "Sounds like what you play: similar {first} and {second}"),
    QT_TRANSLATE_NOOP("messages", "Sounds like what you play: similar {first}"),
    QT_TRANSLATE_NOOP("messages", "Sounds like what you play"),
)
MESSAGES += MORE_MESSAGES  # the rest, in message_catalog_more.py (700-line limit)
MESSAGES += LIBRARY_MESSAGES  # errors of library/, services/, jobs/
MESSAGES += ENGINE_MESSAGES  # errors of engine/
MESSAGES += IMPORT_MESSAGES  # import report problems

#: Outcomes counted in an import report (``ImportReport.counts``), context ``"import_report"``.
IMPORT_OUTCOMES: dict[str, str] = {
    "added": QT_TRANSLATE_NOOP("import_report", "added"),
    "matched": QT_TRANSLATE_NOOP("import_report", "matched"),
    "updated": QT_TRANSLATE_NOOP("import_report", "updated"),
    "skipped": QT_TRANSLATE_NOOP("import_report", "skipped"),
    "new items": QT_TRANSLATE_NOOP("import_report", "new items"),
    "unchanged": QT_TRANSLATE_NOOP("import_report", "unchanged"),
    "moved": QT_TRANSLATE_NOOP("import_report", "moved"),
    "missing": QT_TRANSLATE_NOOP("import_report", "missing"),
    "back": QT_TRANSLATE_NOOP("import_report", "back"),
    "read": QT_TRANSLATE_NOOP("import_report", "read"),
    "not media": QT_TRANSLATE_NOOP("import_report", "not media"),
    "with your edits kept": QT_TRANSLATE_NOOP("import_report", "with your edits kept"),
    "refiled": QT_TRANSLATE_NOOP("import_report", "refiled"),
    # Ratings and play counts in the files' tags (library.tag_sync, services.tag_sync)
    "removed": QT_TRANSLATE_NOOP("import_report", "removed"),
    "kept (the library's is newer)": QT_TRANSLATE_NOOP(
        "import_report", "kept (the library's is newer)"
    ),
    "tags written": QT_TRANSLATE_NOOP("import_report", "tags written"),
    # Other players' histories (library.importers.player_history)
    "nothing to import (never played nor rated)": QT_TRANSLATE_NOOP(
        "import_report", "nothing to import (never played nor rated)"
    ),
    "the same file listed twice (counted once)": QT_TRANSLATE_NOOP(
        "import_report", "the same file listed twice (counted once)"
    ),
    "matched by path": QT_TRANSLATE_NOOP("import_report", "matched by path"),
    "matched by path, letter case ignored": QT_TRANSLATE_NOOP(
        "import_report", "matched by path, letter case ignored"
    ),
    "matched by moved folder": QT_TRANSLATE_NOOP("import_report", "matched by moved folder"),
    "matched by tags": QT_TRANSLATE_NOOP("import_report", "matched by tags"),
    "not in the library": QT_TRANSLATE_NOOP("import_report", "not in the library"),
    "not a local file": QT_TRANSLATE_NOOP("import_report", "not a local file"),
    "already imported": QT_TRANSLATE_NOOP("import_report", "already imported"),
    "fewer than imported before (reset in the player?)": QT_TRANSLATE_NOOP(
        "import_report", "fewer than imported before (reset in the player?)"
    ),
    "same as the profile's": QT_TRANSLATE_NOOP("import_report", "same as the profile's"),
    "kept the profile's (unchanged in the player since the last import)": QT_TRANSLATE_NOOP(
        "import_report", "kept the profile's (unchanged in the player since the last import)"
    ),
    "updated (the player's is newer)": QT_TRANSLATE_NOOP(
        "import_report", "updated (the player's is newer)"
    ),
    "kept the profile's (the player's rating has no date)": QT_TRANSLATE_NOOP(
        "import_report", "kept the profile's (the player's rating has no date)"
    ),
    "kept the profile's (rated here later)": QT_TRANSLATE_NOOP(
        "import_report", "kept the profile's (rated here later)"
    ),
}

#: The HTML evaluation report's fixed texts (``engine.evaluation.report.REPORT_WORDS``, a
#: test keeps the two lists equal), context ``"report"``: the Lab and the command line pass
#: their translations to ``EvaluationReport.to_html``.
REPORT_WORDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("report", "fit s"),
    QT_TRANSLATE_NOOP("report", "recommend s"),
    QT_TRANSLATE_NOOP("report", "model MB"),
    QT_TRANSLATE_NOOP("report", "splits"),
    QT_TRANSLATE_NOOP(
        "report", "{0:,} users, {1:,} items, {2:,} TRAIN, {3:,} held out, {4:,} tested"
    ),
    QT_TRANSLATE_NOOP("report", "All metrics (mean, 95 % bootstrap interval over users)"),
    QT_TRANSLATE_NOOP("report", "algorithm"),
    QT_TRANSLATE_NOOP("report", "Paired comparisons (bootstrap over the same users)"),
    QT_TRANSLATE_NOOP("report", "pair"),
    QT_TRANSLATE_NOOP("report", "metric"),
    QT_TRANSLATE_NOOP("report", "mean difference"),
    QT_TRANSLATE_NOOP("report", "95 % interval"),
    QT_TRANSLATE_NOOP("report", "resamples won by the first"),
    QT_TRANSLATE_NOOP("report", "users"),
    QT_TRANSLATE_NOOP("report", "{0} vs {1}"),
    QT_TRANSLATE_NOOP("report", "Learning curve: {0} by TRAIN interactions per user"),
    QT_TRANSLATE_NOOP("report", "interactions"),
    QT_TRANSLATE_NOOP("report", "mean"),
    QT_TRANSLATE_NOOP("report", "interval"),
)
