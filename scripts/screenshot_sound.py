"""Render the uses of sound (issue 18): the Library's detail pane with "Sounds like this" for an
analysed track, and a radio with its "sound" slider turned up. The demo library's tracks get
made-up but plausible features first (the demo has no audio files to analyse). Writes
``sound_library-1024x700-<language>-light.png``, ``sound_radio-720x560-<language>-light.png``
and ``sound_map-1024x700-<language>-light.png`` (the Lab's catalogue map coloured by energy).

Usage: ``python scripts/screenshot_sound.py [OUTPUT_FOLDER]`` (default ``docs/screenshots``).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
from PySide6.QtCore import QCoreApplication  # noqa: E402

from desktop_recsys.library import Library  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import demo_run, save, wait_until  # noqa: E402

from desktop_recsys.ui.main_window import MainWindow  # noqa: E402


def made_up_features(path: Path, _models: Path | None = None, seed: int = 11) -> None:
    """Plausible features for every demo track, as the analyser stores them."""
    rng = np.random.default_rng(seed)
    with Library.open(path) as library:
        tracks = library.items.ids_by_kind("track")
        rows = []
        for item in tracks:
            energy = float(rng.beta(2, 2))
            rows.append(
                (
                    item,
                    float(rng.lognormal(np.log(100 + 40 * energy), 0.12)),
                    float(-20 + 12 * energy + rng.normal(0, 1.5)),
                    energy,
                    float(rng.lognormal(np.log(1200 + 2500 * energy), 0.25)),
                    int(rng.integers(0, 12)),
                    "minor" if rng.random() < 0.4 else "major",
                    float(rng.uniform(0.4, 1.0)),
                    (rng.normal(0, 1, 13) + 2 * energy).astype(np.float32).tobytes(),
                    time.time(),
                )
            )
        with library.transaction() as conn:
            conn.executemany(
                "INSERT OR REPLACE INTO audio_features (item_id, analyser, status, tempo, "
                "tempo_confidence, loudness, energy, brightness, key, mode, key_confidence, "
                "timbre, window_start, window_seconds, analysed_at) "
                "VALUES (?, 1, 'ok', ?, 0.9, ?, ?, ?, ?, ?, ?, ?, 0, 30, ?)",
                rows,
            )


def render_energy_map(window: MainWindow, out: Path, language: str) -> None:
    """The Lab's catalogue map of the tracks, coloured by energy (evaluating two algorithms on
    the tracks gives the map its places)."""
    window.show_screen("lab")
    lab = window.lab_view
    wait_until(lab.algorithm_list.isEnabled)
    lab.set_kind("track")
    lab.set_checked_algorithms(["popularity", "als"])
    lab.run_evaluation()
    wait_until(lambda: lab.result is not None and lab.evaluate_job is None, timeout=300)
    chart = lab.charts["map"]
    lab.chart_tabs.setCurrentWidget(chart)
    wait_until(lambda: chart.map is not None and chart.energy_box.isVisible(), timeout=120)
    chart.energy_box.setChecked(True)
    wait_until(chart.energy_key.isVisible)
    save(window, out, f"sound_map-1024x700-{language}-light")


def main(argv: list[str]) -> int:
    with demo_run(argv, made_up_features) as run:
        for language, window in run.windows():
            window.show_screen("library")
            view = window.library_view
            view.show_kind("track")
            view.current_view().selectRow(2)
            detail = view.detail
            panel = detail.sounds_like
            wait_until(lambda p=panel: p.isVisible() and p.list.count() == 8 and p.job is None)
            wait_until(lambda d=detail: d.similar_job is None and d.similar.count() > 0)
            scroll = panel.parentWidget().parentWidget().parentWidget()
            scroll.ensureWidgetVisible(panel.list)
            QCoreApplication.processEvents()
            save(window, run.out, f"sound_library-1024x700-{language}-light")
            menu = view.build_context_menu()
            next(a for a in menu.actions() if a.objectName() == "startRadio").trigger()
            dialog = window.radio.dialogs[-1]
            wait_until(lambda d=dialog: d.table.rowCount() == 50)
            dialog.sound_slider.setValue(70)
            wait_until(lambda d=dialog: d.start_job is None and "70" in d.status.text())
            dialog.resize(720, 560)
            save(dialog, run.out, f"sound_radio-720x560-{language}-light")
            dialog.close()
            render_energy_map(window, run.out, language)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
