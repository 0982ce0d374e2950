"""Render each screen offscreen on the demo library and write PNGs (``make screenshots``).

Usage: ``python scripts/screenshots.py [OUTPUT_FOLDER] [--size WxH] [--language L] [--theme T]``
(default ``docs/screenshots``, every size, language and theme below). Files are named
``<screen>-<width>x<height>-<language>-<theme>.png``; dialogs are rendered at the first size
only (they do not follow the window's size), over the window at that size.
Everything happens in a temporary home folder (``HOME`` points at it, so paths read
"~/Music/…" and the real user's settings are left alone): a fresh demo library where the app
keeps one, a model trained for one profile, then the real main window shown offscreen and
grabbed screen by screen. The feature scripts (``screenshot_*.py``) start and end through
:func:`demo_run`.
"""

from __future__ import annotations

import argparse
import math
import os
import struct
import sys
import tempfile
import time
import wave
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from small_png import save_small  # noqa: E402

from desktop_recsys.config.paths import HOME_ENV, default_paths, models_dir_for  # noqa: E402
from desktop_recsys.jobs import JobRunner  # noqa: E402
from desktop_recsys.library import Library  # noqa: E402
from desktop_recsys.services.library_service import (  # noqa: E402
    LibrarySession,
    create_demo_library,
    open_library,
)
from desktop_recsys.ui.dialogs.welcome_dialog import WelcomeDialog  # noqa: E402
from desktop_recsys.ui.i18n import install_translators  # noqa: E402
from desktop_recsys.ui.main_window import MainWindow  # noqa: E402
from desktop_recsys.ui.theme import apply_theme  # noqa: E402
from desktop_recsys.ui.ui_state import UiState  # noqa: E402

TIMEOUT = 60.0
#: The languages the feature pictures are made in.
LANGUAGES_SHOWN = ("en", "zh_CN")


def wait_until(condition: Callable[[], bool], timeout: float = TIMEOUT) -> None:
    """Process events until ``condition`` holds (no fixed sleeps: jobs run on threads)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not get ready in time")
        QCoreApplication.processEvents()
        time.sleep(0.01)
    QCoreApplication.processEvents()


def save(widget: QWidget, folder: Path, name: str) -> Path:
    """``widget`` as ``folder/name.png``, under :data:`small_png.LIMIT_BYTES`."""
    QCoreApplication.processEvents()
    path = save_small(widget.grab().toImage(), folder / f"{name}.png")
    print(path, f"{path.stat().st_size // 1000} KB")
    return path


def save_over(window: QWidget, dialog: QWidget, folder: Path, name: str) -> Path:
    """``window`` with ``dialog`` over it, centred as a window manager places a dialog over
    its parent (a grab holds one top-level window only), framed and shadowed, as
    ``folder/name.png``: the picture is the window's size, not the dialog's."""
    QCoreApplication.processEvents()
    image = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    over = dialog.grab()
    x = max(0, (image.width() - over.width()) // 2)
    y = max(0, (image.height() - over.height()) // 2)
    painter = QPainter(image)
    for step in range(6, 0, -1):  # a soft shadow below and right of the dialog
        painter.fillRect(x + step, y + step, over.width(), over.height(), QColor(0, 0, 0, 18))
    painter.drawPixmap(x, y, over)
    painter.setPen(dialog.palette().color(dialog.palette().ColorRole.Mid))
    painter.drawRect(x - 1, y - 1, over.width() + 1, over.height() + 1)
    painter.end()
    path = save_small(image, folder / f"{name}.png")
    print(path, f"{path.stat().st_size // 1000} KB")
    return path


def open_window(
    app: QApplication,
    library: Library,
    runner: JobRunner,
    models_dir: Path,
    language: str,
    size: tuple[int, int] = (1024, 700),
    theme: str = "light",
) -> MainWindow:
    """A shown main window on ``library`` in ``language`` and ``theme`` (the feature scripts'
    common start)."""
    install_translators(app, language)
    apply_theme(app, theme)
    window = MainWindow(LibrarySession(library), runner, models_dir=models_dir, state=UiState())
    window.resize(*size)
    window.show()
    return window


def close_window(window: QWidget) -> None:
    """Close ``window`` and let Qt delete it before the next one opens."""
    window.close()
    window.deleteLater()
    QCoreApplication.processEvents()


#: Where a person keeps things: the temporary home's folders (paths then read "~/Music/…").
HOME_FOLDERS = ("Music", "Videos", "Documents")
_HOME_VARIABLES = ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", HOME_ENV)


@contextmanager
def believable_home() -> Iterator[Path]:
    """A temporary home folder for the pictures (``HOME`` points at it while they are made):
    files sit under ``~/Music``, the library where the app keeps it
    (``~/.local/share/desktop_recsys``), and nothing is read from or written to the real
    user's settings."""
    saved = {name: os.environ.get(name) for name in _HOME_VARIABLES}
    with tempfile.TemporaryDirectory() as tmp_name:
        home = Path(tmp_name) / "ada"
        for folder in HOME_FOLDERS:
            (home / folder).mkdir(parents=True)
        for name in _HOME_VARIABLES:
            os.environ.pop(name, None)
        os.environ["HOME"] = str(home)
        try:
            yield home
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value


def app_library_file() -> Path:
    """The library where the app keeps it for the current ``HOME`` (the platform's data
    folder); its models beside it by the app's own rule."""
    return default_paths().library_file


@dataclass
class DemoRun:
    """What a feature script draws on: the application, the output folder, the temporary home,
    the demo library (file, models folder, open ``Library``) and a job runner."""

    app: QApplication
    out: Path
    home: Path
    path: Path
    models: Path
    library: Library
    runner: JobRunner
    #: What ``prepare`` returned (a profile id, say).
    prepared: Any = None

    def windows(
        self,
        languages: Sequence[str] = LANGUAGES_SHOWN,
        size: tuple[int, int] = (1024, 700),
        theme: str = "light",
    ) -> Iterator[tuple[str, MainWindow]]:
        """A shown main window per language, closed after its pictures."""
        for language in languages:
            window = open_window(
                self.app, self.library, self.runner, self.models, language, size, theme
            )
            try:
                yield language, window
            finally:
                close_window(window)


@contextmanager
def demo_run(
    argv: Sequence[str],
    prepare: Callable[[Path, Path], Any] | None = None,
    *,
    demo: bool = True,
) -> Iterator[DemoRun]:
    """The feature scripts' common start and end: the output folder (``argv[1]``, default
    ``docs/screenshots``), the application, a believable home holding a fresh demo library
    (an empty one with ``demo=False``), ``prepare(library_file, models_dir)`` before it
    opens, and at the end the runner stopped and the library closed."""
    out = Path(argv[1]) if len(argv) > 1 else Path("docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(list(argv[:1]))
    assert isinstance(app, QApplication)
    with believable_home() as home:
        path = app_library_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        if demo:
            create_demo_library(path)
        else:
            Library.open(path).close()
        models = models_dir_for(path)
        prepared = prepare(path, models) if prepare is not None else None
        library = open_library(path)
        runner = JobRunner()
        try:
            yield DemoRun(app, out, home, path, models, library, runner, prepared)
        finally:
            runner.shutdown(30000)
            library.close()


#: The sizes, languages and themes ``make screenshots`` renders: the smallest window the layout
#: is made for and a common desktop one, both languages, both themes.
SIZES = ((1024, 700), (1600, 1000))
LANGUAGES = ("en", "zh_CN")
THEMES = ("light", "dark")


def variant(size: tuple[int, int], language: str, theme: str) -> str:
    """The part of a file name naming what it shows: ``1024x700-en-light``."""
    return f"{size[0]}x{size[1]}-{language}-{theme}"


def render_window(
    window: MainWindow,
    runner: JobRunner,
    out: Path,
    tag: str,
    home: Path,
    *,
    dialogs: bool,
    language: str,
    models_dir: Path,
) -> None:
    """Every screen of ``window`` (and, with ``dialogs``, every dialog) into ``out``."""

    def shot(widget: QWidget, name: str) -> None:
        # A dialog is shown over the window, so the picture is the size its name says.
        if widget is window:
            save(widget, out, f"{name}-{tag}")
        else:
            save_over(window, widget, out, f"{name}-{tag}")

    # Library: films, one rated row selected, details and "more like this" filled.
    window.show_screen("library")
    window.library_view.show_kind("film")
    view = window.library_view.current_view()
    view.selectRow(2)
    view.rate_selected(4)
    view.selectRow(1)
    view.rate_selected(5)
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    wait_until(lambda: window.library_view.detail.similar.count() > 0)
    shot(window, "library")

    # For you: train, wait for the list, select the first row.
    window.show_screen("for_you")
    for_you = window.for_you_view
    for_you.set_kind("film")
    for_you.train_now()
    wait_until(lambda: for_you.train_job is None and for_you.model.rowCount() > 0)
    wait_until(lambda: for_you.list_job is None)
    wait_until(lambda: for_you.shelves_job is None)
    for_you.diversity.setValue(40)
    wait_until(lambda: for_you.list_job is None)
    for_you.table.selectRow(0)
    shot(window, "for_you")

    # Insights.
    window.show_screen("insights")
    wait_until(lambda: window.insights_view.insights is not None)
    shot(window, "insights")

    # Playlists: the Rediscovery preset of films in the rule builder (live count), saved.
    make_playlists(window, models_dir, language)
    render_playlists(window, runner, shot, dialogs=dialogs)

    # Model Lab: four algorithms evaluated on films; the bars, then the other charts.
    window.show_screen("lab")
    lab = window.lab_view
    wait_until(lab.algorithm_list.isEnabled)
    lab.set_kind("film")
    lab.set_checked_algorithms(["popularity", "item-knn", "ease", "als"])
    lab.run_evaluation()
    wait_until(lambda: lab.result is not None and lab.evaluate_job is None)
    lab.table.selectRow(0)
    shot(window, "model_lab")
    for key in ("popularity", "map", "progress", "curve", "calibration"):
        if key in lab.charts:
            lab.chart_tabs.setCurrentWidget(lab.charts[key])
            QCoreApplication.processEvents()
            shot(window, f"model_lab_{'training' if key == 'progress' else key}")
    lab.chart_tabs.setCurrentWidget(lab.charts["bars"])

    # Jobs panel over the library (a film selected, its details filled).
    window.show_screen("library")
    select_and_wait(window, runner, 1)
    window.jobs_dock.show()
    window.jobs_panel.table.selectRow(0)
    shot(window, "jobs")
    window.jobs_dock.hide()

    # The now-playing bar: a demo track given a real file (a tone) with a cover beside it.
    play_a_track(window, home)
    select_and_wait(window, runner, 0)
    shot(window, "now_playing")
    window.playback.stop()

    # Library filtered by a genre, one row selected.
    bar = window.library_view.filter_bar
    bar.genre.setCurrentIndex(1)
    bar.year_min.setValue(1980)
    select_and_wait(window, runner, 0)
    shot(window, "library_filtered")
    if not dialogs:
        bar.clear()
        return
    bulk = window.library_view.edit_selected()
    if bulk is not None:
        bulk.set_field("album", "Night Drives")
        shot(bulk, "bulk_edit")
        bulk.reject()
    bar.clear()

    # Profiles dialog.
    dialog = window.manage_profiles()
    dialog.show()
    shot(dialog, "profiles")
    dialog.close()

    # Import wizard: the first page, then a CSV's mapping step with its preview.
    wizard = window.open_import_wizard()
    shot(wizard, "import_source")
    sample = home / "Documents" / "my ratings.csv"
    sample.write_text(
        "Title,Year,Director,Rating\nQuiet Harbour,1999,Ann Example,4.5\n"
        "The Paper Orchard,2011,Bo Sample,3\n",
        encoding="utf-8",
    )
    wizard.choose("csv", sample)
    wizard.next()
    wizard.next()
    shot(wizard, "import_mapping")
    wizard.reject()

    # Settings and the first-run welcome.
    settings = window.open_settings()
    shot(settings, "settings")
    settings.reject()
    welcome = WelcomeDialog(window)
    welcome.show()
    shot(welcome, "welcome")
    welcome.reject()


#: Playlists a person would have made, by language (names are the person's own text).
PLAYLISTS = {
    "en": {
        "static": (("Sunday morning", "track", ("Jazz", "Folk", "Classical"), 18),
                   ("Road trip", "track", ("Rock", "Pop", "Country"), 24),
                   ("Films with Bo", "film", ("Comedy", "Animation"), 9)),
        "fresh": "New this month",
    },
    "zh_CN": {
        "static": (("周日早晨", "track", ("Jazz", "Folk", "Classical"), 18),
                   ("自驾路上", "track", ("Rock", "Pop", "Country"), 24),
                   ("和 Bo 一起看的电影", "film", ("Comedy", "Animation"), 9)),
        "fresh": "本月新增",
    },
}  # fmt: skip


def make_playlists(window: MainWindow, models_dir: Path, language: str) -> None:
    """A believable set of playlists for the current profile: three lists put together by
    hand from the demo's genres and a smart one of recent additions."""
    from desktop_recsys.engine.playlists.rules import preset
    from desktop_recsys.library.queries import ItemQuery
    from desktop_recsys.services import smart_playlists

    library = window.reader.library
    profile = window.current_profile_id()
    names = PLAYLISTS.get(language, PLAYLISTS["en"])
    for name, kind, genres, size in names["static"]:
        picks: list[int] = []
        for genre in genres:
            rows = library.items.page(ItemQuery(kind=kind, genre=genre), limit=size)
            picks += [row.id for row in rows[: size // len(genres)] if row.id not in picks]
        library.playlists.create(name, profile_id=profile, item_ids=picks)
    smart_playlists.create_smart(
        library.path, models_dir, profile, names["fresh"], preset("fresh", "track")
    )


def render_playlists(
    window: MainWindow,
    runner: JobRunner,
    shot: Callable[[QWidget, str], None],
    *,
    dialogs: bool,
) -> None:
    """The Playlists screen with a believable set of lists and a smart playlist made in the
    rule builder (a film model is trained by then, so Rediscovery is ordered by its score)."""
    window.show_screen("playlists")
    view = window.playlists_view
    dialog = view.new_smart()
    assert dialog is not None
    dialog.kind.setCurrentIndex(dialog.kind.findData("film"))
    dialog.preset.setCurrentIndex(dialog.preset.findData("rediscovery"))
    dialog._apply_preset()
    name = dialog.preset.currentText()  # the preset's name in the interface's language
    dialog.name_edit.setText(name)
    dialog.count_now()
    wait_until(lambda: dialog.save_button.isEnabled() and "…" not in dialog.count_label.text())
    if dialogs:
        shot(dialog, "rule_builder")
    dialog.save()
    wait_until(lambda: view.index_of(name) is not None)
    wait_until(lambda: not runner.is_busy())
    view.reload()
    wait_until(lambda: view.index_of(name) is not None)
    view.lists.setCurrentRow(view.index_of(name).row())
    wait_until(lambda: not runner.is_busy())
    shot(window, "playlists")


def select_and_wait(window: MainWindow, runner: JobRunner, row: int) -> None:
    """Select ``row`` of the Library's table and wait for its details and "more like this"."""
    view = window.library_view.current_view()
    view.selectRow(row)
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    detail = window.library_view.detail
    wait_until(lambda: detail.similar_job is None and detail.similar.count() > 0)
    wait_until(lambda: not runner.is_busy())


def write_tone(path: Path, seconds: float, rate: int = 4000) -> None:
    """A 220 Hz tone of ``seconds`` (to the frame) as a mono 16-bit WAV file."""
    # One second of 220 Hz holds whole periods: repeated, cut to the length.
    second = b"".join(
        struct.pack("<h", int(3000 * math.sin(2 * math.pi * 220 * i / rate))) for i in range(rate)
    )
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes((second * math.ceil(seconds))[: 2 * round(seconds * rate)])


def play_a_track(window: MainWindow, home: Path) -> None:
    """Play the first demo track from a tone as long as the track's listed duration (the
    picture shows both: the table's and the bar's), written where a person keeps music
    (``~/Music/<artist>/<album>/``, demo items have no files), its folder holding a cover.png;
    nothing is recorded in the demo library."""
    session = window.reader
    track = session.item_page("track", 0, 1)[0]
    folder = home / "Music" / (track.artist or "Unknown artist") / (track.album or "Singles")
    tone = folder / f"{track.title}.wav"
    if not tone.exists():
        folder.mkdir(parents=True, exist_ok=True)
        write_tone(tone, float(track.duration or 40.0))
        cover = QImage(240, 240, QImage.Format.Format_RGB32)
        painter = QPainter(cover)
        gradient = QLinearGradient(0, 0, 240, 240)
        gradient.setColorAt(0, QColor(236, 128, 52))
        gradient.setColorAt(1, QColor(62, 30, 118))
        painter.fillRect(cover.rect(), gradient)
        painter.end()
        cover.save(str(folder / "cover.png"))
    session.library.items.set_file_state([(track.id, str(tone), tone.stat().st_size, None, None)])
    window.playback.recorder = lambda *_args: None
    window.show_screen("library")
    window.library_view.show_kind("track")
    window.playback.play([track.id])
    window.playback.seek(12.0)
    wait_until(lambda: window.playback.is_playing() and window.playback.position() >= 12.5)


def render_variant(
    app: QApplication, out: Path, size: tuple[int, int], language: str, *, dialogs: bool
) -> None:
    """One picture set on a fresh demo library, in a home of its own, with its own job
    runner: what one set did (its model, playlists, files and jobs) does not show in the
    next."""
    tag = variant(size, language, str(app.property("desktopRecsysTheme")))
    with believable_home() as home:
        library_path = app_library_file()
        library_path.parent.mkdir(parents=True, exist_ok=True)
        create_demo_library(library_path)
        library = open_library(library_path)
        runner = JobRunner()
        models_dir = models_dir_for(library_path)
        try:
            window = MainWindow(
                LibrarySession(library), runner, models_dir=models_dir, state=UiState()
            )
            window.resize(*size)
            window.show()
            QCoreApplication.processEvents()
            if window.width() != size[0] or window.height() != size[1]:
                print(f"WARNING: the window is {window.width()}x{window.height()}, not {tag}: "
                      "its minimum size grew past the smallest size the layout is made for")  # fmt: skip
            render_window(
                window, runner, out, tag, home,
                dialogs=dialogs, language=language, models_dir=models_dir,
            )  # fmt: skip
            wait_until(lambda: not runner.is_busy())
            close_window(window)
        finally:
            runner.shutdown(10000)
            library.close()


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default="docs/screenshots", type=Path)
    parser.add_argument("--size", action="append", help="WIDTHxHEIGHT (repeatable)")
    parser.add_argument("--language", action="append", choices=LANGUAGES)
    parser.add_argument("--theme", action="append", choices=THEMES)
    return parser.parse_args(argv[1:])


#: How often a set is tried: a whole run once lost the Chinese light set to two native
#: crashes in a row (one in the Lab, one in the player), then made it on the third try.
ATTEMPTS = 3


def run_each_in_its_own_process(argv: list[str], args: argparse.Namespace) -> int:
    """Every language and theme in a process of its own (a crash in one, such as Qt
    Multimedia's after several players in one process, loses only that set, and it is tried
    again, up to :data:`ATTEMPTS` times); 1 if a set could not be made."""
    import subprocess

    failed = []
    for language in LANGUAGES:
        for theme in THEMES:
            # -X faulthandler: a crash in Qt's native code prints where it happened.
            command = [sys.executable, "-X", "faulthandler", argv[0], str(args.out),
                       "--language", language, "--theme", theme]  # fmt: skip
            for size in args.size or []:
                command += ["--size", size]
            for _attempt in range(ATTEMPTS):
                if subprocess.run(command, check=False).returncode == 0:
                    break
                print(f"the {language} {theme} set failed; trying it again", file=sys.stderr)
            else:
                failed.append(f"{language} {theme}")
    if failed:
        print("could not render: " + ", ".join(failed), file=sys.stderr)
        return 1
    return 0


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    if not args.language and not args.theme:
        return run_each_in_its_own_process(argv, args)
    sizes = [tuple(int(n) for n in s.split("x")) for s in args.size] if args.size else SIZES
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(argv[:1])
    assert isinstance(app, QApplication)
    for language in args.language or LANGUAGES:
        install_translators(app, language)
        for theme in args.theme or THEMES:
            apply_theme(app, theme)
            for number, size in enumerate(sizes):
                render_variant(app, out, size, language, dialogs=number == 0)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
