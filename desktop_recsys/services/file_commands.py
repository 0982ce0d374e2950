"""The file-based commands of ``EVALUATION.md``: ``recommend-file`` and ``predict-file``.

Whole-process commands for benchmarks and power users: read a TRAIN file, fit an algorithm,
write every answer to a CSV file. Bad input raises :class:`~desktop_recsys.errors.UserError`
with one line; the CLI turns it into a non-zero exit.

This module is imported by the CLI at start-up, so numpy, scipy and the engine are imported
inside the functions (deferring heavy imports keeps ``desktop-recsys --help`` fast).
"""

from __future__ import annotations

import contextlib
import csv
import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_recsys.errors import UserError
from desktop_recsys.progress import CancelToken, Message, ProgressFn, ProgressScaler, no_progress

if TYPE_CHECKING:
    from desktop_recsys.engine.base import Recommender
    from desktop_recsys.engine.dataset import Dataset


@dataclass(frozen=True)
class FileAnswer:
    """What a file command wrote: data rows (not counting the header) and distinct users."""

    rows: int
    users: int


def recommend_file(
    train: Path,
    algorithm: str,
    params: Mapping[str, str],
    n: int,
    out: Path,
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> FileAnswer:
    """Fit ``algorithm`` on ``train`` and write the ``n`` best unseen items of every TRAIN user.

    Output: header ``user,item,rank,score``, rank 1 first, users in TRAIN order of their ids.
    Returns how many rows and users were written.
    """
    if n < 1:
        raise UserError(Message("--n must be at least 1 (got {n})", n=n))
    cancel = cancel or CancelToken()
    from desktop_recsys.engine._allocator import keep_freed_memory  # deferred: the engine

    keep_freed_memory()  # a process that scores block after block: reuse their memory
    with _AnswerFile(out) as answer_file:  # a place that takes no file fails before the fit
        written = _recommend_into(answer_file, train, algorithm, params, n, progress, cancel)
    progress(1.0, "done")
    return written


def _recommend_into(
    answer_file: _AnswerFile,
    train: Path,
    algorithm: str,
    params: Mapping[str, str],
    n: int,
    progress: ProgressFn,
    cancel: CancelToken,
) -> FileAnswer:
    """:func:`recommend_file`'s fit and answer, written to ``answer_file``."""
    from desktop_recsys.engine.block_threads import block_threads, map_in_threads

    model, dataset = _fit(train, algorithm, params, progress, cancel)
    users = dataset.user_ids.tolist()
    batch = 1024
    written = [0, 0]  # rows, users with at least one row
    batches = [users[start : start + batch] for start in range(0, len(users), batch)]

    def answer(part: list[str]) -> list[Any]:
        cancel.raise_if_cancelled()
        return model.recommend_many(part, n)

    def rows(writer: Any) -> None:
        writer.writerow(["user", "item", "rank", "score"])
        # Batches of users scored side by side (engine/block_threads), written in order.
        answers = map_in_threads(answer, batches, block_threads(len(batches)))
        for number, recs in enumerate(answers, start=1):
            for rec in recs:
                for rank, (item, score) in enumerate(rec, start=1):
                    writer.writerow([rec.user, item, rank, f"{score:.6g}"])
                    written[0] += 1
                written[1] += bool(rec.items)
            progress(0.9 + 0.1 * number / len(batches), "writing")

    answer_file.write(rows)
    return FileAnswer(rows=written[0], users=written[1])


def predict_file(
    train: Path,
    pairs: Path,
    algorithm: str,
    params: Mapping[str, str],
    out: Path,
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> FileAnswer:
    """Fit ``algorithm`` on ``train`` and predict every ``user,item`` pair of ``pairs``.

    Output: header ``user,item,prediction``, one row per input pair in input order; unknown
    users or items get the algorithm's fallback prediction. Returns how many rows and
    distinct users were written.
    """
    from desktop_recsys.engine.dataset import read_interaction_columns  # deferred: heavy import

    cancel = cancel or CancelToken()
    # Read (and so validate) the pairs before the long fit.
    user_col, item_col, _ = read_interaction_columns(pairs, weights=False)
    with _AnswerFile(out) as answer_file:  # ... and where the answer goes
        model, _ = _fit(train, algorithm, _without_lists(algorithm, params), progress, cancel)
        users = user_col.tolist()
        items = item_col.tolist()
        predictions = model.predict_pairs(users, items)
        cancel.raise_if_cancelled()

        def rows(writer: Any) -> None:
            writer.writerow(["user", "item", "prediction"])
            texts = (f"{p:.6g}" for p in predictions.tolist())
            writer.writerows(zip(users, items, texts, strict=True))

        answer_file.write(rows)
    progress(1.0, "done")
    return FileAnswer(rows=len(users), users=len(set(users)))


def _without_lists(algorithm: str, params: Mapping[str, str]) -> Mapping[str, str]:
    """Predictions need no lists: a rating model's candidate model (``biased-mf``'s
    ``candidates``, issue 15) is not fitted unless asked for."""
    import dataclasses

    from desktop_recsys.engine.registry import get_algorithm  # deferred: heavy import

    try:
        cls = get_algorithm(algorithm)
    except UserError:  # an unknown name: _fit reports it the usual way
        return params
    names = {f.name for f in dataclasses.fields(cls.params_type)}
    if cls.predicts_ratings and "candidates" in names and "candidates" not in params:
        return {**params, "candidates": "none"}
    return params


def _fit(
    train: Path,
    algorithm: str,
    params: Mapping[str, str],
    progress: ProgressFn,
    cancel: CancelToken,
) -> tuple[Recommender, Dataset]:
    # Deferred: numpy, scipy and the algorithms are heavy; only these commands need them.
    from desktop_recsys.engine.dataset import Dataset
    from desktop_recsys.engine.registry import create

    model = create(algorithm, params)  # unknown algorithm or parameter fails before reading
    dataset = Dataset.from_csv(train)
    progress(0.05, f"read {dataset.nnz} interactions")
    cancel.raise_if_cancelled()
    model.fit(dataset, progress=ProgressScaler(progress, 0.05, 0.9), cancel=cancel)
    return model, dataset


class _AnswerFile:
    """Where a file command writes: a temporary file in the answer's folder, made before the
    fit (a folder that takes no file, or a name too long for it, fails in a second, not after
    the fit) and renamed into place when written; removed on any error or cancel.

    The answer is an ordinary document, readable as the umask allows (as ``export`` writes
    it), not ``mkstemp``'s private 0600. The temporary name keeps at most 64 characters of the
    answer's, so any name the folder takes for the answer it takes for the temporary file.
    """

    def __init__(self, out: Path) -> None:
        out = Path(out)
        if out.is_dir():
            raise UserError(Message("{out}: is a directory, not a file; give a file name", out=out))
        folder = out.parent if str(out.parent) else Path(".")
        if not folder.is_dir():
            raise UserError(
                Message(
                    "{out}: folder {folder} does not exist; create it or choose another folder",
                    out=out,
                    folder=folder,
                )
            )
        self._out = out
        try:
            self._fd, self._tmp = tempfile.mkstemp(
                prefix=f".{out.name[:64]}.", suffix=".tmp", dir=folder
            )
        except OSError as exc:
            raise self._cannot_write(exc) from None

    def __enter__(self) -> _AnswerFile:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._fd >= 0:  # never written: an error or a cancel before the answer
            with contextlib.suppress(OSError):
                os.close(self._fd)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self._tmp)

    def write(self, write_rows: Callable[[Any], None]) -> None:
        """Write the rows (``write_rows(csv_writer)``) and rename the file into place."""
        fd, self._fd = self._fd, -1
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
                write_rows(csv.writer(fh, lineterminator="\n"))
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(self._tmp, 0o666 & ~umask)
            os.replace(self._tmp, self._out)
        except OSError as exc:
            raise self._cannot_write(exc) from None

    def _cannot_write(self, exc: OSError) -> UserError:
        return UserError(
            Message(
                "cannot write {target}: {reason}; choose another file or folder",
                target=self._out,
                reason=exc.strerror or str(exc),
            )
        )
