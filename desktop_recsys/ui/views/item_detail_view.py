"""The Library's side panel: everything about the selected item, the profile's history with
it, and "more like this" (found by a job: what people who have it also have, from the serving
model's interactions or the library's own; by content for items nobody touched), each with
why."""

from __future__ import annotations

import datetime as _dt
import html
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_recsys.errors import UserError
from desktop_recsys.jobs.base import JobRunnerBase
from desktop_recsys.jobs.handle import JobHandle
from desktop_recsys.services.item_actions import ItemActions
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.services.similar_items import SimilarResult
from desktop_recsys.ui.common import genre_text, stars_text
from desktop_recsys.ui.deferred import job_definitions
from desktop_recsys.ui.i18n import error_text, translate_message
from desktop_recsys.ui.job_slot import JobSlot
from desktop_recsys.ui.models.items_table_model import format_duration
from desktop_recsys.ui.path_text import home_path
from desktop_recsys.ui.views.sounds_like_panel import SoundsLikePanel

SIMILAR = 12


def _date(ts: float | None) -> str:
    if not ts:
        return ""
    return _dt.datetime.fromtimestamp(ts).strftime("%Y-%m-%d")


def _size(size: int | None) -> str:
    if not size:
        return ""
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    return ""


#: Credit roles importers write ("director" from IMDb and Kodi .nfo files, the demo's "actor"
#: and "performer", "credit" when a source names none): shown in the interface's language; a
#: role a source named otherwise stays as it is.
_CREDIT_ROLES = {
    "director": QT_TRANSLATE_NOOP("CreditRoles", "Director"),
    "actor": QT_TRANSLATE_NOOP("CreditRoles", "Actor"),
    "performer": QT_TRANSLATE_NOOP("CreditRoles", "Performer"),
    "writer": QT_TRANSLATE_NOOP("CreditRoles", "Writer"),
    "composer": QT_TRANSLATE_NOOP("CreditRoles", "Composer"),
    "producer": QT_TRANSLATE_NOOP("CreditRoles", "Producer"),
    "credit": QT_TRANSLATE_NOOP("CreditRoles", "Credit"),
}


def credit_role_text(role: str) -> str:
    """A credit's role for display: the known roles translated, any other as it is."""
    known = _CREDIT_ROLES.get((role or "").strip().casefold())
    return QCoreApplication.translate("CreditRoles", known) if known else role


class ItemDetailView(QWidget):
    """Shows one item; ``show_item(None)`` shows a hint instead.

    ``similar_activated`` carries the id of a "more like this" item a person double-clicked.
    """

    similar_activated = Signal(int)

    def __init__(
        self,
        reader: LibrarySession,
        runner: JobRunnerBase,
        actions: ItemActions,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("itemDetail")
        self._reader = reader
        self._runner = runner
        self._actions = actions
        self._profile: int | None = None
        self._item_id: int | None = None
        self._similar = JobSlot()
        self._models_dir: Path | None = None
        self._cache: object | None = None

        self.title = QLabel(self)
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.metadata = QLabel(self)
        self.metadata.setObjectName("detailMetadata")
        self.metadata.setWordWrap(True)
        self.metadata.setTextFormat(Qt.TextFormat.RichText)
        self.metadata.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.metadata.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.history = QLabel(self)
        self.history.setObjectName("detailHistory")
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.similar = QListWidget(self)
        self.similar.setObjectName("moreLikeThis")
        self.similar.setAccessibleName(self.tr("More like this"))
        self.similar.setMinimumHeight(self.fontMetrics().height() * 8)
        # Each entry's reason wraps inside the pane rather than scrolling sideways.
        self.similar.setWordWrap(True)
        self.similar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.similar.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.similar.itemActivated.connect(
            lambda item: self.similar_activated.emit(int(item.data(Qt.ItemDataRole.UserRole)))
        )

        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.metadata)
        layout.addWidget(self._heading(self.tr("Your history")))
        layout.addWidget(self.history)
        layout.addWidget(self._heading(self.tr("More like this")))
        layout.addWidget(self.similar, 1)
        self.sounds_like = SoundsLikePanel(reader, runner, content)
        self.sounds_like.activated.connect(self.similar_activated.emit)
        layout.addWidget(self.sounds_like, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.show_item(None)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(0, 8, 0, 0)
        return label

    # -- public API ------------------------------------------------------------------------
    @property
    def item_id(self) -> int | None:
        return self._item_id

    @property
    def similar_job(self) -> JobHandle | None:
        """The "more like this" job while it runs, else None."""
        return self._similar.handle

    def set_reader(self, reader: LibrarySession) -> None:
        self._reader = reader
        self._actions = ItemActions(reader)
        self.sounds_like.set_reader(reader)
        self.show_item(None)

    def set_models_dir(self, models_dir: Path | None) -> None:
        """Where the serving models are: "more like this" reads who has what from them."""
        self._models_dir = Path(models_dir) if models_dir is not None else None
        self._cache = None

    def set_profile(self, profile_id: int | None) -> None:
        self._profile = profile_id
        self._show_history()

    def refresh_history(self) -> None:
        self._show_history()

    def show_item(self, item_id: int | None) -> None:
        """Show ``item_id`` (None: nothing selected) and look for similar items."""
        if item_id == self._item_id and item_id is not None:
            return
        self._item_id = item_id
        self.similar.clear()
        self._similar.cancel()
        self._similar.forget()
        details = self._reader.item_details(item_id) if item_id is not None else None
        if details is None:
            self.title.setText(self.tr("Nothing selected"))
            self.metadata.setText(self.tr("Select an item to see everything about it."))
            self.history.clear()
            self.sounds_like.show_item(None, None)
            return
        item = details["item"]
        self.title.setText(item.title)
        rows: list[tuple[str, str]] = []
        who = self.tr("Director") if item.kind == "film" else self.tr("Artist")
        if item.kind != "artist":
            rows.append((who, item.artist or ""))
        if item.album:
            rows.append((self.tr("Album"), item.album))
        if item.album_artist and item.album_artist != item.artist:
            rows.append((self.tr("Album artist"), item.album_artist))
        if item.track_number:
            rows.append((self.tr("Track"), str(item.track_number)))
        rows.append((self.tr("Year"), str(item.year or "")))
        rows.append((self.tr("Duration"), format_duration(item.duration, item.kind)))
        rows.append((self.tr("Genres"), genre_text(item.genres)))
        rows.append((self.tr("Tags"), ", ".join(item.tags)))
        rows.append((self.tr("Language"), item.language or ""))
        if item.certification:  # as written, with the age it stands for (profiles' limits)
            age = self.tr("all ages") if item.min_age == 0 else f"{item.min_age}+"
            shown = item.certification if item.min_age is None else f"{item.certification} ({age})"
            rows.append((self.tr("Certification"), shown))
        if item.explicit:
            rows.append((self.tr("Lyrics"), self.tr("Explicit")))
        credits = details.get("credits") or []
        if credits:
            rows.append(
                (
                    self.tr("Credits"),
                    self.tr("; ").join(
                        self.tr("{0} ({1})").format(name, credit_role_text(role))
                        for name, role in credits[:8]
                    ),
                )
            )
        for source, value in sorted((details.get("external_ids") or {}).items()):
            rows.append((source, value))
        if item.path:
            state = self.tr(" (missing)") if item.missing else ""
            rows.append((self.tr("File"), f"{home_path(item.shown_path)}{state}"))
            rows.append((self.tr("Size"), _size(item.file_size)))
        rows.append((self.tr("Added"), _date(item.added_at)))
        if item.description:
            rows.append((self.tr("About"), item.description))
        self.metadata.setText(
            "<table cellspacing='2'>"
            + "".join(
                f"<tr><td style='color:palette(placeholder-text); padding-right:8px'>"
                f"{html.escape(k)}</td><td>{html.escape(v)}</td></tr>"
                for k, v in rows
                if v
            )
            + "</table>"
        )
        self._show_history()
        self._similar.submit(
            self._runner,
            job_definitions().MoreLikeThisJob(
                Path(self._reader.path),
                item.id,
                SIMILAR,
                item_title=item.title,
                profile=self._profile,  # its limits
                models_dir=self._models_dir,
                cache=self._model_cache(),
            ),
            on_finished=self._show_similar,
        )
        self.sounds_like.show_item(item.id, self._profile, item.title)

    # -- internals -------------------------------------------------------------------------
    def _show_history(self) -> None:
        if self._item_id is None:
            self.history.clear()
            return
        if self._profile is None:
            self.history.setText(self.tr("Choose a profile to see its history."))
            return
        try:
            history = self._actions.history(self._profile, self._item_id)
        except UserError as exc:
            self.history.setText(html.escape(error_text(exc)))
            return
        lines = []
        if history.rating is not None:
            lines.append(
                self.tr("Rated {0} ({1:g} of 5) on {2}").format(
                    stars_text(history.rating), history.rating, _date(history.rated_at)
                )
            )
        else:
            lines.append(self.tr("Not rated"))
        count = history.play_count
        if count:
            last = next((p.played_at for p in history.plays if p.played_at), None)
            text = (
                self.tr("Played {0} times").format(count) if count != 1 else self.tr("Played once")
            )
            if last:
                text += self.tr(", last on {0}").format(_date(last))
            lines.append(text)
        else:
            lines.append(self.tr("Never played"))
        labels = {
            "not_interested": self.tr("Marked “not interested”"),
            "dont_learn": self.tr("Marked “don't learn from this”"),
        }
        for mark, at in history.marks:
            lines.append(f"{labels.get(mark, mark)} ({_date(at)})")
        self.history.setText("<br>".join(html.escape(line) for line in lines))

    def _model_cache(self) -> object | None:
        """One model cache for this pane's jobs (made on first use: it loads the engine)."""
        if self._models_dir is None:
            return None
        if self._cache is None:
            # Deferred: recommend_service loads the engine (numpy, scipy).
            from desktop_recsys.services.recommend_service import ModelCache

            self._cache = ModelCache(capacity=1)
        return self._cache

    def _show_similar(self, result: object) -> None:
        self.similar.clear()
        if not isinstance(result, SimilarResult):
            return
        for similar in result:
            who = f" — {similar.artist}" if similar.artist else ""
            year = f" ({similar.year})" if similar.year else ""
            why = translate_message(similar.reason)
            entry = QListWidgetItem(f"{similar.title}{who}{year}\n    {why}")
            entry.setData(Qt.ItemDataRole.UserRole, similar.item_id)
            entry.setToolTip(
                self.tr("{0}\nGenres: {1}\n{2}").format(similar.title, similar.genres, why)
            )
            self.similar.addItem(entry)
        if not result.items:
            self.similar.addItem(self.tr("Nothing similar found"))
