"""Participants of event nouns and of cut-off objects: a cut-off object, patient nouns,
bracketed glosses, states undergone, reversals and accomplices (event_participants.py, event_nouns.py,
event_links.py)."""

from __future__ import annotations

from typing import Any

from tests.analysis.test_event_participants import event_of
from tests.analysis.test_events import analyse, names


def test_cut_off_object_is_the_recipient(nlp: Any) -> None:
    text = ("Le ministre Paul Garnier a reçu à Lyon, le matin du 5 juin, le chef de la diplomatie "
            "allemande Hans Müller.")
    actors, recipients = event_of(nlp, text, "reçu")
    assert actors == {"Paul Garnier"}
    assert recipients == {"Hans Müller"}


def test_bracketed_gloss_is_no_participant(nlp: Any) -> None:
    text = "Un juge de Lyon (Rhône) a inculpé hier le militant Marc Dubreuil."
    actors, recipients = event_of(nlp, text, "inculpé")
    assert "Rhône" not in actors
    assert recipients == {"Marc Dubreuil"}


def test_patient_noun_makes_its_genitive_the_recipient(nlp: Any) -> None:
    text = "Le parquet de Lille a obtenu l'inculpation de Jean Martin pour corruption."
    actors, recipients = event_of(nlp, text, "inculpation")
    assert "Jean Martin" not in actors
    assert recipients == {"Jean Martin"}


def test_release_noun_makes_its_genitive_the_recipient(nlp: Any) -> None:
    actors, recipients = event_of(nlp, "Le juge a ordonné la libération de Marc Stein.", "libération")
    assert "Marc Stein" not in actors
    assert recipients == {"Marc Stein"}


def test_agent_noun_keeps_its_genitive_as_actor(nlp: Any) -> None:
    text = "La Russie a condamné l'attaque de l'Ukraine contre Belgorod."
    actors, recipients = event_of(nlp, text, "attaque")
    assert actors == {"Ukraine"}


def test_owner_of_the_hostages_is_the_recipient(nlp: Any) -> None:
    actors, recipients = event_of(nlp, "La prise d'otages de l'Unesco à Genève a duré trois jours.", "prise")
    assert "Unesco" not in actors
    assert recipients == {"Unesco"}


def test_captivity_ended_by_a_release_is_undergone_by_the_released(nlp: Any) -> None:
    text = ("Les deux journalistes belges Anne Roux et Marc Dufour ont été libérés hier après trois mois "
            "de captivité au Sahel.")
    actors, recipients = event_of(nlp, text, "captivité")
    assert actors == set()
    assert recipients == {"Anne Roux", "Marc Dufour"}


def test_reversal_before_a_resumed_aid_has_its_parties(nlp: Any) -> None:
    text = "Le Canada a repris les livraisons d'armes à la Géorgie après une suspension de deux semaines."
    actors, recipients = event_of(nlp, text, "suspension")
    assert actors == {"Canada"}
    assert recipients == {"Géorgie"}


def test_an_announced_noun_is_done_by_the_announcer(nlp: Any) -> None:
    text = "Le Canada a annoncé l'envoi de 50 tonnes de secours au Soudan."
    actors, _ = event_of(nlp, text, "envoi")
    assert actors == {"Canada"}


def test_a_claimed_attack_is_done_by_the_claimer(nlp: Any) -> None:
    actors, _ = event_of(nlp, "Le groupe Wagner a revendiqué l'attentat de samedi.", "attentat")
    assert actors == {"Wagner"}


def test_the_host_of_a_summit_takes_part_in_it(nlp: Any) -> None:
    actors, _ = event_of(nlp, "La Norvège pourrait abriter un sommet sur le climat en octobre.", "sommet")
    assert actors == {"Norvège"}


def test_an_announced_attack_is_not_the_announcers(nlp: Any) -> None:
    actors, _ = event_of(nlp, "La Moldavie a annoncé une attaque contre une centrale électrique.", "attaque")
    assert actors == set()


def test_a_hosted_aid_is_not_the_hosts(nlp: Any) -> None:
    text = "Le Tchad a accueilli l'envoi d'aide du Canada."
    actors, _ = event_of(nlp, text, "envoi")
    assert "Tchad" not in actors


def test_a_visit_given_as_the_purpose_of_a_trip_is_held_by_the_traveller(nlp: Any) -> None:
    text = "Le chancelier Karl Weber est arrivé lundi à Lisbonne pour une visite de trois jours."
    found, table = analyse(nlp, text)
    assert [(e.type, names(e.actors, table), names(e.recipients, table)) for e in found] == [
        ("CONSULT", {"Karl Weber"}, set())]


def test_a_visit_in_the_frame_of_a_trip_is_held_by_the_traveller(nlp: Any) -> None:
    found, table = analyse(nlp, "Karl Weber est parti pour Lisbonne dans le cadre d'une visite officielle.")
    assert [(e.type, names(e.actors, table)) for e in found] == [("CONSULT", {"Karl Weber"})]


def test_a_trip_en_visite_is_one_visit_of_the_traveller(nlp: Any) -> None:
    found, table = analyse(nlp, "Le ministre Paul Martin s'est rendu en visite officielle à Lisbonne.")
    assert [(e.trigger, e.type, names(e.actors, table)) for e in found] == [
        ("s'est rendu", "CONSULT", {"Paul Martin"})]


def test_a_noun_marked_patient_makes_its_genitive_the_recipient(nlp: Any) -> None:
    text = "La police réclame des témoignages sur l'assassinat de Pierre Lemaire à Nantes."
    actors, recipients = event_of(nlp, text, "assassinat")
    assert "Pierre Lemaire" not in actors
    assert recipients == {"Pierre Lemaire"}


def test_a_refusal_on_an_offered_noun_answers_the_offerer(nlp: Any) -> None:
    text = "Le ministre Jean Dupont a suggéré une trêve, que Moscou a rejetée."
    actors, recipients = event_of(nlp, text, "rejetée")
    assert actors == {"Moscou"}
    assert recipients == {"Jean Dupont"}


def test_a_delivery_of_weapons_is_aid_without_a_named_recipient(nlp: Any) -> None:
    text = "Le ministre suédois a annoncé la livraison de six systèmes de défense antiaérienne."
    found, _ = analyse(nlp, text)
    assert [e.trigger for e in found if e.type == "AID"] == ["livraison"]
    found, _ = analyse(nlp, "Le ministre a annoncé la livraison de six nouveaux chars.")
    assert [e.trigger for e in found if e.type == "AID"] == ["livraison"]
    found, _ = analyse(nlp, "La livraison des colis a été retardée par la grève.")
    assert not [e for e in found if e.type == "AID"]
