"""Model Lab paint times: how long each chart holds the GUI thread (goal: < 50 ms).

Builds the real application session (:func:`desktop_recsys.app.start_gui`, the real main
window and the threaded job runner) on Qt's ``offscreen`` platform, its data and settings in
a temporary folder, on the demo library (default) or on ml-latest-small imported into a
temporary library (``--data ml``). It opens the Model Lab, runs an evaluation of the default
algorithms (popularity, item-knn, ease) as a person would, then, for each result chart and
``--repeats`` times:

- ``set_data``: the view's drawing of the chart from the run's result (what happens when a
  tab with a new result is opened), with the tab already current;
- ``first paint``: ``widget.repaint()`` plus ``processEvents()`` right after it (pyqtgraph
  lays out and renders the new items here);
- ``tab switch``: opening the tab of an already drawn chart, until it is painted;

plus ``show_result`` (the table, the comparison and the current chart, run on the GUI thread
when the evaluation finishes) and the catalogue map in t-SNE (projected by its job first, not
timed). Prints, per step, the median and maximum wall milliseconds, the median CPU
milliseconds of the GUI thread (the work itself: on a loaded machine the wall time also
includes waiting for a core) and how many times the plot was painted, with ``uptime`` before
and after.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_lab_paint.py [--data ml] \\
        [--repeats 7]

Exits 1 when a median misses the goal.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("DESKTOP_RECSYS_DATA", ROOT / ".." / "shared" / "data")).resolve()
GOAL_MS = 50.0
WAIT_S = 900.0


def uptime() -> str:
    try:
        return subprocess.run(
            ["uptime"], capture_output=True, text=True, check=False
        ).stdout.strip()
    except OSError:
        return "load average: {:.2f}, {:.2f}, {:.2f}".format(*os.getloadavg())


def wait_until(app: object, condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + WAIT_S
    while not condition():
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.005)
        if time.monotonic() > deadline:
            raise SystemExit(f"gave up waiting for {what}")


def timed_ms(fn: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU milliseconds of ``fn()`` on this (the GUI) thread. On a loaded machine
    the wall time includes waiting for a core; the CPU time is the work itself."""
    wall, cpu = time.perf_counter(), time.thread_time()
    fn()
    return (time.perf_counter() - wall) * 1000.0, (time.thread_time() - cpu) * 1000.0


def build_library(home: Path, data: str) -> Path:
    library = home / f"{data}.sqlite"
    cli = [sys.executable, "-m", "desktop_recsys", "--library", str(library)]
    if data == "demo":
        subprocess.run([*cli, "demo"], check=True, capture_output=True)
    else:
        source = DATA / "ml-latest-small"
        if not (source / "ratings.csv").is_file():
            raise SystemExit(f"ml-latest-small not found in {DATA}; set DESKTOP_RECSYS_DATA")
        subprocess.run([*cli, "import", "movielens", str(source)], check=True, capture_output=True)
    return library


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", choices=("demo", "ml"), default="demo")
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--goal", type=float, default=GOAL_MS, help="milliseconds (50)")
    parser.add_argument("--no-tsne", action="store_true", help="skip the t-SNE map")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(f"before: {uptime()}", flush=True)

    from PySide6.QtWidgets import QApplication

    from desktop_recsys import app as app_module
    from desktop_recsys.config import AppPaths
    from desktop_recsys.jobs import JobRunner

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="desktop-recsys-bench-lab-") as tmp:
        home = Path(tmp)
        library = build_library(home, args.data)
        paths = AppPaths(data_dir=home / "data", config_dir=home / "config")
        session = app_module.start_gui(library, paths=paths, runner=JobRunner())
        window = session.window
        try:
            window.resize(1200, 760)
            window.show()
            window.show_screen("lab")
            lab = window.lab_view
            wait_until(qapp, lambda: lab.charts_ready and lab.algorithm_list.isEnabled(), "Lab")
            lab.set_kind("film")
            shown: list[float] = []
            lab.result_shown.connect(lambda: shown.append(time.perf_counter()))
            started = time.perf_counter()
            if lab.run_evaluation() is None:
                raise SystemExit("the Lab would not run an evaluation")
            wait_until(qapp, lambda: bool(shown), "the evaluation")
            result = lab.result
            print(
                f"data: {args.data}, {result.dataset.get('items', 0):,} items, "
                f"{result.dataset.get('users', 0):,} profiles; algorithms: "
                f"{', '.join(r.label for r in result.rows)}; map: "
                f"{len(result.map.x) if result.map else 0:,} points; evaluation "
                f"{shown[0] - started:.1f} s",
                flush=True,
            )
            figures = measure(qapp, lab, max(1, args.repeats), tsne=not args.no_tsne)
        finally:
            session.close()
            window.deleteLater()
    print(f"after: {uptime()}")
    print(f"{'chart':<14} {'step':<12} {'median ms':>10} {'max ms':>8} {'cpu ms':>7} {'paints':>7}")
    worst = 0.0
    paints = getattr(measure, "paints", {})
    cpu = getattr(measure, "cpu", {})
    for (chart, step), samples in figures.items():
        median = statistics.median(samples)
        worst = max(worst, median)
        flag = "" if median < args.goal else "  > goal"
        count = statistics.median(paints.get((chart, step), [0]))
        work = statistics.median(cpu.get((chart, step), [0.0]))
        print(
            f"{chart:<14} {step:<12} {median:>10.1f} {max(samples):>8.1f} {work:>7.1f} "
            f"{count:>7.0f}{flag}"
        )
    verdict = "ok" if worst < args.goal else "TOO SLOW"
    print(f"worst median {worst:.1f} ms (goal < {args.goal:.0f} ms): {verdict}")
    return 0 if worst < args.goal else 1


class PaintCounter:
    """Counts paint events of the chart widgets' viewports (a forced repaint plus the paint the
    event loop runs afterwards would be two)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QEvent, QObject

        counter = self

        class Filter(QObject):
            def eventFilter(self, _watched: object, event: object) -> bool:  # noqa: N802
                if event.type() == QEvent.Type.Paint:  # type: ignore[attr-defined]
                    counter.paints += 1
                return False

        self.paints = 0
        self.filter = Filter()

    def watch(self, charts: dict[str, object]) -> None:
        for chart in charts.values():
            chart.plot.viewport().installEventFilter(self.filter)  # type: ignore[attr-defined]


def measure(
    qapp: object, lab: object, repeats: int, *, tsne: bool
) -> dict[tuple[str, str], list[float]]:
    """The timings (see the module docs); reaches into the view's drawing on purpose: the
    benchmark times exactly what a tab switch runs, one step at a time."""
    figures: dict[tuple[str, str], list[float]] = {}
    cpu: dict[tuple[str, str], list[float]] = {}
    paints: dict[tuple[str, str], list[int]] = {}
    counter = PaintCounter()
    counter.watch(lab.charts)  # type: ignore[attr-defined]

    def add(chart: str, step: str, fn: Callable[[], object]) -> None:
        before = counter.paints
        wall, work = timed_ms(fn)
        figures.setdefault((chart, step), []).append(wall)
        cpu.setdefault((chart, step), []).append(work)
        paints.setdefault((chart, step), []).append(counter.paints - before)

    def settle() -> None:
        for _ in range(3):
            qapp.processEvents()  # type: ignore[attr-defined]

    tabs = lab.chart_tabs  # type: ignore[attr-defined]
    charts = lab.charts  # type: ignore[attr-defined]
    keys = ["bars", "curve", "popularity", "calibration", "map"]
    result = lab.result  # type: ignore[attr-defined]
    for _ in range(repeats):
        tabs.setCurrentWidget(charts["bars"])
        settle()
        add("(all)", "show_result", lambda: (lab.show_result(result), settle()))  # type: ignore[attr-defined]
        for key in keys:
            chart = charts[key]
            # Open the tab without drawing (as if drawn before), then draw it as a new
            # result would: set_data, then its first paint.
            tabs.blockSignals(True)
            tabs.setCurrentWidget(chart)
            tabs.blockSignals(False)
            settle()
            lab.charts_area._stale.add(key)  # type: ignore[attr-defined]
            add(key, "set_data", lab.charts_area._draw_current)  # type: ignore[attr-defined]
            add(key, "first paint", lambda c=chart: (c.repaint(), settle()))
        for key in keys:  # every chart drawn: switching only paints
            tabs.setCurrentWidget(charts["bars" if key != "bars" else "curve"])
            settle()
            add(key, "tab switch", lambda c=charts[key]: (tabs.setCurrentWidget(c), settle()))
    if tsne and result.map is not None:
        tabs.setCurrentWidget(charts["map"])
        lab.set_map_method("tsne")  # type: ignore[attr-defined]
        wait_until(
            qapp,
            lambda: charts["map"].map is not None and charts["map"].map.method == "tsne",
            "the t-SNE map",
        )
        settle()
        for _ in range(repeats):
            lab.charts_area._stale.add("map")  # type: ignore[attr-defined]
            add("map (t-SNE)", "set_data", lab.charts_area._draw_current)  # type: ignore[attr-defined]
            add("map (t-SNE)", "first paint", lambda: (charts["map"].repaint(), settle()))
        print(f"t-SNE map: {len(charts['map'].map.x):,} points", flush=True)
    measure.paints = paints  # type: ignore[attr-defined]
    measure.cpu = cpu  # type: ignore[attr-defined]
    return figures


if __name__ == "__main__":
    sys.exit(main())
