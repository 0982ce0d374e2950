"""Regenerate the app icon's raster forms from ``resources/icons/desktop_recsys.svg``.

Writes, next to the SVG (all committed, so a build needs neither this script nor a display):

- ``png/desktop_recsys-<N>.png`` for N in 16, 24, 32, 48, 64, 128, 256, 512 (Linux hicolor
  sizes, the Windows ICO and the macOS ICNS are made from these);
- ``desktop_recsys.ico``: Windows, 16-256 px, each size stored as PNG (valid since Vista,
  read by Windows Explorer, Inno Setup and PyInstaller);
- ``desktop_recsys.icns``: macOS, 16-1024 px (the ``icp4``..``ic10`` PNG entries).

Rendering uses Qt's ``QSvgRenderer`` (in PySide6-Essentials), offscreen; the ICO and ICNS
containers are written here by hand (both are a small header plus PNG blobs), so no Pillow or
platform tool (``iconutil``) is needed. Run: ``python packaging/make_icons.py``.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICON_DIR = Path(__file__).resolve().parents[1] / "resources" / "icons"
SVG = ICON_DIR / "desktop_recsys.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: ICNS entry types that hold PNG data, and the pixel size each one holds.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),  # 512 pt @2x
    (b"ic11", 32),  # 16 pt @2x
    (b"ic12", 64),  # 32 pt @2x
    (b"ic13", 256),  # 128 pt @2x
    (b"ic14", 512),  # 256 pt @2x
)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG rendered into a ``size`` x ``size`` transparent PNG, as bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg} as SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit(f"could not encode the {size} px PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file holding one PNG per size (ICONDIR, then ICONDIRENTRYs, then the data)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file: the ``icns`` magic and total length, then (type, length, PNG) entries."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def _write_if_changed(path: Path, data: bytes) -> bool:
    if path.is_file() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def main() -> int:
    """Render every size and write the PNG, ICO and ICNS files; prints what changed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # fonts, image plugins
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES})
    pngs = {size: render_png(SVG, size) for size in sizes}
    outputs = {ICON_DIR / "png" / f"desktop_recsys-{size}.png": pngs[size] for size in PNG_SIZES}
    outputs[ICON_DIR / "desktop_recsys.ico"] = ico_bytes({s: pngs[s] for s in ICO_SIZES})
    outputs[ICON_DIR / "desktop_recsys.icns"] = icns_bytes(pngs)
    for path, data in outputs.items():
        state = "written" if _write_if_changed(path, data) else "unchanged"
        print(f"{state:>9}  {path.relative_to(ICON_DIR.parents[1])} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
