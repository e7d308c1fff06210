"""French calendar words for the time-expression tagger: months, days, units, numbers."""

from __future__ import annotations

import json
from importlib import resources

from storyline.errors import ModelError

_WORDS_FILE = "timex_words.json"

MONTHS: dict[str, int] = {
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fév": 2, "mars": 3,
    "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8,
    "septembre": 9, "sept": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11,
    "décembre": 12, "decembre": 12, "déc": 12, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6, "dimanche": 7,
}
SEASONS: dict[str, str] = {
    "printemps": "SP", "été": "SU", "ete": "SU", "automne": "FA", "hiver": "WI",
}
# Parts of the day as TimeML writes them after ``T``.
DAY_PARTS: dict[str, str] = {
    "matin": "MO", "matinée": "MO", "petit matin": "MO", "après-midi": "AF", "soir": "EV",
    "soirée": "EV", "nuit": "NI", "journée": "DT", "midi": "12:00", "minuit": "24:00",
}
# Duration units: TimeML letter and whether it belongs after ``T`` (clock units).
UNITS: dict[str, tuple[str, bool]] = {
    "seconde": ("S", True), "minute": ("M", True), "heure": ("H", True),
    "jour": ("D", False), "journée": ("D", False), "semaine": ("W", False),
    "mois": ("M", False), "an": ("Y", False), "année": ("Y", False),
    "décennie": ("DE", False), "siècle": ("CE", False), "trimestre": ("Q", False),
}
# Terms of office and similar nouns that name a fixed duration.
TERM_NOUNS: dict[str, str] = {"quinquennat": "P5Y", "septennat": "P7Y"}
# Words of frequency (``un dîner annuel``) and the period they repeat on.
FREQUENCY_WORDS: dict[str, str] = {
    "annuel": "P1Y", "annuelle": "P1Y", "annuels": "P1Y", "annuelles": "P1Y",
    "mensuel": "P1M", "mensuelle": "P1M", "mensuels": "P1M", "mensuelles": "P1M",
    "hebdomadaire": "P1W", "hebdomadaires": "P1W",
    "annuellement": "P1Y",
    "mensuellement": "P1M", "quotidiennement": "P1D",
}
# Words that point at the present, the past or the future without a date.
REFERENCE_WORDS: dict[str, str] = {
    "actuellement": "PRESENT_REF", "maintenant": "PRESENT_REF", "désormais": "PRESENT_REF",
    "dorénavant": "PRESENT_REF", "à présent": "PRESENT_REF", "pour l'instant": "PRESENT_REF",
    "pour le moment": "PRESENT_REF", "en ce moment": "PRESENT_REF",
    "à l'heure actuelle": "PRESENT_REF", "de nos jours": "PRESENT_REF",
    "à l'heure où nous écrivons": "PRESENT_REF",
    "autrefois": "PAST_REF", "auparavant": "PAST_REF", "jadis": "PAST_REF",
    "naguère": "PAST_REF", "récemment": "PAST_REF", "dernièrement": "PAST_REF",
    "dans le passé": "PAST_REF", "par le passé": "PAST_REF",
    "prochainement": "FUTURE_REF", "bientôt": "FUTURE_REF",
    "dans un avenir proche": "FUTURE_REF",
    "dans le futur": "FUTURE_REF", "à une date ultérieure": "FUTURE_REF",
    "sous peu": "FUTURE_REF",
}
# Fixed-date holidays (month, day), without their article.
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "noël": (12, 25), "toussaint": (11, 1), "jour de l'an": (1, 1), "nouvel an": (1, 1),
    "saint-sylvestre": (12, 31), "saint-valentin": (2, 14), "fête nationale": (7, 14),
}
# Moveable feasts: days after Easter Sunday.
EASTER_HOLIDAYS: dict[str, int] = {
    "pâques": 0, "lundi de pâques": 1, "ascension": 39, "jeudi de l'ascension": 39,
    "pentecôte": 49, "lundi de pentecôte": 50, "vendredi saint": -2, "mardi gras": -47,
    "mercredi des cendres": -46,
}


def _word_list(name: str) -> frozenset[str]:
    try:
        text = resources.files("storyline.data").joinpath(_WORDS_FILE).read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise ModelError(
            f"data file storyline/data/{_WORDS_FILE} is missing: reinstall storyline "
            "(pip install -e .) so its package data is present"
        ) from exc
    words: list[str] = json.loads(text)[name]
    return frozenset(words)


# Nouns for people: ``un garçon de 12 ans`` states an age, not a duration.
PERSON_NOUNS = _word_list("person_nouns")
# Nouns that a number labels rather than dates (``le numéro 2018``, ``la route 1950``).
LABEL_NOUNS = _word_list("label_nouns")
# Words that may follow a year without making it a quantity (``en 2018 à Helsinki``).
FUNCTION_WORDS = _word_list("function_words")
# Words before a year that make it one even when a noun follows (``depuis 1998 les prix``).
YEAR_CUES = _word_list("year_cues")

ROMAN: dict[str, int] = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "m": 1000}


def roman_to_int(text: str) -> int | None:
    """Value of a Roman numeral (``xix`` -> 19), ``None`` when ``text`` is not one."""
    total = 0
    previous = 0
    for char in reversed(text.lower()):
        value = ROMAN.get(char)
        if value is None:
            return None
        total += -value if value < previous else value
        previous = max(previous, value)
    return total or None
