"""Job definitions: small frozen dataclasses that name a service call and how to run it.

Each ``*Job`` carries only ids, paths and parameters (never a connection or a widget), says
which lane it needs and what to call it in the interface, and calls one function from
``services`` with the runner's ``progress`` and ``cancel``. Its ``params()`` (what the job
history keeps) follow from its fields (:class:`~desktop_recsys.jobs.params.FieldParams`), unless
the job says otherwise.

One module per subject; every public name is re-exported here, so callers import from
``desktop_recsys.jobs.definitions``:

- :mod:`.library`: the demo library, bulk edits;
- :mod:`.imports` / :mod:`.exports`: reading data in, writing files out;
- :mod:`.training`: train, recommend, switch the serving run, find stale models;
- :mod:`.discovery`: For you candidates, shelves, group lists, similar items, insights;
- :mod:`.evaluation` / :mod:`.lab`: compare and tune algorithms, the Model Lab's jobs;
- :mod:`.radio`: start a radio, make the daily mixes;
- :mod:`.sonic`: analyse the tracks' sound;
- :mod:`.backup`: back the library up;
- :mod:`.naming`: how titles name a profile and replace keys a library.
"""

from __future__ import annotations

import importlib
from typing import Any

from desktop_recsys.jobs.definitions.ab_test import AbTestReportJob, StartAbTestJob, StopAbTestJob
from desktop_recsys.jobs.definitions.backup import BackupJob
from desktop_recsys.jobs.definitions.discovery import (
    ForYouCandidatesJob,
    GroupListJob,
    MoreLikeThisJob,
    ProfileInsightsJob,
    ShelvesJob,
)
from desktop_recsys.jobs.definitions.evaluation import EvaluateJob, TuneJob, TuneManyJob
from desktop_recsys.jobs.definitions.exports import EXPORT_KINDS, ExportItemListJob, ExportJob
from desktop_recsys.jobs.definitions.imports import ImportJob
from desktop_recsys.jobs.definitions.lab import ExportLabReportJob, LabAlgorithmsJob, LabEvaluateJob
from desktop_recsys.jobs.definitions.library import BulkEditJob, CreateDemoLibraryJob, RemoveDemoJob
from desktop_recsys.jobs.definitions.radio import RefreshMixesJob, StartRadioJob
from desktop_recsys.jobs.definitions.sound import SoundsLikeJob
from desktop_recsys.jobs.definitions.training import (
    ActivateModelRunJob,
    FindStaleModelsJob,
    RecommendJob,
    TrainModelJob,
)

__all__ = [
    "AnalyseSoundJob",
    "EXPORT_KINDS",
    "AbTestReportJob",
    "ActivateModelRunJob",
    "BackupJob",
    "BulkEditJob",
    "CreateDemoLibraryJob",
    "EvaluateJob",
    "ExportItemListJob",
    "ExportJob",
    "ExportLabReportJob",
    "FindStaleModelsJob",
    "ForYouCandidatesJob",
    "GroupListJob",
    "ImportJob",
    "LabAlgorithmsJob",
    "LabEvaluateJob",
    "MoreLikeThisJob",
    "ProfileInsightsJob",
    "RecommendJob",
    "RefreshMixesJob",
    "RemoveDemoJob",
    "ShelvesJob",
    "StartAbTestJob",
    "SoundsLikeJob",
    "StartRadioJob",
    "StopAbTestJob",
    "TrainModelJob",
    "TuneJob",
    "TuneManyJob",
]

#: Imported on first use: the sonic analysis loads scipy.signal and scipy.stats (1.3 s of CPU)
#: that no other job needs, and a screen's first job (For you's list) must not wait for them.
#: The window's warm-up imports them after the rest (``ui/deferred.py``).
LAZY = {"AnalyseSoundJob": "desktop_recsys.jobs.definitions.sonic"}


def __getattr__(name: str) -> Any:
    module = LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
