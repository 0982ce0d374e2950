"""For you's "What counted most" names a cited film as the reason does: "The Rain (2000)" where
another film has the same title (issue 19: the bars listed the bare title while the sentence
said "Because you liked The Rain (2000)")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop_recsys.library import Library
from desktop_recsys.library.models import NewItem
from desktop_recsys.services.recommend_service import recommend_for
from desktop_recsys.services.training_service import train_model
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
