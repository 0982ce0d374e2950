"""``desktop-recsys --self-test``: prove that this installation works, end to end, in seconds.

Meant for a person who just installed the app (or a packaging test) to run on the installed
binary. Every step works in a fresh temporary folder, never in the user's own data:

1. **environment**: version, Python, frozen or not, the bundled resources (icon) are there;
2. **demo library**: a temporary library filled with the synthetic demo data;
3. **data set**: the track data set built from that library;
4. **evaluation**: a held-out split (the protocol's :func:`holdout_split`), a small model
   fitted on the train part and scored with :func:`evaluate_top_n` (no leaks, sane figures);
5. **training**: a model trained and registered through the training service (file on disk,
   run ``ready``);
6. **recommendation**: a profile's list from the registry (non-empty, nothing already seen);
7. **no Qt so far**: the headless steps above did not import Qt (the layering rule);
8. **main window** (last, because it is the only step that imports Qt): a ``QApplication`` on
   Qt's ``offscreen`` platform, the SVG icon renders (the image-format plugins are bundled),
   and the real main window is built on the temporary library and shown;
9. **music player**: a 0.4 s WAV written here plays to its end through the player's engine
   (Qt Multimedia, FFmpeg, the system's libpulse), to a null output when there is no sound;
10. **imports**: every module of the package, and every module any of them imports lazily
   inside a function (read from the compiled code), can be imported: in a frozen bundle this
   proves nothing the app may need later was left out;
11. **clean-up**: the temporary folder is removed.

Each step prints one ``ok`` line with what it checked. On the first failure it prints one line
``desktop-recsys: self-test failed: STEP: REASON`` on stderr and returns 1. No display is
needed: ``QT_QPA_PLATFORM`` is set to ``offscreen`` for this process before Qt is imported.
"""

from __future__ import annotations

import dis
import importlib
import math
import os
import pkgutil
import platform
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import CodeType
from typing import TextIO

from desktop_recsys import __version__
from desktop_recsys.errors import UserError

PROG = "desktop-recsys"
#: The algorithm the self-test evaluates and trains: small, fast and deterministic.
ALGORITHM = "item-knn"
KIND = "track"
TOP_N = 10


class SelfTestFailure(Exception):
    """A check did not hold; the message is one line saying what was expected."""


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestFailure(message)


@dataclass
class _Context:
    """What the steps share: the temporary folder and what earlier steps produced."""

    root: Path
    library: Path = field(init=False)
    models: Path = field(init=False)
    profile_id: int | None = None
    #: Qt modules loaded before the first step: PyInstaller's start-up hook for PySide6 imports
    #: a few in a frozen bundle; the layering check counts only those the steps add.
    qt_at_start: frozenset[str] = field(default_factory=lambda: frozenset(_qt_modules()))

    def __post_init__(self) -> None:
        self.library = self.root / "selftest.sqlite"
        self.models = self.root / "models"


# -- steps: each returns the sentence printed after "ok" ----------------------------------------
def _check_environment(ctx: _Context) -> str:
    from desktop_recsys.config import resources_dir

    icon = resources_dir() / "icons" / "desktop_recsys.svg"
    _require(icon.is_file(), f"the bundled icon {icon} is missing")
    frozen = "frozen bundle" if getattr(sys, "frozen", False) else "Python install"
    return (
        f"{PROG} {__version__}, Python {platform.python_version()} on {platform.system()} "
        f"{platform.machine()} ({frozen}); resources in {icon.parent.parent}"
    )


def _check_demo(ctx: _Context) -> str:
    from desktop_recsys.services.library_service import create_demo_library, list_profiles

    stats = create_demo_library(ctx.library, seed=7)
    counts = stats.items_by_kind
    _require(counts.get(KIND, 0) > 0, f"the demo library has no {KIND}s")
    _require(stats.profiles > 0, "the demo library has no profiles")
    _require(stats.ratings + stats.plays > 0, "the demo library has no ratings or plays")
    ctx.profile_id = list_profiles(ctx.library)[0].id
    return (
        f"demo library: {counts.get('track', 0)} tracks, {counts.get('film', 0)} films, "
        f"{stats.profiles} profiles, {stats.ratings} ratings, {stats.plays} plays"
    )


def _check_evaluation(ctx: _Context) -> str:
    import numpy as np
    import pandas as pd

    from desktop_recsys.engine.dataset import Dataset
    from desktop_recsys.engine.evaluation import evaluate_top_n, holdout_split
    from desktop_recsys.engine.registry import create
    from desktop_recsys.services.dataset_service import build_dataset

    data = build_dataset(ctx.library, kind=KIND)
    _require(data.nnz > 0, f"the {KIND} data set is empty")
    coo = data.matrix.tocoo()
    frame = pd.DataFrame(
        {
            "user": data.user_ids[coo.row],
            "item": data.item_ids[coo.col],
            "weight": coo.data.astype(np.float64),
        }
    )
    train_frame, test = holdout_split(frame, user_col="user")
    _require(len(test) > 0, "the holdout split held nothing out")
    train = Dataset.from_frame(train_frame)
    figures = {}
    for name in ("popularity", ALGORITHM):
        model = create(name).fit(train)
        metrics = evaluate_top_n(model, train, test["user"].tolist(), test["item"].tolist())
        _require(metrics.users > 0, f"{name}: no user was evaluated")
        _require(metrics.leaks == 0, f"{name} recommended {metrics.leaks} training items")
        for key in ("ndcg_at_10", "recall_at_20", "coverage_at_10"):
            value = getattr(metrics, key)
            _require(math.isfinite(value) and 0.0 <= value <= 1.0, f"{name}: {key}={value}")
        figures[name] = metrics
    best = figures[ALGORITHM]
    return (
        f"evaluation on {data!r}: {len(test)} held-out interactions of {best.users} users; "
        f"NDCG@10 {best.ndcg_at_10:.3f} ({ALGORITHM}) vs {figures['popularity'].ndcg_at_10:.3f} "
        f"(popularity), recall@20 {best.recall_at_20:.3f}, no leaks"
    )


def _check_training(ctx: _Context) -> str:
    from desktop_recsys.services.training_service import list_runs, train_model

    run_id = train_model(ctx.library, ctx.models, kind=KIND, algorithm=ALGORITHM)
    runs = {run.id: run for run in list_runs(ctx.library, kind=KIND)}
    run = runs.get(run_id)
    _require(run is not None, f"model run {run_id} is not in the registry")
    assert run is not None
    _require(run.status == "ready", f"model run {run_id} is {run.status!r}, not 'ready'")
    files = list(ctx.models.glob("*.npz"))
    _require(len(files) == 1, f"expected one model file in {ctx.models}, found {len(files)}")
    size_kb = files[0].stat().st_size / 1024
    return f"training: {ALGORITHM} run {run_id} is ready, model file {size_kb:.0f} KB"


def _check_recommendation(ctx: _Context) -> str:
    from desktop_recsys.library import Library, dataset_rows
    from desktop_recsys.services.recommend_service import recommend_for

    assert ctx.profile_id is not None
    recs = recommend_for(ctx.library, ctx.models, profile=ctx.profile_id, kind=KIND, n=TOP_N)
    _require(len(recs) > 0, f"no {KIND} recommendations for profile {ctx.profile_id}")
    ids = [row.item_id for row in recs]
    _require(len(set(ids)) == len(ids), "the list recommends an item twice")
    _require(all(math.isfinite(row.score) for row in recs), "a score is not a finite number")
    with Library.open(ctx.library) as library:
        seen = dataset_rows.profile_item_ids(library, ctx.profile_id, KIND)
    _require(not seen & set(ids), "the list recommends items the profile already knows")
    first = recs.rows[0]
    return (
        f"recommendation: {len(recs)} {KIND}s for profile {ctx.profile_id} from "
        f"{recs.algorithm}, none already seen; #1 {first.title!r} ({first.explanation})"
    )


def _qt_modules() -> set[str]:
    return {name for name in sys.modules if name.split(".")[0] in {"PySide6", "shiboken6"}}


def _check_no_qt(ctx: _Context) -> str:
    loaded = sorted(_qt_modules() - ctx.qt_at_start)
    _require(not loaded, f"the headless steps imported Qt ({', '.join(loaded[:3])})")
    return "headless steps ran without importing Qt"


def _check_main_window(ctx: _Context) -> str:
    # Offscreen: the check needs no display. Set before Qt is first imported (it is not yet:
    # see _check_no_qt), and only for this process.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from desktop_recsys.app import start_gui  # deferred: imports Qt
    from desktop_recsys.config import AppPaths, resources_dir

    app = QApplication.instance() or QApplication([sys.argv[0]])
    icon = QIcon(str(resources_dir() / "icons" / "desktop_recsys.svg"))
    pixmap = icon.pixmap(QSize(64, 64))
    _require(not pixmap.isNull(), "the SVG icon does not render (Qt's SVG plugin is missing)")
    paths = AppPaths(data_dir=ctx.root / "data", config_dir=ctx.root / "config")
    session = start_gui(ctx.library, paths=paths)
    try:
        session.window.show()
        app.processEvents()
        _require(session.window.isVisible(), "the main window did not show")
        title = session.window.windowTitle()
    finally:
        session.close()
        session.window.close()
        session.window.deleteLater()
        app.processEvents()
    return f"main window {title!r} built and shown (Qt platform {app.platformName()})"


def _check_playback(ctx: _Context) -> str:
    # A 0.4 s tone decoded to its end by the music player's engine (Qt Multimedia, its FFmpeg
    # plugin and the system's sound client): with no sound card it plays to a null output.
    import struct  # deferred with the rest of this step
    import wave

    from PySide6.QtCore import QCoreApplication

    from desktop_recsys.ui.playback.audio_engine import AudioEngine  # deferred: imports Qt

    tone = ctx.root / "tone.wav"
    with wave.open(str(tone), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"".join(struct.pack("<h", (i % 40) * 400) for i in range(3200)))
    engine = AudioEngine()
    ended: list[bool] = []
    failed: list[str] = []
    engine.ended.connect(lambda: ended.append(True))
    engine.failed.connect(failed.append)
    _require(engine.load(tone), f"no music playback: {engine.unavailable_reason()}")
    engine.play()
    deadline = time.monotonic() + 15
    while not ended and not failed and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    length = engine.duration()
    engine.unload()
    engine.deleteLater()
    _require(not failed, f"the music player cannot decode a WAV file: {failed[:1]}")
    _require(bool(ended), "the music player did not play a 0.4 s file to its end in 15 s")
    return f"music player played a {length:.1f} s file to its end"


def _imports_in(code: CodeType) -> set[str]:
    """Absolute module names imported by ``code`` and every function or class inside it."""
    names: set[str] = set()
    consts: list[object] = []  # IMPORT_NAME follows LOAD_CONST level, LOAD_CONST fromlist
    for instruction in dis.get_instructions(code):
        if instruction.opname == "LOAD_CONST":
            consts = [*consts[-1:], instruction.argval]
        elif instruction.opname == "IMPORT_NAME":
            if len(consts) == 2 and consts[0] == 0:  # absolute imports only
                names.add(str(instruction.argval))
            consts = []
        else:
            consts = []
    for const in code.co_consts:
        if isinstance(const, CodeType):
            names |= _imports_in(const)
    return names


#: Standard modules of other platforms: the app imports them behind a guard (library/locks.py
#: takes ``fcntl`` on POSIX and ``msvcrt`` on Windows), so their absence here is no fault.
_OTHER_PLATFORMS_ONLY = (
    {"fcntl", "termios", "pwd", "grp", "resource"}
    if sys.platform == "win32"
    else {"msvcrt", "winreg", "winsound", "_winapi"}
)


def _check_imports(ctx: _Context) -> str:
    """Every module of the package, and everything any of them imports inside a function.

    The app defers heavy imports (scikit-learn, mutagen, guessit, ...) into the functions that
    need them; in a frozen bundle a missing one would only fail when a person reaches that
    feature. The names are read from the modules' own compiled code, so this stays true as the
    app grows.
    """
    import desktop_recsys

    modules = [
        info.name for info in pkgutil.walk_packages(desktop_recsys.__path__, "desktop_recsys.")
    ]
    wanted: set[str] = set()
    for name in modules:
        module = importlib.import_module(name)
        loader = module.__spec__.loader if module.__spec__ else None
        code = loader.get_code(name) if loader is not None and hasattr(loader, "get_code") else None
        _require(code is not None, f"cannot read the code of {name}")
        assert code is not None
        wanted |= _imports_in(code)
    missing = []
    for name in sorted(wanted - _OTHER_PLATFORMS_ONLY):
        try:
            importlib.import_module(name)
        except ImportError as exc:
            missing.append(f"{name} ({exc})")
    _require(not missing, f"cannot import {', '.join(missing)}")
    third_party = {n.split(".")[0] for n in wanted} - set(sys.stdlib_module_names)
    return (
        f"imports: {len(modules)} app modules and the {len(wanted)} modules they import "
        f"(third-party: {', '.join(sorted(third_party - {'desktop_recsys'}))}) all load"
    )


def _check_cleanup(ctx: _Context) -> str:
    shutil.rmtree(ctx.root)
    _require(not ctx.root.exists(), f"could not remove {ctx.root}")
    return f"temporary folder {ctx.root} removed"


STEPS: tuple[tuple[str, Callable[[_Context], str]], ...] = (
    ("environment", _check_environment),
    ("demo library", _check_demo),
    ("evaluation", _check_evaluation),
    ("training", _check_training),
    ("recommendation", _check_recommendation),
    ("no Qt in headless code", _check_no_qt),
    ("main window", _check_main_window),
    ("music player", _check_playback),
    ("imports", _check_imports),
    ("clean-up", _check_cleanup),
)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    if isinstance(exc, SelfTestFailure | UserError):  # already a sentence for a person
        return text
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def run_self_test(*, gui: bool = True, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run every check; returns 0 when all pass, 1 at the first failure (reason on ``err``).

    ``gui=False`` leaves out the main-window and import checks (and so never imports Qt).
    """
    out = out or sys.stdout
    err = err or sys.stderr
    started = time.perf_counter()
    try:
        root = Path(tempfile.mkdtemp(prefix="desktop-recsys-selftest-"))
    except OSError as exc:
        print(f"{PROG}: self-test failed: temporary folder: {_one_line(exc)}", file=err)
        return 1
    ctx = _Context(root)
    qt_steps = (_check_main_window, _check_playback, _check_imports)  # these import Qt
    steps = [(name, step) for name, step in STEPS if gui or step not in qt_steps]
    try:
        for name, step in steps:
            t0 = time.perf_counter()
            try:
                said = step(ctx)
            except Exception as exc:  # any failure becomes one line; that is the point
                print(f"{PROG}: self-test failed: {name}: {_one_line(exc)}", file=err)
                return 1
            print(f"ok  {said} ({time.perf_counter() - t0:.1f} s)", file=out, flush=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print(
        f"self-test passed: {len(steps)} checks in {time.perf_counter() - started:.1f} s",
        file=out,
    )
    return 0
