"""Every sentence the command line prints or raises goes through its catalogue (cli/words.py)
and has a Chinese translation with the same placeholders and full-width punctuation: a new
English string in ``desktop_recsys/cli/`` cannot slip in untranslated."""

from __future__ import annotations

import ast
import re
import string
from collections.abc import Iterator
from pathlib import Path

import desktop_recsys
from desktop_recsys.cli.words import source_templates
from desktop_recsys.config.language import catalog

CLI = Path(desktop_recsys.__file__).parent / "cli"
CATALOGUES = [
    Path(desktop_recsys.__file__).parent / "ui" / name
    for name in ("cli_catalog.py", "cli_output_catalog.py")
]
HAN = "\u3400-\u9fff"
HALF_WIDTH_NEXT_TO_HAN = re.compile(f"(?<=[{HAN}])[,:;!?()]|[,:;!?()](?=[{HAN}])")
#: An English word: three letters or more ("id", "s", "MB", "dB", "Hz" are units and ids).
WORD = re.compile(r"[A-Za-z]{3,}")
#: Calls whose text a person reads: what is printed, raised, asked.
SINKS = {"print", "UserError", "ArgumentTypeError", "confirmed", "_ask"}
#: Calls that translate (their literal arguments are catalogue templates or Messages) or
#: write for programs (JSON).
TRANSLATED = {"say", "say_n", "message", "Message", "dumps"}
#: Calls whose literal text is argparse's (help texts: tests/test_cli_help_chinese.py).
HELP_CALLS = {"add_argument", "add", "add_parser", "add_subparsers", "add_argument_group"}
#: A line marked so holds text for programs (a JSON field, a unit): it stays as it is.
MACHINE = "# machine-readable"


def _name(func: ast.expr) -> str | None:
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)


def _english(node: ast.AST) -> Iterator[tuple[int, str]]:
    """(line, text) of literal text under ``node`` that is not inside a translating call, a
    subscript key (``row["title"]``) or a dict key."""
    if isinstance(node, ast.Call) and _name(node.func) in TRANSLATED:
        return
    if isinstance(node, ast.Call) and _name(node.func) == "get":  # row.get("key")
        yield from _english(node.func)
        return
    if isinstance(node, ast.Subscript):
        yield from _english(node.value)
        return
    if isinstance(node, ast.Dict):
        for value in node.values:
            yield from _english(value)
        return
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if WORD.search(node.value):
            yield node.lineno, node.value
        return
    for child in ast.iter_child_nodes(node):
        yield from _english(child)


def untranslated_text(folder: Path) -> list[str]:
    """Where the command line prints, raises or builds English text outside its catalogue."""
    found: list[str] = []
    for path in sorted(folder.glob("*.py")):
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        tree = ast.parse(source, str(path))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}

        def inside(node: ast.AST, names: set[str], parents: dict = parents) -> bool:
            current = parents.get(node)
            while current is not None:
                if isinstance(current, ast.Call) and _name(current.func) in names:
                    return True
                current = parents.get(current)
            return False

        def report(line: int, text: str, path: Path = path, lines: list[str] = lines) -> None:
            if MACHINE not in lines[line - 1]:
                found.append(f"{path.name}:{line}: {text!r}")

        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node.func) in SINKS:
                arguments = [*node.args, *(k.value for k in node.keywords if k.arg != "file")]
                for argument in arguments:
                    for line, text in _english(argument):
                        report(line, text)
            elif isinstance(node, ast.JoinedStr) and not inside(node, TRANSLATED | HELP_CALLS):
                # An f-string with words is a sentence in the making, wherever it is built.
                text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
                if WORD.search(text.replace("@", " ")) and not text.rstrip().endswith("@"):
                    report(node.lineno, text)
            elif (
                isinstance(node, ast.Call)
                and _name(node.func) in {"say", "say_n"}
                and path.name != "words.py"  # where say_n hands its choice to say
            ):
                positions = (0,) if _name(node.func) == "say" else (1, 2)
                for position in positions:
                    argument = node.args[position] if position < len(node.args) else None
                    if not (isinstance(argument, ast.Constant) and isinstance(argument.value, str)):
                        found.append(f"{path.name}:{node.lineno}: a template that is not a literal")
    return sorted(set(found))


def test_every_printed_or_raised_sentence_goes_through_the_catalogue() -> None:
    found = untranslated_text(CLI)
    assert not found, (
        "English text printed or raised outside cli/words.py's say()/say_n() (or mark a line "
        f"for programs with '{MACHINE}'): {found}"
    )


def test_the_check_catches_an_english_print(tmp_path: Path) -> None:
    """The walker is not blind: each way English can slip in is caught; translated, JSON and
    marked lines pass."""
    (tmp_path / "bad.py").write_text(
        "import json\n"
        "from desktop_recsys.cli.words import say\n"
        "def f(n, path, row):\n"
        "    print(f'Imported {n} items')\n"
        "    raise UserError('no such thing')\n"
        "    what = f'{n} tracks'\n"
        "    print(say(what))\n"
        "    print(say('Wrote {0}', path))\n"
        "    print(json.dumps({'items': n}))\n"
        "    print(row['title'])\n"
        "    scope = f'profile {n}'  # machine-readable\n",
        encoding="utf-8",
    )
    found = untranslated_text(tmp_path)
    lines = {int(f.split(":")[1]) for f in found}
    assert lines == {4, 5, 6, 7}, found  # not the say(), JSON, row["title"] or marked lines
    assert any("not a literal" in f for f in found)


def _catalogued() -> set[str]:
    trees = [ast.parse(path.read_text(encoding="utf-8")) for path in CATALOGUES]
    return {
        node.args[1].value
        for tree in trees
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and _name(node.func) == "QT_TRANSLATE_NOOP"
        and isinstance(node.args[0], ast.Constant)
        and node.args[0].value == "cli"
        and isinstance(node.args[1], ast.Constant)
    }


def _fields(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return sorted(
        (name, spec, conversion)
        for _literal, name, spec, conversion in string.Formatter().parse(text)
        if name is not None
    )


def test_every_template_is_listed_for_translators_and_translated_in_chinese() -> None:
    templates = {text for text, _where in source_templates(CLI)}
    assert len(templates) > 250  # the walker found the command line's sentences
    missing = sorted(templates - _catalogued())
    assert not missing, f"run scripts/cli_catalog.py (then build_translations --update): {missing}"
    words = catalog("zh_CN")
    untranslated = sorted(t for t in templates if words.text("cli", t) == t)
    assert not untranslated, f"translate in the .ts (context cli): {untranslated[:10]}"
    for template in templates:
        chinese = words.text("cli", template)
        # The same placeholders: a translation can reorder them, never drop or add one.
        assert sorted(set(_fields(chinese))) == sorted(set(_fields(template))), template
        assert not HALF_WIDTH_NEXT_TO_HAN.search(chinese), chinese
