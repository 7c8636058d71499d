"""Scenarios, targets and assumptions to JSON dicts and back: exact round trips, the schema's shapes, and errors."""

import copy
import dataclasses
import json
import re
from pathlib import Path

import pytest

from mixplanner.domain.interventions import (
    KINDS, Acquire, Build, ConvertCare, Demolish, DemolishReplace, Relabel, Selection, Sell, Turnover,
)
from mixplanner.domain.scenario import Assumptions, Scenario
from mixplanner.domain.targets import Target, load_presets
from mixplanner.io import scenario_json as sj
from mixplanner.io.scenario_json import ScenarioFileError

SCHEMA_DOC = Path(__file__).resolve().parents[2] / "docs" / "scenario-schema.md"
PLOT = "POLYGON ((205900 446500, 206000 446500, 206000 446600, 205900 446600, 205900 446500))"


def every_kind_with_every_field() -> tuple:
    """One intervention per kind, each field set to something other than its default."""
    sel = Selection(ids=("NL.IMBAG.Pand.0221100000311383",), filter="eigenaar = corporatie", polygon_wkt=PLOT)
    return (
        Sell(year=2027, selection=sel, share=0.25, price=250000.0, discount=0.1, label="verkoop", enabled=False),
        Build(buurt_code="BU02210100", schedule=((2028, 60), (2029, 40)),
              programme=(("sociale huur", 0.3), ("middenhuur", 0.4), ("dure koop", 0.3)),
              dwelling_type="eengezins", care_type="nultreden", floor_area=85.0,
              rents=(("middenhuur", 1050.0),), values=(("dure koop", 495000.0),),
              owners=(("middenhuur", "woningcorporatie"),), realisation_rate=0.8, plot_wkt=PLOT, label="Oostzijde"),
        Demolish(year=2029, selection=sel, units=12, label="sloop"),
        DemolishReplace(year=2028, selection=sel, units=40, ratio=1.2, gap_years=3,
                        programme=(("sociale huur", 0.5), ("betaalbare koop", 0.5)), dwelling_type="eengezins",
                        floor_area=75.0),
        ConvertCare(year=2030, selection=sel, units=8, care_type="zorgwoning"),
        Turnover(first_year=2027, last_year=2032, selection=sel, relet_share=0.5, to_segment="middenhuur",
                 cap=30, rent=1000.0),
        Acquire(year=2028, selection=sel, units=10, rent=850.0),
        Relabel(year=2027, selection=sel, owner="woningcorporatie", segment="sociale huur"),
    )


def every_kind_minimal() -> tuple:
    return (
        Sell(year=2027, units=5),
        Build(buurt_code="BU02210100", schedule=((2028, 60),), programme=(("sociale huur", 1.0),)),
        Demolish(year=2029), DemolishReplace(year=2028), ConvertCare(year=2030, units=8),
        Turnover(first_year=2027, last_year=2032, relet_share=0.5, to_segment="middenhuur"),
        Acquire(year=2028, units=10), Relabel(year=2027, owner="woningcorporatie"),
    )


def test_every_field_of_every_kind_survives_a_round_trip():
    assert {i.kind for i in every_kind_with_every_field()} == set(KINDS)
    for items in (every_kind_with_every_field(), every_kind_minimal()):
        scenario = Scenario("Ooipoort", items, "sloop-nieuwbouw en verkoop")
        d = json.loads(json.dumps(sj.scenario_to_dict(scenario)))  # through real JSON text
        assert sj.scenario_from_dict(d) == scenario


def test_every_field_type_has_a_codec():
    for cls in (*KINDS.values(), Target, Assumptions):
        for f in dataclasses.fields(cls):
            assert f.type in sj.CODECS, f"{cls.__name__}.{f.name}: {f.type}"


def test_defaults_are_left_out_and_pairs_are_objects():
    d = sj.scenario_to_dict(Scenario("Ooipoort", every_kind_minimal()))
    assert "description" not in d
    build = d["interventions"][1]
    assert build == {"kind": "nieuwbouw", "buurt_code": "BU02210100", "schedule": {"2028": 60},
                     "programme": {"sociale huur": 1.0}}
    assert d["interventions"][3] == {"kind": "sloop-nieuwbouw", "year": 2028}
    full = sj.intervention_to_dict(every_kind_with_every_field()[1])
    assert full["rents"] == {"middenhuur": 1050.0} and full["owners"] == {"middenhuur": "woningcorporatie"}
    assert full["schedule"] == {"2028": 60, "2029": 40}
    sell = sj.intervention_to_dict(every_kind_with_every_field()[0])
    assert sell["selection"] == {"ids": ["NL.IMBAG.Pand.0221100000311383"], "filter": "eigenaar = corporatie",
                                 "polygon_wkt": PLOT}
    assert sell["enabled"] is False and list(sell)[0] == "kind"


def test_a_schedule_with_a_year_twice_is_written_as_pairs_and_read_back():
    build = Build(buurt_code="BU1", schedule=((2028, 30), (2028, 30)), programme=(("sociale huur", 1.0),))
    d = sj.intervention_to_dict(build)
    assert d["schedule"] == [[2028, 30], [2028, 30]]
    assert sj.scenario_from_dict({"name": "x", "interventions": [d]}).interventions == (build,)


def test_whole_numbers_written_as_decimals_and_numbers_for_decimals_are_accepted():
    d = {"kind": "nieuwbouw", "buurt_code": "BU1", "schedule": {"2028": 60.0}, "programme": {"sociale huur": 1},
         "floor_area": 80}
    item = sj.scenario_from_dict({"name": "x", "interventions": [d]}).interventions[0]
    assert item.schedule == ((2028, 60),) and isinstance(item.schedule[0][1], int)
    assert isinstance(item.floor_area, float) and item.programme == (("sociale huur", 1.0),)


def _error(d) -> str:
    with pytest.raises(ScenarioFileError) as caught:
        sj.scenario_from_dict(d)
    return str(caught.value)


def _ooipoort(second: dict) -> dict:
    first = {"kind": "verkoop", "year": 2027, "units": 5}
    return {"name": "Ooipoort", "interventions": [first, second]}


BUILD = {"kind": "nieuwbouw", "buurt_code": "BU02210100", "schedule": {"2028": 60}, "programme": {"sociale huur": 1}}


@pytest.mark.parametrize("change, message", [
    (lambda d: d.pop("programme"), "scenario 'Ooipoort', intervention #2 (nieuwbouw): 'programme' is missing"),
    (lambda d: d.update(prgramme={}), "intervention #2 (nieuwbouw): unknown field 'prgramme'; did you mean 'programme'?"),
    (lambda d: d.update(floor_area="70"), "intervention #2 (nieuwbouw): 'floor_area' must be a number, not the text '70'"),
    (lambda d: d.update(schedule={"2028": 60.5}), "'schedule.2028' must be a whole number, not the number 60.5"),
    (lambda d: d.update(schedule={"next year": 60}), "'schedule.next year' must be a whole number"),
    (lambda d: d.update(schedule=[2028, 60]), "'schedule' must be an object like"),
    (lambda d: d.update(enabled=1), "'enabled' must be true or false, not the number 1"),
    (lambda d: d.update(kind="nieuwbow"), "scenario 'Ooipoort', intervention #2: unknown kind \"nieuwbow\"; use one of verkoop"),
    (lambda d: d.pop("kind"), "intervention #2: 'kind' is missing"),
    (lambda d: d.update(programme={"sociale huur": 0.9}), "intervention #2 (nieuwbouw): nieuwbouw 2028: the programme "
                                                          "shares add up to 90%, not 100%"),
    (lambda d: d.update(programme={"onbekend": 1}), "'onbekend' is not a segment one can build"),
    (lambda d: d.update(owners={"sociale huur": "gemeente"}), "'gemeente' is not an owner"),
    (lambda d: d.update(plot_wkt="POLYGON ((0 0, 1"), "'plot_wkt' is not valid well-known text (WKT)"),
    (lambda d: d.update(plot_wkt="POINT (0 0)"), "'plot_wkt' must be a POLYGON or MULTIPOLYGON, not Point"),
])
def test_errors_name_the_scenario_the_intervention_and_the_field(change, message):
    build = copy.deepcopy(BUILD)
    change(build)
    assert message in _error(_ooipoort(build))


@pytest.mark.parametrize("selection, message", [
    ({"filter": "eigenaar = = corporatie"}, "'selection.filter' is not valid:"),
    ({"ids": "c1"}, "'selection.ids' must be a list of texts, not the text 'c1'"),
    ({"ids": [1001]}, "'selection.ids' must be a list of texts"),
    ({"polygon": "x"}, "unknown field 'polygon' in 'selection'; did you mean 'polygon_wkt'?"),
    ({"polygon_wkt": "LINESTRING (0 0, 1 1)"}, "'selection.polygon_wkt' must be a POLYGON"),
    ("eigenaar = corporatie", "'selection' must be an object"),
])
def test_selection_errors(selection, message):
    text = _error(_ooipoort({"kind": "sloop", "year": 2029, "selection": selection}))
    assert text.startswith("scenario 'Ooipoort', intervention #2 (sloop): ") and message in text


def test_check_errors_and_scenario_level_errors():
    assert "intervention #1 (verkoop): verkoop 2027: give either a number of units or a share" in _error(
        {"name": "A", "interventions": [{"kind": "verkoop", "year": 2027}]})
    assert "'units' must be a whole number, not true" in _error(
        {"name": "A", "interventions": [{"kind": "verkoop", "year": 2027, "units": True}]})
    assert _error({"interventions": []}) == "scenario: 'name' is missing"
    assert _error({"name": "A", "interventions": {}}) == "scenario 'A': 'interventions' must be a list, not an object"
    assert "scenario 'A': unknown field 'descripton'; did you mean 'description'?" == _error({"name": "A", "descripton": ""})
    assert "intervention #1: must be an object" in _error({"name": "A", "interventions": ["verkoop"]})
    with pytest.raises(ScenarioFileError, match=r"^plan\.json: scenario #3: 'name' must be text, not null$"):
        sj.scenario_from_dict({"name": None}, "plan.json", number=3)


def test_null_means_none_for_optional_fields_only():
    d = {"name": "A", "interventions": [{"kind": "sloop", "year": 2029, "units": None}]}
    assert sj.scenario_from_dict(d).interventions == (Demolish(year=2029),)
    assert "'year' must be a whole number, not null" in _error({"name": "A", "interventions": [{"kind": "sloop", "year": None}]})


def test_targets_and_assumptions_round_trip_and_errors():
    targets = [t for preset in load_presets().values() for t in preset.targets]
    targets.append(Target(area_level="buurt", area_code="BU02210100", dimension="owner", group=("woningcorporatie",),
                          measure="count", bound="max", value=500, year=2035, label="hoogstens 500"))
    for t in targets:
        assert sj.target_from_dict(json.loads(json.dumps(sj.target_to_dict(t)))) == t
    assert sj.target_to_dict(targets[-1])["group"] == ["woningcorporatie"]
    assert "area_code" not in sj.target_to_dict(targets[0])
    with pytest.raises(ScenarioFileError, match=r"^target #2: 'year' is missing$"):
        sj.target_from_dict({"area_level": "gemeente", "group": ["sociale huur"], "value": 0.3}, number=2)
    with pytest.raises(ScenarioFileError, match="target: a share target lies between 0 and 1, not 30.0"):
        sj.target_from_dict({"area_level": "gemeente", "group": ["sociale huur"], "value": 30, "year": 2030})

    a = Assumptions(base_year=2027, horizon=10, policy_year=2026, threshold_indexation=0.025, rent_indexation=0.04,
                    woz_indexation=0.02, turnover=(("woningcorporatie", 0.06), ("eigenaar-bewoner", 0.04)))
    for assumptions in (a, Assumptions()):
        d = sj.assumptions_to_dict(assumptions)
        assert set(d) == {f.name for f in dataclasses.fields(Assumptions)}  # written in full, defaults too
        assert sj.assumptions_from_dict(json.loads(json.dumps(d))) == assumptions
    assert sj.assumptions_to_dict(a)["turnover"] == {"woningcorporatie": 0.06, "eigenaar-bewoner": 0.04}
    assert sj.assumptions_from_dict({"horizon": 5}) == Assumptions(horizon=5)
    with pytest.raises(ScenarioFileError, match=r"^assumptions: 'turnover' names 'corporatie', which is not an owner"):
        sj.assumptions_from_dict({"turnover": {"corporatie": 0.07}})
    with pytest.raises(ScenarioFileError, match=r"^plan: assumptions: 'horizon' must be a whole number"):
        sj.assumptions_from_dict({"horizon": "15"}, "plan")


def test_scenario_files(tmp_path):
    scenarios = [Scenario("Ooipoort", every_kind_with_every_field()), Scenario("Leeg", (), "niets")]
    path = tmp_path / "scenarios.json"
    sj.write_scenarios(path, scenarios)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "mixplanner-scenarios" and data["version"] == 1 and len(data["scenarios"]) == 2
    assert sj.read_scenarios(path) == scenarios
    assert [p.name for p in tmp_path.iterdir()] == ["scenarios.json"]  # no temporary file left behind
    single = tmp_path / "one.json"
    single.write_text(json.dumps(sj.scenario_to_dict(scenarios[1])), encoding="utf-8")
    assert sj.read_scenarios(single) == [scenarios[1]]


@pytest.mark.parametrize("text, message", [
    ('{"format": "mixplanner-scenarios", "version": 1, "scenarios": [', r"^bad\.json is not valid JSON: Expecting value on line 1"),
    ('{"format": "mixplanner-scenarios", "version": 2, "scenarios": []}', "written by a newer mixplanner \\(version 2\\)"),
    ('{"format": "mixplanner-scenarios", "scenarios": [{"name": "A"}, {"name": "A"}]}', "more than one scenario is named 'A'"),
    ('{"format": "mixplanner-scenarios", "scenarios": [{"name": "A"}], "extra": 1}', "unknown field 'extra'"),
    ('{"format": "mixplanner-scenarios", "scenarios": [{"name": "A", "name": "B"}]}', "the key 'name' appears twice"),
    ('{"name": "A", "interventions": [{"kind": "sloop", "year": 2029, "units": NaN}]}', "NaN is not a JSON number"),
    ('[{"name": "A"}]', "not a mixplanner scenario file"),
    ('{"format": "mixplanner-scenarios", "scenarios": [{"name": "A"}, {"interventions": []}]}',
     r"^bad\.json: scenario #2: 'name' is missing$"),
])
def test_bad_scenario_files(tmp_path, text, message):
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ScenarioFileError, match=message):
        sj.read_scenarios(path)


def test_unreadable_scenario_files(tmp_path):
    with pytest.raises(ScenarioFileError, match="cannot be read: it does not exist"):
        sj.read_scenarios(tmp_path / "missing.json")
    (tmp_path / "latin.json").write_bytes('{"name": "Café"}'.encode("cp1252"))
    with pytest.raises(ScenarioFileError, match="is not UTF-8 text"):
        sj.read_scenarios(tmp_path / "latin.json")


def test_every_example_in_the_schema_document_reads():
    blocks = re.findall(r"```json\n(.*?)```", SCHEMA_DOC.read_text(encoding="utf-8"), re.S)
    kinds = set()
    for block in blocks:
        data = sj.loads(block, "example")
        if "format" in data:
            kinds |= {i.kind for s in sj.scenarios_from_document(data) for i in s.interventions}
        elif "kind" in data:
            kinds |= {i.kind for i in sj.scenario_from_dict({"name": "x", "interventions": [data]}).interventions}
        elif "area_level" in data:
            sj.target_from_dict(data)
        elif "name" in data:
            kinds |= {i.kind for i in sj.scenario_from_dict(data).interventions}
        else:
            sj.assumptions_from_dict(data)
    assert kinds == set(KINDS)


def test_a_failed_write_keeps_the_old_scenario_file(tmp_path, monkeypatch):
    path = tmp_path / "scenarios.json"
    sj.write_scenarios(path, [Scenario("Oud")])
    before = path.read_bytes()

    def full(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(sj.os, "fsync", full)
    with pytest.raises(ScenarioFileError, match=r"^Could not save .*scenarios\.json: no space left on device\.$"):
        sj.write_scenarios(path, [Scenario("Nieuw")])
    assert path.read_bytes() == before and [p.name for p in tmp_path.iterdir()] == ["scenarios.json"]
