"""The item repository: adding, editing and reading media items one by one.

:class:`ItemRepository` is what ``library.items`` is. It is composed of one class per subject:
:mod:`.item_search` (counts, pages, search), :mod:`.item_merge` (duplicates, merges) and
:mod:`.item_transfer` (importers, scans, exports), all on the shared :mod:`.item_store`.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from desktop_recsys.errors import UserError
from desktop_recsys.library.certifications import min_age
from desktop_recsys.library.models import Item, NewItem, check_kind
from desktop_recsys.library.repositories.base import timestamp
from desktop_recsys.library.repositories.item_merge import ItemMerge
from desktop_recsys.library.repositories.item_search import ItemSearch
from desktop_recsys.library.repositories.item_transfer import ItemTransfer
from desktop_recsys.progress import Message

_ARTICLES = re.compile(r"^(the|a|an|le|la|les|l'|el|los|las|der|die|das|il)\s+", re.IGNORECASE)


def sort_title(title: str) -> str:
    """The title as sorted: leading articles moved out of the way ("The Wall" -> "Wall")."""
    stripped = _ARTICLES.sub("", title.strip(), count=1)
    return stripped or title.strip()


class ItemRepository(ItemSearch, ItemMerge, ItemTransfer):
    """Media items (tracks, artists, films) with genres, tags, credits and external ids.

    Adding, editing and reading single items live here; the other subjects are mixed in:
    search and paged lists (:class:`ItemSearch`), duplicates and merges (:class:`ItemMerge`)
    and bulk work for importers, scans and exporters (:class:`ItemTransfer`).
    """

    _ITEM_COLUMNS = (
        "id, kind, title, sort_title, artist, album, album_artist, track_number, year, duration, "
        "description, language, path, file_size, file_mtime, missing, synthetic, added_at, "
        "updated_at, certification, min_age, explicit"
    )

    # -- writing -----------------------------------------------------------------------
    def add(self, item: NewItem) -> int:
        """Add one item; returns its id."""
        return self.add_many([item])[0]

    def add_many(self, items: Iterable[NewItem], *, batch: int = 5000) -> list[int]:
        """Add items with their side information in one transaction; returns their ids.

        Rows go in with ``executemany`` in batches and the search index is written once per
        batch, so a 100,000-item import takes seconds, not minutes.
        """
        ids: list[int] = []
        with self._lib.transaction() as conn:
            chunk: list[NewItem] = []
            for item in items:
                chunk.append(item)
                if len(chunk) >= batch:
                    ids.extend(self._insert_batch(conn, chunk))
                    chunk = []
            if chunk:
                ids.extend(self._insert_batch(conn, chunk))
        return ids

    def _insert_batch(self, conn: sqlite3.Connection, items: list[NewItem]) -> list[int]:
        now = timestamp()
        # Explicit ids: the write transaction holds the lock, so max(id) cannot move under us,
        # and explicit ids let every table go in with one executemany.
        next_id = conn.execute("SELECT COALESCE(max(id), 0) + 1 FROM items").fetchone()[0]
        rows: list[tuple[Any, ...]] = []
        genre_links: list[tuple[int, int]] = []
        tag_links: list[tuple[int, int]] = []
        credit_rows: list[tuple[int, int, str, int]] = []
        external_rows: list[tuple[int, str, str]] = []
        ids: list[int] = []
        for item in items:
            check_kind(item.kind)
            title = (item.title or "").strip()
            if not title:
                raise UserError(Message("an item needs a title; give it one"))
            item_id = next_id
            next_id += 1
            ids.append(item_id)
            rows.append(
                (
                    item_id,
                    item.kind,
                    title,
                    item.sort_title or sort_title(title),
                    item.artist,
                    item.album,
                    item.album_artist,
                    item.track_number,
                    item.year,
                    item.duration,
                    item.description,
                    item.language,
                    item.path,
                    item.file_size,
                    item.file_mtime,
                    int(item.synthetic),
                    now,
                    now,
                    item.certification,
                    min_age(item.certification),
                    int(bool(item.explicit)),
                )
            )
            for name in dict.fromkeys(g for g in item.genres if g and g.strip()):
                genre_links.append((item_id, self._name_id(conn, "genres", self._genre_ids, name)))
            for name in dict.fromkeys(t for t in item.tags if t and t.strip()):
                tag_links.append((item_id, self._name_id(conn, "tags", self._tag_ids, name)))
            for position, credit in enumerate(item.credits):
                person = self._name_id(conn, "people", self._person_ids, credit.name)
                credit_rows.append((item_id, person, credit.role, position))
            external_rows.extend((item_id, k, str(v)) for k, v in item.external_ids.items())
        conn.executemany(
            "INSERT INTO items (id, kind, title, sort_title, artist, album, album_artist, "
            "track_number, year, duration, description, language, path, file_size, "
            "file_mtime, synthetic, added_at, updated_at, certification, min_age, explicit) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        conn.executemany(
            "INSERT OR IGNORE INTO item_genres (item_id, genre_id) VALUES (?, ?)", genre_links
        )
        conn.executemany(
            "INSERT OR IGNORE INTO item_tags (item_id, tag_id) VALUES (?, ?)", tag_links
        )
        conn.executemany(
            "INSERT OR IGNORE INTO credits (item_id, person_id, role, position) "
            "VALUES (?, ?, ?, ?)",
            credit_rows,
        )
        conn.executemany(
            "INSERT OR REPLACE INTO external_ids (item_id, source, value) VALUES (?, ?, ?)",
            external_rows,
        )
        self._index(conn, ids, fresh=True)
        return ids

    def set_genres(self, item_id: int, genres: Sequence[str], *, by_person: bool = False) -> None:
        """Replace an item's genres; ``by_person``: a person's edit, which rescans keep."""
        with self._lib.transaction() as conn:
            if by_person:
                self._record_edits(conn, item_id, ["genres"])
            conn.execute("DELETE FROM item_genres WHERE item_id = ?", (item_id,))
            conn.executemany(
                "INSERT OR IGNORE INTO item_genres (item_id, genre_id) VALUES (?, ?)",
                [
                    (item_id, self._name_id(conn, "genres", self._genre_ids, name))
                    for name in genres
                    if name and name.strip()
                ],
            )
            self._index(conn, [item_id])

    def add_tags(self, item_id: int, tags: Sequence[str]) -> None:
        """Apply tags to an item; a tag applied again counts once more."""
        with self._lib.transaction() as conn:
            for name in tags:
                if not name or not name.strip():
                    continue
                tag = self._name_id(conn, "tags", self._tag_ids, name)
                conn.execute(
                    "INSERT INTO item_tags (item_id, tag_id) VALUES (?, ?) "
                    "ON CONFLICT (item_id, tag_id) DO UPDATE SET count = count + 1",
                    (item_id, tag),
                )
            self._index(conn, [item_id])

    _EDITABLE = frozenset(
        {
            "title",
            "artist",
            "album",
            "album_artist",
            "track_number",
            "year",
            "duration",
            "description",
            "language",
            "path",
            "file_size",
            "file_mtime",
            "missing",
            "certification",
            "explicit",
        }
    )

    def update(self, item_id: int, *, by_person: bool = False, **fields: Any) -> None:
        """Change stored fields of an item (the full-text index follows by trigger).

        ``by_person``: a person edited them in the app; a folder rescan keeps such fields
        instead of reading them again from the file's tags (see :meth:`edited_fields`).
        """
        unknown = set(fields) - self._EDITABLE
        if unknown:
            raise UserError(
                Message("cannot edit item field(s) {choices}", choices=", ".join(sorted(unknown)))
            )
        if not fields:
            return
        if "title" in fields:
            title = (fields["title"] or "").strip()
            if not title:
                raise UserError(Message("an item needs a title; give it one"))
            fields["title"] = title
            fields["sort_title"] = sort_title(title)
        if "certification" in fields:  # kept as written; compared by its minimum age
            text = " ".join(str(fields["certification"] or "").split())
            fields["certification"] = text or None
            fields["min_age"] = min_age(text)
        if "explicit" in fields:
            fields["explicit"] = int(bool(fields["explicit"]))
        assignments = ", ".join(f"{name} = ?" for name in fields)
        with self._lib.transaction() as conn:
            cur = conn.execute(
                f"UPDATE items SET {assignments}, updated_at = ? WHERE id = ?",
                (*fields.values(), timestamp(), item_id),
            )
            if cur.rowcount == 0:
                raise UserError(Message("no item with id {item_id}", item_id=item_id))
            if by_person:
                self._record_edits(conn, item_id, list(fields))

    def _record_edits(self, conn: sqlite3.Connection, item_id: int, names: list[str]) -> None:
        conn.executemany(
            "INSERT OR REPLACE INTO item_edits (item_id, field, edited_at) VALUES (?, ?, ?)",
            [(item_id, n, timestamp()) for n in names if n not in ("sort_title", "min_age")],
        )

    def edited_fields(self, item_id: int) -> set[str]:
        """The fields (``title``, ``genres``, ...) of an item a person edited in the app."""
        return {
            r[0]
            for r in self._conn.execute(
                "SELECT field FROM item_edits WHERE item_id = ?", (item_id,)
            )
        }

    def remove(self, item_id: int) -> None:
        """Delete an item and (by cascade) its ratings, plays and marks."""
        with self._lib.transaction() as conn:
            conn.execute("DELETE FROM items WHERE id = ?", (item_id,))

    # -- reading -----------------------------------------------------------------------
    def get(self, item_id: int) -> Item | None:
        """One item with its genres and tags, or None."""
        row = self._conn.execute(
            f"SELECT {self._ITEM_COLUMNS} FROM items WHERE id = ?", (item_id,)
        ).fetchone()
        if row is None:
            return None
        genres = tuple(
            r[0]
            for r in self._conn.execute(
                "SELECT g.name FROM item_genres ig JOIN genres g ON g.id = ig.genre_id "
                "WHERE ig.item_id = ? ORDER BY g.name",
                (item_id,),
            )
        )
        tags = tuple(
            r[0]
            for r in self._conn.execute(
                "SELECT t.name FROM item_tags it JOIN tags t ON t.id = it.tag_id "
                "WHERE it.item_id = ? ORDER BY it.count DESC, t.name",
                (item_id,),
            )
        )
        return _item(row, genres, tags)

    def credits(self, item_id: int) -> list[tuple[str, str]]:
        """(person, role) pairs in billing order."""
        return [
            (r[0], r[1])
            for r in self._conn.execute(
                "SELECT p.name, c.role FROM credits c JOIN people p ON p.id = c.person_id "
                "WHERE c.item_id = ? ORDER BY c.position",
                (item_id,),
            )
        ]

    def external_ids(self, item_id: int) -> dict[str, str]:
        return dict(
            self._conn.execute(
                "SELECT source, value FROM external_ids WHERE item_id = ?", (item_id,)
            ).fetchall()
        )

    def find_by_external_id(self, source: str, value: str) -> list[int]:
        return [
            r[0]
            for r in self._conn.execute(
                "SELECT item_id FROM external_ids WHERE source = ? AND value = ?", (source, value)
            )
        ]

    def find_by_path(self, path: str) -> int | None:
        row = self._conn.execute("SELECT id FROM items WHERE path = ?", (path,)).fetchone()
        return row[0] if row else None

    def ids_by_kind(self, kind: str) -> list[int]:
        check_kind(kind)
        return [r[0] for r in self._conn.execute("SELECT id FROM items WHERE kind = ?", (kind,))]

    def genres_of_items(self) -> list[tuple[int, str]]:
        """Every (item id, genre name) pair, for building the engine's side information."""
        return self._conn.execute(
            "SELECT ig.item_id, g.name FROM item_genres ig JOIN genres g ON g.id = ig.genre_id"
        ).fetchall()

    def all_genres(self, kind: str | None = None) -> list[tuple[str, int]]:
        """(genre, number of items) pairs, most common first."""
        if kind is None:
            sql = (
                "SELECT g.name, count(*) FROM genres g JOIN item_genres ig ON ig.genre_id = g.id "
                "GROUP BY g.id ORDER BY count(*) DESC, g.name"
            )
            return self._conn.execute(sql).fetchall()
        check_kind(kind)
        sql = (
            "SELECT g.name, count(*) FROM genres g JOIN item_genres ig ON ig.genre_id = g.id "
            "JOIN items i ON i.id = ig.item_id WHERE i.kind = ? "
            "GROUP BY g.id ORDER BY count(*) DESC, g.name"
        )
        return self._conn.execute(sql, (kind,)).fetchall()


def _item(row: Sequence[Any], genres: tuple[str, ...] = (), tags: tuple[str, ...] = ()) -> Item:
    return Item(
        id=row[0],
        kind=row[1],
        title=row[2],
        sort_title=row[3],
        artist=row[4],
        album=row[5],
        album_artist=row[6],
        track_number=row[7],
        year=row[8],
        duration=row[9],
        description=row[10],
        language=row[11],
        path=row[12],
        file_size=row[13],
        file_mtime=row[14],
        missing=bool(row[15]),
        synthetic=bool(row[16]),
        added_at=row[17],
        updated_at=row[18],
        genres=genres,
        tags=tags,
        certification=row[19],
        min_age=row[20],
        explicit=bool(row[21]),
    )
