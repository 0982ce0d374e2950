"""The command line's parser is built on every start, whatever the command: it must not load
the importers (issue 19: ``import``'s kinds came from ``services.import_service``, which
loads every importer's shared parts, about 0.2 s before any command could start)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from desktop_recsys.cli.entry import build_parser
from desktop_recsys.services import import_kinds, import_service


@pytest.mark.subprocess
def test_building_the_parser_loads_no_importer() -> None:
    code = (
        "import sys; from desktop_recsys.cli.entry import build_parser; build_parser(); "
        "print(sorted(m for m in sys.modules if m == 'desktop_recsys.services.import_service' "
        "or m.startswith('desktop_recsys.library.importers')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_import_offers_exactly_the_kinds_the_import_service_runs(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert import_service.IMPORT_KINDS is import_kinds.IMPORT_KINDS  # one list, not a copy
    with pytest.raises(SystemExit):
        build_parser().parse_args(["import", "--help"])
    shown = "".join(capsys.readouterr().out.split())  # the help wraps lines, even at hyphens
    for kind, what in import_kinds.IMPORT_KINDS.items():
        assert "".join(f"{kind}: {what}".split()) in shown
    for kind in import_service.HISTORY_KINDS:
        assert kind in import_kinds.IMPORT_KINDS
