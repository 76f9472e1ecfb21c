"""Render the raster app icons from ``resources/icons/actgui.svg``.

Run from anywhere with the project's environment::

    python packaging/make_icons.py

It writes ``resources/icons/actgui-{16,...,512}.png``, a multi-size
``actgui.ico`` (Windows) and ``actgui.icns`` (macOS). The SVG is rendered
once per size with Qt's own SVG renderer, so every size is drawn crisply
rather than scaled down from a large bitmap. The ``.ico`` and ``.icns``
containers are written here directly (both just wrap PNG streams), so the
script needs nothing beyond PySide6. The outputs are committed; rerun the
script only after editing the SVG.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICON_DIR = Path(__file__).resolve().parents[1] / "resources" / "icons"
SOURCE_SVG = ICON_DIR / "actgui.svg"

#: Sizes shipped as separate PNG files (used by ``app_icon()`` and Linux).
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: Sizes inside the Windows ``.ico``; 256 is the largest the format allows.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: macOS ``.icns`` element types and their pixel sizes (the ``@2x`` types
#: ic11..ic14 reuse the PNG of twice the nominal size).
ICNS_TYPES = (
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def render_png(svg: Path, size: int) -> bytes:
    """Render ``svg`` into a square ``size`` x ``size`` PNG and return its bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"cannot parse SVG {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError(f"cannot encode the {size} px icon as PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """Pack PNG streams into a Windows ``.ico`` (PNG entries, Vista and later)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    directory = b""
    payload = b""
    for size in sizes:
        png = pngs[size]
        dim = size if size < 256 else 0  # 0 encodes 256 in the one-byte fields
        directory += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        payload += png
        offset += len(png)
    return header + directory + payload


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """Pack PNG streams into a macOS ``.icns`` file."""
    elements = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(elements)) + elements


def main() -> int:
    """Render every icon file next to the SVG source."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    needed = set(PNG_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES}
    pngs = {size: render_png(SOURCE_SVG, size) for size in sorted(needed)}

    for size in PNG_SIZES:
        (ICON_DIR / f"actgui-{size}.png").write_bytes(pngs[size])
    (ICON_DIR / "actgui.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (ICON_DIR / "actgui.icns").write_bytes(icns_bytes(pngs))
    print(f"wrote {len(PNG_SIZES)} PNGs, actgui.ico and actgui.icns to {ICON_DIR}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
