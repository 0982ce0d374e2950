"""Files the analysis meets in a real library: every one gives a result with a reason (or
correct features), never an exception."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from desktop_recsys.engine.sonic import DecodedAudio, Unsupported, analyse_file
from tests.sonic_signals import clicks, noise, write


def test_a_zero_length_file(tmp_path: Path) -> None:
    (tmp_path / "empty.mp3").write_bytes(b"")
    result = analyse_file(tmp_path / "empty.mp3")
    assert (result.status, result.reason) == ("failed", "the file is empty (0 bytes)")


@pytest.mark.parametrize("name", ["notes.mp3", "notes.flac", "notes.ogg", "notes.wav", "a.txt"])
def test_a_file_that_is_not_audio(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_text("These are my shopping notes, not a song.\n" * 50)
    result = analyse_file(tmp_path / name)
    assert result.status == "failed"
    assert result.reason.startswith("not an audio file this app can read"), result.reason


def test_a_missing_file_is_not_a_failure_of_the_file(tmp_path: Path) -> None:
    result = analyse_file(tmp_path / "gone.flac")
    assert (result.status, result.reason) == ("missing", "file not found")
    unreadable = tmp_path / "folder.flac"
    unreadable.mkdir()  # a folder where a file was expected
    assert analyse_file(unreadable).status == "failed"


@pytest.mark.parametrize("suffix", [".flac", ".mp3", ".ogg", ".wav"])
def test_truncated_files_give_a_reason_or_the_features_of_what_is_left(
    tmp_path: Path, suffix: str
) -> None:
    whole = write(tmp_path / f"whole{suffix}", clicks(120, seconds=10.0))
    data = whole.read_bytes()
    for keep in (0.5, 0.02):  # half the file; only its first 2 % (headers and a few frames)
        cut = tmp_path / f"cut{int(keep * 100)}{suffix}"
        cut.write_bytes(data[: int(len(data) * keep)])
        result = analyse_file(cut)
        assert result.status in ("ok", "failed")
        if result.status == "failed":
            assert result.reason
        else:  # what is left still decodes: the clicks are still at 120 BPM
            assert result.features.tempo is not None
            assert abs(result.features.tempo - 120) / 120 < 0.02


def test_a_file_with_garbage_in_the_middle(tmp_path: Path) -> None:
    path = write(tmp_path / "noisy.mp3", clicks(100, seconds=10.0))
    data = bytearray(path.read_bytes())
    rng = np.random.default_rng(5)
    middle = len(data) // 2
    data[middle : middle + 4000] = rng.integers(0, 256, 4000, dtype=np.uint8).tobytes()
    path.write_bytes(bytes(data))
    result = analyse_file(path)
    assert result.status in ("ok", "failed") and (result.status == "ok" or result.reason)


def test_silence_is_a_failure_with_its_reason(tmp_path: Path) -> None:
    result = analyse_file(write(tmp_path / "silence.flac", np.zeros(44_100 * 5)))
    assert result.status == "failed"
    assert result.reason.startswith("silent")
    quiet = analyse_file(write(tmp_path / "hiss.wav", noise(10 ** (-80 / 20))))
    assert quiet.status == "failed" and quiet.reason.startswith("silent")


def test_too_short_to_analyse(tmp_path: Path) -> None:
    result = analyse_file(write(tmp_path / "blip.wav", noise(0.1, seconds=0.5)))
    assert result.status == "failed" and result.reason.startswith("too short")


def test_m4a_without_a_decoder_for_it_is_unsupported_not_failed(tmp_path: Path) -> None:
    # An MP4 container's first box ("ftyp"): libsndfile does not read it.
    path = tmp_path / "song.m4a"
    path.write_bytes(b"\x00\x00\x00\x1cftypM4A \x00\x00\x02\x00" + bytes(2000))
    result = analyse_file(path)
    assert result.status == "unsupported" and "no decoder here reads .m4a" in result.reason
    fake = tmp_path / "text.m4a"
    fake.write_text("not a film either\n" * 20)
    assert analyse_file(fake).status == "failed"


class _ToneDecoder:
    """A stand-in for another decoder (the app's Qt one): reads .m4a as a 3 s noise burst."""

    name = "tone"

    def read_window(self, path: Path, seconds: float) -> DecodedAudio:
        if path.suffix != ".m4a":
            raise Unsupported(path.suffix)
        return DecodedAudio(noise(0.1, seconds=3.0).astype(np.float32), 44_100, 0.0, 3.0)


def test_other_decoders_are_asked_for_what_libsndfile_does_not_read(tmp_path: Path) -> None:
    from desktop_recsys.engine.sonic import SoundFileDecoder

    path = tmp_path / "song.m4a"
    path.write_bytes(b"\x00\x00\x00\x1cftypM4A " + bytes(100))
    result = analyse_file(path, [SoundFileDecoder(), _ToneDecoder()])
    assert result.status == "ok" and abs(result.features.loudness + 20) < 0.5
    flac = analyse_file(
        write(tmp_path / "a.flac", clicks(90)), [SoundFileDecoder(), _ToneDecoder()]
    )
    assert flac.status == "ok" and abs(flac.features.tempo - 90) < 2


class _ExplodingDecoder:
    name = "exploding"

    def read_window(self, path: Path, seconds: float) -> DecodedAudio:
        raise RuntimeError("decoder crashed\nwith two lines")


def test_a_decoder_that_raises_fails_the_file_not_the_run(tmp_path: Path) -> None:
    path = tmp_path / "x.m4a"
    path.write_bytes(b"\x00\x00\x00\x1cftypM4A " + bytes(100))
    result = analyse_file(path, [_ExplodingDecoder()])
    assert result.status == "failed" and "\n" not in result.reason
    assert "decoder crashed" in result.reason
