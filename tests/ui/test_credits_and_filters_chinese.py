"""In Chinese, the window's fixed words about people and genres are Chinese: a film's credit
roles in the detail pane ("导演", "演员", not "director", "actor") and the standard genre names
in the Library's genre filter ("剧情 (120)"). A library's own genre names and a role no
translation knows stay as they are."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from desktop_recsys.jobs import JobRunner
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.ui.i18n import install_translators
from desktop_recsys.ui.main_window import MainWindow
from desktop_recsys.ui.ui_state import UiState
from desktop_recsys.ui.views.item_detail_view import credit_role_text

pytestmark = pytest.mark.gui

WAIT_MS = 30000
LATIN = re.compile(r"[A-Za-z]")


@pytest.fixture
def zh(qapp: QApplication) -> Iterator[QApplication]:
    assert install_translators(qapp, "zh_CN") == "zh_CN"
    yield qapp
    install_translators(qapp, "en")


def test_credit_roles_and_the_genre_filter_read_in_chinese(
    qtbot: Any, zh: QApplication, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    assert credit_role_text("director") == "导演" and credit_role_text("Actor") == "演员"
    assert credit_role_text("gaffer") == "gaffer"  # a role from a file, kept as written

    window = MainWindow(demo_reader, runner, models_dir=tmp_path / "models", state=UiState())
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    library = window.library_view
    library.show_kind("film")
    view = library.current_view()
    qtbot.waitUntil(lambda: view.model().rowCount() > 0, timeout=WAIT_MS)

    # The genre filter: every entry a standard genre is Chinese, with its count.
    combo = library.filter_bar.genre
    qtbot.waitUntil(lambda: combo.count() > 1, timeout=WAIT_MS)
    entries = [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]
    assert not LATIN.search(entries[0][1]), entries[0]  # "any genre"
    assert len(entries) > 5
    for name, text in entries[1:]:
        assert not LATIN.search(text), (name, text)  # the demo's genres are standard ones
        assert re.search(r"\(\d[\d,]*\)$", text), text

    # The detail pane of a film with a director and actors.
    film = next(
        r.id
        for r in demo_reader.library.items.page("film", limit=50)
        if {role for _n, role in demo_reader.library.items.credits(r.id)} >= {"director", "actor"}
    )
    library.detail.show_item(film)
    qtbot.waitUntil(lambda: "导演" in library.detail.metadata.text(), timeout=WAIT_MS)
    text = library.detail.metadata.text()
    assert "（导演）" in text and "（演员）" in text, text
    assert "(director)" not in text and "(actor)" not in text
    assert "）；" in text and "）; " not in text  # full-width between the credits too
    window.close()
