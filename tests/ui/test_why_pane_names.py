"""For you's "What counted most" names a cited film as the reason does: "The Rain (2000)" where
another film has the same title (issue 19: the bars listed the bare title while the sentence
said "Because you liked The Rain (2000)")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from ui_test_library import interface_language

from desktop_recsys.library import Library
from desktop_recsys.library.models import NewItem
from desktop_recsys.services.recommend_service import recommend_for
from desktop_recsys.services.training_service import train_model
from desktop_recsys.ui.main_window import MainWindow
from desktop_recsys.ui.ui_state import UiState
from desktop_recsys.ui.views.for_you.why_pane import WhyPane

pytestmark = pytest.mark.gui


def test_what_counted_most_names_a_repeated_title_with_its_year(
    qtbot: Any, demo_library_copy: Path, tmp_path: Path
) -> None:
    models_dir = tmp_path / "models"
    train_model(demo_library_copy, models_dir, kind="film", algorithm="item-knn")
    with Library.open(demo_library_copy) as lib:
        # Every film profile 1 loves gets a namesake of another year: each is ambiguous.
        loved = [lib.items.get(r.item_id) for r in lib.ratings.for_profile(1) if r.rating >= 4.5]
        for item in loved:
            assert item is not None
            lib.items.add(NewItem("film", item.title, year=(item.year or 2000) + 1))
    loved_ids = {item.id for item in loved if item is not None}
    recs = recommend_for(demo_library_copy, models_dir, profile=1, kind="film", n=10)
    row = next(r for r in recs if any(c.item_id in loved_ids for c in r.evidence.items[:3]))
    pane = WhyPane()
    qtbot.addWidget(pane)
    pane.show_item(row)
    shown = [title for title, _weight in pane.bars.contributions()]
    named = [f"{c.title} ({c.year})" for c in row.evidence.items if c.item_id in loved_ids]
    assert named and set(named) <= set(shown), (named, shown)
    for name in named[:3]:  # the sentence cites the first three, named the same way
        assert name in pane.text.text()
    assert pane.bars_caption.isVisibleTo(pane)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_what_counted_most_shows_each_name_and_year_whole_at_1024_px(
    qtbot: Any,
    qapp: Any,
    demo_library_copy: Path,
    tmp_path: Path,
    open_reader: Any,
    runner: Any,
    language: str,
) -> None:
    """Issue 19: at 1024×700 the bars' names were cut ("The Rain (200…"): each name is painted
    whole (wrapped over lines if it must be), in English and Chinese."""
    models_dir = tmp_path / "models"
    train_model(demo_library_copy, models_dir, kind="film", algorithm="item-knn")
    with Library.open(demo_library_copy) as lib:
        for rating in lib.ratings.for_profile(1):
            item = lib.items.get(rating.item_id)
            if rating.rating >= 4.5 and item is not None:  # every loved film gets a namesake
                lib.items.add(NewItem("film", item.title, year=(item.year or 2000) + 1))
    with interface_language(qapp, language):
        window = MainWindow(
            open_reader(demo_library_copy), runner, models_dir=models_dir, state=UiState()
        )
        qtbot.addWidget(window)
        window.resize(1024, 700)
        window.show()
        qtbot.waitExposed(window)
        window.show_screen("for_you")
        view = window.for_you_view
        view.set_kind("film")
        qtbot.waitUntil(lambda: view.list_job is None and view.model.rowCount() > 0, timeout=60000)
        bars = view.why_pane.bars
        checked = 0
        scroll = view.why_pane.scroll.verticalScrollBar()
        for row in range(min(8, view.model.rowCount())):
            view.table.selectRow(row)
            assert scroll.value() == 0  # another pick is read from its top
            item = view.model.row_at(row)
            names = [title for _id, title, _w in item.because]
            qtbot.waitUntil(lambda n=names: [t for t, _ in bars.contributions()] == n)
            QApplication.processEvents()
            scroll.setValue(scroll.maximum())  # read to its end
            if not any(name.endswith(")") for name in names):
                continue
            bars.grab()  # paints it as the screen does
            painted = bars.painted_names()
            assert len(painted) == len(names)
            for name, lines in zip(names, painted, strict=True):
                assert "".join(lines) == name, (language, name, lines)  # whole, not elided
                assert all(
                    bars.fontMetrics().horizontalAdvance(line.rstrip()) <= bars.width()
                    for line in lines
                ), (name, lines, bars.width())
            checked += 1
        assert checked, "no row cites a title with its year: the test proves nothing"
        # The reasons' longer leads still fit: the table does not scroll sideways.
        table = view.table
        header = table.horizontalHeader()
        assert table.horizontalScrollBar().maximum() == 0
        assert sum(header.sectionSize(c) for c in range(header.count())) == (
            table.viewport().width()
        )
        assert window.grab().save(str(tmp_path / f"why_{language}.png"))  # looked at
        window.close()
