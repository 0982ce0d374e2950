"""Fixtures for the importer tests (the helpers live in import_helpers.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from import_helpers import make_hetrec_small, make_ml_csv_small


@pytest.fixture
def ml_csv_small(tmp_path: Path) -> Path:
    """A tiny ml-latest style folder (CRLF, quoted commas) with known answers."""
    return make_ml_csv_small(tmp_path)


@pytest.fixture
def hetrec_small(tmp_path: Path) -> Path:
    """A tiny HetRec Last.fm folder: Latin-1 tag names, a tag on an unknown artist."""
    return make_hetrec_small(tmp_path)
