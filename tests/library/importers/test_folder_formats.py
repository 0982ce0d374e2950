"""Folder scans on a corpus of every format mutagen reads, odd names and broken files.

The corpus is written at test time (media_corpus.py): WAV, AIFF, DSF and DFF with ID3 chunks
(cover pictures included), TrueAudio, OptimFROG, TAK, Musepack, WavPack and Monkey's Audio with
APEv2 tags, Ogg Opus / Speex / FLAC / Theora, MP4-family files with and without video, WMA,
AC-3, E-AC-3, AAC, MIDI, plus mislabelled, truncated, empty and unknown files.
"""

from __future__ import annotations

import importlib
import inspect
import json
import os
import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import mutagen
import pytest
from import_helpers import library_snapshot
from media_corpus import MEDIA, REFUSED, build_corpus, build_refused

from desktop_recsys.library import Library
from desktop_recsys.library.file_paths import display_path, os_path, stored_path
from desktop_recsys.library.importers import folder as folder_module
from desktop_recsys.library.importers.folder import scan_folder
from desktop_recsys.library.importers.folder_formats import (
    AUDIO_EXTENSIONS,
    MEDIA_EXTENSIONS,
    MUTAGEN_FORMATS,
)
from desktop_recsys.services.library_service import bulk_edit_items


def items_by_path(lib: Library, root: Path) -> dict[str, int]:
    prefix = str(root) + os.sep
    return {
        display_path(row.path)[len(prefix) :]: row.id
        for row in lib.items.page(None, limit=1000)
        if row.path
    }


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, dict]:
    root = tmp_path / "collection"
    expected = build_corpus(root)
    build_refused(root)
    return root, expected


def test_every_readable_file_becomes_an_item_and_every_other_has_a_reason(
    corpus: tuple[Path, dict], tmp_path: Path
) -> None:
    root, expected = corpus
    size = sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
    assert size < 1_000_000  # the corpus stays small
    with Library.open(tmp_path / "lib.sqlite") as lib:
        report = scan_folder(lib, root, profile="Me")
        me = lib.profiles.by_name("Me").id
        found = items_by_path(lib, root)
        assert set(found) == set(expected), "every readable file is an item"
        for name, want in expected.items():
            item = lib.items.get(found[name])
            got = {"title": item.title, "kind": item.kind}
            assert got == {"title": want.title, "kind": want.kind}, name
            for field, value in (
                ("artist", want.artist), ("album", want.album), ("year", want.year),
                ("track_number", want.track), ("genres", want.genres),
            ):  # fmt: skip
                if value is not None:
                    assert getattr(item, field) == value, (name, field)
            if want.rating is not None:
                assert lib.ratings.get(me, item.id) == want.rating, name
        reasons = {Path(p.file).relative_to(root).as_posix(): p.reason for p in report.problems}
        assert set(reasons) == set(REFUSED)
        for name, word in REFUSED.items():
            assert word in reasons[name], (name, reasons[name])
        # Files that are never media are not problems, but each is counted and named.
        assert report.get("files", "not media") == 3
        notes = " ".join(report.notes)
        assert ".jpg" in notes and ".cue" in notes and "._" in notes
        assert report.get("files", "added") == len(expected)
        assert report.get("files", "skipped") == len(REFUSED)


def test_wav_and_aiff_with_id3_pictures_are_read(tmp_path: Path) -> None:
    # The case that crashed: TypeError: 'APIC' object is not iterable, nothing imported.
    root = tmp_path / "c"
    build_corpus(root)
    keep = {"Wave With Cover.wav", "Aiff With Cover.aiff"}
    for path in list(root.rglob("*")):
        if path.is_file() and path.name not in keep:
            path.unlink()
    with Library.open(tmp_path / "lib.sqlite") as lib:
        report = scan_folder(lib, root)
        assert report.problem_count == 0 and report.get("files", "added") == 2
        titles = {row.title for row in lib.items.page(None, limit=10)}
        assert titles == {"Wave Title", "Aiff Title"}


def test_any_exception_from_one_file_is_a_report_line_and_the_scan_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    media = tmp_path / "media"
    shutil.copytree(MEDIA, media)
    real = folder_module.tag_values

    def explode(audio):  # a bug in a tag reader, or an error no one foresaw
        if "Cold Stone" in str(getattr(audio, "filename", "")):
            raise KeyError("a mystery")
        return real(audio)

    monkeypatch.setattr(folder_module, "tag_values", explode)
    with Library.open(tmp_path / "lib.sqlite") as lib:
        report = scan_folder(lib, media)
        line = next(p for p in report.problems if p.file.endswith("01 Cold Stone.flac"))
        assert "KeyError" in line.reason and "mystery" in line.reason
        assert report.get("files", "added") == 10  # the other files


def test_names_that_are_not_utf8_are_kept_exactly_and_shown_readably(tmp_path: Path) -> None:
    if sys.platform == "win32" or os.fsencode("\udce9") != b"\xe9":  # pragma: no cover
        pytest.skip("needs a file system with byte names")
    root = tmp_path / "old disk"
    artist = os.path.join(os.fsencode(root), b"Beyonc\xe9", b"D\xe9j\xe0 Vu")
    os.makedirs(artist)
    song = os.path.join(artist, b"01 Caf\xe9.mp3")
    shutil.copyfile(MEDIA / "music" / "broken" / "bad text.mp3", song)
    empty = os.path.join(artist, b"\xff\xfe broken.mp3")
    open(empty, "wb").close()
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        report = scan_folder(lib, root)
        assert report.get("files", "added") == 1
        (row,) = lib.items.page(None, limit=10)
        item = lib.items.get(row.id)
        # Stored losslessly: the exact bytes open the file again.
        assert os.fsencode(os_path(item.path)) == song
        with open(os_path(item.path), "rb") as handle:
            assert handle.read(3) == b"ID3"
        # Shown readably: the Latin-1 bytes as the letters they were.
        assert display_path(item.path).endswith("Beyoncé/Déjà Vu/01 Café.mp3")
        assert item.title == "Café"  # its title tag is unreadable: the name gives it
        # The report names the broken file readably and can be written as UTF-8 JSON.
        (problem,) = report.problems
        assert problem.file.endswith("ÿþ broken.mp3") and "0 bytes" in problem.reason
        report.write_json(tmp_path / "report.json")
        json.loads((tmp_path / "report.json").read_text("utf-8"))
    before = library_snapshot(path)
    with Library.open(path) as lib:  # a rescan knows the file: nothing changes
        again = scan_folder(lib, root)
        assert again.get("files", "unchanged") == 1 and again.get("files", "added") == 0
    assert library_snapshot(path) == before
    os.rename(song, os.path.join(artist, b"02 Caf\xe9.mp3"))
    with Library.open(path) as lib:
        moved = scan_folder(lib, root)
        assert moved.get("files", "moved") == 1 and moved.get("files", "missing") == 0


def test_stored_paths_round_trip() -> None:
    for path in ("/music/Café.mp3", "/a/file:name", "/x/\udce9\udcff.mp3", "/y/100%.ogg"):
        assert os_path(stored_path(path)) == path
    assert stored_path("/music/Café.mp3") == "/music/Café.mp3"
    assert stored_path("/x/\udce9.mp3").startswith("file://")


def test_the_format_table_covers_every_file_type_mutagen_reads() -> None:
    """A mutagen that learns a format fails this test until the scanner lists it."""
    classes = set()
    for module in pkgutil.walk_packages(mutagen.__path__, "mutagen."):
        if module.name.startswith("mutagen._") or module.name == "mutagen.m4a":  # m4a: deprecated
            continue
        loaded = importlib.import_module(module.name)
        for _name, cls in inspect.getmembers(loaded, inspect.isclass):
            if (
                issubclass(cls, mutagen.FileType)
                and cls.__module__ == loaded.__name__
                and not cls.__name__.startswith("Easy")
                and "score" in cls.__dict__
            ):
                classes.add(cls.__name__)
    assert classes <= set(MUTAGEN_FORMATS), classes - set(MUTAGEN_FORMATS)
    assert {
        ".spx",
        ".tta",
        ".ofr",
        ".ofs",
        ".tak",
        ".dsf",
        ".dff",
        ".ac3",
        ".eac3",
        ".mpc",
        ".wv",
        ".ape",
        ".m4b",
        ".3g2",
        ".aac",
        ".opus",
        ".mid",
        ".oga",
    } <= MEDIA_EXTENSIONS
    assert ".mp4" not in AUDIO_EXTENSIONS  # decided by content


def test_a_rescan_replaces_retagged_fields_but_keeps_what_a_person_edited(
    tmp_path: Path,
) -> None:
    from mutagen.id3 import ID3, TALB, TCON, TIT2

    root = tmp_path / "music"
    root.mkdir()
    a, b = root / "a.mp3", root / "b.mp3"
    for path in (a, b):
        shutil.copyfile(MEDIA / "music" / "Ada Alder" / "Quiet Roads" / "03 Blue Wind.mp3", path)
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        scan_folder(lib, root)
        ids = {Path(r.path).name: r.id for r in lib.items.page(None, limit=10)}
        assert lib.items.get(ids["a.mp3"]).genres == ("Jazz",)
    # A person edits b's genres and album in the app.
    bulk_edit_items(path, [ids["b.mp3"]], {"album": "My Album"}, genres=["Lounge"])
    for name in (a, b):  # retag both files: Jazz -> Blues, a new title and album
        tags = ID3(name)
        tags.setall("TCON", [TCON(encoding=3, text="Blues")])
        tags.setall("TIT2", [TIT2(encoding=3, text="Blue Wind (2020 mix)")])
        tags.setall("TALB", [TALB(encoding=3, text="Remixes")])
        tags.save()
        os.utime(name, (1_700_000_000, 1_700_000_000))
    with Library.open(path) as lib:
        report = scan_folder(lib, root)
        assert report.get("files", "updated") == 2
        first = lib.items.get(ids["a.mp3"])
        assert first.genres == ("Blues",)  # replaced, not added to
        assert (first.title, first.album) == ("Blue Wind (2020 mix)", "Remixes")
        second = lib.items.get(ids["b.mp3"])
        assert second.genres == ("Lounge",) and second.album == "My Album"  # the person's
        assert second.title == "Blue Wind (2020 mix)"  # not edited: from the tags
        assert report.get("files", "with your edits kept") == 1
        (note,) = [n for n in report.notes if "b.mp3" in n]
        assert "kept your edits of album, genres" in note


@pytest.mark.subprocess
def test_the_cli_scans_the_corpus_and_lists_every_refused_file(
    corpus: tuple[Path, dict], tmp_path: Path
) -> None:
    root, expected = corpus
    os.makedirs(os.path.join(os.fsencode(root), b"Caf\xe9"))
    shutil.copyfile(
        MEDIA / "music" / "broken" / "bad text.mp3",
        os.path.join(os.fsencode(root), b"Caf\xe9", b"Cr\xe8me.mp3"),
    )
    report = tmp_path / "scan.json"
    done = subprocess.run(
        [sys.executable, "-m", "desktop_recsys", "import", "folder", str(root),
         "--library", str(tmp_path / "lib.sqlite"), "--report", str(report)],
        capture_output=True, text=True, timeout=120, env=os.environ.copy(),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    data = json.loads(report.read_text("utf-8"))
    assert data["counts"]["files"]["added"] == len(expected) + 1
    assert data["problem_count"] == len(REFUSED)
    assert {Path(p["file"]).relative_to(root).as_posix() for p in data["problems"]} == set(REFUSED)
    assert "not media" in done.stdout


def test_truncated_mislabelled_and_random_files_of_every_format_never_stop_a_scan(
    tmp_path: Path,
) -> None:
    """Each corpus file cut short at several lengths, given another format's extension, and
    random bytes behind every format's magic under every extension the scanner knows: the
    scan finishes, and each file is an item or a report line with a reason."""
    import random

    source = tmp_path / "source"
    build_corpus(source)
    files = sorted(p for p in source.rglob("*") if p.is_file())
    root = tmp_path / "hostile"
    root.mkdir()
    exts = sorted(MEDIA_EXTENSIONS)
    rng = random.Random(14)
    count = 0
    for index, path in enumerate(files):
        data = path.read_bytes()
        for cut in (4, 40, len(data) // 3, len(data) - 1):
            (root / f"cut{cut}_{index}{path.suffix}").write_bytes(data[:cut])
            count += 1
        other = exts[(index * 7) % len(exts)]
        (root / f"mislabelled_{index}{other}").write_bytes(data)
        count += 1
        for ext in rng.sample(exts, 6):
            noise = bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 600)))
            (root / f"noise_{index}{ext}").write_bytes(data[:16] + noise)
            count += 1
    with Library.open(tmp_path / "lib.sqlite") as lib:
        report = scan_folder(lib, root)
        added, skipped = report.get("files", "added"), report.get("files", "skipped")
        assert added + skipped == count
        assert report.problem_count == skipped
        assert all(p.reason for p in report.problems)
        # Whole files under another format's name are read by their content.
        assert [p for p in report.problems if Path(p.file).name.startswith("mislabelled_")] == []
        assert lib.items.count(None) == added


def test_control_characters_in_tags_are_removed_with_a_report_line(tmp_path: Path) -> None:
    from mutagen.id3 import ID3, TCON, TIT2

    root = tmp_path / "music"
    root.mkdir()
    song = root / "song.mp3"
    shutil.copyfile(MEDIA / "music" / "Ada Alder" / "Quiet Roads" / "03 Blue Wind.mp3", song)
    tags = ID3(song)
    tags.setall("TIT2", [TIT2(encoding=3, text="Blue\x1b[2J Wind\x07")])
    tags.setall("TCON", [TCON(encoding=3, text="Ja\x1bzz")])
    tags.save()
    with Library.open(tmp_path / "lib.sqlite") as lib:
        report = scan_folder(lib, root)
        (row,) = lib.items.page(None, limit=10)
        item = lib.items.get(row.id)
        assert item.title == "Blue[2J Wind" and item.genres == ("Jazz",)
        reasons = " ".join(p.reason for p in report.cleaned)
        assert "ESC" in reasons and "BEL" in reasons


def test_a_tag_sqlite_cannot_store_does_not_fail_the_whole_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    media = tmp_path / "media"
    shutil.copytree(MEDIA, media)
    real = folder_module.tag_values

    def broken_utf16(audio):  # a lone surrogate, as a broken UTF-16 tag decodes
        tags = real(audio)
        if "Cold Stone" in str(getattr(audio, "filename", "")):
            tags["title"], tags["genre"] = ["Cold \udcff Stone"], ["Fo\udcfflk"]
        return tags

    monkeypatch.setattr(folder_module, "tag_values", broken_utf16)
    with Library.open(tmp_path / "lib.sqlite") as lib:
        report = scan_folder(lib, media)
        assert report.get("files", "added") == 11
        titles = {row.title: row.id for row in lib.items.page(None, limit=100)}
        assert lib.items.get(titles["Cold ? Stone"]).genres == ("Fo?lk",)


def test_an_nfo_with_no_film_beside_it_has_a_line_in_the_report(tmp_path: Path) -> None:
    films = tmp_path / "films"
    (films / "Alien (1979)").mkdir(parents=True)
    (films / "Alien (1979)" / "Alien (1979).mkv").write_bytes(b"\x1a\x45\xdf\xa3" + b"\0" * 64)
    (films / "Alien (1979)" / "Alien (1979).nfo").write_text("<movie><title>Alien</title></movie>")
    (films / "Lost Notes.nfo").write_text("<movie><title>Gone</title></movie>")
    (films / "empty").mkdir()
    (films / "empty" / "movie.nfo").write_text("<movie><title>Nothing</title></movie>")
    with Library.open(tmp_path / "lib.sqlite") as lib:
        report = scan_folder(lib, films)
    notes = [n for n in report.notes if ".nfo" in n and "no film beside them" in n]
    assert notes == [
        "not media, not imported: 2 film notes (.nfo) with no film beside them (2 .nfo)"
    ]
    assert report.get("files", "added") == 1  # the film itself, its .nfo read with it
