"""The events stage on short French texts: triggers, types, participants, dates, modality."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from storyline.analysis import events, timex
from storyline.analysis.event_lexicon import load_event_lexicon
from storyline.analysis.event_when import reduce_value
from storyline.analysis.events import extract_events
from storyline.analysis.pipeline import AnalysisState
from storyline.analysis.quotes import extract_quotes
from storyline.errors import ModelError
from storyline.evaluation.quotes import stand_in_entities
from storyline.models import PLOVER_TYPES, Document, EventMention


def analyse(nlp: Any, text: str, published: str | None = "2025-03-20",
            title: str | None = None) -> tuple[list[EventMention], dict[str, str]]:
    doc = nlp(text)
    entities, mentions = stand_in_entities(doc)
    timexes = tuple(timex.tag_doc(doc, timex.publication_date(published)))
    quotes = extract_quotes(doc, entities, mentions)
    found = extract_events(doc, entities, mentions, timexes, published, quotes=quotes, title=title)
    return list(found), {e.key: e.name for e in entities}


def names(keys: tuple[str, ...], table: dict[str, str]) -> set[str]:
    return {table[k] for k in keys}


def only(nlp: Any, text: str, **kw: Any) -> tuple[EventMention, dict[str, str]]:
    found, table = analyse(nlp, text, **kw)
    assert len(found) == 1, found
    return found[0], table


def test_stage_contract_and_run(nlp: Any) -> None:
    assert events.STAGE.requires == ("doc", "entities", "mentions", "timexes", "quotes")
    assert events.STAGE.assigns == ("events",)
    text = "Le 18 mars, Donald Trump a rencontré Vladimir Poutine à Moscou."
    doc = nlp(text)
    entities, mentions = stand_in_entities(doc)
    state = AnalysisState(document=Document(id="d", source="s", text=text, published="2025-03-20"),
                          doc=doc, entities=entities, mentions=mentions)
    state = events.STAGE.run(timex.STAGE.run(state))
    (event,) = state.events
    assert text[event.start:event.end] == event.trigger == "a rencontré"
    assert (event.type, event.mode, event.date) == ("CONSULT", "visit", "2025-03-18")


@pytest.mark.parametrize(
    ("text", "kind", "mode"),
    [
        ("Vladimir Poutine et Donald Trump se sont entretenus par téléphone.", "CONSULT", "phone"),
        ("Emmanuel Macron a rencontré Olaf Scholz.", "CONSULT", "visit"),
        ("Volodymyr Zelensky a réclamé des missiles à Joe Biden.", "REQUEST", None),
        ("Emmanuel Macron a exhorté Vladimir Poutine à cesser le feu.", "REQUEST", None),
        ("Le ministre a averti Pierre Dupont.", "THREATEN", None),
        ("Le Pentagone a suspendu les livraisons d'armes à l'Ukraine.", "RETREAT", None),
        ("Washington a imposé des sanctions à la Russie.", "SANCTION", None),
        ("La Russie a lancé 539 drones contre l'Ukraine.", "ASSAULT", "drone"),
        ("L'armée russe a repris le village de Novomykhaïlivka.", "ASSAULT", "ground"),
        ("Pierre Dupont a accusé Marie Martin de corruption.", "ACCUSE", None),
        ("Volodymyr Zelensky a félicité Donald Trump pour sa victoire.", "SUPPORT", None),
        ("L'Allemagne a fourni des chars à la Pologne.", "AID", None),
    ],
)
def test_verbal_triggers_and_their_plover_type(nlp: Any, text: str, kind: str, mode: str | None) -> None:
    event, _ = only(nlp, text)
    assert (event.type, event.mode) == (kind, mode)


def test_nominal_triggers(nlp: Any) -> None:
    found, table = analyse(nlp, "La rencontre entre Emmanuel Macron et Olaf Scholz a duré deux heures.")
    (event,) = found
    assert (event.type, event.mode, event.trigger) == ("CONSULT", "visit", "rencontre")
    assert names(event.actors, table) == {"Emmanuel Macron", "Olaf Scholz"}
    found, _ = analyse(nlp, "L'appel téléphonique a duré une heure.")
    assert [(e.type, e.mode) for e in found] == [("CONSULT", "phone")]


def test_call_to_act_is_a_request_not_a_phone_call(nlp: Any) -> None:
    found, _ = analyse(nlp, "Le pape a lancé un appel à la paix.")
    assert [e.type for e in found] == ["REQUEST"]


def test_reciprocal_subjects_are_all_actors(nlp: Any) -> None:
    event, table = only(nlp, "Emmanuel Macron et Olaf Scholz se sont entretenus mardi.")
    assert names(event.actors, table) == {"Emmanuel Macron", "Olaf Scholz"}
    assert event.recipients == ()


def test_avec_names_the_recipient(nlp: Any) -> None:
    event, table = only(nlp, "Emmanuel Macron s'est entretenu avec Olaf Scholz.")
    assert names(event.actors, table) == {"Emmanuel Macron"}
    assert names(event.recipients, table) == {"Olaf Scholz"}


def test_passive_agent_is_the_actor(nlp: Any) -> None:
    event, table = only(nlp, "Steve Witkoff a été reçu par Vladimir Poutine.")
    assert event.type == "CONSULT"
    assert names(event.actors, table) == {"Vladimir Poutine"}
    assert names(event.recipients, table) == {"Steve Witkoff"}


def test_owner_of_a_rejected_proposal_is_the_recipient(nlp: Any) -> None:
    # the proposal is an event of its own (gold/events guidelines: "a rejeté une proposition du
    # président russe" gives REJECT and REQUEST)
    found, table = analyse(nlp, "Olaf Scholz a rejeté la proposition d'Emmanuel Macron.")
    assert [e.type for e in found] == ["REJECT", "REQUEST"]
    assert names(found[0].recipients, table) == {"Emmanuel Macron"}


def test_pronoun_subject_takes_its_antecedent(nlp: Any) -> None:
    found, table = analyse(nlp, "Volodymyr Zelensky est arrivé lundi. Il a réclamé des missiles.")
    (event,) = found
    assert names(event.actors, table) == {"Volodymyr Zelensky"}


def test_negation(nlp: Any) -> None:
    event, _ = only(nlp, "Donald Trump n'a pas rencontré Vladimir Poutine.")
    assert event.negated
    event, _ = only(nlp, "Donald Trump a rencontré Vladimir Poutine.")
    assert not event.negated


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Les deux pays ont prévu une réunion à Genève.", "planned"),
        ("Donald Trump et Vladimir Poutine pourraient s'entretenir par téléphone.", "hypothetical"),
        ("Donald Trump rencontrera Vladimir Poutine.", "future"),
        ("Donald Trump a rencontré Vladimir Poutine.", "asserted"),
        ("Donald Trump a rencontré Vladimir Poutine en février 2022.", "historical"),
        ("Donald Trump a rencontré Vladimir Poutine en août 2024.", "historical"),
        ("Le ministre a affirmé que le Mali ne céderait pas.", "future"),
        ("Donald Trump a promis qu'il rencontrerait Vladimir Poutine.", "future"),
        ("Le Canada a annoncé qu'il suspendait ses livraisons d'armes à l'Ukraine.", "reported"),
        ("Le Canada a manifesté son intérêt pour la médiation entre le Mali et le Niger.", "hypothetical"),
        ("Une rencontre entre Donald Trump et Vladimir Poutine doit s'ouvrir demain à Genève.", "planned"),
        ("Des parachutages d'aide humanitaire à Gaza vont être effectués par des avions civils.", "future"),
        ("Le Portugal abritera une réunion des ministres de l'Energie à Lisbonne.", "future"),
        ("La Belgique va accueillir un sommet sur le climat.", "future"),
        ("Le Portugal accueille une réunion des ministres de l'Energie à Lisbonne.", "asserted"),
    ],
)
def test_modality(nlp: Any, text: str, modality: str) -> None:
    event, _ = only(nlp, text)
    assert event.modality == modality


def test_date_of_the_clause_cut_to_its_precision(nlp: Any) -> None:
    found, _ = analyse(nlp, "Le 2 juillet, le Pentagone a suspendu les livraisons d'armes à l'Ukraine. "
                            "En mai, Donald Trump avait averti Vladimir Poutine.", published="2025-07-10")
    assert [(e.type, e.date, e.date_precision) for e in found] == [
        ("RETREAT", "2025-07-02", "day"), ("THREATEN", "2025-05", "month")]


def test_date_of_the_governing_verb_and_none_without_one(nlp: Any) -> None:
    found, _ = analyse(nlp, "Une réunion des ministres doit s'ouvrir le 14 mars à Genève.")
    assert [(e.type, e.date) for e in found] == [("CONSULT", "2025-03-14")]
    found, _ = analyse(nlp, "Les deux armées ont décidé le 12 mars d'attaquer la ville.")
    assert [(e.type, e.date) for e in found] == [("ASSAULT", "2025-03-12")]
    event, _ = only(nlp, "Donald Trump a rencontré Vladimir Poutine.")
    assert event.date is None and event.date_precision is None


def test_the_date_of_a_report_is_not_the_date_of_what_it_reports(nlp: Any) -> None:
    found, _ = analyse(nlp, "Le ministère a annoncé le 14 mars avoir repris le village de Kozatché.")
    assert [(e.type, e.date) for e in found] == [("ASSAULT", None)]


def test_the_last_time_that_clause_takes_the_date_of_its_cleft(nlp: Any) -> None:
    text = "La dernière fois que Donald Trump a rencontré Vladimir Poutine, c'était en juin 2019."
    found, _ = analyse(nlp, text)
    assert [(e.type, e.date, e.modality) for e in found] == [("CONSULT", "2019-06", "historical")]


def test_timeml_values_reduce_to_calendar_dates() -> None:
    assert reduce_value("2025-03-18TEV").date == "2025-03-18"
    assert reduce_value("2025-03").precision == "month"
    assert reduce_value("2025-W11").date == "2025-03"
    assert reduce_value("2025").date == "2025"
    assert reduce_value("XXXX-03-18").date is None
    assert reduce_value("PRESENT_REF").date is None


def test_reported_events_are_attributed(nlp: Any) -> None:
    found, table = analyse(nlp, "Selon Kiev, la Russie a lancé 539 drones contre l'Ukraine.")
    (event,) = found
    assert event.attributed_to is not None and table[event.attributed_to] == "Kiev"
    assert names(event.actors, table) == {"Russie"}


def test_headline_restating_the_body_gives_no_second_event(nlp: Any) -> None:
    title = "Emmanuel Macron et Olaf Scholz se parlent au téléphone"
    text = (f"{title}\n\nLe 3 juillet, Emmanuel Macron et Olaf Scholz se sont entretenus par téléphone "
            "au sujet de l'aide à l'Ukraine.")
    found, _ = analyse(nlp, text, title=title)
    assert [(e.type, e.date) for e in found] == [("CONSULT", "2025-07-03")]
    assert found[0].start > len(title)
    other = "Olaf Scholz a accusé Viktor Orban"
    found, _ = analyse(nlp, text.replace(title, other), title=other)  # not restated: kept
    assert [e.type for e in found] == ["ACCUSE", "CONSULT"]


def test_caption_line_restating_the_body_is_dropped(nlp: Any) -> None:
    text = ("Le 3 juillet, la Russie a lancé des drones contre l'Ukraine.\n\n"
            "La Russie a lancé des drones contre l'Ukraine")
    found, _ = analyse(nlp, text)
    assert [e.start for e in found] == [found[0].start] and found[0].start < 40


def test_lexicon_types_are_plover_and_a_user_file_extends_it(tmp_path: Path) -> None:
    lexicon = load_event_lexicon()
    assert {e.type for e in lexicon.verbs.values() if e.type} <= set(PLOVER_TYPES)
    assert {e.type for e in lexicon.nouns.values() if e.type} <= set(PLOVER_TYPES)
    user = tmp_path / "mine.json"
    user.write_text(json.dumps({"verbs": {"gifler": {"type": "ASSAULT", "recipient": ["obj"]}}}),
                    encoding="utf-8")
    extended = load_event_lexicon(str(user))
    assert extended.verbs["gifler"].type == "ASSAULT" and "rencontrer" in extended.verbs
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps({"verbs": {"gifler": {"type": "SLAP"}}}), encoding="utf-8")
    with pytest.raises(ModelError, match="not a PLOVER type"):
        load_event_lexicon(str(wrong))


def test_user_lexicon_is_used_by_extract_events(nlp: Any, tmp_path: Path) -> None:
    user = tmp_path / "mine.json"
    user.write_text(json.dumps({"verbs": {"gifler": {"type": "ASSAULT", "recipient": ["obj"]}}}),
                    encoding="utf-8")
    doc = nlp("Pierre Dupont a giflé Marie Martin.")
    entities, mentions = stand_in_entities(doc)
    assert extract_events(doc, entities, mentions) == ()
    found = extract_events(doc, entities, mentions, lexicon=load_event_lexicon(str(user)))
    assert [e.type for e in found] == ["ASSAULT"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Pierre Dupont a été extradé vers l'Allemagne.", "COERCE"),
        ("Le tribunal a condamné Pierre Dupont à dix ans de prison.", "COERCE"),
        ("Pierre Dupont a été condamné hier par le tribunal.", "COERCE"),
        ("Les deux otages ont été libérés hier.", "CONCEDE"),
        ("L'association a décidé de porter plainte.", "ACCUSE"),
        ("Bill Clinton mettra son veto à la loi.", "REJECT"),
        ("Un tireur a ouvert le feu sur des soldats.", "ASSAULT"),
        ("Les consultations ont commencé lundi.", "CONSULT"),
    ],
)
def test_general_vocabulary_and_light_verbs(nlp: Any, text: str, kind: str) -> None:
    event, _ = only(nlp, text)
    assert event.type == kind


def test_content_of_a_coded_predicate_is_not_coded_again(nlp: Any) -> None:
    found, _ = analyse(nlp, "Volodymyr Zelensky a demandé à Donald Trump de fournir des missiles.")
    assert [e.type for e in found] == ["REQUEST"]
    found, _ = analyse(nlp, "Emmanuel Macron et Olaf Scholz ont convenu de collaborer.")
    assert [e.type for e in found] == ["AGREE"]


def test_capability_and_outcome_are_no_events_of_their_own(nlp: Any) -> None:
    found, _ = analyse(nlp, "Le système Patriot est capable d'abattre des missiles balistiques.")
    assert found == []
    found, _ = analyse(nlp, "Des tireurs ont ouvert le feu sur un véhicule, tuant ses trois occupants.")
    assert [e.trigger for e in found] == ["ont ouvert"]


def test_untitled_headline_restated_by_the_body_is_dropped(nlp: Any) -> None:
    text = ("L'Agence universitaire porte plainte pour diffamation.- Le conseil de l'Agence "
            "universitaire a décidé de porter plainte pour diffamation.")
    found, _ = analyse(nlp, text, title="")
    assert [(e.type, e.trigger) for e in found] == [("ACCUSE", "porter")]
    found, _ = analyse(nlp, "Le ministre a condamné l'attaque.")
    assert found[0].type == "ACCUSE"


def test_a_call_on_another_day_is_another_event(nlp: Any) -> None:
    text = ("Le 18 mars, Donald Trump et Vladimir Poutine se sont entretenus par téléphone. "
            "Le 19 mars, lors de l'appel téléphonique, Donald Trump a remercié Volodymyr Zelensky.")
    found, _ = analyse(nlp, text)
    assert [e.type for e in found if e.type == "CONSULT"] == ["CONSULT", "CONSULT"]


def types_of(nlp: Any, text: str) -> list[str]:
    found, _ = analyse(nlp, text, title="Dépêche")  # a title: the first line is body text
    return [e.type for e in found]


def test_a_possessive_noun_is_not_an_event_its_owner_underwent(nlp: Any) -> None:
    text = ("Des soldats de l'Ukraine sont encerclés par la Russie à Koursk.\n\n"
            "Depuis leur avancée au-delà de la frontière en août, les forces de l'Ukraine tiennent "
            "la région.")
    assert types_of(nlp, text) == ["ASSAULT", "ASSAULT"]


def test_a_possessive_noun_of_the_same_agent_restates_its_campaign(nlp: Any) -> None:
    text = ("L'OTAN a intensifié ses frappes.\n\nL'OTAN poursuit ses bombardements sur la Serbie.")
    assert types_of(nlp, text) == ["ASSAULT"]


def test_a_quotation_repeating_the_narrated_request_is_no_new_event(nlp: Any) -> None:
    text = ("Emmanuel Macron a exhorté Vladimir Poutine à épargner les civils.\n\n"
            "« J'exhorte Vladimir Poutine à épargner les civils », a déclaré Emmanuel Macron.")
    assert types_of(nlp, text) == ["REQUEST"]


def test_a_bare_noun_said_again_is_the_same_event(nlp: Any) -> None:
    text = ("Une attaque de la Russie a visé Odessa dans la nuit. "
            "Selon la mairie, une attaque qui a duré trois heures a touché le port.")
    assert types_of(nlp, text) == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "L'Ukraine a exprimé sa crainte qu'une interruption des livraisons d'armes puisse nuire à sa paix.",
        "Le ministre a souligné la nécessité de contrer de telles offensives.",
        "Selon la police, une attaque terroriste est peu probable pendant le festival.",
        "Ce projet a demandé un travail considérable aux équipes municipales.",
        "Le préfet devrait être appelé à d'autres fonctions.",
        "C'est pour cela que le gouvernement a été sanctionné aux élections.",
        "Les États-Unis continuent de soutenir la défense de la Pologne.",
        "Après la rencontre, l'entraîneur était très déçu.",
    ],
)
def test_kinds_topics_and_other_senses_are_no_events(nlp: Any, text: str) -> None:
    assert types_of(nlp, text) == []


def test_a_clause_under_a_predicate_of_its_type_is_one_event(nlp: Any) -> None:
    assert types_of(nlp, "L'Allemagne va aider à fournir des missiles à la Pologne.") == ["AID"]
    text = "Vladimir Poutine a proposé des conditions, notamment que l'Ukraine retire ses troupes."
    assert types_of(nlp, text) == ["REQUEST"]


def test_a_means_under_a_capacity_is_still_an_event(nlp: Any) -> None:
    text = "La Pologne souhaite renforcer sa capacité à protéger son ciel en collaborant avec la France."
    assert "COOPERATE" in types_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Le ministre a qualifié l'attaque de « lâche et barbare ».", "ACCUSE"),
        ("Les soldats encerclés se sont rendus.", "RETREAT"),
        ("Le ministre s'est rendu à Berlin.", "CONSULT"),
        ("Les forces russes ont tenté d'entrer dans Kharkiv.", "ASSAULT"),
        ("Pierre Dupont n'avait pas encore discuté avec le président Macron de ce dossier.", "CONSULT"),
        ("Le Canada soutient la Pologne en lui donnant des armes.", "AID"),
        ("La mise en œuvre d'un cessez-le-feu a commencé.", "RETREAT"),
        ("Le rapport dresse un constat sévère de la gestion de l'agence.", "ACCUSE"),
        ("Les rebelles se heurtent à la résistance des forces gouvernementales.", "ASSAULT"),
        ("Le tracé de la frontière sera discuté la semaine prochaine à Genève.", "CONSULT"),
        ("Le juge devait décider, lundi, de la peine du chauffard.", "COERCE"),
    ],
)
def test_recovered_triggers(nlp: Any, text: str, kind: str) -> None:
    found, _ = analyse(nlp, text)
    assert kind in {e.type for e in found}, found


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre a qualifié la rencontre de « très utile ».",
        "Le ministre est entré dans la salle.",
        "Le projet de cessez-le-feu a été publié.",
        "Le rapport dresse un constat de la situation.",
        "Le ministre a discuté du budget.",
    ],
)
def test_no_event_without_the_needed_arguments(nlp: Any, text: str) -> None:
    found, _ = analyse(nlp, text)
    assert found == [], found


def test_coordinated_restatement_is_one_event(nlp: Any) -> None:
    found, _ = analyse(nlp, "Les troupes ennemies ont franchi la frontière et pénétré en territoire voisin.")
    assert [e.type for e in found] == ["ASSAULT"]


def test_dates_of_reports_deadlines_and_neighbouring_nouns(nlp: Any) -> None:
    accepted, _ = only(nlp, "Belgrade affirmait hier accepter le plan de paix.")
    assert (accepted.type, accepted.date) == ("AGREE", "2025-03-19")
    deadline, _ = only(nlp, "Paul Durand a donné jusqu'au 30 juin aux syndicats pour se décider.")
    assert (deadline.type, deadline.date) == ("THREATEN", None)
    found, _ = analyse(nlp, "Washington a rétabli l'aide militaire à Kiev après un gel au début du mois.")
    dates = {e.type: e.date for e in found}
    assert dates == {"AID": None, "RETREAT": "2025-03"}


def test_a_de_date_belongs_to_the_noun_and_the_setting_to_its_clause(nlp: Any) -> None:
    text = "Lors de l'appel téléphonique d'hier, Pierre Dupont a demandé à Marie Martin de venir."
    found, _ = analyse(nlp, text)
    assert {(e.type, e.date) for e in found} == {("CONSULT", "2025-03-19"), ("REQUEST", "2025-03-19")}


def test_a_sub_entry_keeps_its_own_fallback_meaning() -> None:
    from storyline.analysis.event_lexicon import Entry

    fallback = Entry(type="RETREAT")
    merged = Entry(type="CONSULT", recipient=("à",)).merged(Entry(needs="place", otherwise=fallback))
    assert merged.type == "CONSULT" and merged.recipient == ("à",) and merged.otherwise == fallback


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("Le ministère a averti que toute hausse des prix ne ferait qu'aggraver la crise.", False),
        ("Le gouvernement a prévenu que ce retard des travaux coûterait cher aux habitants.", False),
        ("Le président a averti que si les rebelles refusaient, il enverrait l'armée.", True),
        ("Le président a averti que des sanctions seraient imposées au pays.", True),
    ],
)
def test_a_warning_about_a_thing_is_a_prediction_not_a_threat(nlp: Any, text: str, threat: bool) -> None:
    assert ("THREATEN" in types_of(nlp, text)) is threat


@pytest.mark.parametrize(
    ("text", "attack"),
    [
        ("Le ministère a démenti les rumeurs selon lesquelles la ville aurait été bombardée.", False),
        ("Le général nie avoir attaqué le village.", False),
        ("Le ministère a démenti la rumeur, ajoutant que l'armée avait attaqué le village.", True),
        ("Après l'attaque du village, le ministère a démenti toute rumeur.", True),
    ],
)
def test_what_a_denial_is_about_did_not_happen(nlp: Any, text: str, attack: bool) -> None:
    assert ("ASSAULT" in types_of(nlp, text)) is attack


@pytest.mark.parametrize(
    ("text", "proposal"),
    [
        ("Ce programme propose aux élèves des cours de musique.", False),
        ("Le nouveau règlement améliore la vie du quartier en proposant aux habitants des jardins partagés.",
         False),
        ("Le maire a répondu à la colère en proposant aux habitants un référendum.", True),
    ],
)
def test_a_thing_that_offers_makes_no_proposal(nlp: Any, text: str, proposal: bool) -> None:
    assert ("REQUEST" in types_of(nlp, text)) is proposal


def test_a_possessive_noun_with_another_partner_is_another_event(nlp: Any) -> None:
    text = ("Le président Emmanuel Macron a rencontré Olaf Scholz à Berlin. Il a aussi évoqué son "
            "entretien téléphonique avec Giorgia Meloni.")
    found, table = analyse(nlp, text)
    consults = [e for e in found if e.type == "CONSULT"]
    assert len(consults) == 2


def test_an_event_noun_a_request_verb_takes_as_object_is_its_content(nlp: Any) -> None:
    text = "Le ministre estonien Paul Garnier a exigé de nouvelles sanctions contre la Biélorussie."
    found, _ = analyse(nlp, text)
    assert [e.type for e in found] == ["REQUEST"]


def test_a_talk_noun_given_an_attribute_names_the_earlier_talks_again(nlp: Any) -> None:
    text = ("Karl Berger a rencontré jeudi Arto Niemi. « Nous avons avancé », a affirmé "
            "M. Berger, qualifiant l'entretien de « constructif et très utile ».")
    found, _ = analyse(nlp, text)
    assert [e.type for e in found if e.type == "CONSULT"] == ["CONSULT"]
