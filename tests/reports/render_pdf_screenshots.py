"""Write the example plan's PDF summary (both scenarios, Dutch; and English) and its pages as PNG for docs/screenshots.

Run: .venv/bin/python tests/reports/render_pdf_screenshots.py  (needs pdftoppm from poppler-utils)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from mixplanner.io.example import example_plan  # noqa: E402
from mixplanner.reports.pdf import write_pdf  # noqa: E402
from mixplanner.reports.summary import summarise  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
RESOLUTION = "70"  # dots per inch: an A4 page of about 580 x 820 pixels


def main() -> None:
    if shutil.which("pdftoppm") is None:
        raise SystemExit("pdftoppm is missing: apt-get install -y poppler-utils")
    plan = example_plan()
    names = [s.name for s in plan.scenarios[1:]]
    with tempfile.TemporaryDirectory() as folder:
        for lang, stem, last in (("nl", "pdf-page", None), ("en", "pdf-page-en", 1)):
            summary = summarise(plan, names if lang == "nl" else names[:1], lang=lang)
            start = time.perf_counter()
            pdf = write_pdf(summary, Path(folder) / f"plan-{lang}.pdf")
            print(f"write_pdf ({lang}): {time.perf_counter() - start:.2f} s")
            pages = ["-l", str(last)] if last else []
            subprocess.run(["pdftoppm", "-r", RESOLUTION, "-png", *pages, str(pdf), str(Path(folder) / stem)],
                           check=True)
            for png in sorted(Path(folder).glob(f"{stem}-*.png")):
                number = int(png.stem.rsplit("-", 1)[1])
                target = OUT / (f"pdf-page-{number}.png" if lang == "nl" else "pdf-page-1-en.png")
                shutil.copyfile(png, target)
                print(target.relative_to(ROOT), f"{target.stat().st_size // 1024} kB")


if __name__ == "__main__":
    main()
