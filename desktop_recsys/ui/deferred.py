"""Heavy modules the interface needs only once work starts, imported on first use.

The job definitions import the services, which import the engine (numpy, scipy): about half a
second of imports that a window does not need to appear. Views call :func:`job_definitions`
when they submit a job instead of importing it at the top, and :func:`warm_up` imports it on a
background thread once the window is up, so the first job does not wait for it either.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable
from types import ModuleType

log = logging.getLogger(__name__)

_JOBS = "desktop_recsys.jobs.definitions"


def job_definitions() -> ModuleType:
    """``desktop_recsys.jobs.definitions`` (imported now if nobody has yet)."""
    return importlib.import_module(_JOBS)


def warm_up(*then: Callable[[], object] | None) -> threading.Thread:
    """Import the job definitions (and with them the engine) on a daemon thread, then run
    ``then`` there (work a screen offers to have ready, e.g. For you's model; never Qt)."""

    def work() -> None:
        jobs = job_definitions()
        for step in then:
            if step is not None:
                try:
                    step()
                except Exception:  # a warm-up never stops the app: the real work will say
                    log.exception("warm-up step failed")
        for module in sorted(set(jobs.LAZY.values())):  # the jobs only some people start
            importlib.import_module(module)

    thread = threading.Thread(target=work, name="warm-up-imports", daemon=True)
    thread.start()
    return thread
