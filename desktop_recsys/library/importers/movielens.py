"""MovieLens data sets: films with year and genres, tags, ids, one profile per user, ratings.

Three public layouts, told apart by the files present:

- ``csv`` (ml-latest-small, ml-latest, ml-25m, ml-32m): ``movies.csv``, ``ratings.csv``,
  ``tags.csv``, ``links.csv`` with headers; UTF-8.
- ``dat`` (ml-1m, ml-10m): ``movies.dat``, ``ratings.dat`` (and ``tags.dat`` in ml-10m), fields
  separated by ``::``, Latin-1 in ml-1m.
- ``100k``: ``u.item`` (``|``-separated, Latin-1, 19 genre flags), ``u.data`` (tab-separated),
  ``u.genre`` (genre names; a built-in list is used when it is absent).

Every MovieLens user becomes a profile named ``ml:<userId>`` (created only for users with
ratings). Films keep their MovieLens id (``movielens``) and, from ``links.csv``, IMDb
(``imdb``, as ``tt0114709``) and TMDb (``tmdb``) ids, and are matched to films already in the
library by those ids, then by normalised title and year. Tags become item tags whose count is the
number of times the data set applied them, so importing twice changes nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from desktop_recsys.errors import UserError
from desktop_recsys.library.db import Library
from desktop_recsys.library.importers._base import (
    DatasetProfiles,
    ImportRun,
    count_merged,
    parse_float,
    parse_int,
    parse_me,
    write_catalogue,
)
from desktop_recsys.library.importers.cleaning import plausible_time, time_problem
from desktop_recsys.library.importers.matching import parse_catalogue_title
from desktop_recsys.library.importers.report import ImportReport
from desktop_recsys.library.importers.textfiles import TextSource
from desktop_recsys.library.models import NewItem
from desktop_recsys.progress import CancelToken, Message, ProgressFn, no_progress

PROFILE_PREFIX = "ml:"
ID_SOURCES = ("movielens", "imdb", "tmdb")
# ml-100k's genre flag order, used when u.genre is missing.
GENRES_100K = (
    "unknown", "Action", "Adventure", "Animation", "Children's", "Comedy", "Crime",
    "Documentary", "Drama", "Fantasy", "Film-Noir", "Horror", "Musical", "Mystery", "Romance",
    "Sci-Fi", "Thriller", "War", "Western",
)  # fmt: skip
NO_GENRE = {"(no genres listed)", "unknown", ""}
# Rows of ratings written per batch: bounded memory for the 25-million-row data sets.
RATING_BATCH = 50_000


@dataclass
class Movie:
    title: str
    year: int | None
    genres: tuple[str, ...]
    also_known_as: tuple[str, ...] = ()
    ids: dict[str, str] = field(default_factory=dict)


@dataclass
class Layout:
    name: str
    movies: Path
    ratings: Path | None
    tags: Path | None = None
    links: Path | None = None
    genres: Path | None = None

    def files(self) -> list[Path]:
        return [p for p in (self.movies, self.links, self.tags, self.ratings) if p is not None]


def detect_layout(folder: Path) -> Layout:
    """Which MovieLens layout ``folder`` holds; a UserError naming the expected files if none."""
    if not folder.is_dir():
        raise UserError(
            Message(
                "{path} is not a folder; give the folder of a MovieLens data set", path=str(folder)
            )
        )

    def has(name: str) -> Path | None:
        path = folder / name
        return path if path.is_file() else None

    if has("movies.csv"):
        return Layout("csv", folder / "movies.csv", has("ratings.csv"), has("tags.csv"),
                      has("links.csv"))  # fmt: skip
    if has("movies.dat"):
        return Layout("dat", folder / "movies.dat", has("ratings.dat"), has("tags.dat"))
    if has("u.item"):
        return Layout("100k", folder / "u.item", has("u.data"), genres=has("u.genre"))
    raise UserError(
        Message(
            "no MovieLens files in {path}: expected movies.csv (ml-latest, ml-25m), "
            "movies.dat (ml-1m, ml-10m) or u.item (ml-100k)",
            path=str(folder),
        )
    )


def import_movielens(
    library: Library,
    folder: str | Path,
    *,
    strict: bool = False,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
    report: ImportReport | None = None,
    me: str | None = None,
    profile: str | None = None,
) -> ImportReport:
    """Import a MovieLens folder in one transaction; returns the report.

    The data set's users become community profiles (``ml:42``); ``me`` (a user id) with
    ``profile`` (a name) says that user is a person of the library: their ratings go to that
    profile instead.

    Bad rows are reported and skipped (``strict=True`` raises
    :class:`~desktop_recsys.library.importers.report.ImportAborted` instead); a cancel raises
    :class:`~desktop_recsys.errors.Cancelled`. Either way nothing is kept.
    """
    folder = Path(folder)
    mine = parse_me(me, profile)
    report = report or ImportReport("movielens", str(folder), strict=strict)
    layout = detect_layout(folder)
    report.notes.append(Message("layout: {name}", name=layout.name))
    run = ImportRun(library, report, progress, cancel, layout.files())
    with run.transaction():
        movies = _read_movies(run, layout)
        if layout.links is not None:
            _read_links(run, layout.links, movies)
        tags = _read_tags(run, layout, movies) if layout.tags is not None else {}
        item_of = write_catalogue(run, "films", "film", ID_SOURCES, _film_items(movies, tags), tags)
        if layout.ratings is not None:
            _import_ratings(run, layout, item_of, mine)
        elif mine is not None:
            raise UserError(
                Message("{folder} has no ratings file, so no user in it can be you", folder=folder)
            )
    return run.finish()


# -- reading ----------------------------------------------------------------------------------
def _fields(source: TextSource, layout: str, what: str) -> Iterator[tuple[int, list[str]]]:
    """Numbered rows of a MovieLens file in its layout's syntax (header skipped for CSV)."""
    if layout == "csv":
        rows = source.csv_rows()
        first = next(rows, None)
        if first is None:
            return
        yield from rows
    elif layout == "dat":
        for number, line in source.lines():
            if line.strip():
                yield number, line.split("::")
    else:
        separator = "|" if what in ("movies", "genres") else "\t"
        for number, line in source.lines():
            if line.strip():
                yield number, line.split(separator)


def _csv_columns(path: Path, source: TextSource, wanted: tuple[str, ...]) -> None:
    """Check a CSV header names the columns we rely on (in MovieLens order)."""
    with path.open("r", encoding=source.encoding, newline="") as handle:
        header = [h.strip().lstrip("\ufeff").lower() for h in handle.readline().split(",")]
    if header[: len(wanted)] != [w.lower() for w in wanted]:
        raise UserError(
            Message(
                "{path} does not start with the MovieLens header {header} (found {found})",
                path=path,
                header=",".join(wanted),
                found=",".join(header)[:80],
            )
        )


def _genre_names_100k(run: ImportRun, path: Path | None) -> tuple[str, ...]:
    if path is None:
        return GENRES_100K
    names: dict[int, str] = {}
    with run.open(path) as source:
        for _number, line in source.lines():
            name, _, index = line.rpartition("|")
            if name and index.strip().isdigit():
                names[int(index)] = name
    return tuple(names.get(i, "") for i in range(max(names) + 1)) if names else GENRES_100K


def _read_movies(run: ImportRun, layout: Layout) -> dict[str, Movie]:
    report = run.report
    path = layout.movies
    genre_names = _genre_names_100k(run, layout.genres) if layout.name == "100k" else ()
    movies: dict[str, Movie] = {}
    with run.open(path) as source:
        if layout.name == "csv":
            _csv_columns(path, source, ("movieId", "title", "genres"))
        for number, row in run.rows(source, _fields(source, layout.name, "movies"), "films"):
            if layout.name == "100k":
                if len(row) < 5:
                    report.problem(
                        path,
                        number,
                        Message(
                            "{fields} fields, expected at least {expected}",
                            fields=len(row),
                            expected=5,
                        ),
                    )
                    continue
                flags = row[5:]
                genres = tuple(
                    genre_names[i]
                    for i, flag in enumerate(flags)
                    if flag.strip() == "1" and i < len(genre_names)
                )
                movie_id, raw_title = row[0], row[1]
                release = row[2].strip()
            else:
                if len(row) != 3:
                    report.problem(
                        path,
                        number,
                        Message(
                            "{fields} fields, expected {expected}", fields=len(row), expected=3
                        ),
                    )
                    continue
                movie_id, raw_title, genres = row[0], row[1], tuple(row[2].split("|"))
                release = ""
            if parse_int(movie_id) is None:
                report.problem(
                    path, number, Message("movie id {value!r} is not a number", value=movie_id)
                )
                continue
            movie_id = str(int(movie_id))
            if not raw_title.strip():
                report.problem(path, number, Message("empty title"))
                continue
            if movie_id in movies:
                report.problem(
                    path,
                    number,
                    Message("movie {movie} is listed twice; first kept", movie=movie_id),
                )
                continue
            parsed = parse_catalogue_title(raw_title)
            year = parsed.year
            if year is None and release[-4:].isdigit():
                year = int(release[-4:])
            movies[movie_id] = Movie(
                parsed.title,
                year,
                tuple(g.strip() for g in genres if g.strip() not in NO_GENRE),
                parsed.also_known_as,
                {"movielens": movie_id},
            )
    return movies


def _read_links(run: ImportRun, path: Path, movies: dict[str, Movie]) -> None:
    report = run.report
    with run.open(path) as source:
        _csv_columns(path, source, ("movieId", "imdbId", "tmdbId"))
        for number, row in run.rows(source, _fields(source, "csv", "links"), "links"):
            if len(row) != 3:
                report.problem(
                    path,
                    number,
                    Message("{fields} fields, expected {expected}", fields=len(row), expected=3),
                )
                continue
            movie_id, imdb, tmdb = (v.strip() for v in row)
            movie = (
                movies.get(str(parse_int(movie_id))) if parse_int(movie_id) is not None else None
            )
            if movie is None:
                report.problem(
                    path,
                    number,
                    Message("movie {movie!r} is not in the films file", movie=movie_id),
                )
                continue
            if imdb:
                if not imdb.isdigit():
                    report.problem(
                        path, number, Message("IMDb id {value!r} is not a number", value=imdb)
                    )
                    continue
                movie.ids["imdb"] = f"tt{int(imdb):07d}"
            if tmdb:
                if not tmdb.isdigit():
                    report.problem(
                        path, number, Message("TMDb id {value!r} is not a number", value=tmdb)
                    )
                    continue
                movie.ids["tmdb"] = str(int(tmdb))


def _read_tags(run: ImportRun, layout: Layout, movies: dict[str, Movie]) -> dict[str, Counter]:
    report = run.report
    path = layout.tags
    assert path is not None
    tags: dict[str, Counter[str]] = {}
    spelling: dict[str, str] = {}
    with run.open(path) as source:
        if layout.name == "csv":
            _csv_columns(path, source, ("userId", "movieId", "tag"))
        for number, row in run.rows(source, _fields(source, layout.name, "tags"), "tags"):
            if len(row) != 4:
                report.problem(
                    path,
                    number,
                    Message("{fields} fields, expected {expected}", fields=len(row), expected=4),
                )
                continue
            movie_id = parse_int(row[1])
            if movie_id is None or str(movie_id) not in movies:
                report.problem(
                    path, number, Message("movie {movie!r} is not in the films file", movie=row[1])
                )
                continue
            tag = " ".join(row[2].split())
            if not tag:
                report.problem(path, number, Message("empty tag"))
                continue
            # Tags are unique regardless of case in the library: count "Funny" and "funny"
            # as one tag, spelled as first seen.
            key = tag.casefold()
            spelling.setdefault(key, tag)
            tags.setdefault(str(movie_id), Counter())[spelling[key]] += 1
    return tags


# -- writing ----------------------------------------------------------------------------------
def _film_items(movies: dict[str, Movie], tags: dict[str, Counter]) -> dict[str, NewItem]:
    """MovieLens id -> the film as an item, with its genres, tags and ids."""
    return {
        movie_id: NewItem(
            "film",
            movie.title,
            year=movie.year,
            genres=movie.genres,
            tags=tuple(tags.get(movie_id, ())),
            description=(
                "Also known as: " + "; ".join(movie.also_known_as) if movie.also_known_as else None
            ),
            external_ids=dict(movie.ids),
        )
        for movie_id, movie in movies.items()
    }


def _import_ratings(
    run: ImportRun, layout: Layout, item_of: dict[str, int], me: tuple[str, str] | None
) -> None:
    library, report = run.library, run.report
    path = layout.ratings
    assert path is not None
    profiles = DatasetProfiles(run, PROFILE_PREFIX, me)
    seen = added = changed = 0
    batch: list[tuple[str, int, float, float]] = []

    def flush() -> None:
        nonlocal seen, added, changed
        profiles.ensure(u for u, _, _, _ in batch)
        new, updated = library.ratings.merge_many(
            (profiles.ids[u], i, r, t) for u, i, r, t in batch
        )
        seen, added, changed = seen + len(batch), added + new, changed + updated
        batch.clear()

    with run.open(path) as source:
        if layout.name == "csv":
            _csv_columns(path, source, ("userId", "movieId", "rating", "timestamp"))
        for number, row in run.rows(source, _fields(source, layout.name, "ratings"), "ratings"):
            if len(row) != 4:
                report.problem(
                    path,
                    number,
                    Message("{fields} fields, expected {expected}", fields=len(row), expected=4),
                )
                continue
            user, movie, value, stamp = row
            if parse_int(user) is None:
                report.problem(path, number, Message("user id {user!r} is not a number", user=user))
                continue
            item_id = item_of.get(movie.strip())
            if item_id is None:
                item_id = item_of.get(str(parse_int(movie)))
                if item_id is None:
                    report.problem(
                        path,
                        number,
                        Message("movie {movie!r} is not in the films file", movie=movie),
                    )
                    continue
            rating = parse_float(value)
            if rating is None or not 0.5 <= rating <= 5.0:
                report.problem(
                    path, number, Message("rating {value!r} is not 0.5-5 stars", value=value)
                )
                continue
            when = parse_float(stamp)
            if when is None:
                report.problem(
                    path, number, Message("timestamp {stamp!r} is not Unix seconds", stamp=stamp)
                )
                continue
            if not plausible_time(when):
                report.problem(path, number, time_problem(when))
                continue
            batch.append((str(int(user)), item_id, rating, when))
            if len(batch) >= RATING_BATCH:
                flush()
        if batch:
            flush()
    profiles.check_me()
    profiles.count()
    count_merged(report, "ratings", seen, added, changed)
