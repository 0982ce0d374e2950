"""``python -m desktop_recsys.cli``: the same as the ``desktop-recsys`` command."""

from __future__ import annotations

import sys

from desktop_recsys.cli.entry import main

if __name__ == "__main__":
    sys.exit(main())
