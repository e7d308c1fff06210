"""Publication dates: written dates, ISO metadata strings and dates inside URLs.

Numeric dates are read day first (``08/11/2024`` is 8 November 2024), as in the
French, Spanish, Vietnamese... press. Every date is kept at the precision it is
written with: a day, a month or a year, never a guessed day.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from storyline.models import Precision

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "janvier janv jan january enero ene januar gennaio gen janeiro",
        "février fevrier févr fevr fév fev feb february febrero februar febbraio fevereiro",
        "mars mar march marzo märz marz março marco",
        "avril avr apr april abril aprile",
        "mai may mayo maggio maio",
        "juin jun june junio juni giugno junho",
        "juillet juil jul july julio juli luglio julho",
        "août aout aug august agosto",
        "septembre sept sep september septiembre setiembre settembre setembro set",
        "octobre oct october octubre oktober ottobre outubro okt ott out",
        "novembre nov november noviembre novembro",
        "décembre decembre déc dec december diciembre dezember dicembre dezembro dez dic",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _number

_MONTH = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
_DAY = r"(?P<day>[0-3]?\d)(?:er|re|st|nd|rd|th|º|°)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_MONTH_NAME = rf"(?P<month>{_MONTH})\.?"

_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(rf"(?<!\d){_YEAR}-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)(?!\d)"),
    re.compile(rf"(?<![\d/.-])(?P<day>[0-3]?\d)([/.-])(?P<mnum>[01]?\d)\2{_YEAR}(?![\d/.-]?\d)"),
    re.compile(rf"(?<![\w]){_DAY}\s+(?:de\s+)?{_MONTH_NAME}(?:\s+de|,)?\s+{_YEAR}(?!\d)",
               re.IGNORECASE),
    re.compile(rf"(?<![\w]){_MONTH_NAME}\s+{_DAY},?\s+{_YEAR}(?!\d)", re.IGNORECASE),
    re.compile(rf"(?<![\w]){_MONTH_NAME}\s+(?:de\s+)?{_YEAR}(?!\d)", re.IGNORECASE),
)

_URL_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"/(?P<year>(?:19|20)\d{2})/(?P<mnum>[01]?\d)/(?P<day>[0-3]?\d)(?=/|$|[-_.])"),
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)(?!\d)"),
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})(?P<mnum>[01]\d)(?P<day>[0-3]\d)\d{0,12}(?!\d)"),
    re.compile(r"/(?P<year>(?:19|20)\d{2})/(?P<mnum>[01]?\d)(?=/)"),
)

FIRST_YEAR = 1990
LAST_YEAR = 2100


@dataclass(frozen=True)
class PartialDate:
    """A calendar date known to the day, the month or only the year."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    @property
    def iso(self) -> str:
        """``2025-03-20``, ``2025-03`` or ``2025``: cut to the precision."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


def make_date(year: int, month: int | None = None, day: int | None = None) -> PartialDate | None:
    """A PartialDate when the parts form a real calendar date in a plausible range."""
    if not FIRST_YEAR <= year < LAST_YEAR:
        return None
    if month is None:
        return PartialDate(year) if day is None else None
    if not 1 <= month <= 12:
        return None
    if day is not None:
        try:
            dt.date(year, month, day)
        except ValueError:
            return None
    return PartialDate(year, month, day)


def _from_match(match: re.Match[str]) -> PartialDate | None:
    parts = match.groupdict()
    year = int(parts["year"])
    month: int | None = None
    if parts.get("mnum"):
        month = int(parts["mnum"])
    elif parts.get("month"):
        month = MONTHS.get(parts["month"].lower().rstrip("."))
    day = int(parts["day"]) if parts.get("day") else None
    return make_date(year, month, day)


def find_dates(text: str) -> list[tuple[int, int, PartialDate]]:
    """Every written date of ``text`` as (start, end, date), left to right, no overlaps."""
    found: list[tuple[int, int, PartialDate]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e, _ in found):
                continue
            date = _from_match(match)
            if date is not None:
                found.append((match.start(), match.end(), date))
    return sorted(found, key=lambda item: item[0])


def parse_date(text: str) -> PartialDate | None:
    """The first written date of ``text`` (``08/11/2024``, ``14 mars 2025``, ``March 5, 2025``)."""
    dates = find_dates(text)
    return dates[0][2] if dates else None


_ISO = re.compile(r"^\s*(?P<year>\d{4})(?:-(?P<mnum>\d{2})(?:-(?P<day>\d{2}))?)?(?:[T ].*)?\s*$")


def parse_iso(value: str) -> PartialDate | None:
    """A metadata date: ``2025``, ``2025-03``, ``2025-03-20`` or a full ISO timestamp.

    Other shapes go through :func:`parse_date`. The calendar date is the one written,
    whatever the time zone: a page dated ``2025-03-20T01:00+07:00`` was published on the 20th
    where it was published.
    """
    match = _ISO.match(value)
    if match:
        return _from_match(match)
    return parse_date(value)


def date_from_url(url: str) -> PartialDate | None:
    """A date written inside a URL: ``/2025/03/20/``, ``-2025-03-20-``, ``-20250320062607212.htm``
    (year, month, day then time digits) or ``/2025/03/`` (month precision)."""
    path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]+", "", url.strip(), flags=re.IGNORECASE)
    for pattern in _URL_PATTERNS:
        for match in pattern.finditer(path):
            date = _from_match(match)
            if date is not None:
                return date
    return None
