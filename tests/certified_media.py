"""A real media folder whose films carry certifications in their NFO files and whose tracks
carry parental advisories in their tags, scanned into a real library by the real scanner
(issue 18, section 3: the certification column, rules and filter)."""

from __future__ import annotations

import shutil
from pathlib import Path

from mutagen import File as MutagenFile
from mutagen.id3 import TXXX
from mutagen.mp4 import MP4

from desktop_recsys.library import Library
from desktop_recsys.library.file_paths import stored_path
from desktop_recsys.library.importers.folder import scan_folder

MEDIA = Path(__file__).resolve().parent / "data" / "media"
MATRIX = "films/The.Matrix.1999.1080p.BluRay.x264.mkv"
HEAT = "films/Heat (1995)/Heat (1995).mkv"
ALIEN = "films/Alien.1979.DVDRip.mkv"  # its NFO is only a link: unrated
M4A = "music/Dmitri Duarte/Piers/Glass Harbour.m4a"
FLAC = "music/Bo Brook/Granite/01 Cold Stone.flac"
OGG = "music/Carla Castell/Singles/Rain Letter.ogg"
MP3 = "music/Ada Alder/Quiet Roads/03 Blue Wind.mp3"
WAV = "music/Eve Ekberg/Night Songs/07 Paper Moon.wav"

#: Extra films (copies of a real MKV) and the certification their NFO gives, with its age.
EXTRA_FILMS = {
    "films/Paddington.2014.mkv": ("<mpaa>UK:PG</mpaa>", "UK:PG", 8),
    "films/Up.2009.mkv": ("<mpaa>G</mpaa>", "G", 0),
    "films/Coco.2017.mkv": ("<certification>PG</certification>", "PG", 10),
    "films/Inception.2010.mkv": ("<mpaa>Rated PG-13</mpaa>", "Rated PG-13", 13),
}
#: Every film's certification as read and its minimum age (None: unrated).
FILM_AGES = {
    HEAT: ("Rated R", 17),
    MATRIX: ("Germany:FSK 16", 16),
    ALIEN: (None, None),
    **{name: (text, age) for name, (_tag, text, age) in EXTRA_FILMS.items()},
}
#: Tracks marked explicit by their tags (the Ogg's advisory 2 is a clean version).
EXPLICIT = {M4A, FLAC, MP3}


def make_folder(root: Path) -> Path:
    """Copy the test media to ``root`` and write certifications and advisories into it."""
    shutil.copytree(MEDIA, root)
    shutil.rmtree(root / "music" / "broken")
    (root / "films" / "Bad.Nfo.2005.mkv").unlink()
    (root / "films" / "Bad.Nfo.2005.nfo").unlink()
    nfo = root / "films/Heat (1995)/Heat (1995).nfo"
    nfo.write_text(nfo.read_text().replace("<year>", "<mpaa>Rated R</mpaa>\n  <year>"))
    (root / MATRIX).with_suffix(".nfo").write_text(
        "<movie><title>The Matrix</title><certification>Germany:FSK 16</certification></movie>"
    )
    for name, (tag, _text, _age) in EXTRA_FILMS.items():
        shutil.copyfile(root / MATRIX, root / name)
        title = Path(name).stem.split(".")[0]
        year = Path(name).stem.split(".")[1]
        (root / name).with_suffix(".nfo").write_text(
            f"<movie><title>{title}</title><year>{year}</year>{tag}</movie>"
        )
    m4a = MP4(root / M4A)
    m4a["rtng"] = [4]  # iTunes: explicit
    m4a.save()
    flac = MutagenFile(root / FLAC)
    flac["EXPLICIT"] = "1"
    flac.save()
    ogg = MutagenFile(root / OGG)
    ogg["ITUNESADVISORY"] = "2"  # a clean version
    ogg.save()
    mp3 = MutagenFile(root / MP3)
    mp3.tags.add(TXXX(encoding=3, desc="ITUNESADVISORY", text=["1"]))
    mp3.save()
    return root


def scanned_library(tmp_path: Path) -> tuple[Path, Path, dict[str, int]]:
    """A library file scanned from :func:`make_folder`: its path, the folder, and the item id
    of every film and track by its name relative to the folder."""
    root = make_folder(tmp_path / "media")
    path = tmp_path / "certified.sqlite"
    names = [*FILM_AGES, M4A, FLAC, OGG, MP3, WAV]
    with Library.open(path) as library:
        scan_folder(library, root)
        ids = {}
        for name in names:
            found = library.items.find_by_path(stored_path(str(root / name)))
            assert found is not None, name
            ids[name] = found
    return path, root, ids
