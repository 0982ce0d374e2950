"""Typed repositories: the only place where the library's SQL lives.

Each repository is reached through an open :class:`~desktop_recsys.library.db.Library`
(``library.items``, ``library.ratings``, ...). Writes run inside ``library.transaction()``, so a
caller can group several calls into one all-or-nothing change. Input that the schema would
reject is checked first and refused with a one-line :class:`~desktop_recsys.errors.UserError`.

One module per repository; the item repository is split by subject (items, item search, item
merge, item transfer) on a shared :mod:`.item_store`. Filtered item reads take an
:class:`~desktop_recsys.library.queries.ItemQuery`.
"""

from desktop_recsys.library.repositories.audio_features import AudioFeatureRepository
from desktop_recsys.library.repositories.friendships import FriendshipRepository
from desktop_recsys.library.repositories.items import ItemRepository, sort_title
from desktop_recsys.library.repositories.jobs import JobRepository
from desktop_recsys.library.repositories.marks import MarkRepository
from desktop_recsys.library.repositories.meta import MetaRepository
from desktop_recsys.library.repositories.model_runs import ModelRunRepository
from desktop_recsys.library.repositories.playlists import PlaylistRepository
from desktop_recsys.library.repositories.plays import PlayRepository
from desktop_recsys.library.repositories.profiles import ProfileRepository
from desktop_recsys.library.repositories.ratings import RatingRepository
from desktop_recsys.library.repositories.stats import StatsRepository

__all__ = [
    "AudioFeatureRepository",
    "FriendshipRepository",
    "ItemRepository",
    "JobRepository",
    "MarkRepository",
    "MetaRepository",
    "ModelRunRepository",
    "PlayRepository",
    "PlaylistRepository",
    "ProfileRepository",
    "RatingRepository",
    "StatsRepository",
    "sort_title",
]
