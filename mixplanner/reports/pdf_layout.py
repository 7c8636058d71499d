"""A4 pages for the PDF: a cursor down the page, text wrapped by measured width, tables, charts fitted in a box."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle

from mixplanner.reports.palette import GRID, INK, MUTED, ChartStyle
from mixplanner.reports.pdf_measure import clip, pieces, text_width, wrap

A4 = (8.27, 11.69)  # inches, portrait
MARGIN = 0.6  # left and right
TOP = 0.5
BOTTOM = 0.62  # the footer sits below this
WIDTH = A4[0] - 2 * MARGIN
BODY, SMALL, H1, H2 = 9.0, 7.5, 19.0, 11.5
LEADING = 1.3  # line height as a multiple of the type size
PAD = 0.05  # inches of space left and right of the text in a table cell
PAD_Y = 0.035  # and above and below it
GAP = 0.2  # inches between blocks side by side
TABLE_SIZE = 8.0
STYLE = ChartStyle.for_medium("print")  # the charts' type sizes on an A4 page


def line_height(size: float) -> float:
    return size * LEADING / 72


def cell_width(texts, size: float, header: str = "", bold=()) -> float:
    """The width a column needs for its values (`bold` ones in bold) on one line and the longest header word."""
    widest = max([text_width(t, size) for t in texts] + [text_width(t, size, "bold") for t in bold], default=0.0)
    word = max((text_width(w, size, "bold") for w in header.split() for w in pieces(w)), default=0.0)
    return max(widest, word) + 2 * PAD + 0.02


@dataclass(frozen=True)
class Column:
    header: str
    width: float  # inches
    align: str = "left"


class Table:
    """Cells wrapped to their columns; rows may carry a colour swatch and be bold (a total line)."""

    def __init__(self, columns: Sequence[Column], rows: Sequence[Sequence[str]], size: float = SMALL + 0.5,
                 bold_rows: Sequence[int] = (), swatches: Sequence[str | None] | None = None,
                 groups: Sequence[tuple[str, int, int]] = ()) -> None:
        self.columns, self.size = list(columns), size
        self.groups = list(groups)  # (label, first column, number of columns) centred above the header
        self.bold = set(bold_rows)
        self.swatches = list(swatches) if swatches is not None else [None] * len(rows)
        self.swatch = 0.12 if any(self.swatches) else 0.0
        self.header = self._wrap([c.header for c in self.columns], "bold")
        self.rows = [self._wrap(row, "bold" if i in self.bold else "normal") for i, row in enumerate(rows)]

    @property
    def width(self) -> float:
        return sum(c.width for c in self.columns)

    def _wrap(self, cells, weight: str) -> list[list[str]]:
        out = []
        for k, (cell, col) in enumerate(zip(cells, self.columns)):
            room = col.width - 2 * PAD - (self.swatch if k == 0 else 0)
            out.append(wrap(cell, room, self.size, weight))
        return out

    def row_height(self, cells: list[list[str]]) -> float:
        return max(len(c) for c in cells) * line_height(self.size) + 2 * PAD_Y

    @property
    def head_height(self) -> float:
        return self.row_height(self.header) + (line_height(self.size) + PAD_Y if self.groups else 0.0)

    @property
    def height(self) -> float:
        return self.head_height + sum(self.row_height(r) for r in self.rows)

    def draw_groups(self, fig: Figure, x: float, y: float) -> float:
        """Labels over runs of columns, each underlined across its run."""
        if not self.groups:
            return 0.0
        edges = [x]
        for col in self.columns:
            edges.append(edges[-1] + col.width)
        for label, first, span in self.groups:
            x0, x1 = edges[first] + PAD, edges[first + span] - PAD
            put_text(fig, (x0 + x1) / 2, y + PAD_Y, label, self.size, "bold", ha="center")
            rule(fig, x0, x1, y + PAD_Y + line_height(self.size), MUTED, 0.6)
        return line_height(self.size) + PAD_Y

    def draw_row(self, fig: Figure, x: float, y: float, cells, weight: str, swatch: str | None = None) -> float:
        h = self.row_height(cells)
        left = x
        for k, (lines, col) in enumerate(zip(cells, self.columns)):
            inset = self.swatch if k == 0 else 0.0
            tx = left + col.width - PAD if col.align == "right" else left + PAD + inset
            for i, line in enumerate(lines):
                put_text(fig, tx, y + PAD_Y + i * line_height(self.size), line, self.size, weight,
                         ha="right" if col.align == "right" else "left")
            left += col.width
        if swatch:
            side = self.size * 0.85 / 72
            top = y + PAD_Y + (line_height(self.size) - side) / 2 - 0.012  # centred on the capitals, not the line
            fig.add_artist(Rectangle((fx(fig, x + PAD), fy(fig, top + side)), side / fig.get_figwidth(),
                                     side / fig.get_figheight(), transform=fig.transFigure, facecolor=swatch,
                                     edgecolor="white", linewidth=0.4))
        return h


def fx(fig: Figure, x: float) -> float:
    return x / fig.get_figwidth()


def fy(fig: Figure, y: float) -> float:
    """A distance in inches from the top of the page as a figure fraction."""
    return 1 - y / fig.get_figheight()


def put_text(fig: Figure, x: float, y: float, s: str, size: float, weight: str = "normal", colour: str = INK,
             ha: str = "left", **kwargs):
    """One line of text with its top at y inches from the top of the page."""
    return fig.text(fx(fig, x), fy(fig, y), s, fontsize=size, fontweight=weight, color=colour, ha=ha, va="top",
                    **kwargs)


def rule(fig: Figure, x0: float, x1: float, y: float, colour: str = GRID, width: float = 0.6) -> None:
    """A horizontal line across the page at y inches from the top."""
    fig.add_artist(Line2D([fx(fig, x0), fx(fig, x1)], [fy(fig, y), fy(fig, y)], transform=fig.transFigure,
                          color=colour, linewidth=width))


class Book:
    """The pages of one PDF, filled from top to bottom; a block that does not fit starts a new page."""

    def __init__(self) -> None:
        self.pages: list[Figure] = []
        self.y = TOP

    @property
    def fig(self) -> Figure:
        return self.pages[-1]

    def new_page(self) -> Figure:
        fig = Figure(figsize=A4, dpi=100)
        FigureCanvasAgg(fig)
        self.pages.append(fig)
        self.y = TOP
        return fig

    def room(self) -> float:
        return A4[1] - BOTTOM - self.y

    def ensure(self, height: float) -> None:
        if height > self.room() + 1e-9 and self.y > TOP + 1e-9:
            self.new_page()

    def gap(self, height: float) -> None:
        self.y += height

    def text(self, s: str, size: float = BODY, weight: str = "normal", colour: str = INK, indent: float = 0.0,
             width: float | None = None) -> None:
        """A wrapped paragraph at the cursor, kept on one page unless it is longer than a page."""
        lines = wrap(s, (width or WIDTH) - indent, size, weight)
        step = line_height(size)
        self.ensure(step * len(lines))
        for line in lines:
            self.ensure(step)
            put_text(self.fig, MARGIN + indent, self.y, line, size, weight, colour)
            self.y += step

    def heading(self, s: str, size: float = H2, space_after: float = 0.06, keep_with: float = 0.6) -> None:
        """A bold heading that is never the last thing on a page (keep_with: inches that must follow it)."""
        self.ensure(line_height(size) + keep_with)
        self.text(s, size, "bold")
        self.gap(space_after)

    def table(self, table: Table, x: float = MARGIN) -> None:
        """Draw a table at the cursor; rows that do not fit go to the next page under a repeated header."""
        self.ensure(table.head_height + (table.row_height(table.rows[0]) if table.rows else 0))
        self._header(table, x)
        for i, cells in enumerate(table.rows):
            h = table.row_height(cells)
            if h > self.room():
                self.new_page()
                self._header(table, x)
            if i in table.bold:
                rule(self.fig, x, x + table.width, self.y, MUTED, 0.7)
            elif i:
                rule(self.fig, x, x + table.width, self.y)
            table.draw_row(self.fig, x, self.y, cells, "bold" if i in table.bold else "normal", table.swatches[i])
            self.y += h

    def _header(self, table: Table, x: float) -> None:
        self.y += table.draw_groups(self.fig, x, self.y)
        h = table.draw_row(self.fig, x, self.y, table.header, "bold")
        self.y += h
        rule(self.fig, x, x + table.width, self.y, MUTED, 0.7)

    def chart(self, height: float, draw: Callable[[Axes], None], inset=(0.75, 0.9, 0.15, 0.5)) -> Axes:
        """A chart in a full-width box of `height` inches at the cursor: drawn, then fitted so that its titles,
        tick labels and legend stay inside the box. inset: first guess of (left, bottom, right, top) margins."""
        self.ensure(height)
        box = (MARGIN, self.y, WIDTH, height)
        left, bottom, right, top = inset
        fig = self.fig
        ax = fig.add_axes((fx(fig, MARGIN + left), fy(fig, self.y + height - bottom),
                           (WIDTH - left - right) / A4[0], (height - top - bottom) / A4[1]))
        draw(ax)
        fit(ax, box)
        self.y += height
        return ax


def bottom_of(ax: Axes) -> float:
    """How far down the page (inches from the top) the lowest thing an axes draws reaches, legend included."""
    fig = ax.figure
    return A4[1] - ax.get_tightbbox(fig.canvas.get_renderer()).y0 / fig.dpi


def fit(ax: Axes, box: tuple[float, float, float, float], rounds: int = 4) -> None:
    """Move and resize the axes until everything it draws (titles, ticks, legend) just fills the box
    (x and y from the top-left of the page, width and height, in inches)."""
    fig = ax.figure
    renderer = fig.canvas.get_renderer()
    x, y, w, h = box
    dpi = fig.dpi
    target = (x * dpi, (A4[1] - y - h) * dpi, (x + w) * dpi, (A4[1] - y) * dpi)
    W, H = fig.bbox.width, fig.bbox.height
    for _ in range(rounds):
        bb = ax.get_tightbbox(renderer)
        dl, db = (bb.x0 - target[0]) / W, (bb.y0 - target[1]) / H
        dr, dt = (target[2] - bb.x1) / W, (target[3] - bb.y1) / H
        if max(abs(dl), abs(db), abs(dr), abs(dt)) * max(W, H) < 0.5:
            return
        pos = ax.get_position()
        ax.set_position((pos.x0 - dl, pos.y0 - db, pos.width + dl + dr, pos.height + db + dt))


def footers(pages: Sequence[Figure], left: str, right: Callable[[int, int], str]) -> None:
    """A rule, the left text and the right text (given page number and count) at the foot of every page."""
    n = len(pages)
    for i, fig in enumerate(pages, start=1):
        y = A4[1] - BOTTOM + 0.2
        rule(fig, MARGIN, A4[0] - MARGIN, y, GRID, 0.6)
        end = right(i, n)
        room = WIDTH - text_width(end, SMALL) - 0.3
        put_text(fig, MARGIN, y + 0.07, clip(left, room, SMALL), SMALL, colour=MUTED)
        put_text(fig, A4[0] - MARGIN, y + 0.07, end, SMALL, colour=MUTED, ha="right")
