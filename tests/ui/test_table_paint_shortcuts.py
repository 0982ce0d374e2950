"""The Library table's shortcuts for speed change nothing a person sees: the texts the column
fitter measures in one call are exactly the cells' texts, roles the model never answers stay
unanswered, and the star pixmaps kept between paints draw each rating as its own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QTableView

from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.ui.models.items_table_model import ItemsTableModel
from desktop_recsys.ui.widgets import star_rating
from desktop_recsys.ui.widgets.column_fit import content_width

pytestmark = pytest.mark.gui


def cell_texts(model: ItemsTableModel, column: int, rows: int) -> list[str]:
    count = min(rows, model.rowCount())
    return [model.index(r, column).data(Qt.ItemDataRole.DisplayRole) for r in range(count)]


@pytest.mark.parametrize("kind", ["track", "film", "artist"])
def test_measured_texts_are_the_cells_texts(
    qapp: QApplication, reader: LibrarySession, kind: str
) -> None:
    model = ItemsTableModel(reader, kind, page_size=100)
    first = model.item_id(0)
    assert first is not None
    model.set_ratings({first: 3.5}, None)
    for column in range(model.columnCount()):
        for rows in (0, 5, 100, 500):
            assert model.display_texts(column, rows) == cell_texts(model, column, rows)
    assert model.display_texts(model.columnCount(), 10) == []


def test_content_width_is_the_widest_cell(qapp: QApplication, reader: LibrarySession) -> None:
    model = ItemsTableModel(reader, "track", page_size=100)
    view = QTableView()
    view.setModel(model)
    metrics = view.fontMetrics()
    for column in range(model.columnCount()):
        widest = max(metrics.horizontalAdvance(t) for t in cell_texts(model, column, 200))
        assert content_width(view, column) - widest == content_width(view, 0) - max(
            metrics.horizontalAdvance(t) for t in cell_texts(model, 0, 200)
        )


def test_roles_the_model_never_answers(qapp: QApplication, reader: LibrarySession) -> None:
    model = ItemsTableModel(reader, "track", page_size=10)
    index = model.index(0, 0)
    for role in (
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.SizeHintRole,
    ):
        assert model.data(index, role) is None
    assert model.data(index) == model.row_at(0).title
    rating = model.rating_column
    assert not model.flags(model.index(0, rating)) & Qt.ItemFlag.ItemIsEditable
    model.set_ratings({}, lambda _item, stars: stars)
    assert model.flags(model.index(0, rating)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable


def stars_image(value: float | None, *, hover: float = 0, empty: str = "#777777") -> QImage:
    image = QImage(120, 24, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(empty))
    painter = QPainter(image)
    star_rating.paint_stars(painter, QRect(0, 0, 120, 24), value, palette, hover=hover)
    painter.end()
    return image


def gold_pixels(image: QImage) -> int:
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if (c := image.pixelColor(x, y)).red() > 200 and c.blue() < 120
    )


def test_kept_star_pixmaps_draw_each_rating_as_its_own(qapp: QApplication) -> None:
    star_rating._STAR_PIXMAPS.clear()
    values = [None, 0.5, 1.0, 2.5, 3.0, 4.5, 5.0]
    first = {v: stars_image(v) for v in values}
    # Drawn again from the kept pixmaps: the same pictures.
    assert all(stars_image(v) == first[v] for v in values)
    golds = [gold_pixels(first[v]) for v in values]
    assert golds[0] == 0 and golds == sorted(golds) and len(set(golds)) == len(golds)
    # Hovering, or another palette's outline colour, is another picture, not a kept one.
    assert stars_image(3.0, hover=3.0) != first[3.0]
    assert stars_image(None, empty="#ff00ff") != first[None]
    # The cache stays bounded however many looks are drawn.
    for step in range(2 * star_rating._STAR_PIXMAPS_KEPT):
        stars_image(step / 100)
    assert len(star_rating._STAR_PIXMAPS) <= star_rating._STAR_PIXMAPS_KEPT
