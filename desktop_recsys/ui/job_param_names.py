"""Readable, translated names for a job's parameters in the Jobs panel's details.

A job records its parameters under code names (``item_kind``, ``use_tuned``: the keys of
:mod:`desktop_recsys.jobs.params`, a persisted format). The details show "item kind" (条目类型)
instead; a key without an entry here (an algorithm's hyperparameter) reads with spaces for
underscores.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# Each recorded key's name, marked for translation in the "JobParams" context.
_NAMES: dict[str, str] = {
    "a": QT_TRANSLATE_NOOP("JobParams", "recommender A"),
    "algorithm": QT_TRANSLATE_NOOP("JobParams", "algorithm"),
    "algorithms": QT_TRANSLATE_NOOP("JobParams", "algorithms"),
    "b": QT_TRANSLATE_NOOP("JobParams", "recommender B"),
    "balance": QT_TRANSLATE_NOOP("JobParams", "balance"),
    "budget_s": QT_TRANSLATE_NOOP("JobParams", "time budget (s)"),
    "days": QT_TRANSLATE_NOOP("JobParams", "days"),
    "due_only": QT_TRANSLATE_NOOP("JobParams", "due only"),
    "evaluate": QT_TRANSLATE_NOOP("JobParams", "evaluate"),
    "exclude_not_interested": QT_TRANSLATE_NOOP("JobParams", "leave out “not interested”"),
    "export_kind": QT_TRANSLATE_NOOP("JobParams", "export kind"),
    "fields": QT_TRANSLATE_NOOP("JobParams", "fields"),
    "fmt": QT_TRANSLATE_NOOP("JobParams", "format"),
    "folds": QT_TRANSLATE_NOOP("JobParams", "folds"),
    "force": QT_TRANSLATE_NOOP("JobParams", "force"),
    "genres": QT_TRANSLATE_NOOP("JobParams", "genres"),
    "highlight_profile": QT_TRANSLATE_NOOP("JobParams", "highlighted profile"),
    "import_kind": QT_TRANSLATE_NOOP("JobParams", "import kind"),
    "interactions": QT_TRANSLATE_NOOP("JobParams", "interactions"),
    "item_id": QT_TRANSLATE_NOOP("JobParams", "item"),
    "item_ids": QT_TRANSLATE_NOOP("JobParams", "items"),
    "item_kind": QT_TRANSLATE_NOOP("JobParams", "item kind"),
    "item_title": QT_TRANSLATE_NOOP("JobParams", "title"),
    "items": QT_TRANSLATE_NOOP("JobParams", "items"),
    "k": QT_TRANSLATE_NOOP("JobParams", "list length (k)"),
    "lab": QT_TRANSLATE_NOOP("JobParams", "Model Lab"),
    "lang": QT_TRANSLATE_NOOP("JobParams", "language"),
    "last_n": QT_TRANSLATE_NOOP("JobParams", "last n"),
    "library": QT_TRANSLATE_NOOP("JobParams", "library"),
    "limit": QT_TRANSLATE_NOOP("JobParams", "limit"),
    "max_trials": QT_TRANSLATE_NOOP("JobParams", "most trials"),
    "method": QT_TRANSLATE_NOOP("JobParams", "method"),
    "metric": QT_TRANSLATE_NOOP("JobParams", "metric"),
    "models_dir": QT_TRANSLATE_NOOP("JobParams", "models folder"),
    "n": QT_TRANSLATE_NOOP("JobParams", "count"),
    "name": QT_TRANSLATE_NOOP("JobParams", "name"),
    "options": QT_TRANSLATE_NOOP("JobParams", "options"),
    "out": QT_TRANSLATE_NOOP("JobParams", "output file"),
    "params": QT_TRANSLATE_NOOP("JobParams", "parameters"),
    "path": QT_TRANSLATE_NOOP("JobParams", "path"),
    "playlist_id": QT_TRANSLATE_NOOP("JobParams", "playlist"),
    "points": QT_TRANSLATE_NOOP("JobParams", "points"),
    "pool": QT_TRANSLATE_NOOP("JobParams", "pool"),
    "profile": QT_TRANSLATE_NOOP("JobParams", "profile"),
    "profile_name": QT_TRANSLATE_NOOP("JobParams", "profile name"),
    "profiles": QT_TRANSLATE_NOOP("JobParams", "profiles"),
    "protocol": QT_TRANSLATE_NOOP("JobParams", "protocol"),
    "rankers": QT_TRANSLATE_NOOP("JobParams", "rankers"),
    "run_id": QT_TRANSLATE_NOOP("JobParams", "run"),
    "save": QT_TRANSLATE_NOOP("JobParams", "save"),
    "scores": QT_TRANSLATE_NOOP("JobParams", "scores"),
    "seed": QT_TRANSLATE_NOOP("JobParams", "seed"),
    "seed_title": QT_TRANSLATE_NOOP("JobParams", "seed title"),
    "shelves": QT_TRANSLATE_NOOP("JobParams", "shelves"),
    "signal": QT_TRANSLATE_NOOP("JobParams", "signal"),
    "sound_share": QT_TRANSLATE_NOOP("JobParams", "sound share"),
    "source": QT_TRANSLATE_NOOP("JobParams", "source"),
    "strategy": QT_TRANSLATE_NOOP("JobParams", "strategy"),
    "time_decay_days": QT_TRANSLATE_NOOP("JobParams", "time decay (days)"),
    "use_tuned": QT_TRANSLATE_NOOP("JobParams", "tuned settings"),
    "workers": QT_TRANSLATE_NOOP("JobParams", "workers"),
    "write": QT_TRANSLATE_NOOP("JobParams", "write"),
}


def param_name(key: str) -> str:
    """``key``'s readable name in the interface's language ("item kind", 条目类型)."""
    english = _NAMES.get(key)
    if english is None:
        return key.replace("_", " ")
    return QCoreApplication.translate("JobParams", english)


def known_keys() -> frozenset[str]:
    """The keys that have a name (the test checks every job's recorded keys are among them)."""
    return frozenset(_NAMES)
