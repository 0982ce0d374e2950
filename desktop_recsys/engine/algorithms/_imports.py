"""Heavy imports during a fit, without breaking the progress / cancel contract.

scikit-learn takes one to two seconds to import (more on a busy machine) and is only needed
to train the content and learned-ranker models, so it is imported lazily. An import is one
uninterruptible step, though: done inline it left a fit silent, and deaf to cancel, for longer
than the contract's second. Here the import runs on a helper thread while the fitting thread
waits in short slices, reporting progress and checking cancel between them.
"""

from __future__ import annotations

import importlib
import sys
import threading
from collections.abc import Sequence

from desktop_recsys.engine.progress import CancelToken, ProgressFn

#: Seconds between two progress reports / cancel checks while waiting for an import.
POLL_S = 0.2


def import_modules(
    modules: Sequence[str],
    progress: ProgressFn,
    cancel: CancelToken,
    *,
    fraction: float,
    message: str,
) -> None:
    """Import ``modules`` (already imported ones cost nothing), staying responsive meanwhile.

    Raises :class:`~desktop_recsys.errors.Cancelled` on cancel (the import then finishes in
    the background, harmlessly) and re-raises an import error on the calling thread.
    """
    missing = [m for m in modules if m not in sys.modules]
    if not missing:
        return
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for name in missing:
                importlib.import_module(name)
        except BaseException as exc:  # noqa: BLE001 - handed over to the fitting thread
            errors.append(exc)

    helper = threading.Thread(target=work, name="engine-import", daemon=True)
    helper.start()
    while helper.is_alive():
        helper.join(POLL_S)
        cancel.raise_if_cancelled()
        progress(fraction, message)
    if errors:
        raise errors[0]
