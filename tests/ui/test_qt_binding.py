"""Guards against the Qt binding bug of ADR 0003: void Qt methods must not take references from None."""

import sys

from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QGraphicsRectItem


def test_void_qt_methods_leave_the_refcount_of_none_alone(qapp):
    item = QGraphicsRectItem(0, 0, 1, 1)
    path = QPainterPath()
    before = sys.getrefcount(None)
    for i in range(20_000):
        item.setPos(i, i)
        path.lineTo(i, i)
    # 6.12.0 on Python 3.11 loses 40,000 here and aborts the process a little later
    assert abs(sys.getrefcount(None) - before) < 100
