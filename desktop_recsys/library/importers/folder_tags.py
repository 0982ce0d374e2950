"""Tags of every format mutagen reads, in one vocabulary.

mutagen gives each tag format its own names: ID3 frames (MP3, and the ID3 chunks of AIFF, WAV,
DSF, DFF and TrueAudio), Vorbis comments (FLAC, Ogg Vorbis/Opus/Speex/FLAC/Theora), APEv2 items
(Monkey's Audio, WavPack, Musepack, OptimFROG, TAK), MP4 atoms and ASF attributes (WMA).
:func:`tag_values` turns any of them into lower-case Vorbis-style names (``title``, ``artist``,
``album``, ``albumartist``, ``date``, ``genre``, ``tracknumber``, ``rating``, ``fmps_rating``,
``musicbrainz_trackid``, ...) with text values, so the scanner reads one dictionary. A value
that cannot be read as text (a picture, a binary blob) is left out; it never stops a scan.
"""

from __future__ import annotations

from typing import Any

# ID3 text frames -> names.
_ID3_TEXT = {
    "TIT2": "title", "TPE1": "artist", "TPE2": "albumartist", "TALB": "album",
    "TDRC": "date", "TYER": "date", "TDOR": "originaldate", "TORY": "originaldate",
    "TRCK": "tracknumber", "TPOS": "discnumber",
}  # fmt: skip
# ID3 TXXX descriptions, MP4 freeform names and ASF attributes -> names (compared lower-case).
_EXTRA = {
    "musicbrainz track id": "musicbrainz_trackid",
    "musicbrainz release track id": "musicbrainz_releasetrackid",
    "musicbrainz artist id": "musicbrainz_artistid",
    "musicbrainz album id": "musicbrainz_albumid",
    "musicbrainz/track id": "musicbrainz_trackid",
    "musicbrainz/artist id": "musicbrainz_artistid",
    "musicbrainz/album id": "musicbrainz_albumid",
    "fmps_rating": "fmps_rating",
    "fmps_playcount": "fmps_playcount",
    "rating": "rating",
    "playcount": "playcount",
    "play_count": "playcount",
    "itunesadvisory": "itunesadvisory",  # parental advisory: 1 or 4 explicit, 2 clean
    "explicit": "explicit",
}
# MP4 atoms -> names.
_MP4 = {
    "\xa9nam": "title", "\xa9ART": "artist", "aART": "albumartist", "\xa9alb": "album",
    "\xa9day": "date", "\xa9gen": "genre", "rate": "rating",
}  # fmt: skip
# ASF (WMA) attributes -> names.
_ASF = {
    "title": "title", "author": "artist", "wm/albumtitle": "album",
    "wm/albumartist": "albumartist", "wm/year": "date", "wm/originalreleaseyear": "originaldate",
    "wm/genre": "genre", "wm/tracknumber": "tracknumber",
}  # fmt: skip
# APEv2 keys that differ from the Vorbis names (compared lower-case).
_APE = {"year": "date", "track": "tracknumber", "album artist": "albumartist"}
# Windows Media Player's five star steps in WM/SharedUserRating (0-99).
_WMP_STARS = {1: 1.0, 25: 2.0, 50: 3.0, 75: 4.0, 99: 5.0}
# The POPM rating byte (ID3) as Windows Media Player, MusicBee and MediaMonkey write it: whole
# stars 1, 64, 128, 196, 255; MediaMonkey's half stars 13, 54, 118, 186, 242.
POPM_STARS = {
    1: 1.0, 64: 2.0, 128: 3.0, 196: 4.0, 255: 5.0,
    13: 0.5, 54: 1.5, 118: 2.5, 186: 3.5, 242: 4.5,
}  # fmt: skip


def popm_stars(byte: int) -> float | None:
    """Stars (0.5-5) of a POPM rating byte; 0 is unrated. Other bytes by Windows Media Player's
    ranges (1-31 one star, 32-95 two, 96-159 three, 160-223 four, 224-255 five)."""
    if byte <= 0:
        return None
    if byte in POPM_STARS:
        return POPM_STARS[byte]
    return 1.0 + sum(byte >= edge for edge in (32, 96, 160, 224))


def tag_values(audio: Any) -> dict[str, list[str]]:
    """The tags of a file mutagen opened, as ``name -> [text, ...]`` (empty without tags).

    A POPM frame (ID3) or a WM/SharedUserRating attribute (WMA) becomes ``rating_stars``, a
    star value as text, because those scales are not the 0-100 of ``rating``; the POPM play
    counter becomes ``popm_count`` and an ID3 PCNT frame ``pcnt``.
    """
    # Deferred with the rest of mutagen (only scans need it).
    from mutagen.apev2 import APEv2
    from mutagen.asf import ASFTags
    from mutagen.id3 import ID3
    from mutagen.mp4 import MP4Tags

    tags = getattr(audio, "tags", None)
    path = getattr(audio, "filename", None)
    if tags is None and path:
        # Formats whose mutagen class reads no tags (raw AAC, AC-3, MIDI) may still carry an
        # ID3 tag in front or an APEv2 tag at the end, as taggers write them.
        for reader in (ID3, APEv2):
            try:
                tags = reader(path)
                break
            except Exception:  # noqa: BLE001 (no such tag, or a broken one: none)
                continue
    if tags is None:
        return {}

    out: dict[str, list[str]] = {}
    if isinstance(tags, ID3):
        _from_id3(tags, out)
    elif isinstance(tags, MP4Tags):
        _from_mp4(tags, out)
    elif isinstance(tags, ASFTags):
        _from_asf(tags, out)
    elif isinstance(tags, APEv2):
        for key, value in tags.items():
            if getattr(value, "kind", None) != 0:  # 0: text; binary and links are no tags
                continue
            name = key.lower()
            _add(out, _APE.get(name, name), list(value))
    else:  # Vorbis comments and whatever else lists (key, value) pairs
        try:
            pairs = list(tags.items()) if hasattr(tags, "items") else list(tags)
        except Exception:  # noqa: BLE001 (an odd tag class: the file is read without tags)
            return {}
        for key, value in pairs:
            values = value if isinstance(value, list) else [value]
            _add(out, str(key).lower(), values)
    return out


def _add(out: dict[str, list[str]], name: str, values: Any) -> None:
    if not name:
        return
    for value in values:
        if isinstance(value, bytes):
            try:
                value = value.decode("utf-8")
            except UnicodeDecodeError:
                continue
        elif not isinstance(value, (str, int, float)):
            text = getattr(value, "text", None)
            if text is None:
                continue
            value = text
        out.setdefault(name, []).append(str(value))


def _from_id3(tags: Any, out: dict[str, list[str]]) -> None:
    for frame in tags.values():
        frame_id = frame.FrameID
        if frame_id in _ID3_TEXT:
            _add(out, _ID3_TEXT[frame_id], [str(t) for t in frame.text])
        elif frame_id == "TCON":
            _add(out, "genre", frame.genres)  # resolves "(17)" and "17" to "Rock"
        elif frame_id == "TXXX":
            _add(out, _EXTRA.get(frame.desc.lower(), ""), [str(t) for t in frame.text])
        elif frame_id == "UFID" and frame.owner == "http://musicbrainz.org":
            _add(out, "musicbrainz_trackid", [frame.data])
        elif frame_id == "POPM":
            stars = popm_stars(frame.rating)
            if stars is not None:
                out.setdefault("rating_stars", []).append(str(stars))
            if getattr(frame, "count", None) is not None:
                out.setdefault("popm_count", []).append(str(frame.count))
        elif frame_id == "PCNT":
            out.setdefault("pcnt", []).append(str(frame.count))


def _from_mp4(tags: Any, out: dict[str, list[str]]) -> None:
    for key, values in tags.items():
        if key in _MP4:
            _add(out, _MP4[key], values)
        elif key == "trkn":
            _add(out, "tracknumber", [str(v[0]) for v in values if v and v[0]])
        elif key == "rtng":  # iTunes advisory: 0 none, 1 or 4 explicit, 2 clean
            _add(out, "itunesadvisory", [str(v) for v in values])
        elif key == "gnre":  # ID3v1 genre numbers, counted from 1
            from mutagen.id3 import TCON

            _add(out, "genre", [g for v in values for g in TCON(text=[str(v - 1)]).genres])
        elif key.startswith("----:"):
            _add(out, _EXTRA.get(key.rsplit(":", 1)[-1].lower(), ""), values)


def _from_asf(tags: Any, out: dict[str, list[str]]) -> None:
    for key, value in tags:
        name = key.lower()
        if name == "wm/shareduserrating":
            number = getattr(value, "value", None)
            if isinstance(number, int) and 0 < number <= 99:
                stars = _WMP_STARS.get(number, number / 99 * 5)
                out.setdefault("rating_stars", []).append(str(stars))
            continue
        if name == "wm/track":  # the zero-based track number of old files
            number = getattr(value, "value", None)
            if isinstance(number, int):
                out.setdefault("wm/track", []).append(str(number + 1))
            continue
        target = _ASF.get(name) if name in _ASF else _EXTRA.get(name, "")
        if target:
            raw = getattr(value, "value", value)
            _add(out, target, [raw])
    if "tracknumber" not in out and "wm/track" in out:
        out["tracknumber"] = out.pop("wm/track")
