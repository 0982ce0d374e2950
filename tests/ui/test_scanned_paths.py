"""A scanned file whose name is not UTF-8 (an old Latin-1 disk) is shown readably."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_recsys.library import Library
from desktop_recsys.library.importers.folder import scan_folder
from desktop_recsys.services.item_actions import ItemActions
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.ui.models.items_table_model import ItemsTableModel
from desktop_recsys.ui.views.item_detail_view import ItemDetailView

MEDIA = Path(__file__).resolve().parents[1] / "data" / "media"


@pytest.mark.skipif(sys.platform == "win32", reason="needs a file system with byte names")
def test_detail_and_table_show_a_latin1_name_readably(
    tmp_path: Path, open_reader, runner, qtbot
) -> None:
    folder = os.path.join(os.fsencode(tmp_path / "disk"), b"Caf\xe9 Cr\xe8me")
    os.makedirs(folder)
    song = os.path.join(folder, b"Br\xfbl\xe9e.mp3")
    shutil.copyfile(MEDIA / "music" / "broken" / "bad text.mp3", song)
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        scan_folder(lib, tmp_path / "disk")
        (row,) = lib.items.page(None, limit=5)
    reader: LibrarySession = open_reader(path)
    view = ItemDetailView(reader, runner, ItemActions(reader))
    qtbot.addWidget(view)
    view.resize(520, 640)
    view.show_item(row.id)
    text = view.metadata.text()
    assert "Café Crème/Brûlée.mp3" in text
    assert "\ufffd" not in text and "%E9" not in text
    view.grab().save(str(Path(os.environ.get("SCAN_SHOTS", tmp_path)) / "detail_latin1.png"))
    os.remove(song)  # gone: the table names the missing file readably
    with Library.open(path) as lib:
        scan_folder(lib, tmp_path / "disk")
    model = ItemsTableModel(reader, "track")
    title = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) or model.data(
        model.index(0, 0)
    )
    assert "Café Crème/Brûlée.mp3" in title
