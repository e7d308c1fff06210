"""Regular expressions that find French time expressions in lower-cased text.

Each rule is a name and a pattern; the named group ``tx`` (or the whole match when there is
none) is the span that gets tagged, so a pattern may read words around it (``en mai``:
``mai`` is tagged, ``en`` is not, as the French TimeBank does). Rules run on the text after
:func:`normalise`, which keeps every offset.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from storyline.analysis.timex_lexicon import (
    EASTER_HOLIDAYS,
    FIXED_HOLIDAYS,
    FREQUENCY_WORDS,
    MONTHS,
    REFERENCE_WORDS,
    TERM_NOUNS,
    WEEKDAYS,
)
from storyline.analysis.timex_numbers import NUMBER, NUMBER_WORDS


def _alternation(words: Iterable[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


def normalise(text: str) -> str:
    """Lower-case ``text`` and unify apostrophes and spaces, keeping its length."""
    out = []
    for char in text:
        low = char.lower()
        if len(low) != 1:
            low = char
        if low in "’‘`´ʼ":
            low = "'"
        elif low in "\u00a0\u202f\u2009\t":
            low = " "
        elif low in "‐‑–":
            low = "-"
        out.append(low)
    return "".join(out)


E = r"(?!\w)"  # end of a word
B = r"(?<!\w)"  # start of a word
S = r"[ ]"  # one space

_FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in ("mars", "mai", "juin", "août", "aout")]
_ABBREVIATED = [m for m in MONTHS if m not in _FULL_MONTHS]
MONTH = rf"(?:{_alternation(_FULL_MONTHS)}|{_alternation(_ABBREVIATED)}\.)"
WEEKDAY = _alternation(WEEKDAYS)
DAY = r"(?:1er|1re|premier|[12]\d|3[01]|0?[1-9])"
YEAR = r"(?:1[5-9]\d\d|20\d\d)"
# A two-digit year is only taken where nothing can follow it (``octobre 98.``).
SHORT_YEAR = r"'?\d\d(?=[ ]?[,.;:)]|[ ]et[ ]|[ ]*$)"
PART = (
    r"(?:matin|après-midi|apres-midi|soir|midi"
    r"|(?:dans|en|durant|pendant)[ ](?:la|l')[ ]?(?:soirée|matinée|nuit|journée|après-midi))"
)
REL = r"(?:derni(?:er|ère)s?|prochaine?s?|passée?s?|précédente?|suivante?)"
UNIT = (
    r"(?:secondes?|minutes?|heures?|jours?|journées?|semaines?|mois|ans|an|années?"
    r"|décennies?|siècles?|trimestres?|semestres?)"
)
QUANTITY = (
    rf"(?:{NUMBER}|quelques|plusieurs|des|de[ ]nombreu(?:x|ses)|de[ ]longue?s"
    r"|une?[ ](?:dizaine|quinzaine|vingtaine|trentaine|centaine)[ ]d(?:e[ ]|'))"
)
MODIFIER = (
    r"(?:environ|près[ ]de|plus[ ]de|moins[ ]de|au[ ]moins|au[ ]plus|quelque|presque"
    r"|pas[ ]moins[ ]de|un[ ]peu[ ]plus[ ]de|un[ ]peu[ ]moins[ ]de|une[ ]bonne|un[ ]bon"
    r"|à[ ]peine|plus[ ]d'une?|moins[ ]d'une?)"
)
EDGE = r"(?:début|fin|milieu|mi|courant)"
_HOLIDAYS = _alternation([*FIXED_HOLIDAYS, *EASTER_HOLIDAYS])


@dataclass(frozen=True)
class Rule:
    """A named pattern; the tagger turns its matches into values by the name."""

    name: str
    pattern: re.Pattern[str]


def _rule(name: str, pattern: str) -> Rule:
    return Rule(name, re.compile(pattern))


RULES: tuple[Rule, ...] = (
    _rule(
        "date",
        rf"{B}(?P<tx>(?:(?P<det>le|ce){S})?(?:(?P<wd>{WEEKDAY}),?{S})?(?P<day>{DAY}){S}"
        rf"(?P<month>{MONTH})(?:,?{S}(?:(?P<year>{YEAR})|(?P<year2>{SHORT_YEAR})))?"
        rf"(?:{S}(?P<rel>{REL}))?){E}",
    ),
    _rule(
        "numeric_date",
        r"(?<![\d/.])(?P<tx>(?P<day>[0-3]?\d)(?P<sep>[/.])(?P<month>[01]?\d)(?P=sep)"
        r"(?P<year>\d{4}|\d{2}))(?![\d/]|\.\d)",
    ),
    _rule("iso_date", r"(?<![\d-])(?P<tx>(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d))(?!\d)"),
    _rule(
        "part_of_date",
        rf"{B}(?P<tx>(?:(?:le|la|l'){S}?)?(?P<part>petit{S}matin|matin|soir|soirée|matinée|nuit"
        rf"|après-midi){S}(?:du|de{S}ce|de{S}cet|de{S}cette){S}(?:(?P<wd>{WEEKDAY}){S})?"
        rf"(?P<day>{DAY}){S}(?P<month>{MONTH})(?:{S}(?P<year>{YEAR}))?){E}",
    ),
    _rule(
        "night_of_days",
        rf"{B}(?P<tx>(?:la{S})?(?P<part>nuit){S}du{S}(?P<day>{DAY}){S}au{S}{DAY}{S}"
        rf"(?P<month>{MONTH})(?:{S}(?P<year>{YEAR}))?){E}",
    ),
    _rule(
        "night_of_weekdays",
        rf"{B}(?P<tx>(?:la{S})?(?P<part>nuit){S}de{S}(?P<wd>{WEEKDAY}){S}à{S}{WEEKDAY}"
        rf"(?:{S}(?P<rel>dernier|prochain))?){E}",
    ),
    _rule(
        "month_year",
        rf"{B}(?P<tx>(?:(?P<edge>{EDGE})[ -](?:de{S}|d')?)?(?:(?:le{S})?mois{S}d(?:e{S}|'))?"
        rf"(?P<month>{MONTH}){S}(?:de{S}l'année{S})?(?:(?P<year>{YEAR})|(?P<year2>{SHORT_YEAR})))"
        rf"{E}",
    ),
    _rule(
        "month",
        rf"(?:{B}(?:en|de|d'|du|depuis|dès|jusqu'en|entre|et|ou|à{S}partir{S}de|avant|après|pour"
        rf"|au)[ ]|-)(?P<tx>(?:(?:le{S})?mois{S}d(?:e{S}|'))?(?P<month>{MONTH})"
        rf"(?:{S}(?P<rel>{REL}))?){E}",
    ),
    _rule(
        "month_edge",
        rf"{B}(?P<tx>(?P<edge>{EDGE})[ -](?:de{S}|d')?(?P<month>{MONTH})(?:{S}(?P<rel>{REL}))?){E}",
    ),
    _rule(
        "month_named",
        rf"{B}(?P<tx>(?:le{S})?mois{S}d(?:e{S}|')(?P<month>{MONTH})(?:{S}(?P<rel>{REL}))?){E}",
    ),
    _rule(  # "du 3 au 6 avril", "les 3 et 4 mai": the first day takes the month of the second
        "day_range",
        rf"{B}(?:du|les|entre{S}le){S}(?P<tx>(?P<day>{DAY})){S}(?:au|et){S}(?:le{S})?{DAY}{S}"
        rf"(?P<month>{MONTH})(?:{S}(?P<year>{YEAR}))?{E}",
    ),
    _rule("month_rel", rf"{B}(?P<tx>(?P<month>{MONTH}){S}(?P<rel>{REL})){E}"),
    _rule(
        "year",
        rf"{B}(?P<tx>(?:(?:l'année|l'an|année){S})?(?:(?P<edge>{EDGE})[ -](?:de{S}l'année{S})?)?"
        rf"(?P<year>{YEAR})){E}",
    ),
    _rule("short_year", rf"{B}en{S}(?P<tx>(?P<year2>\d\d))(?=[ ]?[,.;:)(]|[ ]et[ ])"),
    _rule(
        "decade",
        rf"{B}(?P<tx>(?:les{S}|(?P<edge>début|fin|milieu){S}des{S})?années{S}"
        r"(?P<decade>(?:19|20)?\d0|vingt|trente|quarante|cinquante|soixante(?:-dix)?"
        r"|quatre-vingts?(?:-dix)?))(?:'|s)?(?!\w)",
    ),
    _rule(
        "century",
        rf"{B}(?P<tx>(?:(?:la|le){S})?(?:(?P<edge>début|fin|milieu){S}(?:du|de){S})?(?:le{S})?"
        r"(?P<century>[xvi]+|\d{1,2})(?:e|è|ème|eme|ᵉ)[ ]+siècle)(?!\w)",
    ),
    _rule("century_rel", rf"{B}(?P<tx>(?P<det>le|ce){S}siècle(?:{S}(?P<rel>dernier|prochain))?){E}"),
    _rule(
        "relative_day",
        rf"{B}(?P<tx>(?P<word>avant-hier|après-demain|aujourd'hui|hier|demain)(?:,?{S}"
        rf"(?P<wd>{WEEKDAY}))?(?:{S}(?:au{S})?(?P<part>{PART}))?){E}",
    ),
    _rule(
        "this_part",
        rf"{B}(?P<tx>(?:ce|cet|cette){S}(?P<part>matin|après-midi|soir|nuit|matinée|soirée)){E}",
    ),
    _rule(
        "anaphoric_day",
        rf"{B}(?P<tx>(?:(?:le|la){S})?(?P<word>lendemain|surlendemain|veille|avant-veille)"
        rf"(?:{S}(?:au{S})?(?P<part>matin|soir|après-midi|midi))?){E}",
    ),
    _rule(
        "bare_part",
        rf"{B}(?P<tx>(?:la|l'){S}?(?P<part>soirée|matinée|nuit|après-midi)"
        rf"|(?P<edge>fin|début){S}d(?:e{S}|'){S}?(?P<part2>soirée|matinée|après-midi|journée)){E}",
    ),
    _rule(
        "weekday",
        rf"{B}(?P<tx>(?:(?P<det>le|ce|ce{S}même){S})?(?P<wd>{WEEKDAY})"
        rf"(?:{S}(?P<rel>dernier|prochain|passé|suivant|précédent|qui{S}vient))?"
        rf"(?:{S}(?P<part>{PART}))?){E}",
    ),
    _rule(
        "relative_unit",
        rf"{B}(?P<tx>(?P<det>la|le|l'|cette|ce|cet){S}?(?P<unit>semaine|mois|année|an|week-end"
        rf"|weekend|trimestre|décennie|été|hiver|printemps|automne)(?:-ci)?"
        rf"(?:{S}(?P<rel>{REL}|en{S}cours|courante?))?){E}",
    ),
    _rule(
        "edge_unit",
        rf"{B}(?P<tx>(?:(?:la|le){S})?(?P<edge>début|fin|milieu|mi)[ -](?:de{S}la{S}|de{S}l'|du{S}"
        rf"|de{S}|d')?(?:(?P<det>cette|ce|cet){S})?(?P<unit>semaine|mois|année|an)"
        rf"(?:{S}(?P<rel>{REL}|en{S}cours))?){E}",
    ),
    _rule(
        "season",
        rf"{B}(?:(?P<prep>en|comme|au){S})?(?P<tx>(?:(?:les{S})?mois{S}d'{S}?)?"
        rf"(?P<season>printemps|été|automne|hiver)(?:{S}(?P<year>{YEAR}))?){E}",
    ),
    _rule(
        "ago",
        rf"{B}(?P<tx>il{S}y{S}a{S}(?:{MODIFIER}{S})?(?P<num>{NUMBER}){S}(?P<unit>{UNIT})){E}",
    ),
    _rule(
        "duration",
        rf"{B}(?P<tx>(?:(?P<mod>{MODIFIER}){S})?(?P<num>{QUANTITY}){S}?(?:(?P<last2>{REL}){S})?"
        rf"(?P<unit>{UNIT})(?:{S}et{S}(?P<half>demie?))?){E}",
    ),
    _rule(  # "ces dernières 24 heures", "les trois derniers mois": the article is tagged too
        "last_duration",
        rf"{B}(?P<tx>(?:(?P<mod>{MODIFIER}){S})?(?P<det>les|ces){S}(?:(?P<last>{REL}){S})?"
        rf"(?P<num>{QUANTITY}){S}?(?:(?P<last2>{REL}){S})?(?P<unit>{UNIT})){E}",
    ),
    _rule(
        "recent_units",
        rf"{B}(?P<tx>(?:ces|les){S}(?P<last>{REL}){S}(?P<unit>{UNIT})){E}",
    ),
    _rule(
        "recent_units_after",
        rf"{B}(?:des|aux){S}(?P<tx>(?P<last>{REL}){S}(?P<unit>{UNIT})){E}",
    ),
    _rule(
        "half_unit",
        rf"{B}(?P<tx>(?:(?P<mod>{MODIFIER}){S})?une?{S}demi-(?P<unit>heure|journée|siècle|saison)){E}",
    ),
    _rule("term", rf"{B}(?P<tx>{_alternation(TERM_NOUNS)}){E}"),
    _rule(
        "clock",
        r"(?<![\w,.])(?P<tx>(?P<hour>[01]?\d|2[0-4])[ ]?(?P<sep>h|:|heures?)[ ]?(?P<minute>[0-5]\d)?"
        r"(?:[ ](?P<part>du[ ]matin|du[ ]soir|de[ ]l'après-midi))?)(?![\w:/])",
    ),
    _rule(
        "clock_word",
        rf"{B}(?:à|vers|dès|jusqu'à|avant|après|de|entre|et|ce){S}(?P<tx>(?P<word>midi|minuit)"
        rf"(?:{S}(?P<minute>[0-5]\d|et{S}demie|et{S}quart))?){E}",
    ),
    _rule(
        "set",
        rf"{B}(?P<tx>(?P<q>chaque|tous{S}les|toutes{S}les){S}(?:(?P<num>{NUMBER}){S})?"
        rf"(?P<unit>{UNIT}|(?P<wd>{WEEKDAY})s?|(?P<part>matin|soir|nuit)s?|week-ends?"
        rf"|étés?|hivers?|automnes?|printemps)){E}",
    ),
    _rule("per_unit", rf"{B}par{S}(?P<tx>(?P<unit>an|jour|mois|semaine|heure|minute|année|nuit)){E}"),
    _rule(  # "d'ici le 30 juin", "d'ici à dix ans", "d'ici là"; not "près d'ici"
        "here",
        r"(?<!\w)d'(?P<tx>ici)(?=[ ](?:à|au|là|la[ ]fin|le|l'|les|\d|demain|fin|début|mi-"
        r"|[a-zéû-]+[ ](?:ans|jours|mois|semaines|heures|minutes)(?!\w)))",
    ),
    _rule("frequency", rf"{B}(?P<tx>{_alternation(FREQUENCY_WORDS)}){E}"),
    _rule("reference", rf"{B}(?P<tx>{_alternation(REFERENCE_WORDS)}){E}"),
    _rule(
        "holiday",
        rf"{B}(?P<tx>(?:(?:le|la|l'){S}?)?(?P<holiday>{_HOLIDAYS})"
        rf"(?:{S}(?:de{S}|d')?(?P<year>{YEAR}))?){E}",
    ),
)

__all__ = ["NUMBER_WORDS", "RULES", "Rule", "normalise"]
