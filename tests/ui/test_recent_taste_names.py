"""A pick the recent plays added names them as the model's reasons name items: "Amber (1999)"
where another track has the same title (issue 19: "Like what you played lately: Amber" left
the person to guess which Amber). Through For you in the real window, English and Chinese."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from ui_test_library import interface_language

from desktop_recsys.library import Library
from desktop_recsys.library.models import NewItem
from desktop_recsys.services import listening
from desktop_recsys.services.training_service import train_model
from desktop_recsys.ui.i18n import translate_message
from desktop_recsys.ui.main_window import MainWindow
from desktop_recsys.ui.ui_state import UiState

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_recent_taste_names_a_shared_title_with_its_year(
    qtbot: Any,
    qapp: QApplication,
    demo_library_copy: Path,
    tmp_path: Path,
    open_reader: Any,
    runner: Any,
    language: str,
) -> None:
    path, models = demo_library_copy, tmp_path / "models"
    train_model(path, models, kind="track", algorithm="popularity")
    with Library.open(path) as lib:
        hiro = lib.profiles.require("Hiro").id
        heard = {p.item_id for p in lib.plays.for_profile(hiro)}
        tracks = set(lib.items.ids_by_kind("track"))
        jazz = sorted(
            i for i, g in lib.items.genres_of_items() if g == "Jazz" and i in tracks - heard
        )[:20]
        played = {i: lib.items.get(i) for i in jazz}
        for item in played.values():  # a namesake of another year for each: all ambiguous
            assert item is not None and item.year
            lib.items.add(NewItem("track", item.title, artist="Someone Else", year=item.year + 1))
    for n, item_id in enumerate(jazz):
        assert listening.record_play(path, hiro, item_id, at=time.time() - 60 * n).recorded
    named = {i: f"{item.title} ({item.year})" for i, item in played.items() if item}

    with interface_language(qapp, language):
        window = MainWindow(open_reader(path), runner, models_dir=models, state=UiState())
        qtbot.addWidget(window)
        window.resize(1024, 700)
        window.show()
        qtbot.waitExposed(window)
        window.select_profile(hiro)
        window.show_screen("for_you")
        view = window.for_you_view
        view.set_kind("track")
        qtbot.waitUntil(
            lambda: (
                view.list_job is None
                and view.model.rowCount() > 0
                and any(
                    "lately" in str(view.model.row_at(r).explanation)
                    for r in range(view.model.rowCount())
                )
            ),
            timeout=60000,
        )
        lately = [
            r
            for r in range(view.model.rowCount())
            if "lately" in str(view.model.row_at(r).explanation)
        ]
        for row in lately:
            item = view.model.row_at(row)
            assert item.because and all(name == named[i] for i, name, _w in item.because)
            sentence = translate_message(item.explanation)
            assert named[item.because[0][0]] in sentence, sentence
            # The evidence keeps the bare title beside its year (--json, the bars' source).
            assert all(c.title == played[c.item_id].title for c in item.evidence.items)
        view.table.selectRow(lately[0])
        first = view.model.row_at(lately[0])
        qtbot.waitUntil(
            lambda: [t for t, _ in view.bars.contributions()] == [n for _, n, _ in first.because]
        )
        assert view.why_text.text().startswith(translate_message(first.explanation))
        assert window.grab().save(str(tmp_path / f"lately_{language}.png"))  # looked at
        window.close()
