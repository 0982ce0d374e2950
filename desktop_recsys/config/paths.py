"""Platform folders for the library, models, backups and settings.

The folders come from :mod:`platformdirs` (``~/.local/share/desktop_recsys`` on Linux,
``%LOCALAPPDATA%\\desktop_recsys`` on Windows, ``~/Library/Application Support/desktop_recsys``
on macOS). ``DESKTOP_RECSYS_HOME`` puts everything under one folder instead, which tests, portable
installs and the self-test use.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "desktop_recsys"
HOME_ENV = "DESKTOP_RECSYS_HOME"


@dataclass(frozen=True)
class AppPaths:
    """The folders the application writes to; nothing is created until asked."""

    data_dir: Path
    config_dir: Path

    @property
    def library_file(self) -> Path:
        """The default library, opened by ``desktop-recsys`` with no ``--library``."""
        return self.data_dir / "library.sqlite"

    @property
    def models_dir(self) -> Path:
        return self.data_dir / "models"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    def ensure(self) -> None:
        """Create the data and config folders (and parents) if they are missing."""
        for folder in (self.data_dir, self.config_dir):
            folder.mkdir(parents=True, exist_ok=True)


def default_paths() -> AppPaths:
    """The platform's folders for this user, or ``$DESKTOP_RECSYS_HOME`` if set."""
    home = os.environ.get(HOME_ENV)
    if home:
        root = Path(home).expanduser()
        return AppPaths(data_dir=root / "data", config_dir=root / "config")
    # Deferred: platformdirs is small, but only needed when no override is given.
    import platformdirs

    return AppPaths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
    )


def library_folder_for(library_file: Path, what: str, paths: AppPaths | None = None) -> Path:
    """Where a library keeps its ``what`` (``"models"``, ``"backups"``): the one rule.

    The default library keeps them in the app's own folders (``data/models``,
    ``data/backups``); any other library in a ``NAME-models`` / ``NAME-backups`` folder beside
    it, so a library moved with its folders keeps its models and backups. ``paths``: the
    app's folders (default: :func:`default_paths`).
    """
    library_file = Path(library_file).expanduser().absolute()
    paths = paths or default_paths()
    default = paths.library_file.expanduser().absolute()
    if library_file == default:
        return paths.data_dir / what
    return library_file.parent / f"{library_file.stem}-{what}"


def models_dir_for(library_file: Path, paths: AppPaths | None = None) -> Path:
    """The folder holding the trained models of ``library_file`` (see :func:`library_folder_for`),
    for the command line and the window alike."""
    return library_folder_for(library_file, "models", paths)


def resources_dir() -> Path:
    """The ``resources/`` folder (icons, styles, translations): beside the package in a source
    checkout, inside the bundle in a frozen (PyInstaller) build."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"
