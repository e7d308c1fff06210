"""Time expressions: each class of expression with a fixed DCT, the stage, round trips."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storyline.analysis.pipeline import AnalysisState
from storyline.analysis.timex import STAGE, publication_date, tag, tag_doc
from storyline.analysis.timex_lexicon import MONTHS
from storyline.models import Document

DCT = dt.date(2025, 3, 20)  # a Thursday, ISO week 12
MONTH_NAMES = {number: name for name, number in MONTHS.items() if len(name) > 4 or name in (
    "mars", "mai", "juin", "août")}


def only(text: str, dct: dt.date | None = DCT) -> tuple[str, str, str]:
    """The single expression of ``text``: (span text, type, value)."""
    found = tag(text, dct)
    assert len(found) == 1, found
    return found[0].text, found[0].type, found[0].value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il est né le 14 mars 2025.", ("le 14 mars 2025", "DATE", "2025-03-14")),
        ("Publié le 14/03/2025.", ("14/03/2025", "DATE", "2025-03-14")),
        ("Manifestation le 1er mai 2024.", ("le 1er mai 2024", "DATE", "2024-05-01")),
        ("Le 10 novembre 93, un incendie.", ("Le 10 novembre 93", "DATE", "1993-11-10")),
        ("Daté 2025-03-02.", ("2025-03-02", "DATE", "2025-03-02")),
        ("Il a parlé le samedi 5 avril 2025.", ("le samedi 5 avril 2025", "DATE", "2025-04-05")),
    ],
)
def test_full_dates(text: str, expected: tuple[str, str, str]) -> None:
    assert only(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("lors d'une conférence le 19 mars", ("le 19 mars", "DATE", "2025-03-19")),
        ("Il viendra en mai.", ("mai", "DATE", "2025-05")),
        ("depuis leur avancée en août dernier", ("août dernier", "DATE", "2024-08")),
        ("reçu à Moscou le soir du 13 mars", ("le soir du 13 mars", "TIME", "2025-03-13TEV")),
        ("c'était en février 2022", ("février 2022", "DATE", "2022-02")),
        ("Les travaux reprendront mi-mars.", ("mi-mars", "DATE", "2025-03")),
        ("signé en juin prochain", ("juin prochain", "DATE", "2025-06")),
        ("au petit matin du 11 mars", ("petit matin du 11 mars", "TIME", "2025-03-11TMO")),
        ("dans la nuit du 13 au 14 mars", ("la nuit du 13 au 14 mars", "TIME", "2025-03-13TNI")),
    ],
)
def test_partial_dates(text: str, expected: tuple[str, str, str]) -> None:
    assert only(text) == expected


def test_month_names_and_day_ranges() -> None:
    assert only("Le mois de juin a été chaud.") == ("Le mois de juin", "DATE", "2025-06")
    found = tag("fermé du 3 au 6 avril", DCT)
    assert [(t.text, t.value) for t in found] == [("3", "2025-04-03"), ("6 avril", "2025-04-06")]


def test_a_day_far_from_the_dct_is_taken_in_the_nearest_year() -> None:
    assert only("le 2 décembre", dt.date(2025, 1, 10))[2] == "2024-12-02"
    assert only("le 2 février", dt.date(2024, 11, 10))[2] == "2025-02-02"


def test_months_of_a_sentence_take_the_year_it_wrote() -> None:
    found = tag("Deux ruptures en 97 (en janvier et en octobre).", dt.date(1999, 7, 29))
    assert [t.value for t in found] == ["1997", "1997-01", "1997-10"]


def test_a_weekday_picks_the_year_where_the_date_falls_on_it() -> None:
    found = tag("La saison 2002/2003 commence le jeudi 12 septembre.", dt.date(2002, 9, 10))
    assert found[-1].value == "2002-09-12"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il a parlé hier.", ("hier", "DATE", "2025-03-19")),
        ("avant-hier", ("avant-hier", "DATE", "2025-03-18")),
        ("aujourd'hui", ("aujourd'hui", "DATE", "2025-03-20")),
        ("Il partira demain.", ("demain", "DATE", "2025-03-21")),
        ("décédé hier matin", ("hier matin", "TIME", "2025-03-19TMO")),
        ("mardi dernier", ("mardi dernier", "DATE", "2025-03-18")),
        ("jeudi prochain", ("jeudi prochain", "DATE", "2025-03-27")),
        ("la semaine dernière", ("la semaine dernière", "DATE", "2025-W11")),
        ("le mois prochain", ("le mois prochain", "DATE", "2025-04")),
        ("il y a trois jours", ("il y a trois jours", "DATE", "2025-03-17")),
        ("il y a deux ans", ("il y a deux ans", "DATE", "2023")),
        ("un gel au début du mois", ("début du mois", "DATE", "2025-03")),
        ("en début de semaine", ("début de semaine", "DATE", "2025-W12")),
        ("cette année", ("cette année", "DATE", "2025")),
        ("l'an dernier", ("l'an dernier", "DATE", "2024")),
        ("l'année prochaine", ("l'année prochaine", "DATE", "2026")),
        ("ce week-end", ("ce week-end", "DATE", "2025-W12-WE")),
        ("l'été dernier", ("l'été dernier", "DATE", "2024-SU")),
        ("d'ici la fin de l'année", None),
    ],
)
def test_relative_expressions(text: str, expected: tuple[str, str, str] | None) -> None:
    if expected is None:
        assert [t.value for t in tag(text, DCT)] == ["2025-03-20", "2025"]
    else:
        assert only(text) == expected


def test_weekdays_follow_the_tense_when_given() -> None:
    assert only("vendredi")[2] == "2025-03-21"  # nearest Friday
    past = tag("Il a parlé vendredi.", DCT, tense=lambda start, end: "past")
    future = tag("Il parlera mardi.", DCT, tense=lambda start, end: "future")
    assert past[0].value == "2025-03-14"
    assert future[0].value == "2025-03-25"


def test_anaphoric_days_count_from_the_day_last_mentioned() -> None:
    found = tag("Le 24 mars, il est parti. Le lendemain matin, il a fui.", dt.date(2025, 4, 2))
    assert [t.value for t in found] == ["2025-03-24", "2025-03-25TMO"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("un cessez-le-feu dans les 30 jours", ("30 jours", "DURATION", "P30D")),
        ("les trois derniers mois", ("les trois derniers mois", "DURATION", "P3M")),
        ("en l'espace de 13 heures", ("13 heures", "DURATION", "PT13H")),
        ("pendant 24 heures", ("24 heures", "DURATION", "PT24H")),
        ("depuis trois ans", ("trois ans", "DURATION", "P3Y")),
        ("pendant deux semaines", ("deux semaines", "DURATION", "P2W")),
        ("vingt-quatre heures", ("vingt-quatre heures", "DURATION", "PT24H")),
        ("depuis plusieurs jours", ("plusieurs jours", "DURATION", "PXD")),
        ("environ deux mois", ("environ deux mois", "DURATION", "P2M")),
        ("un an et demi", ("un an et demi", "DURATION", "P1Y6M")),
        ("une demi-heure", ("une demi-heure", "DURATION", "PT30M")),
        ("ces dernières 24 heures", ("ces dernières 24 heures", "DURATION", "PT24H")),
        ("un quinquennat", ("quinquennat", "DURATION", "P5Y")),
    ],
)
def test_durations(text: str, expected: tuple[str, str, str]) -> None:
    assert only(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Théodore Monod, 97 ans, a parlé.", "un garçon de 12 ans", "âgée de 32 ans",
     "les moins de 17 ans", "pour la seconde fois", "un jour, il partira"],
)
def test_ages_and_non_durations_are_not_tagged(text: str) -> None:
    assert tag(text, DCT) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("à 14h30", ("14h30", "TIME", "2025-03-20T14:30")),
        ("vers 21 h 45", ("21 h 45", "TIME", "2025-03-20T21:45")),
        ("à 14 heures", ("14 heures", "TIME", "2025-03-20T14:00")),
        ("ce matin", ("ce matin", "TIME", "2025-03-20TMO")),
        ("vers midi", ("midi", "TIME", "2025-03-20T12:00")),
    ],
)
def test_times(text: str, expected: tuple[str, str, str]) -> None:
    assert only(text) == expected


def test_a_time_takes_the_day_of_its_sentence() -> None:
    found = tag("Rendez-vous le samedi 5 avril à 17 h.", DCT)
    assert found[-1].value == "2025-04-05T17:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("chaque semaine", ("chaque semaine", "SET", "P1W")),
        ("tous les jours", ("tous les jours", "SET", "P1D")),
        ("tous les deux ans", ("tous les deux ans", "SET", "P2Y")),
        ("tous les jeudis", ("tous les jeudis", "SET", "XXXX-WXX-4")),
        ("0,4 % par an", ("an", "SET", "P1Y")),
        ("le dîner annuel", ("annuel", "SET", "P1Y")),
    ],
)
def test_sets(text: str, expected: tuple[str, str, str]) -> None:
    assert only(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("depuis les années 60", ("les années 60", "DATE", "196X")),
        ("dans les années 1990", ("les années 1990", "DATE", "199X")),
        ("à la fin du XIXe siècle", ("la fin du XIXe siècle", "DATE", "18XX")),
        ("actuellement", ("actuellement", "TIME", "PRESENT_REF")),
        ("autrefois", ("autrefois", "TIME", "PAST_REF")),
        ("récemment", ("récemment", "TIME", "PAST_REF")),
        ("prochainement", ("prochainement", "TIME", "FUTURE_REF")),
        ("en été", ("été", "DATE", "XXXX-SU")),
        ("à Noël", ("Noël", "DATE", "2024-12-25")),
        ("la Pentecôte 2024", ("la Pentecôte 2024", "DATE", "2024-05-19")),
    ],
)
def test_decades_centuries_references_and_feasts(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert only(text) == expected


@pytest.mark.parametrize(
    "text",
    ["près de 2000 personnes", "il a été élu", "l'exercice Komodo 2025 commence",
     "Un journal paru le quotidien", "1 500 euros", "le numéro 2018", "la surface de Mars",
     "il habite près d'ici", "il a 30 ans", "24h/24"],
)
def test_look_alikes_are_not_tagged(text: str) -> None:
    assert tag(text, DCT) == []


def test_without_a_dct_unknown_parts_stay_x() -> None:
    assert only("hier", None)[2] == "XXXX-XX-XX"
    assert only("le 19 mars", None)[2] == "XXXX-03-19"
    assert only("le 19 mars 2024", None)[2] == "2024-03-19"


def test_offsets_point_into_the_original_text() -> None:
    text = "Le 4\u00a0juillet, il a parlé à Kiev’s ; hier encore."
    for timex in tag(text, DCT):
        assert text[timex.start : timex.end] == timex.text


dates = st.dates(min_value=dt.date(1500, 1, 1), max_value=dt.date(2099, 12, 31))


@given(dates)
def test_written_dates_round_trip(day: dt.date) -> None:
    text = f"Il est arrivé le {day.day} {MONTH_NAMES[day.month]} {day.year} à Paris."
    found = tag(text, DCT)
    assert [(t.text, t.value) for t in found] == [
        (f"le {day.day} {MONTH_NAMES[day.month]} {day.year}", day.isoformat())
    ]


@given(dates)
def test_numeric_dates_round_trip(day: dt.date) -> None:
    written = f"{day.day:02d}/{day.month:02d}/{day.year}"
    found = tag(f"Publié le {written}.", DCT)
    assert [(t.text, t.value) for t in found] == [(written, day.isoformat())]


@pytest.mark.parametrize(
    ("published", "expected"),
    [("2025-03-20", dt.date(2025, 3, 20)), ("2025-03-20T10:00:00", dt.date(2025, 3, 20)),
     ("2025-03", None), ("2025", None), (None, None), ("2025-02-30", None)],
)
def test_publication_date_needs_a_full_day(published: str | None, expected: dt.date | None) -> None:
    assert publication_date(published) == expected


def test_stage_uses_publication_date_and_tense(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Le ministre a parlé vendredi. Il reviendra mardi. Hier, il pleuvait."
    document = Document(id="d1", source="s", text=text, published="2025-03-20")
    state = STAGE.run(AnalysisState(document=document, doc=nlp(text)))
    assert STAGE.assigns == ("timexes",) and STAGE.requires == ("doc",)
    assert [(t.text, t.value) for t in state.timexes] == [
        ("vendredi", "2025-03-14"), ("mardi", "2025-03-25"), ("Hier", "2025-03-19")
    ]


def test_tense_from_the_parse_picks_the_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "En mai, le comité avait sanctionné le club."
    assert tag_doc(nlp(text), dt.date(2003, 2, 23))[0].value == "2002-05"
    assert tag(text, dt.date(2003, 2, 23))[0].value == "2003-05"  # nearest without tense
