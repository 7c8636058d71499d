"""Text measured as the PDF sets it: widths from the font's unhinted advances, word wrap and clipping to a width."""

from __future__ import annotations

import functools
import re

from matplotlib.font_manager import FontProperties, findfont, get_font
from matplotlib.ft2font import LoadFlags


@functools.lru_cache(maxsize=4096)
def _advance(char: str, weight: str) -> float:
    """The unhinted advance of a character at 1 point, in points: what the PDF uses to set text."""
    font = get_font(findfont(FontProperties(weight=weight)))  # matplotlib keeps one font object per thread
    font.set_size(100, 72)
    return font.load_char(ord(char), flags=LoadFlags.NO_HINTING).linearHoriAdvance / 65536 / 100


def text_width(s: str, size: float, weight: str = "normal") -> float:
    """The width of one line of text in inches, with 5% to spare: the screen preview's hinted glyphs are up to
    5% wider than the PDF's."""
    return 1.05 * size * sum(_advance(c, weight) for c in s) / 72


def pieces(word: str) -> list[str]:
    """A word in the parts a line may end after: 'owner-occupied' -> ['owner-', 'occupied']."""
    return [part for part in re.split(r"(?<=-)(?=.)", word) if part]


def wrap(text: str, width: float, size: float, weight: str = "normal") -> list[str]:
    """Greedy word wrap to a width in inches, measured with the font; a line may also end after a hyphen, and
    a piece wider than a line is split."""
    lines: list[str] = []
    for paragraph in str(text).split("\n"):
        line = ""
        for word in paragraph.split():
            for k, piece in enumerate(pieces(word)):
                while text_width(piece, size, weight) > width and len(piece) > 1:
                    cut = max(n for n in range(1, len(piece) + 1)
                              if n == 1 or text_width(piece[:n], size, weight) <= width)
                    if line:
                        lines.append(line)
                        line = ""
                    lines.append(piece[:cut])
                    piece = piece[cut:]
                trial = (line + piece if k else f"{line} {piece}") if line else piece
                if line and text_width(trial, size, weight) > width:
                    lines.append(line)
                    line = piece
                else:
                    line = trial
        lines.append(line)
    return lines


def clip(s: str, width: float, size: float, weight: str = "normal") -> str:
    """The text, cut with an ellipsis when it is wider than `width` inches."""
    if text_width(s, size, weight) <= width:
        return s
    while s and text_width(s + "…", size, weight) > width:
        s = s[:-1]
    return s.rstrip() + "…"
