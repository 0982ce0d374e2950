"""A screen's first job does not wait for what only some jobs need (issue 19): the job
definitions load without the sonic analysis' scipy.signal and scipy.stats (1.3 s of CPU that
For you's first list used to wait for), and the window's warm-up still loads them, last."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.subprocess
def test_the_job_definitions_load_without_the_sonic_analysis() -> None:
    code = (
        "import sys; import desktop_recsys.jobs.definitions as jobs; "
        "before = sorted(m for m in ('scipy.signal', 'scipy.stats', "
        "'desktop_recsys.services.sonic_analysis') if m in sys.modules); "
        "job = jobs.AnalyseSoundJob; "  # still there, loaded when first asked for
        "print(before, job.__module__, 'scipy.signal' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["[]", "desktop_recsys.jobs.definitions.sonic", "True"]


@pytest.mark.subprocess
def test_the_warm_up_loads_the_sonic_analysis_after_the_rest() -> None:
    code = (
        "import sys; from desktop_recsys.ui.deferred import warm_up; order = []; "
        "step = lambda: order.append('scipy.signal' in sys.modules); "
        "warm_up(step).join(); "
        "print(order, 'desktop_recsys.jobs.definitions.sonic' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["[False]", "True"]
