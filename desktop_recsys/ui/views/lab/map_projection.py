"""The catalogue map's other projections: t-SNE as a background job, kept for the run.

A Lab run comes with its catalogue map placed by PCA. When the map is asked for by another
method (t-SNE), :class:`MapProjection` hands back the PCA map at once and starts one job that
places the items anew (on the write lane: numeric work, one at a time, threads capped); when
it finishes, the map is redrawn from this run's cache, so going back and forth computes
nothing again. A new run (another map) starts a new cache and cancels a job still placing the
old one. The line under the map (:attr:`MapProjection.status`) says what the job is doing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop_recsys.jobs.base import JobLane, JobRunnerBase
from desktop_recsys.jobs.handle import JobHandle
from desktop_recsys.services import lab_map
from desktop_recsys.ui.i18n import translate_message


class _Placing:
    """One t-SNE job: the map it places and, once submitted, its handle."""

    def __init__(self, base: Any) -> None:
        self.base = base
        self.handle: JobHandle | None = None


class MapProjection(QObject):
    """The run's maps by method, and the job placing the one asked for."""

    #: The job's progress changed :attr:`status` (a line to show under the map).
    progressed = Signal()
    #: A projection arrived: the map should be drawn again.
    projected = Signal()
    #: The job failed or was cancelled (:attr:`status` says which): show the PCA map again.
    abandoned = Signal()

    def __init__(
        self, runner: JobRunnerBase, wanted: Callable[[], str], parent: QObject | None = None
    ) -> None:
        """``wanted``: the method the person has chosen now (``"pca"`` or ``"tsne"``)."""
        super().__init__(parent)
        self._runner = runner
        self._wanted = wanted
        self._placing: _Placing | None = None
        self._projected: dict[str, Any] = {}  # method -> CatalogueMap, for _projected_for
        self._projected_for: object = None
        #: A line about the job under way (or failed); "" for none.
        self.status = ""

    @property
    def job(self) -> JobHandle | None:
        """The running t-SNE job, if any."""
        return self._placing.handle if self._placing is not None else None

    def cancel(self) -> None:
        """Stop placing (the person went back to PCA): free the processor."""
        if self._placing is not None and self._placing.handle is not None:
            self._placing.handle.cancel()

    def map_for(self, base: Any, method: str) -> Any:
        """``base`` (the run's map) by ``method``: PCA at once; t-SNE from this run's cache,
        else ``base`` while a job computes it (started here, once)."""
        if self._projected_for is not base:  # a new run: its own cache
            self._projected, self._projected_for = {}, base
            if self._placing is not None:  # placing the old run's map: not wanted now
                self.cancel()
                self._placing = None
        if base is None or method == base.method:
            self.status = ""
            return base
        if method in self._projected:
            self.status = ""
            return self._projected[method]
        if self._placing is None:
            self._place(base, method)
            if self._placing is not None:
                self.status = self.tr("Placing the items with t-SNE…")
            elif method in self._projected:  # a synchronous runner placed them at once
                return self._projected[method]
        return base

    def _place(self, base: Any, method: str) -> None:
        placing = _Placing(base)
        self._placing = placing
        handle = self._runner.submit(
            lambda progress, cancel: lab_map.project_map(
                base, method, progress=progress, cancel=cancel
            ),
            kind="lab_map",
            title=self.tr("Placing the catalogue map's items with t-SNE"),
            lane=JobLane.WRITE,  # numeric work: one at a time, threads capped
            params={"method": method, "points": min(len(base.x), lab_map.TSNE_LIMIT)},
            replace_key="lab_map",
            on_progress=lambda fraction, _message: self._on_progress(placing, fraction),
            on_finished=lambda result: self._on_finished(placing, result),
            on_failed=lambda message, _trace: self._on_failed(placing, message),
            on_cancelled=lambda: self._on_cancelled(placing),
        )
        placing.handle = handle

    # -- the job's news (only the current job's counts) ----------------------------------------
    def _on_progress(self, placing: _Placing, fraction: float) -> None:
        if placing is not self._placing:
            return
        self.status = self.tr(
            "Placing the items with t-SNE… {0:.0%} (the PCA map is shown meanwhile)"
        ).format(fraction)
        self.progressed.emit()

    def _on_finished(self, placing: _Placing, result: object) -> None:
        if placing is not self._placing:
            return
        self._placing = None
        if isinstance(result, lab_map.CatalogueMap) and placing.base is self._projected_for:
            self._projected[result.method] = result
        self.status = ""
        self.projected.emit()

    def _on_failed(self, placing: _Placing, message: object) -> None:
        if placing is not self._placing:
            return
        self._placing = None
        self.status = self.tr("t-SNE failed: {0}").format(translate_message(message))
        self.abandoned.emit()

    def _on_cancelled(self, placing: _Placing) -> None:
        if placing is not self._placing:
            return
        self._placing = None
        self.status = (
            self.tr("t-SNE was cancelled; choose it again to retry.")
            if self._wanted() != "pca"
            else ""
        )
        self.abandoned.emit()
