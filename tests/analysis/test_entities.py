"""The entities stage on short French texts: repairs, grouping, roles, countries, descriptions."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storyline.analysis import entities
from storyline.analysis.entities import extract_entities
from storyline.analysis.entity_groups import bare_words, words
from storyline.analysis.entity_lexicon import adjective_forms, load_entity_lexicon
from storyline.analysis.entity_names import named_spans
from storyline.analysis.pipeline import AnalysisState, check_order
from storyline.models import Document, LocalEntity, Mention
from storyline.spelling import edit_distance_at_most_one as one_edit_apart


def analyse(nlp: Any, text: str) -> tuple[tuple[LocalEntity, ...], tuple[Mention, ...]]:
    return extract_entities(nlp(text))


def entity_named(found: tuple[LocalEntity, ...], name: str) -> LocalEntity:
    hits = [e for e in found if e.name == name]
    assert len(hits) == 1, found
    return hits[0]


def texts_of(mentions: tuple[Mention, ...], key: str, kind: str | None = None) -> list[str]:
    return [m.text for m in mentions if m.entity == key and (kind is None or m.kind == kind)]


def test_stage_contract(nlp: Any) -> None:
    assert entities.STAGE.assigns == ("entities", "mentions")
    check_order([entities.STAGE])
    text = "Le ministre Jean Castex a visité Lyon."
    state = entities.STAGE.run(AnalysisState(document=Document(id="d", source="t", text=text), doc=nlp(text)))
    assert {e.name for e in state.entities} >= {"Jean Castex", "Lyon"}
    for mention in state.mentions:
        assert text[mention.start:mention.end] == mention.text


def test_surname_and_honorific_join_the_full_name(nlp: Any) -> None:
    found, mentions = analyse(nlp, "Angela Merkel est arrivée à Paris. Mme Merkel a rencontré les élus. "
                                   "Plus tard, Merkel est repartie.")
    merkel = entity_named(found, "Angela Merkel")
    assert merkel.type == "PER"
    assert sorted(texts_of(mentions, merkel.key, "name")) == ["Angela Merkel", "Merkel", "Mme Merkel"]


def test_people_sharing_a_surname_stay_apart(nlp: Any) -> None:
    found, _ = analyse(nlp, "Jean Dupont a parlé avec Marie Dupont hier à Nantes.")
    assert {e.name for e in found if e.type == "PER"} == {"Jean Dupont", "Marie Dupont"}


def test_typo_in_a_long_surname_with_the_same_first_name(nlp: Any) -> None:
    found, _ = analyse(nlp, "La ministre Élisabeth Bornemann a parlé lundi. "
                            "Mardi, Élisabeth Borneman a répété ses propos.")
    assert [e.name for e in found if e.type == "PER"] == ["Élisabeth Bornemann"]


def test_title_before_the_name_is_a_role_with_its_country(nlp: Any) -> None:
    found, mentions = analyse(nlp, "Le président brésilien Luiz Inácio Lula da Silva a reçu la presse.")
    lula = next(e for e in found if e.type == "PER")
    assert "président brésilien" in lula.roles
    assert lula.country == "Brésil"
    assert texts_of(mentions, lula.key, "title") == ["président brésilien"]


def test_apposition_after_the_name_is_a_role(nlp: Any) -> None:
    found, _ = analyse(nlp, "Pedro Alvarez, porte-parole des garde-côtes espagnols, a confirmé le naufrage.")
    person = next(e for e in found if e.type == "PER")
    assert person.roles == ("porte-parole des garde-côtes espagnols",)
    assert person.country == "Espagne"


def test_a_role_before_a_comma_is_no_apposition_when_the_clause_goes_on(nlp: Any) -> None:
    found, _ = analyse(nlp, "Interrogé sur une rencontre entre les deux dirigeants, M. Okafor a souri.")
    person = next(e for e in found if e.type == "PER")
    assert person.roles == ()


def test_descriptions_resolve_to_the_person_whose_role_they_repeat(nlp: Any) -> None:
    text = ("Le président colombien Gustavo Petro a appelé le président chilien Gabriel Boric. "
            "Le dirigeant chilien a promis une aide. Son homologue colombien a remercié Santiago.")
    found, mentions = analyse(nlp, text)
    petro, boric = entity_named(found, "Gustavo Petro"), entity_named(found, "Gabriel Boric")
    assert "dirigeant chilien" in texts_of(mentions, boric.key, "description")
    assert "homologue colombien" in texts_of(mentions, petro.key, "description")


def test_a_bare_role_noun_after_an_unnamed_holder_is_left_alone(nlp: Any) -> None:
    text = ("Le porte-parole Marc Lenoir a parlé lundi. Mardi, un porte-parole de la mairie a démenti. "
            "Le porte-parole a ajouté que rien n'était décidé.")
    found, mentions = analyse(nlp, text)
    lenoir = entity_named(found, "Marc Lenoir")
    assert texts_of(mentions, lenoir.key, "description") == []


def test_a_body_qualified_by_a_nationality_refers_to_the_country(nlp: Any) -> None:
    found, mentions = analyse(nlp, "L'armée turque a bombardé des positions près de la frontière.")
    turkey = entity_named(found, "Turquie")
    assert turkey.type == "LOC"
    assert texts_of(mentions, turkey.key, "description") == ["armée turque"]


def test_an_institution_speaking_with_an_article_is_an_organisation(nlp: Any) -> None:
    found, _ = analyse(nlp, "Le Quai d'Orsay a déclaré que la France restait prudente.")
    assert entity_named(found, "France").type == "LOC"
    orsay = [e for e in found if "Orsay" in e.name]
    assert orsay and orsay[0].type == "ORG"


def test_acronym_joins_the_organisation_it_abbreviates(nlp: Any) -> None:
    found, _ = analyse(nlp, "L'Organisation mondiale de la santé a publié un rapport. "
                            "L'OMS y alerte sur la rougeole.")
    orgs = [e for e in found if e.type in ("ORG", "MISC", "LOC") and e.name != "rougeole"]
    assert len([e for e in orgs if "santé" in e.name or e.name == "OMS"]) == 1


def test_weekday_at_sentence_start_is_no_name(nlp: Any) -> None:
    found, _ = analyse(nlp, "Vendredi, les négociateurs se sont retrouvés à Genève.")
    assert "Vendredi" not in {e.name for e in found}


def test_adjective_forms_reach_the_masculine_singular() -> None:
    lexicon = load_entity_lexicon()
    assert lexicon.country_of("ukrainiennes") == "Ukraine"
    assert lexicon.country_of("américaine") == "États-Unis"
    assert lexicon.country_of("turque") == "Turquie"
    assert lexicon.country_of("russes") == "Russie"
    assert lexicon.country_of("rapide") is None
    assert "ukrainien" in adjective_forms("ukrainiennes")


def test_words_drop_elided_articles() -> None:
    assert words("Traité de l'Atlantique Nord") == ["traite", "de", "atlantique", "nord"]


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("leavitt", "leavit", True), ("zelensky", "zelenski", True), ("trump", "biden", False),
    ("poutine", "poutine", True), ("abc", "abcde", False),
])
def test_one_edit_apart(a: str, b: str, expected: bool) -> None:
    assert one_edit_apart(a, b) is expected


@given(st.text(alphabet="abcdefgh", min_size=1, max_size=8), st.integers(0, 7), st.sampled_from("xyz"))
def test_one_inserted_letter_is_one_edit(word: str, at: int, letter: str) -> None:
    longer = word[:at] + letter + word[at:]
    assert one_edit_apart(word, longer) and one_edit_apart(longer, word)


def test_a_capitalised_title_is_a_role_not_a_name(nlp: Any) -> None:
    found, mentions = analyse(nlp, "Jacinda Ardern, la Première ministre néo-zélandaise, a visité Tokyo.")
    assert "Première ministre néo-zélandaise" not in {e.name for e in found}
    ardern = entity_named(found, "Jacinda Ardern")
    assert ardern.roles == ("Première ministre néo-zélandaise",)
    assert ardern.country == "Nouvelle-Zélande"


def test_a_demonym_refers_to_its_country(nlp: Any) -> None:
    found, mentions = analyse(nlp, "Les Norvégiens ont voté dimanche. Le scrutin a surpris les Danois.")
    norway, denmark = entity_named(found, "Norvège"), entity_named(found, "Danemark")
    assert texts_of(mentions, norway.key) == ["Norvégiens"]
    assert texts_of(mentions, denmark.key) == ["Danois"]
    assert all(m.kind == "description" for m in mentions if m.entity in (norway.key, denmark.key))


def test_a_person_swallowed_by_a_longer_name_is_cut_out(nlp: Any) -> None:
    from spacy.tokens import Span

    doc = nlp("Le ministre des Finances Bruno Lemaire a parlé. La dette baisse, selon Bruno Lemaire.")
    words = [t.text for t in doc]
    first, second = words.index("Finances"), len(words) - 3
    doc.ents = [Span(doc, first, first + 3, "ORG"), Span(doc, second, second + 2, "PER")]  # as the model errs
    found, mentions = extract_entities(doc)
    assert [e.name for e in found] == ["Bruno Lemaire"]
    assert texts_of(mentions, found[0].key, "name") == ["Bruno Lemaire", "Bruno Lemaire"]


def test_a_one_word_place_that_is_a_persons_surname_joins_the_person(nlp: Any) -> None:
    found, mentions = analyse(nlp, "Le gouvernement de Castellane est prêt. Il a été formé par "
                                   "Arnaud Castellane hier.")
    person = entity_named(found, "Arnaud Castellane")
    assert "Castellane" in texts_of(mentions, person.key, "name")
    assert len([e for e in found if "Castellane" in e.name]) == 1


def test_an_unnamed_group_the_article_follows_is_one_entity(nlp: Any) -> None:
    text = ("Trois étudiants de Grenoble ont été interpellés lundi. Les étudiants ont été relâchés "
            "mardi. Un policier a témoigné.")
    found, mentions = analyse(nlp, text)
    groups = [e for e in found if e.unnamed]
    assert [(e.name, e.type) for e in groups] == [("étudiants de Grenoble", "PER")]
    assert texts_of(mentions, groups[0].key) == ["étudiants de Grenoble", "étudiants"]
    assert "policier" not in {e.name for e in found}  # indefinite and never taken up again


def test_an_indefinite_phrase_is_a_first_mention_when_a_definite_one_follows(nlp: Any) -> None:
    found, mentions = analyse(nlp, "Un otage a été libéré samedi. L'otage est rentré chez lui.")
    [hostage] = [e for e in found if e.unnamed]
    assert texts_of(mentions, hostage.key) == ["otage", "otage"]


def test_a_name_with_a_swallowed_article_is_the_same_entity() -> None:
    assert bare_words("La Norvège") == ["norvege"] == bare_words("Norvège")
    assert bare_words("A Oslo") == ["oslo"]
    assert bare_words("Le") == ["le"]  # nothing left after the article: kept


def test_a_people_noun_of_several_words_is_an_unnamed_group(nlp: Any) -> None:
    text = "Après le match, les forces de l'ordre ont dispersé les manifestants devant la mairie."
    found, mentions = analyse(nlp, text)
    groups = {e.name: e for e in found if e.unnamed}
    assert "forces de l'ordre" in groups
    assert texts_of(mentions, groups["forces de l'ordre"].key) == ["forces de l'ordre"]


def test_a_role_body_or_document_nobody_names_is_an_unnamed_participant(nlp: Any) -> None:
    found, _ = analyse(nlp, "L'accusation a réclamé dix ans de prison. Le comptable sera reçu jeudi "
                            "par le préfet.")
    groups = {e.name: e.type for e in found if e.unnamed}
    assert groups == {"accusation": "ORG", "préfet": "PER"}


def test_an_indefinite_document_taken_up_by_a_definite_one_is_one_entity(nlp: Any) -> None:
    text = "Un rapport d'audit a été publié mardi. Le rapport accuse la direction de négligence."
    found, mentions = analyse(nlp, text)
    [report] = [e for e in found if e.unnamed]
    assert report.name == "rapport d'audit"
    assert texts_of(mentions, report.key) == ["rapport d'audit", "rapport"]


def test_an_unnamed_participant_keeps_its_coordinated_adjectives(nlp: Any) -> None:
    found, _ = analyse(nlp, "Lundi, la ministre Claire Vasseur a écrit aux responsables syndicaux "
                            "et patronaux.")
    assert [e.name for e in found if e.unnamed] == ["responsables syndicaux et patronaux"]


@pytest.mark.parametrize("text", [
    "Le tribunal administratif de Nantes a annulé l'arrêté. Le tribunal a donné raison à la commune.",
    "Le président malien a reçu les journalistes à Bamako.",
    "Les deux ministres ont signé le texte à Rome.",
    "Les responsables ont refusé de commenter.",
    "Le débat porte sur le rôle du préfet dans la crise.",
])
def test_roles_and_bodies_named_otherwise_counted_bare_or_out_of_place_make_no_entity(
        nlp: Any, text: str) -> None:
    found, _ = analyse(nlp, text)
    assert [e.name for e in found if e.unnamed] == []


def test_a_title_synonym_refers_to_the_titled_person(nlp: Any) -> None:
    text = ("Le roi Harald est arrivé hier à Oslo. Devant la foule, le souverain a remercié les "
            "bénévoles.")
    found, mentions = analyse(nlp, text)
    harald = entity_named(found, "Harald")
    assert "souverain" in texts_of(mentions, harald.key, "description")


def test_an_indefinite_demonym_is_the_person_named_next(nlp: Any) -> None:
    text = ("Le maire a lu la lettre d'un jeune Espagnol de douze ans. Dans cette lettre, "
            "Pablo Ortega demandait de l'aide.")
    found, mentions = analyse(nlp, text)
    pablo = entity_named(found, "Pablo Ortega")
    assert texts_of(mentions, pablo.key, "description") == ["Espagnol"]
    assert all(e.name != "Espagne" for e in found)


def test_an_unnamed_participant_keeps_the_adjectives_of_its_complement(nlp: Any) -> None:
    found, _ = analyse(nlp, "Le défilé a été annulé à la demande des services de sécurité municipaux.")
    assert [e.name for e in found if e.unnamed] == ["services de sécurité municipaux"]


def test_a_name_tagged_from_an_event_noun_is_the_name_it_governs(nlp: Any) -> None:
    doc = nlp("Il a participé à la prise d'otages de l'UNESCO en 1982 avec trois complices.")
    spans = [s.text(doc) for s in named_spans(doc, load_entity_lexicon())]
    assert spans == ["UNESCO"]


@pytest.mark.parametrize(("text", "name", "description"), [
    ("Le tribunal a condamné Marc Dubreuil à six ans de prison. Cet homme avait avoué le vol.",
     "Marc Dubreuil", "homme"),
    ("Sophie Marchal a quitté Lyon lundi. Cette militante a rejoint Paris mardi.",
     "Sophie Marchal", "militante"),
    ("Paul Girardin sera à Nantes samedi pour le festival. L'ancien ministre de la Culture "
     "présidera le jury.", "Paul Girardin", "ancien ministre de la Culture"),
])
def test_a_demonstrative_or_a_former_office_takes_up_the_person_of_the_sentence_before(
        nlp: Any, text: str, name: str, description: str) -> None:
    found, mentions = analyse(nlp, text)
    person = entity_named(found, name)
    assert texts_of(mentions, person.key, "description") == [description]


@pytest.mark.parametrize("text", [
    "Un juge a reçu Paul Girardin lundi. Ce juge a refusé de le libérer.",
    "Paul Girardin a reçu le juge lundi. Le ministre de la Culture a démissionné.",
    "Le tribunal a entendu Paul Girardin et Marc Dubreuil lundi. Cet homme a démissionné.",
])
def test_a_description_that_takes_up_no_one(nlp: Any, text: str) -> None:
    found, mentions = analyse(nlp, text)
    person = entity_named(found, "Paul Girardin")
    assert texts_of(mentions, person.key, "description") == []


def test_an_indefinite_role_subject_is_the_holder_named_after_it(nlp: Any) -> None:
    text = ("Un juge de Lyon (Rhône) devait trancher, lundi, du sort de Paul Girardin.\n"
            "Le parquet a requis dix ans, alors que la défense a demandé au juge Marc Dubreuil "
            "de prononcer un acquittement.")
    found, mentions = analyse(nlp, text)
    assert texts_of(mentions, entity_named(found, "Marc Dubreuil").key, "description") == ["juge de Lyon"]
    text = ("Un juge de Lyon devait trancher, lundi, du sort de Paul Girardin.\n"
            "Le juge Marc Dubreuil et le juge Luc Besson ont entendu la défense.")
    found, mentions = analyse(nlp, text)
    assert texts_of(mentions, entity_named(found, "Marc Dubreuil").key, "description") == []


def test_a_role_before_a_coordinated_name_is_not_its_role(nlp: Any) -> None:
    found, _ = analyse(nlp, "Marc Dubreuil, chef cuisinier dans un restaurant du Jura et Sophie Marchal, "
                            "professeur de piano, se sont mariés samedi.")
    assert all("cuisinier" not in role for role in entity_named(found, "Sophie Marchal").roles)


def test_a_demonstrative_takes_up_the_person_of_the_paragraph_before(nlp: Any) -> None:
    found, mentions = analyse(nlp, "Le tribunal a condamné Marc Dubreuil à six ans de prison.\n"
                                   "Cet homme avait avoué le vol.")
    assert texts_of(mentions, entity_named(found, "Marc Dubreuil").key, "description") == ["homme"]


@pytest.mark.parametrize("text", [
    "Les ministres des Affaires étrangères de l'Otan se retrouveront à Oslo.",
    "La ministre de la Culture a inauguré le musée de Brest.",
])
def test_a_ministers_portfolio_is_no_name(nlp: Any, text: str) -> None:
    found, _ = analyse(nlp, text)
    assert not any(e.name in ("Affaires étrangères", "Culture") for e in found), found


def test_the_name_after_a_portfolio_is_kept(nlp: Any) -> None:
    found, _ = analyse(nlp, "Le ministre de la Santé du Liban a visité l'hôpital.")
    assert entity_named(found, "Liban").type == "LOC"
    assert not any(e.name.startswith("Santé") for e in found), found


def test_a_body_with_a_complement_and_its_nationality_is_the_country(nlp: Any) -> None:
    found, mentions = analyse(nlp, "Les forces de sécurité polonaises ont reçu de nouveaux chars.")
    poland = entity_named(found, "Pologne")
    assert texts_of(mentions, poland.key) == ["forces de sécurité polonaises"]


def test_a_quantified_plural_subject_of_people_is_a_group(nlp: Any) -> None:
    found, _ = analyse(nlp, "Plusieurs manifestants ont occupé la place du marché.")
    group = entity_named(found, "manifestants")
    assert group.unnamed
    found, _ = analyse(nlp, "Des manifestants ont occupé la place du marché.")
    assert not any(e.name == "manifestants" for e in found)


def test_a_subject_role_cut_by_a_name_is_the_apposed_persons_mention(nlp: Any) -> None:
    found, mentions = analyse(nlp, "Le directeur Paul Girardin a ouvert la séance. Le directeur de l'Agence "
                                   "spatiale européenne, Marc Dubreuil, a annoncé le lancement.")
    dubreuil = entity_named(found, "Marc Dubreuil")
    assert texts_of(mentions, dubreuil.key, "title") == ["directeur"]
    girardin = entity_named(found, "Paul Girardin")
    assert texts_of(mentions, girardin.key) == ["directeur", "Paul Girardin"]


def test_a_bare_role_with_a_complement_is_not_an_earlier_holder(nlp: Any) -> None:
    found, mentions = analyse(nlp, "Le président Jacques Morel a ouvert la séance. Le président du comité "
                                   "d'éthique a démissionné jeudi.")
    morel = entity_named(found, "Jacques Morel")
    assert texts_of(mentions, morel.key) == ["président", "Jacques Morel"]


def test_fixed_phrases_hold_no_name(nlp: Any) -> None:
    found, _ = analyse(nlp, "Lomé a dénoncé le coup d'État. Les chefs d'État africains se réuniront à Accra.")
    assert not [e for e in found if "tat" in e.name]


def test_a_counted_body_with_a_nationality_is_its_country(nlp: Any) -> None:
    found, mentions = analyse(nlp, "Le gouvernement a ordonné le départ des 800 soldats italiens stationnés "
                                   "au nord du pays.")
    italy = entity_named(found, "Italie")
    assert texts_of(mentions, italy.key) == ["soldats italiens"]


def test_a_quantity_of_people_is_an_unnamed_group(nlp: Any) -> None:
    found, mentions = analyse(nlp, "Des centaines d'agriculteurs ont bloqué l'autoroute près de Rennes.")
    group = next(e for e in found if e.unnamed)
    assert group.type == "PER"
    assert texts_of(mentions, group.key) == ["centaines d'agriculteurs"]


def test_putschists_are_people(nlp: Any) -> None:
    found, _ = analyse(nlp, "Les putschistes ont arrêté le chef de la garde.")
    assert [e.name for e in found if e.unnamed and e.type == "PER"][:1] == ["putschistes"]


def test_civil_society_organisations_are_unnamed_org_groups(nlp: Any) -> None:
    found, mentions = analyse(nlp, "Plusieurs syndicats ont appelé à la grève. Les syndicats ont ensuite "
                                   "rencontré le ministre.")
    groups = [e for e in found if e.unnamed and e.type == "ORG"]
    assert len(groups) == 1
    assert texts_of(mentions, groups[0].key) == ["syndicats", "syndicats"]


def test_an_organisation_noun_before_its_name_or_indefinite_is_no_group(nlp: Any) -> None:
    found, mentions = analyse(nlp, "L'ONG Amnesty International a publié un rapport. Les syndicats ont "
                                   "manifesté. Le voisin a rejoint un syndicat de copropriété.")
    groups = [e for e in found if e.unnamed and e.type == "ORG"]
    assert [e.name for e in groups] == ["syndicats"]
    assert texts_of(mentions, groups[0].key) == ["syndicats"]


def test_keys_stay_unique_when_grouping_leaves_gaps(nlp: Any) -> None:
    found, _ = analyse(nlp, "La «mission» de Raffarin. Jacques Chirac a fait vite. Il a nommé "
                            "Jean-Pierre Raffarin. Les syndicats ont protesté.")
    keys = [e.key for e in found]
    assert len(keys) == len(set(keys))
