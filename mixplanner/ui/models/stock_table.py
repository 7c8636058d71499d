"""The stock as a table (one row per record, formatted lazily from numpy arrays) and its filter proxy."""

from __future__ import annotations

from typing import Iterable

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor

from mixplanner.domain.classify import SEGMENTS, Classified, classify_frame, explain
from mixplanner.domain.numbers import fmt_eur, fmt_int
from mixplanner.domain.policy import PolicyTable, Thresholds
from mixplanner.domain.scenario import Assumptions
from mixplanner.domain.stock import FIELD_BY_NAME, Stock
from mixplanner.reports.palette import SEGMENT_COLOURS
from mixplanner.ui.i18n import language
from mixplanner.ui.models.roles import LEFT, RIGHT, ObjectRole, SortRole
from mixplanner.ui.vocabulary import label

ID, BUURT, OWNER, SEGMENT, UNITS, RENT, POINTS, WOZ, AREA, YEAR_BUILT, TYPE, CARE = range(12)
COLUMN_COUNT = 12

_NUMERIC = {UNITS: "units", RENT: "rent", POINTS: "wws_points", WOZ: "woz", AREA: "floor_area", YEAR_BUILT: "building_year"}
_CATEGORICAL = {OWNER: "owner", TYPE: "dwelling_type", CARE: "care_type"}
_FIELD = {ID: "id", **_NUMERIC, **_CATEGORICAL}
_SEGMENT_COLOURS = [QColor(SEGMENT_COLOURS[s.value]) for s in SEGMENTS]


class StockTableModel(QAbstractTableModel):
    """Records of a Stock with their segment for one policy year; rows can be re-ordered by sort()."""

    stock_replaced = Signal()  # emitted inside the reset, after the new arrays are in place

    def __init__(self, stock: Stock | None = None, classified: Classified | None = None, *, year: int | None = None,
                 thresholds: Thresholds | None = None, lang: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self._lang = lang or language()  # of the numbers, explanations and field names; categories follow the translator
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._load(Stock.from_frame(pd.DataFrame()) if stock is None else stock, classified, year, thresholds)

    # -- loading ----------------------------------------------------------------------------------------------
    def set_stock(self, stock: Stock, classified: Classified | None = None, *, year: int | None = None,
                  thresholds: Thresholds | None = None) -> None:
        self.beginResetModel()
        self._load(stock, classified, year, thresholds)
        self.stock_replaced.emit()
        self.endResetModel()

    def _load(self, stock: Stock, classified, year, thresholds) -> None:
        """Prepare one numpy array per column; nothing per row is built in Python."""
        self._thresholds = thresholds or PolicyTable.bundled().for_year(year or Assumptions().base_year)
        frame = stock.frame
        self._stock = stock
        self._classified = classified or classify_frame(frame, self._thresholds)
        self._n = len(frame)
        self._ids = frame["id"].to_numpy(dtype=object)
        self._buurt, codes = pd.factorize(frame["buurt_code"], sort=True)
        present, first = np.unique(self._buurt, return_index=True)
        first = first[present >= 0]  # the first record of each buurt code gives its name
        names = frame["buurt_naam"].to_numpy(dtype=object)[first]
        self._buurt_codes = [str(c) for c in codes]
        self._buurt_labels = [f"{c} {n}" if isinstance(n, str) and n else str(c) for c, n in zip(codes, names)]
        self._numbers = {col: frame[name].to_numpy(dtype=float) for col, name in _NUMERIC.items()}
        self._codes = {col: frame[name].cat.codes.to_numpy() for col, name in _CATEGORICAL.items()}
        self._codes[SEGMENT] = self._classified.segment
        self._labels = {col: [label(v) for v in frame[name].cat.categories] for col, name in _CATEGORICAL.items()}
        self._labels[SEGMENT] = [label(s.value) for s in SEGMENTS]
        self._keys: dict[int, np.ndarray] = {}
        self.row_records: list[int] | None = None  # row -> record position; None while unsorted
        if self._sort is not None:
            self._order_rows(*self._sort)

    # -- queries ----------------------------------------------------------------------------------------------
    @property
    def stock(self) -> Stock:
        return self._stock

    @property
    def classified(self) -> Classified:
        return self._classified

    def record(self, row: int) -> int:
        """The position in the stock frame of the record shown in a row."""
        return row if self.row_records is None else self.row_records[row]

    def record_mask(self, text: str = "", segments: Iterable[str] | None = None, ids: Iterable[str] | None = None):
        """A boolean per record (stock order) for the filters given, or None when none filters."""
        if not text and segments is None and ids is None:
            return None
        mask = np.ones(self._n, dtype=bool)
        if text:
            needle = text.casefold()
            hits = [i for i, (code, label) in enumerate(zip(self._buurt_codes, self._buurt_labels))
                    if needle in label.casefold() or needle in code.casefold()]
            in_buurt = np.isin(self._buurt, hits)
            in_id = self._stock.frame["id"].str.contains(text, case=False, regex=False, na=False).to_numpy(dtype=bool)
            mask &= in_buurt | in_id
        if segments is not None:
            names = set(segments)
            wanted = [i for i, s in enumerate(SEGMENTS) if s.value in names]
            mask &= np.isin(self._classified.segment, wanted)
        if ids is not None:
            mask &= self._stock.frame["id"].isin(list(ids)).to_numpy(dtype=bool)
        return mask

    def sample_texts(self, column: int, count: int = 200) -> list[str]:
        """What a column shows for `count` records spread over the stock, for its smallest and largest number, and
        for every category it can show: enough to size the column without formatting every row."""
        if not self._n:
            return []
        records = np.unique(np.linspace(0, self._n - 1, min(count, self._n)).astype(np.int64))
        numbers = self._numbers.get(column)
        if numbers is not None and not np.isnan(numbers).all():
            records = np.concatenate([records, [np.nanargmin(numbers), np.nanargmax(numbers)]])
        texts = [self._text(int(rec), column) for rec in records]
        return texts + (self._buurt_labels if column == BUURT else self._labels.get(column, []))

    # -- Qt overrides -----------------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._n

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return super().headerData(section, orientation, role)
        if not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == BUURT:
                return self.tr("buurt")
            if section == SEGMENT:
                return self.tr("segment")
            field = FIELD_BY_NAME[_FIELD[section]]
            return field.label_nl if self._lang == "nl" else field.label_en
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if section in _NUMERIC else LEFT
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        rec, col = self.record(index.row()), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(rec, col)
        if role == SortRole:
            return self._raw(rec, col)
        if role == ObjectRole:
            return self._ids[rec]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if col in _NUMERIC else LEFT
        if col == SEGMENT and role == Qt.ItemDataRole.DecorationRole:
            return _SEGMENT_COLOURS[self._classified.segment[rec]]
        if col == SEGMENT and role == Qt.ItemDataRole.ToolTipRole:
            return self.explanation(rec)
        return None

    def explanation(self, rec: int) -> str:
        """Why a record (by stock position) landed in its segment, in the model's language."""
        row = self._stock.frame.iloc[rec]
        return explain(row, int(self._classified.rule[rec]), self._thresholds, self._lang)

    def _text(self, rec: int, col: int) -> str:
        lang = self._lang
        if col == ID:
            return self._ids[rec]
        if col == BUURT:
            code = self._buurt[rec]
            return self._buurt_labels[code] if code >= 0 else "-"
        if col in self._codes:
            code = self._codes[col][rec]
            return self._labels[col][code] if code >= 0 else "-"
        value = self._numbers[col][rec]
        if col == RENT:
            return fmt_eur(value, lang=lang)
        if col == WOZ:
            return fmt_eur(value, decimals=0, lang=lang)
        if col == YEAR_BUILT:
            return "-" if np.isnan(value) else str(int(value))
        return fmt_int(value, lang)

    def _raw(self, rec: int, col: int):
        if col == ID:
            return self._ids[rec]
        if col == BUURT:
            code = self._buurt[rec]
            return self._buurt_codes[code] if code >= 0 else None
        if col in self._codes:
            return int(self._codes[col][rec])
        return float(self._numbers[col][rec])

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Re-order rows with numpy (missing values last in either order), keeping persistent indexes."""
        if not 0 <= column < COLUMN_COUNT:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_records = [self.record(i.row()) for i in old]
        self._order_rows(column, order)
        position = np.empty(self._n, dtype=np.int64)
        position[self.row_records] = np.arange(self._n)
        self.changePersistentIndexList(old, [self.index(int(position[r]), i.column()) for r, i in zip(old_records, old)])
        self.layoutChanged.emit()

    def _order_rows(self, column: int, order) -> None:
        key = self._sort_key(column)
        rows = np.argsort(key if order == Qt.SortOrder.AscendingOrder else -key, kind="stable")
        self._sort = (column, order)
        self.row_records = rows.tolist()

    def _sort_key(self, column: int) -> np.ndarray:
        """A float per record whose order is the column's order; NaN for missing (argsort puts NaN last)."""
        if column not in self._keys:
            if column in self._numbers:
                key = self._numbers[column]
            else:
                codes = pd.factorize(self._ids, sort=True)[0] if column == ID else (
                    self._buurt if column == BUURT else self._codes[column])
                key = np.where(codes >= 0, codes, np.nan).astype(float)
            self._keys[column] = key
        return self._keys[column]


class StockFilterProxy(QSortFilterProxyModel):
    """Filters a StockTableModel by free text, segments and record ids through one precomputed mask.

    Sorting is delegated to the source's numpy sort: QSortFilterProxyModel's own sort would call the Python
    data() for SortRole twice per comparison, which takes many seconds on a few hundred thousand rows.
    """

    filters_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self._text = ""
        self._segments: frozenset[str] | None = None
        self._ids: frozenset[str] | None = None
        self._accepted: list[bool] | None = None
        self._model: StockTableModel | None = None

    def setSourceModel(self, model: StockTableModel) -> None:
        if self._model is not None:
            self._model.stock_replaced.disconnect(self._on_model_stock_replaced)
        self._model = model
        self._recompute()
        super().setSourceModel(model)
        model.stock_replaced.connect(self._on_model_stock_replaced)

    def set_text(self, text: str) -> None:
        self._change(text=text.strip())

    def set_segments(self, segments: Iterable[str] | None) -> None:
        """Keep records in these segments (names, e.g. 'sociale huur'); None: every segment."""
        self._change(segments=None if segments is None else frozenset(segments))

    def set_ids(self, ids: Iterable[str] | None) -> None:
        """Keep only these record ids (e.g. the map selection); None: no id filter."""
        self._change(ids=None if ids is None else frozenset(ids))

    def clear_filters(self) -> None:
        self._change(text="", segments=None, ids=None)

    def _change(self, **changes) -> None:
        for name, value in changes.items():
            setattr(self, f"_{name}", value)
        self._recompute()
        # One layout change: the incremental filter update emits rowsRemoved per scattered range of rows,
        # which takes seconds when a filter drops or restores a large part of a big stock.
        self.invalidate()
        self.filters_changed.emit()

    def _recompute(self) -> None:
        mask = None if self._model is None else self._model.record_mask(self._text, self._segments, self._ids)
        self._accepted = None if mask is None else mask.tolist()

    def _on_model_stock_replaced(self) -> None:
        self._recompute()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        accepted = self._accepted
        if accepted is None:
            return True
        records = self._model.row_records
        return accepted[source_row if records is None else records[source_row]]

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if self._model is not None:
            self._model.sort(column, order)
