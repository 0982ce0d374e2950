"""The Jobs panel's details name a job's parameters as "name: value" pairs: they showed a
Python dict ("{'library': '…', 'item_kind': 'film', 'profile': None, …}")."""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import Any

import pytest
from ui_test_library import interface_language, show_main_window, wait_job_ended

from desktop_recsys.jobs import JobRunner, definitions
from desktop_recsys.jobs.params import _KEYS, _METADATA_KEY
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.ui.job_param_names import known_keys
from desktop_recsys.ui.models.jobs_table_model import params_text

pytestmark = pytest.mark.gui

WAIT_MS = 60000


def test_job_details_list_parameters_without_python_syntax(
    qtbot: Any, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    window = show_main_window(qtbot, demo_reader, runner, tmp_path / "models")
    window.show_screen("for_you")
    view = window.for_you_view
    view.set_kind("film")
    wait_job_ended(qtbot, runner, view.train_now())
    window.jobs_dock.show()
    panel = window.jobs_panel
    qtbot.waitUntil(lambda: panel.table.model().rowCount() > 0, timeout=WAIT_MS)
    panel.table.selectRow(0)
    qtbot.waitUntil(lambda: "Parameters: " in panel.details.toPlainText(), timeout=WAIT_MS)
    line = next(
        text for text in panel.details.toPlainText().splitlines() if text.startswith("Parameters")
    )
    assert "film" in line, line
    assert not any(mark in line for mark in ("{", "}", "'", "None")), line
    window.close()


def test_job_details_say_yes_and_no_in_the_interface_language(
    qtbot: Any, qapp: Any, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    """Switches read "yes"/"no" (是/否), not Python's True/False (issue 19, screenshots: the
    Lab's evaluation job showed "rankers: False; use_tuned: False; lab: True")."""
    with interface_language(qapp, "zh_CN"):
        window = show_main_window(qtbot, demo_reader, runner, tmp_path / "models")
        window.show_screen("lab")
        lab = window.lab_view
        qtbot.waitUntil(lab.algorithm_list.isEnabled, timeout=WAIT_MS)
        lab.set_kind("film")
        lab.set_checked_algorithms(["popularity"])
        lab.run_evaluation()
        qtbot.waitUntil(
            lambda: lab.result is not None and lab.evaluate_job is None, timeout=WAIT_MS
        )
        window.jobs_dock.show()
        panel = window.jobs_panel
        qtbot.waitUntil(lambda: panel.table.model().rowCount() > 0, timeout=WAIT_MS)
        panel.table.selectRow(0)
        qtbot.waitUntil(lambda: "模型实验室：" in panel.details.toPlainText(), timeout=WAIT_MS)
        title = panel.table.model().index(0, 0).data()
        assert "popularity" in title and "个算法" not in title, title  # one: named
        text = panel.details.toPlainText()
        assert "模型实验室：是" in text and "调优参数：否" in text, text
        assert "True" not in text and "False" not in text, text
        # The parameters' names are readable and translated, not code ("item_kind"), and the
        # pairs are punctuated in Chinese.
        line = next(t for t in text.splitlines() if "模型实验室：" in t)
        assert "条目类型：film" in line and "算法：popularity" in line, line
        names = [pair.split("：")[0] for pair in line.split("参数：", 1)[1].split("；")]
        assert len(names) > 5 and not any("_" in n or n.isascii() for n in names), names
        window.close()


def test_params_text_reads_as_pairs() -> None:
    assert params_text({"item_kind": "film", "algorithms": ["als", "ease"], "profile": None}) == (
        "item kind: film; algorithms: als, ease; profile: –"
    )
    # A key without a name (an algorithm's hyperparameter) still reads without underscores.
    assert params_text({"use_tuned": True, "num_factors": 64}) == (
        "tuned settings: yes; num factors: 64"
    )


def test_every_recorded_job_parameter_has_a_readable_name() -> None:
    """Every key a job definition records (its dataclass fields, under their recorded key) has
    an entry in the names table: a new job field fails here until it is named."""
    keys: set[str] = {"lab", "points"}  # the Lab's mark and the map projection's job
    for module_info in pkgutil.iter_modules(definitions.__path__):
        module = importlib.import_module(f"{definitions.__name__}.{module_info.name}")
        for job in vars(module).values():
            if not (isinstance(job, type) and is_dataclass(job)):
                continue
            if job.__module__ != module.__name__:
                continue
            for f in fields(job):
                how = f.metadata.get(_METADATA_KEY)
                if (how is None and not f.compare) or (how is not None and how.skip):
                    continue
                keys.add(how.key if how is not None and how.key else _KEYS.get(f.name, f.name))
    assert "item_kind" in keys and "use_tuned" in keys
    assert keys <= known_keys(), sorted(keys - known_keys())
    assert params_text('{"a": 1}') == '{"a": 1}'


def test_an_evaluation_of_one_algorithm_names_it(qapp: Any) -> None:
    """Never "Evaluating 1 algorithms": one algorithm is named, more are counted."""
    from desktop_recsys.jobs.definitions.evaluation import EvaluateJob
    from desktop_recsys.ui.job_titles import job_title

    one = {"algorithms": ["als"], "item_kind": "film"}
    assert job_title("evaluate", one) == "Evaluating als on films"
    two = {"algorithms": ["als", "ease"], "item_kind": "film"}
    assert job_title("evaluate", two) == "Evaluating 2 algorithms on films"
    job = EvaluateJob(Path("library.sqlite"), "film", algorithms=("als",))
    assert job.title == "Evaluating als on films"
