"""The mode of an event from the words around its trigger, on short made-up French texts."""

from __future__ import annotations

from typing import Any

from tests.analysis.test_events import analyse


def test_a_shootdown_has_no_mode_of_the_weapons_it_downs(nlp: Any) -> None:
    text = ("La défense aérienne moldave a abattu deux drones au-dessus de Chisinau. "
            "La marine grecque a intercepté 8 de ces missiles. "
            "L'armée russe a attaqué Soumy avec des drones.")
    found, _ = analyse(nlp, text)
    assert [(e.trigger, e.mode) for e in found if e.type == "ASSAULT"] == [
        ("a abattu", None), ("a intercepté", None), ("a attaqué", "drone")], found


def test_a_partner_hung_on_au_telephone_is_the_partner(nlp: Any) -> None:
    text = "Paul Durand s'est entretenu hier au téléphone avec son homologue italien Marco Rossi."
    found, table = analyse(nlp, text)
    talks = [e for e in found if e.type == "CONSULT"]
    assert [{table[k] for k in e.recipients} for e in talks] == [{"Marco Rossi"}]
