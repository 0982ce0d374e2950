"""Analyse the library's tracks by sound and keep the features (table ``audio_features``).

:func:`analyse_library` finds the tracks whose file has no row yet, or whose file changed since
(its content hash differs) or was analysed by an older analyser; decodes each one's window and
computes its features (:mod:`desktop_recsys.engine.sonic`), and writes one row per track in its
own transaction, so a cancel or a kill loses at most the tracks in flight. A file that fails
(empty, not audio, broken, silent) gets a ``failed`` row with the reason and is not tried again
until it changes. A file no decoder here reads (M4A on the command line, where Qt's decoder is
not available) is skipped and reported, with nothing stored, so the app can analyse it later.

:func:`track_features` reads one track's row for ``features ITEM``. No Qt.
"""

from __future__ import annotations

import os
import time
from collections import deque
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FuturesTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_recsys.engine import sonic
from desktop_recsys.engine.sonic import reasons
from desktop_recsys.errors import Cancelled, UserError
from desktop_recsys.library.db import Library
from desktop_recsys.library.importers.folder import content_hash
from desktop_recsys.progress import CancelToken, Message, ProgressFn, no_progress
from desktop_recsys.services import sonic_workers


@dataclass
class Skipped:
    item_id: int
    title: str
    reason: str


@dataclass
class AnalysisReport:
    """What a run did: ``done`` analysed (``failed`` among them, with reasons), ``unchanged``
    skipped as already analysed, ``skipped`` not analysed (with reasons), ``remaining`` left
    for a later run (``--limit``, or a cancel)."""

    done: int = 0
    failed: list[Skipped] = field(default_factory=list)
    unchanged: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    remaining: int = 0
    seconds: float = 0.0
    #: CPU seconds the analyses took (decoding and features, in whichever process ran them).
    cpu_seconds: float = 0.0
    cancelled: bool = False

    @property
    def ok(self) -> int:
        return self.done - len(self.failed)

    def summary(self) -> dict[str, Any]:
        return {
            "done": self.done,
            "ok": self.ok,
            "failed": len(self.failed),
            "unchanged": self.unchanged,
            "skipped": len(self.skipped),
            "remaining": self.remaining,
            "seconds": round(self.seconds, 2),
            "cpu_seconds": round(self.cpu_seconds, 2),
        }


def default_workers() -> int:
    """Tracks analysed at once: one worker process per core."""
    return max(1, os.cpu_count() or 1)


#: Fewer tracks than this are analysed in the calling thread: starting worker processes costs
#: more than it saves (up to a second for the first pool of a process, importing numpy and
#: scipy once).
PROCESS_MIN_TRACKS = 8


def analyse_library(
    library_path: str | Path,
    *,
    limit: int | None = None,
    item_ids: list[int] | None = None,
    decoders: list[Any] | None = None,
    extra_decoders: list[Any] | None = None,
    workers: int | None = None,
    processes: bool | None = None,
    background: bool = False,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> AnalysisReport:
    """Analyse the tracks not analysed yet (at most ``limit``; ``item_ids``: only those).

    ``decoders``: the :class:`~desktop_recsys.engine.sonic.AudioDecoder` list to use (default:
    libsndfile only); ``extra_decoders`` are added to it (the app's Qt decoder for M4A).
    ``workers``: tracks analysed at once, each in a worker process
    (:mod:`~desktop_recsys.services.sonic_workers`); ``processes``: True always in worker
    processes, False in the calling thread one by one, None (default) in processes when
    ``workers`` > 1 and there are :data:`PROCESS_MIN_TRACKS` tracks or more. ``background``:
    the workers run at a lower priority (the app's job). This process only writes the rows.
    Raises :class:`~desktop_recsys.errors.Cancelled` on cancel, after saving what finished.
    """
    from desktop_recsys.engine.sonic.decoding import needs_other_decoder

    if limit is not None and limit < 1:
        raise UserError(Message("--limit must be at least 1"))
    started = time.perf_counter()
    report = AnalysisReport()
    decoders = sonic.default_decoders() if decoders is None else list(decoders)
    decoders += list(extra_decoders or ())
    workers = max(1, workers or default_workers())
    only_libsndfile = all(d.name == "soundfile" for d in decoders)
    with Library.open(Path(library_path)) as library:
        progress(0.0, Message("Looking for tracks to analyse"))
        pending: list[tuple[int, str, str, str]] = []
        for c in library.audio_features.candidates(item_ids):
            if cancel is not None:
                cancel.raise_if_cancelled()
            try:
                size = os.path.getsize(c.path)
                digest = content_hash(c.path, size)
            except OSError as error:
                why = (
                    reasons.reason("missing")
                    if isinstance(error, FileNotFoundError)
                    else reasons.reason("unreadable", detail=str(error.strerror or error))
                )
                report.skipped.append(Skipped(c.item_id, c.title, why))
                continue
            if c.row_hash == digest and c.row_analyser == sonic.ANALYSER_VERSION:
                report.unchanged += 1
                continue
            if only_libsndfile and needs_other_decoder(c.path):
                suffix = Path(c.path).suffix.lower()
                why = reasons.reason("no_decoder_app", kind=suffix)
                report.skipped.append(Skipped(c.item_id, c.title, why))
                continue
            pending.append((c.item_id, c.path, c.title, digest))
        if limit is not None and len(pending) > limit:
            report.remaining = len(pending) - limit
            pending = pending[:limit]
        total = len(pending)

        def save(item: tuple[int, str, str, str], timed: tuple[Any, float]) -> None:
            item_id, _, title, digest = item
            result, cpu = timed
            report.cpu_seconds += cpu
            if result.status in ("unsupported", "missing"):
                why = result.reason or reasons.reason("no_decoder", kind=Path(item[1]).suffix)
                report.skipped.append(Skipped(item_id, title, why))
                return
            values: dict[str, object] = {
                "window_start": result.window_start,
                "window_seconds": result.window_seconds,
            }
            if result.features is not None:
                values.update(feature_columns(result.features))
            library.audio_features.save(
                item_id, digest, sonic.ANALYSER_VERSION, result.status,
                reason=reasons.encode(result.reason), values=values,
            )  # fmt: skip
            report.done += 1
            if result.status == "failed":
                why = result.reason or reasons.reason("decode", detail="?")
                report.failed.append(Skipped(item_id, title, why))

        if processes is None:
            processes = workers > 1 and total >= PROCESS_MIN_TRACKS
        processes = processes and total > 0
        finished = 0
        try:
            if not processes:
                for item in pending:
                    if cancel is not None:
                        cancel.raise_if_cancelled()
                    save(item, sonic_workers.analyse_timed(item[1], decoders))
                    finished += 1
                    _report(progress, finished, total)
            else:
                niceness = sonic_workers.BACKGROUND_NICENESS if background else 0

                def done(item: tuple[int, str, str, str], timed: tuple[Any, float]) -> None:
                    nonlocal finished
                    save(item, timed)
                    finished += 1
                    _report(progress, finished, total)

                waiting = deque(pending)
                crashed: list[tuple[int, str, str, str]] = []
                while waiting:
                    broken = _pool_run(waiting, workers, decoders, niceness, cancel, done)
                    # A worker died (a decoder crashed on a file, or it was killed): each file
                    # that was in flight goes again alone; one that takes a worker down again
                    # is kept as failed (not tried again until it changes), not retried forever.
                    for item in broken:
                        if _pool_run(deque([item]), 1, decoders, niceness, cancel, done):
                            crashed.append(item)
                if crashed and finished == 0:
                    # Not one file went through a worker: the workers, not the files, fail.
                    raise UserError(
                        Message(
                            "the sound analysis's worker processes end as soon as they start; nothing was stored: run 'desktop-recsys analyze --workers 1' instead"
                        )
                    )
                for item in crashed:
                    done(item, (sonic.Analysis("failed", CRASHED), 0.0))
        except Cancelled:
            report.cancelled = True
            raise
        finally:
            report.remaining += total - finished
            report.seconds = time.perf_counter() - started
    if report.done == 1:
        progress(1.0, Message("Analysed 1 track"))
    else:
        progress(1.0, Message("Analysed {done} tracks", done=report.done))
    return report


#: The reason kept for a file that took a worker process down twice.
CRASHED = reasons.reason("crashed")


def _pool_run(
    waiting: deque[tuple[int, str, str, str]],
    workers: int,
    decoders: list[Any],
    niceness: int,
    cancel: CancelToken | None,
    done: Any,
) -> list[tuple[int, str, str, str]]:
    """Analyse the ``waiting`` files in a pool of worker processes, in order, handing each
    result to ``done``; returns ``[]`` when all are done, or the files that were in flight when
    a worker died (the pool is then gone; the rest stay in ``waiting``)."""
    with sonic_workers.WorkerPool(workers, decoders, niceness=niceness) as pool:
        # Two files queued per worker, so none waits while this thread writes.
        queue: deque[tuple[tuple[int, str, str, str], Future]] = deque()
        while True:
            while len(queue) < 2 * workers and waiting:
                try:
                    future = pool.submit(waiting[0][1])
                except BrokenProcessPool:  # it broke since the last result
                    return [item for item, _ in queue]
                queue.append((waiting.popleft(), future))
            if not queue:
                return []
            item, future = queue[0]
            try:
                timed = _result(future, cancel)
            except BrokenProcessPool:
                return [item for item, _ in queue]
            queue.popleft()
            done(item, timed)


def _result(future: Future, cancel: CancelToken | None) -> Any:
    """A worker's analysis, checking ``cancel`` while it is awaited (a track takes up to a
    second)."""
    while True:
        if cancel is not None:
            cancel.raise_if_cancelled()
        try:
            return future.result(timeout=0.2)
        except FuturesTimeout:
            continue


def _report(progress: ProgressFn, done: int, total: int) -> None:
    progress(
        done / max(total, 1), Message("Analysing sound: {done} of {total}", done=done, total=total)
    )


def feature_columns(features: Any) -> dict[str, object]:
    """The ``audio_features`` columns of a :class:`~desktop_recsys.engine.sonic.SonicFeatures`."""
    import numpy as np  # deferred with the engine

    return {
        "tempo": features.tempo,
        "tempo_confidence": features.tempo_confidence,
        "tempo_ambiguous": features.tempo_ambiguous,
        "loudness": features.loudness,
        "energy": features.energy,
        "brightness": features.brightness,
        "key": features.key,
        "mode": features.mode,
        "key_confidence": features.key_confidence,
        "timbre": np.asarray(features.timbre, dtype=np.float32).tobytes(),
    }


NOTE_NAMES = ("C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B")


def track_features(library_path: str | Path, item: str | int) -> dict[str, Any]:
    """One track's stored features as plain data (``features ITEM``); UserError with one line
    when the item is not a track or has not been analysed."""
    import numpy as np  # deferred: the timbre vector

    from desktop_recsys.services.similar_items import resolve_item

    with Library.open(Path(library_path)) as library:
        item_id = resolve_item(library, item, "track")
        found = library.items.get(item_id)
        row = library.audio_features.get(item_id)
    title = found.title if found is not None else str(item)
    if row is None:
        raise UserError(
            Message(
                "{title} [id {item}] has not been analysed yet; run 'desktop-recsys analyze' first",
                title=title,
                item=item_id,
            )
        )
    timbre = None
    if row.timbre is not None:
        timbre = [round(float(v), 4) for v in np.frombuffer(row.timbre, dtype=np.float32)]
    key_name = None
    if row.key is not None and row.mode is not None:
        key_name = f"{NOTE_NAMES[row.key]} {row.mode}"
    return {
        "item_id": item_id,
        "title": title,
        "status": row.status,
        "reason": reasons.decode(row.reason),
        "tempo": row.tempo,
        "tempo_confidence": row.tempo_confidence,
        "tempo_ambiguous": row.tempo_ambiguous,
        "loudness": row.loudness,
        "energy": row.energy,
        "brightness": row.brightness,
        "key": row.key,
        "mode": row.mode,
        "key_name": key_name,
        "key_confidence": row.key_confidence,
        "timbre": timbre,
        "window_start": row.window_start,
        "window_seconds": row.window_seconds,
        "analyser": row.analyser,
        "content_hash": row.content_hash,
        "analysed_at": row.analysed_at,
    }
