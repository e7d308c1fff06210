"""Participants the words around a trigger give (event_frames.py, and the coordination rule
of event_roles.py): undergoing verbs, "grâce au soutien de X", "anti-X", inverted subjects."""

from __future__ import annotations

from typing import Any

from tests.analysis.test_event_participants import event_of


def test_subject_of_an_undergoing_verb_is_the_recipient(nlp: Any) -> None:
    text = ("Les rebelles voulaient prendre la ville de Gao et se sont heurtés à la résistance de "
            "l'armée malienne.")
    actors, recipients = event_of(nlp, text, "résistance")
    assert actors == {"Mali"}
    assert recipients == {"rebelles"}


def test_inverted_subject_of_a_relative_clause_undergoes_the_sentence(nlp: Any) -> None:
    text = "Un juge de Marseille doit décider, mardi, de la peine que devra purger le Belge Paul Durand."
    _, recipients = event_of(nlp, text, "décider")
    assert recipients == {"Paul Durand"}


def test_help_phrase_names_the_actors(nlp: Any) -> None:
    text = ("Des parachutages d'aide alimentaire au Darfour vont être effectués par des avions civils, "
            "grâce au concours de l'Italie et de l'Espagne, a indiqué le ministère.")
    actors, recipients = event_of(nlp, text, "parachutages")
    assert actors == {"Italie", "Espagne"}
    assert recipients == {"Darfour"}


def test_anti_prefix_names_what_a_protest_is_against(nlp: Any) -> None:
    text = "Nicolas Sarkozy est à Paris. Une grève anti-Sarkozy a paralysé la ville."
    _, recipients = event_of(nlp, text, "grève")
    assert recipients == {"Nicolas Sarkozy"}


def test_inverted_subjects_after_a_complement_relative_are_the_parties(nlp: Any) -> None:
    text = "Une initiative à laquelle sont étroitement associés la Fnac et Emmaüs, ainsi que les habitants."
    actors, _ = event_of(nlp, text, "associés")
    assert actors == {"Fnac", "Emmaüs"}


def test_subject_of_a_new_clause_is_not_coordinated_with_the_object(nlp: Any) -> None:
    text = ("Le Maroc «accepte les propositions des Nations unies» (les cinq membres permanents) et Alger "
            "«est d'accord pour qu'une mission soit envoyée».")
    actors, recipients = event_of(nlp, text, "accepte")
    assert actors == {"Maroc"}
    assert "Alger" not in recipients


def test_protest_verb_takes_the_target_of_the_protest_it_joins(nlp: Any) -> None:
    text = ("Jean-Marie Le Pen parle à Nice. Paul Durand manifestera aussi à la tête du cortège présent "
            "dans la manifestation anti-Le Pen.")
    actors, recipients = event_of(nlp, text, "manifestera")
    assert actors == {"Paul Durand"}
    assert recipients == {"Jean-Marie Le Pen"}


def test_parties_of_a_reciprocal_passive_without_agent_act(nlp: Any) -> None:
    actors, recipients = event_of(nlp, "La Caf est associée à la mairie dans ce projet.", "associée")
    assert actors == {"Caf"}
    assert "Caf" not in recipients


def test_a_threat_answers_the_act_its_subject_is_angry_about(nlp: Any) -> None:
    text = ("Les clubs de Ligue 1 Lens et Lille, mécontents des changements apportés par la Fédération "
            "française, ont menacé de boycotter le championnat.")
    _, recipients = event_of(nlp, text, "menacé")
    assert recipients == {"Fédération française"}


def test_clitic_before_an_inverted_subject_is_not_the_actor(nlp: Any) -> None:
    text = ("Les trois négociateurs doivent atterrir mardi à l'aéroport de Brest, où les accueillera "
            "la préfète Anne Morel.")
    actors, recipients = event_of(nlp, text, "accueillera")
    assert actors == {"Anne Morel"}
    assert "Anne Morel" not in recipients


def test_subject_inverted_after_object_que_is_the_actor(nlp: Any) -> None:
    text = "C'est un invité qu'accueillera Paul Durand."
    actors, recipients = event_of(nlp, text, "accueillera")
    assert actors == {"Paul Durand"}
    assert "Paul Durand" not in recipients
