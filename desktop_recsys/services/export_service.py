"""Export and duplicate-review jobs: ``fn(library_path, ..., progress, cancel) -> result``.

Each job opens its own :class:`~desktop_recsys.library.Library` (so it can run on a worker
thread) and writes its file atomically: a cancel or an error leaves no partial file behind.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from desktop_recsys.errors import UserError
from desktop_recsys.library import Library, leftovers
from desktop_recsys.progress import CancelToken, Message, ProgressFn, no_progress
from desktop_recsys.services import limits


def export_library(
    library_path: str | Path,
    out: str | os.PathLike[str],
    fmt: str,
    *,
    kind: str | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> dict[str, Any]:
    """Write the library (or one item kind) as ``csv`` or ``json``; returns ``{"items": n}``."""
    from desktop_recsys.library.exporters.library_export import export_library as run

    steps = _steps(progress)
    with _exporting(library_path, out) as library:
        count = run(library, out, fmt, kind=kind, progress=steps, cancel=cancel)
    return {"items": count, "file": str(out)}


def export_profile(
    library_path: str | Path,
    profile: str | int,
    out: str | os.PathLike[str],
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> dict[str, Any]:
    """Write one profile's own data as a zip of JSON and CSV; returns counts per kind."""
    from desktop_recsys.library.exporters.profile_export import export_profile as run

    steps = _steps(progress)
    with _exporting(library_path, out) as library:
        counts = run(library, profile, out, progress=steps, cancel=cancel)
    return {**counts, "file": str(out)}


#: The exporters' progress words (the library layer reports in plain English), translatable.
_EXPORT_STEPS: dict[str, Message] = {
    "reading the library": Message("reading the library"),
    "reading the profile": Message("reading the profile"),
    "writing the archive": Message("writing the archive"),
    "writing": Message("writing"),
    "done": Message("done"),
}


@contextlib.contextmanager
def _exporting(library_path: str | Path, out: str | os.PathLike[str]) -> Iterator[Library]:
    """The library, opened for an export to ``out``, under an owner marker: if the export is
    killed, the next command that opens the library removes its half-written ``.part`` file
    (exporters write ``.NAME.XXXX.part`` beside ``out`` and rename it when complete)."""
    from desktop_recsys.library.exporters._files import part_prefix

    target = Path(out).expanduser().absolute()
    with (
        Library.open(Path(library_path)) as library,
        leftovers.working(library.path, parts=[str(target.parent), part_prefix(target)]),
    ):
        yield library


def _steps(progress: ProgressFn) -> ProgressFn:
    """Passes an exporter's progress on with its words as translatable text."""

    def report(fraction: float, message: str) -> None:
        progress(fraction, _EXPORT_STEPS.get(message, message))

    return report


def export_playlist(
    library_path: str | Path,
    name: str,
    out: str | os.PathLike[str],
    *,
    profile: str | int | None = None,
    fmt: str | None = None,
    relative_to: str | os.PathLike[str] | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> dict[str, Any]:
    """Write a playlist as M3U8 or CSV (from ``out``'s extension unless ``fmt``)."""
    from desktop_recsys.library.exporters.lists import export_playlist as run

    progress(0.0, Message("exporting the playlist"))
    with _exporting(library_path, out) as library:
        owner = library.profiles.require(profile).id if profile is not None else None
        hidden = limits.blocked_ids(library, owner)  # the profile's limits
        counts = run(
            library, name, out, profile_id=owner, fmt=fmt, relative_to=relative_to, exclude=hidden
        )
    progress(1.0, _EXPORT_STEPS["done"])
    return {**counts, "file": str(out)}


def export_item_list(
    library_path: str | Path,
    item_ids: list[int],
    out: str | os.PathLike[str],
    *,
    name: str | None = None,
    scores: list[float] | None = None,
    fmt: str | None = None,
    relative_to: str | os.PathLike[str] | None = None,
    profile: int | None = None,
) -> dict[str, Any]:
    """Write any list of items (a recommendation list shown in the GUI) as M3U8 or CSV;
    with ``profile``, without the items its limits hide."""
    from desktop_recsys.library.exporters.lists import write_item_list

    with _exporting(library_path, out) as library:
        if profile is not None:
            hidden = limits.blocked_ids(library, profile)  # the profile's limits
            keep = [k for k, i in enumerate(item_ids) if i not in hidden]
            item_ids = [item_ids[k] for k in keep]
            scores = [scores[k] for k in keep] if scores is not None else None
        counts = write_item_list(
            library, item_ids, out, fmt=fmt, name=name, relative_to=relative_to, scores=scores
        )
    return {**counts, "file": str(out)}


def export_recommendations(
    library_path: str | Path,
    models_dir: str | Path,
    profile: str | int,
    kind: str,
    out: str | os.PathLike[str],
    *,
    n: int = 50,
    fmt: str | None = None,
    relative_to: str | os.PathLike[str] | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> dict[str, Any]:
    """Recommend ``n`` items of ``kind`` for ``profile`` and write them as M3U8 or CSV
    (CSV with each item's rank and score)."""
    # Deferred: the engine (numpy, scipy) loads only when recommendations are exported.
    from desktop_recsys.services.recommend_service import recommend_for

    recs = recommend_for(
        library_path, models_dir, profile=profile, kind=kind, n=n, progress=progress, cancel=cancel
    )
    counts = export_item_list(
        library_path,
        [r.item_id for r in recs.rows],
        out,
        name=f"Recommended {kind}s",
        scores=[r.score for r in recs.rows],
        fmt=fmt,
        relative_to=relative_to,
        profile=recs.profile_id,
    )
    return {**counts, "algorithm": recs.algorithm, "stale": recs.stale}


def find_duplicates(library_path: str | Path) -> list[dict[str, Any]]:
    """Groups of likely duplicate items for review (see ``importers.duplicates``)."""
    from desktop_recsys.library.importers.duplicates import find_duplicates as run

    with Library.open(Path(library_path)) as library:
        return [group.to_dict() for group in run(library)]


def merge_duplicates(library_path: str | Path, keep: int, drop: int) -> dict[str, int]:
    """Fold item ``drop`` into item ``keep`` in one transaction; returns what moved."""
    from desktop_recsys.library.importers.duplicates import merge_items

    if keep < 1 or drop < 1:
        raise UserError(Message("item ids are positive numbers; see 'desktop-recsys duplicates'"))
    with Library.open(Path(library_path)) as library:
        return merge_items(library, keep, drop)
