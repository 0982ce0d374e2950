"""The README and the docs link only to files that exist, and say what the code does."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
#: ``[text](target)`` and ``![alt](target)``; a target may carry a "title".
LINK = re.compile(r"!?\[[^\]]*\]\(\s*(?:<([^>]+)>|([^)\s]+))(?:\s+\"[^\"]*\")?\s*\)")


def relative_links(text: str) -> list[str]:
    """The relative link targets of a Markdown text (code blocks and spans left out)."""
    text = re.sub(r"```.*?```", "", text, flags=re.S)
    text = re.sub(r"`[^`\n]*`", "", text)
    targets = [angled or plain for angled, plain in LINK.findall(text)]
    return [
        target
        for target in targets
        if not re.match(r"[a-z][a-z0-9+.-]*:", target, re.I) and not target.startswith("#")
    ]


def test_the_link_finder_finds_links_and_leaves_out_urls_and_code() -> None:
    text = (
        "[a](docs/A.md) ![b](img/b.png) [c](https://x.org/y) [d](#top) `[e](nope.md)`\n"
        '[f](<sp ace.md>) [g](g.md#part "Title")\n```\n[h](in_code.md)\n```\n'
    )
    assert relative_links(text) == ["docs/A.md", "img/b.png", "sp ace.md", "g.md#part"]


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_relative_link_resolves(doc: Path) -> None:
    links = relative_links(doc.read_text(encoding="utf-8"))
    missing = [link for link in links if not (doc.parent / link.split("#", 1)[0]).exists()]
    assert missing == [], f"{doc.name} links to files that do not exist: {missing}"


def test_the_readme_states_what_is_true() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    status = next(line for line in readme.splitlines() if line.startswith("> Status"))
    assert "being built" not in readme.split("## Two commands")[0], status
    assert "Model Lab" in readme.split("## Two commands")[0]
    assert "installers" in readme.split("## Two commands")[0]
    assert "welcome card" in readme and "preselected" in readme
    assert "fills it with the **demo" not in readme
    examples = readme.split("For example:", 1)[1].split("```", 2)[1]
    commands = [line for line in examples.splitlines()[1:] if line.strip() and "make" not in line]
    assert commands and all(line.startswith(".venv/bin/desktop-recsys ") for line in commands)
    assert "**2**: a usage mistake" in readme
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^install:", makefile, re.M)
