"""Any view as PNG (300 dpi at A4 text width) or SVG; a wrong suffix or view is refused with a sentence."""

import xml.etree.ElementTree as ET

import pytest
from PIL import Image

from mixplanner.reports.exports import VIEWS
from mixplanner.reports.images import save_figure
from mixplanner.reports.summary import summarise


@pytest.fixture(scope="module")
def summary(example_plan):
    return summarise(example_plan)


@pytest.mark.parametrize("view", VIEWS)
def test_every_view_as_png_at_print_resolution(summary, tmp_path, view):
    path = save_figure(summary, view, tmp_path / f"{view}.png")
    image = Image.open(path)
    assert image.width == round(6.7 * 300)  # A4 text width at 300 dpi
    assert image.height >= 2.5 * 300
    colours = image.convert("RGB").getcolors(maxcolors=1 << 20)
    assert len(colours) > 50  # a drawing, not an empty page


def test_svg_keeps_lines_vector_and_the_buildings_one_image(summary, tmp_path):
    root = ET.parse(save_figure(summary, "map-after", tmp_path / "map.svg")).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg" and root.get("width") == "482.4pt"  # 6.7 inches
    svg = "{http://www.w3.org/2000/svg}"
    groups = {g.get("id"): g for g in root.iter(f"{svg}g")}
    assert len(root.findall(f".//{svg}image")) == 1  # the 4,347 buildings as one image
    assert len(groups["stock-map-buurten"].findall(f".//{svg}path")) >= 1  # the outlines stay vector
    assert len(root.findall(f".//{svg}path")) < 1000


def test_the_dpi_sets_the_pixels(summary, tmp_path):
    image = Image.open(save_figure(summary, "mix", tmp_path / "mix.png", dpi=100))
    assert image.size == (670, 420)


def test_what_cannot_be_drawn_is_refused(summary, tmp_path):
    with pytest.raises(ValueError, match=r"\.png or \.svg, not as '\.jpg'"):
        save_figure(summary, "mix", tmp_path / "mix.jpg")
    with pytest.raises(ValueError, match="there is no view 'pie'"):
        save_figure(summary, "pie", tmp_path / "pie.png")
