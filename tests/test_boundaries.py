"""The layer rules of ARCHITECTURE.md, checked on the real package."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "desktop_recsys"


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
