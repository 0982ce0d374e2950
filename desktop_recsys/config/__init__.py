"""Paths and settings: where the library and the settings live. No Qt, imported by everyone."""

from desktop_recsys.config.paths import AppPaths, default_paths, resources_dir
from desktop_recsys.config.settings import Settings

__all__ = ["AppPaths", "Settings", "default_paths", "resources_dir"]
