"""The toolbar's incognito switch (issue 17): while it is on, nothing the current profile plays
is recorded (the profile's ``record_plays`` switch, through
:class:`~desktop_recsys.services.listening.Listening`).

Per profile: switching profiles shows that profile's state. While on, the button says so in
words and colour, so nobody forgets it is on; off, it is a plain small button.
``install_incognito(window)`` puts it into the main window's toolbar (idempotent).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QToolButton, QWidget

from desktop_recsys.errors import UserError
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.services.listening import Listening
from desktop_recsys.ui.i18n import error_text

_ON_STYLE = (
    "QToolButton#incognitoToggle { background: #3b2f5c; color: white; font-weight: bold; "
    "border: 1px solid #241c3a; border-radius: 3px; padding: 2px 8px; }"
)


class IncognitoToggle(QToolButton):
    """A checkable toolbar button: on = the current profile is incognito."""

    def __init__(
        self, session: Callable[[], LibrarySession], parent: QWidget | None = None
    ) -> None:
        """``session``: the window's current library session (it changes with the library)."""
        super().__init__(parent)
        self.setObjectName("incognitoToggle")
        self.setCheckable(True)
        self.setAccessibleName(self.tr("Incognito"))
        self._session = session
        self._profile: int | None = None
        self._showing = False
        self.toggled.connect(self._on_toggled)
        self._show_state(False)

    def set_profile(self, profile_id: object) -> None:
        self._profile = profile_id if isinstance(profile_id, int) else None
        self.refresh()

    def refresh(self) -> None:
        """Show the current profile's state as stored (e.g. after the profiles dialog)."""
        on = False
        if self._profile is not None:
            try:
                on = Listening(self._session()).is_incognito(self._profile)
            except UserError:
                self._profile = None
        self.setEnabled(self._profile is not None)
        self._showing = True
        try:
            self.setChecked(on)
        finally:
            self._showing = False
        self._show_state(on)

    def _on_toggled(self, on: bool) -> None:
        if self._showing or self._profile is None:
            return
        try:
            Listening(self._session()).set_incognito(self._profile, on)
        except UserError as exc:
            self.setToolTip(error_text(exc))
            self.refresh()
            return
        self._show_state(on)

    def _show_state(self, on: bool) -> None:
        if on:
            self.setText(self.tr("Incognito: plays not recorded"))
            self.setToolTip(
                self.tr("Nothing this profile plays is recorded until you switch this off")
            )
            self.setStyleSheet(_ON_STYLE)
        else:
            self.setText(self.tr("Incognito"))
            self.setToolTip(self.tr("Stop recording what this profile plays"))
            self.setStyleSheet("")


def install_incognito(window: Any) -> IncognitoToggle:
    """Add the switch to ``window``'s toolbar (once) and follow its profile; returns it."""
    existing = getattr(window, "incognito", None)
    if isinstance(existing, IncognitoToggle):
        return existing
    toggle = IncognitoToggle(lambda: window.reader, window)
    window.toolbar.addWidget(toggle)
    window.profile_changed.connect(toggle.set_profile)
    toggle.set_profile(window.current_profile_id())
    window.incognito = toggle
    return toggle
