"""Entry point of the frozen (PyInstaller) application: the same as the ``desktop-recsys`` command.

The bundle's executable runs this file; with no arguments it opens the GUI, otherwise it runs
the command line (``--version``, ``--self-test``, subcommands).
"""

from __future__ import annotations

import multiprocessing
import sys

from desktop_recsys.cli import main

if __name__ == "__main__":
    # The sonic analysis's worker processes start from this executable too (forkserver or
    # spawn): in a frozen app this hands such a start to multiprocessing instead of the app.
    multiprocessing.freeze_support()
    sys.exit(main())
