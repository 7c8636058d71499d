#!/usr/bin/env python
"""Generate the application icons from resources/icons/mixplanner.svg: PNG (256, 512), Windows .ico, macOS .icns.

    .venv/bin/python scripts/make_icons.py

The SVG is the one source; run this after editing it and commit the generated files with it (the wheel and the
PyInstaller spec take them from resources/icons/). Every size is rendered from the SVG with QtSvg rather than
scaled down from a large bitmap, so the small Windows sizes stay sharp; Pillow writes the .ico and .icns containers.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

from PIL import Image

ICON_DIR = Path(__file__).resolve().parents[1] / "resources" / "icons"
SOURCE = ICON_DIR / "mixplanner.svg"
PNG_SIZES = (256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # what Windows Explorer, the taskbar and the start menu ask for
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)  # the sizes Pillow's ICNS writer stores


def render(svg: Path, sizes: tuple[int, ...]) -> dict[int, Image.Image]:
    """The SVG drawn on a transparent square of each size, as Pillow images."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    images = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        images[size] = Image.open(io.BytesIO(bytes(data))).convert("RGBA")
    return images


def main() -> int:
    images = render(SOURCE, tuple(sorted(set(PNG_SIZES + ICO_SIZES + ICNS_SIZES))))
    for size in PNG_SIZES:
        images[size].save(ICON_DIR / f"mixplanner-{size}.png", optimize=True)
    largest_ico = images[max(ICO_SIZES)]
    largest_ico.save(ICON_DIR / "mixplanner.ico", sizes=[(s, s) for s in ICO_SIZES],
                     append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)])
    images[max(ICNS_SIZES)].save(ICON_DIR / "mixplanner.icns",
                                 append_images=[images[s] for s in ICNS_SIZES if s != max(ICNS_SIZES)])
    for path in sorted(ICON_DIR.iterdir()):
        print(f"{path.relative_to(ICON_DIR.parents[1])}: {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
