"""mixplanner-cli report on the example: every format by suffix, and one sentence for what cannot be reported."""

from pathlib import Path

import pyogrio
import pytest
from openpyxl import load_workbook
from pptx import Presentation
from pypdf import PdfReader

from mixplanner.cli.main import main

ROOT = Path(__file__).resolve().parents[2]
MAIN, FEWER = "Ooipoort uit de corporatiebuurt", "Ooipoort, 50 minder verkopen"


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_workbook_of_the_example_for_two_scenarios_and_a_year(tmp_path, capsys):
    out = tmp_path / "plan.xlsx"
    code, stdout, err = run(capsys, "report", "-o", str(out), "--scenario", FEWER, "--scenario", MAIN, "--year", "2030")
    assert code == 0 and err == ""
    assert stdout == f"{out}: Excel workbook of scenario '{FEWER}' in 2030\n"
    book = load_workbook(out)
    assert book.sheetnames[:3] == [FEWER, MAIN, "Basis (geen ingrepen)"]
    assert book["Uitgangspunten"]["B6"].value == 2030  # the report year


@pytest.mark.parametrize("suffix, check", [
    (".pptx", lambda p: len(Presentation(p).slides) == 7),
    (".gpkg", lambda p: pyogrio.read_info(p, layer="stock")["features"] == 4353),
    (".csv", lambda p: p.read_text(encoding="utf-8-sig").startswith("scenario,year,buurt_code")),
    (".svg", lambda p: b"<svg" in p.read_bytes()[:500]),
])
def test_each_format_by_its_suffix(tmp_path, capsys, suffix, check):
    out = tmp_path / f"plan{suffix}"
    code, _, err = run(capsys, "report", "-o", str(out), "--lang", "en")
    assert code == 0 and err == "" and check(out)


def test_png_of_a_chosen_view_from_a_stock_file_with_scenarios(tmp_path, capsys):
    out = tmp_path / "waterfall.png"
    stock = ROOT / "resources" / "example" / "doesburg_example.gpkg"
    scenarios = ROOT / "resources" / "example" / "scenarios_ooipoort.json"
    code, stdout, err = run(capsys, "report", str(stock), "--scenario", str(scenarios), "-o", str(out),
                            "--view", "waterfall")
    assert code == 0 and err == "" and f"of scenario '{MAIN}'" in stdout
    assert out.read_bytes().startswith(b"\x89PNG")


def test_pdf(tmp_path, capsys):
    out = tmp_path / "plan.pdf"
    code, _, err = run(capsys, "report", "-o", str(out))
    assert code == 0 and err == ""
    reader = PdfReader(out)
    assert len(reader.pages) >= 2 and "Ooipoort" in "".join(page.extract_text() for page in reader.pages)


@pytest.mark.parametrize("args, code, message", [
    (["--scenario", "Nergens"], 1, "the plan has no scenario 'Nergens'; its scenarios are: 'Basis (geen ingrepen)'"),
    (["--year", "2050"], 1, "the year 2050 is outside the projection; choose a --year from 2026 to 2041."),
    (["--view", "mix"], 1, "a view (mix) can only be chosen for a .png or .svg image, not for .xlsx."),
])
def test_what_cannot_be_reported_is_one_sentence(tmp_path, capsys, args, code, message):
    out = tmp_path / "plan.xlsx"
    got, stdout, err = run(capsys, "report", "-o", str(out), *args)
    assert (got, stdout) == (code, "")
    assert err.startswith("mixplanner-cli: ") and message in err and err.count("\n") == 1
    assert not out.exists()


def test_unknown_suffix_and_unwritable_folder(tmp_path, capsys):
    code, _, err = run(capsys, "report", "-o", str(tmp_path / "plan.docx"))
    assert code == 1 and "cannot export to '.docx'; it exports to .pdf (PDF plan summary)" in err
    out = tmp_path / "missing" / "plan.csv"
    code, _, err = run(capsys, "report", "-o", str(out))
    assert (code, err) == (2, f"mixplanner-cli: cannot write {out}: the folder {out.parent} does not exist.\n")
