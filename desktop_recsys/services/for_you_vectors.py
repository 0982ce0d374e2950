"""The diversity slider's content vectors, kept between For you lists (issue 19).

A For you list carries one unit-length content row per candidate so the slider re-ranks on
the GUI thread. Those rows come from the whole catalogue (the IDF of every genre, tag, person,
decade and length band): on 50,000 films, reading and indexing it is most of a warm list's
time, and it is the same for every profile until the library changes. :class:`SliderVectors`
keeps the catalogue's rows between lists, for one library and kind at a time.

When it is the same data: the library file, its write-ahead log and the kind's change
counter (``dataset_rows.data_versions``) are all as they were. Every commit by any program
writes the log (or, checkpointed, the file), so any change of any table (a genre edited, a
rating added, an item removed, a model run retrained) or another file put in its place makes
the next list read the catalogue again. A file written in the last seconds is never trusted
(file times tick in milliseconds: a second write in the same tick could leave the same time),
so such a list is computed and not kept.

A process that has kept nothing yet (the window opened on For you) reads the rows from the
models folder's file of them instead of building them, while what they are made of is
unchanged (:mod:`.for_you_rows_file`), and writes that file when it builds them.

A candidate without any attribute has its audience as its vector, which depends on its own
interactions: such a list reads them as before (the kept rows serve only described items,
whose rows do not depend on interactions).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_recsys.library import Library, dataset_rows
from desktop_recsys.services import for_you_rows_file as rows_file

log = logging.getLogger(__name__)

#: A file changed this recently (seconds) is not trusted to stay recognisable by its time.
SETTLED_S = 2.0


@dataclass(frozen=True)
class _Kept:
    key: tuple[Any, ...]
    vectors: Any  # csr: every catalogue item's row (items x features [+ users])
    index: dict[str, int]  # item id -> row
    described: Any  # bool array: rows with at least one attribute


def _file_state(path: Path) -> tuple[int, int, int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns


def data_key(library_path: str | Path, kind: str) -> tuple[Any, ...] | None:
    """What the kept rows are valid for; None when the library changed too recently to tell
    a later change by the file's time (then nothing is kept)."""
    path = Path(library_path).expanduser().absolute()
    main = _file_state(path)
    with Library.open(path) as library:
        versions = dataset_rows.data_versions(library, kind)["versions"]
    # An empty log holds nothing the file does not (SQLite deletes it at the last close and
    # makes it anew at the next open): only a log with frames in it counts.
    log = _file_state(Path(f"{path}-wal"))
    wal = log[2:] if log is not None and log[2] > 0 else None
    if main is None or main != _file_state(path):
        return None
    newest = max(main[3], wal[1] if wal is not None else 0)
    if newest > time.time_ns() - int(SETTLED_S * 1e9):
        return None
    return (str(path), kind, main, wal, tuple(versions))


class SliderVectors:
    """The catalogue's content rows of the last library and kind, for :meth:`rows`.

    Thread-safe (lists run side by side on the read pool); keeps one library and kind in
    memory, and (given a models folder) on disk for the next process
    (:mod:`.for_you_rows_file`).
    """

    def __init__(self) -> None:
        self._kept: _Kept | None = None
        self._lock = threading.Lock()
        #: How many lists built the catalogue's rows (for tests and benchmarks).
        self.reads = 0
        #: How many lists read them from the models folder's file instead.
        self.loads = 0

    def rows(
        self,
        library_path: str | Path,
        kind: str,
        candidates: Sequence[int],
        build: Callable[[Library], Any | None],
        store: str | Path | None = None,
    ) -> Any | None:
        """The candidates' unit-length content rows (sparse, in order); ``build(library)``
        makes the data set to read them from when the kept rows cannot serve (None: no
        vectors). ``store``: the models folder, whose file of rows a fresh process reads
        instead of building them (and which it writes when it builds them)."""
        key = data_key(library_path, kind)
        with self._lock:
            kept = self._kept if self._kept is not None and self._kept.key == key else None
        if kept is not None and key is not None:
            rows = [kept.index.get(str(i)) for i in candidates]
            if all(r is None or kept.described[r] for r in rows):
                return _take(kept.vectors, rows)
        digest = found = None
        with Library.open(Path(library_path)) as library, dataset_rows.snapshot(library):
            if store is not None:  # the rows' inputs and the rows: one read transaction
                digest = rows_file.data_digest(library, kind)
                found = rows_file.read(store, kind, digest)
                if found is not None:
                    rows = [found.index.get(str(i)) for i in candidates]
                    if all(r is None or found.described[r] for r in rows):
                        self.loads += 1
                        self._keep(key, found.vectors, found.index, found.described)
                        return _take(found.vectors, rows)
            dataset = build(library)
        if dataset is None:
            return None
        # Deferred: the engine (numpy, scipy) loads only once a list is asked for.
        from desktop_recsys.engine.rerank import item_vectors_described

        vectors, described = item_vectors_described(dataset)
        index = {str(item): k for k, item in enumerate(dataset.item_ids)}
        self.reads += 1
        self._keep(key, vectors, index, described)
        if digest is not None and found is None:  # (found: some candidates are not described)
            rows_file.write(store, kind, digest, rows_file.Rows(vectors, index, described))
        return _take(vectors, [index.get(str(i)) for i in candidates])

    def _keep(self, key: tuple[Any, ...] | None, vectors: Any, index: Any, described: Any) -> None:
        if key is not None:
            with self._lock:
                self._kept = _Kept(key, vectors, index, described)

    def forget(self) -> None:
        with self._lock:
            self._kept = None


def _take(vectors: Any, rows: list[int | None]) -> Any:
    """``vectors``' rows in order; an item the catalogue lacks gets an empty row."""
    import scipy.sparse as sp  # deferred: the engine's imports

    padded = sp.vstack([vectors, sp.csr_matrix((1, vectors.shape[1]))], format="csr")
    blank = padded.shape[0] - 1
    return sp.csr_matrix(padded[[blank if r is None else r for r in rows]])


def keep_catalogue_rows(library_path: str | Path, models_dir: str | Path, kind: str) -> bool:
    """Write the catalogue's slider rows of ``kind`` to their file in ``models_dir`` unless
    it already holds them for this data (``for_you_rows_file``), so that the first window
    after a training reads them instead of building them (a second of a first list on 50,000
    films). The training calls it when its model is registered. No interaction is read: the
    rows kept are those of items with an attribute. Returns whether the file now serves; a
    failure is only logged (a cache never fails a training)."""
    from desktop_recsys.services.dataset_service import dataset_from_library  # numpy

    try:
        SliderVectors().rows(
            library_path,
            kind,
            [],
            lambda library: dataset_from_library(library, kind=kind, only_items=[]),
            store=models_dir,
        )
    except Exception as exc:  # noqa: BLE001 - the next list builds them instead
        log.info("For you's catalogue rows not kept: %s", exc)
        return False
    return True
