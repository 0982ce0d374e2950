"""The CSV import wizard's mapping step names the fields in the interface's language (issue 19,
screenshots: the boxes showed "title", "artist", "rating10"): the boxes and the preview's header
show translated labels, while the mapping behind them stays the field keys the importer and
``import csv --map`` take."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from ui_test_library import interface_language, show_main_window

from desktop_recsys.jobs import JobRunner
from desktop_recsys.services import import_service
from desktop_recsys.services.library_service import LibrarySession

pytestmark = pytest.mark.gui

#: What a person reads for some fields, by language.
EXPECTED = {
    "en": {"title": "Title", "artist": "Artist / director", "rating": "Rating (0.5–5 stars)"},
    "zh_CN": {"title": "标题", "artist": "艺术家／导演", "rating": "评分（0.5–5 星）"},
}


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_mapping_boxes_and_preview_header_show_field_labels(
    qtbot: Any,
    qapp: Any,
    demo_reader: LibrarySession,
    runner: JobRunner,
    tmp_path: Path,
    language: str,
) -> None:
    source = tmp_path / "my ratings.csv"
    source.write_text(
        "Title,Year,Director,Rating\nQuiet Harbour,1999,Ann Example,4.5\n", encoding="utf-8"
    )
    with interface_language(qapp, language):
        window = show_main_window(qtbot, demo_reader, runner, tmp_path / "models")
        wizard = window.open_import_wizard()
        wizard.choose("csv", source)
        wizard.next()
        wizard.next()
        assert wizard.currentId() == wizard.mapping_page_id
        # The data behind the boxes stays the keys.
        assert wizard.mapping() == {
            "Title": "title",
            "Year": "year",
            "Director": "artist",
            "Rating": "rating",
        }
        keys = set(import_service.csv_targets())
        for column, combo in wizard.column_combos.items():
            texts = [combo.itemText(i) for i in range(1, combo.count())]
            assert [combo.itemData(i) for i in range(1, combo.count())] == list(
                import_service.csv_targets()
            )
            raw = [text for text in texts if text in keys]
            assert not raw, f"column {column}: field keys shown as they are: {raw}"
            assert len(set(texts)) == len(texts), f"two fields read the same: {texts}"
        expected = EXPECTED[language]
        assert wizard.column_combos["Title"].currentText() == expected["title"]
        assert wizard.column_combos["Director"].currentText() == expected["artist"]
        assert wizard.column_combos["Rating"].currentText() == expected["rating"]
        header = wizard.preview_model.headerData(
            2, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
        )
        assert header == f"Director\n→ {expected['artist']}"
        if language == "zh_CN":  # every label translated, none left in English
            english = [t for t in texts if t.isascii()]
            assert not english, f"English labels in the Chinese wizard: {english}"
        wizard.reject()
        window.close()
