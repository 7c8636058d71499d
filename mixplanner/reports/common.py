"""Shared axes helpers for the charts: titles, Dutch tick formats, a legend below the plot, the no-data text."""

from __future__ import annotations

from matplotlib.axes import Axes
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, MaxNLocator

from mixplanner.domain.numbers import fmt_int, fmt_pct
from mixplanner.reports import labels
from mixplanner.reports.palette import GRID, INK, MUTED, ChartStyle


def titles(ax: Axes, title: str, subtitle: str = "", style: ChartStyle = ChartStyle()) -> None:
    """A bold title left above the plot, with an optional smaller grey line between; both wrap to the axes' width."""
    width_pt = max(ax.bbox.width / ax.figure.dpi * 72, 72)
    subtitle = labels.wrap(subtitle, max(20, int(width_pt / (0.55 * style.small_size)))) if subtitle else ""
    lines = subtitle.count("\n") + 1 if subtitle else 0
    pad = lines * style.small_size * 1.25 + 6
    if title:
        title = labels.wrap(title, max(12, int(width_pt / (0.62 * style.title_size))))
        ax.set_title(title, loc="left", fontsize=style.title_size, fontweight="bold", color=INK, pad=pad)
    if subtitle:
        ax.annotate(subtitle, xy=(0, 1), xycoords="axes fraction", xytext=(0, 4), textcoords="offset points",
                    ha="left", va="bottom", fontsize=style.small_size, color=MUTED, linespacing=1.1)


def no_data(ax: Axes, message: str = "", style: ChartStyle = ChartStyle(), lang: str = "nl") -> None:
    """Clear the plot area and say plainly that there is nothing to show."""
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_color(GRID)
    ax.text(0.5, 0.5, message or labels.capital(labels.text("no_data", lang)), transform=ax.transAxes,
            ha="center", va="center", fontsize=style.font_size * 1.2, color=MUTED, gid="no-data")


def plain_axes(ax: Axes, style: ChartStyle, grid_axis: str = "y") -> None:
    """Light grid behind the data, no top/right spines, tick labels at the style's size."""
    ax.tick_params(labelsize=style.small_size, colors=INK, length=3)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(MUTED)
    if grid_axis:
        ax.grid(axis=grid_axis, color=GRID, linewidth=0.7)
    ax.set_axisbelow(True)


def percent_axis(axis, lang: str = "nl", decimals: int = 0) -> None:
    """Tick labels of a 0..1 axis as Dutch percentages: 0,25 -> '25%'."""
    axis.set_major_formatter(FuncFormatter(lambda v, _pos: fmt_pct(v, decimals, lang)))


def count_axis(axis, lang: str = "nl") -> None:
    """Integer tick labels with Dutch thousands separators: 1.234."""
    axis.set_major_locator(MaxNLocator(integer=True, steps=[1, 2, 2.5, 5, 10]))
    axis.set_major_formatter(FuncFormatter(lambda v, _pos: fmt_int(v, lang)))


def year_axis(axis, years) -> None:
    """Whole years, never '2.030'."""
    axis.set_major_locator(MaxNLocator(integer=True, nbins=min(len(years), 9)))
    axis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{int(round(v))}"))


def legend_columns(names, style: ChartStyle, width_pt: float, font_size: float | None = None) -> int:
    """The most legend columns whose rows fit in width_pt (estimated from text length), then balanced over rows."""
    fs = font_size or style.font_size
    items = [(0.6 * len(str(n)) + 1.6 + 0.8 + 1.6) * fs for n in names]
    best = 1
    for ncol in range(1, len(items) + 1):
        rows = -(-len(items) // ncol)
        width = sum(max(items[c * rows:(c + 1) * rows], default=0) for c in range(ncol))
        if width <= width_pt:
            best = ncol
    rows = -(-len(items) // best)
    return -(-len(items) // rows)


def legend_below(ax: Axes, handles, names, style: ChartStyle, ncol: int | None = None, tick_lines: int = 1):
    """A frameless legend centred under the plot and its tick labels (tick_lines: lines in one tick label)."""
    if not handles:
        return None
    width_pt = ax.bbox.width / ax.figure.dpi * 72
    ncol = ncol or legend_columns(names, style, width_pt)
    gap = tick_lines * style.small_size * 1.25 + 10  # points between the axes' bottom and the legend
    return ax.legend(handles, names, loc="upper center", bbox_to_anchor=(0.5, 0), ncol=ncol, frameon=False,
                     fontsize=style.font_size, handlelength=1.6, columnspacing=1.6, borderaxespad=gap / style.font_size)


def patches(colours: dict[str, str], values, lang: str, dimension: str) -> tuple[list, list[str]]:
    """Legend handles and capitalised names for categories."""
    handles = [Patch(facecolor=colours[v], edgecolor="white") for v in values]
    return handles, [labels.capital(labels.category(v, lang, dimension)) for v in values]
