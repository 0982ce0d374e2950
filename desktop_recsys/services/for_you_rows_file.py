"""The diversity slider's catalogue rows kept on disk beside the models (issue 19).

A window that opens on For you makes its first list in a fresh process: building the whole
catalogue's content rows (every item's genres, tags, people, decade and length band, IDF
weighted) is a second of it on 50,000 films. :func:`read` and :func:`write` keep those rows in
one file per kind in the models folder's ``cache/`` folder, so the next process reads them in
a few milliseconds instead.

The file is only ever used for exactly the data it was made from. Its key
(:func:`data_digest`) is a digest of every row the content vectors are computed from, read in
the same read transaction as the rows themselves: the catalogue's ids, artists, years and
durations, the genres, tags (in their order) and credits, the analysed sound of tracks, and the
profiles (the vectors' width); plus :data:`FORMAT` and the app's version (the way the rows are
computed). A rating or a play leaves the key as it is (the rows kept are made of the catalogue
alone), so the list that follows a star click reads them instead of building them again. A genre
edited by another program, a library copied over this one or a new release all change it;
nothing that does not change the rows' inputs can make a stale file look current, and a
library copied with its models folder to another machine keeps using it.

Only the rows of items with an attribute are written: an item without any has its audience
(who rated or played it) as its vector, so its row is computed from the interactions each
time and never lands on disk (an erased profile leaves nothing behind here). A damaged,
truncated or foreign file is ignored and written anew; writes go to a temporary file renamed
over the old one, so a reader sees the old file or the new one, never half of either. One file
per kind: a new key replaces the old file, so the folder does not grow.
"""

from __future__ import annotations

import contextlib
import glob
import logging
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_recsys import __version__
from desktop_recsys.library import Library, content_inputs

log = logging.getLogger(__name__)

#: Raise when the way the rows are computed changes (``engine.rerank.item_vectors_described``,
#: ``Dataset.item_feature_matrix``, ``dataset_service._side_information``): old files then
#: never match.
FORMAT = 1
#: Temporary files of a writer killed mid-write are removed once this old (seconds).
STALE_TEMP_S = 600.0


@dataclass(frozen=True)
class Rows:
    """The catalogue's content rows: only described items' rows hold values."""

    vectors: Any  # csr, catalogue items x features (+ one column per profile)
    index: dict[str, int]  # item id -> row
    described: Any  # bool array: rows with at least one attribute


def path_for(folder: str | Path, kind: str) -> Path:
    """The rows' file of ``kind`` in the models ``folder``."""
    return Path(folder) / "cache" / f"for-you-rows-{kind}.npz"


def data_digest(library: Library, kind: str) -> str:
    """The key of the rows of ``kind`` (module docs): a digest of everything they are made of.

    Reads a few narrow columns of the catalogue (a tenth of the time of building the rows).
    Call it inside the read transaction the rows are built in."""
    from desktop_recsys.services.sound_space import sound_attributes  # deferred: its readers

    sound = sorted(sound_attributes(library).items()) if kind == "track" else []
    return content_inputs.digest(library, kind, (FORMAT, __version__, sound))


def read(folder: str | Path, kind: str, key: str) -> Rows | None:
    """The rows kept for ``key``; None when there are none, they are for other data, or the
    file is damaged in any way (then the caller builds them and :func:`write` replaces it)."""
    path = path_for(folder, kind)
    if not path.is_file():
        return None
    try:
        return _read(path, key)
    except Exception as exc:  # noqa: BLE001 - any damage means "build them again", never a crash
        log.info("ignoring the For you rows file %s: %s", path, exc)
        return None


def _read(path: Path, key: str) -> Rows | None:
    # Deferred: numpy and scipy load only once a list is asked for.
    import numpy as np
    import scipy.sparse as sp

    with np.load(path, allow_pickle=False) as stored:
        if str(stored["key"][()]) != key:
            return None
        n, width = (int(v) for v in stored["shape"])
        data, indices = stored["data"], stored["indices"]
        indptr, described = stored["indptr"], stored["described"]
        ids = stored["item_ids"]
    if (
        len(indptr) != n + 1
        or len(described) != n
        or len(ids) != n
        or described.dtype != np.bool_
        or data.dtype != np.float32
        or not np.isfinite(data).all()
    ):
        raise ValueError("inconsistent arrays")
    vectors = sp.csr_matrix((data, indices, indptr), shape=(n, width))
    vectors.check_format(full_check=True)  # indices in range, indptr in order
    index = {str(item): k for k, item in enumerate(ids.tolist())}
    if len(index) != n:
        raise ValueError("an item twice")
    return Rows(vectors, index, described)


def write(folder: str | Path, kind: str, key: str, rows: Rows) -> bool:
    """Keep ``rows`` (made from the data of ``key``) for the next process; whether it was
    written (a read-only or full disk only costs the next process the time to build them)."""
    import numpy as np  # deferred: the engine's imports
    import scipy.sparse as sp

    path = path_for(folder, kind)
    described = np.asarray(rows.described, dtype=np.bool_)
    # The audience rows of items without attributes stay in memory only (module docs).
    kept = sp.csr_matrix(sp.diags(described.astype(np.float32)) @ rows.vectors)
    kept.eliminate_zeros()
    ids = [None] * len(rows.index)
    for item, k in rows.index.items():
        ids[k] = item
    temp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _sweep(path)
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as out:
            np.savez(
                out,
                key=np.array(key),
                shape=np.array(kept.shape, dtype=np.int64),
                data=kept.data.astype(np.float32),
                indices=kept.indices,
                indptr=kept.indptr,
                described=described,
                item_ids=np.array(ids, dtype=str),
            )
        # No fsync: after a power cut the renamed file may be empty or torn, which reads as
        # damaged and is built again; a list never waits for the disk for a cache.
        os.replace(temp, path)
        temp = None
        return True
    except OSError as exc:
        log.info("could not keep the For you rows in %s: %s", path, exc)
        return False
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)


def _sweep(path: Path) -> None:
    """Remove temporary files that writers killed mid-write left (older than a few minutes:
    a younger one may be another process's write in progress)."""
    old = time.time() - STALE_TEMP_S
    for temp in path.parent.glob(glob.escape(f".{path.name}.") + "*.tmp"):
        with contextlib.suppress(OSError):
            if temp.stat().st_mtime < old:
                temp.unlink()
