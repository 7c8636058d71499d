"""The CSV of the projection parses back to the engine's long table, in Dutch and in English Excel settings."""

import pandas as pd
import pytest

from mixplanner.reports.summary import summarise
from mixplanner.reports.tables import write_csv

MAIN = "Ooipoort uit de corporatiebuurt"
KEYS = ["year", "buurt_code", "segment", "owner", "care_type"]


@pytest.mark.parametrize("lang, sep, header", [
    ("nl", ";", "scenario;jaar;buurtcode;buurt;segment;eigenaar;zorgtype;woningen"),
    ("en", ",", "scenario,year,buurt_code,buurt_name,segment,owner,care_type,units"),
])
def test_csv_parses_back_to_the_long_frame(example_plan, tmp_path, lang, sep, header):
    summary = summarise(example_plan, lang=lang)
    path = tmp_path / "plan.csv"
    write_csv(summary, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM tells Excel the file is UTF-8
    assert raw[3:].decode("utf-8").split("\r\n")[0] == header
    table = pd.read_csv(path, sep=sep, decimal="," if lang == "nl" else ".", encoding="utf-8-sig", dtype=str)
    table.columns = ["scenario", *KEYS[:2], "buurt_naam", *KEYS[2:], "units"]
    assert set(table["scenario"]) == set(summary.projections)
    for name, projection in summary.projections.items():
        mine = table[table["scenario"] == name].drop(columns=["scenario", "buurt_naam"])
        mine = mine.astype({"year": "int64", "units": "int64"}).reset_index(drop=True)
        expected = projection.long_frame().astype({"year": "int64", "units": "int64"})
        pd.testing.assert_frame_equal(mine.sort_values(KEYS).reset_index(drop=True),
                                      expected.astype({c: str for c in KEYS[1:]}).sort_values(KEYS)
                                      .reset_index(drop=True), check_dtype=False)
    ooipoort = table[(table["scenario"] == MAIN) & (table["buurt_code"] == "BU02210100")]
    assert set(ooipoort["buurt_naam"]) == {"Ooipoort"}
    sociale_2026 = ooipoort[(ooipoort["year"] == "2026") & (ooipoort["segment"] == "sociale huur")]
    assert sociale_2026["units"].astype(int).sum() == 602
