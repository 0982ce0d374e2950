"""The ``desktop-recsys`` command: the GUI with no arguments, headless subcommands otherwise.

No Qt is imported here (the GUI is imported only when it is launched), so every subcommand runs
on a machine without a display; services and the engine are imported only when a command runs.

Where things live:

- :mod:`~desktop_recsys.cli.entry`: the parser assembly, :func:`main` and exit codes
- :mod:`~desktop_recsys.cli.common`: library path, models folder, ``--param`` parser, progress
  printer, confirmation prompt, item kinds
- one module per command group: :mod:`~desktop_recsys.cli.library` (demo, stats, duplicates),
  :mod:`~desktop_recsys.cli.profiles`, :mod:`~desktop_recsys.cli.files` (recommend-file,
  predict-file), :mod:`~desktop_recsys.cli.import_export`, :mod:`~desktop_recsys.cli.models`
  (train, recommend, models), :mod:`~desktop_recsys.cli.evaluation` (evaluate, tune),
  :mod:`~desktop_recsys.cli.backup` (backup, restore)
"""

from __future__ import annotations

from desktop_recsys.cli.entry import PROG, build_parser, main

__all__ = ["PROG", "build_parser", "main"]
