"""Group mode of the For you screen: whom the list is for besides the current profile, how
their tastes combine (average or least misery), the Group button's menu, and the notice that
says whose list it is."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QToolButton

from desktop_recsys.config.cjk_spacing import format_spaced
from desktop_recsys.library.models import Profile
from desktop_recsys.services import group_service

#: What the chooser calls when the group or its strategy is changed from the menu.
GroupRequest = Callable[[list[int], "str | None"], object]


class GroupChooser(QObject):
    """The group's members and strategy, shown on and chosen from ``button``'s menu."""

    def __init__(self, button: QToolButton, request: GroupRequest) -> None:
        super().__init__(button)
        self._button = button
        self._request = request
        self.members: list[int] = []
        self.strategy = "average"

    def set_group(self, members: list[int], strategy: str | None) -> None:
        """Take ``members`` (the other profiles) and, unless None, ``strategy``."""
        self.members = members
        if strategy is not None:
            self.strategy = strategy
        count = len(self.members)
        self._button.setText(
            self.tr("&Group ({0})…").format(count + 1) if count else self.tr("&Group…")
        )

    def fill_menu(
        self, profiles: list[Profile], current: int | None, *, community: bool = False
    ) -> None:
        """The button's menu: every other profile to tick, the two strategies, "Just me".

        Community profiles (a data set's users) are listed only with ``community`` on, or
        while they are in the group.
        """
        menu = self._button.menu()
        menu.clear()
        others = [
            p
            for p in profiles
            if p.id != current and (community or not p.community or p.id in self.members)
        ]
        title = menu.addAction(self.tr("Recommend together with:"))
        title.setEnabled(False)
        for profile in others:
            action = menu.addAction(profile.name.replace("&", "&&"))
            action.setCheckable(True)
            action.setChecked(profile.id in self.members)
            action.toggled.connect(lambda on, pid=profile.id: self._toggle_member(pid, on))
        menu.addSeparator()
        for key, label in (
            ("average", self.tr("Combine by &average")),
            ("least_misery", self.tr("Combine by &least misery (nobody hates it)")),
        ):
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(self.strategy == key)
            action.triggered.connect(lambda _c=False, k=key: self._request(self.members, k))
        if self.members:
            menu.addSeparator()
            menu.addAction(self.tr("Just me again"), lambda: self._request([], None))

    def notice(self, result: group_service.GroupResult) -> str:
        """What the notice above a group list says: whose list, how combined, who is missing."""
        names = [name for _id, name, _w in (result.rows[0].because if result.rows else ())]
        how = self.tr("average") if result.strategy == "average" else self.tr("least misery")
        separator = self.tr(", ", "between names")  # "、" in Chinese
        # "小明、小红的共享列表", "Ada、Bo 的共享列表": one rule for names beside Chinese words.
        text = format_spaced(self.tr("A shared list for {0} ({1})."), separator.join(names), how)
        if result.without_model:
            later = format_spaced(
                self.tr(
                    "{0} will join as soon as the shared model is trained (it is being trained)."
                ),
                separator.join(result.without_model),
            )
            text = format_spaced("{0} {1}", text, later)  # no space after "。"
        if not result.rows:
            text = self.tr(
                "No shared picks yet: the model the group's list comes from is being trained."
            )
        return text

    def _toggle_member(self, profile_id: int, on: bool) -> None:
        members = [p for p in self.members if p != profile_id]
        if on:
            members.append(profile_id)
        self._request(members, None)
