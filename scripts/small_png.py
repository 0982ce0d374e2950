"""Write screenshots as PNGs under :data:`LIMIT_BYTES` (docs/screenshots, checked by
``tests/test_screenshot_files.py``).

A PNG is first written lossless with zlib's strongest compression. Only if that is still over
the limit (large windows full of anti-aliased text) is it written with 256 colours: the 160
most frequent colours exactly (the window's flat colours, text and lines) and 96 more from a
median cut of the rest weighted by how many pixels use them (anti-aliasing, covers, chart
gradients), each pixel mapped to the nearest one without dithering, so text stays sharp.
Qt has no palette quantiser of its own and Pillow is not a dependency of the app; this is the
few lines it takes with numpy, which the app already needs.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

#: The largest PNG the documentation keeps (the README loads a dozen of them).
LIMIT_BYTES = 300 * 1000

#: How many colours are kept exactly; the rest of the 256 come from the median cut.
EXACT_COLOURS = 160


def _pixels(image: QImage) -> np.ndarray:
    """The image's pixels as 0xAARRGGBB words (``image`` must be RGB32)."""
    height, width = image.height(), image.width()
    words = np.frombuffer(image.constBits(), dtype=np.uint32, count=image.sizeInBytes() // 4)
    return words.reshape(height, -1)[:, :width]


def colour_table(image: QImage, size: int = 256, exact: int = EXACT_COLOURS) -> list[int]:
    """A palette of at most ``size`` colours for ``image`` (see the module's text)."""
    rgb32 = image.convertToFormat(QImage.Format.Format_RGB32)
    values, counts = np.unique(_pixels(rgb32) | 0xFF000000, return_counts=True)
    order = np.argsort(counts, kind="stable")[::-1]
    table = [int(v) for v in values[order[:exact]]]
    rest, weights = values[order[exact:]], counts[order[exact:]].astype(np.float64)
    if not len(rest):
        return table
    channels = np.stack([(rest >> 16) & 255, (rest >> 8) & 255, rest & 255], axis=1)
    channels = channels.astype(np.float64)
    boxes = [np.arange(len(rest))]
    while len(boxes) < size - exact:
        # Split the box whose widest channel, weighted by its pixels, is the largest.
        spread = [
            np.ptp(channels[b], axis=0).max() * np.sqrt(weights[b].sum()) if len(b) > 1 else -1.0
            for b in boxes
        ]
        widest = int(np.argmax(spread))
        if spread[widest] <= 0:
            break
        box = boxes.pop(widest)
        channel = int(np.argmax(np.ptp(channels[box], axis=0)))
        box = box[np.argsort(channels[box, channel], kind="stable")]
        running = np.cumsum(weights[box])
        cut = int(np.searchsorted(running, running[-1] / 2)) + 1
        cut = min(max(cut, 1), len(box) - 1)
        boxes += [box[:cut], box[cut:]]
    for box in boxes:
        r, g, b = (int(round(v)) for v in np.average(channels[box], axis=0, weights=weights[box]))
        table.append(0xFF000000 | (r << 16) | (g << 8) | b)
    return table


def save_small(image: QImage, path: Path, limit: int = LIMIT_BYTES) -> Path:
    """Write ``image`` to ``path`` as a PNG of at most ``limit`` bytes if 256 colours allow."""
    if not image.save(str(path), "PNG", 0):  # quality 0: zlib's strongest compression
        raise OSError(f"could not write {path}")
    if path.stat().st_size <= limit:
        return path
    rgb32 = image.convertToFormat(QImage.Format.Format_RGB32)
    indexed = rgb32.convertToFormat(
        QImage.Format.Format_Indexed8,
        colour_table(rgb32),
        Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither,
    )
    if not indexed.save(str(path), "PNG", 0):
        raise OSError(f"could not write {path}")
    return path
