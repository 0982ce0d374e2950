"""Issue 18, section 2, in the window: a profile with music and no film sees a film list made
from its music, says so above the list, and the Why this? pane names the music behind a pick
with its terms as bars, in English and in Chinese."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from ui_test_library import interface_language

from desktop_recsys.config.language import catalog
from desktop_recsys.jobs import JobRunner
from desktop_recsys.library import Library
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.services.training_service import train_model
from desktop_recsys.ui.main_window import MainWindow
from desktop_recsys.ui.ui_state import UiState

pytestmark = pytest.mark.gui

LONG_MS = 60000
PROFILE = 1


@pytest.mark.parametrize(
    ("language", "reason", "note"),
    [("en", "Because you listen to ", "Partly from the music you listen to"),
     ("zh_CN", "因为你常听", "部分来自你听的音乐")],
)  # fmt: skip
def test_a_music_only_profile_sees_films_because_of_its_music(
    qtbot: Any,
    qapp: Any,
    demo_library_copy: Path,
    open_reader: Callable[[Path], LibrarySession],
    runner: JobRunner,
    tmp_path: Path,
    language: str,
    reason: str,
    note: str,
) -> None:
    with Library.open(demo_library_copy) as lib, lib.transaction() as conn:
        for table in ("ratings", "plays", "marks"):
            conn.execute(
                f"DELETE FROM {table} WHERE profile_id = ? AND item_id IN "
                "(SELECT id FROM items WHERE kind = 'film')",
                (PROFILE,),
            )
    train_model(demo_library_copy, tmp_path / "models", kind="film")
    with interface_language(qapp, language):
        window = MainWindow(
            open_reader(demo_library_copy), runner, models_dir=tmp_path / "models", state=UiState()
        )
        qtbot.addWidget(window)
        window.resize(1200, 800)
        window.show()
        qtbot.waitExposed(window)
        assert window.select_profile(PROFILE)
        window.show_screen("for_you")
        view = window.for_you_view
        view.set_kind("film")
        qtbot.waitUntil(
            lambda: view.list_job is None and view.model.rowCount() > 0, timeout=LONG_MS
        )
        view.table.selectRow(0)
        qtbot.waitUntil(lambda: view.why_text.text().startswith(reason), timeout=LONG_MS)
        row = view.model.row_at(0)
        terms = [t.term for t in row.evidence.tastes]
        # Standard genre names and moods in the interface's language (the Genres column's
        # translations, read here from the .ts without Qt), a person's own tags as they are.
        words = catalog(language)
        shown = [words.terms((term,)) for term in terms]
        assert terms and all(name in view.why_text.text() for name in shown)
        assert [title for title, _w in view.bars.contributions()] == shown
        if language == "zh_CN":
            translated = [t for t, name in zip(terms, shown, strict=True) if name != t]
            assert translated, f"no standard genre or mood among {terms}: the test cannot fail"
            assert not any(t in view.why_text.text() for t in translated)
        assert view.bars.isVisibleTo(window) and view.bars_caption.isVisibleTo(window)
        labels = window.findChildren(type(view.why_text))
        assert any(label.text().startswith(note) for label in labels)
        window.close()


def test_a_music_only_profile_gets_film_mixes_that_say_where_they_come_from(
    qtbot: Any,
    qapp: Any,
    demo_library_copy: Path,
    open_reader: Callable[[Path], LibrarySession],
    runner: JobRunner,
    tmp_path: Path,
) -> None:
    """Its daily film mixes come from its music (no film favourite yet), and say so: not "mixes
    of your favourites", which would be untrue."""
    with Library.open(demo_library_copy) as lib, lib.transaction() as conn:
        for table in ("ratings", "plays", "marks"):
            conn.execute(
                f"DELETE FROM {table} WHERE profile_id = ? AND item_id IN "
                "(SELECT id FROM items WHERE kind = 'film')",
                (PROFILE,),
            )
    train_model(demo_library_copy, tmp_path / "models", kind="film")
    window = MainWindow(
        open_reader(demo_library_copy), runner, models_dir=tmp_path / "models", state=UiState()
    )
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    assert window.select_profile(PROFILE)
    window.show_screen("for_you")
    window.for_you_view.set_kind("film")
    row = window.mix_cards
    qtbot.waitUntil(lambda: row.make_button.isVisible(), timeout=LONG_MS)
    row.make_button.click()
    qtbot.waitUntil(lambda: len(row.cards) >= 2, timeout=LONG_MS)
    qtbot.waitUntil(lambda: "from the music you listen to" in row.note.text(), timeout=LONG_MS)
    assert "favourites and new picks" not in row.note.text()
    assert all(not card.mix.favourites and card.mix.picks >= 30 for card in row.cards)
    opened: list[Any] = []
    row.opened.connect(opened.append)
    row.cards[0].click()
    assert opened
    dialog = opened[-1]
    qtbot.waitUntil(
        lambda: dialog.table.rowCount() == len(row.cards[0].mix.item_ids), timeout=LONG_MS
    )
    assert dialog.status.text() == f"{row.cards[0].mix.picks} picks from the music you listen to."
    if os.environ.get("CROSS_KIND_SHOTS"):
        window.grab().save(os.path.join(os.environ["CROSS_KIND_SHOTS"], "film_mixes.png"))
    dialog.close()
    window.close()
