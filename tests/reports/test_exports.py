"""The dispatcher: the writer by suffix, a clear refusal of other suffixes, and no half-written files."""

import pytest

from mixplanner.reports import exports
from mixplanner.reports.exports import ExportError, export
from mixplanner.reports.summary import summarise


@pytest.fixture(scope="module")
def summary(example_plan):
    return summarise(example_plan)


def test_unknown_suffix_names_the_ones_that_work(summary, tmp_path):
    with pytest.raises(ExportError) as caught:
        export(summary, tmp_path / "plan.docx")
    message = str(caught.value)
    assert message.startswith("plan.docx: mixplanner cannot export to '.docx'")
    for suffix in (".pdf", ".xlsx", ".pptx", ".gpkg", ".csv", ".png", ".svg"):
        assert suffix in message
    with pytest.raises(ExportError, match="only be chosen for a .png or .svg"):
        export(summary, tmp_path / "plan.csv", view="mix")
    assert list(tmp_path.iterdir()) == []


def test_export_writes_by_suffix(summary, tmp_path):
    assert export(summary, tmp_path / "plan.csv").read_bytes().startswith(b"\xef\xbb\xbfscenario;jaar")
    assert export(summary, tmp_path / "map.PNG", view="map-after").read_bytes().startswith(b"\x89PNG")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.PNG", "plan.csv"]


def test_a_failed_export_keeps_the_old_file_and_leaves_no_partial_one(summary, tmp_path, monkeypatch):
    target = tmp_path / "plan.csv"
    target.write_text("the old export")

    def broken(summary, path):
        path.write_text("half")
        raise OSError("disk full")

    monkeypatch.setattr(exports, "_writer", lambda suffix, view: broken)
    with pytest.raises(OSError, match="disk full"):
        export(summary, target)
    assert target.read_text() == "the old export"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.csv"]
