"""A small corpus of real media files of every format mutagen reads, built at test time.

No encoder is installed where the tests run, so each file is written byte by byte from its
format's specification (headers, a little silence) and tagged with mutagen itself, the way a
tagger would. Each file is a few hundred bytes to a few KiB; the whole corpus stays far below
1 MB. :func:`build_corpus` writes them under a folder and returns what a scan must find.
"""

from __future__ import annotations

import io
import os
import shutil
import struct
import wave
from dataclasses import dataclass, field
from pathlib import Path

from mutagen import apev2, id3
from mutagen.asf import ASF
from mutagen.ogg import OggPage

MEDIA = Path(__file__).resolve().parents[2] / "data" / "media"
SILENCE = 2048  # bytes of audio payload in each file


@dataclass
class Expected:
    """What the scan should make of one file (None: the field is not checked)."""

    title: str
    kind: str = "track"
    artist: str | None = None
    album: str | None = None
    year: int | None = None
    genres: tuple[str, ...] | None = None
    track: int | None = None
    rating: float | None = None
    extra: dict[str, str] = field(default_factory=dict)


# -- tags --------------------------------------------------------------------------------------
def id3_tags(title: str, *, picture: bool = True, rating: int = 0) -> id3.ID3:
    tags = id3.ID3()
    tags.add(id3.TIT2(encoding=3, text=title))
    tags.add(id3.TPE1(encoding=3, text="Ida Ives"))
    tags.add(id3.TALB(encoding=3, text="Chunks"))
    tags.add(id3.TDRC(encoding=3, text="2011"))
    tags.add(id3.TCON(encoding=3, text="Jazz"))
    tags.add(id3.TRCK(encoding=3, text="4/10"))
    if picture:  # the frame that crashed scans of WAV and AIFF files
        tags.add(id3.APIC(encoding=3, mime="image/png", type=3, desc="cover", data=b"\x89PNG" * 8))
    if rating:
        tags.add(id3.POPM(email="player@example.org", rating=rating, count=1))
    return tags


def vorbis_comment(title: str, extra: dict[str, str] | None = None) -> bytes:
    """A Vorbis comment block (vendor, fields) without the framing bit."""
    fields = {"TITLE": title, "ARTIST": "Vera Voss", "ALBUM": "Pages", "DATE": "2003-05-01",
              "GENRE": "Folk;Blues", "TRACKNUMBER": "2", **(extra or {})}  # fmt: skip
    out = io.BytesIO()
    vendor = b"corpus"
    out.write(struct.pack("<I", len(vendor)) + vendor + struct.pack("<I", len(fields)))
    for key, value in fields.items():
        raw = f"{key}={value}".encode()
        out.write(struct.pack("<I", len(raw)) + raw)
    return out.getvalue()


def ape_tag(path: Path, title: str, rating: str = "") -> None:
    tags = apev2.APEv2()
    tags["Title"], tags["Artist"], tags["Album"] = title, "Ada Ape", "Blocks"
    tags["Year"], tags["Genre"], tags["Track"] = "1999", "Ambient", "7/9"
    tags["Cover Art (Front)"] = apev2.APEValue(b"cover.jpg\x00\xff\xd8\xff", apev2.BINARY)
    if rating:
        tags["Rating"] = rating
    tags.save(path)


# -- containers --------------------------------------------------------------------------------
def ogg(packets: list[bytes], granule: int) -> bytes:
    """One logical Ogg stream: each header packet on its own page, then one audio page."""
    out = io.BytesIO()
    for sequence, packet in enumerate(packets):
        page = OggPage()
        page.serial, page.sequence, page.packets = 0x5EED, sequence, [packet]
        page.first = sequence == 0
        page.last = sequence == len(packets) - 1
        page.position = granule if page.last else 0
        out.write(page.write())
    return out.getvalue()


def pcm_wav(path: Path) -> None:
    with wave.open(str(path), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(8000)
        handle.writeframes(b"\x00\x00" * (SILENCE // 2))


def aiff_bytes() -> bytes:
    frames = SILENCE // 2
    # 80-bit extended float 8000.0: exponent 16383 + 12, mantissa 8000 << (63 - 12).
    rate = struct.pack(">HQ", 16383 + 12, 8000 << (63 - 12))
    comm = b"COMM" + struct.pack(">IhIh", 18, 1, frames, 16) + rate
    ssnd = b"SSND" + struct.pack(">III", 8 + SILENCE, 0, 0) + b"\x00" * SILENCE
    body = b"AIFF" + comm + ssnd
    return b"FORM" + struct.pack(">I", len(body)) + body


def dsf_bytes() -> bytes:
    data = b"\x69" * SILENCE  # DSD silence pattern
    fmt = b"fmt " + struct.pack("<QIIIIIIQII", 52, 1, 0, 1, 1, 2822400, 1, SILENCE * 8, 4096, 0)
    chunk = b"data" + struct.pack("<Q", 12 + len(data)) + data
    total = 28 + len(fmt) + len(chunk)
    return b"DSD " + struct.pack("<QQQ", 28, total, 0) + fmt + chunk


def dff_bytes() -> bytes:
    def chunk(cid: bytes, data: bytes) -> bytes:
        pad = b"\x00" if len(data) % 2 else b""
        return cid + struct.pack(">Q", len(data)) + data + pad

    prop = (
        b"SND "
        + chunk(b"FS  ", struct.pack(">I", 2822400))
        + chunk(b"CHNL", struct.pack(">H", 1) + b"C   ")
        + chunk(b"CMPR", b"DSD " + b"\x0enot compressed\x00")
    )
    body = b"DSD " + chunk(b"FVER", struct.pack(">I", 0x01050000)) + chunk(b"PROP", prop)
    body += chunk(b"DSD ", b"\x69" * SILENCE)
    return b"FRM8" + struct.pack(">Q", len(body)) + body


def asf_bytes() -> bytes:
    """A minimal ASF (WMA) header with file and stream properties; mutagen adds the tags."""

    def guid(text: str) -> bytes:
        import uuid

        return uuid.UUID(text).bytes_le

    def obj(g: str, payload: bytes) -> bytes:
        return guid(g) + struct.pack("<Q", 24 + len(payload)) + payload

    file_props = obj(
        "8CABDCA1-A947-11CF-8EE4-00C00C205365",
        guid("00000000-0000-0000-0000-000000000001")
        + struct.pack("<QQQQQQIIII", 0, 0, 0, 20_000_000, 20_000_000, 0, 2, 3200, 3200, 16000),
    )
    wave_format = struct.pack("<HHIIHHH", 0x0161, 1, 8000, 2000, 200, 16, 0)
    stream_props = obj(
        "B7DC0791-A9B7-11CF-8EE6-00C00C205365",
        guid("F8699E40-5B4D-11CF-A8FD-00805F5C442B")
        + guid("20FB5700-5B55-11CF-A8FD-00805F5C442B")
        + struct.pack("<QII", 0, len(wave_format), 0)
        + struct.pack("<HI", 1, 0)
        + wave_format,
    )
    children = file_props + stream_props
    header = guid("75B22630-668E-11CF-A6D9-00AA0062CE6C") + struct.pack(
        "<QIBB", 30 + len(children), 2, 1, 2
    )
    return header + children


def tta_bytes() -> bytes:
    return b"TTA1" + struct.pack("<HHHII", 1, 1, 16, 8000, 8000) + b"\x00" * 4 + b"\x00" * 512


def ofr_bytes() -> bytes:
    head = b"OFR " + struct.pack("<IIHBBIH", 15, 16000, 0, 1, 0, 8000, 0x0B50) + b"\x00"
    return head + b"\x00" * (76 - len(head)) + b"\x00" * 512


def tak_bytes() -> bytes:
    bits: list[int] = []

    def put(value: int, count: int) -> None:
        bits.extend((value >> i) & 1 for i in range(count))  # least significant bit first

    put(0, 6), put(0, 4), put(0, 4), put(16000, 35), put(0, 3)
    put(8000 - 6000, 18), put(16 - 8, 5), put(0, 4), put(0, 1)
    bits.extend([0] * (-len(bits) % 8))
    info = bytes(sum(bits[i + j] << j for j in range(8)) for i in range(0, len(bits), 8))
    size = len(info) + 3  # with its CRC
    block = bytes([1]) + size.to_bytes(3, "little") + info + b"\x00\x00\x00"
    end = bytes([0]) + (0).to_bytes(3, "little")
    return b"tBaK" + block + end + b"\x00" * 512


def mpc_bytes() -> bytes:
    return b"MP+\x07" + struct.pack("<II", 10, 0) + b"\x00" * 20 + b"\x00" * 512


def wavpack_bytes() -> bytes:
    flags = 1 | (4 << 23) | 4  # 16 bit, mono, 16000 Hz (rate index 4)
    block = b"wvpk" + struct.pack("<IHBBIIIII", 32 - 8 + 256, 0x410, 0, 0, 16000, 0, 16000,
                                  flags, 0)  # fmt: skip
    return block + b"\x00" * 256


def ape_bytes() -> bytes:
    descriptor = b"MAC " + struct.pack("<HH", 3990, 0) + b"\x00" * 48
    header = struct.pack("<HHIIIHHI", 2000, 0, 73728, 100, 2, 16, 1, 8000)
    head = descriptor + header[4:]
    return head[:56] + struct.pack("<IIIHHI", 73728, 100, 2, 16, 1, 8000) + b"\x00" * 512


def ac3_bytes(eac3: bool = False) -> bytes:
    if eac3:  # sync, strmtyp 0 / substreamid 0 / frmsiz 255, fscod 0, numblkscod 3, acmod 2, ...
        frame = b"\x0b\x77" + bytes([0x00, 0xFF, 0x34, 0x80]) + b"\x00" * 506
    else:  # sync, crc, fscod 0 / frmsizecod 8 (128 kbit/s), bsid 8, acmod 2
        frame = b"\x0b\x77\x00\x00\x08\x40\x43" + b"\x00" * 249
    return frame * 8


def adts_bytes() -> bytes:
    frames = []
    for _ in range(16):
        length = 7 + 32
        header = (0xFFF << 44) | (1 << 40) | (1 << 38) | (8 << 34) | (1 << 30)
        header |= length << 13 | 0x7FF << 2
        frames.append(header.to_bytes(7, "big") + b"\x00" * 32)
    return b"".join(frames)


def midi_bytes() -> bytes:
    events = b"\x00\xff\x51\x03\x07\xa1\x20" + b"\x00\x90\x3c\x40" + b"\x83\x60\x80\x3c\x40"
    events += b"\x00\xff\x2f\x00"
    return (
        b"MThd"
        + struct.pack(">IHHH", 6, 0, 1, 480)
        + b"MTrk"
        + struct.pack(">I", len(events))
        + events
    )


def flac_streaminfo() -> bytes:
    samples = 8000
    packed = (8000 << 44) | (0 << 41) | (15 << 36) | samples
    return struct.pack(">HH", 4096, 4096) + b"\x00" * 6 + packed.to_bytes(8, "big") + b"\x00" * 16


# -- the corpus --------------------------------------------------------------------------------
def build_corpus(root: Path) -> dict[str, Expected]:
    """Write every file under ``root``; returns relative path -> what the scan should find.
    Files that must be refused are listed by :data:`REFUSED`."""
    root.mkdir(parents=True, exist_ok=True)
    expected: dict[str, Expected] = {}

    def put(name: str, data: bytes) -> Path:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return path

    def id3_file(name: str, data: bytes, title: str, cls: type) -> None:
        path = put(name, data)
        audio = cls(path)
        audio.add_tags()
        for frame in id3_tags(title, rating=196).values():
            audio.tags.add(frame)
        audio.save()
        expected[name] = Expected(title, artist="Ida Ives", album="Chunks", year=2011,
                                  genres=("Jazz",), track=4, rating=4.0)  # fmt: skip

    from mutagen.aiff import AIFF
    from mutagen.dsdiff import DSDIFF
    from mutagen.dsf import DSF
    from mutagen.trueaudio import TrueAudio
    from mutagen.wave import WAVE

    wav = root / "id3" / "Wave With Cover.wav"
    wav.parent.mkdir(parents=True, exist_ok=True)
    pcm_wav(wav)
    id3_file("id3/Wave With Cover.wav", wav.read_bytes(), "Wave Title", WAVE)
    id3_file("id3/Aiff With Cover.aiff", aiff_bytes(), "Aiff Title", AIFF)
    id3_file("id3/Dsd Stream.dsf", dsf_bytes(), "Dsf Title", DSF)
    id3_file("id3/Dsd Interchange.dff", dff_bytes(), "Dff Title", DSDIFF)
    id3_file("id3/True Audio.tta", tta_bytes(), "Tta Title", TrueAudio)

    for name, data in (
        ("ape/Optim.ofr", ofr_bytes()), ("ape/Optim Stereo.ofs", ofr_bytes()),
        ("ape/Tak File.tak", tak_bytes()), ("ape/Muse Pack.mpc", mpc_bytes()),
        ("ape/Wave Pack.wv", wavpack_bytes()), ("ape/Monkey.ape", ape_bytes()),
    ):  # fmt: skip
        path = put(name, data)
        title = path.stem + " Title"
        ape_tag(path, title, rating="80")
        expected[name] = Expected(title, artist="Ada Ape", album="Blocks", year=1999,
                                  genres=("Ambient",), track=7, rating=4.0)  # fmt: skip

    # Ogg: Opus, Speex, FLAC and Vorbis comments; Theora is video (a film).
    comment = vorbis_comment
    opus_head = b"OpusHead" + struct.pack("<BBHIhB", 1, 1, 312, 48000, 0, 0)
    put("ogg/Opus Song.opus", ogg([opus_head, b"OpusTags" + comment("Opus Title")], 48000))
    speex_head = (
        b"Speex   "
        + b"1.2".ljust(20, b"\x00")
        + struct.pack("<13i", 1, 80, 8000, 0, 4, 1, -1, 160, 0, 1, 0, 0, 0)
    )
    put("ogg/Speex Talk.spx", ogg([speex_head, comment("Speex Title") + b""], 8000))
    flac_head = b"\x7fFLAC" + struct.pack(">BBH", 1, 0, 1) + b"fLaC"
    flac_head += b"\x00" + (34).to_bytes(3, "big") + flac_streaminfo()
    flac_comment = comment("Ogg Flac Title")
    put("ogg/Ogg Flac.oga", ogg([flac_head, b"\x84" + len(flac_comment).to_bytes(3, "big")
                                 + flac_comment], 8000))  # fmt: skip
    for name in ("ogg/Opus Song.opus", "ogg/Speex Talk.spx", "ogg/Ogg Flac.oga"):
        title = {"Opus": "Opus Title", "Speex": "Speex Title", "Ogg Flac": "Ogg Flac Title"}
        key = next(k for k in title if Path(name).stem.startswith(k))
        expected[name] = Expected(title[key], artist="Vera Voss", album="Pages", year=2003,
                                  genres=("Blues", "Folk"), track=2)  # fmt: skip
    theora = b"\x80theora" + bytes([3, 2, 1]) + struct.pack(">HH", 2, 2)
    theora += (32).to_bytes(3, "big") + (32).to_bytes(3, "big") + b"\x00\x00"
    theora += struct.pack(">II", 25, 1) + b"\x00" * 6 + b"\x00" + b"\x00\x00\x00"
    theora += b"\x00\xc0" + b"\x00" * 4
    put("ogg/Theora Clip.ogg", ogg([theora, b"\x81theora" + comment("Theora Clip")
                                    + b"\x01", b"\x82theora"], 50 << 6))  # fmt: skip
    expected["ogg/Theora Clip.ogg"] = Expected("Theora Clip", kind="film")

    # MP4 family: audio only is a track whatever the name says; a video track makes a film.
    m4a = (MEDIA / "music" / "Dmitri Duarte" / "Piers" / "Glass Harbour.m4a").read_bytes()
    for name in ("mp4/Audiobook.m4b", "mp4/Phone Song.3g2", "mp4/Only Sound.mp4"):
        put(name, m4a)
        expected[name] = Expected("Glass Harbour", artist="Dmitri Duarte", album="Piers")
    hdlr = m4a.index(b"soun")
    put("mp4/Real Film (2004).mp4", m4a[:hdlr] + b"vide" + m4a[hdlr + 4 :])
    expected["mp4/Real Film (2004).mp4"] = Expected("Real Film", kind="film", year=2004)

    # WMA: Author, WM/AlbumTitle, WM/Year, WM/Genre, WM/TrackNumber, WM/SharedUserRating.
    path = put("asf/Windows Media.wma", asf_bytes())
    wma = ASF(path)
    wma["Title"], wma["Author"], wma["WM/AlbumTitle"] = "Wma Title", "Walt Wren", "Media"
    wma["WM/Year"], wma["WM/Genre"], wma["WM/TrackNumber"] = "2007", "Soul", 5
    wma["WM/SharedUserRating"] = 75
    wma.save()
    expected["asf/Windows Media.wma"] = Expected("Wma Title", artist="Walt Wren", album="Media",
                                                 year=2007, genres=("Soul",), track=5,
                                                 rating=4.0)  # fmt: skip

    # No tags: the name gives the title.
    for name, data in (
        ("plain/Dolby.ac3", ac3_bytes()), ("plain/Dolby Plus.eac3", ac3_bytes(eac3=True)),
        ("plain/Raw Aac.aac", adts_bytes()), ("plain/Tune.mid", midi_bytes()),
    ):  # fmt: skip
        put(name, data)
        expected[name] = Expected(Path(name).stem)

    # Tags where the format's own reader has none: ID3 before raw AAC, APEv2 after AC-3.
    path = put("tagged/Id3 Aac.aac", adts_bytes())
    id3_tags("Aac Title", picture=False).save(path)
    expected["tagged/Id3 Aac.aac"] = Expected("Aac Title", artist="Ida Ives", album="Chunks",
                                              year=2011, genres=("Jazz",), track=4)  # fmt: skip
    path = put("tagged/Ape Ac3.ac3", ac3_bytes())
    ape_tag(path, "Ac3 Title")
    expected["tagged/Ape Ac3.ac3"] = Expected("Ac3 Title", artist="Ada Ape", year=1999, track=7)

    # The fixtures: MP3, FLAC, Ogg Vorbis.
    for src, name in (
        ("music/Ada Alder/Quiet Roads/03 Blue Wind.mp3", "fixtures/03 Blue Wind.mp3"),
        ("music/Bo Brook/Granite/01 Cold Stone.flac", "fixtures/01 Cold Stone.flac"),
        ("music/Carla Castell/Singles/Rain Letter.ogg", "fixtures/Rain Letter.ogg"),
    ):
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(MEDIA / src, target)
        expected[name] = Expected(Path(name).stem.removeprefix("03 ").removeprefix("01 "))

    # Mislabelled but readable: read by content (and noted).
    put("odd/really aiff.wav", (root / "id3" / "Aiff With Cover.aiff").read_bytes())
    expected["odd/really aiff.wav"] = Expected("Aiff Title")
    put("odd/no extension", (root / "ape" / "Monkey.ape").read_bytes())
    expected["odd/no extension"] = Expected("Monkey Title")
    return expected


# Files a scan must refuse, each with a word its reason must contain.
REFUSED = {
    "broken/empty.opus": "0 bytes",
    "broken/truncated.wv": "truncated",
    "broken/truncated.dsf": "truncated",
    "broken/text.tak": "content",
    "broken/picture.mp3": "JPEG",
    "broken/archive.xyz": "not an audio or video file",
    "broken/gone.flac": "broken symbolic link",
    "broken/pipe.mp3": "not a regular file",
}


def build_refused(root: Path) -> None:
    """Files no scan can read: empty, truncated, mislabelled beyond reading, unknown."""
    (root / "broken").mkdir(parents=True, exist_ok=True)
    (root / "broken" / "empty.opus").write_bytes(b"")
    (root / "broken" / "truncated.wv").write_bytes(wavpack_bytes()[:20])
    (root / "broken" / "truncated.dsf").write_bytes(dsf_bytes()[:40])
    (root / "broken" / "text.tak").write_text("these are liner notes, not audio\n")
    (root / "broken" / "picture.mp3").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 200)
    (root / "broken" / "archive.xyz").write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    (root / "broken" / "gone.flac").symlink_to(root / "nowhere.flac")
    os.mkfifo(root / "broken" / "pipe.mp3")  # reading it would wait for a writer forever
    # Never media: counted in a note, not problems.
    (root / "broken" / "cover.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 100)
    (root / "broken" / "album.cue").write_text('FILE "x.wav" WAVE\n')
    (root / "broken" / "._Monkey.ape").write_bytes(b"\x00\x05\x16\x07" + b"\x00" * 60)
