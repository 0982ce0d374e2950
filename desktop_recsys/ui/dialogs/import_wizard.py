"""The import wizard: data sets, folders and personal exports, with the report at the end.

Steps: what to import (and for which profile) → where it is → for a generic CSV, which column
is what, over a preview of the first rows → the import itself, as an
:class:`~desktop_recsys.jobs.definitions.ImportJob` on the write lane, with its progress, a
Cancel button and the importer's report (counts and skipped rows) when it ends.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_recsys.errors import UserError
from desktop_recsys.jobs.base import JobRunnerBase
from desktop_recsys.jobs.handle import JobHandle
from desktop_recsys.services import import_service, library_service, player_history_service
from desktop_recsys.ui.deferred import job_definitions
from desktop_recsys.ui.i18n import import_report_lines, translate_message
from desktop_recsys.ui.models.csv_fields import csv_field_label
from desktop_recsys.ui.models.csv_preview_table_model import CsvPreviewTableModel
from desktop_recsys.ui.path_text import home_paths_in
from desktop_recsys.ui.theme import quiet_text

#: Other players' histories (issue 17): offered by File > Import listening history….
HISTORY = ("strawberry", "clementine", "rhythmbox", "kodi")
#: Kinds whose rows belong to one profile (the source page asks which).
PERSONAL = {"lastfm-scrobbles", "listenbrainz", "letterboxd", "imdb", "csv", "folder", *HISTORY}
#: Data sets of many users (community profiles); one of them may be mapped onto a profile.
DATASETS = {"movielens", "lastfm-hetrec"}
#: Kinds read from a folder (the others from a file; ListenBrainz and Letterboxd take both).
FOLDER_KINDS = {"movielens", "lastfm-hetrec", "folder"}
_STEPS = 1000


class _RunPage(QWizardPage):
    """The last step: complete only once the import has ended."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard

    def initializePage(self) -> None:
        self._wizard.start_import()

    def isComplete(self) -> bool:
        return self._wizard.import_ended


class ImportWizard(QWizard):
    """See the module docstring. ``imported`` fires after a successful import."""

    imported = Signal(object)

    def __init__(
        self,
        library_path: Path,
        runner: JobRunnerBase,
        profiles: list[str],
        current_profile: str | None = None,
        parent: QWidget | None = None,
        *,
        models_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self._models_dir = models_dir
        #: The demo's removal, when a person chose it before this import.
        self.remove_demo_job: JobHandle | None = None
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self._library_path = Path(library_path)
        self._runner = runner
        #: The import's job once started (its handle, which compares equal to its id).
        self.job: JobHandle | None = None
        self.import_ended = False
        self.report: Any = None
        self._kinds: dict[str, tuple[str, str]] = {
            "movielens": (
                self.tr("MovieLens data set"),
                self.tr("A MovieLens folder (ml-latest-small, ml-25m, ml-1m, ml-100k)"),
            ),
            "lastfm-hetrec": (
                self.tr("Last.fm data set (HetRec 2011)"),
                self.tr("The hetrec2011-lastfm-2k folder: artists, tags and listening counts"),
            ),
            "folder": (
                self.tr("A folder of music or films"),
                self.tr("Scans audio and video files; rescans only read what changed"),
            ),
            "lastfm-scrobbles": (
                self.tr("My Last.fm scrobbles"),
                self.tr("A scrobbles CSV (artist, album, track, time)"),
            ),
            "listenbrainz": (
                self.tr("My ListenBrainz listens"),
                self.tr("The listens export: a zip, a folder or a .jsonl file"),
            ),
            "letterboxd": (
                self.tr("My Letterboxd films"),
                self.tr("The Letterboxd export: a zip, a folder or ratings/diary/watched.csv"),
            ),
            "imdb": (
                self.tr("My IMDb ratings"),
                self.tr("IMDb's ratings.csv; 1-10 stars become 0.5-5"),
            ),
            "csv": (
                self.tr("Any CSV file"),
                self.tr("You choose what each column is, with a preview"),
            ),
            "strawberry": (
                self.tr("Strawberry"),
                self.tr("Play and skip counts and ratings from strawberry.db (in "
                        "~/.local/share/strawberry/strawberry)"),
            ),
            "clementine": (
                self.tr("Clementine"),
                self.tr("Play and skip counts and ratings from clementine.db (in "
                        "~/.config/Clementine)"),
            ),
            "rhythmbox": (
                self.tr("Rhythmbox"),
                self.tr("Play counts and ratings from rhythmdb.xml (in ~/.local/share/rhythmbox)"),
            ),
            "kodi": (
                self.tr("Kodi"),
                self.tr("Watched films and resume points from MyVideos<number>.db (in "
                        "~/.kodi/userdata/Database)"),
            ),
        }  # fmt: skip
        self.addPage(self._source_page(profiles, current_profile))
        self.addPage(self._path_page())
        self.mapping_page_id = self.addPage(self._mapping_page())
        self.addPage(self._run_page())
        self.resize(720, 560)

    # -- pages -----------------------------------------------------------------------------
    def _source_page(self, profiles: list[str], current: str | None) -> QWizardPage:
        page = QWizardPage(self)
        page.setTitle(self.tr("What would you like to import?"))
        layout = QVBoxLayout(page)
        self.kind_group = QButtonGroup(page)
        self.kind_buttons: dict[str, QRadioButton] = {}
        self.kind_notes: dict[str, QLabel] = {}
        for index, (kind, (label, hint)) in enumerate(self._kinds.items()):
            button = QRadioButton(label, page)
            button.setObjectName(f"importKind_{kind}")
            button.setToolTip(hint)
            button.setAccessibleDescription(hint)
            self.kind_group.addButton(button, index)
            self.kind_buttons[kind] = button
            layout.addWidget(button)
            note = QLabel(hint, page)
            note.setIndent(24)
            quiet_text(note)
            layout.addWidget(note)
            self.kind_notes[kind] = note
        self.kind_buttons["movielens"].setChecked(True)
        self.show_history(False)
        self.profile_combo = QComboBox(page)
        self.profile_combo.setObjectName("importProfile")
        self.profile_combo.setEditable(True)
        self.profile_combo.setAccessibleName(self.tr("Profile to import into"))
        self.profile_combo.addItems(profiles)
        if current:
            self.profile_combo.setCurrentText(current)
        self.profile_label = QLabel(self.tr("Into &profile:"), page)
        self.profile_label.setBuddy(self.profile_combo)
        self.me_edit = QLineEdit(page)
        self.me_edit.setObjectName("importMe")
        self.me_edit.setPlaceholderText(self.tr("user id, optional"))
        self.me_edit.setMaximumWidth(self.fontMetrics().averageCharWidth() * 18)
        self.me_edit.setToolTip(
            self.tr(
                "The data set's users become community profiles. If one of them is you, give "
                "its id (the number in the ratings file): its ratings go into the profile here."
            )
        )
        self.me_label = QLabel(self.tr("One of these users is &me:"), page)
        self.me_label.setBuddy(self.me_edit)
        row = QHBoxLayout()
        row.addWidget(self.me_label)
        row.addWidget(self.me_edit)
        row.addWidget(self.profile_label)
        row.addWidget(self.profile_combo, 1)
        layout.addSpacing(8)
        layout.addLayout(row)
        # Offered (not asked in a modal box) when the library holds the demo's made-up data.
        self.remove_demo_check = QCheckBox(
            self.tr("Remove the demo data first (its made-up items and profiles), so "
                    "recommendations learn only from real data"),
            page,
        )  # fmt: skip
        self.remove_demo_check.setObjectName("removeDemoFirst")
        try:
            demo = library_service.holds_demo_data(self._library_path)
        except UserError:
            demo = False  # the import itself will say what is wrong with the library
        self._demo_present = demo
        # Ticked by default: a real import beside made-up data would teach the models both.
        self.remove_demo_check.setChecked(demo)
        self.remove_demo_check.setVisible(demo)
        layout.addWidget(self.remove_demo_check)
        layout.addStretch(1)
        self.kind_group.idToggled.connect(lambda _i, _on: self._update_profile_row())
        self._update_profile_row()
        return page

    def _path_page(self) -> QWizardPage:
        page = _PathPage(self)
        page.setTitle(self.tr("Where is it?"))
        self.path_edit = QLineEdit(page)
        self.path_edit.setObjectName("importPath")
        self.path_edit.setAccessibleName(self.tr("File or folder to import"))
        self.path_edit.textChanged.connect(page.completeChanged)
        browse_file = QPushButton(self.tr("Choose &file…"), page)
        browse_file.clicked.connect(lambda: self._browse(folder=False))
        browse_folder = QPushButton(self.tr("Choose f&older…"), page)
        browse_folder.clicked.connect(lambda: self._browse(folder=True))
        self.browse_file, self.browse_folder = browse_file, browse_folder
        self.path_hint = QLabel(page)
        self.path_hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse_file)
        row.addWidget(browse_folder)
        layout = QVBoxLayout(page)
        layout.addWidget(self.path_hint)
        layout.addLayout(row)
        layout.addStretch(1)
        page.registerField("source*", self.path_edit)
        return page

    def _mapping_page(self) -> QWizardPage:
        page = _MappingPage(self)
        page.setTitle(self.tr("Which column is what?"))
        page.setSubTitle(
            self.tr(
                "Pick a field for each column you want; a title is needed. Unused columns are "
                "ignored."
            )
        )
        self.preview_model = CsvPreviewTableModel(page)
        self.preview = QTableView(page)
        self.preview.setObjectName("csvPreview")
        self.preview.setAccessibleName(self.tr("Preview of the first rows"))
        self.preview.setModel(self.preview_model)
        self.preview.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.mapping_form = QFormLayout()
        holder = QWidget(page)
        holder.setLayout(self.mapping_form)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        self.item_kind_combo = QComboBox(page)
        self.item_kind_combo.setObjectName("csvItemKind")
        self.item_kind_combo.setAccessibleName(self.tr("What the rows are"))
        for kind, label in (
            ("film", self.tr("Films")),
            ("track", self.tr("Music tracks")),
            ("artist", self.tr("Artists")),
        ):
            self.item_kind_combo.addItem(label, kind)
        kind_row = QHBoxLayout()
        kind_label = QLabel(self.tr("Rows are &items of kind:"), page)
        kind_label.setBuddy(self.item_kind_combo)
        kind_row.addWidget(kind_label)
        kind_row.addWidget(self.item_kind_combo)
        kind_row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(kind_row)
        layout.addWidget(scroll, 2)
        layout.addWidget(QLabel(self.tr("Preview:"), page))
        layout.addWidget(self.preview, 3)
        self.column_combos: dict[str, QComboBox] = {}
        return page

    def _run_page(self) -> QWizardPage:
        page = _RunPage(self)
        page.setTitle(self.tr("Importing"))
        self.progress_bar = QProgressBar(page)
        self.progress_bar.setObjectName("importProgress")
        self.progress_bar.setAccessibleName(self.tr("Import progress"))
        self.progress_bar.setRange(0, _STEPS)
        self.status_label = QLabel(page)
        self.status_label.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("&Cancel the import"), page)
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.clicked.connect(self.cancel_import)
        self.report_view = QPlainTextEdit(page)
        self.report_view.setObjectName("importReport")
        self.report_view.setAccessibleName(self.tr("Import report"))
        self.report_view.setReadOnly(True)
        row = QHBoxLayout()
        row.addWidget(self.progress_bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.status_label)
        layout.addLayout(row)
        layout.addWidget(self.report_view, 1)
        return page

    # -- public API ------------------------------------------------------------------------
    def kind(self) -> str:
        for kind, button in self.kind_buttons.items():
            if button.isChecked():
                return kind
        return "movielens"

    def choose(self, kind: str, source: str | Path | None = None) -> None:
        """Pick the kind (and the file or folder): what a person does on the first pages."""
        self.kind_buttons[kind].setChecked(True)
        if source is not None:
            self.path_edit.setText(str(source))

    def show_history(self, on: bool) -> None:
        """Offer only other players' histories (File > Import listening history…), or all
        the other kinds (File > Import…)."""
        for kind, button in self.kind_buttons.items():
            shown = (kind in HISTORY) == on
            button.setVisible(shown)
            self.kind_notes[kind].setVisible(shown)
        self.kind_buttons[HISTORY[0] if on else "movielens"].setChecked(True)
        if on:
            self.setWindowTitle(self.tr("Import listening history"))
            self.page(0).setTitle(self.tr("Which player's history?"))
            self.page(0).setSubTitle(
                self.tr("Play counts, skips, ratings and watched films are matched to the "
                        "library's items by file, then by tags; importing again adds only what "
                        "is new.")
            )  # fmt: skip

    def mapping(self) -> dict[str, str]:
        """``column -> field`` chosen on the mapping page."""
        return {
            column: str(combo.currentData())
            for column, combo in self.column_combos.items()
            if combo.currentData()
        }

    def set_column(self, column: str, field: str) -> None:
        combo = self.column_combos[column]
        combo.setCurrentIndex(max(0, combo.findData(field)))

    def start_import(self) -> JobHandle | None:
        """Submit the import job (the last page does this when it is shown)."""
        if self.job is not None:
            return self.job
        options: list[tuple[str, str]] = []
        kind = self.kind()
        profile = self.profile_combo.currentText().strip()
        if kind in PERSONAL and profile:
            options.append(("profile", profile))
        me = self.me_edit.text().strip()
        if kind in DATASETS and me:
            options += [("me", me), ("profile", profile)]
        self._offer_to_remove_demo()
        if kind == "csv":
            spec = ",".join(f"{c}={f}" for c, f in self.mapping().items())
            options += [("mapping", spec), ("kind", str(self.item_kind_combo.currentData()))]
        source = Path(self.path_edit.text().strip()).expanduser()
        self.status_label.setText(self.tr("Importing {0}…").format(source.name))
        self.progress_bar.setRange(0, 0)
        self.job = self._runner.submit_job(
            job_definitions().ImportJob(self._library_path, kind, source, tuple(options)),
            on_progress=self._on_progress,
            on_finished=self._on_finished,
            on_failed=self._on_failed,
            on_cancelled=self._on_cancelled,
        )
        return self.job

    def cancel_import(self) -> None:
        if self.job is not None and not self.import_ended:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.status_label.setText(self.tr("Cancelling… nothing is kept from this import."))

    # -- Qt overrides ----------------------------------------------------------------------
    def nextId(self) -> int:
        if self.currentId() == 1 and self.kind() != "csv":
            return self.mapping_page_id + 1
        return super().nextId()

    def initializePage(self, page_id: int) -> None:
        super().initializePage(page_id)
        if page_id == 1:
            kind = self.kind()
            self.path_hint.setText(self._kinds[kind][1])
            self.browse_folder.setVisible(kind in FOLDER_KINDS | {"listenbrainz", "letterboxd"})
            self.browse_file.setVisible(kind not in FOLDER_KINDS)
            if kind in HISTORY and not self.path_edit.text().strip():
                found = player_history_service.default_location(kind)
                if found is not None:  # where the player keeps it: a person may change it
                    self.path_edit.setText(str(found))
        elif page_id == self.mapping_page_id:
            self._load_preview()

    def reject(self) -> None:
        if self.job is not None and not self.import_ended:
            self.cancel_import()
        super().reject()

    # -- internals -------------------------------------------------------------------------
    def _update_profile_row(self) -> None:
        kind = self.kind()
        dataset = kind in DATASETS
        self.me_label.setVisible(dataset)
        self.me_edit.setVisible(dataset)
        self.profile_combo.setEnabled(kind in PERSONAL or dataset)
        self.profile_label.setEnabled(kind in PERSONAL or dataset)

    def _offer_to_remove_demo(self) -> None:
        """A real import into the demo library with "Remove the demo data first" ticked: the
        removal is one write job before the import's, so the import finds a library without
        it."""
        if self._demo_present and self.remove_demo_check.isChecked():
            self.remove_demo_job = self._runner.submit_job(
                job_definitions().RemoveDemoJob(self._library_path, self._models_dir)
            )

    def _browse(self, *, folder: bool) -> None:
        start = self.path_edit.text() or str(Path.home())
        if folder:
            path = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"), start)
        else:
            path, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("Choose a file"),
                start,
                self.tr("Exports (*.csv *.zip *.jsonl *.json *.db *.xml);;All files (*)"),
            )
        if path:
            self.path_edit.setText(path)

    def _load_preview(self) -> None:
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.column_combos.clear()
        try:
            preview = import_service.csv_preview(self.path_edit.text().strip())
        except (OSError, UserError) as exc:
            self.preview_model.set_preview(None)
            self.mapping_form.addRow(QLabel(self.tr("Cannot read the file: {0}").format(exc)))
            return
        self.preview_model.set_preview(preview)
        guess = import_service.guess_mapping(preview.headers)
        targets = import_service.csv_targets()
        for column in preview.headers:
            combo = QComboBox(self)
            combo.setAccessibleName(self.tr("Field for column {0}").format(column))
            combo.addItem(self.tr("(ignore)"), "")
            for target in targets:
                combo.addItem(csv_field_label(target), target)
            combo.setCurrentIndex(max(0, combo.findData(guess.get(column, ""))))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.column_combos[column] = combo
            self.mapping_form.addRow(column, combo)
        self._mapping_changed()

    def _mapping_changed(self, *_args: object) -> None:
        self.preview_model.set_fields(self.mapping())
        self.page(self.mapping_page_id).completeChanged.emit()

    def _on_progress(self, fraction: float, message: object) -> None:
        self.progress_bar.setRange(0, _STEPS)
        self.progress_bar.setValue(round(fraction * _STEPS))
        if message:
            self.status_label.setText(translate_message(message))

    def _ended(self, text: str) -> None:
        self.import_ended = True
        self.cancel_button.setEnabled(False)
        self.progress_bar.setRange(0, _STEPS)
        self.status_label.setText(text)
        self.currentPage().completeChanged.emit()

    def _on_finished(self, result: object) -> None:
        self.report = result
        self.progress_bar.setValue(_STEPS)
        lines = import_report_lines(result, max_problems=50) if hasattr(result, "counts") else []
        self.report_view.setPlainText(home_paths_in("\n".join(lines)))  # "~/Music/…"
        self._ended(self.tr("Done. What was imported, and any rows that were skipped:"))
        self.imported.emit(result)

    def _on_failed(self, message: object, _trace: str) -> None:
        self.report_view.setPlainText(translate_message(message))
        self._ended(self.tr("The import failed; the library is unchanged."))

    def _on_cancelled(self) -> None:
        self._ended(self.tr("Cancelled; the library is unchanged."))


class _PathPage(QWizardPage):
    def isComplete(self) -> bool:
        wizard = self.wizard()
        return isinstance(wizard, ImportWizard) and bool(wizard.path_edit.text().strip())


class _MappingPage(QWizardPage):
    def isComplete(self) -> bool:
        wizard = self.wizard()
        return isinstance(wizard, ImportWizard) and "title" in wizard.mapping().values()


__all__ = ["ImportWizard", "Qt"]
