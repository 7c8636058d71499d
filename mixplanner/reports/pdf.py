"""The PDF plan summary for the wethouder: A4 pages as matplotlib figures, and the PDF file with embedded fonts."""

from __future__ import annotations

import os
import uuid
from datetime import datetime
from pathlib import Path

from matplotlib import rc_context
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure
from matplotlib.text import Text

from mixplanner import __version__
from mixplanner.reports.pdf_appendix import appendix_page
from mixplanner.reports.pdf_buurt import buurt_page
from mixplanner.reports.pdf_compare import comparison_page
from mixplanner.reports.pdf_facts import featured_buurten, names_of
from mixplanner.reports.pdf_first import first_page
from mixplanner.reports.pdf_layout import Book, footers
from mixplanner.reports.pdf_text import long_date, say
from mixplanner.reports.summary import PlanSummary

RASTER_DPI = 200  # the map's buildings are one image at this resolution; everything else stays vector

_PROBLEMS = {
    "nl": {"folder": "de map {folder} bestaat niet", "not_folder": "{folder} is geen map",
           "is_folder": "er staat al een map met die naam", "denied": "geen schrijfrechten in {folder}",
           "failed": "De PDF kan niet worden opgeslagen als {path}: {reason}."},
    "en": {"folder": "the folder {folder} does not exist", "not_folder": "{folder} is not a folder",
           "is_folder": "a folder of that name is already there", "denied": "no permission to write in {folder}",
           "failed": "The PDF cannot be saved as {path}: {reason}."},
}


class PdfWriteError(OSError):
    """The PDF could not be written where asked; str() is one sentence the user can act on."""


def pdf_pages(summary: PlanSummary) -> list[Figure]:
    """The pages of the plan summary as A4 portrait figures on an Agg canvas, in the summary's language."""
    book = Book()
    names = names_of(summary)
    featured = featured_buurten(summary)
    first_page(book, summary)
    for code in featured:
        buurt_page(book, summary, code, names)
    if len(summary.scenarios) > 1:
        comparison_page(book, summary, featured, names)
    appendix_page(book, summary)
    lang = summary.lang
    left = f"{summary.plan.title or say('untitled', lang)} \u00b7 {long_date(summary.made_on, lang)}"
    footers(book.pages, left, lambda i, n: f"mixplanner {__version__} \u00b7 {say('page', lang, i=i, n=n)}")
    return book.pages


def write_pdf(summary: PlanSummary, path) -> Path:
    """Write the plan summary to `path` (fonts embedded as TrueType, text selectable) and return the path.

    The file appears only when complete: pages go to a temporary file beside it that is then renamed.
    Raises PdfWriteError when the place cannot be written to.
    """
    path = Path(path)
    lang = summary.lang
    _check_target(path, lang)
    pages = pdf_pages(summary)
    for page in pages:
        for text in page.findobj(Text):
            # without ligatures each font is embedded once instead of twice (matplotlib puts ligature glyphs in
            # a second subset), which halves the time spent subsetting fonts
            text.set_fontfeatures(("-liga",))
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    title = summary.plan.title or say("untitled", lang)
    metadata = {
        "Title": f"{title} \u2013 {say('summary', lang)}",
        "Author": f"mixplanner {__version__}",
        "Subject": f"{say('summary', lang)}: {', '.join(summary.scenarios)}, {summary.year}",
        "Creator": f"mixplanner {__version__}",
        "CreationDate": datetime.now().astimezone(),
    }
    try:
        with rc_context({"pdf.fonttype": 42, "ps.fonttype": 42}), PdfPages(temporary, metadata=metadata) as pdf:
            for page in pages:
                pdf.savefig(page, dpi=RASTER_DPI)
        os.replace(temporary, path)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise PdfWriteError(_PROBLEMS[lang]["failed"].format(path=path, reason=reason)) from exc
    finally:
        temporary.unlink(missing_ok=True)
    return path


def _check_target(path: Path, lang: str) -> None:
    """Refuse, with the reason in a sentence, a place a file cannot be written to, before any work is done."""
    words = _PROBLEMS[lang]
    folder = path.parent
    reason = None
    if path.is_dir():
        reason = words["is_folder"]
    elif not folder.exists():
        reason = words["folder"].format(folder=folder)
    elif not folder.is_dir():
        reason = words["not_folder"].format(folder=folder)
    elif not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        reason = words["denied"].format(folder=folder)
    if reason:
        raise PdfWriteError(words["failed"].format(path=path, reason=reason))
