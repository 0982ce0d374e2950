"""The command line's help texts and plain words, listed for the translators.

Written by ``scripts/cli_catalog.py`` from the parser (do not edit by hand): the command line
has no Qt, so ``pyside6-lupdate`` cannot see its texts. ``desktop_recsys/cli/help_language.py``
looks them up at run time (contexts ``"cli"`` and ``"argparse"``); a test fails when this list
and the parser disagree or a text has no finished Chinese translation.
"""

# ruff: noqa: E501

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

#: argparse's own words (context ``"argparse"``).
ARGPARSE: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
)

#: The command line's help texts and words (context ``"cli"``).
CLI: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("cli", "{0}: cancelled"),
    QT_TRANSLATE_NOOP("cli", "{0}: interrupted"),
    QT_TRANSLATE_NOOP("cli", "; did you mean {0}?"),
    QT_TRANSLATE_NOOP(
        "cli", "out of memory; close other programs or choose smaller settings, then try again"
    ),
    QT_TRANSLATE_NOOP(
        "cli", "the input is nested too deeply to be read; check that it is the right file"
    ),
    QT_TRANSLATE_NOOP("cli", "the disk is full; free some space and try again"),
    QT_TRANSLATE_NOOP("cli", "the disk is read-only; use a folder you can write to"),
    QT_TRANSLATE_NOOP("cli", "permission denied; use a folder you can write to"),
    QT_TRANSLATE_NOOP("cli", "a file or folder is missing; check the path"),
    QT_TRANSLATE_NOOP("cli", "Library {0}"),
    QT_TRANSLATE_NOOP("cli", "Library {0}  (synthetic demo data)"),
    QT_TRANSLATE_NOOP("cli", "tracks"),
    QT_TRANSLATE_NOOP("cli", "artists"),
    QT_TRANSLATE_NOOP("cli", "films"),
    QT_TRANSLATE_NOOP("cli", "profiles"),
    QT_TRANSLATE_NOOP("cli", "ratings"),
    QT_TRANSLATE_NOOP("cli", "plays"),
    QT_TRANSLATE_NOOP("cli", "friendships"),
    QT_TRANSLATE_NOOP("cli", "genres"),
    QT_TRANSLATE_NOOP("cli", "tags"),
    QT_TRANSLATE_NOOP("cli", "playlists"),
    QT_TRANSLATE_NOOP(
        "cli",
        "Offline recommendations for the music and films on your computer. With no command, opens the application.",
    ),
    QT_TRANSLATE_NOOP(
        "cli",
        "Exit status: 0 done; 1 a problem with the input (one line on stderr says what and what to do; your files are as they were); 2 a usage mistake (unknown command, option or choice; the nearest valid word is suggested); 130 cancelled.",
    ),
    QT_TRANSLATE_NOOP("cli", "commands"),
    QT_TRANSLATE_NOOP(
        "cli", "library file to use instead of the default one in your user data folder"
    ),
    QT_TRANSLATE_NOOP(
        "cli",
        "check this installation in a temporary folder (demo data, evaluate, train, recommend, build the main window offscreen) and exit; needs no display",
    ),
    QT_TRANSLATE_NOOP("cli", "fill an empty library with the synthetic demo library"),
    QT_TRANSLATE_NOOP("cli", "show what the library holds"),
    QT_TRANSLATE_NOOP("cli", "add, list or remove profiles, or switch one incognito"),
    QT_TRANSLATE_NOOP("cli", "record a play (or a skip) of an item, as the player would"),
    QT_TRANSLATE_NOOP("cli", "rate an item for a profile (0.5 to 5 stars) or clear it"),
    QT_TRANSLATE_NOOP(
        "cli", "import play counts, skips, ratings and watched films from other players"
    ),
    QT_TRANSLATE_NOOP(
        "cli", "train on a user,item,weight CSV and write every user's top N to a CSV"
    ),
    QT_TRANSLATE_NOOP(
        "cli", "train on a user,item,weight CSV and predict a score for every user,item pair"
    ),
    QT_TRANSLATE_NOOP(
        "cli",
        "import a data set, a personal history or a CSV file into the library (one transaction: all or nothing; importing twice changes nothing)",
    ),
    QT_TRANSLATE_NOOP(
        "cli",
        "export the library, a profile's data, a playlist or recommendations to a file (written atomically; CSV cells are made formula-safe)",
    ),
    QT_TRANSLATE_NOOP(
        "cli", "list, show, refresh and export playlists; create smart playlists from rules"
    ),
    QT_TRANSLATE_NOOP(
        "cli",
        "list likely duplicate items (same file content; same external id; films: same title and year, or one's alias is the other's title; tracks: same artist and title, durations within 2 s when known), or merge two",
    ),
    QT_TRANSLATE_NOOP("cli", "train a recommender on the library and register the model"),
    QT_TRANSLATE_NOOP("cli", "recommend items for a profile from the newest model"),
    QT_TRANSLATE_NOOP("cli", "list trained models or roll back to an earlier one"),
    QT_TRANSLATE_NOOP(
        "cli", "items like one item: what people who have it also have (content for new items)"
    ),
    QT_TRANSLATE_NOOP(
        "cli",
        "analyse the tracks' sound (tempo, key, loudness, energy, brightness, timbre) for 'similar --by sound'; only tracks not analysed yet or changed since",
    ),
    QT_TRANSLATE_NOOP("cli", "print one track's sonic features"),
    QT_TRANSLATE_NOOP("cli", "an endless radio from a track, artist, album, film or playlist"),
    QT_TRANSLATE_NOOP(
        "cli",
        "a profile's daily mixes (2-6 mixes of its favourites and new picks, made again daily)",
    ),
    QT_TRANSLATE_NOOP(
        "cli", "ratings and play counts in your music files' tags: read them in, or write them out"
    ),
    QT_TRANSLATE_NOOP(
        "cli", "measure recommenders on the library (or on a TRAIN/TEST file pair) with intervals"
    ),
    QT_TRANSLATE_NOOP(
        "cli", "search an algorithm's hyper-parameters within a time budget and store the best"
    ),
    QT_TRANSLATE_NOOP(
        "cli",
        "a blind test of two recommenders on yourself: For you mixes their lists, what you play, rate or mark counts for the one that placed it",
    ),
    QT_TRANSLATE_NOOP(
        "cli",
        "back up the library now (SQLite online backup; the newest backups are kept), or list its backups",
    ),
    QT_TRANSLATE_NOOP(
        "cli",
        "replace the library with a backup, after checking the backup's integrity; the library as it was is kept as a backup",
    ),
    QT_TRANSLATE_NOOP("cli", "random seed (default 7)"),
    QT_TRANSLATE_NOOP("cli", "print no progress"),
    QT_TRANSLATE_NOOP(
        "cli",
        "remove every synthetic (demo) item and profile, with what hangs on them, in one transaction; real data stays",
    ),
    QT_TRANSLATE_NOOP("cli", "--remove: do not ask for confirmation"),
    QT_TRANSLATE_NOOP("cli", "print one JSON object"),
    QT_TRANSLATE_NOOP("cli", "create a profile"),
    QT_TRANSLATE_NOOP("cli", "list profiles"),
    QT_TRANSLATE_NOOP("cli", "delete a profile with its ratings and plays"),
    QT_TRANSLATE_NOOP("cli", "switch recording of a profile's plays off (on) or back on (off)"),
    QT_TRANSLATE_NOOP(
        "cli", "show or change what a profile may see (certification, explicit, genres, PIN)"
    ),
    QT_TRANSLATE_NOOP("cli", "item id, or the path of its file"),
    QT_TRANSLATE_NOOP("cli", "profile name or id"),
    QT_TRANSLATE_NOOP("cli", "share of the item played (default 1)"),
    QT_TRANSLATE_NOOP("cli", "record a skip (moved on early)"),
    QT_TRANSLATE_NOOP("cli", "0.5 to 5, in half stars"),
    QT_TRANSLATE_NOOP("cli", "remove the rating"),
    QT_TRANSLATE_NOOP(
        "cli",
        "import a player's history into a profile (one transaction; importing again adds only what the player counted since)",
    ),
    QT_TRANSLATE_NOOP("cli", "hyper-parameter"),
    QT_TRANSLATE_NOOP(
        "cli",
        "movielens: a MovieLens folder (ml-latest, ml-latest-small, ml-25m, ml-1m, ml-100k); lastfm-hetrec: the HetRec 2011 Last.fm 2k folder; csv: any CSV file, with --map COLUMN=FIELD,...; folder: a folder of music and films (rescans are incremental); lastfm-scrobbles: a Last.fm scrobbles CSV (artist, album, track, time), with --profile; listenbrainz: a ListenBrainz listens export (zip, folder or .jsonl), with --profile; letterboxd: a Letterboxd export (zip, folder, or ratings/diary/watched.csv), with --profile; imdb: an IMDb ratings.csv (1-10 stars are halved to 0.5-5), with --profile; library: a library exported by 'export library' (CSV or JSON); profile: a profile archive written by 'export profile' (.zip); --profile renames it; playlist: an M3U8 or CSV playlist, with --profile (and --name, default the file name); strawberry: Strawberry's strawberry.db: play and skip counts, ratings; with --profile; clementine: Clementine's clementine.db: play and skip counts, ratings; with --profile; rhythmbox: Rhythmbox's rhythmdb.xml: play counts, ratings; with --profile; kodi: Kodi's MyVideos<N>.db: watched films and resume points; with --profile",
    ),
    QT_TRANSLATE_NOOP("cli", "the folder or file to import"),
    QT_TRANSLATE_NOOP(
        "cli", "csv only: which column holds which field (title, artist, year, rating, ...)"
    ),
    QT_TRANSLATE_NOOP("cli", "profile that receives ratings and plays (created if new)"),
    QT_TRANSLATE_NOOP("cli", "csv only: kind of the items when no column says"),
    QT_TRANSLATE_NOOP("cli", "abort on the first bad row"),
    QT_TRANSLATE_NOOP("cli", "write the import report as JSON"),
    QT_TRANSLATE_NOOP("cli", "playlist only: the playlist's name (default: the file's)"),
    QT_TRANSLATE_NOOP(
        "cli",
        "movielens and lastfm-hetrec only: this data-set user is you; with --profile, their ratings, plays and friends go to that profile (the others are community profiles)",
    ),
    QT_TRANSLATE_NOOP("cli", "all items as CSV or JSON (read back by 'import library')"),
    QT_TRANSLATE_NOOP(
        "cli",
        "one profile's ratings, plays, marks, friends, playlists and settings as a zip (read back by 'import profile')",
    ),
    QT_TRANSLATE_NOOP("cli", "a playlist as M3U8 or CSV (read back by 'import playlist')"),
    QT_TRANSLATE_NOOP("cli", "a profile's recommendations as M3U8 or CSV"),
    QT_TRANSLATE_NOOP("cli", "the profile's and the shared playlists"),
    QT_TRANSLATE_NOOP("cli", "a playlist's items (a smart one refreshed first)"),
    QT_TRANSLATE_NOOP("cli", "compute a smart playlist again from its rules"),
    QT_TRANSLATE_NOOP("cli", "write a playlist as M3U8 or CSV"),
    QT_TRANSLATE_NOOP("cli", "delete a playlist"),
    QT_TRANSLATE_NOOP("cli", "smart playlists: rules over the library and the model"),
    QT_TRANSLATE_NOOP("cli", "print the groups as JSON"),
    QT_TRANSLATE_NOOP(
        "cli",
        "fold DROP into KEEP (ratings, plays, tags, genres, marks, playlist entries, ids) and delete DROP, in one transaction",
    ),
    QT_TRANSLATE_NOOP("cli", "what to recommend"),
    QT_TRANSLATE_NOOP("cli", "train a model for this profile only (default: one shared model)"),
    QT_TRANSLATE_NOOP("cli", "what to learn from"),
    QT_TRANSLATE_NOOP(
        "cli",
        "also fit a copy on a held-out split and put NDCG@10, Recall@20, coverage@10 (and RMSE for rating models) on the model card (about twice the time)",
    ),
    QT_TRANSLATE_NOOP("cli", "train with the algorithm's defaults, not the settings 'tune' stored"),
    QT_TRANSLATE_NOOP("cli", "use the newest model of this algorithm"),
    QT_TRANSLATE_NOOP("cli", "say why each item is there"),
    QT_TRANSLATE_NOOP(
        "cli",
        "for each item, where it would rank without each item cited as its evidence (exact for ease, item-knn, als, content and default; an estimate elsewhere, and it says so)",
    ),
    QT_TRANSLATE_NOOP("cli", "list model runs, newest first"),
    QT_TRANSLATE_NOOP("cli", "serve recommendations from this run again"),
    QT_TRANSLATE_NOOP("cli", 'the item\'s id or title ("The Matrix")'),
    QT_TRANSLATE_NOOP("cli", "how many (default 10)"),
    QT_TRANSLATE_NOOP("cli", "look the title up among these items only"),
    QT_TRANSLATE_NOOP("cli", "use this profile's model (default: a shared one, else any)"),
    QT_TRANSLATE_NOOP(
        "cli",
        "compare by what people do (default), by how tracks sound (after analyze), or both: behaviour where people have the item, sound where few do",
    ),
    QT_TRANSLATE_NOOP("cli", "analyse at most N tracks this time"),
    QT_TRANSLATE_NOOP("cli", "tracks analysed at once (default: one per core)"),
    QT_TRANSLATE_NOOP("cli", "print the report as JSON"),
    QT_TRANSLATE_NOOP("cli", "no progress lines"),
    QT_TRANSLATE_NOOP("cli", "the track's id or title"),
    QT_TRANSLATE_NOOP(
        "cli",
        "what the radio starts from: an item id, a title, album:NAME, artist:NAME or playlist:NAME",
    ),
    QT_TRANSLATE_NOOP("cli", "profile name or id whose taste counts (default: none)"),
    QT_TRANSLATE_NOOP("cli", "how many items (default 50)"),
    QT_TRANSLATE_NOOP(
        "cli", "0 = more like the seed, 1 = more like the profile's taste (default 0.5)"
    ),
    QT_TRANSLATE_NOOP(
        "cli",
        "0-1: how much of what follows is chosen by how tracks sound (needs analyze; default 0: by what people do)",
    ),
    QT_TRANSLATE_NOOP("cli", "leave out what the profile already rated or played"),
    QT_TRANSLATE_NOOP("cli", "write the radio to this .m3u8 or .csv file"),
    QT_TRANSLATE_NOOP("cli", "print the list as JSON"),
    QT_TRANSLATE_NOOP("cli", "default: track"),
    QT_TRANSLATE_NOOP("cli", "write one .m3u8 per mix into this folder"),
    QT_TRANSLATE_NOOP("cli", "make the mixes again even if they are fresh"),
    QT_TRANSLATE_NOOP(
        "cli",
        "0-1: how much the tracks' sound shapes the mixes (needs analyze; kept for the profile; default: the profile's choice, 0 until one is made)",
    ),
    QT_TRANSLATE_NOOP(
        "cli",
        "take into the library the ratings and play counts the files changed more recently (files are not changed)",
    ),
    QT_TRANSLATE_NOOP(
        "cli",
        "write the library's newer ratings and play counts into the files (the audio is never touched) and read the files' newer ones in",
    ),
    QT_TRANSLATE_NOOP("cli", "what to recommend (library only)"),
    QT_TRANSLATE_NOOP(
        "cli",
        "algorithms to compare, NAME or NAME:key=value;key=value (default popularity,item-knn,user-knn,ease,als)",
    ),
    QT_TRANSLATE_NOOP(
        "cli", "how to split (default: the per-user random holdout of EVALUATION.md)"
    ),
    QT_TRANSLATE_NOOP("cli", "cutoff(s) (default 10)"),
    QT_TRANSLATE_NOOP("cli", "measure this profile only (everyone still trains)"),
    QT_TRANSLATE_NOOP("cli", "what to learn from; 'ratings' adds RMSE/MAE for rating models"),
    QT_TRANSLATE_NOOP("cli", "last-n: hold out N (default 20 %%)"),
    QT_TRANSLATE_NOOP("cli", "kfold: number of folds (default 5)"),
    QT_TRANSLATE_NOOP("cli", "split seed (default 42)"),
    QT_TRANSLATE_NOOP("cli", "evaluate on files instead"),
    QT_TRANSLATE_NOOP("cli", "held-out rows for --train"),
    QT_TRANSLATE_NOOP("cli", "compare the ranker's classifiers"),
    QT_TRANSLATE_NOOP("cli", "use stored tuned configurations"),
    QT_TRANSLATE_NOOP("cli", "write the report as JSON"),
    QT_TRANSLATE_NOOP("cli", "write the comparison table as CSV"),
    QT_TRANSLATE_NOOP("cli", "write a self-contained HTML page"),
    QT_TRANSLATE_NOOP("cli", "what to optimise (default ndcg@10; rmse for rating models)"),
    QT_TRANSLATE_NOOP("cli", "store the choice for this profile"),
    QT_TRANSLATE_NOOP("cli", "only report, store nothing"),
    QT_TRANSLATE_NOOP("cli", "print the result as JSON"),
    QT_TRANSLATE_NOOP(
        "cli", "start a test (a missing model of either recommender is trained first)"
    ),
    QT_TRANSLATE_NOOP("cli", "the score so far, or of the last test"),
    QT_TRANSLATE_NOOP("cli", "end the running test (its score is kept)"),
    QT_TRANSLATE_NOOP("cli", "write the backup to FILE instead of the backups folder"),
    QT_TRANSLATE_NOOP("cli", "list the library's backups, newest first"),
    QT_TRANSLATE_NOOP("cli", "the backup file to restore"),
    QT_TRANSLATE_NOOP("cli", "do not ask for confirmation"),
    QT_TRANSLATE_NOOP(
        "cli", "item ids of a few favourites (rated five stars), so the first list is personal"
    ),
    QT_TRANSLATE_NOOP("cli", "print a JSON list"),
    QT_TRANSLATE_NOOP(
        "cli",
        "Show (no options) or change what a profile may see. Certifications of several systems are compared as minimum ages: G 0, PG 10, PG-13 13, R 17, NC-17 18; U 0, 12A 12, 15, 18; FSK 0/6/12/16/18; or an age such as 12. A profile with a PIN needs it for every change (DESKTOP_RECSYS_PIN, or typed without echo).",
    ),
    QT_TRANSLATE_NOOP(
        "cli", "hide items certified above C (e.g. PG, PG-13, 12A, 'FSK 12', 12); 'none' removes it"
    ),
    QT_TRANSLATE_NOOP("cli", "hide explicit tracks"),
    QT_TRANSLATE_NOOP("cli", "show explicit tracks"),
    QT_TRANSLATE_NOOP("cli", "hide films without a certification (for a child)"),
    QT_TRANSLATE_NOOP("cli", "show films without a certification"),
    QT_TRANSLATE_NOOP("cli", "hide genre(s)"),
    QT_TRANSLATE_NOOP("cli", "hide tag(s)"),
    QT_TRANSLATE_NOOP("cli", "remove every limit (the PIN stays)"),
    QT_TRANSLATE_NOOP(
        "cli", "set a new PIN (typed twice without echo, or from DESKTOP_RECSYS_NEW_PIN)"
    ),
    QT_TRANSLATE_NOOP("cli", "remove the PIN"),
    QT_TRANSLATE_NOOP(
        "cli",
        "strawberry (strawberry.db), clementine (clementine.db), rhythmbox (rhythmdb.xml) or kodi (MyVideos<N>.db)",
    ),
    QT_TRANSLATE_NOOP("cli", "the player's database file"),
    QT_TRANSLATE_NOOP("cli", "the profile the history is for (created if missing)"),
    QT_TRANSLATE_NOOP("cli", "say what would be imported; change nothing"),
    QT_TRANSLATE_NOOP("cli", "also write the report as JSON"),
    QT_TRANSLATE_NOOP("cli", "playlist name"),
    QT_TRANSLATE_NOOP("cli", "whose playlist (default: a shared one)"),
    QT_TRANSLATE_NOOP("cli", "default: from the --out extension"),
    QT_TRANSLATE_NOOP(
        "cli", "M3U8: write paths relative to DIR (the folder the playlist will live in)"
    ),
    QT_TRANSLATE_NOOP("cli", "how many (default 50)"),
    QT_TRANSLATE_NOOP("cli", "models folder (default: the library's, where 'train' writes)"),
    QT_TRANSLATE_NOOP("cli", "whose playlists (name or id; without it: the shared ones)"),
    QT_TRANSLATE_NOOP("cli", "playlist name or id"),
    QT_TRANSLATE_NOOP("cli", "print JSON"),
    QT_TRANSLATE_NOOP("cli", "the file (.m3u8 or .csv; the extension picks the format)"),
    QT_TRANSLATE_NOOP("cli", "the format, whatever --out"),
    QT_TRANSLATE_NOOP("cli", "create a smart playlist from rules or a preset"),
    QT_TRANSLATE_NOOP("cli", "only this profile's models"),
    QT_TRANSLATE_NOOP("cli", "library file to use"),
    QT_TRANSLATE_NOOP(
        "cli",
        "whose ratings and plays (name or id; default: the library's profile for files, else its first profile)",
    ),
    QT_TRANSLATE_NOOP("cli", "change nothing; print what would happen"),
    QT_TRANSLATE_NOOP("cli", "the first recommender"),
    QT_TRANSLATE_NOOP("cli", "the second recommender"),
    QT_TRANSLATE_NOOP(
        "cli", "whose test (name or id; may be left out when the library has one profile)"
    ),
    QT_TRANSLATE_NOOP("cli", "run for N days (default: a week)"),
    QT_TRANSLATE_NOOP("cli", "run until N interactions are credited"),
    QT_TRANSLATE_NOOP("cli", "whose test (name or id)"),
    QT_TRANSLATE_NOOP("cli", "which items' test (default: any)"),
    QT_TRANSLATE_NOOP(
        "cli",
        "fields (FIELD:OP:VALUE):\n  kind           choice  track, artist or film\n  genre          set     one of the item's genres (any case)\n  tag            set     one of the item's tags (any case)\n  artist         text    the performer of a track, the director of a film\n  album          text    the album\n  title          text    the title\n  language       text    the language code or name stored with the item\n  year           number  the year of release\n  duration       number  length: seconds, or 90s, 4m, 1h\n  rating         number  your stars, 0.5 to 5 (none: not rated)\n  plays          number  how many times you played it (films: watched it)\n  skips          number  how many times you skipped it\n  watched        bool    yes: played or watched at least once; no: never\n  last_played    date    when you last played or watched it\n  unplayed_days  number  days since you last played it (never played: always)\n  added          date    when it came into the library\n  score          number  the serving model's score for you (higher: more recommended)\n  tempo          number  beats per minute, from the sound analysis (none: not analysed)\n  energy         number  energy from 0 (calm) to 1 (intense), from the sound analysis\n  certification  age     the certification as a minimum age: PG-13, 12A, FSK 12 or an age (none: unrated)\n  explicit       bool    yes: marked explicit (parental advisory); no: not marked\noperators:\n  number  = != < <= > >= none any\n  text    = != contains !contains starts none any\n  set     = != contains !contains none any  (genre, tag: '=' means has that one)\n  date    older newer before after never any  (older/newer 180d, 2w, 6m, 1y; before/after YYYY-MM-DD)\n  age     <= >= none any  (certification:<=:PG-13 at most, >=:12 at least; none: unrated; a limited profile never sees more than its limits)\n  choice  = !=      bool  = yes|no\nnone, any and never take no value (rating:none = not rated).\norder by: kind, artist, album, title, language, year, duration, rating, plays, skips, watched, last_played, unplayed_days, added, score, tempo, energy, certification, explicit, random (FIELD:asc or FIELD:desc for the direction)\npresets: rediscovery, fresh, top_rated, recent\nexample: playlist smart create 'Jazz I loved' --profile me --rule 'genre:=:Jazz' --rule 'rating:>=:4' --rule 'last_played:older:180d' --order score --limit 50",
    ),
    QT_TRANSLATE_NOOP("cli", "the new playlist's name"),
    QT_TRANSLATE_NOOP("cli", "an item must pass all rules (default) or any of them"),
    QT_TRANSLATE_NOOP("cli", "a rule (repeat it); the fields are listed below"),
    QT_TRANSLATE_NOOP(
        "cli",
        "a ready-made playlist instead of rules: rediscovery (Rediscovery), fresh (Fresh for you), top_rated (Top rated by me), recent (Recently added)",
    ),
    QT_TRANSLATE_NOOP("cli", "order of the list (default: added, newest first; a preset's own)"),
    QT_TRANSLATE_NOOP("cli", "at most N items, or a length such as 90m or 2h"),
    QT_TRANSLATE_NOOP("cli", "only items of this kind (films count as played once watched)"),
    QT_TRANSLATE_NOOP("cli", "the seed of --order random (stored, so refreshing keeps the order)"),
)
