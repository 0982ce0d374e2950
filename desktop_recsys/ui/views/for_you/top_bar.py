"""The For you screen's top bar: what to recommend, with which algorithm, how varied, for
whom, and the buttons that refresh, train, add to a playlist and export."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMenu,
    QPushButton,
    QSlider,
    QToolButton,
    QWidget,
)

from desktop_recsys.services import for_you_service
from desktop_recsys.ui.common import KindPicker
from desktop_recsys.ui.widgets.flow_layout import FlowLayout, group, wraps


class ForYouTopBar(QWidget):
    """The controls above the list; the view connects to them (this bar decides nothing).

    The playlist and group buttons pop up menus the view fills when they are about to show.
    """

    #: "Export" was chosen: ``"csv"`` or ``"m3u8"``.
    export_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_combo = KindPicker(
            self, object_name="forYouKind", accessible_name=self.tr("What to recommend")
        )
        kind_label = QLabel(self.tr("&Recommend:"), self)
        kind_label.setBuddy(self.kind_combo)
        self.algorithm_combo = QComboBox(self)
        self.algorithm_combo.setObjectName("algorithmPicker")
        self.algorithm_combo.setAccessibleName(self.tr("Algorithm"))
        self.algorithm_combo.addItem(self.tr("Automatic"), for_you_service.AUTOMATIC)
        self.algorithm_combo.setToolTip(
            self.tr("Automatic uses the newest model; pick one to compare algorithms")
        )
        algorithm_label = QLabel(self.tr("&Algorithm:"), self)
        algorithm_label.setBuddy(self.algorithm_combo)
        self.refresh_button = QPushButton(self.tr("Re&fresh"), self)
        self.refresh_button.setObjectName("refreshForYou")
        self.refresh_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_button.setToolTip(self.tr("Fetch the list again (F5)"))
        self.train_button = QPushButton(self.tr("&Train now"), self)
        self.train_button.setObjectName("trainNow")
        self.train_button.setToolTip(self.tr("Train a model on the latest ratings and plays"))
        self.export_button = QToolButton(self)
        self.export_button.setObjectName("exportList")
        self.export_button.setText(self.tr("E&xport"))
        self.export_button.setAccessibleName(self.tr("Export the list"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        export_menu = QMenu(self.export_button)
        export_menu.addAction(self.tr("As CSV…"), lambda: self.export_requested.emit("csv"))
        export_menu.addAction(
            self.tr("As M3U8 playlist…"), lambda: self.export_requested.emit("m3u8")
        )
        self.export_button.setMenu(export_menu)
        self.playlist_button = QToolButton(self)
        self.playlist_button.setObjectName("forYouPlaylist")
        self.playlist_button.setText(self.tr("Add to &playlist"))
        self.playlist_button.setAccessibleName(self.tr("Add the selected pick to a playlist"))
        self.playlist_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.playlist_button.setMenu(QMenu(self.playlist_button))

        self.diversity = QSlider(Qt.Orientation.Horizontal, self)
        self.diversity.setObjectName("diversitySlider")
        self.diversity.setRange(0, 100)
        self.diversity.setSingleStep(5)
        self.diversity.setPageStep(20)
        self.diversity.setFixedWidth(self.fontMetrics().averageCharWidth() * 18)
        self.diversity.setAccessibleName(self.tr("Diversity"))
        self.diversity.setToolTip(
            self.tr("Left: the best matches first. Right: a more varied list.")
        )
        diversity_label = QLabel(self.tr("&Diversity:"), self)
        diversity_label.setBuddy(self.diversity)

        self.group_button = QToolButton(self)
        self.group_button.setObjectName("groupButton")
        self.group_button.setText(self.tr("&Group…"))
        self.group_button.setAccessibleName(self.tr("Recommend for a group of profiles"))
        self.group_button.setToolTip(
            self.tr("Pick more profiles for one shared list (a film night, a party playlist)")
        )
        self.group_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.group_button.setMenu(QMenu(self.group_button))

        # Wraps onto a second row where the window is narrow (1024 px, longer translations)
        # instead of making the window wider than the screen.
        top = FlowLayout(self)
        top.setContentsMargins(8, 6, 8, 2)
        top.addWidget(group(self, kind_label, self.kind_combo))
        top.add_gap(8)
        top.addWidget(group(self, algorithm_label, self.algorithm_combo))
        top.add_gap(8)
        top.addWidget(group(self, diversity_label, self.diversity))
        top.add_gap(8)
        top.addWidget(self.group_button)
        top.add_gap(8)
        top.addWidget(self.refresh_button)
        top.addWidget(self.train_button)
        top.addWidget(self.playlist_button)
        top.addWidget(self.export_button)
        wraps(self)
