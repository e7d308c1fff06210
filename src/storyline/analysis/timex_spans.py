"""Handlers for durations, clock times, sets and words that point at past/present/future."""

from __future__ import annotations

import re

from storyline.analysis.timex_context import Context, Handler, Result, group
from storyline.analysis.timex_lexicon import (
    FREQUENCY_WORDS,
    PERSON_NOUNS,
    REFERENCE_WORDS,
    TERM_NOUNS,
    UNITS,
    WEEKDAYS,
)
from storyline.analysis.timex_numbers import format_number, parse_number

_APPROXIMATE = {
    "dizaine": 10.0, "quinzaine": 15.0, "vingtaine": 20.0, "trentaine": 30.0, "centaine": 100.0,
}
_VAGUE = ("quelques", "plusieurs", "des", "de nombreu", "de long")
# Half of a unit, written in the next smaller one.
_HALF = {"Y": (6, "M"), "D": (12, "H"), "H": (30, "M"), "M": (30, "S")}
_CLOCK_CUES = re.compile(r"(?:\b(?:à|vers|dès|jusqu'à|avant|entre|et|alentours de)|,)[ ]$")
_DURATION_CUES = re.compile(
    r"\b(?:pendant|durant|en|depuis|pour|sur|de|d'|plus de|moins de|environ|près de|il y a)[ ]?$"
)
_AGE_CUES = re.compile(
    r"(?:âgée?s?[ ](?:de[ ])?|âge[ ]de[ ]|\d-|\b(?:les|des|aux)[ ](?:moins|plus)[ ]de[ ]"
    r"|\b(?:a|ont|avait|avaient|aura|aurait|avoir|ayant)[ ])$"
)
_DURATION_NEEDS_CUE = (("un", "D"), ("une", "D"), ("une", "S"), ("des", ""))


def unit_of(word: str) -> tuple[str, bool] | None:
    """TimeML letter of a unit word (``heures`` -> ``("H", True)``), ``None`` if unknown."""
    if word in UNITS:
        return UNITS[word]
    return UNITS.get(word[:-1]) if word.endswith("s") else None


def _amount(text: str) -> float | None:
    """The number of units, ``-1.0`` for a vague quantity (``plusieurs``)."""
    if text.startswith(_VAGUE):
        return -1.0
    for word, value in _APPROXIMATE.items():
        if word in text:
            return value
    return parse_number(text)


def duration_value(amount: float, letter: str, clock: bool) -> str:
    """``P3Y``, ``PT13H``, ``PXD`` (vague), ``PT1H30M`` for fractions of an hour."""
    prefix = "PT" if clock else "P"
    if amount < 0:
        return f"{prefix}X{letter}"
    if amount != int(amount) and letter in _HALF:
        half, smaller = _HALF[letter]
        whole = int(amount)
        rest = round((amount - whole) * 2 * half)
        small_clock = clock or smaller in ("H", "S") or (letter == "H")
        body = f"{whole}{letter}" if whole else ""
        return ("PT" if small_clock else "P") + body + f"{rest}{smaller}"
    return f"{prefix}{format_number(amount)}{letter}"


def _is_age(match: re.Match[str], ctx: Context) -> bool:
    if match.group("unit") not in ("ans", "an", "années"):
        return False
    before = ctx.before(30)
    if match.group("unit") == "années":
        return bool(re.match(r"une[ ]\w+aine", match.group("num"))) and before.endswith("d'")
    mod = match.group("mod") or ""
    if _AGE_CUES.search(before) or (mod.endswith(" de") and re.search(r"\b(?:les|des|aux) $", before)):
        return not re.match(r"[ ]*(?:de|d')[ ]", ctx.after(5))
    if re.search(r"[,(][ ]?$", before) and re.match(r"[ ]?[,)]", ctx.after(3)):
        return True
    found = re.search(r"(\w+)[ ]de[ ]$", before)
    if found is None:
        return False
    word = found.group(1)
    original = ctx.original[ctx.start - len(found.group(0)) : ctx.start]
    return word in PERSON_NOUNS or original[:1].isupper()


def _clock_from_hours(amount: float, ctx: Context) -> Result | None:
    if not (0 <= amount <= 24 and amount == int(amount)):
        return None
    cued = _CLOCK_CUES.search(ctx.before(20)) or (
        ctx.before(4).endswith(" de ") and re.match(r"[ ]*(?:à|jusqu)", ctx.after(8))
    )
    if not cued or re.match(r"[ ]*(?:de|d')[ ']", ctx.after(4)):
        return None
    day = ctx.ref.isoformat() if ctx.ref else "XXXX-XX-XX"
    return ("TIME", f"{day}T{int(amount):02d}:00")


def duration(match: re.Match[str], ctx: Context) -> Result | None:
    """``30 jours`` -> ``P30D``, ``trois ans`` -> ``P3Y``, ``plusieurs mois`` -> ``PXM``."""
    unit = unit_of(match.group("unit"))
    amount = _amount(match.group("num"))
    if unit is None or amount is None or amount == 0 or _is_age(match, ctx):
        return None
    letter, clock = unit
    number = match.group("num")
    if match.group("unit") == "an" and amount != 1:
        return None
    needs_cue = (number, letter) in _DURATION_NEEDS_CUE or (number, "") in _DURATION_NEEDS_CUE
    if group(match, "det") and not (group(match, "last") or match.group("last2")):
        return None  # "dans les 30 jours": only "30 jours" is tagged
    if needs_cue and not match.group("mod") and not _DURATION_CUES.search(ctx.before(20)):
        return None  # "un jour" (some day), "une seconde fois", "des heures scolaires"
    if letter == "H" and not match.group("mod") and not group(match, "det"):
        as_time = _clock_from_hours(amount, ctx)
        if as_time:
            return as_time
    if group(match, "half"):
        amount += 0.5
    return ("DURATION", duration_value(amount, letter, clock))


def recent_units(match: re.Match[str], ctx: Context) -> Result | None:
    """``ces derniers jours`` -> ``PXD``."""
    unit = unit_of(match.group("unit"))
    if unit is None or match.group("unit") == "an":
        return None
    return ("DURATION", duration_value(-1.0, *unit))


def half_unit(match: re.Match[str], ctx: Context) -> Result | None:
    """``une demi-heure`` -> ``PT30M``."""
    values = {"heure": "PT30M", "journée": "PT12H", "siècle": "P50Y"}
    value = values.get(match.group("unit"))
    return ("DURATION", value) if value else None


def term(match: re.Match[str], ctx: Context) -> Result | None:
    """``quinquennat`` -> ``P5Y``."""
    return ("DURATION", TERM_NOUNS[match.group("tx")])


def clock(match: re.Match[str], ctx: Context) -> Result | None:
    """``14h30``, ``22 h``, ``8 h du soir``: a time on the day last mentioned."""
    hour = int(match.group("hour"))
    minute = int(match.group("minute") or 0)
    if match.group("sep") == ":" and match.group("minute") is None:
        return None
    if match.group("sep").startswith("heure") and not (
        match.group("minute") or _CLOCK_CUES.search(ctx.before(20))
    ):
        return None  # "13 heures" alone is a duration
    if re.search(r"\b(?:pendant|durant|en|depuis|plus de|moins de|environ)[ ]$", ctx.before(15)):
        value = f"PT{hour}H{minute}M" if minute else f"PT{hour}H"
        return ("DURATION", value)
    part = match.group("part") or ""
    if hour < 12 and ("soir" in part or "après-midi" in part):
        hour += 12
    day = ctx.ref.isoformat() if ctx.ref else "XXXX-XX-XX"
    return ("TIME", f"{day}T{hour:02d}:{minute:02d}")


def clock_word(match: re.Match[str], ctx: Context) -> Result | None:
    """``midi`` -> ``T12:00``, ``minuit`` -> ``T24:00``."""
    hour = 12 if match.group("word") == "midi" else 24
    extra = match.group("minute") or ""
    minute = 30 if "demie" in extra else 15 if "quart" in extra else int(extra or 0)
    if hour == 24 and minute:
        hour = 0
    day = ctx.ref.isoformat() if ctx.ref else "XXXX-XX-XX"
    return ("TIME", f"{day}T{hour:02d}:{minute:02d}")


def set_(match: re.Match[str], ctx: Context) -> Result | None:
    """``chaque semaine`` -> ``P1W``, ``tous les jeudis`` -> ``XXXX-WXX-4``."""
    amount = parse_number(match.group("num")) if match.group("num") else 1.0
    if amount is None:
        return None
    if match.group("wd"):
        return ("SET", f"XXXX-WXX-{WEEKDAYS[match.group('wd')]}")
    if match.group("part"):
        code = {"matin": "MO", "soir": "EV", "nuit": "NI"}[match.group("part")]
        return ("SET", f"XXXX-XX-XXT{code}")
    word = match.group("unit")
    if word.startswith("week-end"):
        return ("SET", "XXXX-WXX-WE")
    seasons = {"été": "SU", "hiver": "WI", "automne": "FA", "printemps": "SP"}
    for name, code in seasons.items():
        if word.startswith(name):
            return ("SET", f"XXXX-{code}")
    unit = unit_of(word)
    if unit is None:
        return None
    return ("SET", duration_value(amount, *unit))


def per_unit(match: re.Match[str], ctx: Context) -> Result | None:
    """``par an`` -> ``an`` tagged as the set ``P1Y``."""
    if match.group("unit") == "nuit":
        return ("SET", "XXXX-XX-XXTNI")
    unit = unit_of(match.group("unit"))
    return ("SET", duration_value(1.0, *unit)) if unit else None


def frequency(match: re.Match[str], ctx: Context) -> Result | None:
    """``annuel`` -> ``P1Y``."""
    return ("SET", FREQUENCY_WORDS[match.group("tx")])


def here(match: re.Match[str], ctx: Context) -> Result | None:
    """``ici`` of ``d'ici`` (until ...): the DCT, as the French TimeBank tags it."""
    return ("DATE", ctx.dct.isoformat()) if ctx.dct else None


def frequency_checked(match: re.Match[str], ctx: Context) -> Result | None:
    """``annuel``; not ``l'hebdomadaire`` (a weekly paper)."""
    if ctx.previous_word() in ("l", "le", "un", "les", "des", "cet"):
        return None
    return frequency(match, ctx)


def reference(match: re.Match[str], ctx: Context) -> Result | None:
    """``actuellement`` -> ``PRESENT_REF``, ``autrefois`` -> ``PAST_REF``."""
    return ("TIME", REFERENCE_WORDS[match.group("tx")])


HANDLERS: dict[str, Handler] = {
    "duration": duration, "last_duration": duration, "recent_units": recent_units,
    "recent_units_after": recent_units, "half_unit": half_unit, "term": term, "clock": clock,
    "clock_word": clock_word, "set": set_, "per_unit": per_unit, "frequency": frequency_checked,
    "reference": reference, "here": here,
}
