"""What the commands print, in the command line's language.

Every sentence a command prints for a person goes through :func:`say` (or :func:`say_n` when
it counts something) with a literal English ``str.format`` template: the template is looked up
in the app's one catalogue (``resources/translations/*.ts``, context ``"cli"``, the same as the
help texts) and the translation is formatted with the same arguments. ``scripts/cli_catalog.py``
finds the templates in the source (:func:`source_templates`) and lists them for the
translators; a test fails when a printed sentence or an error raised in ``cli/`` does not go
through here. What a program reads (``--json``, CSV, ids, paths, numbers in JSON) is printed as
it is in every language.

The language is the window's setting, else ``LANG`` (:func:`~desktop_recsys.cli.common.language_catalog`).
"""

from __future__ import annotations

import ast
import contextlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from desktop_recsys.config.cjk_spacing import format_spaced as format_closed
from desktop_recsys.config.language import Catalog, catalog, command_line_language

#: The functions whose literal arguments are catalogue templates: name -> positions.
TEMPLATE_FUNCTIONS = {"say": (0,), "say_n": (1, 2)}

#: The catalogue :func:`say` uses while a command runs (:func:`speaking`).
_current: list[Catalog] = []


@contextlib.contextmanager
def speaking(catalog: Catalog) -> Iterator[None]:
    """Inside the block, :func:`say` speaks ``catalog``'s language without looking the
    language up again (``main`` runs each command inside one)."""
    before = list(_current)
    _current[:] = [catalog]
    try:
        yield
    finally:
        _current[:] = before


def language_catalog() -> Catalog:
    """The translations for the command line: the window's language setting, else ``LANG``
    and the other locale variables (:func:`desktop_recsys.config.language.command_line_language`)."""
    from desktop_recsys.config import default_paths
    from desktop_recsys.config.settings import Settings

    try:
        settings = Settings.load(default_paths().settings_file)
        choice = settings.extra.get("ui", {}).get("language")
    except (OSError, ValueError, AttributeError):
        choice = None
    return catalog(command_line_language(choice, os.environ))


def words() -> Catalog:
    """The command line's catalogue: the running command's (:func:`speaking`), else the
    setting's or ``LANG``'s as they are now (:func:`language_catalog`)."""
    return _current[0] if _current else language_catalog()


def say(template: str, /, *args: object, **kwargs: object) -> str:
    """``template`` (a literal English ``str.format`` text) in the command line's language,
    formatted with ``args`` and ``kwargs``, spaced as the window's job titles are
    (:func:`~desktop_recsys.config.cjk_spacing.format_spaced`: "来自默认算法的 50 条推荐",
    "给 Ada 的推荐")."""
    return format_closed(words().text("cli", template), *args, **kwargs)


def say_n(count: int, one: str, many: str, /, *args: object, **kwargs: object) -> str:
    """:func:`say` of ``one`` when ``count`` is 1, else of ``many`` ("1 track", "2 tracks")."""
    return say(one if count == 1 else many, *args, **kwargs)


def message(value: object) -> str:
    """A :class:`~desktop_recsys.progress.Message` (or any text) in the command line's language."""
    return words().message(value)


def genres(names: str | Iterable[str]) -> str:
    """Genres for a person: standard names as the window translates them (context
    ``"Genres"``), other genres and tags unchanged; ``names`` comma-separated or a sequence."""
    catalog = words()
    parts = names.split(",") if isinstance(names, str) else list(names)
    shown = []
    for part in (p.strip() for p in parts):
        if not part:
            continue
        translated = catalog.text("Genres", part)
        if translated == part:
            translated = catalog.text("Genres", part.title())
            translated = part if translated == part.title() else translated
        shown.append(translated)
    return catalog.text("Genres", ", ").join(shown)


def source_templates(folder: Path) -> Iterator[tuple[str, str]]:
    """(template, where) of every literal template given to :data:`TEMPLATE_FUNCTIONS` in the
    Python files of ``folder``, in file and line order."""
    for path in sorted(folder.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
        for node in sorted(calls, key=lambda n: (n.lineno, n.col_offset)):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            for position in TEMPLATE_FUNCTIONS.get(name or "", ()):
                if position < len(node.args):
                    arg = node.args[position]
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        yield arg.value, f"{path.name}:{node.lineno}"


def kind_name(kind: str) -> str:
    """An item kind ("film") in the command line's language."""
    name = {"track": say("track"), "artist": say("artist"), "film": say("film")}
    return name.get(kind, kind)


def kind_word(kind: str) -> str:
    """The plural of an item kind ("films") in the command line's language."""
    plural = {"track": say("tracks"), "artist": say("artists"), "film": say("films")}
    return plural.get(kind, kind + "s")


def report_lines(report: object, max_problems: int = 10) -> list[str]:
    """An import report's summary (``ImportReport.summary_lines``) in the command line's
    language, as the window shows it: the counted kinds and outcomes translated, each problem's
    file and line as the importer wrote them and its reason translated when it is a Message.
    English is the report's own lines."""
    lines: list[str] = list(report.summary_lines(max_problems))  # type: ignore[attr-defined]
    catalog = words()
    if catalog.language == "en":
        return lines

    def text(source: str) -> str:
        return catalog.text("import_report", source)

    out: list[str] = []
    separator = text(", ")
    for what, outcomes in report.counts.items():  # type: ignore[attr-defined]
        detail = separator.join(
            text("{0:,} {1}").format(n, text(name)) for name, n in outcomes.items()
        )
        out.append("  " + text("{0}: {1}").format(catalog.text("messages", what), detail))
    for count, problems, heading in (
        (report.problem_count, report.problems, "{0:,} problem(s), rows skipped:"),  # type: ignore[attr-defined]
        (
            getattr(report, "cleaned_count", 0),
            getattr(report, "cleaned", []),
            "{0:,} value(s) imported after cleaning:",
        ),
    ):
        if count:
            out.append("  " + text(heading).format(count))
            out.extend(
                f"    {problem.where}: {catalog.message(problem.reason)}"
                for problem in problems[:max_problems]
            )
            if count > max_problems:
                out.append("    " + text("… and {0:,} more").format(count - max_problems))
    note = text("Note: {0}")
    out.extend("  " + note.format(catalog.message(n)) for n in report.notes)  # type: ignore[attr-defined]
    return out


#: The things commands count: name -> its count in words ("1 rating", "2,000 ratings").
_COUNTED = {
    "items": lambda n: say_n(n, "{0:,} item", "{0:,} items", n),
    "tracks": lambda n: say_n(n, "{0:,} track", "{0:,} tracks", n),
    "artists": lambda n: say_n(n, "{0:,} artist", "{0:,} artists", n),
    "films": lambda n: say_n(n, "{0:,} film", "{0:,} films", n),
    "profiles": lambda n: say_n(n, "{0:,} profile", "{0:,} profiles", n),
    "ratings": lambda n: say_n(n, "{0:,} rating", "{0:,} ratings", n),
    "plays": lambda n: say_n(n, "{0:,} play", "{0:,} plays", n),
    "marks": lambda n: say_n(n, "{0:,} mark", "{0:,} marks", n),
    "friends": lambda n: say_n(n, "{0:,} friend", "{0:,} friends", n),
    "friendships": lambda n: say_n(n, "{0:,} friendship", "{0:,} friendships", n),
    "playlists": lambda n: say_n(n, "{0:,} playlist", "{0:,} playlists", n),
    "entries": lambda n: say_n(n, "{0:,} entry", "{0:,} entries", n),
    "tags": lambda n: say_n(n, "{0:,} tag", "{0:,} tags", n),
    "genres": lambda n: say_n(n, "{0:,} genre", "{0:,} genres", n),
    "people": lambda n: say_n(n, "{0:,} person", "{0:,} people", n),
    "aliases": lambda n: say_n(n, "{0:,} alias", "{0:,} aliases", n),
    "ids": lambda n: say_n(n, "{0:,} id", "{0:,} ids", n),
    "model runs": lambda n: say_n(n, "{0:,} model run", "{0:,} model runs", n),
    "jobs": lambda n: say_n(n, "{0:,} job", "{0:,} jobs", n),
    "files": lambda n: say_n(n, "{0:,} file", "{0:,} files", n),
    "playlist entries": lambda n: say_n(n, "{0:,} playlist entry", "{0:,} playlist entries", n),
}


def counted(n: int, what: str) -> str:
    """``n`` things of ``what`` (a plural noun: "ratings") in words, singular for 1; a noun
    not known here keeps its English word."""
    said = _COUNTED.get(what)
    return said(n) if said else f"{n:,} {what}"


def counts(pairs: Iterable[tuple[str, int]]) -> str:
    """Several :func:`counted` joined by the language's list separator."""
    return say(", ").join(counted(n, what) for what, n in pairs)


def pad(text: str, width: int, right: bool = False) -> str:
    """``text`` filled with spaces to ``width`` terminal columns (a Chinese character takes
    two), on the left when ``right``: table columns that line up in every language."""
    from desktop_recsys.cli.help_language import columns

    fill = " " * max(0, width - columns(text))
    return fill + text if right else text + fill
