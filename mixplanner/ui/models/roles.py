"""Custom item roles shared by mixplanner's Qt models."""

from __future__ import annotations

from PySide6.QtCore import Qt

#: The domain object behind a row (a Scenario, an Intervention, a TargetStatus) or a stock record's id.
ObjectRole = Qt.ItemDataRole.UserRole + 1
#: A raw, sortable value (a number, not its Dutch text; NaN for missing numbers).
SortRole = Qt.ItemDataRole.UserRole + 2

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
