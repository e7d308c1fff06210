"""Calendar helpers and French numbers behind the time-expression tagger."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storyline.analysis.timex_calendar import (
    add_months,
    easter,
    iso_week,
    two_digit_year,
    weekday_date,
    year_for,
)
from storyline.analysis.timex_lexicon import roman_to_int
from storyline.analysis.timex_numbers import parse_number

days = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2090, 12, 31))
weekdays = st.integers(min_value=1, max_value=7)


@given(days, weekdays)
def test_weekday_date_lands_on_the_weekday_in_the_tense_direction(
    dct: dt.date, weekday: int
) -> None:
    past = weekday_date(weekday, dct, "past")
    future = weekday_date(weekday, dct, "future")
    nearest = weekday_date(weekday, dct, None)
    last = weekday_date(weekday, dct, None, relation=-1)
    assert {d.isoweekday() for d in (past, future, nearest, last)} == {weekday}
    assert 0 <= (dct - past).days < 7 and 0 <= (future - dct).days < 7
    assert abs((nearest - dct).days) <= 3
    assert 1 <= (dct - last).days <= 7


@given(days, st.integers(min_value=1, max_value=12), st.integers(min_value=1, max_value=28))
def test_year_for_stays_next_to_the_dct(dct: dt.date, month: int, day: int) -> None:
    nearest = dt.date(year_for(month, day, dct, None), month, day)
    past = dt.date(year_for(month, day, dct, "past"), month, day)
    assert abs((nearest - dct).days) <= 183
    assert past <= dct or (past - dct).days <= 183


def test_year_for_follows_the_tense_near_the_dct_only() -> None:
    dct = dt.date(2003, 2, 23)
    assert year_for(5, None, dct, "past") == 2002
    assert year_for(5, None, dct, None) == 2003
    assert year_for(6, 30, dt.date(1999, 5, 21), "past") == 1999  # too far back: nearest


@given(days, st.integers(min_value=-30, max_value=30))
def test_add_months_moves_whole_months(day: dt.date, months: int) -> None:
    moved = add_months(day, months)
    assert (moved.year * 12 + moved.month) - (day.year * 12 + day.month) == months
    assert moved.day <= day.day


@pytest.mark.parametrize(
    ("year", "expected"), [(2024, dt.date(2024, 3, 31)), (2025, dt.date(2025, 4, 20)),
                           (1999, dt.date(1999, 4, 4))],
)
def test_easter(year: int, expected: dt.date) -> None:
    assert easter(year) == expected


def test_iso_week_and_two_digit_years() -> None:
    assert iso_week(dt.date(2025, 3, 20)) == "2025-W12"
    assert iso_week(dt.date(2021, 1, 1)) == "2020-W53"
    assert two_digit_year(98, dt.date(1999, 5, 1)) == 1998
    assert two_digit_year(3, dt.date(2003, 1, 1)) == 2003
    assert two_digit_year(93, dt.date(2002, 1, 21)) == 1993


@pytest.mark.parametrize(
    ("text", "expected"),
    [("trois", 3), ("vingt-quatre", 24), ("vingt et un", 21), ("soixante-dix", 70),
     ("quatre-vingt-dix", 90), ("quatre-vingts", 80), ("deux cents", 200), ("cent vingt", 120),
     ("mille neuf cent", 1900), ("24", 24), ("1,5", 1.5), ("une", 1)],
)
def test_parse_number(text: str, expected: float) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", ["", "trois pommes", "beaucoup"])
def test_parse_number_refuses_other_words(text: str) -> None:
    assert parse_number(text) is None


@given(st.integers(min_value=0, max_value=999_999))
def test_parse_number_reads_digits(value: int) -> None:
    assert parse_number(str(value)) == value


def test_roman_numerals() -> None:
    assert roman_to_int("xix") == 19 and roman_to_int("XXI") == 21 and roman_to_int("abc") is None
