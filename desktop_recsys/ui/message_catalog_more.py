"""More :class:`~desktop_recsys.progress.Message` templates, listed for the translators.

The part of :data:`desktop_recsys.ui.message_catalog.MESSAGES` that the command line's
translation added (issue 19): errors and progress of services, the library and the engine that
``desktop-recsys`` shows. Kept apart only because one file would pass 700 lines;
``message_catalog.MESSAGES`` includes these, and the same test keeps both complete.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

#: Message templates (context ``"messages"``), grouped by the module that uses them.
MORE_MESSAGES: tuple[str, ...] = (
    # engine.algorithms: training steps (popularity, ease, content, social, knn, learned_ranker)
    QT_TRANSLATE_NOOP("messages", "popularity: counted"),
    QT_TRANSLATE_NOOP("messages", "ease: weights"),
    QT_TRANSLATE_NOOP("messages", "content: text indexed"),
    QT_TRANSLATE_NOOP("messages", "content: attributes indexed"),
    QT_TRANSLATE_NOOP("messages", "content: item vectors built"),
    QT_TRANSLATE_NOOP("messages", "social: reading friendships"),
    QT_TRANSLATE_NOOP("messages", "social: friends of {done} of {total} users"),
    QT_TRANSLATE_NOOP("messages", "similarities: chunk {chunk} of {chunks}"),
    QT_TRANSLATE_NOOP("messages", "learned-ranker: held out training positives"),
    QT_TRANSLATE_NOOP("messages", "learned-ranker: classifier trained"),
    # library.repositories.profiles (the command line shows these too)
    QT_TRANSLATE_NOOP("messages", "no profile named {name!r}; see 'desktop-recsys profile list'"),
    QT_TRANSLATE_NOOP("messages", "a profile named {name!r} already exists"),
    # engine.params: --param values and algorithm names
    QT_TRANSLATE_NOOP(
        "messages",
        "unknown algorithm {name!r} (did you mean {near!r}?); choose one of: {choices}",
    ),
    QT_TRANSLATE_NOOP("messages", "unknown algorithm {name!r}; choose one of: {choices}"),
    QT_TRANSLATE_NOOP(
        "messages",
        "unknown parameter {key!r} for algorithm {algorithm!r} (did you mean {near!r}?); "
        "known: {known}",
    ),
    QT_TRANSLATE_NOOP(
        "messages", "unknown parameter {key!r} for algorithm {algorithm!r}; known: {known}"
    ),
    QT_TRANSLATE_NOOP(
        "messages", "parameter {key}={raw!r} for algorithm {algorithm!r} is not {kind}"
    ),
    QT_TRANSLATE_NOOP("messages", "true or false"),
    QT_TRANSLATE_NOOP("messages", "an integer"),
    QT_TRANSLATE_NOOP("messages", "a number"),
    QT_TRANSLATE_NOOP("messages", "a finite number"),
    # services.listening: play, rate (the command line shows these)
    QT_TRANSLATE_NOOP("messages", "the share played must be a number from 0 to 1 (got {share!r})"),
    QT_TRANSLATE_NOOP("messages", "the share played must be from 0 to 1 (got {share})"),
    QT_TRANSLATE_NOOP("messages", "no item {item} in the library; `search` finds an item's id"),
    QT_TRANSLATE_NOOP(
        "messages", "no item {item} in the library; give an item id or a file's path"
    ),
    QT_TRANSLATE_NOOP("messages", "no item given; give an item id or a file's path"),
    QT_TRANSLATE_NOOP(
        "messages", "{text!r} is neither an item id nor the path of a file in the library"
    ),
    QT_TRANSLATE_NOOP("messages", "a rating is a number of stars from 0.5 to 5 (got {stars!r})"),
    QT_TRANSLATE_NOOP("messages", "a rating is 0.5 to 5 stars in half stars (got {stars})"),
    # engine.evaluation.splits: the protocol line of an evaluation
    QT_TRANSLATE_NOOP(
        "messages",
        "per-user random holdout repeated {repeats} times: {share} of each user with at least "
        "{least} interactions (seeds {seed} to {last})",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "per-user random holdout: {share} of each user with at least {least} interactions "
        "(seed {seed})",
    ),
    QT_TRANSLATE_NOOP("messages", "leave-last {n}-out by time (users with at least {least})"),
    QT_TRANSLATE_NOOP(
        "messages", "leave-most recent {share}-out by time (users with at least {least})"
    ),
    QT_TRANSLATE_NOOP("messages", "{folds}-fold cross-validation per user (seed {seed})"),
    # services.ab_test_service: starting, reporting and stopping a blind test
    QT_TRANSLATE_NOOP("messages", "--days must be more than 0 and at most {most} (got {days})"),
    QT_TRANSLATE_NOOP("messages", "--interactions must be 1 to {most} (got {given})"),
    QT_TRANSLATE_NOOP("messages", "--a and --b are both {name}; choose two different recommenders"),
    QT_TRANSLATE_NOOP(
        "messages", "no profile: create one first with 'desktop-recsys profile add NAME'"
    ),
    QT_TRANSLATE_NOOP(
        "messages", "no profile given and the library has several; add --profile ({names})"
    ),
    QT_TRANSLATE_NOOP(
        "messages", "{count} blind tests are running; say which with --profile and --kind"
    ),
    QT_TRANSLATE_NOOP(
        "messages", "no blind test is running; start one with 'desktop-recsys abtest start'"
    ),
    QT_TRANSLATE_NOOP(
        "messages", "no blind test yet; start one with 'desktop-recsys abtest start'"
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "a blind test of {a} and {b} is already running for {name}'s {kinds}; see it with "
        "'desktop-recsys abtest report' or stop it with 'desktop-recsys abtest stop' first",
    ),
    # services.privacy_service: a model that could not be trained again without the profile
    QT_TRANSLATE_NOOP("messages", "{algorithm} for {kinds}: {reason}"),
    # services.sonic_analysis (analyze, features)
    QT_TRANSLATE_NOOP("messages", "--limit must be at least 1"),
    QT_TRANSLATE_NOOP(
        "messages",
        "{title} [id {item}] has not been analysed yet; run 'desktop-recsys analyze' first",
    ),
    # services.tag_sync: whose ratings travel with the files
    QT_TRANSLATE_NOOP("messages", "no rating"),
    QT_TRANSLATE_NOOP("messages", "{stars} star"),
    QT_TRANSLATE_NOOP("messages", "{stars} stars"),
    QT_TRANSLATE_NOOP("messages", "rating {old} -> {new}"),
    QT_TRANSLATE_NOOP("messages", "plays {old} -> {new}"),
    QT_TRANSLATE_NOOP("messages", "{detail} (changed on disk since the last scan)"),
    QT_TRANSLATE_NOOP(
        "messages", "profile {name!r} is a data set's user; choose a person's profile"
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "no profile receives the ratings in your files; create one with "
        "'desktop-recsys profile add NAME' or give --profile",
    ),
    # services.similar_items: naming an item by id or title (similar, radio, features)
    QT_TRANSLATE_NOOP("messages", "no item given; name an item by its id or its title"),
    QT_TRANSLATE_NOOP("messages", "item"),
    QT_TRANSLATE_NOOP("messages", "{listed} and {more} more"),
    QT_TRANSLATE_NOOP(
        "messages",
        '{count} items are titled {text!r}: {listed}; give the id, the year ("Title (1999)") or '
        "--kind",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "no {what} is titled {text!r}; did you mean: {listed}? Give the id or the exact title",
    ),
    QT_TRANSLATE_NOOP("messages", "no {what} matches {text!r}; check the id or the title"),
    # library.importers.duplicates: why items look like one work
    QT_TRANSLATE_NOOP("messages", "same file content"),
    QT_TRANSLATE_NOOP("messages", "same {source} id {value}"),
    QT_TRANSLATE_NOOP("messages", "same title and year"),
    QT_TRANSLATE_NOOP("messages", "same film under another title ({name})"),
    QT_TRANSLATE_NOOP("messages", "same artist, title and duration"),
    QT_TRANSLATE_NOOP("messages", "same artist and title"),
    QT_TRANSLATE_NOOP("messages", "--map entry {entry!r} is not COLUMN=FIELD"),
    QT_TRANSLATE_NOOP(
        "messages", "--map field {field!r} is unknown; use one of {fields} or id.SOURCE"
    ),
    QT_TRANSLATE_NOOP("messages", "--map must name the column holding the title (COLUMN=title)"),
    QT_TRANSLATE_NOOP("messages", "unknown item kind {kind!r}; use one of {kinds}"),
    # services.cross_kind: a mood is named apart from the genres (issue 19)
    QT_TRANSLATE_NOOP("messages", "Because you listen to {terms} and to {moods} music"),
    QT_TRANSLATE_NOOP("messages", "Because you listen to {moods} music"),
    # services.recommend_service: a shared decade, not "Shares decade 1960"
    QT_TRANSLATE_NOOP("messages", "From the same decade ({names}s)"),
    QT_TRANSLATE_NOOP("messages", "{band} min"),
)
