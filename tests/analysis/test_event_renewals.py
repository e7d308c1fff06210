"""An act renewed by an `again` light verb, and a noun naming again the act of an earlier verb,
on short made-up French texts."""

from __future__ import annotations

from typing import Any

from tests.analysis.test_event_restatements import FILLER
from tests.analysis.test_events import analyse, names


def test_a_renewed_act_naming_nobody_takes_the_recipients_of_its_earlier_act(nlp: Any) -> None:
    text = ("Le 3 avril, Marc Dupont a torturé Paul Martin dans une cave de Rennes. "
            "Puis Marc Dupont l'a emmené dans un garage, où il a renouvelé les tortures.")
    found, table = analyse(nlp, text)
    renewed = [e for e in found if e.trigger.startswith("a renouvelé")]
    assert len(renewed) == 1, found
    assert names(renewed[0].actors, table) == {"Marc Dupont"}
    assert names(renewed[0].recipients, table) == {"Paul Martin"}


def test_the_noun_of_an_earlier_verb_names_its_act_again(nlp: Any) -> None:
    text = ("Les juges ont salué la décision de la Cour pénale internationale d'inculper le chef rebelle.\n\n"
            "L'inculpation de Joseph Kabila risque de compliquer les négociations.")
    found, table = analyse(nlp, text)
    accusations = [e for e in found if e.type == "ACCUSE"]
    assert [e.trigger for e in accusations] == ["inculper"], found
    assert names(accusations[0].recipients, table) == {"Joseph Kabila"}


def test_two_arrests_of_two_people_stay_two_events(nlp: Any) -> None:
    text = ("Le 3 avril, la police a arrêté Paul Martin à Lyon.\n\n"
            "L'arrestation de Jean Moreau a eu lieu le même jour à Lyon.")
    found, _ = analyse(nlp, text)
    assert [e.type for e in found].count("COERCE") == 2, found


def test_a_possessive_talks_noun_gives_its_partners_to_bare_talks_before(nlp: Any) -> None:
    """ "les résultats des négociations à Genève … ses négociations avec X": one event, with X."""
    text = (f"{FILLER}\n\nLe gouvernement a accueilli avec prudence les résultats des négociations à "
            "Genève.\n\nLe médiateur Kofi Annan, qui s'est rendu hier à Genève, s'est dit satisfait "
            "de ses négociations avec le ministre Jean Dupont.")
    found, table = analyse(nlp, text)
    assert [(e.trigger, e.type, e.date) for e in found] == [("négociations", "CONSULT", "2025-03-19")]
    assert [table[k] for k in found[0].actors] == ["Kofi Annan"]
    assert [table[k] for k in found[0].recipients] == ["Jean Dupont"]
