"""Update the interface translations: lupdate (mixplanner/ui -> resources/translations/*.ts), then lrelease (-> .qm).

Run after changing user-visible strings: `.venv/bin/python scripts/update_translations.py`. New strings arrive in
the .ts as unfinished; translate them (Qt Linguist: `.venv/bin/pyside6-linguist`, or any editor) and run the
script again to rebuild the .qm files, which are never edited by hand. `--report` lists what is untranslated.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCE_LANGUAGE = "nl"
LANGUAGES = ("en",)
_PLACEHOLDER = re.compile(r"\{\w*\}")


def sources() -> list[Path]:
    """Every Python module of the interface, relative to the repository root (lupdate reads tr() calls in them)."""
    return sorted(p.relative_to(ROOT) for p in (ROOT / "mixplanner" / "ui").rglob("*.py"))


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease of the running Python's environment, else from PATH."""
    here = Path(sys.executable).parent
    found = shutil.which(f"pyside6-{name}", path=str(here)) or shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found next to {sys.executable} or on PATH: install PySide6")
    return found


def ts_file(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"mixplanner_{language}.ts"


def lupdate(ts: Path, language: str) -> None:
    """Merge the strings of the sources into a .ts file (created when missing); vanished strings are dropped."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([tool("lupdate"), *map(str, sources()), "-ts", str(ts), "-source-language", SOURCE_LANGUAGE,
                    "-target-language", language, "-locations", "none", "-no-obsolete", "-silent"],
                   cwd=ROOT, check=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), str(ts), "-qm", str(qm), "-silent"], cwd=ROOT, check=True)


def problems(ts: Path) -> list[str]:
    """Messages without a finished translation, or whose translation lacks or adds a {placeholder}."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        if not name:  # a module-level tr() helper: lupdate cannot see the context it translates in at run time
            texts = ", ".join(repr(m.findtext("source")) for m in context.iter("message"))
            found.append(f"{texts}: marked by a tr() outside a class; use QCoreApplication.translate(context, text)")
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            text = (translation.text or "") if translation is not None else ""
            if kind == "unfinished" or not text:
                found.append(f"{name}: '{source}' has no finished translation")
            elif sorted(_PLACEHOLDER.findall(source)) != sorted(_PLACEHOLDER.findall(text)):
                found.append(f"{name}: '{source}' -> '{text}' changes the {{placeholders}}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", action="store_true", help="only list untranslated strings; change no file")
    args = parser.parse_args(argv)
    missing = 0
    for language in LANGUAGES:
        ts = ts_file(language)
        if not args.report:
            lupdate(ts, language)
            lrelease(ts, ts.with_suffix(".qm"))
        for line in problems(ts):
            print(f"{ts.name}: {line}")
            missing += 1
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
