"""``recommend`` and the window's For you show the same list (issue 17): both blend the model's
ranking with what the profile played lately, over the same candidate pool.

The demo library, one shared model, eight recent plays of a genre new to the profile recorded
through the listening service; the CLI runs in-process, the list is read off the real window.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from ui_test_library import show_main_window

from desktop_recsys.cli import main
from desktop_recsys.config.paths import models_dir_for
from desktop_recsys.jobs import JobRunner
from desktop_recsys.library import Library
from desktop_recsys.services import listening
from desktop_recsys.services.recommend_service import recommend_for
from desktop_recsys.services.training_service import train_model

WAIT_MS = 60_000
N = 15


def test_recommend_shows_the_window_list_for_a_profile_with_recent_plays(
    qtbot: Any, demo_library_copy: Path, open_reader: Any, runner: JobRunner, capsys: Any
) -> None:
    path = demo_library_copy
    models = models_dir_for(path)
    train_model(path, models, kind="track")
    with Library.open(path) as lib:
        carla = lib.profiles.require("Carla").id
        tracks = set(lib.items.ids_by_kind("track"))
        soul = sorted(i for i, g in lib.items.genres_of_items() if g == "Soul" and i in tracks)
        heard = {p.item_id for p in lib.plays.for_profile(carla)}
    now = time.time()
    for n, item in enumerate([i for i in soul if i not in heard][:8]):
        assert listening.record_play(path, carla, item, at=now - 600 + 30 * n).recorded

    # The model alone (what `recommend` printed before): the recent plays change the list.
    model_only = [r.item_id for r in recommend_for(path, models, profile=carla, kind="track", n=N)]

    assert main(["recommend", "--library", str(path), "--profile", "Carla", "--kind", "track",
                 "--n", str(N), "--json"]) == 0  # fmt: skip
    cli = [row["item_id"] for row in json.loads(capsys.readouterr().out)["items"]]
    assert len(cli) == N
    assert cli != model_only

    window = show_main_window(qtbot, open_reader(path), runner, models)
    assert window.select_profile(carla)
    view = window.for_you_view
    window.show_screen("for_you")
    view.set_kind("track")
    qtbot.waitUntil(lambda: view.model.rowCount() >= N, timeout=WAIT_MS)
    assert view.model.item_ids()[:N] == cli
