"""The Lab's catalogue map coloured by energy (issue 18): a Lab run on tracks carries each
dot's energy from the sound analysis, a t-SNE projection keeps it, and the chart colours the
dots by it when asked (grey for tracks not analysed)."""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Any

import numpy as np
from sound_test_rows import put_clusters

from desktop_recsys.library import Library
from desktop_recsys.services.lab_map import CatalogueMap, project_map
from desktop_recsys.services.lab_service import run_lab
from desktop_recsys.ui.charts.energy_colours import UNKNOWN, energy_colour


def test_a_lab_run_on_tracks_carries_their_energy(demo_library_copy: Path) -> None:
    with Library.open(demo_library_copy) as library:
        tracks = library.items.ids_by_kind("track")
        cluster = put_clusters(library, tracks[::2])
    result = run_lab(demo_library_copy, kind="track", algorithms=["popularity"])
    m = result.map
    assert m is not None and len(m.energy) == len(m.item_ids)
    for item, energy in zip(m.item_ids, m.energy, strict=True):
        if item in cluster:
            assert 0.0 <= energy <= 1.0
            assert (energy > 0.5) == bool(cluster[item])
        else:
            assert math.isnan(energy)


def _small_map(n: int = 40) -> CatalogueMap:
    rng = np.random.default_rng(1)
    energy = [float("nan") if k % 5 == 0 else (k % 10) / 10 for k in range(n)]
    return CatalogueMap(
        source="test vectors",
        x=rng.normal(size=n).tolist(),
        y=rng.normal(size=n).tolist(),
        item_ids=list(range(100, 100 + n)),
        titles=[f"Track {k}" for k in range(n)],
        popularity=list(range(n, 0, -1)),
        vectors=rng.normal(size=(n, 8)),
        items_total=n,
        popular_shown=n,
        energy=energy,
    )


def test_a_tsne_projection_keeps_each_dots_energy() -> None:
    m = _small_map()
    projected = project_map(m, "tsne", limit=30)
    by_item = dict(zip(m.item_ids, m.energy, strict=True))
    assert len(projected.energy) == len(projected.item_ids)
    for item, energy in zip(projected.item_ids, projected.energy, strict=True):
        assert energy == by_item[item] or (math.isnan(energy) and math.isnan(by_item[item]))


def test_the_chart_colours_the_dots_by_energy(qtbot: Any) -> None:
    from desktop_recsys.ui.charts.catalogue_map import CatalogueMapChart
    from desktop_recsys.ui.charts.palette import NEUTRAL

    chart = CatalogueMapChart()
    qtbot.addWidget(chart)
    chart.resize(640, 480)
    chart.show()
    m = _small_map()
    from PySide6.QtGui import QColor

    chart.set_data(m, None, QColor("#e76f51"))
    assert chart.energy_box.isVisible() and not chart.by_energy
    neutral = chart.points.points()[1].brush().color().name()
    assert neutral == QColor(NEUTRAL).lighter(115).name()
    chart.energy_box.setChecked(True)
    assert chart.by_energy and chart.energy_key.isVisible()
    colours = [p.brush().color().name() for p in chart.points.points()]
    assert colours[0] == QColor(UNKNOWN).name()  # energy unknown: grey
    assert colours[1] == energy_colour(0.1).name() and colours[9] == energy_colour(0.9).name()
    assert colours[1] != colours[9]
    assert "grey: not analysed (8 of 40)" in chart.energy_key.text()
    if os.environ.get("DESKTOP_RECSYS_SHOT_MAP"):
        chart.grab().save(os.environ["DESKTOP_RECSYS_SHOT_MAP"])
    chart.energy_box.setChecked(False)
    assert chart.points.points()[1].brush().color().name() == neutral
    # A map without any analysed item offers no such option.
    chart.set_data(CatalogueMap(**{**m.__dict__, "energy": []}), None, QColor("#e76f51"))
    assert not chart.energy_box.isVisible() and not chart.by_energy
