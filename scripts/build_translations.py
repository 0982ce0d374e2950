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


def update_sources() -> None:
    """Re-extract every ``tr()`` string into the ``.ts`` files (keeps translations)."""
    files = sorted(
        str(p) for src in SOURCES for p in ([src] if src.is_file() else src.rglob("*.py"))
    )
    for locale in LOCALES:
        subprocess.run(
            [tool("pyside6-lupdate"), "-no-obsolete", *files, "-ts", str(ts_file(locale))],
            check=True,
            capture_output=True,
        )


def compile_to(locale: str, out: Path) -> Path:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts_file(locale)), "-qm", str(out)],
        check=True,
        capture_output=True,
    )
    return out


def build() -> list[Path]:
    """Compile every ``.ts`` into the ``.qm`` beside it."""
    return [compile_to(loc, ts_file(loc).with_suffix(".qm")) for loc in LOCALES]


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
