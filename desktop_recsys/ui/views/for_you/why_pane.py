"""The "Why this?" pane beside the For you list: the selected pick, the evidence behind it,
what counted most, and "Not interested"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from desktop_recsys.ui.common import term_text
from desktop_recsys.ui.i18n import translate_message
from desktop_recsys.ui.widgets.contribution_bars import ContributionBarsWidget

if TYPE_CHECKING:
    from desktop_recsys.services.recommend_service import RecommendedItem


class WhyPane(QFrame):
    """Explains one recommendation (or asks for a selection); its button is the view's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setObjectName("whyTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel(self)
        self.text.setObjectName("whyText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.what_if = QLabel(self)
        self.what_if.setObjectName("whyWhatIf")
        self.what_if.setWordWrap(True)
        self.what_if.setTextFormat(Qt.TextFormat.PlainText)
        self.what_if.setToolTip(
            self.tr(
                "Where this pick would rank if you did not have each item: recomputed by the "
                "model (an estimate where the model cannot recompute it exactly)"
            )
        )
        self.bars = ContributionBarsWidget(self)
        self.bars.setAccessibleName(self.tr("What counted most"))
        self.bars_caption = QLabel(self.tr("What counted most:"), self)
        self.not_interested_button = QPushButton(self.tr("&Not interested"), self)
        self.not_interested_button.setObjectName("notInterested")
        self.not_interested_button.setToolTip(
            self.tr("Never recommend this again for this profile (Delete)")
        )
        self.setObjectName("whyPane")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Everything but the button scrolls where the pane is short (700 px with the Jobs
        # panel open, a long "what if") rather than making the window taller than the screen.
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.text)
        column.addWidget(self.what_if)
        column.addSpacing(6)
        column.addWidget(self.bars_caption)
        column.addWidget(self.bars)
        column.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("whyScroll")
        self.scroll.setWidget(content)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.not_interested_button)

    def show_item(self, item: RecommendedItem | None, *, group: bool = False) -> None:
        """Explain ``item`` (None: nothing selected); ``group``: a group list's pick, whose
        bars are the members' scores."""
        self.scroll.verticalScrollBar().setValue(0)  # another pick is read from its top
        if item is None:
            self.title.setText(self.tr("Why this?"))
            self.text.setText(self.tr("Select a recommendation to see what it is based on."))
            self.bars.set_contributions([])
            self.what_if.hide()
            self.bars_caption.hide()
            self.not_interested_button.setEnabled(False)
            return
        who = f" — {item.artist}" if item.artist else ""
        self.title.setText(f"{item.title}{who}")
        text = translate_message(item.explanation) or self.tr("Popular with everyone")
        if item.fallback:
            text += "\n" + self.tr("(A popular pick: the model knows too little about this one.)")
        self.text.setText(text)
        lines = [translate_message(line.text) for line in item.what_if]
        self.what_if.setText(
            "\n".join([self.tr("What if:"), *(f"• {line}" for line in lines)]) if lines else ""
        )
        self.what_if.setVisible(bool(lines) and not group)
        bars = [(title, weight) for _id, title, weight in item.because]
        # A pick the profile's other kind raised: its music (films) terms (issue 18).
        bars = bars or [(term_text([t.term]), t.weight) for t in item.evidence.tastes]
        if group:
            self.text.setText(self.tr("How much each member of the group would like it:"))
        self.bars.set_contributions(bars)
        self.bars_caption.setVisible(bool(bars))
        self.not_interested_button.setEnabled(True)
