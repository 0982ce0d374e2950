"""Heavy modules the interface needs only once work starts, imported on first use.

The job definitions import the services, which import the engine (numpy, scipy): about half a
second of imports that a window does not need to appear. Views call :func:`job_definitions`
when they submit a job instead of importing it at the top, and :func:`warm_up` imports it on a
background thread once the window is up, so the first job does not wait for it either.
"""

from __future__ import annotations

import importlib
import threading
from types import ModuleType

_JOBS = "desktop_recsys.jobs.definitions"


def job_definitions() -> ModuleType:
    """``desktop_recsys.jobs.definitions`` (imported now if nobody has yet)."""
    return importlib.import_module(_JOBS)


def warm_up() -> threading.Thread:
    """Import the job definitions (and with them the engine) on a daemon thread."""
    thread = threading.Thread(target=job_definitions, name="warm-up-imports", daemon=True)
    thread.start()
    return thread
