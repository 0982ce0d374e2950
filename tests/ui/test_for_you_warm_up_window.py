"""The window's warm-up and For you's first list (issue 19): with no list asked yet, the
warm-up readies one (the model is in the screen's cache when the list is asked for); with a
list already on its way, the warm-up waits for it to come before its own later imports."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from ui_test_library import show_main_window

from desktop_recsys.config.paths import models_dir_for
from desktop_recsys.jobs import JobRunner
from desktop_recsys.services.training_service import train_model

WAIT_MS = 60_000


def test_the_warm_up_readies_for_you_or_waits_for_its_list(
    qtbot: Any, demo_library_copy: Path, open_reader: Any, runner: JobRunner
) -> None:
    path = demo_library_copy
    models = models_dir_for(path)
    train_model(path, models, kind="film")
    window = show_main_window(qtbot, open_reader(path), runner, models)
    view = window.for_you_view
    view.set_kind("film")
    work = view.prepare_work()
    assert work is not None
    work()  # no list asked yet: it readies one
    assert view._model_cache()._models  # the serving model is loaded, in the screen's cache
    # The rows are in memory, read from the file the training left (not built).
    assert (view._vectors.reads, view._vectors.loads) == (0, 1)

    window.show_screen("for_you")  # the list is asked for now
    waiting = view.prepare_work()
    assert waiting is not None
    thread = threading.Thread(target=waiting, daemon=True)
    thread.start()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=WAIT_MS)
    assert view._list_came.is_set()
