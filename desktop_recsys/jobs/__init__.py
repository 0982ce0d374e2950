"""Background jobs: the only bridge between Qt threads and the plain functions in ``services``.

- :class:`JobRunner` runs jobs on worker threads (a pool for reads and scans, one lane for writes
  and training) and reports on the GUI thread through signals.
- :class:`SynchronousJobRunner` has the same interface and runs jobs inline, for tests.
- ``submit``/``submit_job`` return a :class:`JobHandle`: that one job's own signals and cancel,
  so a view never sifts the broadcast signals for its job ids.
- ``*Job`` definitions (:mod:`desktop_recsys.jobs.definitions`) name a service call, its lane and
  its parameters.
"""

from desktop_recsys.jobs.base import (
    Job,
    JobFn,
    JobHistory,
    JobInfo,
    JobLane,
    JobRunnerBase,
    JobState,
    ProgressThrottle,
)
from desktop_recsys.jobs.handle import JobHandle
from desktop_recsys.jobs.runner import JobRunner
from desktop_recsys.jobs.synchronous import SynchronousJobRunner

__all__ = [
    "Job",
    "JobFn",
    "JobHandle",
    "JobHistory",
    "JobInfo",
    "JobLane",
    "JobRunner",
    "JobRunnerBase",
    "JobState",
    "ProgressThrottle",
    "SynchronousJobRunner",
]
