"""Which files a folder scan reads, and what their content says they are.

Audio is read with mutagen: :data:`MUTAGEN_FORMATS` names every file type mutagen reads (its
``FileType`` classes) with the extensions such files carry, and a test checks that the table
covers every type the installed mutagen has, so a format mutagen learns is not skipped silently.
A file with an extension the scanner does not know is still offered to mutagen, which decides by
its first bytes; a file of a kind that is never media (a cover, a playlist, a log) is counted
and named in a report note.

MP4-family files (``.mp4``, ``.m4a``, ``.m4b``, ``.3g2``, ...) and Ogg files are filed by
content: a video stream makes a film, audio only makes a track.
"""

from __future__ import annotations

import os
from typing import Any

from desktop_recsys.progress import Message

# mutagen FileType class name -> the extensions its files carry (first: the usual one).
MUTAGEN_FORMATS: dict[str, tuple[str, ...]] = {
    "MP3": (".mp3", ".mp2", ".mp1", ".mpga"),
    "TrueAudio": (".tta",),
    "OggTheora": (".ogv",),
    "OggSpeex": (".spx",),
    "OggVorbis": (".ogg", ".oga"),
    "OggFLAC": (".oga", ".ogx"),
    "OggOpus": (".opus",),
    "FLAC": (".flac", ".fla"),
    "AIFF": (".aif", ".aiff", ".aifc"),
    "APEv2File": (),  # any file with an APEv2 tag and no other format: found by content
    "MP4": (".m4a", ".m4b", ".m4p", ".m4r", ".mp4", ".m4v", ".3gp", ".3g2", ".mov"),
    "ID3FileType": (),  # any file that starts with an ID3 tag: found by content
    "WavPack": (".wv",),
    "Musepack": (".mpc", ".mp+", ".mpp"),
    "MonkeysAudio": (".ape",),
    "OptimFROG": (".ofr", ".ofs"),
    "ASF": (".wma", ".asf"),
    "AAC": (".aac", ".adts", ".adif"),
    "AC3": (".ac3", ".eac3", ".ec3"),
    "SMF": (".mid", ".midi"),
    "TAK": (".tak",),
    "DSF": (".dsf",),
    "DSDIFF": (".dff",),
    "WAVE": (".wav", ".wave"),
}
# Containers that may hold video: filed by content (a video stream makes a film).
MP4_EXTENSIONS = frozenset(MUTAGEN_FORMATS["MP4"])
# Films read by their name (guessit) and .nfo; mutagen does not read these containers.
VIDEO_EXTENSIONS = frozenset(
    ".mkv .avi .webm .wmv .asf .mpg .mpeg .ts .m2ts .mts .flv .divx .vob .rm .rmvb".split()
)
# Ogg holds Vorbis, Opus, Speex, FLAC or Theora (video): mutagen tells which.
OGG_EXTENSIONS = frozenset((".ogg", ".oga", ".ogv", ".ogx"))
AUDIO_EXTENSIONS = (
    frozenset(ext for exts in MUTAGEN_FORMATS.values() for ext in exts)
    - VIDEO_EXTENSIONS
    - MP4_EXTENSIONS
    - OGG_EXTENSIONS
)
# MP4 containers that are films when they cannot be parsed (the rest are tracks).
VIDEO_BY_NAME = frozenset((".mp4", ".m4v", ".3gp", ".mov", ".ogv"))
MEDIA_EXTENSIONS = AUDIO_EXTENSIONS | VIDEO_EXTENSIONS | MP4_EXTENSIONS | OGG_EXTENSIONS

# Files that sit beside media and are never media themselves: counted, named in a note (the
# kinds are Messages: the window shows the note in its language).
_SIDECARS = {
    Message("cover art and pictures"): ".jpg .jpeg .png .gif .bmp .webp .tif .tiff .heic .ico",
    Message("playlists and cue sheets"): ".m3u .m3u8 .pls .xspf .cue .wpl .asx",
    Message("text, logs and checksums"): (
        ".txt .log .md .pdf .rtf .doc .docx .html .htm .url .sfv .md5 .sha1 .sha256 .ffp "
        ".accurip .par2 .torrent .json .xml .csv .lrc .ini .db .bak .nzb"
    ),
    Message("subtitles"): ".srt .sub .idx .ass .ssa .vtt .smi",
}
SIDECAR_KINDS: dict[str, Message] = {
    ext: kind for kind, exts in _SIDECARS.items() for ext in exts.split()
}

# First bytes of the formats a mislabelled file most often really is.
_MAGIC = (
    (0, b"ID3", "MP3"),
    (0, b"fLaC", "FLAC"),
    (0, b"OggS", "Ogg"),
    (0, b"RIFF", "WAV"),
    (0, b"FORM", "AIFF"),
    (0, b"FRM8", "DSDIFF"),
    (0, b"DSD ", "DSF"),
    (0, b"\x1aE\xdf\xa3", "Matroska"),
    (4, b"ftyp", "MP4"),
    (0, b"0&\xb2u", "WMA"),
    (0, b"MAC ", "APE"),
    (0, b"wvpk", "WavPack"),
    (0, b"TTA1", "TrueAudio"),
    (0, b"OFR ", "OptimFROG"),
    (0, b"tBaK", "TAK"),
    (0, b"MPCK", "Musepack"),
    (0, b"MP+", "Musepack"),
    (0, b"MThd", "MIDI"),
    (0, b"\x0bw", "AC-3"),
    (0, b"\x00\x05\x16\x07", "AppleDouble"),
    (0, b"\x89PNG", "PNG"),
    (0, b"\xff\xd8\xff", "JPEG"),
    (0, b"%PDF", "PDF"),
    (0, b"PK\x03\x04", "zip"),
)
EXPECTED_FORMAT = {
    ".mp3": "MP3", ".flac": "FLAC", ".ogg": "Ogg", ".oga": "Ogg", ".opus": "Ogg", ".spx": "Ogg",
    ".wav": "WAV", ".aif": "AIFF", ".aiff": "AIFF", ".wma": "WMA", ".ape": "APE",
    ".wv": "WavPack", ".tta": "TrueAudio", ".ofr": "OptimFROG", ".tak": "TAK", ".dsf": "DSF",
    ".dff": "DSDIFF", ".mid": "MIDI", ".midi": "MIDI", ".ac3": "AC-3",
    **{ext: "MP4" for ext in MP4_EXTENSIONS},
}  # fmt: skip


def sniff_format(path: str | bytes) -> str | None:
    """What the first bytes say the file is (MP3, FLAC, ...), or None. Behind an ID3 tag
    (which taggers put in front of MP3, AAC, TrueAudio, ... files) the bytes after it tell."""
    with open(path, "rb") as handle:
        head = handle.read(16)
        if head[:3] == b"ID3" and len(head) >= 10:
            size = 10 + sum((b & 0x7F) << (7 * (3 - i)) for i, b in enumerate(head[6:10]))
            handle.seek(size + (10 if head[5] & 0x10 else 0))
            inner = _sniff(handle.read(16))
            return inner if inner not in (None, "text") else "MP3"
    return _sniff(head)


def _sniff(head: bytes) -> str | None:
    for offset, magic, name in _MAGIC:
        if head[offset : offset + len(magic)] == magic:
            return name
    if len(head) >= 2 and head[0] == 0xFF and head[1] & 0xF6 == 0xF0:
        return "AAC"  # an ADTS frame sync (layer bits 00)
    if len(head) >= 2 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0:
        return "MP3"  # an MPEG frame sync without an ID3 tag
    if head and all(32 <= b < 127 or b in b"\t\r\n" for b in head):
        return "text"
    return None


def sidecar_kind(name: str) -> Message | str | None:
    """What a file that is never media is ("cover art and pictures", ...), "" for a film's
    ``.nfo`` (read with its film), or None."""
    if name.lower().endswith(".nfo"):
        return ""
    if name.startswith("._"):
        return Message("macOS resource forks (._ files)")
    if name in (".DS_Store", "Thumbs.db", "desktop.ini", ".directory"):
        return Message("folder settings of file managers")
    if name.startswith(".") and name.endswith(".tags.part"):
        # The copy a tag write works on (library.tag_files), left by a killed write.
        return Message("unfinished copies of a tag write (.tags.part; safe to delete)")
    return SIDECAR_KINDS.get(os.path.splitext(name)[1].lower())


def mp4_has_video(path: str) -> bool | None:
    """Whether an MP4-family file has a video track (True), only other tracks (False), or
    cannot be parsed (None). Cover art is not a track, so a tagged song is still audio."""
    from mutagen.mp4 import Atoms  # deferred: mutagen is only needed by scans

    try:
        with open(path, "rb") as handle:
            atoms = Atoms(handle)
            moov = atoms[b"moov"]
            handlers = []
            for trak in moov.findall(b"trak"):
                for hdlr in trak.findall(b"hdlr", recursive=True):
                    ok, data = hdlr.read(handle)
                    if ok and len(data) >= 12:
                        handlers.append(data[8:12])
    except Exception:  # noqa: BLE001 (a broken file: the caller decides by name)
        return None
    if not handlers:
        return None
    return b"vide" in handlers


def is_video_stream(audio: Any) -> bool:
    """Whether what mutagen opened is a video stream (Ogg Theora)."""
    return type(audio).__name__ == "OggTheora"


# mutagen FileType class name -> its module.
_MODULES = {
    "MP3": "mp3", "TrueAudio": "trueaudio", "OggTheora": "oggtheora", "OggSpeex": "oggspeex",
    "OggVorbis": "oggvorbis", "OggFLAC": "oggflac", "OggOpus": "oggopus", "FLAC": "flac",
    "AIFF": "aiff", "APEv2File": "apev2", "MP4": "mp4", "ID3FileType": "id3",
    "WavPack": "wavpack", "Musepack": "musepack", "MonkeysAudio": "monkeysaudio",
    "OptimFROG": "optimfrog", "ASF": "asf", "AAC": "aac", "AC3": "ac3", "SMF": "smf",
    "TAK": "tak", "DSF": "dsf", "DSDIFF": "dsdiff", "WAVE": "wave",
}  # fmt: skip
# Sniffed content -> the mutagen classes that read it.
_CONTENT_CLASSES = {
    "MP3": ("MP3",), "FLAC": ("FLAC",),
    "Ogg": ("OggVorbis", "OggOpus", "OggFLAC", "OggSpeex", "OggTheora"),
    "WAV": ("WAVE",), "AIFF": ("AIFF",), "DSDIFF": ("DSDIFF",), "DSF": ("DSF",), "MP4": ("MP4",),
    "WMA": ("ASF",), "APE": ("MonkeysAudio",), "WavPack": ("WavPack",),
    "TrueAudio": ("TrueAudio",), "OptimFROG": ("OptimFROG",), "TAK": ("TAK",),
    "Musepack": ("Musepack",), "MIDI": ("SMF",), "AC-3": ("AC3",), "AAC": ("AAC",),
}  # fmt: skip
# Formats that read the tags of any file: no proof that the rest is audio.
_TAGS_ONLY = ("ID3FileType", "APEv2File")


def mutagen_class(name: str) -> type:
    import importlib

    return getattr(importlib.import_module("mutagen." + _MODULES[name]), name)


def fallback_classes(path: str, fmt: str | None) -> list[type]:
    """The mutagen classes to try, in order, on a file mutagen did not read under its name:
    those its first bytes point to, then every other that claims it, strongest claim first
    (mutagen itself tries only the strongest)."""
    names = list(_CONTENT_CLASSES.get(fmt or "", ()))
    with open(path, "rb") as handle:
        header = handle.read(128)
        scored = []
        for name in _MODULES:
            if name in _TAGS_ONLY:
                continue
            try:
                score = mutagen_class(name).score(path, handle, header)
            except Exception:  # noqa: BLE001 (a scorer that chokes on this file: no claim)
                continue
            if score > 0:
                scored.append((-score, name))
    names += [name for _score, name in sorted(scored)]
    return [mutagen_class(name) for name in dict.fromkeys(names)]
