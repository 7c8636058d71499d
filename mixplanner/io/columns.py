"""Recognise the usual Dutch and English column names, and read an explicit mapping file for the rest."""

from __future__ import annotations

import json
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from mixplanner.domain.stock import FIELD_BY_NAME
from mixplanner.io.problems import UnreadableFileError

#: Normalised header -> stock field. Headers are normalised by `normalise_header`.
_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "identificatie", "vhe", "vhe nummer", "vhe nr", "vhenummer", "eenheid", "eenheidnummer",
           "eenheid nr", "eenheidsnummer", "objectnummer", "object id", "unit id", "adresseerbaarobject",
           "verblijfsobject", "vbo id", "woning id", "woningnummer"),
    "units": ("units", "aantal", "aantal woningen", "woningen", "aantal eenheden", "aantal vhe", "count",
              "dwellings", "number of dwellings", "aantal won"),
    "buurt_code": ("buurtcode", "buurt code", "bu code", "buurt", "buurtcode cbs", "cbs buurtcode",
                   "neighbourhood", "neighbourhood code", "neighborhood code"),
    "buurt_naam": ("buurtnaam", "buurt naam", "bu naam", "neighbourhood name", "neighborhood name"),
    "wijk_code": ("wijkcode", "wijk code", "wk code", "wijk", "district code"),
    "gemeente_code": ("gemeentecode", "gemeente code", "gm code", "gemeente", "municipality code"),
    "owner": ("eigenaar", "eigendom", "owner", "corporatie", "eigenaar type", "eigenaarstype", "tenure",
              "eigendomssituatie", "bezit", "eigenaarscategorie", "eigendomsvorm", "type eigenaar"),
    "rent": ("huur", "huurprijs", "kale huur", "kalehuur", "netto huur", "nettohuur", "rent", "monthly rent",
             "huur per maand", "kale huurprijs", "netto huurprijs", "bare rent", "huur eur", "kale huur eur"),
    "wws_points": ("punten", "wws", "wws punten", "wwspunten", "woningwaardering", "points", "wws points",
                   "puntental", "aantal punten", "wws score"),
    "woz": ("woz", "woz waarde", "wozwaarde", "woz value", "woz eur", "waarde woz"),
    "floor_area": ("oppervlakte", "gebruiksoppervlakte", "gbo", "vloeroppervlakte", "floor area", "area m2",
                   "m2", "woonoppervlakte", "oppervlakte m2"),
    "building_year": ("bouwjaar", "oorspronkelijkbouwjaar", "oorspronkelijk bouwjaar", "building year",
                      "year built", "construction year"),
    "dwelling_type": ("woningtype", "type woning", "dwelling type", "woningsoort", "bouwvorm", "type"),
    "care_type": ("zorgtype", "zorg", "zorgvorm", "care", "care type", "zorgwoning", "woonzorg"),
    "segment_override": ("segment", "huursegment", "prijssegment", "woningsegment"),
}
ALIASES: dict[str, str] = {alias: target for target, names in _ALIASES.items() for alias in names}

#: Headers whose values are a landlord's name rather than an owner class: any name means a corporation.
CORPORATION_NAME_HEADERS = {"corporatie", "corporatienaam", "naam corporatie"}

IGNORE = {"", "-", "ignore", "negeer", "negeren"}


_UNITS = re.compile(r"\((?:eur|euro|€|m2|%)\)|€")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def normalise_header(header: object) -> str:
    """'Kale huur (€)' -> 'kale huur'; 'BU_CODE' -> 'bu code'; accents and punctuation dropped."""
    text = unicodedata.normalize("NFKD", str(header)).encode("ascii", "ignore").decode()
    return _NON_ALNUM.sub(" ", _UNITS.sub(" ", text.lower())).strip()


def target_for(name: str) -> str | None:
    """A stock field for a mapping file's right-hand side: the field name itself or any alias."""
    if name in FIELD_BY_NAME and name not in ("source_row", "geometry"):
        return name
    return ALIASES.get(normalise_header(name))


@dataclass(frozen=True)
class ColumnMapping:
    """The user's explicit choices: columns, value translations, and how to read the file."""

    columns: dict[str, str] = field(default_factory=dict)  # source header -> field ("" to ignore)
    values: dict[str, dict[str, str]] = field(default_factory=dict)  # field -> {file value: vocabulary value}
    options: dict[str, object] = field(default_factory=dict)  # sheet, layer, header_row, decimal, crs
    source: str = ""

    @classmethod
    def from_file(cls, path: str | Path) -> "ColumnMapping":
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise UnreadableFileError(f"The mapping file {path} cannot be read ({exc.__class__.__name__}).") from exc
        try:
            data = tomllib.loads(text) if path.suffix.lower() == ".toml" else json.loads(text)
        except (ValueError, tomllib.TOMLDecodeError) as exc:
            kind = "TOML" if path.suffix.lower() == ".toml" else "JSON"
            raise UnreadableFileError(f"The mapping file {path} is not valid {kind}: {exc}.") from exc
        return cls.from_dict(data, str(path))

    @classmethod
    def from_dict(cls, data: object, source: str = "") -> "ColumnMapping":
        if not isinstance(data, dict):
            raise UnreadableFileError(f"The mapping file {source} must hold a table with 'columns' (and optionally 'values', 'options').")
        columns, problems = {}, []
        for src, dst in dict(data.get("columns", {})).items():
            dst = str(dst)
            if dst.strip().lower() in IGNORE:
                columns[str(src)] = ""
            elif (target := target_for(dst)) is None:
                problems.append(f"'{src}' -> '{dst}'")
            else:
                columns[str(src)] = target
        if problems:
            known = ", ".join(f.name for f in FIELD_BY_NAME.values() if f.name not in ("source_row", "geometry"))
            raise UnreadableFileError(
                f"The mapping file {source} maps to unknown fields ({'; '.join(problems)}); use one of: {known}."
            )
        values = {target_for(k) or k: {str(a): str(b) for a, b in dict(v).items()} for k, v in dict(data.get("values", {})).items()}
        return cls(columns, values, dict(data.get("options", {})), source)


def match_columns(headers: list[str], mapping: ColumnMapping) -> tuple[dict[str, str], list[str], list[str]]:
    """Map file headers to fields: explicit mapping first, then aliases; the first header wins a field.

    Returns (header -> field, unmapped headers, duplicate notes).
    """
    result: dict[str, str] = {}
    taken: dict[str, str] = {}
    notes: list[str] = []
    explicit = {normalise_header(k): v for k, v in mapping.columns.items()}
    for header in headers:
        key = normalise_header(header)
        target = mapping.columns.get(header, explicit.get(key))
        if target is None:
            target = ALIASES.get(key)
        if not target:
            continue
        if target in taken:
            notes.append(f"column '{header}' also looks like {target} but '{taken[target]}' is used; it is carried along")
            continue
        taken[target] = header
        result[header] = target
    unmapped = [h for h in headers if h not in result]
    return result, unmapped, notes
