"""Write a ColumnMapping as a TOML mapping file that ColumnMapping.from_file reads back (docs/mapping-files.md)."""

from __future__ import annotations

import json
import re

from mixplanner.io.columns import ColumnMapping

_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


def mapping_to_toml(mapping: ColumnMapping) -> str:
    lines = ['# mixplanner mapping file: column in the file = field in mixplanner ("" = carry along unused)', "[columns]"]
    lines += [f"{_string(source)} = {_string(target)}" for source, target in mapping.columns.items()]
    for field, table in mapping.values.items():
        lines += ["", f"[values.{_key(field)}]"]
        lines += [f"{_string(value)} = {_string(word)}" for value, word in table.items()]
    if mapping.options:
        lines += ["", "[options]"]
        lines += [f"{_key(name)} = {_value(value)}" for name, value in mapping.options.items()]
    return "\n".join(lines) + "\n"


def _string(text: object) -> str:
    # a JSON string is a TOML basic string, except that TOML also wants DEL escaped
    return json.dumps(str(text), ensure_ascii=False).replace("\x7f", "\\u007f")


def _key(name: str) -> str:
    return name if _BARE_KEY.match(name) else _string(name)


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return _string(value)
