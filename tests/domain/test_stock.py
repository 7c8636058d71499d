"""The stock's schema check: ids distinct, quickly when they are in order."""

import pandas as pd
import pytest

from mixplanner.domain.stock import ids_distinct


@pytest.mark.parametrize("ids, distinct", [
    (["a", "b", "c"], True),  # increasing: no hashing needed
    (["c", "a", "b"], True),
    (["a", "b", "b"], False),  # adjacent repeat
    (["b", "a", "b"], False),  # repeat out of order
    (["a", None, "a"], False),  # a missing id does not hide the repeat
    (["a"], True),
])
def test_ids_distinct(ids, distinct):
    assert ids_distinct(pd.Series(ids, dtype="str")) is distinct
