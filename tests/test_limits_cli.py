"""``desktop-recsys profile limits`` (issue 18, section 3): show, set, clear, PIN."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_recsys.cli import main
from desktop_recsys.library import Library
from desktop_recsys.services import limits


@pytest.fixture
def lib(demo_library_copy: Path) -> Path:
    return demo_library_copy


def _name(path: Path) -> str:
    with Library.open(path) as library:
        return library.profiles.list()[0].name


def _json(path: Path, name: str, capsys: pytest.CaptureFixture[str]) -> dict:
    capsys.readouterr()
    assert main(["profile", "limits", name, "--library", str(path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_set_show_and_clear_limits(lib: Path, capsys: pytest.CaptureFixture[str]) -> None:
    name = _name(lib)
    assert main(["profile", "limits", name, "--library", str(lib)]) == 0
    assert "no limits" in capsys.readouterr().out
    code = main(
        ["profile", "limits", name, "--library", str(lib), "--max-certification", "PG-13",
         "--hide-explicit", "--block-unrated", "--block-genre", "Horror", "War",
         "--block-tag", "dark"]
    )  # fmt: skip
    assert code == 0
    out = capsys.readouterr().out
    assert "maximum certification: PG-13 (13+)" in out and "blocked genres: Horror, War" in out
    shown = _json(lib, name, capsys)
    assert shown["max_age"] == 13 and shown["hide_explicit"] and shown["block_unrated"]
    assert shown["blocked_genres"] == ["Horror", "War"] and shown["blocked_tags"] == ["dark"]
    with Library.open(lib) as library:
        pid = library.profiles.require(name).id
        # What the command says is hidden is what the services hide.
        assert shown["hidden_items"] == len(limits.blocked_ids(library, pid)) > 0
    assert main(["profile", "limits", name, "--library", str(lib), "--unblock-genre", "war"]) == 0
    assert _json(lib, name, capsys)["blocked_genres"] == ["Horror"]
    assert main(["profile", "limits", name, "--library", str(lib), "--clear"]) == 0
    cleared = _json(lib, name, capsys)
    assert cleared["max_age"] is None and cleared["hidden_items"] == 0


def test_a_pin_protects_the_limits(
    lib: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    name = _name(lib)
    monkeypatch.setenv("DESKTOP_RECSYS_NEW_PIN", "4321")
    args = ["profile", "limits", name, "--library", str(lib)]
    assert main([*args, "--max-certification", "PG", "--pin"]) == 0
    monkeypatch.delenv("DESKTOP_RECSYS_NEW_PIN")
    before = _json(lib, name, capsys)
    assert before["pin"] is True
    # No PIN (no terminal to type it) and a wrong one: refused, one line, nothing changed.
    assert main([*args, "--max-certification", "R"]) == 1
    err = capsys.readouterr().err
    assert "protected by a PIN" in err and "nothing was changed" in err
    assert len(err.strip().splitlines()) == 1
    monkeypatch.setenv("DESKTOP_RECSYS_PIN", "0000")
    assert main([*args, "--clear", "--remove-pin"]) == 1
    assert "wrong PIN" in capsys.readouterr().err
    assert _json(lib, name, capsys) == before
    # The right PIN (as a script gives it) changes them.
    monkeypatch.setenv("DESKTOP_RECSYS_PIN", "4321")
    assert main([*args, "--max-certification", "R"]) == 0
    assert _json(lib, name, capsys)["max_age"] == 17
    assert main([*args, "--remove-pin"]) == 0
    monkeypatch.delenv("DESKTOP_RECSYS_PIN")
    assert main([*args, "--show-explicit"]) == 0  # no PIN any more


def test_typed_pins_are_asked_without_echo(
    lib: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import desktop_recsys.cli.limits as cli_limits

    name = _name(lib)
    typed = iter(["8642", "8642", "8642"])
    monkeypatch.setattr(cli_limits.sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(cli_limits.getpass, "getpass", lambda prompt: next(typed))
    args = ["profile", "limits", name, "--library", str(lib)]
    assert main([*args, "--pin"]) == 0  # typed twice
    assert main([*args, "--hide-explicit"]) == 0  # the PIN typed once
    assert _json(lib, name, capsys)["hide_explicit"] is True
    mismatch = iter(["8642", "1111", "2222"])
    monkeypatch.setattr(cli_limits.getpass, "getpass", lambda prompt: next(mismatch))
    assert main([*args, "--pin"]) == 1
    assert "the two PINs differ; nothing was changed" in capsys.readouterr().err


def test_bad_input_is_one_line_and_changes_nothing(
    lib: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = _name(lib)
    args = ["profile", "limits", name, "--library", str(lib)]
    assert main([*args, "--max-certification", "PG13!", "--hide-explicit"]) == 1
    assert "no certification this app knows" in capsys.readouterr().err
    assert _json(lib, name, capsys)["hide_explicit"] is False
    assert main(["profile", "limits", "Nobody", "--library", str(lib)]) == 1
    assert "no profile" in capsys.readouterr().err


def test_removing_a_pin_protected_profile_needs_its_pin(
    lib: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    name = _name(lib)
    monkeypatch.setenv("DESKTOP_RECSYS_NEW_PIN", "4321")
    assert main(["profile", "limits", name, "--library", str(lib), "--hide-explicit", "--pin"]) == 0
    capsys.readouterr()
    remove = ["profile", "remove", name, "--library", str(lib), "--yes"]
    assert main(remove) == 1  # no PIN, no terminal
    assert "protected by a PIN" in capsys.readouterr().err
    monkeypatch.setenv("DESKTOP_RECSYS_PIN", "1111")
    assert main(remove) == 1
    assert "wrong PIN" in capsys.readouterr().err
    with Library.open(lib) as library:
        assert any(p.name == name for p in library.profiles.list())
    monkeypatch.setenv("DESKTOP_RECSYS_PIN", "4321")
    assert main(remove) == 0
    with Library.open(lib) as library:
        assert not any(p.name == name for p in library.profiles.list())
