"""The .mixplan file: an exact round trip of the example plan, atomic saves, versions, and damaged files."""

import errno
import json
import sqlite3
import warnings

import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely

from mixplanner.domain.interventions import (
    Acquire, Build, ConvertCare, Demolish, DemolishReplace, Relabel, Selection, Sell, Turnover,
)
from mixplanner.domain.scenario import BASELINE, Assumptions, Plan, Scenario
from mixplanner.domain.stock import Stock
from mixplanner.domain.targets import load_presets
from mixplanner.io import planfile
from mixplanner.io.load import load_stock
from mixplanner.io.planfile import FORMAT_VERSION, PlanFileError, open_plan, save_plan
from mixplanner.io.problems import UnreadableFileError
from mixplanner.io.spatial import AREA_COLUMNS
from mixplanner.resources import example_stock_path

OOIPOORT, BINNENSTAD = "BU02210100", "BU02210000"
AREA = "POLYGON ((205800 447500, 206100 447500, 206100 447700, 205800 447700, 205800 447500))"


@pytest.fixture(scope="module")
def example():
    return load_stock(example_stock_path())


def _plan(example) -> Plan:
    frame = example.stock.frame
    corporation = frame[(frame["buurt_code"] == OOIPOORT) & (frame["owner"] == "woningcorporatie")]["id"].tolist()
    ooipoort = Scenario("Ooipoort", (
        Sell(year=2027, selection=Selection(filter=f"eigenaar = corporatie en buurt = {OOIPOORT}"), units=20),
        Build(buurt_code=OOIPOORT, schedule=((2028, 60), (2029, 60)),
              programme=(("sociale huur", 0.3), ("middenhuur", 0.4), ("dure koop", 0.3)),
              rents=(("middenhuur", 1050.0),), owners=(("middenhuur", "woningcorporatie"),), realisation_rate=0.9),
        DemolishReplace(year=2028, selection=Selection(ids=tuple(corporation[:30])), ratio=1.2, label="Kraakselaan"),
        Turnover(first_year=2027, last_year=2032, relet_share=0.5, to_segment="middenhuur", cap=40),
    ), "sloop-nieuwbouw en verkoop")
    binnenstad = Scenario("Binnenstad", (
        Demolish(year=2029, selection=Selection(ids=tuple(corporation[30:32])), enabled=False),
        ConvertCare(year=2030, selection=Selection(filter=f"buurt = {BINNENSTAD} en eigenaar = corporatie"), units=24),
        Acquire(year=2028, selection=Selection(filter="eigenaar = particuliere verhuurder"), units=15, rent=850.0),
        Relabel(year=2027, selection=Selection(polygon_wkt=AREA), owner="woningcorporatie"),
    ))
    assumptions = Assumptions(base_year=2027, horizon=10, policy_year=2026, threshold_indexation=0.025,
                              rent_indexation=0.04, woz_indexation=0.02,
                              turnover=(("woningcorporatie", 0.06), ("eigenaar-bewoner", 0.04)))
    targets = load_presets()["wvrv-sociaal"].targets
    return Plan(example.stock, assumptions, targets, (ooipoort, binnenstad), example.areas,
                "Doesburg 2027-2037", "voorbeeld (Bron: BAG, Kadaster)")


def _assert_same_frames(a: pd.DataFrame, b: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(a.drop(columns="geometry"), b.drop(columns="geometry"))
    ga, gb = a["geometry"].to_numpy(dtype=object), b["geometry"].to_numpy(dtype=object)
    assert (pd.isna(ga) == pd.isna(gb)).all()
    assert shapely.equals_exact(ga[pd.notna(ga)], gb[pd.notna(gb)], tolerance=0).all()


def test_round_trip_is_exact(example, tmp_path):
    plan = _plan(example)
    path = tmp_path / "doesburg.mixplan"
    save_plan(plan, path)
    back = open_plan(path)
    _assert_same_frames(plan.stock.frame, back.stock.frame)
    assert back.stock.frame["units"].dtype == np.int64 and back.stock.frame["source_row"].dtype == np.int64
    assert isinstance(back.stock.frame["owner"].dtype, pd.CategoricalDtype)
    assert "fid" not in back.stock.frame.columns and back.stock.extra_columns == ("bag_pand_id", "bag_status")
    assert back.stock.source == plan.stock.source and back.stock.crs == plan.stock.crs
    assert back.scenarios == plan.scenarios and [s.name for s in back.scenarios][0] == BASELINE
    assert back.targets == plan.targets and back.assumptions == plan.assumptions
    assert (back.title, back.source_label) == (plan.title, plan.source_label)
    _assert_same_frames(plan.areas, back.areas)


def test_qgis_sees_a_geopackage_with_a_polygon_stock_layer(example, tmp_path):
    path = tmp_path / "doesburg.mixplan"
    save_plan(_plan(example), path)
    assert path.read_bytes()[68:72] == b"GPKG"  # the GeoPackage application id
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # GDAL notes that the suffix is not .gpkg, then opens it
        layers = {name: kind for name, kind in pyogrio.list_layers(path)}
        info = pyogrio.read_info(path, layer="stock")
    assert layers == {"stock": "Polygon", "buurten": "MultiPolygon", "mixplan_document": None}
    assert info["crs"] == "EPSG:28992" and info["features"] == len(example.stock)
    with sqlite3.connect(path) as db:
        version, written_by, text = db.execute("select format_version, written_by, document from mixplan_document").fetchone()
    assert version == FORMAT_VERSION and written_by.startswith("mixplanner ")
    assert set(json.loads(text)) == {"title", "source_label", "stock", "assumptions", "targets", "scenarios"}


def test_extra_columns_and_a_stock_without_geometry(tmp_path):
    frame = pd.DataFrame({
        "id": ["a", "b", "c"], "units": [1, 2, 3], "owner": ["woningcorporatie", None, "eigenaar-bewoner"],
        "rent": [600.5, np.nan, np.nan], "complex": [12, 13, 14], "score": [0.5, np.nan, 1.5],
        "monument": [True, False, True], "notitie": ["x", None, "ë"], "fid": [7, 8, 9],
    })
    stock = Stock.from_frame(frame, source="bezit.xlsx")
    path = tmp_path / "zonder.mixplan"
    save_plan(Plan(stock), path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        assert [tuple(x) for x in pyogrio.list_layers(path)] == [("stock", None), ("mixplan_document", None)]
    back = open_plan(path)
    _assert_same_frames(stock.frame, back.stock.frame)
    assert back.areas is None and back.scenarios == (Scenario(BASELINE),)


def test_mixed_and_categorical_extra_columns_are_kept_as_text(tmp_path):
    frame = pd.DataFrame({"id": ["a", "b"], "owner": ["woningcorporatie"] * 2, "opmerking": [1001, "portiek"],
                          "label": pd.Categorical(["A", None])})
    save_plan(Plan(Stock.from_frame(frame)), tmp_path / "p.mixplan")
    back = open_plan(tmp_path / "p.mixplan").stock.frame
    assert back["opmerking"].tolist() == ["1001", "portiek"]
    assert back["label"].iat[0] == "A" and pd.isna(back["label"].iat[1])


def test_columns_that_differ_only_in_case_are_refused_clearly(tmp_path):
    frame = pd.DataFrame({"id": ["a"], "owner": ["woningcorporatie"], "Notitie": ["x"], "notitie": ["y"]})
    with pytest.raises(PlanFileError, match="differ only in upper and lower case \\('Notitie'\\)"):
        save_plan(Plan(Stock.from_frame(frame)), tmp_path / "p.mixplan")
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def saved(example, tmp_path):
    """A saved plan, its path and its bytes: the 'old file' a failed save must leave alone."""
    plan = _plan(example)
    path = tmp_path / "doesburg.mixplan"
    save_plan(plan, path)
    return plan, path, path.read_bytes()


def test_a_failing_writer_leaves_the_old_file_intact(saved, monkeypatch):
    plan, path, before = saved
    real, calls = pyogrio.write_arrow, []

    def fail_on_second_layer(table, target, **kwargs):
        calls.append(target)
        if len(calls) == 2:
            raise pyogrio.errors.DataLayerError("sqlite3_step() failed: disk I/O error")
        return real(table, target, **kwargs)

    monkeypatch.setattr(pyogrio, "write_arrow", fail_on_second_layer)
    with pytest.raises(PlanFileError, match=r"^Could not save .*doesburg\.mixplan: the GeoPackage could not be written "
                                            r"\(sqlite3_step\(\) failed: disk I/O error\); the file already there is unchanged\.$"):
        save_plan(plan.with_changes(title="nieuw"), path)
    assert calls[0].endswith(".mixplan") and calls[0].startswith(str(path.parent))  # a temporary file beside it
    assert path.read_bytes() == before and [p.name for p in path.parent.iterdir()] == [path.name]


@pytest.mark.parametrize("where", ["writer", "fsync", "replace"])
def test_disk_full_leaves_the_old_file_intact(saved, monkeypatch, where):
    plan, path, before = saved
    full = OSError(errno.ENOSPC, "No space left on device")

    def fail(*args, **kwargs):
        raise full

    target = {"writer": (pyogrio, "write_arrow"), "fsync": (planfile.os, "fsync"), "replace": (planfile.os, "replace")}
    monkeypatch.setattr(*target[where], fail)
    with pytest.raises(PlanFileError) as caught:
        save_plan(plan.with_changes(title="nieuw"), path)
    assert str(caught.value) == f"Could not save {path}: the disk is full; the file already there is unchanged."
    assert isinstance(caught.value, UnreadableFileError)
    monkeypatch.undo()
    assert path.read_bytes() == before and [p.name for p in path.parent.iterdir()] == [path.name]
    assert open_plan(path).title == plan.title


def test_permission_denied_and_a_missing_folder(saved, monkeypatch, tmp_path):
    plan, path, before = saved

    def locked(*args):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(planfile.os, "replace", locked)  # Windows: the file is open in another program
    with pytest.raises(PlanFileError, match="permission denied \\(is the file open in another program"):
        save_plan(plan, path)
    assert path.read_bytes() == before
    with pytest.raises(PlanFileError, match="the folder does not exist\\.$"):
        save_plan(plan, tmp_path / "nergens" / "plan.mixplan")


def test_saving_again_replaces_the_file(saved):
    plan, path, _ = saved
    save_plan(plan.with_changes(title="tweede versie"), path)
    assert open_plan(path).title == "tweede versie"


def _rewrite_document(path, version, change=None):
    with sqlite3.connect(path) as db:
        doc = json.loads(db.execute("select document from mixplan_document").fetchone()[0])
        if change:
            change(doc)
        db.execute("update mixplan_document set format_version = ?, document = ?", (version, json.dumps(doc)))
    db.close()


def test_a_newer_format_is_refused(saved):
    _, path, _ = saved
    _rewrite_document(path, FORMAT_VERSION + 1)
    with pytest.raises(PlanFileError, match=r"^doesburg\.mixplan was written by a newer mixplanner \(format 2\); this "
                                            r"version reads up to format 1: update mixplanner\.$"):
        open_plan(path)


def test_format_0_without_targets_is_migrated(saved):
    plan, path, _ = saved
    _rewrite_document(path, 0, lambda doc: doc.pop("targets"))
    opened = open_plan(path)
    assert opened.targets == () and opened.scenarios == plan.scenarios
    assert set(planfile.MIGRATIONS) == set(range(FORMAT_VERSION))  # a migration from every older format


def test_a_document_that_does_not_follow_the_schema(saved):
    _, path, _ = saved
    _rewrite_document(path, 1, lambda doc: doc["scenarios"][1]["interventions"][1].pop("programme"))
    with pytest.raises(PlanFileError, match=r"^doesburg\.mixplan cannot be opened: scenario 'Ooipoort', "
                                            r"intervention #2 \(nieuwbouw\): 'programme' is missing\.$"):
        open_plan(path)


def test_a_stock_changed_outside_mixplanner_is_noticed(saved):
    _, path, _ = saved
    with sqlite3.connect(path) as db:
        db.execute("delete from stock where fid > 4000")
    db.close()
    with pytest.raises(PlanFileError, match="the stock layer holds 4000 records, but the plan was saved with 4347"):
        open_plan(path)


def test_truncated_file(saved, tmp_path):
    _, _, data = saved
    for size in (4096, len(data) // 2, 50):
        cut = tmp_path / "cut.mixplan"
        cut.write_bytes(data[:size])
        with pytest.raises(PlanFileError, match=r"^cut\.mixplan is incomplete \(it was copied or saved only partly\)"):
            open_plan(cut)


@pytest.mark.parametrize("content, message", [
    (b"title;scenario\nDoesburg;Ooipoort\n", r"^x\.mixplan is not a mixplanner plan: a plan is a GeoPackage \(SQLite\) file"),
    (b"PK\x03\x04 a zip file", "is not a mixplanner plan"),
    (b"", r"^x\.mixplan is empty \(0 bytes\)"),
])
def test_files_that_are_not_plans(tmp_path, content, message):
    path = tmp_path / "x.mixplan"
    path.write_bytes(content)
    with pytest.raises(PlanFileError, match=message):
        open_plan(path)


def test_a_plain_geopackage_and_a_missing_file(tmp_path):
    with pytest.raises(PlanFileError, match="is a GeoPackage but not a mixplanner plan: it has no mixplan_document table"):
        open_plan(example_stock_path())
    with pytest.raises(PlanFileError, match="does not exist"):
        open_plan(tmp_path / "weg.mixplan")
    with pytest.raises(PlanFileError, match="is a folder"):
        open_plan(tmp_path)


@pytest.mark.parametrize("change, message", [
    (lambda doc: doc.update(colour="blue"), "has an unknown 'colour' entry"),
    (lambda doc: doc.pop("scenarios"), "has no 'scenarios' entry"),
    (lambda doc: doc.update(targets={}), "has a wrong 'targets' entry"),
])
def test_a_damaged_document(saved, change, message):
    _, path, _ = saved
    _rewrite_document(path, 1, change)
    with pytest.raises(PlanFileError, match=rf"^doesburg\.mixplan is damaged: its plan document {message}\.$"):
        open_plan(path)


def test_damaged_pages_in_the_middle_are_noticed(saved, tmp_path):
    """GDAL reads past damaged pages without an error and returns part of the rows; the record count catches it."""
    _, _, data = saved
    noise = np.random.default_rng(1).integers(0, 256, 50 * 4096, dtype=np.uint8).tobytes()
    damaged = tmp_path / "damaged.mixplan"
    damaged.write_bytes(data[:100 * 4096] + noise + data[150 * 4096:])
    with pytest.raises(PlanFileError, match=r"^damaged\.mixplan"):
        open_plan(damaged)


def test_an_empty_stock_and_empty_buurten(tmp_path):
    empty = Stock.from_frame(pd.DataFrame({"id": pd.Series([], dtype=object)}))
    areas = pd.DataFrame({c: pd.Series([], dtype=object) for c in AREA_COLUMNS})
    save_plan(Plan(empty, areas=areas), tmp_path / "leeg.mixplan")
    back = open_plan(tmp_path / "leeg.mixplan")
    pd.testing.assert_frame_equal(back.stock.frame, empty.frame)
    pd.testing.assert_frame_equal(back.areas, areas)
