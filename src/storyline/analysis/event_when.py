"""An event's date as the export holds it: a TimeML value cut to a calendar day, month or year
(:func:`reduce_value`)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from storyline.models import Precision

_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_WEEK = re.compile(r"^(\d{4})-W(\d\d)")
_YEAR = re.compile(r"^(\d{4})")


@dataclass(frozen=True)
class When:
    date: str | None = None
    precision: Precision | None = None


def reduce_value(value: str) -> When:
    """A TimeML value as an ISO date cut to its precision ("2025-W11" -> the month of its
    Thursday; "2025-03-18TEV" -> "2025-03-18"; "XXXX-03-18" or "PRESENT_REF" -> nothing)."""
    day = _DAY.match(value)
    if day:
        try:
            dt.date(int(day[1]), int(day[2]), int(day[3]))
        except ValueError:
            return When()
        return When(day.group(0), "day")
    month = _MONTH.match(value)
    if month and 1 <= int(month[2]) <= 12:
        return When(value, "month")
    week = _WEEK.match(value)
    if week:
        try:
            thursday = dt.date.fromisocalendar(int(week[1]), int(week[2]), 4)
        except ValueError:
            return When(week[1], "year")
        return When(thursday.isoformat()[:7], "month")
    year = _YEAR.match(value)
    if year:
        return When(year[1], "year")
    return When()
