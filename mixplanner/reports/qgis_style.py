"""QGIS layer styles as QML text, and the `layer_styles` table QGIS reads its default style from in a GeoPackage."""

from __future__ import annotations

import sqlite3
from xml.sax.saxutils import quoteattr

#: The table as QGIS itself creates it in a GeoPackage (QgsOgrProviderUtils::saveStyle).
CREATE_LAYER_STYLES = """
CREATE TABLE IF NOT EXISTS "layer_styles" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "f_table_catalog" TEXT(256),
    "f_table_schema" TEXT(256),
    "f_table_name" TEXT(256),
    "f_geometry_column" TEXT(256),
    "styleName" TEXT(30),
    "styleQML" TEXT,
    "styleSLD" TEXT,
    "useAsDefault" BOOLEAN,
    "description" TEXT,
    "owner" TEXT(30),
    "ui" TEXT(30),
    "update_time" DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
)"""
_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ','now')"


def _rgba(colour: str, alpha: int = 255) -> str:
    """'#0072B2' -> '0,114,178,255', QGIS's colour notation."""
    h = colour.lstrip("#")
    return ",".join(str(int(h[i:i + 2], 16)) for i in (0, 2, 4)) + f",{alpha}"


def _fill_symbol(name: str, fill: str, outline: str, outline_width: float, style: str = "solid") -> str:
    """A fill symbol with one SimpleFill layer, written both ways QGIS reads: <Option> (3.26+) and <prop> (older)."""
    props = {"color": fill, "joinstyle": "bevel", "offset": "0,0", "offset_unit": "MM", "outline_color": outline,
             "outline_style": "solid", "outline_width": f"{outline_width:g}", "outline_width_unit": "MM",
             "style": style}
    options = "".join(f'<Option type="QString" name="{k}" value={quoteattr(v)}/>' for k, v in props.items())
    legacy = "".join(f'<prop k="{k}" v={quoteattr(v)}/>' for k, v in props.items())
    return (f'<symbol type="fill" name={quoteattr(name)} alpha="1" clip_to_extent="1" force_rhr="0">'
            f'<layer class="SimpleFill" enabled="1" locked="0" pass="0">'
            f'<Option type="Map">{options}</Option>{legacy}</layer></symbol>')


def _document(renderer: str) -> str:
    return ("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
            '<qgis version="3.28.0-Firenze" styleCategories="Symbology">'
            f"{renderer}<layerGeometryType>2</layerGeometryType></qgis>\n")


def categorized_qml(field: str, categories: list[tuple[str, str, str]], outline: str = "#FFFFFF") -> str:
    """A categorized renderer on `field`: one (value, label, #RRGGBB) per category, polygons filled in its colour."""
    rows = "".join(f'<category type="string" render="true" symbol="{k}" value={quoteattr(value)} '
                   f"label={quoteattr(label)}/>" for k, (value, label, _) in enumerate(categories))
    symbols = "".join(_fill_symbol(str(k), _rgba(colour), _rgba(outline), 0.05)
                      for k, (_, _, colour) in enumerate(categories))
    return _document(f'<renderer-v2 type="categorizedSymbol" attr={quoteattr(field)} forceraster="0" '
                     f'symbollevels="0" enableorderby="0" referencescale="-1">'
                     f"<categories>{rows}</categories><symbols>{symbols}</symbols></renderer-v2>")


def outline_qml(colour: str, width_mm: float = 0.5) -> str:
    """A single-symbol renderer that draws only polygon outlines (layers beneath stay visible)."""
    return _document('<renderer-v2 type="singleSymbol" forceraster="0" symbollevels="0" enableorderby="0" '
                     f'referencescale="-1"><symbols>{_fill_symbol("0", "0,0,0,0", _rgba(colour), width_mm, "no")}'
                     "</symbols></renderer-v2>")


def store_styles(path: str, styles: list[tuple[str, str, str, str]]) -> None:
    """Write (layer, geometry column, style name, QML) rows as each layer's default style, registering the table
    in gpkg_contents as QGIS does (an attributes table)."""
    with sqlite3.connect(path) as db:
        db.execute(CREATE_LAYER_STYLES)
        db.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change) "
                   f"SELECT 'layer_styles', 'attributes', 'layer_styles', '', {_NOW} "
                   "WHERE NOT EXISTS (SELECT 1 FROM gpkg_contents WHERE table_name = 'layer_styles')")
        db.executemany(
            'INSERT INTO "layer_styles" (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, styleName, '
            f"styleQML, styleSLD, useAsDefault, description, owner, ui, update_time) "
            f"VALUES ('', '', ?, ?, ?, ?, '', 1, ?, '', '', {_NOW})",
            [(layer, column, name, qml, f"mixplanner: {name}") for layer, column, name, qml in styles])
    db.close()
