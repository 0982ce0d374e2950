"""Audio-only MP4-family files that an older version filed as films become tracks on a rescan.

Older versions filed ``.mp4``, ``.m4b`` and ``.3g2`` files as films by their extension. Such a
library is made here with a real scan whose video check says "video" for every file (what the
old scanner assumed); a rescan by this version, with the files unchanged or changed, files the
audio-only ones as tracks, keeps their ratings, plays and a person's edits, and says so.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from media_corpus import MEDIA

from desktop_recsys.library import Library
from desktop_recsys.library.importers import folder as folder_module
from desktop_recsys.library.importers.folder import scan_folder
from desktop_recsys.services.library_service import bulk_edit_items

AUDIO_ONLY = ("Only Sound.mp4", "Audiobook.m4b", "Phone Song.3g2")


def _collection(root: Path) -> None:
    root.mkdir()
    m4a = (MEDIA / "music" / "Dmitri Duarte" / "Piers" / "Glass Harbour.m4a").read_bytes()
    for name in AUDIO_ONLY:
        (root / name).write_bytes(m4a)
    hdlr = m4a.index(b"soun")
    (root / "Real Film (2004).mp4").write_bytes(m4a[:hdlr] + b"vide" + m4a[hdlr + 4 :])


def _ids(lib: Library) -> dict[str, int]:
    return {Path(r.path).name: r.id for r in lib.items.page(None, limit=100) if r.path}


def _scan_as_an_older_version(
    lib: Library, root: Path, monkeypatch: pytest.MonkeyPatch
) -> dict[str, int]:
    with monkeypatch.context() as patch:
        patch.setattr(folder_module, "mp4_has_video", lambda _path: True)
        scan_folder(lib, root)
    ids = _ids(lib)
    assert {lib.items.get(i).kind for i in ids.values()} == {"film"}, "the old state"
    return ids


def test_a_rescan_files_audio_only_mp4_films_as_tracks_and_keeps_their_history(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "media"
    _collection(root)
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        ids = _scan_as_an_older_version(lib, root, monkeypatch)
        me = lib.profiles.add("Me").id
        lib.ratings.set(me, ids["Only Sound.mp4"], 4.5)
        lib.plays.add(me, ids["Only Sound.mp4"], 1_700_000_000.0, count=3)
        lib.ratings.set(me, ids["Audiobook.m4b"], 2.0)
    # A person set the album of one in the app; the other's file changes (a retag, a copy).
    bulk_edit_items(path, [ids["Audiobook.m4b"]], {"album": "My Books"})
    os.utime(root / "Phone Song.3g2", (1_700_000_000, 1_700_000_000))

    with Library.open(path) as lib:
        report = scan_folder(lib, root)
        assert _ids(lib) == ids, "the same items, not new ones"
        for name in AUDIO_ONLY:
            item = lib.items.get(ids[name])
            assert item.kind == "track", name
            assert item.artist == "Dmitri Duarte", name  # read from the tags now
        assert lib.items.get(ids["Only Sound.mp4"]).title == "Glass Harbour"
        assert lib.items.get(ids["Audiobook.m4b"]).album == "My Books"  # the person's edit
        assert lib.items.get(ids["Phone Song.3g2"]).album == "Piers"
        assert lib.items.get(ids["Real Film (2004).mp4"]).kind == "film"  # has video
        assert lib.ratings.get(me, ids["Only Sound.mp4"]) == 4.5
        assert lib.ratings.get(me, ids["Audiobook.m4b"]) == 2.0
        (play,) = lib.plays.for_profile(me)
        assert (play.item_id, play.count) == (ids["Only Sound.mp4"], 3)
        # The search index knows the new kind: a track search finds them, a film search not.
        assert ids["Only Sound.mp4"] in lib.items.search("Glass Harbour", kind="track")
        assert ids["Only Sound.mp4"] not in lib.items.search("Glass Harbour", kind="film")
        # The report says what happened, a line per file.
        assert report.get("files", "refiled") == 3
        assert report.get("files", "unchanged") == 1  # the real film
        refiled = [n for n in report.notes if "now a track instead of a film" in n]
        assert sorted(Path(n.split(": audio only")[0]).name for n in refiled) == sorted(AUDIO_ONLY)
        assert all("ratings, plays and your edits are kept" in n for n in refiled)

    with Library.open(path) as lib:  # a second rescan has nothing left to do
        again = scan_folder(lib, root)
        assert again.get("files", "refiled") == 0
        assert again.get("files", "unchanged") == 4
        assert not [n for n in again.notes if "now a track" in n]


def test_an_mp4_film_that_cannot_be_parsed_stays_a_film(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only a file proven to hold no video is refiled: a broken one keeps its kind."""
    root = tmp_path / "media"
    root.mkdir()
    shutil.copyfile(MEDIA / "music" / "Dmitri Duarte" / "Piers" / "Glass Harbour.m4a",
                    root / "Clip.mp4")  # fmt: skip
    (root / "Broken (1999).mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 200)
    with Library.open(tmp_path / "lib.sqlite") as lib:
        ids = _scan_as_an_older_version(lib, root, monkeypatch)
        report = scan_folder(lib, root)
        assert lib.items.get(ids["Broken (1999).mp4"]).kind == "film"
        assert lib.items.get(ids["Clip.mp4"]).kind == "track"
        assert report.get("files", "refiled") == 1
