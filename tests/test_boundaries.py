"""The layer rules of ARCHITECTURE.md, checked on the real package."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "desktop_recsys"


@pytest.mark.subprocess
@pytest.mark.parametrize(
    "module",
    [
        "desktop_recsys.engine",
        "desktop_recsys.library",
        "desktop_recsys.services",
        "desktop_recsys.config",
        "desktop_recsys.cli",
        "desktop_recsys.library.demo",
        "desktop_recsys.services.library_service",
    ],
)
def test_headless_layers_load_no_qt(module: str) -> None:
    code = (
        f"import importlib, sys; importlib.import_module({module!r}); "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'pyqtgraph'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def modules_in(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize(
    ("layer", "forbidden"),
    [
        ("engine", ("desktop_recsys.library", "desktop_recsys.services", "desktop_recsys.jobs",
                    "desktop_recsys.ui", "PySide6", "pyqtgraph")),
        ("library", ("desktop_recsys.engine", "desktop_recsys.services", "desktop_recsys.jobs",
                     "desktop_recsys.ui", "PySide6", "pyqtgraph")),
        ("services", ("desktop_recsys.jobs", "desktop_recsys.ui", "PySide6", "pyqtgraph")),
        ("config", ("desktop_recsys.library", "desktop_recsys.engine", "desktop_recsys.services",
                    "desktop_recsys.jobs", "desktop_recsys.ui", "PySide6")),
        ("jobs", ("desktop_recsys.ui", "desktop_recsys.library", "desktop_recsys.engine",
                  "sqlite3")),
        ("ui", ("sqlite3", "desktop_recsys.library.db", "desktop_recsys.library.repositories",
                "desktop_recsys.engine")),
    ],
)  # fmt: skip
def test_imports_follow_the_arrows(layer: str, forbidden: tuple[str, ...]) -> None:
    # Row dataclasses travel up through services to jobs and ui as plain data.
    allowed = ("desktop_recsys.library.models",)
    offenders = []
    for path in modules_in(layer):
        for name in imports_of(path):
            if name in allowed:
                continue
            if any(name == f or name.startswith(f + ".") for f in forbidden):
                offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_no_sql_outside_the_library() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.is_relative_to(PACKAGE / "library"):
            continue
        text = path.read_text(encoding="utf-8")
        if "import sqlite3" in text or ".execute(" in text:
            offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


@pytest.mark.subprocess
def test_the_gui_starts_without_the_engine() -> None:
    """Start-up speed: the window must not wait for numpy/scipy/scikit-learn/pandas to load;
    the engine is imported on first use or on a background thread once the window is up."""
    code = (
        "import sys; import desktop_recsys.app; "
        "print(sorted(m for m in ('numpy', 'scipy', 'sklearn', 'pandas', "
        "'desktop_recsys.engine') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


# -- The shape of the rooms: no circles, no god files ----------------------------------------
#: The longest a file under desktop_recsys/ may grow before it is split by subject.
MAX_LINES = 700


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """Module -> the package's modules it imports, counting every import statement (also
    inside functions and ``if TYPE_CHECKING``: a deferred import still ties two rooms)."""
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(a.name for a in node.names if a.name in modules)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    stem = package[: len(package) - (node.level - 1)]
                    base = ".".join([*stem, base] if base else stem)
                for alias in node.names:
                    sub = f"{base}.{alias.name}"
                    if sub in modules:
                        found.add(sub)
                    elif base in modules:
                        found.add(base)
        found.discard(name)
        graph[name] = found
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of two or more modules (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, edges = work[-1]
            for nxt in edges:
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(sorted(graph[nxt]))))
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    if len(group) > 1:
                        found.append(sorted(group))
    return found


def test_the_circle_finder_finds_a_circle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert circles(graph) == [["a", "b", "c"]]
    assert circles({"a": {"b"}, "b": set()}) == []


def test_no_import_circle_anywhere_in_the_package() -> None:
    """Not inside library/, engine/, cli/ or any other package, nor between them."""
    graph = import_graph()
    assert len(graph) > 100  # the whole package was read
    assert circles(graph) == []


def test_no_import_is_a_workaround_for_a_cycle() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)}:{number}"
        for path in PACKAGE.rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "import cycle" in line.lower()
    ]
    assert offenders == []


def test_no_file_grows_past_the_limit() -> None:
    too_long = {
        str(path.relative_to(PACKAGE)): count
        for path in PACKAGE.rglob("*.py")
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert too_long == {}


def test_widgets_and_table_models_share_only_ui_common() -> None:
    """What both need (roles, stars_text, the kind picker) is in ui/common.py, so no widget
    imports a table model's module and no table model imports a widget's."""
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for layer, other in (("ui/widgets", "desktop_recsys.ui.models"),
                             ("ui/models", "desktop_recsys.ui.widgets"))
        for path in modules_in(layer)
        for name in imports_of(path)
        if name == other or name.startswith(other + ".")
    ]  # fmt: skip
    assert offenders == []


def test_no_view_sifts_the_runners_broadcast_for_its_own_jobs() -> None:
    """Views follow their jobs through handles (jobs/handle.py); only what is about every
    job (the window's status, the Jobs panel and its table) listens to the broadcast."""
    about_every_job = {
        "main_window.py",
        "jobs_panel.py",
        "job_status_widget.py",
        "jobs_table_model.py",
    }
    offenders = [
        f"{path.relative_to(PACKAGE)}: {line.strip()}"
        for path in modules_in("ui")
        if path.name not in about_every_job
        for line in path.read_text(encoding="utf-8").splitlines()
        if "runner.finished.connect" in line
        or "runner.progress.connect" in line
        or "runner.failed.connect" in line
        or "runner.cancelled.connect" in line
        or "job_id ==" in line
        or "== job_id" in line
    ]
    assert offenders == []
