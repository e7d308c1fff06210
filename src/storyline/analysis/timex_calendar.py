"""Calendar arithmetic for the time-expression tagger: shifts, ISO weeks, choosing a year."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Literal

Tense = Literal["past", "present", "future"]


def make_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or ``None`` when it does not exist (``31 février``)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by ``months`` calendar months, clamped to the end of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def shift(day: dt.date, amount: int, unit: str) -> dt.date:
    """``day`` moved by ``amount`` units of D, W, M or Y (TimeML letters)."""
    if unit == "D":
        return day + dt.timedelta(days=amount)
    if unit == "W":
        return day + dt.timedelta(weeks=amount)
    if unit == "M":
        return add_months(day, amount)
    if unit == "Y":
        return add_months(day, 12 * amount)
    raise ValueError(f"unknown calendar unit {unit!r}: use D, W, M or Y")


def iso_week(day: dt.date) -> str:
    """TimeML week value of ``day``: ``2025-W12``."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def cut(day: dt.date, unit: str) -> str:
    """``day`` written at the precision of ``unit`` (D, W, M, Y)."""
    if unit == "D":
        return day.isoformat()
    if unit == "W":
        return iso_week(day)
    if unit == "M":
        return f"{day.year:04d}-{day.month:02d}"
    return f"{day.year:04d}"


# A day given without its year is taken in the tense's direction only this close to the DCT.
TENSE_WINDOW_DAYS = 240


def year_for(
    month: int, day: int | None, dct: dt.date, tense: Tense | None
) -> int:
    """The year of a day (or month) given without one, seen from ``dct``.

    Past tense picks the latest occurrence not after ``dct``, future the earliest not before
    it (for a day, only within :data:`TENSE_WINDOW_DAYS`); otherwise the occurrence nearest
    to ``dct``.
    """
    candidates = []
    for year in (dct.year - 1, dct.year, dct.year + 1):
        if day is None:
            first = dt.date(year, month, 1)
            last = dt.date(year, month, calendar.monthrange(year, month)[1])
        else:
            found = make_date(year, month, day)
            if found is None:  # 29 February in a common year
                continue
            first = last = found
        candidates.append((year, first, last))
    window = 400 if day is None else TENSE_WINDOW_DAYS
    if tense == "past":
        past = [c for c in candidates if c[1] <= dct and (dct - c[1]).days <= window]
        if past:
            return past[-1][0]
    if tense == "future":
        future = [c for c in candidates if c[2] >= dct and (c[2] - dct).days <= window]
        if future:
            return future[0][0]

    def distance(c: tuple[int, dt.date, dt.date]) -> int:
        if c[1] <= dct <= c[2]:
            return 0
        return min(abs((c[1] - dct).days), abs((c[2] - dct).days))

    return min(candidates, key=distance)[0]


def weekday_date(weekday: int, dct: dt.date, tense: Tense | None, relation: int = 0) -> dt.date:
    """The date of ``weekday`` (1 = Monday) seen from ``dct``.

    ``relation`` is -1 for ``dernier``, +1 for ``prochain``, 0 when the tense decides:
    past looks back, future looks ahead, otherwise the nearest such day.
    The same weekday as ``dct`` is ``dct`` itself unless a relation says otherwise.
    """
    delta = weekday - dct.isoweekday()
    if relation < 0 or (relation == 0 and tense == "past"):
        back = delta if delta <= 0 else delta - 7
        if relation < 0 and back == 0:
            back = -7
        return dct + dt.timedelta(days=back)
    if relation > 0 or tense == "future":
        forward = delta % 7
        if relation > 0 and forward == 0:
            forward = 7
        return dct + dt.timedelta(days=forward)
    nearest = (delta + 3) % 7 - 3  # -3..3, past wins the tie
    return dct + dt.timedelta(days=nearest)


def easter(year: int) -> dt.date:
    """Easter Sunday of ``year`` (Gregorian computus)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return dt.date(year, month, day + 1)


def two_digit_year(value: int, dct: dt.date | None) -> int:
    """``98`` -> 1998, ``03`` -> 2003: the latest year not more than ten years after ``dct``."""
    now = dct.year if dct else 2030
    year = now // 100 * 100 + value
    return year - 100 if year > now + 10 else year
