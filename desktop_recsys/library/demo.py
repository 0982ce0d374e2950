"""The demo library: a deterministic, clearly synthetic library for first starts and tests.

Built from a seed: 80 artists in 12 music genres with about 2,000 tracks, 800 films in 15
genres, 25 profiles whose ratings and plays follow hidden tastes, two years of timestamps, a
friendship graph in which friends share tastes, and titles in several scripts (Chinese,
Japanese, Korean, Cyrillic, Greek, Arabic). Every item and profile is flagged ``synthetic`` and
the library carries the meta key ``synthetic_demo = 1`` so the GUI and ``stats`` can say so.

How the hidden tastes work: each profile belongs to one of five taste communities; a community
is a preference over genres, a profile adds its own noise. An item's appeal to a profile is the
profile's preference for the item's genres plus a small shared latent term and the item's
quality; profiles rate and play items drawn in proportion to that appeal, and their stars grow
with it. :func:`build_demo` returns a :class:`DemoTruth` with these hidden values so tests can
check that recommenders recover them.
"""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass

import numpy as np

from desktop_recsys.library.db import Library
from desktop_recsys.library.demo_limits import certify_demo
from desktop_recsys.library.models import Credit, NewItem
from desktop_recsys.progress import CancelToken, Message, ProgressFn, no_progress

MUSIC_GENRES = (
    "Rock", "Pop", "Jazz", "Classical", "Electronic", "Hip-Hop",
    "Folk", "Metal", "Blues", "Reggae", "Country", "Soul",
)  # fmt: skip
FILM_GENRES = (
    "Drama", "Comedy", "Action", "Thriller", "Romance", "Science Fiction", "Horror",
    "Documentary", "Animation", "Fantasy", "Crime", "Adventure", "Mystery", "War", "Western",
)  # fmt: skip
N_ARTISTS = 80
N_TRACKS = 2000
N_FILMS = 800
N_PROFILES = 25
N_COMMUNITIES = 5
# Fixed window so the same seed gives the same library on any day.
END_TIME = _dt.datetime(2026, 1, 1, tzinfo=_dt.UTC).timestamp()
START_TIME = END_TIME - 2 * 365 * 86400

_WORDS = (
    "Night Light River Stone Summer Winter Echo Golden Silver Blue Red Wild Quiet Broken "
    "Electric Paper Glass Velvet Ocean Desert Mountain City Midnight Morning Shadow Fire "
    "Dream Heart Rain Wind Star Moon Sun Road Home Ghost Garden Mirror Crown Harbour Lantern "
    "Thunder Silence Dance Letter Promise Secret Orbit Signal Winterlight Horizon Ember "
    "Amber Autumn Bridge Candle Canyon Cathedral Cinder Comet Coral Cricket Crystal Dawn "
    "Dust Eclipse Feather Fever Forest Frost Gravity Harvest Hollow Island Ivory Jasmine "
    "Kingdom Lagoon Lullaby Marble Meadow Meteor Mist Neon Nomad Paradise Pilgrim Prairie "
    "Radio Raven Riddle Saffron Sailor Satellite Scarlet Sparrow Spiral Storm Tide Timber "
    "Twilight Valley Violet Voyage Whisper Willow Wonder Zephyr"
).split()
_FIRST = (
    "Ada Bo Carla Dmitri Elena Farid Greta Hiro Ines Jonas Kemi Luca Mei Nadia Omar Priya "
    "Quinn Rosa Sven Tomas Uma Viktor Wen Ximena Yusuf Zoe"
).split()
_LAST = (
    "Alder Brook Castell Duarte Ekberg Fontaine Gallo Holm Ivers Jansen Kovac Lind Moreau "
    "Novak Olsen Petrov Quist Rivera Sato Tanaka Ueda Varga Weiss Young Zeller"
).split()
# Titles and names in scripts without spaces or outside Latin, so search and content features
# are exercised on them.
_INTL_TITLES = (
    ("zh", "夜空中最亮的星"), ("zh", "青春的河流"), ("zh", "山海之间"), ("zh", "月光下的城市"),
    ("zh", "红色的风"), ("zh", "北方的雪"), ("ja", "さくらの歌"), ("ja", "東京の夜"),
    ("ja", "静かな海"), ("ko", "서울의 밤"), ("ko", "푸른 바다"), ("ru", "Белые ночи"),
    ("ru", "Зимняя дорога"), ("el", "Θάλασσα του φωτός"), ("ar", "ليالي القمر"),
    ("zh", "星星与河"), ("ja", "風の物語"), ("ko", "별빛 노래"),
)  # fmt: skip
_INTL_ARTISTS = (
    ("zh", "青山乐队"), ("zh", "林小雨"), ("ja", "山田ハルカ"), ("ko", "김하늘"),
    ("ru", "Ансамбль Север"), ("el", "Νίκος Άστρο"),
)  # fmt: skip
_TAGS_MUSIC = (
    "upbeat", "melancholic", "chill", "live", "acoustic", "instrumental", "party", "dreamy",
    "energetic", "lo-fi", "classic", "experimental",
)  # fmt: skip
_TAGS_FILM = (
    "cult", "classic", "twist ending", "slow burn", "feel-good", "based on a true story",
    "visually stunning", "quotable", "dark", "family", "award winner", "underrated",
)  # fmt: skip


@dataclass(frozen=True)
class DemoTruth:
    """The hidden values behind the demo library, for tests and the curious.

    ``music_taste`` and ``film_taste`` are (profile x genre) preference matrices in genre order
    (``MUSIC_GENRES``, ``FILM_GENRES``); ``community`` is each profile's taste community;
    ``profile_ids`` are the library ids of the profiles in that order.
    """

    profile_ids: tuple[int, ...]
    profile_names: tuple[str, ...]
    community: np.ndarray
    music_taste: np.ndarray
    film_taste: np.ndarray


_PATTERNS = ("{a}", "{a} {b}", "{a} {b}", "{a} of the {b}", "{a} {b} {c}", "The {a} {b}",
             "{a} and {b}", "{a} {b} (Live)", "{a} in {b}")  # fmt: skip


def _title(rng: np.random.Generator, words: int) -> str:
    a, b, c = rng.choice(_WORDS, size=3, replace=False)
    if words == 1:
        return str(a)
    if words == 2:
        return f"{a} {b}"
    pattern = _PATTERNS[int(rng.integers(len(_PATTERNS)))]
    return pattern.format(a=a, b=b, c=c)


def _person(rng: np.random.Generator) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _taste(rng: np.random.Generator, n_genres: int) -> tuple[np.ndarray, np.ndarray]:
    """Community preferences and per-profile preferences over genres (rows sum to 1)."""
    communities = rng.dirichlet(np.full(n_genres, 0.35), size=N_COMMUNITIES)
    member = np.arange(N_PROFILES) % N_COMMUNITIES
    rng.shuffle(member)
    own = rng.dirichlet(np.full(n_genres, 0.5), size=N_PROFILES)
    taste = 0.75 * communities[member] + 0.25 * own
    return member, taste / taste.sum(axis=1, keepdims=True)


def _appeal(
    rng: np.random.Generator, taste: np.ndarray, item_genres: list[list[int]], quality: np.ndarray
) -> np.ndarray:
    """(profile x item) appeal: genre preference + a shared latent term + item quality."""
    n_items = len(item_genres)
    membership = np.zeros((n_items, taste.shape[1]))
    for index, genres in enumerate(item_genres):
        membership[index, genres] = 1.0 / len(genres)
    genre_part = taste @ membership.T * taste.shape[1]  # ~1 for an average match
    latent_u = rng.normal(0, 1, size=(taste.shape[0], 4))
    latent_i = rng.normal(0, 1, size=(n_items, 4))
    return 2.0 * genre_part + 0.25 * (latent_u @ latent_i.T) + quality[None, :]


def _stars(appeal: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Map appeal to 0.5-5 stars in half steps, relative to each profile's own scale, with
    noise."""
    z = (appeal - appeal.mean(axis=1, keepdims=True)) / (appeal.std(axis=1, keepdims=True) + 1e-9)
    stars = 2.9 + 0.75 * z + rng.normal(0, 0.5, size=appeal.shape)
    return np.clip(np.round(stars * 2) / 2, 0.5, 5.0)


def _pick(
    rng: np.random.Generator,
    appeal_row: np.ndarray,
    count: int,
    sharpness: float,
    explore: float = 0.3,
) -> np.ndarray:
    """Items a profile meets: mostly what appeals to it, some by chance (``explore``)."""
    weights = np.exp(sharpness * (appeal_row - appeal_row.max()))
    weights = (1 - explore) * weights / weights.sum() + explore / len(appeal_row)
    return rng.choice(len(appeal_row), size=min(count, len(appeal_row)), replace=False, p=weights)


def build_demo(
    library: Library,
    *,
    seed: int = 7,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> DemoTruth:
    """Fill ``library`` (which should be empty) with the demo data in one transaction.

    Cancelling leaves the library as it was. Returns the hidden tastes.
    """
    rng = np.random.default_rng(seed)
    cancel = cancel or CancelToken()
    progress(0.0, Message("Inventing artists and tracks"))

    # -- music ---------------------------------------------------------------------------
    artist_genres: list[list[int]] = []
    artist_names: list[str] = []
    artist_lang: list[str | None] = []
    used_names: set[str] = set()
    for index in range(N_ARTISTS):
        if index < len(_INTL_ARTISTS):
            lang, name = _INTL_ARTISTS[index]
        else:
            lang = "en"
            while True:
                style = rng.integers(3)
                if style == 0:
                    name = f"The {_title(rng, 1)} {rng.choice(['Band', 'Collective', 'Trio', 'Orchestra', 'Club'])}"
                elif style == 1:
                    name = _person(rng)
                else:
                    name = _title(rng, 2)
                if name not in used_names:
                    break
        used_names.add(name)
        artist_names.append(name)
        artist_lang.append(lang)
        primary = int(rng.integers(len(MUSIC_GENRES)))
        genres = [primary]
        if rng.random() < 0.35:
            genres.append(int((primary + rng.integers(1, len(MUSIC_GENRES))) % len(MUSIC_GENRES)))
        artist_genres.append(genres)

    track_artist = np.sort(rng.integers(N_ARTISTS, size=N_TRACKS))
    track_genres = [artist_genres[a] for a in track_artist]
    track_quality = rng.normal(0, 0.5, size=N_TRACKS)
    intl_track_titles = iter(_INTL_TITLES)

    items: list[NewItem] = []
    for artist in range(N_ARTISTS):
        items.append(
            NewItem(
                kind="artist",
                title=artist_names[artist],
                language=artist_lang[artist],
                synthetic=True,
                genres=tuple(MUSIC_GENRES[g] for g in artist_genres[artist]),
                description=f"A synthetic {MUSIC_GENRES[artist_genres[artist][0]].lower()} act "
                "from the demo library.",
            )
        )
    album_of_artist: dict[int, list[str]] = {}
    track_number: dict[tuple[int, str], int] = {}
    for index in range(N_TRACKS):
        artist = int(track_artist[index])
        albums = album_of_artist.setdefault(
            artist, [_title(rng, int(rng.integers(1, 3))) for _ in range(int(rng.integers(1, 4)))]
        )
        album = albums[int(rng.integers(len(albums)))]
        number = track_number.get((artist, album), 0) + 1
        track_number[(artist, album)] = number
        language = artist_lang[artist]
        if artist_lang[artist] != "en" or rng.random() < 0.006:
            pair = next(intl_track_titles, None)
            if pair is not None:
                language, title = pair
            else:
                title = _title(rng, int(rng.choice([1, 2, 3], p=[0.1, 0.35, 0.55])))
        else:
            title = _title(rng, int(rng.choice([1, 2, 3], p=[0.1, 0.35, 0.55])))
        tags = tuple(rng.choice(_TAGS_MUSIC, size=int(rng.integers(0, 3)), replace=False))
        items.append(
            NewItem(
                kind="track",
                title=title,
                artist=artist_names[artist],
                album=album,
                album_artist=artist_names[artist],
                track_number=number,
                year=int(2026 - rng.gamma(2.0, 8.0)),
                duration=round(float(np.clip(rng.normal(225, 55), 60, 900)), 1),
                language=language,
                synthetic=True,
                genres=tuple(MUSIC_GENRES[g] for g in track_genres[index]),
                tags=tags,
                credits=(Credit(artist_names[artist], "performer"),),
            )
        )

    # -- films ---------------------------------------------------------------------------
    progress(0.15, Message("Inventing films"))
    film_genres: list[list[int]] = []
    directors = [_person(rng) for _ in range(160)]
    actors = [_person(rng) for _ in range(400)]
    intl_film_titles = iter(_INTL_TITLES[::-1])
    film_quality = rng.normal(0, 0.5, size=N_FILMS)
    for _ in range(N_FILMS):
        count = 1 + int(rng.random() < 0.5) + int(rng.random() < 0.2)
        genres = sorted({int(g) for g in rng.choice(len(FILM_GENRES), size=count, replace=False)})
        film_genres.append(genres)
        language = "en"
        if rng.random() < 0.03:
            pair = next(intl_film_titles, None)
            title = pair[1] if pair else _title(rng, 2)
            language = pair[0] if pair else "en"
        else:
            title = (
                f"The {_title(rng, 1)}"
                if rng.random() < 0.3
                else _title(rng, int(rng.choice([1, 2, 3], p=[0.1, 0.35, 0.55])))
            )
        director = directors[int(rng.integers(len(directors)))]
        cast = rng.choice(len(actors), size=3, replace=False)
        genre_names = tuple(FILM_GENRES[g] for g in genres)
        items.append(
            NewItem(
                kind="film",
                title=title,
                artist=director,
                year=int(rng.integers(1950, 2026)),
                duration=float(int(np.clip(rng.normal(110, 20), 70, 210)) * 60),
                description=f"A synthetic {' / '.join(g.lower() for g in genre_names)} film "
                f"directed by {director}, made up for the demo library.",
                language=language,
                synthetic=True,
                genres=genre_names,
                tags=tuple(rng.choice(_TAGS_FILM, size=int(rng.integers(0, 3)), replace=False)),
                credits=(Credit(director, "director"),)
                + tuple(Credit(actors[a], "actor") for a in cast),
            )
        )

    # -- profiles and tastes -------------------------------------------------------------
    community, music_taste = _taste(rng, len(MUSIC_GENRES))
    # Film tastes follow the same communities, so one person's friends share both.
    film_communities = rng.dirichlet(np.full(len(FILM_GENRES), 0.35), size=N_COMMUNITIES)
    film_own = rng.dirichlet(np.full(len(FILM_GENRES), 0.5), size=N_PROFILES)
    film_taste = 0.75 * film_communities[community] + 0.25 * film_own
    film_taste /= film_taste.sum(axis=1, keepdims=True)
    names = [str(n) for n in rng.choice(_FIRST, size=N_PROFILES, replace=False)]

    track_appeal = _appeal(rng, music_taste, track_genres, track_quality)
    film_appeal = _appeal(rng, film_taste, film_genres, film_quality)
    track_stars = _stars(track_appeal, rng)
    film_stars = _stars(film_appeal, rng)
    cancel.raise_if_cancelled()

    progress(0.3, Message("Writing the demo library"))
    with library.transaction():
        item_ids = library.items.add_many(items)
        cancel.raise_if_cancelled()
        progress(0.6, Message("Writing profiles, ratings and plays"))
        track_ids = item_ids[N_ARTISTS : N_ARTISTS + N_TRACKS]
        film_ids = item_ids[N_ARTISTS + N_TRACKS :]
        profile_ids = [library.profiles.add(name, synthetic=True).id for name in names]

        ratings: list[tuple[int, int, float, float]] = []
        plays: list[tuple[int, int, float | None, float, bool, int]] = []
        span = END_TIME - START_TIME
        for p, profile_id in enumerate(profile_ids):
            for chosen, stars, ids in (
                (
                    _pick(rng, film_appeal[p], int(rng.integers(40, 160)), 2.0),
                    film_stars,
                    film_ids,
                ),
                (
                    _pick(rng, track_appeal[p], int(rng.integers(30, 90)), 2.0),
                    track_stars,
                    track_ids,
                ),
            ):
                times = START_TIME + np.sort(rng.random(len(chosen))) * span
                for index, at in zip(chosen, times, strict=True):
                    ratings.append((profile_id, ids[int(index)], float(stars[p, index]), float(at)))
            listened = _pick(rng, track_appeal[p], int(rng.integers(150, 450)), 1.5, explore=0.15)
            n_plays = int(rng.integers(400, 900))
            weights = np.exp(1.2 * track_appeal[p, listened])
            weights /= weights.sum()
            which = rng.choice(listened, size=n_plays, p=weights)
            times = START_TIME + np.sort(rng.random(n_plays)) * span
            heard = track_appeal[p, listened]
            z = (track_appeal[p, which] - heard.mean()) / (heard.std() + 1e-9)
            skip = rng.random(n_plays) < 1 / (1 + np.exp(1.5 * z + 0.5))
            completed = np.where(
                skip, rng.uniform(0.02, 0.3, n_plays), rng.uniform(0.85, 1.0, n_plays)
            )
            for index, at, done, skipped in zip(which, times, completed, skip, strict=True):
                plays.append(
                    (
                        profile_id,
                        track_ids[int(index)],
                        float(at),
                        round(float(done), 3),
                        bool(skipped),
                        1,
                    )
                )
            watched = _pick(rng, film_appeal[p], int(rng.integers(20, 80)), 2.0)
            times = START_TIME + np.sort(rng.random(len(watched))) * span
            for index, at in zip(watched, times, strict=True):
                plays.append(
                    (
                        profile_id,
                        film_ids[int(index)],
                        float(at),
                        round(float(rng.uniform(0.6, 1.0)), 3),
                        False,
                        1,
                    )
                )
            cancel.raise_if_cancelled()
        library.ratings.set_many(ratings)
        library.plays.add_many(plays)
        progress(0.85, Message("Introducing friends"))

        # Friends share tastes: mostly within a community, rarely across.
        pairs = []
        for a in range(N_PROFILES):
            for b in range(a + 1, N_PROFILES):
                same = community[a] == community[b]
                if rng.random() < (0.6 if same else 0.04):
                    pairs.append((profile_ids[a], profile_ids[b]))
        library.friends.add_many(pairs)

        library.playlists.create(
            "Demo favourites", profile_id=profile_ids[0], item_ids=[r[1] for r in ratings[:10]]
        )
        library.meta.set("synthetic_demo", "1")
        library.meta.set("demo_seed", str(seed))
        certify_demo(library, seed)  # certifications and explicit tracks, for limits
        cancel.raise_if_cancelled()
    progress(1.0, Message("Demo library ready"))
    return DemoTruth(
        profile_ids=tuple(profile_ids),
        profile_names=tuple(names),
        community=community,
        music_taste=music_taste,
        film_taste=film_taste,
    )


@dataclass(frozen=True)
class DemoRemoval:
    """What :func:`remove_demo` deleted (counts) and the model files the caller must delete."""

    items: int
    profiles: int
    ratings: int
    plays: int
    model_runs: int
    model_files: tuple[str, ...]

    def summary(self) -> str:
        return (
            f"{self.items:,} synthetic items, {self.profiles} synthetic profiles, "
            f"{self.ratings:,} ratings, {self.plays:,} plays and {self.model_runs} models "
            "trained on them"
        )


def holds_demo(library: Library) -> bool:
    """Whether the library holds any synthetic (demo) item or profile."""
    row = library.conn.execute(
        "SELECT EXISTS (SELECT 1 FROM items WHERE synthetic = 1) "
        "OR EXISTS (SELECT 1 FROM profiles WHERE synthetic = 1)"
    ).fetchone()
    return bool(row[0])


#: (names table, link table, link column): what the demo's items may have used.
_NAME_TABLES = (
    ("genres", "item_genres", "genre_id"),
    ("tags", "item_tags", "tag_id"),
    ("people", "credits", "person_id"),
)


def remove_demo(library: Library) -> DemoRemoval:
    """Delete every synthetic row in one transaction: the demo's items and profiles with
    everything that hangs on them (ratings, plays, marks, friendships, playlists and their
    entries, ids, credits), the genres, tags and people only the demo used, the model runs
    that learned from demo data (their files are returned for the caller to delete) and the
    ``synthetic_demo`` marks. Real rows stay as they are; a library without demo data is left
    unchanged."""
    with library.transaction() as conn:
        counts = conn.execute(
            "SELECT (SELECT count(*) FROM items WHERE synthetic = 1), "
            "(SELECT count(*) FROM profiles WHERE synthetic = 1), "
            "(SELECT count(*) FROM ratings WHERE item_id IN "
            " (SELECT id FROM items WHERE synthetic = 1) "
            " OR profile_id IN (SELECT id FROM profiles WHERE synthetic = 1)), "
            "(SELECT count(*) FROM plays WHERE item_id IN "
            " (SELECT id FROM items WHERE synthetic = 1) "
            " OR profile_id IN (SELECT id FROM profiles WHERE synthetic = 1)), "
            "(SELECT min(created_at) FROM profiles WHERE synthetic = 1)"
        ).fetchone()
        items, profiles, ratings, plays, since = counts
        # Every run trained while demo profiles existed learned from their history.
        runs = conn.execute(
            "SELECT id, file FROM model_runs WHERE (? IS NOT NULL AND created_at >= ?) "
            "OR profile_id IN (SELECT id FROM profiles WHERE synthetic = 1)",
            (since, since),
        ).fetchall()
        used = [
            [
                r[0]
                for r in conn.execute(
                    f"SELECT DISTINCT {column} FROM {link} "
                    "WHERE item_id IN (SELECT id FROM items WHERE synthetic = 1)"
                )
            ]
            for _, link, column in _NAME_TABLES
        ]
        conn.execute(
            "DELETE FROM model_runs WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps([r[0] for r in runs]),),
        )
        conn.execute("DELETE FROM profiles WHERE synthetic = 1")
        conn.execute("DELETE FROM items WHERE synthetic = 1")
        for (table, link, column), ids in zip(_NAME_TABLES, used, strict=True):
            conn.execute(
                f"DELETE FROM {table} WHERE id IN (SELECT value FROM json_each(?)) "
                f"AND id NOT IN (SELECT {column} FROM {link})",
                (json.dumps(ids),),
            )
        conn.execute("DELETE FROM meta WHERE key IN ('synthetic_demo', 'demo_seed')")
    library.items.forget_names()
    return DemoRemoval(
        items=items,
        profiles=profiles,
        ratings=ratings,
        plays=plays,
        model_runs=len(runs),
        model_files=tuple(r[1] for r in runs if r[1]),
    )
