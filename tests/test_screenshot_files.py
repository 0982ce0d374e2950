"""The documentation's screenshots stay small and the README's pictures exist.

Every PNG in docs/screenshots is at most 300 KB (the README loads a dozen of them; the
screenshot scripts write through scripts/small_png.py, which keeps them under it), and every
picture the README shows is there.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "docs" / "screenshots"
LIMIT_BYTES = 300 * 1000


def test_every_screenshot_is_at_most_300_kb() -> None:
    pngs = sorted(SHOTS.glob("*.png"))
    assert pngs, "no screenshots found"
    big = [
        f"{p.name}: {p.stat().st_size // 1000} KB" for p in pngs if p.stat().st_size > LIMIT_BYTES
    ]
    assert not big, "screenshots over 300 KB (run make screenshots): " + ", ".join(big)


def test_every_screenshot_the_readme_shows_exists() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    named = set(re.findall(r"docs/screenshots/[\w.-]+\.png", readme))
    assert len(named) >= 10
    missing = sorted(n for n in named if not (ROOT / n).is_file())
    assert not missing, f"the README shows pictures that are not there: {missing}"


def test_a_picture_named_with_a_size_is_that_size() -> None:
    """``radio-1024x700-en-light.png`` shows the window at 1024×700 (issue 19: the radio's and
    the other dialogs' pictures were named with the window's size but were the dialog's; a
    window that grew to 1024×704 in Chinese was caught the same way)."""
    wrong = []
    for png in sorted(SHOTS.glob("*.png")):
        named = re.search(r"-(\d+)x(\d+)-", png.name)
        if named is None:
            continue
        header = png.read_bytes()[:24]  # the IHDR chunk: width and height, big-endian
        size = (int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big"))
        if size != (int(named[1]), int(named[2])):
            wrong.append(f"{png.name}: {size[0]}x{size[1]}")
    assert not wrong, "pictures not the size their names say: " + ", ".join(wrong)


@pytest.fixture
def small_png():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import small_png

        yield small_png
    finally:
        sys.path.remove(str(ROOT / "scripts"))


def busy_picture() -> tuple[object, dict[tuple[int, int], int]]:
    """A 1600x1000 window-like picture: a light field with lines of "text" (anti-aliased
    glyphs in many greys, repeated as text repeats its letters), a blue panel and a noisy
    gradient cover; and where its flat colours are."""
    from PySide6.QtGui import QImage

    rng = np.random.default_rng(7)
    height, width = 1000, 1600
    words = np.full((height, width), 0xFFF0F0F0, dtype=np.uint32)
    glyphs = [rng.integers(60, 240, (10, 10)).astype(np.uint32) for _ in range(40)]
    for top in range(320, 980, 20):
        for left in rng.integers(0, 1100, 30):
            run = np.hstack([glyphs[g] for g in rng.integers(0, 40, 6)])
            words[top : top + 10, left : left + 60] = 0xFF000000 | (run << 16) | (run << 8) | run
    yy, xx = np.mgrid[0:300, 0:300]
    red = np.clip(236 - xx * 0.5 + rng.normal(0, 2, xx.shape), 0, 255).astype(np.uint32)
    blue = np.clip(52 + yy * 0.2 + rng.normal(0, 2, xx.shape), 0, 255).astype(np.uint32)
    words[600:900, 1250:1550] = 0xFF000000 | (red << 16) | (60 << 8) | blue
    words[0:300, 0:400] = 0xFF3D85C6
    data = np.ascontiguousarray(words)
    image = QImage(data.data, width, height, width * 4, QImage.Format.Format_RGB32).copy()
    return image, {(100, 100): 0xFF3D85C6, (1500, 100): 0xFFF0F0F0}


def test_a_busy_picture_is_written_under_the_limit_with_its_flat_colours_exact(
    small_png: object, tmp_path: Path
) -> None:
    """A picture whose lossless PNG is far over the limit is written under it (256 colours),
    its flat colours exactly kept and the cover's gradient still a gradient."""
    from PySide6.QtGui import QColor, QImage

    image, flat = busy_picture()
    lossless = tmp_path / "lossless.png"
    assert image.save(str(lossless), "PNG", 0)  # type: ignore[attr-defined]
    assert lossless.stat().st_size > LIMIT_BYTES

    out = small_png.save_small(image, tmp_path / "small.png")  # type: ignore[attr-defined]
    assert out.stat().st_size <= LIMIT_BYTES
    written = QImage(str(out))
    assert (written.width(), written.height()) == (1600, 1000)
    for (x, y), colour in flat.items():
        assert written.pixel(x, y) == colour, QColor(colour).name()
    # The cover runs from orange to purple: quantised, it still changes along its width.
    left, right = QColor(written.pixel(1260, 750)), QColor(written.pixel(1540, 750))
    assert left.red() - right.red() > 80


def test_a_picture_under_the_limit_is_written_lossless(small_png: object, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    image, _flat = busy_picture()
    out = small_png.save_small(image, tmp_path / "big.png", limit=10**7)  # type: ignore[attr-defined]
    assert QImage(str(out)).format() != QImage.Format.Format_Indexed8
    assert QImage(str(out)) == image.convertToFormat(QImage(str(out)).format())  # type: ignore[attr-defined]
