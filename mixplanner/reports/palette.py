"""Colour-blind safe colours (Okabe-Ito) for segments, owners and care types, and chart sizes per medium."""

from __future__ import annotations

from dataclasses import dataclass

from mixplanner.domain.categories import CareType, Owner, Segment

# Okabe & Ito (2008), "Color Universal Design": distinguishable with every common form of colour blindness.
BLACK = "#000000"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"
GREY = "#BBBBBB"

#: Rental segments in blues/green, owner-occupied in yellow/red, unknown in neutral grey.
SEGMENT_COLOURS: dict[str, str] = {
    Segment.SOCIAL_RENT.value: BLUE,
    Segment.MID_RENT.value: SKY_BLUE,
    Segment.FREE_RENT.value: BLUISH_GREEN,
    Segment.AFFORDABLE_OWNED.value: YELLOW,
    Segment.EXPENSIVE_OWNED.value: VERMILLION,
    Segment.UNKNOWN.value: GREY,
}

OWNER_COLOURS: dict[str, str] = {
    Owner.CORPORATION.value: BLUE,
    Owner.PRIVATE_LANDLORD.value: REDDISH_PURPLE,
    Owner.OWNER_OCCUPIER.value: ORANGE,
    Owner.UNKNOWN.value: GREY,
}

CARE_COLOURS: dict[str, str] = {
    CareType.NONE.value: "#E0E0E0",
    CareType.STEP_FREE.value: SKY_BLUE,
    CareType.CLUSTERED.value: BLUISH_GREEN,
    CareType.CARE_HOME.value: REDDISH_PURPLE,
    CareType.INTRAMURAL.value: ORANGE,
}

#: Target status: met / not met / no data. The lights also carry a symbol, so colour is never the only cue.
STATUS_COLOURS: dict[str, str] = {"gehaald": BLUISH_GREEN, "niet gehaald": VERMILLION, "geen gegevens": "#9E9E9E"}
STATUS_SYMBOLS: dict[str, str] = {"gehaald": "\u2713", "niet gehaald": "\u2717", "geen gegevens": "?"}

INCREASE = BLUE
DECREASE = VERMILLION
TOTAL_BAR = "#595959"
INK = "#1A1A1A"  # target lines and annotations
MUTED = "#4D4D4D"  # subtitles, attribution
GRID = "#D9D9D9"


def colours_for(dimension: str) -> dict[str, str]:
    """The colour map of a dimension: segment, owner or care."""
    return {"segment": SEGMENT_COLOURS, "owner": OWNER_COLOURS, "care": CARE_COLOURS}[dimension]


def _luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a #RRGGBB colour."""
    channels = [int(colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio between two #RRGGBB colours (1 to 21)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_colour(background: str) -> str:
    """Black or white, whichever reads better on the background."""
    return BLACK if contrast(background, BLACK) >= contrast(background, "#FFFFFF") else "#FFFFFF"


SEGMENT_TEXT: dict[str, str] = {k: text_colour(v) for k, v in SEGMENT_COLOURS.items()}
OWNER_TEXT: dict[str, str] = {k: text_colour(v) for k, v in OWNER_COLOURS.items()}
CARE_TEXT: dict[str, str] = {k: text_colour(v) for k, v in CARE_COLOURS.items()}


@dataclass(frozen=True)
class ChartStyle:
    """Type sizes (points), line width and a suggested figure size for one medium."""

    name: str = "screen"
    font_size: float = 10.0  # axis labels, legend, table text
    title_size: float = 13.0
    small_size: float = 8.5  # tick labels, annotations, attribution
    line_width: float = 1.6
    figsize: tuple[float, float] = (9.0, 5.5)  # inches
    dpi: int = 100

    @classmethod
    def for_medium(cls, medium: str) -> "ChartStyle":
        """'screen', 'print' (A4 text width, 300 dpi) or 'presentation' (16:9 slide, large type)."""
        try:
            return STYLES[medium]
        except KeyError:
            raise ValueError(f"medium must be one of {', '.join(STYLES)}, not {medium!r}") from None


STYLES: dict[str, ChartStyle] = {
    "screen": ChartStyle(),
    "print": ChartStyle("print", 8.5, 10.5, 7.5, 1.2, (6.7, 4.2), 300),
    "presentation": ChartStyle("presentation", 16.0, 22.0, 14.0, 2.6, (13.33, 7.5), 150),
}
