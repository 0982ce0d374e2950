"""Fixtures for the service tests: the tiny library and a models folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from services_test_library import Tiny, build_tiny


@pytest.fixture
def tiny(tmp_path: Path) -> Tiny:
    """Four profiles, three films and three tracks, with every kind of signal and mark."""
    return build_tiny(tmp_path)


@pytest.fixture
def models_dir(tmp_path: Path) -> Path:
    return tmp_path / "models"
