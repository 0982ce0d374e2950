"""``playlist smart create --rule certification:...`` and ``--rule explicit:...`` on the command
line (issue 18, section 3), on a library scanned from real files; a limited profile's list stays
inside its limits whatever the rule asks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from certified_media import EXPLICIT, FILM_AGES, scanned_library

from desktop_recsys.cli.entry import main
from desktop_recsys.library import Library
from desktop_recsys.services import limits


def cli(capsys: pytest.CaptureFixture[str], lib: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--library", str(lib), *args])
    out, err = capsys.readouterr()
    return code, out, err


def _shown(capsys: pytest.CaptureFixture[str], lib: Path, name: str, profile: str) -> list[int]:
    code, out, err = cli(capsys, lib, "playlist", "show", name, "--profile", profile, "--json")
    assert code == 0, err
    return [i["id"] for i in json.loads(out)["items"]]


def test_certification_and_explicit_rules_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lib, _root, ids = scanned_library(tmp_path)
    assert cli(capsys, lib, "profile", "add", "Parent")[0] == 0
    assert cli(capsys, lib, "profile", "add", "Kid")[0] == 0
    with Library.open(lib) as library:
        limits.set_limits(
            library, library.profiles.require("Kid").id, max_certification="PG", hide_explicit=True
        )
    ages = {ids[n]: age for n, (_t, age) in FILM_AGES.items()}

    code, out, err = cli(
        capsys, lib, "playlist", "smart", "create", "Family", "--profile", "Parent",
        "--kind", "film", "--rule", "certification:<=:PG-13", "--order", "certification",
    )  # fmt: skip
    assert code == 0, err
    assert "Created smart playlist 'Family'" in out and "4 items" in out
    assert [ages[i] for i in _shown(capsys, lib, "Family", "Parent")] == [0, 8, 10, 13]

    code, out, err = cli(
        capsys, lib, "playlist", "smart", "create", "Loud", "--profile", "Parent",
        "--rule", "explicit:=:yes",
    )  # fmt: skip
    assert code == 0, err
    assert set(_shown(capsys, lib, "Loud", "Parent")) == {ids[n] for n in EXPLICIT}

    # The kid's rules ask for more than its limits allow: the lists stay inside them.
    code, out, err = cli(
        capsys, lib, "playlist", "smart", "create", "Grown-up", "--profile", "Kid",
        "--match", "any", "--rule", "certification:>=:15", "--rule", "explicit:=:yes",
    )  # fmt: skip
    assert code == 0, err
    assert "0 items" in out
    assert _shown(capsys, lib, "Grown-up", "Kid") == []
    code, out, err = cli(
        capsys, lib, "playlist", "smart", "create", "All rated", "--profile", "Kid",
        "--rule", "certification:any",
    )  # fmt: skip
    assert code == 0, err
    assert sorted(ages[i] for i in _shown(capsys, lib, "All rated", "Kid")) == [0, 8, 10]


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        ("certification:<=:PG13!", "'PG13!' is no certification this app knows"),
        ("certification:<:PG", "certification: unknown operator '<'"),
        ("explicit:=:sometimes", "explicit: write yes or no"),
    ],
)
def test_a_bad_certification_rule_is_one_line_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], rule: str, expected: str
) -> None:
    lib, _root, _ids = scanned_library(tmp_path)
    assert cli(capsys, lib, "profile", "add", "Parent")[0] == 0
    code, out, err = cli(
        capsys, lib, "playlist", "smart", "create", "Bad", "--profile", "Parent", "--rule", rule
    )
    assert code == 1 and out == ""
    assert expected in err and err.count("\n") == 1
    code, out, _err = cli(capsys, lib, "playlist", "list", "--profile", "Parent", "--json")
    assert code == 0 and json.loads(out) == []


def test_the_rule_help_names_the_new_fields(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["playlist", "smart", "create", "--help"])
    out = capsys.readouterr().out
    assert "certification  age" in out and "explicit       bool" in out
    assert "certification:<=:PG-13" in out
