"""Handlers that turn calendar matches (dates, months, years, weekdays...) into values."""

from __future__ import annotations

import datetime as dt
import re

from storyline.analysis.timex_calendar import (
    Tense,
    add_months,
    cut,
    easter,
    make_date,
    shift,
    two_digit_year,
    weekday_date,
    year_for,
)
from storyline.analysis.timex_context import (
    Context,
    Handler,
    Result,
    anaphoric,
    day_number,
    group,
    month_number,
    part_code,
    relation,
    tense_of,
    with_part,
)
from storyline.analysis.timex_lexicon import (
    EASTER_HOLIDAYS,
    FIXED_HOLIDAYS,
    FUNCTION_WORDS,
    LABEL_NOUNS,
    SEASONS,
    WEEKDAYS,
    YEAR_CUES,
    roman_to_int,
)

_DAY_OFFSETS = {"avant-hier": -2, "hier": -1, "aujourd'hui": 0, "demain": 1, "après-demain": 2}
_ANAPHORIC_OFFSETS = {"avant-veille": -2, "veille": -1, "lendemain": 1, "surlendemain": 2}
_SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}
_DECADE_WORDS = {
    "vingt": 2, "trente": 3, "quarante": 4, "cinquante": 5, "soixante": 6, "soixante-dix": 7,
    "quatre-vingt": 8, "quatre-vingts": 8, "quatre-vingt-dix": 9,
}


def _year(match: re.Match[str], ctx: Context) -> int | None:
    if group(match, "year"):
        return int(match.group("year"))
    short = group(match, "year2")
    return two_digit_year(int(short.lstrip("'")), ctx.dct) if short else None


def _day_month(match: re.Match[str], ctx: Context, part: str | None = None) -> Result | None:
    day = day_number(match.group("day"))
    month = month_number(match.group("month"))
    year = _year(match, ctx)
    rel = group(match, "rel")
    if year is None and ctx.year is not None and not rel:
        year = ctx.year
    if year is None and ctx.dct is not None:
        year = year_for(month, day, ctx.dct, tense_of(rel, ctx.tense))
    weekday_name = group(match, "wd")
    if year is not None and weekday_name and not _year(match, ctx):
        year = _weekday_year(year, month, day, WEEKDAYS[weekday_name])
    if year is None:
        return with_part(f"XXXX-{month:02d}-{day:02d}", part) if day <= 31 else None
    found = make_date(year, month, day)
    return with_part(found.isoformat(), part) if found else None


def _weekday_year(year: int, month: int, day: int, weekday: int) -> int:
    """The year nearest ``year`` in which ``day``/``month`` falls on ``weekday``."""
    for candidate in (year, year - 1, year + 1):
        found = make_date(candidate, month, day)
        if found and found.isoweekday() == weekday:
            return candidate
    return year


def date(match: re.Match[str], ctx: Context) -> Result | None:
    """``le 14 mars 2025``, ``samedi 5 juin``, ``le 6 mai dernier``."""
    return _day_month(match, ctx)


def part_of_date(match: re.Match[str], ctx: Context) -> Result | None:
    """``le soir du 13 mars`` -> ``2025-03-13TEV``."""
    return _day_month(match, ctx, part=match.group("part"))


def night_of_days(match: re.Match[str], ctx: Context) -> Result | None:
    """``la nuit du 13 au 14 mars`` -> ``2025-03-13TNI``."""
    return _day_month(match, ctx, part="nuit")


def night_of_weekdays(match: re.Match[str], ctx: Context) -> Result | None:
    """``la nuit de samedi à dimanche`` -> the Saturday, ``TNI``."""
    found = weekday(match, ctx)
    return ("TIME", f"{found[1]}TNI") if found else None


def numeric_date(match: re.Match[str], ctx: Context) -> Result | None:
    """``14/03/2025`` (day first) and ``2025-03-14``."""
    text = match.group("year")
    year = int(text) if len(text) == 4 else two_digit_year(int(text), ctx.dct)
    found = make_date(year, int(match.group("month")), int(match.group("day")))
    return ("DATE", found.isoformat()) if found else None


def month_year(match: re.Match[str], ctx: Context) -> Result | None:
    """``avril 2001``, ``octobre 98``, ``mi-mars 2024``."""
    year = _year(match, ctx)
    return ("DATE", f"{year:04d}-{month_number(match.group('month')):02d}") if year else None


def month(match: re.Match[str], ctx: Context) -> Result | None:
    """A month without its year: ``en mai``, ``juin prochain``, ``mi-mars``."""
    number = month_number(match.group("month"))
    if not match.group("rel") and ctx.original[ctx.start].isupper() and _after_name(ctx, True):
        return None  # "la surface de Mars": a capitalised month inside a sentence is a name
    if ctx.year is not None and not match.group("rel"):
        return ("DATE", f"{ctx.year:04d}-{number:02d}")
    if ctx.dct is None:
        return ("DATE", f"XXXX-{number:02d}")
    year = year_for(number, None, ctx.dct, tense_of(match.group("rel"), ctx.tense))
    return ("DATE", f"{year:04d}-{number:02d}")


def year(match: re.Match[str], ctx: Context) -> Result | None:
    """``1975``, ``l'année 2001``, ``fin 2024``; not ``2000 personnes``."""
    if re.search(r"(?:\d[ .]?|[+$€£#])$", ctx.before(4)) or ctx.previous_word() in LABEL_NOUNS:
        return None
    word = ctx.next_word()
    cue = ctx.previous_word() in YEAR_CUES or match.group("tx") != match.group("year")
    if re.match(r"[ ]*(?:%|€|\$|e\b|ème)", ctx.after(5)):
        return None
    if word and word.islower() and word not in FUNCTION_WORDS and not cue:
        return None
    if not cue and _after_name(ctx):
        return None  # "Euro 2024", "Komodo 2025": part of a name
    return ("DATE", match.group("year"))


def _after_name(ctx: Context, itself: bool = False) -> bool:
    """Whether a capitalised word that does not start a sentence comes just before (or,
    with ``itself``, is the match)."""
    before = ctx.original[max(0, ctx.start - 60) : ctx.end if itself else ctx.start]
    found = re.search(r"(\w+)[ ]$" if not itself else r"(\w+)$", before)
    if found is None:
        return False
    word = found.group(1)
    if not word[:1].isupper() or word.isupper():
        return False
    rest = before[: found.start()].rstrip()
    return bool(rest) and rest[-1] not in ".!?:»\n"


def short_year(match: re.Match[str], ctx: Context) -> Result | None:
    """``en 97``."""
    return ("DATE", str(two_digit_year(int(match.group("year2")), ctx.dct)))


def decade(match: re.Match[str], ctx: Context) -> Result | None:
    """``les années 60`` -> ``196X`` (French TimeBank convention)."""
    text = match.group("decade")
    if text in _DECADE_WORDS:
        return ("DATE", f"19{_DECADE_WORDS[text]}X")
    if len(text) == 4:
        return ("DATE", f"{text[:3]}X")
    return ("DATE", f"19{text[0]}X")


def century(match: re.Match[str], ctx: Context) -> Result | None:
    """``le XIXe siècle`` -> ``18XX``."""
    text = match.group("century")
    number = int(text) if text.isdigit() else roman_to_int(text)
    if number is None or not 1 <= number <= 30:
        return None
    return ("DATE", f"{number - 1:02d}XX")


def century_rel(match: re.Match[str], ctx: Context) -> Result | None:
    """``le siècle dernier``, ``ce siècle``."""
    if ctx.dct is None or (match.group("det") == "le" and not match.group("rel")):
        return None
    return ("DATE", f"{ctx.dct.year // 100 + relation(match.group('rel')):02d}XX")


def relative_day(match: re.Match[str], ctx: Context) -> Result | None:
    """``hier``, ``demain soir``, ``aujourd'hui vendredi``."""
    if ctx.dct is None:
        return with_part("XXXX-XX-XX", match.group("part"))
    day = ctx.dct + dt.timedelta(days=_DAY_OFFSETS[match.group("word")])
    return with_part(day.isoformat(), match.group("part"))


def this_part(match: re.Match[str], ctx: Context) -> Result | None:
    """``ce matin`` -> ``2025-03-20TMO``."""
    day = ctx.dct.isoformat() if ctx.dct else "XXXX-XX-XX"
    return ("TIME", f"{day}T{part_code(match.group('part'))}")


def anaphoric_day(match: re.Match[str], ctx: Context) -> Result | None:
    """``le lendemain``, ``la veille au soir``: counted from the day last mentioned."""
    if ctx.ref is None:
        return with_part("XXXX-XX-XX", match.group("part"))
    day = ctx.ref + dt.timedelta(days=_ANAPHORIC_OFFSETS[match.group("word")])
    return with_part(day.isoformat(), match.group("part"))


def bare_part(match: re.Match[str], ctx: Context) -> Result | None:
    """``la soirée``, ``en fin d'après-midi``: the day last mentioned."""
    day = ctx.ref.isoformat() if ctx.ref else "XXXX-XX-XX"
    return ("TIME", f"{day}T{part_code(match.group('part') or match.group('part2'))}")


def weekday(match: re.Match[str], ctx: Context) -> Result | None:
    """``vendredi``, ``mardi dernier``, ``dimanche soir``: tense picks the week."""
    number = WEEKDAYS[match.group("wd")]
    rel = match.group("rel")
    part = group(match, "part") if group(match, "part") != "nuit" else None
    if ctx.previous_word() == "depuis" and ctx.tense != "future":
        tense: Tense | None = "past"
    else:
        tense = ctx.tense
    if ctx.dct is None:
        return with_part(f"XXXX-WXX-{number}", part)
    anchor = ctx.ref if anaphoric(rel) and ctx.ref else ctx.dct
    day = weekday_date(number, anchor, tense, relation(rel))
    return with_part(day.isoformat(), part)


def _season(code: str, rel: int, ctx: Context) -> Result:
    if ctx.dct is None:
        return ("DATE", f"XXXX-{code}")
    month_of = _SEASON_MONTH[code]
    if rel:
        anchor = add_months(ctx.dct, 3 * rel)
        year_of = year_for(month_of, None, anchor, "past" if rel < 0 else "future")
    else:
        year_of = year_for(month_of, None, ctx.dct, ctx.tense)
    return ("DATE", f"{year_of:04d}-{code}")


def _unit_value(unit: str, rel: int, ctx: Context, anchor: dt.date) -> str | None:
    if unit in ("semaine", "week-end", "weekend"):
        value = cut(shift(anchor, rel, "W"), "W")
        return value + "-WE" if unit != "semaine" else value
    if unit == "mois":
        return cut(shift(anchor, rel, "M"), "M")
    if unit in ("année", "an"):
        return cut(shift(anchor, rel, "Y"), "Y")
    if unit == "trimestre":
        moved = shift(anchor, 3 * rel, "M")
        return f"{moved.year:04d}-Q{(moved.month - 1) // 3 + 1}"
    if unit == "décennie":
        return f"{(anchor.year + 10 * rel) // 10:03d}X"
    return None


def relative_unit(match: re.Match[str], ctx: Context) -> Result | None:
    """``la semaine dernière``, ``cette année``, ``l'an dernier``, ``l'automne``."""
    unit = match.group("unit")
    rel_word = match.group("rel")
    det = group(match, "det")
    rel = relation(rel_word)
    if unit in SEASONS:
        return _season(SEASONS[unit], rel, ctx)
    if det in ("le", "la", "l'") and not rel_word and "edge" not in match.re.groupindex:
        return None
    if ctx.dct is None:
        return None
    anchor = ctx.ref if anaphoric(rel_word) and ctx.ref else ctx.dct
    value = _unit_value(unit, rel, ctx, anchor)
    return ("DATE", value) if value else None


def season(match: re.Match[str], ctx: Context) -> Result | None:
    """``en été`` (any summer: ``XXXX-SU``), ``l'été 2024``."""
    code = SEASONS[match.group("season")]
    if match.group("year"):
        return ("DATE", f"{match.group('year')}-{code}")
    if match.group("prep") == "au":
        return _season(code, 0, ctx)
    if not match.group("prep") and not match.group("tx").startswith(("mois", "les")):
        return None  # "a été"
    return ("DATE", f"XXXX-{code}")


def ago(match: re.Match[str], ctx: Context) -> Result | None:
    """``il y a trois jours`` -> the DCT minus three days."""
    from storyline.analysis.timex_numbers import parse_number

    amount = parse_number(match.group("num"))
    unit = match.group("unit")
    if amount is None or ctx.dct is None:
        return None
    letter = {"jour": "D", "semaine": "W", "mois": "M", "an": "Y", "année": "Y"}.get(
        unit if unit == "mois" else unit.rstrip("s"), ""
    )
    if not letter:
        return ("DATE", ctx.dct.isoformat())  # hours or minutes ago: today
    moved = shift(ctx.dct, -round(amount), letter)
    return ("DATE", cut(moved, "D" if letter in "DW" else letter))


def holiday(match: re.Match[str], ctx: Context) -> Result | None:
    """``Noël``, ``la Pentecôte 2024``."""
    name = match.group("holiday")
    if name == "noël" and ctx.before(6).endswith("père "):
        return None
    given = int(match.group("year")) if match.group("year") else None
    if name in FIXED_HOLIDAYS:
        month_of, day_of = FIXED_HOLIDAYS[name]
        if given is None and ctx.dct is None:
            return ("DATE", f"XXXX-{month_of:02d}-{day_of:02d}")
        chosen = given or year_for(month_of, day_of, ctx.dct, ctx.tense)  # type: ignore[arg-type]
        return ("DATE", f"{chosen:04d}-{month_of:02d}-{day_of:02d}")
    offset = dt.timedelta(days=EASTER_HOLIDAYS[name])
    if given is not None:
        return ("DATE", (easter(given) + offset).isoformat())
    if ctx.dct is None:
        return None
    days = [easter(y) + offset for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)]
    if ctx.tense == "past":
        days = [d for d in days if d <= ctx.dct] or days
    elif ctx.tense == "future":
        days = [d for d in days if d >= ctx.dct] or days
    return ("DATE", min(days, key=lambda d: abs((d - ctx.dct).days)).isoformat())  # type: ignore[operator]


HANDLERS: dict[str, Handler] = {
    "date": date, "numeric_date": numeric_date, "iso_date": numeric_date,
    "part_of_date": part_of_date, "night_of_days": night_of_days,
    "night_of_weekdays": night_of_weekdays, "month_year": month_year, "month": month,
    "month_edge": month, "month_rel": month, "month_named": month, "day_range": date,
    "year": year, "short_year": short_year, "decade": decade, "century": century,
    "century_rel": century_rel, "relative_day": relative_day, "this_part": this_part,
    "anaphoric_day": anaphoric_day, "bare_part": bare_part, "weekday": weekday,
    "relative_unit": relative_unit, "edge_unit": relative_unit, "season": season, "ago": ago,
    "holiday": holiday,
}
