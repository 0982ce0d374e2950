"""How job definitions name things: a profile in a job's title ("for Alice", else "profile 3")
and a library in a ``replace_key`` (its absolute path, so two spellings of one file agree)."""

from __future__ import annotations

from pathlib import Path


def library_key(path: Path) -> str:
    """A library as a ``replace_key`` names it: its absolute path, with ``~`` expanded."""
    return str(Path(path).expanduser().absolute())


def profile_label(profile: int | str | None, name: str | None) -> str:
    """How a title names a profile: its name when the caller gave it, else its id."""
    if name:
        return name
    return f"profile {profile}" if isinstance(profile, int) else str(profile)


def for_profile(profile: int | str | None, name: str | None) -> str:
    """A title's " for <profile>" when the job is for one profile, else nothing."""
    return f" for {profile_label(profile, name)}" if profile is not None else ""
