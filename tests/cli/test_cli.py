"""The command line on the example: inspect, new, project and compare, as a planner runs them."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from mixplanner import __version__
from mixplanner.cli.main import main

ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = str(ROOT / "resources" / "example" / "scenarios_ooipoort.json")
MAIN = "Ooipoort uit de corporatiebuurt"
FEWER = "Ooipoort, 50 minder verkopen"


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_version_in_a_subprocess():
    done = subprocess.run([sys.executable, "-m", "mixplanner.cli", "--version"], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.strip() == f"mixplanner {__version__}"


def test_inspect_example_per_buurt_shares_add_up_to_100(capsys):
    code, out, _ = run(capsys, "inspect", "--format", "json")
    doc = json.loads(out)
    assert code == 0 and "synthetic tenure on real BAG geometry (Bron: BAG, Kadaster)" in doc["source"]
    assert len(doc["areas"]) == 7
    for area in doc["areas"]:
        assert sum(v["share"] for v in area["segment"].values()) == pytest.approx(1.0)
        assert sum(v["units"] for v in area["segment"].values()) == area["units"]
    assert sum(a["units"] for a in doc["areas"]) == doc["total"]["units"]
    assert doc["total"]["intramural_places"] == 60


def test_inspect_table_rows_add_up_to_100_percent(capsys):
    code, out, _ = run(capsys, "inspect")
    assert code == 0
    rows = [line for line in out.splitlines() if line.startswith("BU0221")]
    assert len(rows) == 7
    for line in rows:
        pct = [float(cell.rstrip("%*").replace(",", ".")) for cell in line.split() if cell.endswith("%") or cell.endswith("%*")]
        assert sum(pct[:6]) == pytest.approx(100.0)  # six segments; the seventh figure is the corporation share
    assert "BU02210100  Ooipoort" in out and "75,7%*" in out


def test_project_states_when_the_corporatiebuurt_drops_below_two_thirds(capsys):
    code, out, _ = run(capsys, "project", "--scenario", SCENARIOS, "--targets", "corporatiebuurt")
    assert code == 0
    assert "BU02210100 Ooipoort: 75,7% in het basisjaar; onder de 2/3-grens vanaf 2028" in out
    code, out, _ = run(capsys, "project", "--scenario", SCENARIOS, "--scenario", FEWER)
    assert "blijft boven de 2/3-grens tot en met 2041" in out


def test_new_then_project_and_compare_a_plan_file(tmp_path, capsys):
    plan = tmp_path / "doesburg.mixplan"
    example = str(ROOT / "resources" / "example" / "doesburg_example.gpkg")
    code, out, _ = run(capsys, "new", example, "-o", str(plan), "--targets", "corporatiebuurt", "--scenario", SCENARIOS)
    assert code == 0 and plan.exists() and "3 scenario's" in out
    code, out, _ = run(capsys, "project", str(plan), "--scenario", MAIN, "--format", "json")
    doc = json.loads(out)
    ooipoort = [t for t in doc["targets"] if t["area"] == "BU02210100"][0]
    assert ooipoort["status"] == "gehaald" and ooipoort["first_met"] == 2028
    assert doc["corporatiebuurten"][0]["below_from"] == 2028
    code, out, _ = run(capsys, "compare", str(plan), FEWER, MAIN, "--format", "json")
    diff = {(r["area"], r["segment"]): r["difference"] for r in json.loads(out)["difference"] if r["year"] == 2041}
    assert diff[("BU02210100", "sociale huur")] == -50  # 50 more sold
    assert diff[("BU02210100", "betaalbare koop")] + diff[("BU02210100", "dure koop")] == 50


def test_a_scenario_that_cannot_apply_is_one_sentence_and_exit_1(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"name": "te veel", "interventions": [
        {"kind": "verkoop", "label": "Alles verkopen", "year": 2027, "units": 5000,
         "selection": {"filter": "buurt = BU02210100 en eigenaar = corporatie"}}]}))
    code, out, err = run(capsys, "project", "--scenario", str(bad))
    assert code == 1 and out == ""
    assert "'Alles verkopen' (verkoop, 2027): 5000 units to sell, but the selection" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("args", [("project", "--scenario", SCENARIOS, "--scenario", "Geen zulk scenario"),
                                  ("compare", str(ROOT / "resources" / "example" / "doesburg_example.gpkg"), MAIN,
                                   "Geen zulk scenario", "--scenario", SCENARIOS)])
def test_an_unknown_scenario_name_is_one_sentence_and_exit_1(capsys, args):
    code, out, err = run(capsys, *args)
    assert code == 1 and out == ""
    assert f"the plan has no scenario 'Geen zulk scenario'; it has: Basis (geen ingrepen), {MAIN}, {FEWER}" in err
