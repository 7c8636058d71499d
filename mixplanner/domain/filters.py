"""A small, safe filter language for selecting records: parsed here, evaluated on arrays, never eval'd.

    eigenaar = woningcorporatie en buurt in (BU02210100, BU02210101) en bouwjaar >= 1960 en bouwjaar < 1985
    owner = corporation and segment = "sociale huur" and not type = eengezins
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from mixplanner.domain.categories import CareType, DwellingType, Owner, Segment

#: Words the user may write -> the stock column they mean.
FIELDS = {
    "owner": "owner", "eigenaar": "owner",
    "buurt": "buurt_code", "buurt_code": "buurt_code", "buurtcode": "buurt_code",
    "wijk": "wijk_code", "wijk_code": "wijk_code", "wijkcode": "wijk_code",
    "gemeente": "gemeente_code", "gemeente_code": "gemeente_code",
    "segment": "segment",
    "bouwjaar": "building_year", "building_year": "building_year",
    "type": "dwelling_type", "woningtype": "dwelling_type", "dwelling_type": "dwelling_type",
    "zorg": "care_type", "care": "care_type", "care_type": "care_type", "zorgtype": "care_type",
    "huur": "rent", "rent": "rent", "punten": "wws_points", "wws": "wws_points", "points": "wws_points",
    "woz": "woz", "units": "units", "aantal": "units", "oppervlakte": "floor_area", "floor_area": "floor_area",
}
NUMERIC = {"building_year", "rent", "wws_points", "woz", "units", "floor_area"}
VOCABULARY = {
    "owner": {o.value for o in Owner},
    "segment": {s.value for s in Segment},
    "dwelling_type": {d.value for d in DwellingType},
    "care_type": {c.value for c in CareType},
}
SYNONYMS = {"corporatie": "woningcorporatie", "corporation": "woningcorporatie", "koop": "eigenaar-bewoner",
            "particulier": "particuliere verhuurder"}
_TOKEN = re.compile(r"\s*(?:(?P<num>-?\d+(?:[.,]\d+)?)(?![\w-])|(?P<str>\"[^\"]*\"|'[^']*')|(?P<op><=|>=|!=|==|=|<|>)"
                    r"|(?P<punct>[(),])|(?P<word>[\w.-]+))", re.UNICODE)


class FilterError(ValueError):
    """The filter text is not valid; str() says where and why."""


@dataclass(frozen=True)
class Compare:
    field: str
    op: str
    value: object


@dataclass(frozen=True)
class In:
    field: str
    values: tuple


@dataclass(frozen=True)
class Not:
    term: object


@dataclass(frozen=True)
class Junction:
    kind: str  # "and" | "or"
    terms: tuple


def _tokens(text: str) -> list[tuple[str, str]]:
    out, pos = [], 0
    while pos < len(text):
        if text[pos:].strip() == "":
            break
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise FilterError(f"cannot read the filter at position {pos + 1}: '{text[pos:pos + 15]}'")
        kind = m.lastgroup
        value = m.group(kind)
        out.append((kind, value))
        pos = m.end()
    return out


class _Parser:
    def __init__(self, text: str):
        self.text = text
        self.tokens = _tokens(text)
        self.i = 0

    def peek(self):
        return self.tokens[self.i] if self.i < len(self.tokens) else (None, None)

    def take(self):
        tok = self.peek()
        self.i += 1
        return tok

    def word(self, *choices) -> bool:
        kind, value = self.peek()
        if kind == "word" and value.lower() in choices:
            self.i += 1
            return True
        return False

    def parse(self):
        if not self.tokens:
            return None
        node = self.expr()
        if self.i != len(self.tokens):
            raise FilterError(f"unexpected '{self.peek()[1]}' in the filter '{self.text}'")
        return node

    def expr(self):
        terms = [self.conj()]
        while self.word("or", "of"):
            terms.append(self.conj())
        return terms[0] if len(terms) == 1 else Junction("or", tuple(terms))

    def conj(self):
        terms = [self.term()]
        while self.word("and", "en"):
            terms.append(self.term())
        return terms[0] if len(terms) == 1 else Junction("and", tuple(terms))

    def term(self):
        if self.word("not", "niet"):
            return Not(self.term())
        kind, value = self.peek()
        if kind == "punct" and value == "(":
            self.take()
            node = self.expr()
            if self.take() != ("punct", ")"):
                raise FilterError(f"a '(' is not closed in the filter '{self.text}'")
            return node
        return self.comparison()

    def comparison(self):
        kind, name = self.take()
        if kind != "word" or name.lower() not in FIELDS:
            known = ", ".join(sorted({k for k in FIELDS}))
            raise FilterError(f"'{name}' is not a field a filter knows; use one of: {known}")
        field = FIELDS[name.lower()]
        if self.word("in"):
            if self.take() != ("punct", "("):
                raise FilterError(f"after '{name} in' comes a list in brackets, like (BU02210100, BU02210101)")
            values = [self.value(field)]
            while self.peek() == ("punct", ","):
                self.take()
                values.append(self.value(field))
            if self.take() != ("punct", ")"):
                raise FilterError(f"the list after '{name} in' is not closed with ')'")
            return In(field, tuple(values))
        kind, op = self.take()
        if kind != "op":
            raise FilterError(f"after '{name}' comes a comparison (=, !=, <, <=, >, >=) or 'in'")
        op = "=" if op == "==" else op
        if field not in NUMERIC and op not in ("=", "!="):
            raise FilterError(f"'{name}' can only be compared with = or !=")
        return Compare(field, op, self.value(field))

    def value(self, field: str):
        kind, text = self.take()
        if kind is None:
            raise FilterError(f"the filter '{self.text}' ends where a value was expected")
        if field in NUMERIC:
            if kind != "num":
                raise FilterError(f"'{text}' is not a number (for {field})")
            return float(text.replace(",", "."))
        if kind == "str":
            text = text[1:-1]
        words = [text]
        while kind == "word" and self.peek()[0] == "word" and self.peek()[1].lower() not in ("and", "en", "or", "of", "in"):
            words.append(self.take()[1])  # unquoted multi-word values: sociale huur
        text = " ".join(words)
        if field in VOCABULARY:
            text = SYNONYMS.get(text.lower(), text.lower())
            if text not in VOCABULARY[field]:
                raise FilterError(f"'{text}' is not a valid {field}; use one of: {', '.join(sorted(VOCABULARY[field]))}")
        else:
            text = text.upper()
        return text


def parse_filter(text: str):
    """The syntax tree of a filter text (None for an empty filter, which selects everything)."""
    return _Parser(text or "").parse()


def evaluate(node, columns: dict[str, np.ndarray]) -> np.ndarray:
    """A boolean mask over the records; columns maps field -> array (categoricals as string arrays)."""
    n = len(next(iter(columns.values())))
    if node is None:
        return np.ones(n, dtype=bool)
    if isinstance(node, Junction):
        masks = [evaluate(t, columns) for t in node.terms]
        return np.logical_and.reduce(masks) if node.kind == "and" else np.logical_or.reduce(masks)
    if isinstance(node, Not):
        return ~evaluate(node.term, columns)
    values = columns[node.field]
    if isinstance(values, pd.Categorical):  # compare integer codes, not strings
        categories = list(values.categories)
        wanted = node.values if isinstance(node, In) else (node.value,)
        hit = np.isin(values.codes, [categories.index(v) for v in wanted if v in categories])
        return ~hit if isinstance(node, Compare) and node.op == "!=" else hit
    if isinstance(node, In):
        return pd.Series(values).isin(node.values).to_numpy()
    with np.errstate(invalid="ignore"):
        ops = {"=": np.equal, "!=": np.not_equal, "<": np.less, "<=": np.less_equal, ">": np.greater, ">=": np.greater_equal}
        if node.field in NUMERIC:
            return ops[node.op](values.astype(float), node.value)
        return ops[node.op](values.astype(object), node.value).astype(bool)


def fields_used(node) -> set[str]:
    if node is None:
        return set()
    if isinstance(node, Junction):
        return set().union(*(fields_used(t) for t in node.terms))
    if isinstance(node, Not):
        return fields_used(node.term)
    return {node.field}
