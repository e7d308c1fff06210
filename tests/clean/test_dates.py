"""Date parsers: written dates (day first), ISO metadata, dates inside URLs."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from storyline.clean.dates import (
    PartialDate,
    date_from_url,
    find_dates,
    make_date,
    parse_date,
    parse_iso,
)

DATES = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31))
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")


def _same(day: dt.date) -> PartialDate:
    return PartialDate(day.year, day.month, day.day)


@given(DATES, st.sampled_from("/.-"))
def test_day_first_numeric_dates_parse_back(day: dt.date, sep: str) -> None:
    text = f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year}"
    assert parse_date(text) == _same(day)
    assert parse_date(f"Publié le {text} à 10h30") == _same(day)


@given(DATES)
def test_unpadded_day_first_dates_parse_back(day: dt.date) -> None:
    assert parse_date(f"{day.day}/{day.month}/{day.year}") == _same(day)


@given(DATES)
def test_french_written_dates_parse_back(day: dt.date) -> None:
    text = f"le {day.day} {FRENCH_MONTHS[day.month - 1]} {day.year}, à Kiev"
    assert parse_date(text) == _same(day)


@given(DATES)
def test_english_written_dates_parse_back(day: dt.date) -> None:
    assert parse_date(f"{ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year} 8:14 AM") == _same(day)
    assert parse_date(f"{day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year}") == _same(day)


@given(DATES)
def test_month_and_year_keep_month_precision(day: dt.date) -> None:
    found = parse_date(f"en {FRENCH_MONTHS[day.month - 1]} {day.year}")
    assert found == PartialDate(day.year, day.month)
    assert found is not None and found.precision == "month"
    assert found.iso == f"{day.year:04d}-{day.month:02d}"


@given(DATES)
def test_iso_metadata_parses_back(day: dt.date) -> None:
    assert parse_iso(day.isoformat()) == _same(day)
    assert parse_iso(f"{day.isoformat()}T23:30:00+07:00") == _same(day)


@given(st.integers(1990, 2099), st.one_of(st.none(), st.integers(1, 12)))
def test_partial_iso_round_trip(year: int, month: int | None) -> None:
    date = make_date(year, month)
    assert date is not None
    assert parse_iso(date.iso) == date
    assert date.precision == ("year" if month is None else "month")


@given(DATES, st.text(alphabet="0123456789", min_size=0, max_size=9))
def test_url_dates_with_time_digits(day: dt.date, time: str) -> None:
    url = f"https://dantri.example/the-gioi/some-slug-{day:%Y%m%d}{time}.htm"
    assert date_from_url(url) == _same(day)


@given(DATES)
def test_url_path_dates(day: dt.date) -> None:
    assert date_from_url(f"https://x.example/monde/{day:%Y/%m/%d}/titre") == _same(day)
    assert date_from_url(f"https://x.example/monde/{day.isoformat()}-titre") == _same(day)


def test_url_month_path_has_month_precision() -> None:
    found = date_from_url("https://x.example/2023/05/titre-article")
    assert found == PartialDate(2023, 5)


def test_url_ids_are_not_dates() -> None:
    # "185250314203319371": the digit run does not start with a year
    assert date_from_url("https://thanhnien.example/slug-185250314203319371.htm") is None
    assert date_from_url("https://vtcnews.example/slug-ar906338.html") is None
    assert date_from_url("https://x.example/article/20251399") is None  # month 13


def test_impossible_dates_are_refused() -> None:
    assert parse_date("31/02/2024") is None
    assert parse_date("00/10/2024") is None
    assert parse_date("12/10/1850") is None  # outside the plausible range
    assert parse_iso("not a date") is None


def test_dates_are_found_left_to_right_without_overlaps() -> None:
    found = find_dates("Publié le 12 mai 2024 à 18h05, modifié le 13/05/2024 à 08h12")
    assert [d for _, _, d in found] == [PartialDate(2024, 5, 12), PartialDate(2024, 5, 13)]


def test_numbers_that_are_not_dates() -> None:
    assert parse_date("Chiến sự Ukraine ngày 1.115: Ông Putin") is None
    assert parse_date("539 drones et 11 missiles") is None
