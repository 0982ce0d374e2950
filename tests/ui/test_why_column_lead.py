"""For you's "Why" column keeps a capitalised film title with its year whole at 1024 px (issue
19): its room was capped at 28 *average* characters, and capitals and digits are wider, so
"♥ The Nomad Of Winter (1979)" lost its last characters. The cap is now in pixels, measured
with the table's font; a lead wider than it elides with "…" and the tooltip keeps it whole."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_test_library import interface_language, painted

from desktop_recsys.jobs import JobRunner
from desktop_recsys.library import Library
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.services.training_service import train_model
from desktop_recsys.ui.i18n import translate_message
from desktop_recsys.ui.main_window import MainWindow
from desktop_recsys.ui.reason_text import lead
from desktop_recsys.ui.ui_state import UiState

pytestmark = pytest.mark.gui

LONG_MS = 60000
#: Namesakes (so the reason names each with its year), renamed: one as long as the cap's own
#: sample, one far longer.
FITS = "The Nomad Of Winter"
TOO_LONG = "The Twilight Letter Of Dreams Beyond The Northern Sea"


@pytest.fixture(scope="module")
def renamed(tmp_path_factory: pytest.TempPathFactory, demo_library_file: Path) -> tuple[Path, Path]:
    """The demo library with two sets of namesake films renamed, and a film model."""
    folder = tmp_path_factory.mktemp("why_lead")
    path = folder / "demo.sqlite"
    shutil.copyfile(demo_library_file, path)
    with Library.open(path) as library, library.transaction() as conn:
        for old, new in (("The Nomad", FITS), ("The Night", TOO_LONG)):
            changed = conn.execute(
                "UPDATE items SET title = ? WHERE kind = 'film' AND title = ?", (new, old)
            ).rowcount
            assert changed >= 2, f"the demo has no namesakes called {old!r}"
    train_model(path, folder / "models", kind="film")
    return path, folder / "models"


@pytest.fixture(params=["en", "zh_CN"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    with interface_language(qapp, request.param) as lang:
        yield lang


def test_a_capitalised_title_with_its_year_is_shown_whole_or_elided(
    qtbot: Any,
    renamed: tuple[Path, Path],
    open_reader: Any,
    runner: JobRunner,
    tmp_path: Path,
    language: str,
) -> None:
    path, models = renamed
    reader: LibrarySession = open_reader(path)
    window = MainWindow(reader, runner, models_dir=models, state=UiState())
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    window.show_screen("for_you")
    view = window.for_you_view
    view.set_kind("film")
    qtbot.waitUntil(lambda: view.list_job is None and view.model.rowCount() > 0, timeout=LONG_MS)
    table, model = view.table, view.model
    column = next(i for i, c in enumerate(model.columns()) if c.field == "explanation")
    header = table.horizontalHeader()

    def fitted() -> bool:
        """The splitter gave the table room for every column's minimum, and they fill it."""
        total = sum(header.sectionSize(c) for c in range(header.count()))
        least = sum(spec.minimum for spec in table.columns_fit.specs())
        return least <= total <= table.viewport().width()

    # A wide lead asks the splitter for room: it arrives a layout pass after the rows.
    qtbot.waitUntil(fitted, timeout=LONG_MS)

    whole = elided = 0
    for row in range(model.rowCount()):
        item = model.row_at(row)
        first = lead(item.explanation)
        shown = painted(table, column, row)
        text = model.index(row, column).data()
        tooltip = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
        assert tooltip == translate_message(item.explanation)
        # Never cut without saying so: the whole short form, or a start of it and "…".
        assert shown == text or (shown.endswith("…") and text.startswith(shown[:-1])), shown
        if first.endswith(f"{FITS} ({item_year(item, FITS)})"):
            whole += 1
            assert shown.startswith(first), f"{language}: {shown!r} cuts the lead {first!r}"
        elif TOO_LONG in first:
            elided += 1
            assert shown.endswith("…") and TOO_LONG not in shown, shown
            assert first.removeprefix("♥ ") in tooltip, tooltip
    assert whole and elided, "no row leads with the renamed films: the test proves nothing"
    QApplication.processEvents()
    # Looked at: pytest --basetemp=DIR keeps it.
    assert window.grab().save(str(tmp_path / f"why_lead_{language}.png"))
    window.close()


def item_year(item: Any, title: str) -> str:
    """The year the reason gives ``title`` (the namesake it cites)."""
    for _id, name, _weight in item.because:
        if name.startswith(f"{title} ("):
            return name[len(title) + 2 : -1]
    return "?"
