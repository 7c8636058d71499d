"""Time draw_stock_map on many synthetic building polygons: python tests/reports/bench_map.py [N] (default 300000)."""

from __future__ import annotations

import io
import sys
import time

import numpy as np
import shapely
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from mixplanner.engine.state import SEGMENTS
from mixplanner.reports.mapdraw import draw_stock_map


def synthetic(n: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """n rotated rectangles of 6-20 m (building-like, 5 vertices each) over 25 x 25 km in RD New, random segments."""
    rng = np.random.default_rng(seed)
    x, y = rng.uniform(150_000, 175_000, n), rng.uniform(430_000, 455_000, n)
    w, h, a = rng.uniform(6, 20, n), rng.uniform(6, 12, n), rng.uniform(0, np.pi, n)
    corners = np.array([[-1, -1], [1, -1], [1, 1], [-1, 1], [-1, -1]], dtype=float) / 2
    cx = corners[:, 0] * w[:, None]
    cy = corners[:, 1] * h[:, None]
    ring = np.stack([x[:, None] + cx * np.cos(a)[:, None] - cy * np.sin(a)[:, None],
                     y[:, None] + cx * np.sin(a)[:, None] + cy * np.cos(a)[:, None]], axis=-1)
    geometries = shapely.polygons(ring)
    return geometries, rng.choice(np.array(SEGMENTS, dtype=object), n)


def run(n: int) -> dict[str, float]:
    geometries, segments = synthetic(n)
    fig = Figure(figsize=(9, 9), dpi=150, layout="constrained")
    FigureCanvasAgg(fig)
    started = time.perf_counter()
    draw_stock_map(fig.add_subplot(), geometries, segments, attribution="bench")
    drawn = time.perf_counter()
    fig.canvas.draw()
    rendered = time.perf_counter()
    fig.savefig(io.BytesIO(), format="png")
    png = time.perf_counter()
    pdf = io.BytesIO()
    fig.savefig(pdf, format="pdf")
    done = time.perf_counter()
    return {"polygons": n, "draw_stock_map_s": round(drawn - started, 3), "agg_render_s": round(rendered - drawn, 3),
            "total_s": round(rendered - started, 3), "savefig_png_s": round(png - rendered, 3),
            "savefig_pdf_s": round(done - png, 3), "pdf_mb": round(pdf.getbuffer().nbytes / 1e6, 2)}


if __name__ == "__main__":
    print(run(int(sys.argv[1]) if len(sys.argv) > 1 else 300_000))
