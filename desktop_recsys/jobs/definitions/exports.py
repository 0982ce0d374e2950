"""Jobs that write part of the library to a file: an item list (a "For you" list as M3U8 or
CSV) and the general export (the items, a profile, a playlist, recommendations)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from desktop_recsys.errors import UserError
from desktop_recsys.jobs.params import UNRECORDED, FieldParams, param
from desktop_recsys.jobs.records import JobLane
from desktop_recsys.progress import CancelToken, Message, ProgressFn
from desktop_recsys.services import export_service


@dataclass(frozen=True)
class ExportItemListJob(FieldParams):
    """Write a list of items (a "For you" list) as M3U8 or CSV (read pool: it only reads the
    library; the file is written atomically by the exporter)."""

    library_path: Path
    item_ids: tuple[int, ...]
    out: Path
    name: str | None = None
    scores: tuple[float, ...] | None = None

    kind: ClassVar[str] = "export_list"
    lane: ClassVar[JobLane] = JobLane.READ

    @property
    def title(self) -> str:
        return f"Exporting {Path(self.out).name}"

    def params(self) -> dict[str, Any]:
        """Explicit: the history has always kept ``items`` (a count) after ``out``."""
        return {
            "library": str(self.library_path),
            "out": str(self.out),
            "items": len(self.item_ids),
        }

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> dict[str, Any]:
        cancel.raise_if_cancelled()
        progress(0.0, Message("Writing the list"))
        return export_service.export_item_list(
            self.library_path,
            list(self.item_ids),
            self.out,
            name=self.name,
            scores=list(self.scores) if self.scores is not None else None,
        )


#: What :class:`ExportJob` can write, with the options each takes.
EXPORT_KINDS: dict[str, str] = {
    "library": "the items as CSV or JSON (options: fmt, kind)",
    "profile": "one profile's own data as a zip (options: profile)",
    "playlist": "a playlist as M3U8 or CSV (options: name, profile, fmt)",
    "recommendations": "a profile's recommendations as M3U8 or CSV (options: profile, kind, n, "
    "fmt; needs models_dir)",
}


def _options(pairs: tuple[tuple[str, Any], ...]) -> dict[str, Any]:
    return {str(k): v for k, v in pairs}


@dataclass(frozen=True)
class ExportJob(FieldParams):
    """Write part of the library to a file (read pool: it only reads the library, and every
    exporter writes its file atomically, so a cancel or a failure leaves no partial file;
    result: the exporter's counts and the file).

    ``export_kind`` is a key of :data:`EXPORT_KINDS`; ``options`` holds ``(name, value)`` pairs
    so the definition stays hashable. Exporting recommendations may mark a model ``stale``
    (a one-row update, as :class:`RecommendJob` does).
    """

    library_path: Path
    export_kind: str
    out: Path
    options: tuple[tuple[str, Any], ...] = field(default=(), metadata=param(convert=_options))
    models_dir: Path | None = field(default=None, metadata=UNRECORDED)

    kind: ClassVar[str] = "export"
    lane: ClassVar[JobLane] = JobLane.READ

    @property
    def title(self) -> str:
        return f"Exporting {Path(self.out).name} ({self.export_kind})"

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> dict[str, Any]:
        options = _options(self.options)
        common: dict[str, Any] = {"progress": progress, "cancel": cancel}
        if self.export_kind == "library":
            return export_service.export_library(
                self.library_path,
                self.out,
                str(options.get("fmt") or "csv"),
                kind=options.get("kind"),
                **common,
            )
        if self.export_kind == "profile":
            return export_service.export_profile(
                self.library_path,
                _required(options, "profile", Message("profile")),
                self.out,
                **common,
            )
        if self.export_kind == "playlist":
            cancel.raise_if_cancelled()  # the playlist exporter is one quick write, no checks
            return export_service.export_playlist(
                self.library_path,
                str(_required(options, "name", Message("playlist"))),
                self.out,
                profile=options.get("profile"),
                fmt=options.get("fmt"),
                progress=progress,
            )
        if self.export_kind == "recommendations":
            if self.models_dir is None:
                raise UserError(Message("exporting recommendations needs the models folder"))
            return export_service.export_recommendations(
                self.library_path,
                self.models_dir,
                _required(options, "profile", Message("recommendations")),
                str(_required(options, "kind", Message("recommendations"))),
                self.out,
                n=int(options.get("n", 50)),
                fmt=options.get("fmt"),
                **common,
            )
        raise UserError(
            Message(
                "unknown export kind {export_kind!r}; use one of {choices}",
                export_kind=self.export_kind,
                choices=", ".join(EXPORT_KINDS),
            )
        )


def _required(options: dict[str, Any], name: str, what: Message) -> Any:
    value = options.get(name)
    if value is None or value == "":
        raise UserError(
            Message("exporting a {what} needs the option {name!r}", what=what, name=name)
        )
    return value
