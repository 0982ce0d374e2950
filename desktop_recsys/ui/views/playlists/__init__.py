"""The Playlists screen (``view``), its entries table (``entries_model``) and the smart-playlist
rule builder (``rule_builder``, ``rule_widgets``)."""

from desktop_recsys.ui.views.playlists.view import PlaylistsView

__all__ = ["PlaylistsView"]
