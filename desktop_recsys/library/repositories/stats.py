"""Counts over the whole library."""

from __future__ import annotations

from typing import Protocol

from desktop_recsys.library.models import ITEM_KINDS, LibraryStats
from desktop_recsys.library.repositories.base import LibraryHandle, Repository
from desktop_recsys.library.repositories.meta import MetaRepository


class StatsHost(LibraryHandle, Protocol):
    """A library as the statistics read it: also its ``meta`` facts and schema version."""

    @property
    def meta(self) -> MetaRepository:
        """The library's key-value facts."""
        ...

    @property
    def schema_version(self) -> int:
        """The schema version of the file (``PRAGMA user_version``)."""
        ...


class StatsRepository(Repository):
    """Counts over the whole library."""

    _lib: StatsHost

    def collect(self) -> LibraryStats:
        one = lambda sql: self._conn.execute(sql).fetchone()[0]  # noqa: E731
        by_kind = {kind: 0 for kind in ITEM_KINDS}
        for kind, count in self._conn.execute("SELECT kind, count(*) FROM items GROUP BY kind"):
            by_kind[kind] = count
        return LibraryStats(
            items_by_kind=by_kind,
            profiles=one("SELECT count(*) FROM profiles"),
            ratings=one("SELECT count(*) FROM ratings"),
            plays=one("SELECT count(*) FROM plays"),
            friendships=one("SELECT count(*) FROM friendships"),
            genres=one("SELECT count(*) FROM genres"),
            tags=one("SELECT count(*) FROM tags"),
            people=one("SELECT count(*) FROM people"),
            playlists=one("SELECT count(*) FROM playlists"),
            model_runs=one("SELECT count(*) FROM model_runs"),
            synthetic=self._lib.meta.get("synthetic_demo") == "1",
            schema_version=self._lib.schema_version,
        )

    def is_empty(self) -> bool:
        """True when the library holds no items and no profiles (a first start)."""
        return (
            self._conn.execute("SELECT EXISTS (SELECT 1 FROM items)").fetchone()[0] == 0
            and self._conn.execute("SELECT EXISTS (SELECT 1 FROM profiles)").fetchone()[0] == 0
        )
