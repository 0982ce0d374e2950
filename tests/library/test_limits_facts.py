"""Item facts for limits (issue 18, section 3): certifications and explicit flags read from real
files on a scan, edited in bulk, kept across rescans; a profile's limits and its PIN."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from mutagen import File as MutagenFile
from mutagen.id3 import TXXX
from mutagen.mp4 import MP4

from desktop_recsys.errors import UserError
from desktop_recsys.library import Library
from desktop_recsys.library.certifications import explicit_from_tags, min_age
from desktop_recsys.library.importers.folder import scan_folder
from desktop_recsys.services import limits
from desktop_recsys.services.library_service import bulk_edit_items

MEDIA = Path(__file__).resolve().parents[1] / "data" / "media"
HEAT_NFO = "films/Heat (1995)/Heat (1995).nfo"
MATRIX = "films/The.Matrix.1999.1080p.BluRay.x264.mkv"
M4A = "music/Dmitri Duarte/Piers/Glass Harbour.m4a"
FLAC = "music/Bo Brook/Granite/01 Cold Stone.flac"
OGG = "music/Carla Castell/Singles/Rain Letter.ogg"
MP3 = "music/Ada Alder/Quiet Roads/03 Blue Wind.mp3"


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("G", 0), ("PG", 10), ("PG-13", 13), ("R", 17), ("NC-17", 18),
        ("Rated PG-13", 13), ("Rated R for strong violence", 17), ("US:R", 17),
        ("U", 0), ("UK:PG", 8), ("12A", 12), ("15", 15), ("18", 18),
        ("FSK 0", 0), ("FSK 6", 6), ("FSK12", 12), ("Germany:FSK 16", 16), ("de/18", 18),
        ("TV-MA", 17), ("12+", 12), ("UK:15 / US:R", 15), ("PG (UK)", 8), ("R (US)", 17),
        ("NR", None), ("Not Rated", None), ("", None), (None, None), ("nonsense", None),
    ],
)  # fmt: skip
def test_certifications_of_every_system_become_a_minimum_age(
    text: str | None, age: int | None
) -> None:
    assert min_age(text) == age


def test_the_windows_choices_read_as_the_ages_they_show() -> None:
    from desktop_recsys.library.certifications import COMMON_LIMITS

    assert [min_age(text) for text, _age in COMMON_LIMITS] == [age for _t, age in COMMON_LIMITS]
    assert [age for _t, age in COMMON_LIMITS] == sorted(age for _t, age in COMMON_LIMITS)


def test_advisories_mark_explicit_tracks() -> None:
    assert explicit_from_tags({"itunesadvisory": ["1"]})
    assert explicit_from_tags({"itunesadvisory": ["4"]})
    assert not explicit_from_tags({"itunesadvisory": ["2"]})  # a clean version
    assert not explicit_from_tags({"itunesadvisory": ["0"]})
    assert explicit_from_tags({"explicit": ["true"]})
    assert not explicit_from_tags({"explicit": ["0"]})
    assert not explicit_from_tags({})


def _folder(tmp_path: Path) -> Path:
    root = tmp_path / "media"
    shutil.copytree(MEDIA, root)
    nfo = root / HEAT_NFO
    nfo.write_text(nfo.read_text().replace("<year>", "<mpaa>Rated R</mpaa>\n  <year>"))
    (root / MATRIX).with_suffix(".nfo").write_text(
        "<movie><title>The Matrix</title><certification>Germany:FSK 16</certification></movie>"
    )
    m4a = MP4(root / M4A)
    m4a["rtng"] = [4]  # iTunes: explicit
    m4a.save()
    flac = MutagenFile(root / FLAC)
    flac["EXPLICIT"] = "1"
    flac.save()
    ogg = MutagenFile(root / OGG)
    ogg["ITUNESADVISORY"] = "2"  # clean
    ogg.save()
    mp3 = MutagenFile(root / MP3)
    mp3.tags.add(TXXX(encoding=3, desc="ITUNESADVISORY", text=["1"]))
    mp3.save()
    return root


def _facts(library: Library, root: Path, name: str) -> tuple[str | None, int | None, bool]:
    from desktop_recsys.library.file_paths import stored_path

    item_id = library.items.find_by_path(stored_path(str(root / name)))
    assert item_id is not None, name
    item = library.items.get(item_id)
    assert item is not None
    return item.certification, item.min_age, item.explicit


def test_a_scan_reads_certifications_from_nfo_and_advisories_from_tags(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    with Library.open(tmp_path / "lib.sqlite") as library:
        scan_folder(library, root)
        assert _facts(library, root, "films/Heat (1995)/Heat (1995).mkv") == ("Rated R", 17, False)
        assert _facts(library, root, MATRIX) == ("Germany:FSK 16", 16, False)
        assert _facts(library, root, "films/Alien.1979.DVDRip.mkv")[:2] == (None, None)
        assert _facts(library, root, M4A)[2] is True  # MP4 rtng 4
        assert _facts(library, root, FLAC)[2] is True  # Vorbis EXPLICIT
        assert _facts(library, root, OGG)[2] is False  # advisory 2: clean
        assert _facts(library, root, MP3)[2] is True  # ID3 TXXX ITUNESADVISORY


def test_bulk_edits_of_certification_and_explicit_survive_rescans(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    path = tmp_path / "lib.sqlite"
    heat_file = root / "films/Heat (1995)/Heat (1995).mkv"
    with Library.open(path) as library:
        scan_folder(library, root)
        heat = _id(library, heat_file)
        mp3 = _id(library, root / MP3)
        ogg = _id(library, root / OGG)
        kid = library.profiles.add("Kid").id
        limits.set_limits(library, kid, max_certification="PG", hide_explicit=True)
    assert bulk_edit_items(path, [heat], {"certification": "PG"}) == 1
    assert bulk_edit_items(path, [mp3], {"explicit": False}) == 1
    with pytest.raises(UserError, match="no certification this app knows"):
        bulk_edit_items(path, [heat], {"certification": "PG13!"})
    # The files change (so the rescan reads them again): the NFO says R, the MP3 is explicit,
    # the Ogg (not edited) becomes explicit.
    with open(heat_file, "ab") as handle:
        handle.write(b"\0" * 16)
    mp3_file = MutagenFile(root / MP3)
    mp3_file.tags.add(TXXX(encoding=3, desc="EXPLICIT", text=["1"]))
    mp3_file.save()
    ogg_file = MutagenFile(root / OGG)
    ogg_file["ITUNESADVISORY"] = "1"
    ogg_file.save()
    with Library.open(path) as library:
        report = scan_folder(library, root)
        assert _facts(library, root, "films/Heat (1995)/Heat (1995).mkv") == ("PG", 10, False)
        assert _facts(library, root, MP3)[2] is False  # the person's edit wins
        assert _facts(library, root, OGG)[2] is True  # not edited: the file's new advisory
        assert any("certification" in str(note) for note in report.notes)
        # The profile's limits survive the rescan and still apply to the same items.
        kept = limits.get_limits(library, kid)
        assert (kept.max_age, kept.hide_explicit) == (10, True)
        hidden = limits.blocked_ids(library, kid)
        assert ogg in hidden and heat not in hidden and mp3 not in hidden


def _id(library: Library, path: Path) -> int:
    from desktop_recsys.library.file_paths import stored_path

    found = library.items.find_by_path(stored_path(str(path)))
    assert found is not None
    return found


def test_a_wrong_pin_changes_nothing_and_the_pin_is_stored_hashed(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    secret = "Zebra-7391"
    with Library.open(path) as library:
        kid = library.profiles.add("Kid").id
        limits.set_limits(library, kid, max_certification="PG", genres=["Horror"], new_pin=secret)
        before = limits.get_limits(library, kid)
        assert before.has_pin
        for pin in (None, "", "1111", secret + " x"):
            with pytest.raises(limits.WrongPin) as caught:
                limits.set_limits(library, kid, pin=pin, max_certification="R", clear=True)
            assert "nothing was changed" in str(caught.value.message)
        with pytest.raises(limits.WrongPin, match="wrong PIN"):
            limits.set_limits(library, kid, pin="0000", new_pin=None)
        assert limits.get_limits(library, kid) == before
        assert not limits.pin_matches(library, kid, "1111")
        assert limits.pin_matches(library, kid, secret)
        changed = limits.set_limits(library, kid, pin=secret, max_certification="R")
        assert changed.max_age == 17 and changed.genres == ("Horror",) and changed.has_pin
        cleared = limits.set_limits(library, kid, pin=secret, clear=True)
        assert not cleared.active and cleared.has_pin  # --clear keeps the PIN
        with pytest.raises(UserError, match="4 to 64 characters"):
            limits.set_limits(library, kid, pin=secret, new_pin="12")
        assert limits.pin_matches(library, kid, secret)
    raw = path.read_bytes()
    conn = sqlite3.connect(path)
    try:
        pin_hash, salt = conn.execute("SELECT pin_hash, pin_salt FROM profile_limits").fetchone()
    finally:
        conn.close()
    assert secret.encode() not in raw and secret.encode() not in pin_hash
    assert len(salt) == 16 and len(pin_hash) == 32


def test_limits_are_erased_with_their_profile(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib.sqlite") as library:
        kid = library.profiles.add("Kid").id
        limits.set_limits(library, kid, genres=["Horror"], new_pin="2468")
        library.profiles.remove(kid)
        assert library.conn.execute("SELECT count(*) FROM profile_limits").fetchone()[0] == 0
        assert library.conn.execute("SELECT count(*) FROM profile_limit_blocks").fetchone()[0] == 0
