"""What the personal-history importers share: one profile, matched items, ratings and plays.

A personal export (Last.fm, ListenBrainz, Letterboxd, IMDb) names items by title, year, artist
and sometimes an id. :class:`HistoryImport` resolves every row to an existing item (ids first,
then the normalised title and year, or artist and title) or to a new catalogue-only item, and
collects the row's rating or play; :meth:`HistoryImport.commit` writes everything for one
profile (created if missing) and says in the report how many rows matched the library.

Every personal importer runs inside :func:`history_transaction`, which builds the
:class:`HistoryImport` and commits it at the end of the import's one transaction.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager

from desktop_recsys.errors import UserError
from desktop_recsys.library.importers._base import ImportRun, count_merged, ensure_profile
from desktop_recsys.library.importers.cleaning import clean_item, clean_name
from desktop_recsys.library.importers.resolver import ItemResolver
from desktop_recsys.library.importers.textfiles import unneutralise_cell
from desktop_recsys.library.models import NewItem
from desktop_recsys.progress import Message


def check_profile_name(profile: str | None, kind: str) -> str:
    """The cleaned profile name, or a UserError saying ``--profile`` is needed."""
    name = clean_name(profile or "")
    if not name:
        raise UserError(
            Message(
                "import {kind} needs --profile NAME (the profile is created if missing)", kind=kind
            )
        )
    if len(name) > 100:
        raise UserError(Message("a profile name can have at most 100 characters"))
    return name


class HistoryImport:
    """Rows of one personal export on their way into one profile.

    :meth:`item` returns a reference for a row's item (see
    :class:`~desktop_recsys.library.importers.resolver.ItemResolver`); :meth:`rate`,
    :meth:`play` and :meth:`tag` record what the row says about it.
    """

    def __init__(self, run: ImportRun, profile: str, id_sources: Sequence[str]) -> None:
        self.run = run
        self.profile = profile
        self.resolver = ItemResolver(run.library, id_sources)
        # Later rows win for the same item: exports list oldest first, and a re-rating is newer.
        self._ratings: dict[int, tuple[float, float | None]] = {}
        self._primary: set[int] = set()
        self._plays: list[tuple[int, float | None, int]] = []
        self._tags: list[tuple[int, str]] = []
        self.rows = 0
        self.rows_matched = 0

    def item(self, item: NewItem, file: object = None, line: int | None = None) -> int:
        """The reference of ``item`` (cleaned of control characters, reported at ``file``,
        ``line``: the import's source when not given)."""
        where = str(file) if file is not None else self.run.report.source
        ref = self.resolver.resolve(clean_item(item, self.run.report, where, line))
        self.rows += 1
        if ref >= 0:
            self.rows_matched += 1
        return ref

    def rate(self, ref: int, stars: float, rated_at: float | None) -> None:
        self._ratings[ref] = (stars, rated_at)
        self._primary.add(ref)

    def rate_diary(self, ref: int, stars: float, rated_at: float | None) -> None:
        """A rating from a log of views: used only when no :meth:`rate` row rated the item,
        the newest such entry winning."""
        if ref in self._primary:
            return
        old = self._ratings.get(ref)
        if old is None or (rated_at or 0.0) >= (old[1] or 0.0):
            self._ratings[ref] = (stars, rated_at)

    def play(self, ref: int, played_at: float | None, count: int = 1) -> None:
        self._plays.append((ref, played_at, count))

    def tag(self, ref: int, name: str) -> None:
        name = clean_name(name)
        if name:
            self._tags.append((ref, name))

    def commit(self) -> None:
        """Write items, the profile, ratings, plays and tags; count each in the report."""
        library, report = self.run.library, self.run.report
        self.run.writing("adding items")
        self.resolver.commit(report)
        who, _ = ensure_profile(self.run, self.profile)
        id_of = self.resolver.id_of
        if self._ratings:
            added, changed = library.ratings.merge_many(
                (who, id_of(ref), stars, when) for ref, (stars, when) in self._ratings.items()
            )
            count_merged(report, "ratings", len(self._ratings), added, changed)
        if self._plays:
            wanted = {(id_of(ref), when): count for ref, when, count in self._plays}
            added, changed = library.plays.merge_many(
                (who, item, when, count) for (item, when), count in wanted.items()
            )
            count_merged(report, "plays", len(wanted), added, changed)
        if self._tags:
            # Counted once per item however many rows repeat it: a re-import changes nothing.
            library.items.merge_tag_counts((id_of(ref), name, 1) for ref, name in set(self._tags))
        report.count("rows", "matched", self.rows_matched)
        report.count("rows", "new items", self.rows - self.rows_matched)
        if self.rows:
            share = 100.0 * self.rows_matched / self.rows
            report.notes.append(
                Message(
                    "{matched:,} of {rows:,} rows ({share:.0f}%) matched items already in the "
                    "library; the others became catalogue-only items (profile {profile!r})",
                    matched=self.rows_matched,
                    rows=self.rows,
                    share=share,
                    profile=self.profile,
                )
            )


@contextmanager
def history_transaction(
    run: ImportRun, profile: str, id_sources: Sequence[str]
) -> Iterator[HistoryImport]:
    """The import's one transaction with the :class:`HistoryImport` its rows go through;
    committed (items, profile, ratings, plays, tags) when the block ends without an error."""
    with run.transaction():
        history = HistoryImport(run, profile, id_sources)
        yield history
        history.commit()


def find_columns(header: Sequence[str], wanted: dict[str, tuple[str, ...]]) -> dict[str, int]:
    """Map each field of ``wanted`` (field -> accepted column names, preferred first) to its
    column index in ``header``; names compare without case, spaces, ``_`` or a byte-order mark.
    Fields whose columns are absent are left out."""

    def clean(name: str) -> str:
        return "".join(ch for ch in name.lstrip("\ufeff").casefold() if ch.isalnum())

    where = {clean(h): i for i, h in reversed(list(enumerate(header)))}
    found: dict[str, int] = {}
    for field, names in wanted.items():
        for name in names:
            if clean(name) in where:
                found[field] = where[clean(name)]
                break
    return found


def clean_cells(row: Sequence[str], where: Mapping[str, int]) -> dict[str, str]:
    """The cells of ``row`` by field (``where``: field -> column), un-neutralised (see
    :func:`~desktop_recsys.library.importers.textfiles.unneutralise_cell`) with their white
    space folded."""
    return {f: " ".join(unneutralise_cell(row[i]).split()) for f, i in where.items()}
