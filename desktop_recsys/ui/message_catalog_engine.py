"""The :class:`~desktop_recsys.progress.Message` templates of the engine's errors (and of a few
training progress lines), listed for the translators (issue 19: errors follow the language in
the window and on the command line).

The engine stays free of Qt, so an error it raises for a person (a bad parameter, a bad rule, a
file that is not a model) is a ``UserError`` carrying a ``Message``; its template is repeated
here inside ``QT_TRANSLATE_NOOP`` in the context ``"messages"``.
``desktop_recsys.ui.message_catalog.MESSAGES`` includes these; ``tests/ui/test_message_catalog.py``
and ``tests/test_error_messages_catalogue.py`` keep the list complete and translated.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

#: Error (and progress) message templates of ``desktop_recsys.engine`` (context ``"messages"``), by module.
ENGINE_MESSAGES: tuple[str, ...] = (
    # engine._memory
    QT_TRANSLATE_NOOP(
        "messages",
        "{algorithm} with factors={factors} needs about {need:.1f} GiB of memory for "
        "{users:,} users and {items:,} items, but only {free:.1f} GiB is free; use "
        "--param factors={fits} or fewer",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{what} needs about {need} of memory, but only {free} is free; {advice}",
    ),
    # engine.algorithms.content
    QT_TRANSLATE_NOOP(
        "messages", "{algorithm} on {items:,} items with {chars:,} characters of text"
    ),
    QT_TRANSLATE_NOOP("messages", "use --param text_weight=0 (genres, tags and people only)"),
    QT_TRANSLATE_NOOP("messages", "use another algorithm (als), or free some memory"),
    # engine.algorithms.ease
    QT_TRANSLATE_NOOP(
        "messages",
        "ease needs {need:.1f} GiB for {items} items but only {free:.1f} GiB is free; use "
        "--param max_items={fits} or the als algorithm",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "ease: l2 must be positive when some item has no interaction; raise --param l2",
    ),
    QT_TRANSLATE_NOOP(
        "messages", "ease: the Gram matrix is not positive definite; raise --param l2"
    ),
    # engine.algorithms.hybrid
    QT_TRANSLATE_NOOP("messages", "hybrid components must be distinct; name each algorithm once"),
    QT_TRANSLATE_NOOP(
        "messages",
        "hybrid has {components} components but {weights} weights; give one weight per component",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "hybrid weights must not all be 0; give one component a positive weight",
    ),
    QT_TRANSLATE_NOOP("messages", "cold_weights takes two numbers: content, popularity"),
    QT_TRANSLATE_NOOP("messages", "{name!r} cannot be a component of the hybrid"),
    QT_TRANSLATE_NOOP("messages", "options name {name!r}, which is not a component"),
    # engine.algorithms.knn
    QT_TRANSLATE_NOOP("messages", "use --param {name}={fits} or fewer"),
    QT_TRANSLATE_NOOP(
        "messages", "use the als algorithm, which needs far less, or free some memory"
    ),
    QT_TRANSLATE_NOOP("messages", "{algorithm} with {name}={value} for {n:,} users"),
    QT_TRANSLATE_NOOP("messages", "{algorithm} with {name}={value} for {n:,} items"),
    # engine.algorithms.learned_ranker.memory
    QT_TRANSLATE_NOOP(
        "messages",
        "{algorithm} with {name}={value} for {users:,} users and {items:,} items",
    ),
    QT_TRANSLATE_NOOP(
        "messages", "use a smaller library or another algorithm, or free some memory"
    ),
    QT_TRANSLATE_NOOP("messages", "use --param generator=popularity, or free some memory"),
    QT_TRANSLATE_NOOP("messages", "use a smaller library or free some memory"),
    # engine.algorithms.learned_ranker.model
    QT_TRANSLATE_NOOP(
        "messages",
        "learned-ranker needs users with at least 5 interactions to learn from; use "
        "another algorithm",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "learned-ranker: no held-out item reached the candidates; raise candidates or use "
        "another generator",
    ),
    # engine.algorithms.learned_ranker.params
    QT_TRANSLATE_NOOP(
        "messages",
        "{name!r} cannot generate candidates for the ranker; choose another generator",
    ),
    # engine.base
    QT_TRANSLATE_NOOP("messages", "parameter {name}={value!r} is not one of: {choices}"),
    QT_TRANSLATE_NOOP("messages", "parameter {name}={value!r} must be at least {least}"),
    QT_TRANSLATE_NOOP("messages", "parameter {name}={value!r} must be at most {most}"),
    QT_TRANSLATE_NOOP(
        "messages",
        "parameter {name}={value!r} is too large: at most {limit:,g} is allowed; choose a "
        "smaller value",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "the data set has no users or no items to learn from; add ratings or plays first",
    ),
    QT_TRANSLATE_NOOP("messages", "the saved model lacks {names}; train the model again"),
    # engine.dataset
    QT_TRANSLATE_NOOP(
        "messages",
        "{path}: no interactions after the header row; add one user,item row per interaction",
    ),
    QT_TRANSLATE_NOOP("messages", "{path}: line {line}: weight {weight!r} is not a number"),
    QT_TRANSLATE_NOOP("messages", "{path}: file not found; check the path"),
    QT_TRANSLATE_NOOP(
        "messages", "{path}: is a directory, not a file; give the path of a CSV file"
    ),
    QT_TRANSLATE_NOOP("messages", "{path}: not UTF-8 text; save it as UTF-8 and try again"),
    QT_TRANSLATE_NOOP("messages", "{path}: cannot parse as CSV ({reason})"),
    QT_TRANSLATE_NOOP(
        "messages", "{path}: line {line}: not UTF-8 text; save it as UTF-8 and try again"
    ),
    QT_TRANSLATE_NOOP("messages", "{path}: line {line}: cannot parse as CSV ({reason})"),
    QT_TRANSLATE_NOOP(
        "messages",
        '{path}: line {line}: a field is longer than {limit} characters; is a quote (") left open?',
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{path}: line {line}: a user id of {length:,} characters; a table of {count:,} ids that "
        'wide would take {mib:,} MiB; is a column misplaced, or a quote (") left open?',
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{path}: line {line}: an item id of {length:,} characters; a table of {count:,} ids that "
        'wide would take {mib:,} MiB; is a column misplaced, or a quote (") left open?',
    ),
    QT_TRANSLATE_NOOP("messages", "{path}: cannot read ({reason})"),
    QT_TRANSLATE_NOOP(
        "messages", "{path}: empty file (expected a header row, then user,item[,weight])"
    ),
    QT_TRANSLATE_NOOP(
        "messages", "{path}: the header has {columns} column; expected user,item[,weight]"
    ),
    QT_TRANSLATE_NOOP("messages", "{path}: line {line}: expected {columns}"),
    QT_TRANSLATE_NOOP(
        "messages", "{path}: line {line}: empty user id; fill it in or remove the row"
    ),
    QT_TRANSLATE_NOOP(
        "messages", "{path}: line {line}: empty item id; fill it in or remove the row"
    ),
    # engine.evaluation.classifiers
    QT_TRANSLATE_NOOP(
        "messages", "no tested user to judge the classifiers on; add more ratings or plays"
    ),
    # engine.evaluation.experiment
    QT_TRANSLATE_NOOP("messages", "no algorithm to evaluate; name at least one"),
    QT_TRANSLATE_NOOP("messages", "the cutoff K must be at least 1"),
    QT_TRANSLATE_NOOP(
        "messages",
        "no tested user: nobody has enough interactions to hold some out; add more "
        "ratings or plays",
    ),
    QT_TRANSLATE_NOOP("messages", "an empty algorithm name; write e.g. als or als:factors=64"),
    QT_TRANSLATE_NOOP(
        "messages",
        "algorithm parameter {part!r} is not KEY=VALUE; write e.g. als:factors=64",
    ),
    # engine.evaluation.splits
    QT_TRANSLATE_NOOP(
        "messages",
        "leave-last-N-out needs a date for every interaction; use another protocol",
    ),
    QT_TRANSLATE_NOOP("messages", "unknown protocol {name!r}; use one of {choices}"),
    QT_TRANSLATE_NOOP("messages", "the held-out share {share} must be between 0 and 1 (e.g. 0.2)"),
    QT_TRANSLATE_NOOP(
        "messages", "a tested user needs at least 2 interactions (one to learn from)"
    ),
    QT_TRANSLATE_NOOP("messages", "last-n must be at least 1, not {last_n}"),
    QT_TRANSLATE_NOOP("messages", "k-fold needs at least 2 folds, not {folds}"),
    QT_TRANSLATE_NOOP("messages", "a holdout is repeated at least once, not {repeats} times"),
    QT_TRANSLATE_NOOP(
        "messages",
        "leave-last-N-out needs interaction dates, and this data has none; use another protocol",
    ),
    # engine.evaluation.tuning
    QT_TRANSLATE_NOOP("messages", "cannot tune for {metric!r}; use one of {choices}"),
    QT_TRANSLATE_NOOP("messages", "the cutoff of {metric!r} must be at least 1"),
    QT_TRANSLATE_NOOP(
        "messages", "the time budget must be a positive number of seconds, not {budget}"
    ),
    QT_TRANSLATE_NOOP("messages", "the number of trials must be at least 1 (got {n})"),
    QT_TRANSLATE_NOOP("messages", "unknown search method {method!r}; use one of {choices}"),
    QT_TRANSLATE_NOOP(
        "messages",
        "no user has enough interactions to carve a validation split from; add more "
        "ratings or plays",
    ),
    QT_TRANSLATE_NOOP("messages", "the cutoff of {metric!r} is not a number; write e.g. ndcg@10"),
    # engine.params
    QT_TRANSLATE_NOOP("messages", "{what} must not be empty"),
    QT_TRANSLATE_NOOP("messages", "{what}: {raw!r} must be a finite number of at least 0"),
    QT_TRANSLATE_NOOP("messages", "{what}: {part!r} is not ALGORITHM.PARAM=VALUE"),
    QT_TRANSLATE_NOOP("messages", "{what}: {raw!r} is not a number"),
    # engine.persistence
    QT_TRANSLATE_NOOP(
        "messages", "the disk holding {folder} is full; free some space and train again"
    ),
    QT_TRANSLATE_NOOP("messages", "cannot save the model: {what}; no model was saved"),
    QT_TRANSLATE_NOOP(
        "messages",
        "{folder} is on a read-only disk; use a library in a folder you can write to",
    ),
    QT_TRANSLATE_NOOP("messages", "{path}: not a desktop_recsys model file"),
    QT_TRANSLATE_NOOP(
        "messages",
        "{path}: model format version {version} is not supported (this version reads "
        "{supported}); train the model again",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{path}: this {algorithm} model was trained on other data (fingerprint mismatch); "
        "train it again on the current library",
    ),
    QT_TRANSLATE_NOOP("messages", "{path}: unknown parameters {names}; train the model again"),
    QT_TRANSLATE_NOOP(
        "messages",
        "you may not write to {folder}; use a library in a folder you can write to",
    ),
    QT_TRANSLATE_NOOP("messages", "{path}: model file not found; train the model again"),
    QT_TRANSLATE_NOOP("messages", "{path}: damaged model file ({error}); train the model again"),
    QT_TRANSLATE_NOOP(
        "messages",
        "{folder} is not a folder (a file or a broken link has that name); move it away",
    ),
    QT_TRANSLATE_NOOP("messages", "{folder}: {reason}"),
    QT_TRANSLATE_NOOP(
        "messages",
        "{path}: damaged model file (array {name} fails its checksum); train the model again",
    ),
    # engine.playlists.evaluate
    QT_TRANSLATE_NOOP(
        "messages",
        "certification: {value!r} is no certification this app knows; use e.g. G, PG, "
        "PG-13, R, U, 12A, 15, FSK 12 or an age such as 12",
    ),
    # engine.playlists.rules
    QT_TRANSLATE_NOOP("messages", "{field}: {text!r} is not a number"),
    QT_TRANSLATE_NOOP("messages", "cannot order by {name!r}; use one of {choices}"),
    QT_TRANSLATE_NOOP("messages", "unknown preset {name!r}; presets: {choices}"),
    QT_TRANSLATE_NOOP(
        "messages", "duration: {text!r} is not a length; write seconds or e.g. 90s, 4m, 1h"
    ),
    QT_TRANSLATE_NOOP("messages", "{text!r} is not a span of time; write e.g. 180d, 2w, 6m or 1y"),
    QT_TRANSLATE_NOOP("messages", "unknown field {field!r}; fields: {choices}"),
    QT_TRANSLATE_NOOP("messages", "{field}: unknown operator {op!r}; use one of {choices}"),
    QT_TRANSLATE_NOOP("messages", "{field} {op}: a value is missing; write FIELD:OP:VALUE"),
    QT_TRANSLATE_NOOP(
        "messages",
        "rule {text!r} is not FIELD:OP:VALUE (for example plays:>=:3 or genre:=:Jazz)",
    ),
    QT_TRANSLATE_NOOP("messages", "the rules are nested too deeply (at most 8 groups)"),
    QT_TRANSLATE_NOOP("messages", "a rule group must be an object with 'match' and 'rules'"),
    QT_TRANSLATE_NOOP("messages", "match must be all or any (got {match!r})"),
    QT_TRANSLATE_NOOP("messages", "'rules' must be a list"),
    QT_TRANSLATE_NOOP("messages", "order {text!r}: write FIELD, FIELD:asc or FIELD:desc"),
    QT_TRANSLATE_NOOP("messages", "a length limit must be more than 0"),
    QT_TRANSLATE_NOOP("messages", "{text!r} is not a date; write YYYY-MM-DD"),
    QT_TRANSLATE_NOOP("messages", "energy: {value!r} is outside 0-1 (0 calm, 1 intense)"),
    QT_TRANSLATE_NOOP("messages", "tempo: {value!r} is no tempo; write beats per minute, e.g. 120"),
    QT_TRANSLATE_NOOP("messages", "the limit must be at least 1 (got {limit})"),
    QT_TRANSLATE_NOOP("messages", "kind must be track, artist or film (got {kind!r})"),
    QT_TRANSLATE_NOOP("messages", "the saved rules are not an object; recreate the smart playlist"),
    QT_TRANSLATE_NOOP(
        "messages",
        "these rules were saved by a newer version of the app; update the app to use them",
    ),
    QT_TRANSLATE_NOOP(
        "messages", "limit {text!r}: write a number of items (50) or a length (90m, 2h)"
    ),
    QT_TRANSLATE_NOOP("messages", "each rule must be an object with field, op and value"),
    QT_TRANSLATE_NOOP(
        "messages", "the saved rules are damaged ({error}); recreate the smart playlist"
    ),
    QT_TRANSLATE_NOOP("messages", "{field}: {value!r} is not one of {choices}"),
    QT_TRANSLATE_NOOP("messages", "{field}: write yes or no (got {value!r})"),
    # engine.base, engine.algorithms.ease, engine.algorithms._solvers: training progress
    QT_TRANSLATE_NOOP("messages", "{algorithm}: starting"),
    QT_TRANSLATE_NOOP("messages", "{algorithm}: done"),
    QT_TRANSLATE_NOOP("messages", "ease: Gram matrix"),
    QT_TRANSLATE_NOOP("messages", "ease: user Gram matrix"),
    QT_TRANSLATE_NOOP("messages", "ease: item scales"),
    QT_TRANSLATE_NOOP("messages", "factorising"),
    QT_TRANSLATE_NOOP("messages", "inverting"),
    QT_TRANSLATE_NOOP("messages", "multiplying"),
    # engine.sonic.reasons: why a track was not analysed (stored as a code, shown translated)
    QT_TRANSLATE_NOOP("messages", "file not found"),
    QT_TRANSLATE_NOOP("messages", "cannot read the file: {detail}"),
    QT_TRANSLATE_NOOP("messages", "the file is empty (0 bytes)"),
    QT_TRANSLATE_NOOP("messages", "not an audio file this app can read ({kind})"),
    QT_TRANSLATE_NOOP("messages", "not an audio file this app can read ({kind}): {detail}"),
    QT_TRANSLATE_NOOP("messages", "without an extension"),
    QT_TRANSLATE_NOOP("messages", "the file gives no sample rate"),
    QT_TRANSLATE_NOOP("messages", "cannot decode: no audio in the file"),
    QT_TRANSLATE_NOOP("messages", "cannot decode: {detail}"),
    QT_TRANSLATE_NOOP(
        "messages", "too short: {seconds:.1f} s of audio (at least {needed:g} s needed)"
    ),
    QT_TRANSLATE_NOOP("messages", "the decoded audio holds invalid samples"),
    QT_TRANSLATE_NOOP("messages", "silent: no sound above -70 dB in the analysed window"),
    QT_TRANSLATE_NOOP("messages", "cannot analyse the audio: {detail}"),
    QT_TRANSLATE_NOOP("messages", "the decoder crashed on this file (its worker process ended)"),
    QT_TRANSLATE_NOOP("messages", "no decoder here reads {kind} files"),
    QT_TRANSLATE_NOOP("messages", "no decoder here reads {kind} files (the app analyses them)"),
    # engine.base, engine.features.explanation, engine.algorithms: an explanation's own text
    QT_TRANSLATE_NOOP("messages", "people"),
    QT_TRANSLATE_NOOP("messages", "decade"),
    QT_TRANSLATE_NOOP("messages", "duration"),
    QT_TRANSLATE_NOOP("messages", "sound"),
    QT_TRANSLATE_NOOP("messages", "{kind} {names}"),
    QT_TRANSLATE_NOOP("messages", "because you liked {names}"),
    QT_TRANSLATE_NOOP("messages", "similar people liked it: {names}"),
    QT_TRANSLATE_NOOP("messages", "like {names}"),
    QT_TRANSLATE_NOOP("messages", "shares {what}"),
    QT_TRANSLATE_NOOP("messages", "content (new user)"),
    QT_TRANSLATE_NOOP("messages", "content (new item)"),
    QT_TRANSLATE_NOOP("messages", "blend of {parts}"),
    QT_TRANSLATE_NOOP("messages", "blend: no component has evidence"),
    QT_TRANSLATE_NOOP("messages", "{part} {share:.2f}"),
    QT_TRANSLATE_NOOP("messages", "no friends with a history"),
    QT_TRANSLATE_NOOP("messages", "your friends {names} have it"),
    QT_TRANSLATE_NOOP("messages", "friends of your friends have it: {names}"),
    QT_TRANSLATE_NOOP("messages", "{name} (friend of a friend)"),
    QT_TRANSLATE_NOOP("messages", "{model} re-ranked on {drivers}"),
    QT_TRANSLATE_NOOP("messages", "outside the {model} candidates"),
)
