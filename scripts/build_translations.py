"""Build the interface translations: ``.ts`` sources and compiled ``.qm`` files.

    python scripts/build_translations.py            # compile .ts -> .qm (what the app loads)
    python scripts/build_translations.py --update   # first re-extract strings (lupdate)
    python scripts/build_translations.py --check    # exit 1 if a .qm is missing or stale

Independent of make: it runs ``pyside6-lupdate`` / ``pyside6-lrelease`` from the same
environment as this Python. ``--update`` keeps existing translations and marks strings that
vanished from the code as obsolete. The ``.qm`` files are committed so a checkout (and a
frozen build) runs without this step; the test suite runs ``--check``.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
LOCALES = ("zh_CN",)
DOMAIN = "desktop_recsys"
SOURCES = [ROOT / "desktop_recsys" / "ui", ROOT / "desktop_recsys" / "app.py"]


def tool(name: str) -> str:
    """The PySide6 tool beside this interpreter, else on PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (it ships with PySide6-Essentials)")
    return found


def ts_file(locale: str) -> Path:
    return TS_DIR / f"{DOMAIN}_{locale}.ts"


_MESSAGE = re.compile(r"<message(?: [^>]*)?>.*?</message>", re.S)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
_COMMENT = re.compile(r"<comment>(.*?)</comment>", re.S)
_TRANSLATION = re.compile(r"<translation(?: [^>]*)?>.*?</translation>|<translation[^>]*/>", re.S)


def _message_key(block: str) -> tuple[str, str] | None:
    source = _SOURCE.search(block)
    if source is None:
        return None
    comment = _COMMENT.search(block)
    return source.group(1), comment.group(1) if comment else ""


def known_translations(ts_text: str) -> dict[tuple[str, str], str]:
    """Finished translations by (source, comment), whatever their context; a source
    translated two different ways is left out (which one would be a guess)."""
    found: dict[tuple[str, str], set[str]] = {}
    for block in _MESSAGE.findall(ts_text):
        key, translation = _message_key(block), _TRANSLATION.search(block)
        if key is None or translation is None or 'type="' in translation.group(0):
            continue
        found.setdefault(key, set()).add(translation.group(0))
    return {key: next(iter(texts)) for key, texts in found.items() if len(texts) == 1}


def carry_translations(ts_text: str, known: dict[tuple[str, str], str]) -> str:
    """Fill unfinished messages whose source text was translated before.

    lupdate keys a message by its context (the class that calls ``tr``): when code moves to
    another class, its strings come back unfinished in the new context and the old entries
    vanish. The words are the same, so their translation carries over.
    """

    def fill(match: re.Match[str]) -> str:
        block = match.group(0)
        translation = _TRANSLATION.search(block)
        key = _message_key(block)
        if translation is None or key is None or 'type="unfinished"' not in translation.group(0):
            return block
        done = known.get(key)
        if done is None:
            return block
        return block[: translation.start()] + done + block[translation.end() :]

    return _MESSAGE.sub(fill, ts_text)


def update_sources() -> None:
    """Re-extract every ``tr()`` string into the ``.ts`` files (keeps translations, also of
    strings whose code moved to another class)."""
    files = sorted(
        str(p) for src in SOURCES for p in ([src] if src.is_file() else src.rglob("*.py"))
    )
    for locale in LOCALES:
        path = ts_file(locale)
        known = known_translations(path.read_text(encoding="utf-8")) if path.is_file() else {}
        subprocess.run(
            [tool("pyside6-lupdate"), "-no-obsolete", *files, "-ts", str(path)],
            check=True,
            capture_output=True,
        )
        text = path.read_text(encoding="utf-8")
        path.write_text(carry_translations(text, known), encoding="utf-8")


def compile_to(locale: str, out: Path) -> Path:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts_file(locale)), "-qm", str(out)],
        check=True,
        capture_output=True,
    )
    return out


def build() -> list[Path]:
    """Compile every ``.ts`` into the ``.qm`` beside it: written beside it and renamed over
    it, never rewritten in place, because a running window (or a test) has the old file mapped
    into memory (QTranslator maps it) and a file truncated under a mapping kills the process
    with SIGBUS."""
    built = []
    for locale in LOCALES:
        final = ts_file(locale).with_suffix(".qm")
        part = compile_to(locale, final.with_name(final.name + ".part"))
        os.replace(part, final)
        built.append(final)
    return built


def stale() -> list[str]:
    """Locales whose committed ``.qm`` differs from a fresh compile of the ``.ts``."""
    out: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for locale in LOCALES:
            fresh = compile_to(locale, Path(tmp) / f"{locale}.qm")
            committed = ts_file(locale).with_suffix(".qm")
            if not committed.is_file() or not filecmp.cmp(fresh, committed, shallow=False):
                out.append(locale)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="re-extract strings first")
    parser.add_argument("--check", action="store_true", help="only check the .qm are current")
    args = parser.parse_args(argv)
    if args.check:
        bad = stale()
        for locale in bad:
            print(f"{ts_file(locale).with_suffix('.qm').name} is stale: run {Path(__file__).name}")
        return 1 if bad else 0
    if args.update:
        update_sources()
    for path in build():
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
