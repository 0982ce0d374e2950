"""Job titles in the interface's language, made from a job's kind and parameters.

A job definition's own ``title`` is English (the command line and the logs use it). The
interface shows this translated title instead, built when it is shown from what every job
carries (kind and parameters), so live jobs, the previous sessions' jobs from the history
and jobs submitted outside the views (the demo library, idle retrains) read alike. Names come
from the parameters (``profile_name``, ``item_title``: the views pass them to the
definitions), else from the profile names the main window knows, else "profile 3".
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_recsys.config.cjk_spacing import format_spaced
from desktop_recsys.jobs.records import JobInfo
from desktop_recsys.ui.common import algorithm_text


def kind_plural(item_kind: object) -> str:
    """ "films", "tracks", "artists" (or "items" for none), translated."""
    if item_kind == "film":
        return QCoreApplication.translate("JobTitles", "films")
    if item_kind == "track":
        return QCoreApplication.translate("JobTitles", "tracks")
    if item_kind == "artist":
        return QCoreApplication.translate("JobTitles", "artists")
    return QCoreApplication.translate("JobTitles", "items")


#: The parameters each kind's title is made from; without them the job's own title is used.
_NEEDS: dict[str, tuple[str, ...]] = {
    "train": ("algorithm", "item_kind"),
    "recommend": ("item_kind", "profile"),
    "for_you": ("item_kind", "profile"),
    "activate_model": ("run_id",),
    "more_like_this": ("item_id",),
    "insights": ("profile",),
    "shelves": ("item_kind", "profile"),
    "group_list": ("item_kind", "profiles"),
    "bulk_edit": ("items",),
    "import": ("source", "import_kind"),
    "export_list": ("out",),
    "export_report": ("out",),
    "export": ("out", "export_kind"),
    "evaluate": ("algorithms", "item_kind"),
    "tune": ("algorithm", "item_kind", "budget_s"),
    "ab_test_start": ("a", "b", "profile"),
    "tune_many": ("algorithms", "item_kind", "budget_s"),
}


def _who(params: Mapping[str, Any], names: Mapping[int, str] | None) -> str | None:
    """The profile a job is about, by name where one is known; None for no profile."""
    if params.get("profile_name"):
        return str(params["profile_name"])
    profile = params.get("profile")
    if profile is None or profile == "":
        return None
    if isinstance(profile, int) and not isinstance(profile, bool):
        if names and profile in names:
            return names[profile]
        return format_spaced(QCoreApplication.translate("JobTitles", "profile {0}"), profile)
    return str(profile)  # the command line names profiles by name


def _file(value: object) -> str:
    return Path(str(value)).name if value else ""


def job_title(
    kind: str,
    params: Mapping[str, Any] | None,
    fallback: str = "",
    names: Mapping[int, str] | None = None,
) -> str:
    """The translated title of a job of ``kind`` with ``params``; ``fallback`` (else the kind)
    for a kind this module does not know. ``names``: profile id -> name. Spaced as the
    command line's sentences are (:func:`~desktop_recsys.config.cjk_spacing.format_spaced`):
    no space between two Chinese words, one between Chinese and a Latin name or a number
    ("训练电影的默认算法模型", "为 Ada 推荐电影")."""
    return _title(kind, params, fallback, names)


def _title(
    kind: str,
    params: Mapping[str, Any] | None,
    fallback: str,
    names: Mapping[int, str] | None,
) -> str:
    p: Mapping[str, Any] = params or {}
    if fallback and any(key not in p for key in _NEEDS.get(kind, ())):
        return fallback  # submitted by hand, without a definition's parameters
    what = kind_plural(p.get("item_kind"))
    who = _who(p, names)
    if kind == "create_demo":
        return QCoreApplication.translate("JobTitles", "Creating the demo library")
    if kind == "remove_demo":
        return QCoreApplication.translate("JobTitles", "Removing the demo data")
    if kind == "train":
        if who:
            return format_spaced(
                QCoreApplication.translate("JobTitles", "Training {0} on {1} for {2}"),
                algorithm_text(p.get("algorithm")),
                what,
                who,
            )
        return format_spaced(
            QCoreApplication.translate("JobTitles", "Training {0} on {1}"),
            algorithm_text(p.get("algorithm")),
            what,
        )
    if kind in ("recommend", "for_you"):
        return format_spaced(
            QCoreApplication.translate("JobTitles", "Recommending {0} for {1}"), what, who or ""
        )
    if kind == "activate_model":
        return format_spaced(
            QCoreApplication.translate("JobTitles", "Switching to model {0}"), p.get("run_id", "")
        )
    if kind == "radio":
        return format_spaced(
            QCoreApplication.translate("JobTitles", "Starting a radio from “{0}”"),
            p.get("seed_title") or p.get("seed", ""),
        )
    if kind == "mixes":
        return QCoreApplication.translate("JobTitles", "Making the daily mixes")
    if kind == "sonic_analysis":
        return QCoreApplication.translate("JobTitles", "Analysing the tracks' sound")
    if kind == "check_models":
        return QCoreApplication.translate("JobTitles", "Checking models for new data")
    if kind == "more_like_this":
        if p.get("item_title"):
            return format_spaced(
                QCoreApplication.translate("JobTitles", "Finding items like “{0}”"), p["item_title"]
            )
        return QCoreApplication.translate("JobTitles", "Finding similar items")
    if kind == "insights":
        return format_spaced(
            QCoreApplication.translate("JobTitles", "Summarising {0}'s taste"), who or ""
        )
    if kind == "shelves":
        return format_spaced(
            QCoreApplication.translate("JobTitles", "Finding {0} like {1}'s favourites"),
            what,
            who or "",
        )
    if kind == "group_list":
        return format_spaced(
            QCoreApplication.translate("JobTitles", "Recommending {0} for a group of {1}"),
            what,
            len(p.get("profiles") or ()),
        )
    if kind == "playlists_refresh":
        return QCoreApplication.translate("JobTitles", "Refreshing smart playlists")
    if kind == "playlist_preview":
        return QCoreApplication.translate("JobTitles", "Counting the matching items")
    if kind == "playlist_save":
        return format_spaced(
            QCoreApplication.translate("JobTitles", "Saving the smart playlist “{0}”"),
            p.get("name", ""),
        )
    if kind == "bulk_edit":
        return format_spaced(
            QCoreApplication.translate("JobTitles", "Editing {0} items"), p.get("items", "")
        )
    if kind == "import":
        return format_spaced(
            QCoreApplication.translate("JobTitles", "Importing {0} ({1})"),
            _file(p.get("source")),
            p.get("import_kind", ""),
        )
    if kind in ("export_list", "export_report"):
        return format_spaced(
            QCoreApplication.translate("JobTitles", "Exporting {0}"), _file(p.get("out"))
        )
    if kind == "export":
        return format_spaced(
            QCoreApplication.translate("JobTitles", "Exporting {0} ({1})"),
            _file(p.get("out")),
            p.get("export_kind", ""),
        )
    if kind == "evaluate":
        algorithms = [str(a) for a in p.get("algorithms") or ()]
        count = len(algorithms)
        if count == 1:  # one algorithm: named (never "1 algorithms")
            if who:
                return format_spaced(
                    QCoreApplication.translate("JobTitles", "Evaluating {0} on {1} for {2}"),
                    algorithms[0],
                    what,
                    who,
                )
            return format_spaced(
                QCoreApplication.translate("JobTitles", "Evaluating {0} on {1}"),
                algorithms[0],
                what,
            )
        if who:
            return format_spaced(
                QCoreApplication.translate("JobTitles", "Evaluating {0} algorithms on {1} for {2}"),
                count,
                what,
                who,
            )
        return format_spaced(
            QCoreApplication.translate("JobTitles", "Evaluating {0} algorithms on {1}"), count, what
        )
    if kind == "tune_many":
        names = ", ".join(str(a) for a in p.get("algorithms") or ())
        budget = float(p.get("budget_s") or 0)
        if who:
            return format_spaced(
                QCoreApplication.translate("JobTitles", "Tuning {0} on {1} for {2} ({3:g} s each)"),
                names,
                what,
                who,
                budget,
            )
        return format_spaced(
            QCoreApplication.translate("JobTitles", "Tuning {0} on {1} ({2:g} s each)"),
            names,
            what,
            budget,
        )
    if kind == "tune":
        budget = float(p.get("budget_s") or 0)
        if who:
            return format_spaced(
                QCoreApplication.translate("JobTitles", "Tuning {0} on {1} for {2} ({3:g} s)"),
                p.get("algorithm", ""),
                what,
                who,
                budget,
            )
        return format_spaced(
            QCoreApplication.translate("JobTitles", "Tuning {0} on {1} ({2:g} s)"),
            p.get("algorithm", ""),
            what,
            budget,
        )
    if kind == "ab_test_start":
        return format_spaced(
            QCoreApplication.translate("JobTitles", "Starting a blind test of {0} and {1} for {2}"),
            p.get("a", ""),
            p.get("b", ""),
            who or "",
        )
    if kind == "ab_test_stop":
        return QCoreApplication.translate("JobTitles", "Stopping the blind test")
    if kind == "ab_test_report":
        return QCoreApplication.translate("JobTitles", "Reading the blind test")
    if kind == "lab_algorithms":
        return QCoreApplication.translate("JobTitles", "Listing the algorithms")
    if kind == "backup":
        return QCoreApplication.translate("JobTitles", "Backing up the library")
    if kind == "tag_sync":
        if p.get("write"):
            return QCoreApplication.translate("JobTitles", "Writing ratings to the files")
        return QCoreApplication.translate("JobTitles", "Reading ratings from the files")
    return fallback or kind.replace("_", " ").capitalize()


def info_title(info: JobInfo | None, names: Mapping[int, str] | None = None) -> str:
    """The translated title of a live job (a generic "Job" for None)."""
    if info is None:
        return QCoreApplication.translate("JobTitles", "Job")
    return job_title(info.kind, info.params, info.title, names)
