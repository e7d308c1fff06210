"""Which predicates are events: fixed phrases, passive meanings, cut-off objects, on short
made-up French texts."""

from __future__ import annotations

from typing import Any

from tests.analysis.test_events import analyse


def test_an_event_word_inside_a_fixed_phrase_is_no_event(nlp: Any) -> None:
    text = ("La marine a modernisé ses forces de frappe nucléaires. "
            "La cour d'appel de Rennes a confirmé le jugement.")
    found, _ = analyse(nlp, text)
    assert found == []


def test_a_fixed_phrase_leaves_the_same_word_elsewhere_an_event(nlp: Any) -> None:
    text = "Les frappes de l'aviation ont touché la cour de l'école."
    found, _ = analyse(nlp, text)
    assert [e.type for e in found] == ["ASSAULT"]


def test_a_light_verb_with_a_noun_of_a_fixed_phrase_is_no_event(nlp: Any) -> None:
    found, _ = analyse(nlp, "La municipalité a lancé un appel d'offres pour la nouvelle piscine.")
    assert found == []


def test_people_prosecuted_in_the_passive_are_accused(nlp: Any) -> None:
    found, _ = analyse(nlp, "Quatre militants écologistes sont poursuivis pour dégradation.")
    assert [(e.trigger, e.type) for e in found] == [("sont poursuivis", "ACCUSE")]


def test_a_thing_continued_is_no_event(nlp: Any) -> None:
    found, _ = analyse(nlp, "Les deux villes vont poursuivre leur jumelage. Le chantier sera poursuivi.")
    assert found == []


def test_a_user_lexicon_adds_fixed_phrases(nlp: Any, tmp_path: Any) -> None:
    from storyline.analysis.event_lexicon import load_event_lexicon
    from storyline.analysis.event_triggers import find_triggers

    user = tmp_path / "mine.json"
    user.write_text('{"fixed": ["attaque de panique"]}', encoding="utf-8")
    doc = nlp("Le pilote a subi une attaque de panique en vol.")
    assert [t.lemma for t in find_triggers(doc, load_event_lexicon())] == ["attaque"]
    assert find_triggers(doc, load_event_lexicon(str(user))) == []


def test_talks_at_a_named_venue_are_an_event_without_a_named_partner(nlp: Any) -> None:
    found, _ = analyse(nlp, "Le ministre a accueilli avec prudence les résultats des négociations à Vienne.")
    assert [(e.trigger, e.type) for e in found] == [("négociations", "CONSULT")]
    assert analyse(nlp, "Les discussions sur le budget ont été longues.")[0] == []


def test_an_object_cut_off_by_a_time_phrase_in_commas_is_the_object(nlp: Any) -> None:
    from storyline.analysis.event_lexicon import load_event_lexicon
    from storyline.analysis.event_triggers import find_triggers

    doc = nlp("Le président a reçu à l'Élysée, le 5 mai, le chancelier Olaf Scholz.")
    (trigger,) = find_triggers(doc, load_event_lexicon())
    assert (trigger.lemma, trigger.entry.type) == ("recevoir", "CONSULT")
    assert trigger.cut_object is not None and doc[trigger.cut_object].text == "chancelier"
    assert find_triggers(nlp("Le roi a reçu, le 5 mai, une lettre du pape."), load_event_lexicon()) == []


def test_being_in_agreement_is_an_agreement(nlp: Any) -> None:
    found, _ = analyse(nlp, "Jean Dupont est d'accord avec Marie Curie sur le calendrier.")
    assert [(e.type, e.trigger) for e in found] == [("AGREE", "est d'accord")]
    found, _ = analyse(nlp, "La France n'était pas d'accord avec l'Allemagne.")
    assert [(e.type, e.negated) for e in found] == [("AGREE", True)]
    text = "Le Portugal « est d'accord pour que l'Espagne organise une conférence », a dit le ministre."
    found, _ = analyse(nlp, text)
    assert [e.type for e in found][:1] == ["AGREE"]
    found, _ = analyse(nlp, "D'accord, a dit le ministre, la réforme est prête.")
    assert found == []  # no copula: a word of assent


def test_a_gathering_of_protesters_is_a_protest(nlp: Any) -> None:
    text = "Des centaines de grévistes se sont rassemblés devant la préfecture de Lille."
    assert [(e.trigger, e.type) for e in analyse(nlp, text)[0]] == [("se sont rassemblés", "PROTEST")]
    text = "Les habitants ont défilé dans la rue en brandissant des pancartes."
    assert [e.type for e in analyse(nlp, text)[0]] == ["PROTEST"]


def test_a_gathering_without_a_sign_of_protest_is_no_event(nlp: Any) -> None:
    assert analyse(nlp, "Les habitants se sont rassemblés sur la place pour le feu d'artifice.")[0] == []
    assert analyse(nlp, "Les mannequins ont défilé devant les photographes.")[0] == []


def test_dispersing_a_crowd_is_coercion(nlp: Any) -> None:
    text = "Les gendarmes ont dispersé le rassemblement. Le soleil a dispersé la brume."
    assert [(e.trigger, e.type) for e in analyse(nlp, text)[0]] == [("ont dispersé", "COERCE")]
