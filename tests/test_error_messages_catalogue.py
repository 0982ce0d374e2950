"""Every error a person can meet below the command line is translatable: an error raised in the
folders of :data:`DIRECTORIES` carries a :class:`~desktop_recsys.progress.Message` (an English
template and named arguments), never plain text; each such template is listed for the
translators (``desktop_recsys.ui.message_catalog.MESSAGES``), one line, and translated into
Chinese with the same placeholders and full-width punctuation.

To check another folder of the package, add its name to :data:`DIRECTORIES`; its templates go
into a catalogue module of its own that ``MESSAGES`` includes.
"""

from __future__ import annotations

import ast
import re
import string
from collections.abc import Iterable, Iterator
from pathlib import Path

import desktop_recsys
from desktop_recsys.config.language import catalog
from desktop_recsys.errors import UserError
from desktop_recsys.progress import Message
from desktop_recsys.ui.message_catalog import MESSAGES

PACKAGE = Path(desktop_recsys.__file__).parent
#: The package's folders whose errors must be translatable.
DIRECTORIES = ("library", "services", "jobs", "engine")
HAN = "\u3400-\u9fff"
HALF_WIDTH_NEXT_TO_HAN = re.compile(f"(?<=[{HAN}])[,:;!?()]|[,:;!?()](?=[{HAN}])")


def _parsed(path: Path) -> ast.Module:
    """A source file's syntax tree (not cached: the suite collects garbage after each test,
    and thousands of kept nodes would make every collection slow)."""
    return ast.parse(path.read_text(encoding="utf-8"), str(path))


def _name(func: ast.expr) -> str | None:
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)


def error_classes(sources: Iterable[Path]) -> set[str]:
    """``UserError`` and the names of its subclasses defined in ``sources`` (by their bases)."""
    bases: dict[str, set[str]] = {}
    for path in sources:
        for node in ast.walk(_parsed(path)):
            if isinstance(node, ast.ClassDef):
                names = {n for n in (_name(b) for b in node.bases) if n}
                bases.setdefault(node.name, set()).update(names)
    found = {"UserError"}
    grown = True
    while grown:
        more = {cls for cls, parents in bases.items() if parents & found} - found
        found |= more
        grown = bool(more)
    return found


def _plain_text(node: ast.expr, constants: dict[str, ast.expr]) -> str | None:
    """Why ``node`` (an error's message) is plain text rather than a Message, or None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return "a plain string"
    if isinstance(node, ast.JoinedStr):
        return "an f-string"
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return "text put together with + or %"
    if isinstance(node, ast.Call):
        if _name(node.func) in {"format", "join", "str", "repr"}:
            return f"text made by {_name(node.func)}()"
        if _name(node.func) == "Message":
            first = node.args[0] if node.args else None
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                return "a Message whose template is not one literal string"
    if isinstance(node, ast.Name) and node.id in constants:
        return _plain_text(constants[node.id], {})
    return None


def _module_constants(tree: ast.Module) -> dict[str, ast.expr]:
    return {
        target.id: node.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    }


def _error_calls(tree: ast.Module, errors: set[str]) -> Iterator[tuple[ast.Call, ast.expr]]:
    """(call, message) of every error raised with a message: ``UserError(message)`` and its
    subclasses, and ``super().__init__(message)`` inside such a subclass."""
    for node in ast.walk(tree):
        calls: list[ast.AST] = [node]
        if isinstance(node, ast.ClassDef) and {_name(b) for b in node.bases} & errors:
            calls = [
                c
                for c in ast.walk(node)
                if isinstance(c, ast.Call)
                and _name(c.func) == "__init__"
                and isinstance(c.func, ast.Attribute)
                and isinstance(c.func.value, ast.Call)
                and _name(c.func.value.func) == "super"
            ]
        elif not (isinstance(node, ast.Call) and _name(node.func) in errors):
            continue
        for call in calls:
            assert isinstance(call, ast.Call)
            message = call.args[0] if call.args else None
            message = message or next((k.value for k in call.keywords if k.arg == "message"), None)
            if message is not None:
                yield call, message


#: Calls whose last argument is a reason an import report shows (``report.problem(file, line,
#: reason)``, ``report.clean(...)``, a reader's ``problem(number, reason)`` callback) and the
#: importers' own exceptions whose message becomes such a reason.
REASON_CALLS = {"problem", "clean", "_BadRow", "_Unreadable"}


def _reason_calls(tree: ast.Module) -> Iterator[tuple[ast.Call, ast.expr]]:
    """(call, reason) of every import-report reason given in ``tree`` (issue 19: the report's
    problem lines are translated like errors)."""
    for node in ast.walk(tree):
        name = _name(node.func) if isinstance(node, ast.Call) else None
        if name in REASON_CALLS and node.args and (len(node.args) >= 2 or name.startswith("_")):
            yield node, node.args[-1]


def _files(folders: Iterable[Path]) -> list[Path]:
    return sorted(path for folder in folders for path in folder.rglob("*.py"))


def plain_text_errors(folders: Iterable[Path], errors: set[str] | None = None) -> list[str]:
    """``file:line: why`` of each error raised in ``folders`` with plain text."""
    files = _files(folders)
    errors = errors if errors is not None else error_classes(PACKAGE.rglob("*.py"))
    found: list[str] = []
    for path in files:
        tree = _parsed(path)
        constants = _module_constants(tree)
        for call, message in [*_error_calls(tree, errors), *_reason_calls(tree)]:
            why = _plain_text(message, constants)
            if why:
                where = path.relative_to(PACKAGE) if path.is_relative_to(PACKAGE) else path.name
                found.append(f"{where}:{call.lineno}: {why}")
    return found


def error_templates(folders: Iterable[Path]) -> dict[str, str]:
    """template -> where, of every literal ``Message(...)`` in the errors raised in ``folders``
    (arguments that are Messages included) and in the module constants they name."""
    errors = error_classes(PACKAGE.rglob("*.py"))
    found: dict[str, str] = {}
    for path in _files(folders):
        tree = _parsed(path)
        constants = _module_constants(tree)
        for _call, message in [*_error_calls(tree, errors), *_reason_calls(tree)]:
            parts: list[ast.AST] = [message]
            parts += [
                constants[n.id]
                for n in ast.walk(message)
                if isinstance(n, ast.Name) and n.id in constants
            ]
            for part in parts:
                for node in ast.walk(part):
                    if (
                        isinstance(node, ast.Call)
                        and _name(node.func) == "Message"
                        and node.args
                        and isinstance(node.args[0], ast.Constant)
                        and isinstance(node.args[0].value, str)
                    ):
                        found.setdefault(node.args[0].value, f"{path.name}:{node.lineno}")
    return found


def _fields(text: str) -> list[tuple[str, str, str | None]]:
    """The placeholders of a ``str.format`` template: (name, format spec, conversion)."""
    return sorted(
        (name, spec or "", conversion)
        for _literal, name, spec, conversion in string.Formatter().parse(text)
        if name is not None
    )


def template_problems(templates: dict[str, str], translations: dict[str, str]) -> list[str]:
    """What is wrong with each template: not listed in ``MESSAGES``, not one line, not
    translated (``translations``: template -> Chinese), other placeholders in the translation,
    half-width punctuation beside Chinese characters."""
    listed = set(MESSAGES)
    found: list[str] = []
    for template, where in sorted(templates.items()):
        chinese = translations.get(template)
        if template not in listed:
            found.append(f"{where}: not in ui/message_catalog*.py: {template!r}")
        if "\n" in template or "  " in template:
            found.append(f"{where}: not one line: {template!r}")
        # A template of placeholders and punctuation only ("{where}: {reason}") is translated
        # by its punctuation; any other needs Chinese characters.
        words = re.search("[A-Za-z]", re.sub(r"\{[^{}]*\}", "", template))
        if not chinese or chinese == template or (words and not re.search(f"[{HAN}]", chinese)):
            found.append(f"{where}: no finished Chinese translation: {template!r}")
            continue
        if sorted(set(_fields(chinese))) != sorted(set(_fields(template))):
            found.append(f"{where}: other placeholders in {chinese!r} than in {template!r}")
        if HALF_WIDTH_NEXT_TO_HAN.search(chinese):
            found.append(f"{where}: half-width punctuation beside Chinese: {chinese!r}")
    return found


# -- the package ------------------------------------------------------------------------------
def test_no_error_is_raised_with_plain_text() -> None:
    found = plain_text_errors(PACKAGE / name for name in DIRECTORIES)
    assert not found, (
        "raise UserError(Message('template with {name}', name=value)) instead, and list the "
        f"template in ui/message_catalog*.py: {found}"
    )


def test_every_error_template_is_catalogued_and_translated_into_chinese() -> None:
    templates = error_templates(PACKAGE / name for name in DIRECTORIES)
    assert len(templates) > 100  # the walk found the errors
    words = catalog("zh_CN")
    translations = {t: words.text("messages", t) for t in templates}
    problems = template_problems(templates, translations)
    assert not problems, (
        "list the template in the folder's catalogue module, run "
        "scripts/build_translations.py --update and translate it in the .ts: " + "\n".join(problems)
    )


# -- the walker is not blind ------------------------------------------------------------------
SAMPLE = """
from desktop_recsys.errors import UserError
from desktop_recsys.progress import Message

HELP = "give a name"
GOOD_HELP = Message("give a name")


class Refused(UserError):
    def __init__(self, what):
        super().__init__(f"refused {what}")


class Kept(UserError):
    def __init__(self, what):
        super().__init__(Message("kept {what}", what=what))


def f(path, n, exc, names):
    raise UserError("no such thing")
    raise UserError(f"cannot read {path}")
    raise UserError("bad " + str(n))
    raise UserError("got %s" % n)
    raise UserError("got {}".format(n))
    raise UserError(str(exc))
    raise UserError(HELP)
    raise Refused(path)
    raise Kept(path)
    raise UserError(Message(f"cannot read {path}"))
    raise UserError(Message("cannot read " + "x"))
    raise UserError(Message("cannot read {path}", path=path))
    raise UserError(Message("{n} of {names}", n=n, names=Message("films")))
    raise UserError(GOOD_HELP)
    raise UserError(message=Message("missing {path}", path=path))
    raise UserError(message="missing")
"""


def test_the_walker_catches_each_kind_of_plain_text(tmp_path: Path) -> None:
    folder = tmp_path / "pkg" / "part"
    folder.mkdir(parents=True)
    (folder / "sample.py").write_text(SAMPLE, encoding="utf-8")
    errors = error_classes([folder / "sample.py"])
    assert errors == {"UserError", "Refused", "Kept"}
    found = plain_text_errors([folder], errors)
    lines = [int(f.split(":")[1]) for f in found]
    source = SAMPLE.splitlines()
    caught = {source[line - 1].strip() for line in lines}
    assert caught == {
        'super().__init__(f"refused {what}")',
        'raise UserError("no such thing")',
        'raise UserError(f"cannot read {path}")',
        'raise UserError("bad " + str(n))',
        'raise UserError("got %s" % n)',
        'raise UserError("got {}".format(n))',
        "raise UserError(str(exc))",
        "raise UserError(HELP)",
        'raise UserError(Message(f"cannot read {path}"))',
        'raise UserError(Message("cannot read " + "x"))',
        'raise UserError(message="missing")',
    }, found


def test_the_template_check_catches_each_kind_of_fault() -> None:
    listed = "no profile with id {profile}"
    assert listed in MESSAGES
    fine = {listed: "没有 ID 为 {profile} 的用户"}
    assert template_problems({listed: "a.py:1"}, fine) == []
    faults = {
        "not listed {x}": "未列出 {x}",  # missing from the catalogue
        listed: "没有 ID 为 {id} 的用户",  # another placeholder
    }
    problems = template_problems({t: "a.py:1" for t in faults}, faults)
    assert any("not in ui/message_catalog" in p for p in problems)
    assert any("other placeholders" in p for p in problems)
    for translation in ("no profile with id {profile}", "", "没有 ID 为 {profile!r} 的用户"):
        problems = template_problems({listed: "a.py:1"}, {listed: translation})
        assert problems, translation
    problems = template_problems({listed: "a.py:1"}, {listed: "没有用户(ID {profile})"})
    assert any("half-width" in p for p in problems)
    problems = template_problems({"two\nlines": "a.py:1"}, {"two\nlines": "两行"})
    assert any("not one line" in p for p in problems)


def test_a_message_error_reads_the_same_in_english() -> None:
    """Turning text into a Message changed no English word: str() is the text it was."""
    error = UserError(
        Message(
            "cannot write {target}: folder {folder} does not exist", target="a/b.csv", folder="a"
        )
    )
    assert str(error) == "cannot write a/b.csv: folder a does not exist"
