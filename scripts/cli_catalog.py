"""Write ``desktop_recsys/ui/cli_catalog.py`` and ``cli_output_catalog.py``: the command line's
help texts and printed sentences for translators.

    python scripts/cli_catalog.py            # write it from the parser as it is now
    python scripts/cli_catalog.py --check    # exit 1 if it is out of date

The command line has no Qt, so ``pyside6-lupdate`` cannot see its help texts; this lists them
inside ``QT_TRANSLATE_NOOP`` (contexts ``"cli"`` and ``"argparse"``) in a module lupdate reads,
with every template the commands print through ``cli/words.py`` (``say``, ``say_n``).
Afterwards run ``scripts/build_translations.py --update`` and translate what is new.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "desktop_recsys" / "ui" / "cli_catalog.py"
#: What the commands print (cli/words.py's templates), apart: one file would pass 700 lines.
OUTPUT_TARGET = ROOT / "desktop_recsys" / "ui" / "cli_output_catalog.py"

HEADER = '''"""The command line's help texts and plain words, listed for the translators.

Written by ``scripts/cli_catalog.py`` from the parser (do not edit by hand): the command line
has no Qt, so ``pyside6-lupdate`` cannot see its texts. ``desktop_recsys/cli/help_language.py``
looks them up at run time (contexts ``"cli"`` and ``"argparse"``); a test fails when this list
and the parser disagree or a text has no finished Chinese translation.
"""

# ruff: noqa: E501

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

'''

OUTPUT_HEADER = '''"""The command line's printed sentences and errors, listed for the translators.

Written by ``scripts/cli_catalog.py`` from the source of ``desktop_recsys/cli/`` (do not edit by
hand): every template given to ``say`` or ``say_n`` (``cli/words.py``), which look them up at run
time (context ``"cli"``). tests/test_cli_output_catalogue.py fails when a printed or raised
sentence bypasses them, when this list is out of date or a template has no Chinese translation.
"""

# ruff: noqa: E501

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

'''


def render() -> dict[Path, str]:
    """The text of each catalogue file."""
    sys.path.insert(0, str(ROOT))
    from desktop_recsys.cli.entry import build_parser
    from desktop_recsys.cli.help_language import ARGPARSE_WORDS, CLI_WORDS, parser_strings
    from desktop_recsys.cli.words import source_templates

    cli = list(dict.fromkeys([*CLI_WORDS, *parser_strings(build_parser())]))
    printed = [text for text, _where in source_templates(ROOT / "desktop_recsys" / "cli")]
    printed = [text for text in dict.fromkeys(printed) if text not in cli]
    lines = [HEADER, '#: argparse\'s own words (context ``"argparse"``).\n']
    lines.append("ARGPARSE: tuple[str, ...] = (\n")
    lines += [f'    QT_TRANSLATE_NOOP("argparse", {text!r}),\n' for text in ARGPARSE_WORDS]
    lines.append(')\n\n#: The command line\'s help texts and words (context ``"cli"``).\n')
    lines.append("CLI: tuple[str, ...] = (\n")
    lines += [f'    QT_TRANSLATE_NOOP("cli", {text!r}),\n' for text in cli]
    lines.append(")\n")
    output = [OUTPUT_HEADER]
    output.append('#: What the commands print and raise (context ``"cli"``; ``cli/words.py``).\n')
    output.append("OUTPUT: tuple[str, ...] = (\n")
    output += [f'    QT_TRANSLATE_NOOP("cli", {text!r}),\n' for text in printed]
    output.append(")\n")
    return {TARGET: _formatted(TARGET, lines), OUTPUT_TARGET: _formatted(OUTPUT_TARGET, output)}


def _formatted(target: Path, lines: list[str]) -> str:
    """Formatted as the repository's formatter leaves it (quotes, long calls wrapped)."""
    ruff = Path(sys.executable).parent / "ruff"
    done = subprocess.run(
        [str(ruff), "format", "--stdin-filename", str(target), "-"],
        input="".join(lines),
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return done.stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check it is up to date")
    args = parser.parse_args(argv)
    texts = render()
    if args.check:
        for target, text in texts.items():
            current = target.read_text(encoding="utf-8") if target.is_file() else ""
            if current != text:
                print(f"{target.name} is out of date: run scripts/{Path(__file__).name}")
                return 1
        return 0
    for target, text in texts.items():
        target.write_text(text, encoding="utf-8")
        print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
