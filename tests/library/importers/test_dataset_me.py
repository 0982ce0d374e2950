"""The data-set user who is "me" in the HetRec Last.fm data set: their plays and friends go
to a person's profile; the others are community profiles."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_recsys.cli import main
from desktop_recsys.errors import UserError
from desktop_recsys.library import Library
from desktop_recsys.library.importers.lastfm_hetrec import import_lastfm_hetrec


def test_hetrec_user_mapped_onto_a_profile(hetrec_small: Path, tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib.sqlite") as lib:
        ann = lib.profiles.add("Ann")
        import_lastfm_hetrec(lib, hetrec_small, me="2", profile="ann")  # any case
        assert lib.profiles.by_name("lastfm:2") is None
        three = lib.profiles.by_name("lastfm:3")
        assert three is not None and three.community
        assert not lib.profiles.get(ann.id).community
        assert lib.plays.for_profile(ann.id)
        assert lib.friends.pairs() == [(min(ann.id, three.id), max(ann.id, three.id))]


def test_hetrec_unknown_user_refused_and_nothing_kept(hetrec_small: Path, tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib.sqlite") as lib:
        with pytest.raises(UserError, match="not in this data set"):
            import_lastfm_hetrec(lib, hetrec_small, me="777", profile="Ann")
        assert lib.profiles.list() == [] and lib.stats.collect().plays == 0


def test_the_command_line_maps_a_data_set_user_with_me(
    hetrec_small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = tmp_path / "lib.sqlite"
    argv = ["--library", str(library), "import", "lastfm-hetrec", str(hetrec_small), "--quiet"]
    assert main([*argv, "--me", "2", "--profile", "Ann"]) == 0
    with Library.open(library) as lib:
        ann = lib.profiles.by_name("Ann")
        assert ann is not None and not ann.community and lib.plays.for_profile(ann.id)
        assert lib.profiles.by_name("lastfm:2") is None
    other = tmp_path / "other.sqlite"
    code = main(["--library", str(other), *argv[2:], "--me", "777", "--profile", "Ann"])
    assert code == 1 and "not in this data set" in capsys.readouterr().err
