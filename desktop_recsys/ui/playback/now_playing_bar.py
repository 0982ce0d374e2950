"""The now-playing bar under the screens: cover, title and artist, previous / play-pause /
next, the position with a seek slider, shuffle, repeat, volume and the queue.

It only shows the player's state and passes clicks to it (``controller.Playback``); what a
click means for the play history is the player's business.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QMouseEvent, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractSlider,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_recsys.config.durations import clock_text
from desktop_recsys.services.now_playing import TrackInfo, cover_art
from desktop_recsys.ui.playback.audio_engine import State
from desktop_recsys.ui.playback.controller import Playback
from desktop_recsys.ui.playback.icons import icon
from desktop_recsys.ui.playback.play_queue import Repeat
from desktop_recsys.ui.playback.queue_panel import QueuePanel

COVER = 48


def _name(tip: str) -> str:
    """A button's accessible name: its tooltip without the shortcut in brackets."""
    return re.split(r" \(|（", tip, maxsplit=1)[0]


class SeekSlider(QSlider):
    """A slider that jumps to where it is clicked (not a page step), as media players do."""

    clicked_to = Signal(int)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            option = QStyleOptionSlider()
            self.initStyleOption(option)
            handle = self.style().subControlRect(
                QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, self
            )
            if not handle.contains(event.position().toPoint()):
                value = QStyle.sliderValueFromPosition(
                    self.minimum(), self.maximum(), int(event.position().x()), self.width()
                )
                self.setValue(value)
                self.clicked_to.emit(value)
        super().mousePressEvent(event)


class NowPlayingBar(QFrame):
    """The bar; ``playback`` is the window's player."""

    def __init__(self, playback: Playback, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.playback = playback
        self.setObjectName("nowPlayingBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Now playing"))
        self._duration = 0.0

        self.cover = QLabel(self)
        self.cover.setObjectName("nowPlayingCover")
        self.cover.setFixedSize(COVER, COVER)
        self.cover.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("nowPlayingTitle")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.artist_label = QLabel(self)
        self.artist_label.setObjectName("nowPlayingArtist")
        self.artist_label.setTextFormat(Qt.TextFormat.PlainText)
        self.artist_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        for label in (self.title_label, self.artist_label):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addStretch(1)
        text.addWidget(self.title_label)
        text.addWidget(self.artist_label)
        text.addStretch(1)

        self.previous_button = self._button("previousButton", playback.previous)
        self.play_button = self._button("playButton", playback.toggle)
        self.play_button.setIconSize(QSize(26, 26))
        self.next_button = self._button("nextButton", playback.next)

        self.position_label = QLabel("0:00", self)
        self.position_label.setObjectName("nowPlayingPosition")
        self.seek_slider = SeekSlider(Qt.Orientation.Horizontal, self)
        self.seek_slider.setObjectName("seekSlider")
        self.seek_slider.setMinimumWidth(120)
        self.seek_slider.setRange(0, 0)
        self.seek_slider.setPageStep(10_000)
        self.seek_slider.setSingleStep(5_000)
        self.seek_slider.sliderReleased.connect(self._seek_to_slider)
        self.seek_slider.clicked_to.connect(lambda ms: playback.seek(ms / 1000))
        self.seek_slider.sliderMoved.connect(
            lambda ms: self.position_label.setText(clock_text(ms / 1000, elapsed=True))
        )
        self.seek_slider.actionTriggered.connect(self._on_slider_action)
        self.duration_label = QLabel("0:00", self)
        self.duration_label.setObjectName("nowPlayingDuration")

        self.shuffle_button = self._button("shuffleButton", None)
        self.shuffle_button.setCheckable(True)
        self.shuffle_button.toggled.connect(playback.set_shuffle)
        self.repeat_button = self._button("repeatButton", self._cycle_repeat)
        self.repeat_button.setCheckable(True)
        self.mute_button = self._button("muteButton", None)
        self.mute_button.setCheckable(True)
        self.mute_button.toggled.connect(self._set_muted)
        self.volume_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.volume_slider.setObjectName("volumeSlider")
        self.volume_slider.setRange(0, 100)
        self.volume_slider.setFixedWidth(90)
        self.volume_slider.valueChanged.connect(lambda v: playback.set_volume(v / 100))
        self.queue_button = self._button("queueButton", self.show_queue)
        self.queue_panel: QueuePanel | None = None

        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 10, 4)
        layout.setSpacing(6)
        layout.addWidget(self.cover)
        layout.addLayout(text, 2)
        layout.addSpacing(8)
        for widget in (self.previous_button, self.play_button, self.next_button):
            layout.addWidget(widget)
        layout.addSpacing(8)
        layout.addWidget(self.position_label)
        layout.addWidget(self.seek_slider, 3)
        layout.addWidget(self.duration_label)
        layout.addSpacing(8)
        for widget in (self.shuffle_button, self.repeat_button, self.mute_button):
            layout.addWidget(widget)
        layout.addWidget(self.volume_slider)
        layout.addWidget(self.queue_button)

        playback.track_changed.connect(self._show_track)
        playback.state_changed.connect(self._show_state)
        playback.position_changed.connect(self._show_position)
        playback.queue_changed.connect(self._show_buttons)
        playback.modes_changed.connect(self._show_modes)
        self.retranslate()
        self._show_track(playback.track)
        self._show_modes()

    # -- public ----------------------------------------------------------------------------
    def show_queue(self) -> QueuePanel:
        """The queue in a panel above the bar (non-modal: the bar keeps working)."""
        if self.queue_panel is None:
            self.queue_panel = QueuePanel(self.playback, self.window())
        panel = self.queue_panel
        panel.refresh()
        size = panel.sizeHint()
        corner = self.mapTo(self.window(), self.rect().topRight())
        panel.setGeometry(corner.x() - size.width(), corner.y() - size.height(), size.width(),
                          size.height())  # fmt: skip
        panel.show()
        panel.raise_()
        return panel

    def retranslate(self) -> None:
        for button, tip in (
            (self.previous_button, self.tr("Previous (Ctrl+Left)")),
            (self.next_button, self.tr("Next (Ctrl+Right)")),
            (self.shuffle_button, self.tr("Shuffle")),
            (self.mute_button, self.tr("Mute")),
            (self.queue_button, self.tr("Queue")),
        ):
            button.setToolTip(tip)
            button.setAccessibleName(_name(tip))
        self.seek_slider.setAccessibleName(self.tr("Position in the track"))
        self.volume_slider.setAccessibleName(self.tr("Volume"))
        self._show_state(self.playback.state())
        self._show_modes()

    # -- showing ---------------------------------------------------------------------------
    def _button(self, name: str, slot: object) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setAutoRaise(True)
        button.setIconSize(QSize(20, 20))
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        if callable(slot):
            button.clicked.connect(lambda _c=False: slot())
        return button

    def _icon(self, name: str) -> QIcon:
        return icon(name, self.palette().windowText().color(), self.devicePixelRatioF())

    def _show_track(self, track: TrackInfo | None) -> None:
        if track is None:
            self.title_label.setText(self.tr("Nothing playing"))
            self.artist_label.setText(self.tr("Right-click a track in the Library: Play"))
            self._set_cover(None)
            self._show_position(0.0, 0.0)
        else:
            self.title_label.setText(track.title)
            parts = [p for p in (track.artist, track.album) if p]
            self.artist_label.setText(" — ".join(parts) or self.tr("Unknown artist"))
            self._set_cover(cover_art(track.path))
            self._show_position(0.0, float(track.duration or 0.0))
        self.title_label.setToolTip(self.title_label.text())
        self.artist_label.setToolTip(self.artist_label.text())
        self._show_buttons()
        # Shown once something is loaded: until then the screens keep the whole height (a
        # 1024x700 window with the Jobs panel open has none to spare).
        self.setVisible(track is not None)

    def _set_cover(self, data: bytes | None) -> None:
        image = QImage.fromData(data) if data else QImage()
        ratio = self.devicePixelRatioF()
        if image.isNull():
            pixmap = QPixmap(round(COVER * ratio), round(COVER * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(self.palette().midlight().color())
            painter = QPainter(pixmap)
            self._icon("note").paint(painter, 12, 12, 24, 24)
            painter.end()
            self.cover.setToolTip("")
        else:
            pixmap = QPixmap.fromImage(
                image.scaled(
                    round(COVER * ratio), round(COVER * ratio),
                    Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )  # fmt: skip
            pixmap.setDevicePixelRatio(ratio)
            self.cover.setToolTip(self.tr("Cover art"))
        self.cover.setPixmap(pixmap)

    def _show_state(self, state: State) -> None:
        playing = state is State.PLAYING
        self.play_button.setIcon(self._icon("pause" if playing else "play"))
        tip = self.tr("Pause (Space)") if playing else self.tr("Play (Space)")
        self.play_button.setToolTip(tip)
        self.play_button.setAccessibleName(_name(tip))

    def _show_position(self, position: float, duration: float) -> None:
        if duration > 0 and abs(duration - self._duration) > 1e-3:
            self._duration = duration
            self.seek_slider.setRange(0, int(duration * 1000))
            # The total rounds, as the Library table and the details do (251.8 s: 4:12); the
            # position counts whole seconds heard, as players do (it never runs ahead).
            self.duration_label.setText(clock_text(duration))
        elif duration <= 0:
            self._duration = 0.0
            self.seek_slider.setRange(0, 0)
            self.duration_label.setText(clock_text(0))
        if not self.seek_slider.isSliderDown():
            self.seek_slider.setValue(int(position * 1000))
            self.position_label.setText(clock_text(position, elapsed=True))

    def _show_buttons(self) -> None:
        loaded = self.playback.track is not None
        for button in (self.play_button, self.previous_button, self.next_button):
            button.setEnabled(loaded)
        self.seek_slider.setEnabled(loaded)
        if self.queue_panel is not None and self.queue_panel.isVisible():
            self.queue_panel.refresh()

    def _show_modes(self) -> None:
        queue = self.playback.queue
        self.shuffle_button.blockSignals(True)
        self.shuffle_button.setChecked(queue.shuffle)
        self.shuffle_button.blockSignals(False)
        self.shuffle_button.setIcon(self._icon("shuffle"))
        repeat = queue.repeat
        self.repeat_button.setChecked(repeat is not Repeat.OFF)
        self.repeat_button.setIcon(self._icon("repeat_one" if repeat is Repeat.ONE else "repeat"))
        tip = {
            Repeat.OFF: self.tr("Repeat: off"),
            Repeat.ALL: self.tr("Repeat: the whole queue"),
            Repeat.ONE: self.tr("Repeat: this track"),
        }[repeat]
        self.repeat_button.setToolTip(tip)
        self.repeat_button.setAccessibleName(tip)
        engine = self.playback.engine
        self.mute_button.blockSignals(True)
        self.mute_button.setChecked(engine.muted())
        self.mute_button.blockSignals(False)
        self.mute_button.setIcon(self._icon("muted" if engine.muted() else "volume"))
        self.volume_slider.blockSignals(True)
        self.volume_slider.setValue(round(engine.volume() * 100))
        self.volume_slider.blockSignals(False)
        self.queue_button.setIcon(self._icon("queue"))
        for button in (self.previous_button, self.next_button):
            button.setIcon(self._icon("previous" if button is self.previous_button else "next"))

    # -- input -----------------------------------------------------------------------------
    def _seek_to_slider(self) -> None:
        self.playback.seek(self.seek_slider.value() / 1000)

    def _on_slider_action(self, action: int) -> None:
        if action != QAbstractSlider.SliderAction.SliderMove.value:
            self.playback.seek(self.seek_slider.sliderPosition() / 1000)

    def _cycle_repeat(self) -> None:
        self.playback.cycle_repeat()

    def _set_muted(self, muted: bool) -> None:
        self.playback.engine.set_muted(muted)
        self._show_modes()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._show_track(self.playback.track)
        elif event.type() == QEvent.Type.PaletteChange:
            self._show_modes()
            self._show_state(self.playback.state())
        super().changeEvent(event)
