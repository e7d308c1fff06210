"""Dates and modality of events told in the frame of another clause or sentence, and of attempts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from storyline.analysis import timex
from storyline.analysis.event_lexicon import EventLexicon, load_event_lexicon
from storyline.analysis.events import extract_events
from storyline.evaluation.quotes import stand_in_entities
from storyline.models import EventMention

from .test_events import analyse


def parsed_with_break(nlp: Any, text: str, word: str) -> Any:
    """``text`` parsed with a sentence forced to start at ``word``, as the parser does at times."""
    doc = nlp.make_doc(text)
    start = next(t.i for t in doc if t.text == word)
    for token in doc:
        token.is_sent_start = token.i in (0, start)
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def dated(found: list[EventMention]) -> list[tuple[str, str | None, str]]:
    return [(e.type, e.date, e.modality) for e in found]


def test_a_purpose_infinitive_takes_the_date_and_tense_of_its_verb(nlp: Any) -> None:
    found, _ = analyse(nlp, "Les syndicats défileront lundi à Lyon afin de protester contre la réforme.")
    assert dated(found) == [("PROTEST", "2025-03-24", "future")]
    found, _ = analyse(nlp, "Le préfet ira à Nantes mardi pour y rencontrer les grévistes.")
    assert dated(found) == [("CONSULT", "2025-03-25", "future")]


def test_a_purpose_cut_off_its_sentence_by_the_parser(nlp: Any) -> None:
    text = "La députée sera à Nantes samedi 4 mai afin d'y manifester contre la réforme."
    doc = parsed_with_break(nlp, text, "afin")
    assert len(list(doc.sents)) == 2
    found, _ = analyse(lambda _: doc, text, published="2002-04-30")
    assert dated(found) == [("PROTEST", "2002-05-04", "future")]


def test_a_past_infinitive_of_reason_keeps_no_date(nlp: Any) -> None:
    found, _ = analyse(nlp, "Trois hommes ont été arrêtés lundi pour avoir attaqué un policier.")
    assert dated(found) == [("COERCE", "2025-03-17", "asserted"), ("ASSAULT", None, "asserted")]


def test_a_hypothetical_event_has_no_date_of_its_own(nlp: Any) -> None:
    text = "Le ministre a estimé hier que rien ne justifiait aujourd'hui une attaque contre le pays."
    found, _ = analyse(nlp, text)
    assert dated(found) == [("ASSAULT", None, "hypothetical")]


def test_an_act_told_as_following_at_once_takes_the_date_of_the_sentence_before(nlp: Any) -> None:
    fired = "Le président a limogé hier son ministre. "
    found, _ = analyse(nlp, fired + "Son successeur a aussitôt engagé des négociations avec les syndicats.")
    assert dated(found) == [("CONSULT", "2025-03-19", "asserted")]
    found, _ = analyse(nlp, fired + "Son successeur a engagé des négociations avec les syndicats.")
    assert dated(found) == [("CONSULT", None, "asserted")]


def test_a_verdict_takes_the_date_of_the_hearing_told_before(nlp: Any) -> None:
    text = ("L'ancien maire comparaissait lundi devant le tribunal pour fraude. Ses avocats ont "
            "longuement plaidé. Le tribunal a condamné l'ancien maire à deux ans de prison.")
    found, _ = analyse(nlp, text)
    assert dated(found) == [("COERCE", "2025-03-17", "asserted")]


def test_an_attempt_is_an_act_not_a_hypothesis(nlp: Any) -> None:
    found, _ = analyse(nlp, "Les rebelles ont tenté hier d'attaquer la caserne.")
    assert dated(found) == [("ASSAULT", "2025-03-19", "asserted")]
    found, _ = analyse(nlp, "Le porte-parole a déclaré que les soldats tentaient d'entrer dans la ville.")
    assert dated(found) == [("ASSAULT", None, "reported")]


def test_a_finite_adverbial_clause_keeps_its_own_modality(nlp: Any) -> None:
    found, _ = analyse(nlp, "Quand les rebelles ont attaqué la caserne, le gouvernement souhaitait négocier.")
    assert dated(found) == [("ASSAULT", None, "asserted"), ("CONSULT", None, "hypothetical")]


def test_a_year_after_a_name_dates_the_noun_it_closes(nlp: Any) -> None:
    text = "Le chef du commando, auteur de l'attaque de l'OTAN en 1999, doit être extradé demain."
    found, _ = analyse(nlp, text)
    assert ("ASSAULT", "1999", "historical") in dated(found)


def test_a_noun_of_an_earlier_year_is_historical_under_a_plan(nlp: Any) -> None:
    found, _ = analyse(nlp, "Le ministre prévoit de recevoir les victimes de l'attaque de l'OTAN en 1999.")
    assert dated(found) == [("CONSULT", None, "planned"), ("ASSAULT", "1999", "historical")]


def test_an_anniversary_dates_what_it_marks(nlp: Any) -> None:
    text = "Des milliers de personnes ont défilé hier pour le 30e anniversaire du bombardement de la ville."
    found, _ = analyse(nlp, text)
    assert ("ASSAULT", "1995", "historical") in dated(found)


def test_a_second_date_right_after_a_clause_is_the_clause_s(nlp: Any) -> None:
    text = ("Trois jeunes ont été interpellés lundi pour avoir frappé un voisin pendant deux heures "
            "il y a une semaine.")
    found, _ = analyse(nlp, text)
    assert dated(found) == [("COERCE", "2025-03-17", "asserted"), ("ASSAULT", "2025-03-13", "asserted")]


def test_a_week_ago_is_made_exact_by_the_day_written_out_later(nlp: Any) -> None:
    text = ("Deux hommes ont été arrêtés samedi pour avoir agressé un passant il y a une semaine. "
            "Le 14 mars, ils avaient passé la soirée dans un bar.")
    found, _ = analyse(nlp, text)
    assert dated(found)[:2] == [("COERCE", "2025-03-15", "asserted"), ("ASSAULT", "2025-03-14", "asserted")]


def test_a_later_statement_of_the_same_speaker_and_its_setting_take_the_first_one_s_date(nlp: Any) -> None:
    text = ("La ministre a estimé hier que la situation restait grave. « Nous sommes inquiets », "
            "a-t-elle déclaré à l'issue d'une réunion avec ses homologues.")
    found, _ = analyse(nlp, text)
    assert dated(found) == [("CONSULT", "2025-03-19", "asserted")]


def test_an_act_told_as_coming_next_goes_on_the_scene_last_dated(nlp: Any) -> None:
    scene = "Les cambrioleurs sont entrés lundi dans la maison. Ils ont fouillé les chambres. "
    found, _ = analyse(nlp, scene + "Puis ils ont frappé le gardien.")
    assert dated(found) == [("ASSAULT", "2025-03-17", "asserted")]
    found, _ = analyse(nlp, scene + "Ils ont frappé le gardien.")
    assert dated(found) == [("ASSAULT", None, "asserted")]


def test_the_hypothetical_words_of_a_user_lexicon_lend_no_date(nlp: Any, tmp_path: Path) -> None:
    text = "Les rebelles projetaient hier d'attaquer la caserne."
    doc = nlp(text)
    entities, mentions = stand_in_entities(doc)
    timexes = tuple(timex.tag_doc(doc, timex.publication_date("2025-03-20")))
    bundled = load_event_lexicon()
    user = tmp_path / "mine.json"
    hypothetical = sorted(bundled.modality["hypothetical"] | {"projeter"})
    user.write_text(json.dumps({"modality": {"hypothetical": hypothetical}}), encoding="utf-8")

    def dates_with(lexicon: EventLexicon) -> list[str | None]:
        return [e.date for e in extract_events(doc, entities, mentions, timexes, "2025-03-20",
                                               lexicon=lexicon)]

    assert dates_with(bundled) == ["2025-03-19"]
    assert dates_with(load_event_lexicon(str(user))) == [None]


def test_being_in_agreement_takes_the_date_of_the_report_after_it(nlp: Any) -> None:
    """The parse hangs "d'accord" off the verb before it, whose incise dates the clause."""
    text = ("Le Portugal « rejette ces principes » et Lisbonne « est d'accord pour que le Conseil de "
            "l'Europe adopte une résolution », a indiqué hier soir un communiqué de la présidence.")
    events, _ = analyse(nlp, text)
    assert [e.date for e in events if e.type == "AGREE"] == ["2025-03-19"]
