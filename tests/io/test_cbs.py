"""CBS Kerncijfers wijken en buurten: StatLine title headers and OData keys become owner records per buurt."""

import numpy as np
import pandas as pd
import pytest

from mixplanner.domain.stock import CANONICAL, Stock
from mixplanner.io.cbs import kwb_to_records, looks_like_kwb
from mixplanner.io.problems import LoadReport, Severity
from mixplanner.io.raw import RawTable

WOZ_TITLE = "Gemiddelde WOZ-waarde van woningen (x 1 000 euro)"


def statline_csv() -> RawTable:
    """As read from a StatLine CSV export (';', decimal comma): every cell text; line 1 is the header."""
    rows = [
        # Wijken en buurten, Codering, Woningvoorraad, WOZ, koop, huur, corporatie, overig, onbekend, <2000, >=2000
        ("Doesburg", "GM0221    ", "5000", "245", "60,0", "40,0", "30,0", "10,0", "0,0", "85", "15"),
        ("Wijk 00 Doesburg", "WK022100  ", "4800", "244", "60,0", "40,0", "30,0", "10,0", "0,0", "85", "15"),
        ("Binnenstad", "BU02210000  ", "1235", "245", "62,3", "37,5", "10,1", "27,4", "0,2", "91,5", "8,5"),
        ("Beinum", "BU02210001  ", "40", "310", ".", ".", ".", ".", ".", "100", "0"),
        ("Ooi", "BU02210002  ", ".", ".", ".", ".", ".", ".", ".", ".", "."),
        ("Bedrijventerrein", "BU02210003  ", "0", ".", ".", ".", ".", ".", ".", ".", "."),
        ("Molenveld", "BU02210004  ", "200", "-99997", "50,0", "40,0", "20,0", "20,0", "0,0", "70", "30"),
        ("Ambachtsweg", "BU02210005  ", "7", "200", "33,3", "66,6", "33,3", "33,3", "0,0", "0", "100"),
        ("Verspreide huizen", "BU02210006  ", "11", "400", "60,0", "50,0", "30,0", "20,0", "0,0", "100", "0"),
        ("Bron: CBS", "", "", "", "", "", "", "", "", "", ""),
    ]
    columns = ["Wijken en buurten", "Codering", "Woningvoorraad", WOZ_TITLE, "Koopwoningen (%)",
               "Huurwoningen totaal (%)", "In bezit woningcorporatie (%)", "In bezit overige verhuurders (%)",
               "Eigendom onbekend (%)", "Bouwjaar voor 2000 (%)", "Bouwjaar vanaf 2000 (%)"]
    frame = pd.DataFrame(rows, columns=columns, dtype=object)
    kind = {"GM": "Gemeente", "WK": "Wijk", "BU": "Buurt"}
    frame.insert(1, "Gemeentenaam", ["Doesburg"] * 9 + [""])
    frame.insert(2, "Soort regio", [kind.get(c[:2], "") for c in frame["Codering"]])
    return RawTable("kwb-2023-doesburg.csv", "csv", frame, np.arange(2, 2 + len(rows)))


def odata_parquet() -> RawTable:
    """As read from a Parquet dump of the OData typed data set: numbers, NaN and -99997 for suppressed cells."""
    frame = pd.DataFrame({
        "WijkenEnBuurten": ["GM0221    ", "WK022100  ", "BU02210000", "BU02210001", "BU02210002", "BU02210003"],
        "Gemeentenaam_1": ["Doesburg                                ", *["Doesburg"] * 5],
        "SoortRegio_2": ["Gemeente  ", "Wijk      ", "Buurt     ", "Buurt     ", "Buurt     ", "Buurt     "],
        "Codering_3": ["GM0221    ", "WK022100  ", "BU02210000", "BU02210001", "BU02210002", "BU02210003"],
        "Woningvoorraad_31": [5000.0, 4800.0, 1235.0, -99997.0, np.nan, 30.0],
        "GemiddeldeWOZWaardeVanWoningen_32": [245.0, 244.0, 245.0, np.nan, np.nan, 180.0],
        "Koopwoningen_37": [60.0, 60.0, 62.3, np.nan, np.nan, 50.0],
        "HuurwoningenTotaal_38": [40.0, 40.0, 37.5, np.nan, np.nan, 50.0],
        "InBezitWoningcorporatie_39": [30.0, 30.0, 10.1, np.nan, np.nan, -99997.0],
        "InBezitOverigeVerhuurders_40": [10.0, 10.0, 27.4, np.nan, np.nan, 20.0],
        "EigendomOnbekend_41": [0.0, 0.0, 0.2, np.nan, np.nan, 0.0],
        "BouwjaarVanaf2000_43": [15.0, 15.0, 8.5, np.nan, np.nan, 0.0],
    })
    return RawTable("85618NED.parquet", "parquet", frame, np.arange(1, 7))


def load(raw: RawTable) -> tuple[pd.DataFrame, LoadReport]:
    report = LoadReport(raw.file)
    return kwb_to_records(raw, report), report


def units_by_id(records: pd.DataFrame) -> dict[str, int]:
    return dict(zip(records["id"], records["units"].astype(int)))


def problems_by_row(report: LoadReport) -> dict[int, list]:
    out: dict[int, list] = {}
    for p in report.problems:
        out.setdefault(p.row, []).append(p)
    return out


def test_recognises_both_header_styles_and_nothing_else():
    assert looks_like_kwb(statline_csv())
    assert looks_like_kwb(odata_parquet())
    bag = pd.DataFrame({"identificatie": ["1"], "gebruiksdoel": ["woonfunctie"]})
    assert not looks_like_kwb(RawTable("vbo.gpkg", "gpkg", bag, np.array([1])))
    no_codes = pd.DataFrame({"Woningvoorraad": ["10"], "Koopwoningen (%)": ["50"]})
    assert not looks_like_kwb(RawTable("x.csv", "csv", no_codes, np.array([2])))


def test_statline_buurt_split_by_largest_remainder():
    records, report = load(statline_csv())
    # Binnenstad, 1,235 woningen: corp 10.1% = 124.735, overig 27.4% = 338.390, koop 62.3% = 769.405,
    # onbekend 0.2% = 2.470. Floors 124 + 338 + 769 + 2 = 1,233; 2 short go to the largest remainders
    # .735 (corp) and .470 (onbekend): 125 / 338 / 769 / 3 = 1,235.
    binnenstad = records[records["buurt_code"] == "BU02210000"]
    assert units_by_id(binnenstad) == {"BU02210000-corp": 125, "BU02210000-priv": 338,
                                       "BU02210000-koop": 769, "BU02210000-onb": 3}
    assert list(binnenstad["owner"]) == ["woningcorporatie", "particuliere verhuurder", "eigenaar-bewoner", "onbekend"]
    first = binnenstad.iloc[0]
    assert (first["buurt_naam"], first["wijk_code"], first["gemeente_code"]) == ("Binnenstad", "WK022100", "GM0221")
    assert first["source_row"] == 4
    assert (binnenstad["woz"] == 245_000.0).all()
    assert first["cbs_koop_pct"] == pytest.approx(62.3)
    assert first["cbs_corporatie_pct"] == pytest.approx(10.1)
    assert first["cbs_bouwjaar_vanaf_2000_pct"] == pytest.approx(8.5)
    assert np.isnan(first["rent"]) and np.isnan(first["wws_points"])


def test_statline_every_row_accounted_for():
    records, report = load(statline_csv())
    assert report.kind == "cbs-kwb"
    assert (report.rows_in_file, report.rows_loaded, report.rows_rejected) == (10, 5, 5)
    assert report.balanced
    by_row = problems_by_row(report)
    gm, wk = by_row[2][0], by_row[3][0]
    assert (gm.severity, gm.column) == (Severity.INFO, "Codering") and "total row of a gemeente" in gm.message
    assert (wk.severity, wk.column) == (Severity.INFO, "Codering") and "total row of a wijk" in wk.message
    ooi = by_row[6][0]
    assert (ooi.severity, ooi.column) == (Severity.ERROR, "Woningvoorraad") and "suppressed" in ooi.message
    empty = by_row[7][0]
    assert (empty.severity, empty.column) == (Severity.INFO, "Woningvoorraad") and "no dwellings" in empty.message
    footer = by_row[11][0]
    assert (footer.severity, footer.column) == (Severity.ERROR, "Codering")
    rejected_rows = {p.row for p in report.problems if p.severity is not Severity.WARNING and "not loaded" in p.message}
    assert rejected_rows == {2, 3, 6, 7, 11}
    # every loaded buurt's records add up exactly to its Woningvoorraad
    assert records.groupby("buurt_code")["units"].sum().to_dict() == {
        "BU02210000": 1235, "BU02210001": 40, "BU02210004": 200, "BU02210005": 7, "BU02210006": 11}
    assert set(records.columns) >= set(CANONICAL)
    assert Stock.from_frame(records).total_units == 1493


def test_suppressed_ownership_loads_everything_as_onbekend():
    records, report = load(statline_csv())
    assert units_by_id(records[records["buurt_code"] == "BU02210001"]) == {"BU02210001-onb": 40}
    (warning,) = problems_by_row(report)[5]
    assert warning.severity is Severity.WARNING
    assert warning.column == "In bezit woningcorporatie (%)"
    assert "40 of 40" in warning.message and "onbekend" in warning.message


def test_shares_short_of_100_put_the_rest_in_onbekend():
    records, report = load(statline_csv())
    # Molenveld, 200 woningen, 20 + 20 + 50 + 0 = 90%: corp 40, overig 40, koop 100, the missing 10% = 20 onbekend
    assert units_by_id(records[records["buurt_code"] == "BU02210004"]) == {
        "BU02210004-corp": 40, "BU02210004-priv": 40, "BU02210004-koop": 100, "BU02210004-onb": 20}
    row8 = problems_by_row(report)[8]
    share = next(p for p in row8 if "add up to" in p.message)
    assert share.severity is Severity.WARNING and "90,0%" in share.message and share.column == "Eigendom onbekend (%)"
    woz = next(p for p in row8 if p.column == WOZ_TITLE)  # WOZ -99997: the koopwoningen get no segment
    assert woz.severity is Severity.INFO
    assert records.loc[records["buurt_code"] == "BU02210004", "woz"].isna().all()


def test_shares_over_102_are_scaled_down_and_rounding_noise_is_not_onbekend():
    records, report = load(statline_csv())
    # Verspreide huizen, 11 woningen, 30 + 20 + 60 + 0 = 110% -> scaled down:
    # 11 * 30/110 = 3, 11 * 20/110 = 2, 11 * 60/110 = 6
    assert units_by_id(records[records["buurt_code"] == "BU02210006"]) == {
        "BU02210006-corp": 3, "BU02210006-priv": 2, "BU02210006-koop": 6}
    assert any("110,0%" in p.message and "scaled down" in p.message for p in problems_by_row(report)[10])
    # Ambachtsweg, 7 woningen, 33.3 * 3 = 99.9% (rounding, no warning): 2.333 each; the one left goes to
    # the first class on an equal remainder: corp 3, overig 2, koop 2; nothing onbekend
    assert units_by_id(records[records["buurt_code"] == "BU02210005"]) == {
        "BU02210005-corp": 3, "BU02210005-priv": 2, "BU02210005-koop": 2}
    assert 9 not in problems_by_row(report)


def test_odata_keys_with_other_suffixes_and_numeric_cells():
    records, report = load(odata_parquet())
    assert report.mapping["InBezitWoningcorporatie_39"] == "In bezit woningcorporatie (%)"
    assert report.mapping["Woningvoorraad_31"] == "Woningvoorraad"
    assert report.mapping["Codering_3"] == "Codering"
    assert units_by_id(records[records["buurt_code"] == "BU02210000"]) == {
        "BU02210000-corp": 125, "BU02210000-priv": 338, "BU02210000-koop": 769, "BU02210000-onb": 3}
    # BU02210003, 30 woningen, corporatie -99997: koop 50% = 15, overig 20% = 6, the unknown 30% = 9 onbekend
    assert units_by_id(records[records["buurt_code"] == "BU02210003"]) == {
        "BU02210003-priv": 6, "BU02210003-koop": 15, "BU02210003-onb": 9}
    assert records["buurt_naam"].isna().all()  # WijkenEnBuurten holds codes here, not names
    assert "cbs_bouwjaar_vanaf_2000_pct" in records.columns and "cbs_bouwjaar_voor_2000_pct" not in records.columns
    assert (report.rows_in_file, report.rows_loaded, report.rows_rejected) == (6, 2, 4)
    by_row = problems_by_row(report)
    for row in (4, 5):  # -99997 and NaN Woningvoorraad
        (p,) = by_row[row]
        assert (p.severity, p.column) == (Severity.ERROR, "Woningvoorraad_31")
    (partial,) = by_row[6]
    assert (partial.severity, partial.column) == (Severity.WARNING, "InBezitWoningcorporatie_39")
    assert "9 of 30" in partial.message


def test_missing_woningvoorraad_rejects_every_row():
    raw = statline_csv()
    raw.frame = raw.frame.drop(columns=["Woningvoorraad"])
    records, report = load(raw)
    assert len(records) == 0 and list(records.columns) == list(CANONICAL)
    (error,) = report.problems
    assert error.severity is Severity.ERROR and "Woningvoorraad" in error.message
    assert (report.rows_loaded, report.rows_rejected) == (0, 10) and report.balanced


def test_kwb_xlsx_short_keys():
    """The kwb-YYYY.xlsx download names columns a_woning, p_koopw, ...; gwb_code_8 holds digits only."""
    frame = pd.DataFrame({
        "gwb_code_10": ["NL00", "GM0221", "BU02210000"],
        "gwb_code_8": [0, 221, 2210000],
        "regio": ["Nederland", "Doesburg", "Binnenstad"],
        "recs": ["Land", "Gemeente", "Buurt"],
        "a_woning": [8_000_000, 5000, 1235],
        "g_woz": [300, 245, 245],
        "p_koopw": [57, 60, 62.3],
        "p_wcorpw": [29, 30, 10.1],
        "p_ov_hw": [13, 10, 27.4],
        "p_e_o_w": [1, 0, 0.2],
    })
    raw = RawTable("kwb-2023.xlsx", "xlsx", frame, np.array([2, 3, 4]))
    assert looks_like_kwb(raw)
    records, report = load(raw)
    assert units_by_id(records) == {"BU02210000-corp": 125, "BU02210000-priv": 338,
                                    "BU02210000-koop": 769, "BU02210000-onb": 3}
    assert set(records["buurt_naam"]) == {"Binnenstad"}
    nl, gm = problems_by_row(report)[2][0], problems_by_row(report)[3][0]
    assert nl.severity is gm.severity is Severity.INFO and "Nederland" in nl.message
    assert report.balanced and report.rows_loaded == 1
