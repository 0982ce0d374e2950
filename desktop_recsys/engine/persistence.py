"""Saving and loading fitted models without pickle.

A model file is one ``.npz`` (a zip archive) holding one ``.npy`` member per array, written
with ``allow_pickle=False``, and a ``manifest.json`` member::

    {"format": "desktop_recsys.model", "format_version": 1, "algorithm": "als",
     "params": {...}, "fingerprint": "<sha256 of the training data>", "metrics": {...},
     "meta": {...}, "arrays": ["common.user_ids", ...]}

Keeping the manifest inside the archive makes a save a single atomic ``os.replace`` of a
temporary file: a crash never leaves arrays and manifest out of step. Read the manifest alone
with :func:`read_manifest` (cheap: it does not touch the arrays).

The manifest also holds ``"checksums"``: the SHA-256 of each array's ``.npy`` bytes, taken
while they are written (the manifest is written last, so it can name them). Loading recomputes
them while it reads and refuses a file whose arrays differ; files written before checksums
existed have none and load as before.

Loading reads arrays with ``allow_pickle=False`` (object arrays are refused), rebuilds the
parameters through their dataclass (so ranges are re-validated), and refuses a model whose
data fingerprint differs from the data set it is meant to serve.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import hashlib
import json
import os
import tempfile
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

from desktop_recsys.engine.base import Recommender
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.registry import get_algorithm
from desktop_recsys.errors import UserError
from desktop_recsys.progress import Message

FORMAT = "desktop_recsys.model"
FORMAT_VERSION = 1
_MANIFEST = "manifest.json"


def save_model(
    model: Recommender, path: str | Path, *, metrics: Mapping[str, float] | None = None
) -> Path:
    """Write ``model`` to ``path`` atomically (temp file in the same folder, then rename)."""
    path = Path(path)
    arrays = model.state_arrays()
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "algorithm": model.name,
        "params": dataclasses.asdict(model.params),
        "fingerprint": model.fingerprint,
        "metrics": {k: float(v) for k, v in (metrics or {}).items()},
        "meta": model.state_meta(),
        "arrays": sorted(arrays),
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise write_error(path.parent, exc) from exc
    try:
        with os.fdopen(fd, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_STORED) as zf:
            checksums: dict[str, str] = {}
            for name, arr in arrays.items():
                arr = np.asarray(arr)
                if arr.dtype == object:
                    raise TypeError(f"array {name} has dtype object; it cannot be saved safely")
                with zf.open(f"{name}.npy", "w", force_zip64=True) as member:
                    hashed = _Hashing(member)
                    np.lib.format.write_array(hashed, arr, allow_pickle=False)
                    checksums[name] = hashed.hexdigest()
            manifest["checksums"] = checksums
            zf.writestr(_MANIFEST, json.dumps(manifest, indent=1, sort_keys=True))
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise write_error(path.parent, exc) from exc
        raise
    return path


def write_error(folder: Path, exc: OSError) -> UserError:
    """The one-line error for a model that could not be written into ``folder``."""
    if exc.errno == errno.ENOSPC or exc.errno == errno.EDQUOT:
        what = Message(
            "the disk holding {folder} is full; free some space and train again", folder=folder
        )
    elif exc.errno == errno.EROFS:
        what = Message(
            "{folder} is on a read-only disk; use a library in a folder you can write to",
            folder=folder,
        )
    elif exc.errno in (errno.EACCES, errno.EPERM):
        what = Message(
            "you may not write to {folder}; use a library in a folder you can write to",
            folder=folder,
        )
    elif exc.errno in (errno.EEXIST, errno.ENOTDIR):
        what = Message(
            "{folder} is not a folder (a file or a broken link has that name); move it away",
            folder=folder,
        )
    else:
        what = Message("{folder}: {reason}", folder=folder, reason=str(exc.strerror or exc))
    return UserError(Message("cannot save the model: {what}; no model was saved", what=what))


class _Hashing:
    """A file wrapper that hashes (SHA-256) every byte written to or read from it."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner
        self._hash = hashlib.sha256()

    def write(self, data: Any) -> int:
        self._hash.update(data)
        return self._inner.write(data)

    def read(self, size: int = -1) -> bytes:
        data = self._inner.read(size)
        self._hash.update(data)
        return data

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


def read_manifest(path: str | Path) -> dict[str, Any]:
    """The manifest of a saved model; :class:`UserError` if the file is not one."""
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as zf:
            manifest = json.loads(zf.read(_MANIFEST).decode("utf-8"))
    except FileNotFoundError:
        raise UserError(
            Message("{path}: model file not found; train the model again", path=path)
        ) from None
    except (zipfile.BadZipFile, KeyError, UnicodeDecodeError, json.JSONDecodeError, OSError):
        raise UserError(Message("{path}: not a desktop_recsys model file", path=path)) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise UserError(Message("{path}: not a desktop_recsys model file", path=path))
    version = manifest.get("format_version")
    if version != FORMAT_VERSION:
        raise UserError(
            Message(
                "{path}: model format version {version} is not supported "
                "(this version reads {supported}); train the model again",
                path=path,
                version=version,
                supported=FORMAT_VERSION,
            )
        )
    return manifest


def load_model(
    path: str | Path,
    *,
    dataset: Dataset | None = None,
    expected_fingerprint: str | None = None,
) -> Recommender:
    """Load a model saved by :func:`save_model`.

    If ``dataset`` (or ``expected_fingerprint``) is given, a model trained on other data is
    refused with :class:`UserError`.
    """
    path = Path(path)
    manifest = read_manifest(path)
    if dataset is not None:
        expected_fingerprint = dataset.fingerprint()
    if expected_fingerprint is not None and manifest.get("fingerprint") != expected_fingerprint:
        raise UserError(
            Message(
                "{path}: this {algorithm} model was trained on other data "
                "(fingerprint mismatch); train it again on the current library",
                path=path,
                algorithm=manifest.get("algorithm"),
            )
        )
    cls = get_algorithm(str(manifest.get("algorithm")))
    params_in = manifest.get("params") or {}
    known = {f.name for f in dataclasses.fields(cls.params_type)}
    unknown = set(params_in) - known
    if unknown:
        raise UserError(
            Message(
                "{path}: unknown parameters {names}; train the model again",
                path=path,
                names=", ".join(sorted(unknown)),
            )
        )
    # Values went through JSON as their own types; re-validate through the dataclass.
    params = cls.params_type(**params_in)
    arrays: dict[str, np.ndarray] = {}
    checksums = manifest.get("checksums")
    try:
        with zipfile.ZipFile(path) as zf:
            for name in manifest.get("arrays", []):
                with zf.open(f"{name}.npy") as member:
                    hashed = _Hashing(member)
                    arrays[name] = np.lib.format.read_array(hashed, allow_pickle=False)
                if checksums is not None and checksums.get(name) != hashed.hexdigest():
                    raise UserError(
                        Message(
                            "{path}: damaged model file (array {name} fails its checksum); "
                            "train the model again",
                            path=path,
                            name=name,
                        )
                    )
    except (KeyError, ValueError, EOFError, zipfile.BadZipFile, OSError) as exc:
        raise UserError(
            Message(
                "{path}: damaged model file ({error}); train the model again",
                path=path,
                error=type(exc).__name__,
            )
        ) from None
    model = cls(params)
    model.restore(arrays, manifest.get("meta") or {}, str(manifest.get("fingerprint")))
    return model
