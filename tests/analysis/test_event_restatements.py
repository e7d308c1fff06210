"""Later mentions of an event already coded, and images of a comparison, on short made-up
French texts."""

from __future__ import annotations

from typing import Any

from tests.analysis.test_event_participants import analyse as analyse_entities
from tests.analysis.test_events import analyse

FILLER = "\n\n".join(["Le pays traverse une période difficile sur le plan économique."] * 5)


def test_a_report_near_a_later_mention_of_the_event_restates_it(nlp: Any) -> None:
    text = ("Le 3 avril, Emmanuel Macron et Olaf Scholz se sont entretenus par téléphone.\n\n"
            f"{FILLER}\n\nCet appel entre Emmanuel Macron et Olaf Scholz a duré une heure.\n\n"
            "M. Macron a confirmé avoir eu un entretien avec le chancelier Olaf Scholz.")
    found, _ = analyse(nlp, text)
    assert [e.trigger for e in found] == ["se sont entretenus"]


def test_a_quotation_giving_the_words_of_a_narrated_fact_is_no_new_event(nlp: Any) -> None:
    text = ("Le porte-parole a déclaré que Emmanuel Macron et Olaf Scholz ont convenu de collaborer "
            "pour renforcer la défense de l'Europe.\n\n« Emmanuel Macron et Olaf Scholz ont convenu de "
            "travailler à renforcer la défense européenne », a déclaré le porte-parole.")
    found, _ = analyse(nlp, text)
    assert [e.trigger for e in found] == ["ont convenu"]
    assert found[0].start < text.index("«")


def test_the_image_of_a_comparison_did_not_happen(nlp: Any) -> None:
    text = "Le ministre a comparé l'attaque de mardi à une dispute entre voisins qui refusent de se parler."
    found, _ = analyse(nlp, text)
    assert [e.type for e in found] == ["ASSAULT"]  # the attack compared is one, the refusal no


def test_a_definite_noun_does_not_name_again_an_event_of_an_earlier_year(nlp: Any) -> None:
    text = ("En août 2024, l'Ukraine a bombardé la ville de Belgorod.\n\n"
            "Les soldats russes se heurtent désormais à la résistance des forces de l'Ukraine.")
    found, _ = analyse(nlp, text)
    assert [e.trigger for e in found] == ["a bombardé", "résistance"]
    found, _ = analyse(nlp, text.replace("la résistance des forces", "cette résistance des forces"))
    assert [e.trigger for e in found] == ["a bombardé"]  # a demonstrative still points back


def test_a_dated_noun_does_not_name_again_a_supposed_event(nlp: Any) -> None:
    text = ("« Si les syndicats sont prêts à accepter le cadre établi par le gouvernement, nous verrons », "
            "a dit le ministre.\n\nCet accord sur les salaires avait été rédigé par les syndicats "
            "le 3 avril.")
    found, _ = analyse(nlp, text, title="Salaires")
    assert [(e.trigger, e.modality) for e in found] == [("accepter", "hypothetical"), ("accord", "asserted")]
    found, _ = analyse(nlp, text.replace(" le 3 avril", ""), title="Salaires")
    assert [e.trigger for e in found] == ["accepter"]  # undated, it may be the one supposed


def test_a_source_telling_how_an_attack_named_just_before_happened_is_that_attack(nlp: Any) -> None:
    attack = "Deux soldats ont été blessés dans une attaque près de la frontière."
    detail = "Selon la police, des inconnus ont ouvert le feu sur une patrouille de l'armée."
    found, _ = analyse(nlp, f"{attack} {detail}", title="Dépêche")
    assert [e.trigger for e in found] == ["attaque"]
    found, _ = analyse(nlp, f"{attack} Le pays traverse une période difficile. {detail}", title="Dépêche")
    assert [e.trigger for e in found] == ["attaque", "ont ouvert"]  # not the sentence just before


def test_a_report_of_an_act_in_another_named_place_is_another_event(nlp: Any) -> None:
    text = (f"{FILLER}\n\nLes soldats de la Russie ont franchi la frontière, dans la région de "
            "Tchernihiv.\n\nUn porte-parole a déclaré que les soldats de la Russie tentaient d'entrer "
            "dans Konotop.")
    found, _ = analyse(nlp, text)
    assert [e.type for e in found] == ["ASSAULT", "ASSAULT"]


def test_a_trip_of_the_received_person_restates_the_reception(nlp: Any) -> None:
    text = (f"{FILLER}\n\nLe 3 avril, Emmanuel Macron a reçu Olaf Scholz à Paris. "
            "Olaf Scholz s'était rendu à Paris pour parler de la défense européenne.")
    found, _ = analyse(nlp, text)
    assert [e.trigger for e in found] == ["a reçu"]


def test_a_trip_to_the_venue_of_talks_naming_nobody_dates_them(nlp: Any) -> None:
    text = (f"{FILLER}\n\nLe gouvernement a accueilli avec prudence les résultats des discussions à "
            "Genève.\n\nLe médiateur Kofi Annan, qui s'est rendu hier à Genève, s'est dit satisfait.")
    found, table = analyse(nlp, text)
    assert [(e.trigger, e.type, e.date) for e in found] == [("discussions", "CONSULT", "2025-03-19")]
    assert [table[k] for k in found[0].actors] == ["Kofi Annan"]


def test_a_trip_elsewhere_is_another_visit(nlp: Any) -> None:
    text = (f"{FILLER}\n\nLe 3 avril, Emmanuel Macron a reçu Olaf Scholz à Paris. "
            "Le 5 avril, Olaf Scholz s'est rendu à Varsovie.")
    found, _ = analyse(nlp, text)
    assert [e.trigger for e in found] == ["a reçu", "s'est rendu"]


def test_the_trip_of_a_person_received_after_a_time_phrase_restates_the_reception(nlp: Any) -> None:
    text = (f"{FILLER}\n\nLe président a reçu à l'Élysée, le 5 mai, le chancelier Olaf Scholz. "
            "M. Scholz s'était rendu dans la capitale française pour parler de la défense européenne.")
    found, _ = analyse(nlp, text)
    assert [e.trigger for e in found] == ["a reçu"]


def test_what_an_agreement_noun_signs_is_part_of_it_and_named_again_later(nlp: Any) -> None:
    text = ("Le cadre sera discuté après la signature de négociations de paix entre la Serbie et "
            "le Kosovo.\n\nLes deux pays y voient un gage de stabilité au moment des négociations avec "
            "le Kosovo.")
    found, _ = analyse(nlp, text, title="Balkans")
    assert [e.trigger for e in found] == ["sera discuté", "signature"]


def test_an_agreement_aimed_at_is_not_reached(nlp: Any) -> None:
    text = ("Le ministre a rappelé que les efforts visant à conclure un accord de libre-échange étaient "
            "dans l'impasse.")
    found, _ = analyse(nlp, text, title="Commerce")
    assert [e.type for e in found] == []


def test_a_quoted_letter_giving_again_a_narrated_act_with_its_complement_is_no_new_event(nlp: Any) -> None:
    text = ("Le ministre Jean Dupont a décidé d'exempter de taxe la ferme de Paul Martin.\n\n"
            "Dans un courrier, Jean Dupont se dit « ravi d'annoncer que la Bergerie est exemptée de taxe ».")
    found, _ = analyse(nlp, text, title="Fiscalité")
    assert [e.trigger for e in found] == ["exempter"]


def test_a_wish_said_again_in_its_paragraph_is_one_event(nlp: Any) -> None:
    text = ("L'Espagne a manifesté son intérêt pour aider à reconstruire les écoles du pays. "
            "Le ministre espagnol a évoqué la volonté de son pays d'aider à financer des hôpitaux.")
    found, _ = analyse(nlp, text, title="Reconstruction")
    assert [e.trigger for e in found] == ["aider"]


def test_a_custody_state_just_after_a_custody_noun_describes_it(nlp: Any) -> None:
    text = ("Les deux otages italiens ont été libérés hier après dix jours de captivité aux mains "
            "d'un groupe armé. Marco Rossi et Luca Bianchi étaient détenus dans une ferme isolée.")
    found, _ = analyse(nlp, text, title="Otages")
    assert [e.trigger for e in found] == ["ont été libérés", "captivité"]
    assert found[1].recipients


def test_a_detail_of_an_attack_named_by_its_side_is_that_attack(nlp: Any) -> None:
    text = ("Deux soldats ont été blessés dans une attaque russe près de Kharkiv. Selon la police, "
            "des inconnus ont ouvert le feu sur une patrouille ukrainienne.")
    found, _ = analyse_entities(nlp, text)
    assert [e.trigger for e in found] == ["attaque"]  # the side is named by the noun's adjective only
    other = text.replace("des inconnus ont", "l'armée ukrainienne a").replace("patrouille ukrainienne",
                                                                               "patrouille russe")
    found, _ = analyse_entities(nlp, other)
    assert [e.trigger for e in found] == ["attaque", "a ouvert"]  # another agent: another act


def test_two_reports_quoting_the_same_words_are_one_act(nlp: Any) -> None:
    text = ("Bamako affirmait hier accepter « les principes généraux de l'Union africaine » pour un "
            "règlement du conflit. Le Mali « accepte les principes généraux de l'Union africaine », a "
            "indiqué un communiqué de la présidence.")
    found, _ = analyse(nlp, text)
    assert [e.trigger for e in found] == ["accepter"]
    other = text.replace("« accepte les principes généraux", "« accepte la feuille de route")
    found, _ = analyse(nlp, other)
    assert [e.trigger for e in found] == ["accepter", "accepte"]  # other words: another act


def test_a_reported_shootdown_tells_again_no_attack(nlp: Any) -> None:
    text = ("Le conflit se poursuit dans l'est du pays.\n\n"
            "Selon la mairie de Kharkiv, les bombardements russes ont fait douze blessés.\n\n"
            "L'armée russe a assuré avoir intercepté quatre missiles lancés depuis la frontière.")
    found, _ = analyse_entities(nlp, text)
    assert [e.trigger for e in found] == ["bombardements", "avoir intercepté"]


def test_a_claimed_attack_is_not_an_earlier_attack_of_the_other_side(nlp: Any) -> None:
    text = ("Le conflit se poursuit dans l'est du pays.\n\n"
            "Les bombardements russes ont touché Kharkiv dans la nuit. Le groupe Azov a revendiqué "
            "l'attaque contre la base aérienne.")
    found, table = analyse_entities(nlp, text)
    assert [(e.trigger, {table[a] for a in e.actors}) for e in found] == [
        ("bombardements", {"Russie"}), ("attaque", {"groupe Azov"})]
