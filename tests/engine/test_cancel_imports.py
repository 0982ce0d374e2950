"""Heavy imports during a fit keep progress and cancel live (``algorithms._imports``)."""

from __future__ import annotations

import time

import pytest

from desktop_recsys.engine.algorithms import _imports
from desktop_recsys.engine.progress import CancelToken
from desktop_recsys.errors import Cancelled


def _slow_import(seconds: float):
    def fake(name: str) -> None:
        time.sleep(seconds)
        if name == "broken.module":
            raise ImportError("no module named broken.module")

    return fake


def test_a_slow_import_reports_progress_and_honours_cancel(monkeypatch) -> None:
    monkeypatch.setattr(_imports.importlib, "import_module", _slow_import(3.0))
    token = CancelToken()
    reports: list[float] = []

    def progress(fraction: float, message: str) -> None:
        reports.append(time.perf_counter())
        if len(reports) == 2:
            token.cancel()

    started = time.perf_counter()
    with pytest.raises(Cancelled):
        _imports.import_modules(
            ["not.imported.yet"], progress, token, fraction=0.1, message="loading"
        )
    assert time.perf_counter() - started < 1.5  # not the 3 s of the import
    assert len(reports) == 2 and reports[1] - reports[0] < 0.5


def test_import_errors_reach_the_caller_and_loaded_modules_cost_nothing(monkeypatch) -> None:
    monkeypatch.setattr(_imports.importlib, "import_module", _slow_import(0.0))
    with pytest.raises(ImportError, match="broken"):
        _imports.import_modules(
            ["broken.module"], lambda f, m: None, CancelToken(), fraction=0.0, message=""
        )
    calls: list[float] = []
    _imports.import_modules(["sys"], lambda f, m: calls.append(f), CancelToken(), fraction=0.0,
                            message="")  # fmt: skip
    assert calls == []  # already imported: no thread, no report
