"""How a job definition's ``params()`` follow from its dataclass fields.

``params()`` is what the job history stores and what the Jobs panel's titles of past jobs read
(:mod:`desktop_recsys.ui.job_titles`), so its keys and values are a persisted format. Most jobs
record their fields as they are; :class:`FieldParams` derives ``params()`` from the fields, in
field order, by these rules:

- ``library_path`` is recorded as ``library``; any other field under its own name, unless its
  metadata (:func:`param`) names another key.
- A field annotated ``Path`` is recorded as ``str``; a field whose metadata gives a ``convert``
  function is recorded as ``convert(value)``.
- A field outside the job's identity (``compare=False``: a model cache, a result to export) is
  not recorded, and neither is one marked :data:`UNRECORDED`.
- A display name (:data:`DISPLAY_NAME`: a profile's name or an item's title, which the caller
  knows and the job does not need) is recorded only when it was given, so that the Jobs panel can
  name past jobs; a profile's erasure deletes the job rows that name it.

A job that records something else overrides ``params()``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, ClassVar

from desktop_recsys.jobs.records import JobLane

#: The key of a field's metadata that says how ``params()`` records it.
_METADATA_KEY = "job_param"

#: Fields recorded under another key than their name, whatever the job.
_KEYS: Mapping[str, str] = {"library_path": "library"}


@dataclass(frozen=True)
class _Recorded:
    """How one field is recorded: under ``key`` (None: its name) as ``convert(value)``, not at
    all (``skip``), or, for a display name, only when it is set."""

    key: str | None = None
    convert: Callable[[Any], Any] | None = None
    skip: bool = False
    display: bool = False


_AS_IS = _Recorded()

#: Field metadata: the field is part of the job but not of its ``params()``.
UNRECORDED: Mapping[str, Any] = {_METADATA_KEY: _Recorded(skip=True)}
#: Field metadata: a name for titles only, recorded when given (pair it with ``compare=False``).
DISPLAY_NAME: Mapping[str, Any] = {_METADATA_KEY: _Recorded(display=True)}


def param(key: str | None = None, convert: Callable[[Any], Any] | None = None) -> Mapping[str, Any]:
    """Field metadata: record the field under ``key`` (default: its name) as ``convert(value)``
    (default: the value; a ``Path`` as ``str``)."""
    return {_METADATA_KEY: _Recorded(key=key, convert=convert)}


def list_or_none(value: Any) -> list[Any] | None:
    """A ``convert`` for an optional tuple: a list, or None."""
    return list(value) if value is not None else None


class FieldParams:
    """A mixin for frozen job dataclasses: ``kind``, ``lane`` and ``params()`` from the fields.

    A job still says its ``kind`` and ``lane``, its ``title`` and its ``__call__``; this class
    only spares it the ``params()`` that lists its fields (see the module's rules). It adds no
    field and no ``replace_key``.
    """

    kind: ClassVar[str]
    lane: ClassVar[JobLane]

    def params(self) -> dict[str, Any]:
        """The job's parameters for the job history: its recorded fields, in field order."""
        recorded: dict[str, Any] = {}
        for f in fields(self):  # type: ignore[arg-type]  # a dataclass subclass
            how: _Recorded | None = f.metadata.get(_METADATA_KEY)
            if how is None:
                if not f.compare:
                    continue
                how = _AS_IS
            if how.skip:
                continue
            value = getattr(self, f.name)
            if how.display:
                if value:
                    recorded[f.name] = value
                continue
            key = how.key or _KEYS.get(f.name, f.name)
            if how.convert is not None:
                value = how.convert(value)
            elif f.type in ("Path", Path):
                value = str(value)
            recorded[key] = value
        return recorded
