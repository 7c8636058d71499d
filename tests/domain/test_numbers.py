"""Dutch number formats."""

from mixplanner.domain.numbers import fmt_eur, fmt_int, fmt_num, fmt_pct


def test_dutch_formats():
    assert fmt_int(1234567) == "1.234.567"
    assert fmt_num(1234.56, 1) == "1.234,6"
    assert fmt_pct(0.3333) == "33,3%"
    assert fmt_eur(932.93) == "€ 932,93"
    assert fmt_eur(420000, decimals=0) == "€ 420.000"
    assert fmt_int(float("nan")) == "-"


def test_english_formats():
    assert fmt_num(1234.56, 1, lang="en") == "1,234.6"


def test_years_as_planners_write_them():
    from mixplanner.domain.numbers import fmt_years

    assert fmt_years([2027]) == "2027"
    assert fmt_years([2029, 2028, 2028]) == "2028-2029" and fmt_years([2028, 2029], dash="\u2013") == "2028\u20132029"
    assert fmt_years([2031, 2028]) == "2028, 2031"
    assert fmt_years([]) == "-" and fmt_years([], empty="") == ""
