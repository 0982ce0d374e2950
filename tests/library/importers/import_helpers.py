"""Helpers for the importer tests: small data-set folders written by the tests, snapshots.

A plain module (not a conftest) so tests import it by a name no other folder uses.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

# Tables whose whole content must not change when an import is repeated, cancelled or aborted.
TABLES = (
    "items", "external_ids", "genres", "item_genres", "tags", "item_tags", "people", "credits",
    "profiles", "ratings", "plays", "friendships", "marks", "playlists", "playlist_items",
)  # fmt: skip


def library_snapshot(path: Path) -> dict[str, list[tuple]]:
    """Every row of every user-data table, sorted, read through a separate connection."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        snap = {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in TABLES}
        snap["items_fts"] = sorted(
            conn.execute("SELECT rowid, * FROM items_fts").fetchall(), key=repr
        )
        return snap
    finally:
        conn.close()


def write(path: Path, text: str, encoding: str = "utf-8", newline: str = "\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.replace("\n", newline).encode(encoding))
    return path


def make_ml_csv_small(tmp_path: Path) -> Path:
    """A tiny ml-latest style folder (CRLF, quoted commas) with known answers."""
    folder = tmp_path / "ml-tiny"
    write(
        folder / "movies.csv",
        "movieId,title,genres\n"
        "1,Toy Story (1995),Adventure|Animation|Children|Comedy|Fantasy\n"
        '11,"American President, The (1995)",Comedy|Drama|Romance\n'
        '29,"City of Lost Children, The (Cité des enfants perdus, La) (1995)",Adventure|Drama\n'
        "40,Untitled Project,(no genres listed)\n",
        newline="\r\n",
    )
    write(
        folder / "links.csv",
        "movieId,imdbId,tmdbId\n1,0114709,862\n11,0112346,9087\n29,0112682,\n40,,\n",
        newline="\r\n",
    )
    write(
        folder / "ratings.csv",
        "userId,movieId,rating,timestamp\n"
        "1,1,4.0,964982703\n1,11,3.5,964982224\n2,1,5.0,964983000\n2,29,0.5,964983100\n",
        newline="\r\n",
    )
    write(
        folder / "tags.csv",
        "userId,movieId,tag,timestamp\n"
        "1,1,pixar,1445714994\n2,1,Pixar,1445714995\n2,29,dreamlike,1445714996\n",
        newline="\r\n",
    )
    return folder


def make_hetrec_small(tmp_path: Path) -> Path:
    """A tiny HetRec Last.fm folder: Latin-1 tag names, a tag on an unknown artist."""
    folder = tmp_path / "lastfm-tiny"
    write(folder / "artists.dat", "id\tname\turl\tpictureURL\n1\tBjörk\tu\tp\n2\tMúm\tu\tp\n")
    write(
        folder / "user_artists.dat",
        "userID\tartistID\tweight\n2\t1\t500\n2\t2\t20\n3\t1\t7\n",
        newline="\r\n",
    )
    write(folder / "user_friends.dat", "userID\tfriendID\n2\t3\n3\t2\n", newline="\r\n")
    write(folder / "tags.dat", "tagID\ttagValue\n1\tislandic\n2\tdéjà vu\n", "latin-1", "\r\n")
    write(
        folder / "user_taggedartists.dat",
        "userID\tartistID\ttagID\tday\tmonth\tyear\n"
        "2\t1\t1\t1\t4\t2009\n3\t1\t1\t1\t4\t2009\n2\t2\t2\t1\t4\t2009\n2\t99\t1\t1\t4\t2009\n",
        newline="\r\n",
    )
    return folder
