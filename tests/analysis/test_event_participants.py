"""Participants of events: actors and recipients found by general rules on the parse, with the
entities stage's mentions (event_participants.py, event_roles.py, event_referents.py,
event_targets.py, event_links.py)."""

from __future__ import annotations

from typing import Any

import pytest

from storyline.analysis import timex
from storyline.analysis.entities import extract_entities
from storyline.analysis.entity_lexicon import load_entity_lexicon
from storyline.analysis.event_referents import Referents
from storyline.analysis.events import extract_events
from storyline.analysis.quotes import extract_quotes
from storyline.models import EventMention, LocalEntity


def analyse(nlp: Any, text: str) -> tuple[list[EventMention], dict[str, str]]:
    doc = nlp(text)
    entities, mentions = extract_entities(doc)
    timexes = tuple(timex.tag_doc(doc, timex.publication_date("2025-03-20")))
    quotes = extract_quotes(doc, entities, mentions)
    found = extract_events(doc, entities, mentions, timexes, "2025-03-20", quotes=quotes)
    return list(found), {e.key: e.name for e in entities}


def event_of(nlp: Any, text: str, trigger: str) -> tuple[set[str], set[str]]:
    """(actor names, recipient names) of the event whose trigger contains ``trigger``."""
    found, table = analyse(nlp, text)
    matching = [e for e in found if trigger in e.trigger]
    assert matching, [e.trigger for e in found]
    event = matching[0]
    return {table[k] for k in event.actors}, {table[k] for k in event.recipients}


def everyone(nlp: Any, text: str, trigger: str) -> set[str]:
    actors, recipients = event_of(nlp, text, trigger)
    return actors | recipients


def test_nationality_adjective_on_an_event_noun(nlp: Any) -> None:
    text = ("La Russie a bombardé Kharkiv. Les frappes russes contre l'Ukraine ont fait dix morts, "
            "selon Kiev.")
    actors, recipients = event_of(nlp, text, "frappes")
    assert actors == {"Russie"}
    assert "Kiev" not in actors | recipients  # "selon X" is a source, not a participant


def test_nationality_adjective_on_a_body_that_acts(nlp: Any) -> None:
    text = ("Les États-Unis soutiennent l'Ukraine. L'administration américaine a décidé de suspendre "
            "une partie des livraisons d'armes à l'Ukraine.")
    actors, recipients = event_of(nlp, text, "suspendre")
    assert actors == {"États-Unis"}
    assert recipients == {"Ukraine"}


def test_plural_description_names_the_latest_leaders(nlp: Any) -> None:
    text = ("Le président américain Donald Trump a parlé de l'Ukraine. Le président russe Vladimir Poutine "
            "a reçu son conseiller Steve Witkoff. Les deux dirigeants se sont entretenus par téléphone "
            "mardi.")
    assert everyone(nlp, text, "entretenus") == {"Donald Trump", "Vladimir Poutine"}


def test_pronoun_subject_of_a_reported_clause(nlp: Any) -> None:
    text = ("Volodymyr Zelensky a parlé mardi. Le 2 juillet, le Pentagone a annoncé qu'il suspendait "
            "certaines livraisons d'armes à l'Ukraine.")
    actors, recipients = event_of(nlp, text, "suspendait")
    assert actors == {"Pentagone"}
    assert recipients == {"Ukraine"}


def test_object_of_an_infinitive_under_an_agreement(nlp: Any) -> None:
    text = "Le président Donald Trump a accepté d'aider l'Ukraine à rechercher des systèmes Patriot."
    actors, recipients = event_of(nlp, text, "accepté")
    assert actors == {"Donald Trump"}
    assert recipients == {"Ukraine"}


def test_relative_clause_on_an_event_noun(nlp: Any) -> None:
    text = ("Le président américain Donald Trump a exprimé sa déception concernant une conversation "
            "qu'il a eue avec le président russe Vladimir Poutine.")
    assert everyone(nlp, text, "conversation") == {"Donald Trump", "Vladimir Poutine"}


def test_possessive_of_a_fronted_setting_is_the_main_subject(nlp: Any) -> None:
    text = ("Après sa rencontre avec M. Donald Trump à la Maison Blanche, le secrétaire général de "
            "l'OTAN, Mark Rutte, a confirmé que rien n'était décidé.")
    actors, recipients = event_of(nlp, text, "rencontre")
    assert actors == {"Mark Rutte"}
    assert recipients == {"Donald Trump"}


def test_owner_of_a_thing_accepted_is_the_recipient(nlp: Any) -> None:
    text = "La Yougoslavie a accepté le cadre établi par le G8 pour le Kosovo."
    actors, recipients = event_of(nlp, text, "accepté")
    assert "G8" in recipients
    assert "Kosovo" not in actors | recipients


def test_detached_participle_names_who_it_is_done_to(nlp: Any) -> None:
    text = "Richard Reid, accusé d'avoir tenté de faire sauter un avion, a été jugé à Boston."
    _, recipients = event_of(nlp, text, "accusé")
    assert recipients == {"Richard Reid"}


def test_a_venue_is_not_a_recipient(nlp: Any) -> None:
    text = ("Les supporters de l'OM ont demandé la démission de l'entraîneur Rolland Courbis, "
            "au stade de la Mosson.")
    _, recipients = event_of(nlp, text, "demandé")
    assert recipients == {"Rolland Courbis"}


def test_coordination_needs_a_conjunction(nlp: Any) -> None:
    text = ("Lors d'un échange qui a eu lieu à la suite d'une attaque sans précédent de drones et de "
            "missiles par la Russie sur l'Ukraine, Zelensky et Trump ont abordé des questions cruciales.")
    actors, recipients = event_of(nlp, text, "attaque")
    assert actors == {"Russie"}
    assert "Zelensky" not in actors | recipients


@pytest.mark.parametrize(
    ("word", "countries"),
    [("russes", ["Russie"]), ("franco-allemand", ["France", "Allemagne"]), ("ukrainiennes", ["Ukraine"]),
     ("rapide", [])],
)
def test_countries_of_nationality_adjectives(word: str, countries: list[str]) -> None:
    referents = Referents((), [], load_entity_lexicon())
    assert referents.countries_of_word(word) == countries


def test_country_entity_by_name_without_article() -> None:
    entities = (LocalEntity(key="E1", name="La France", type="LOC"),
                LocalEntity(key="E2", name="Russie", type="LOC"))
    referents = Referents(entities, [])
    assert referents.country_key("France") == "E1"
    assert referents.country_key("Russie") == "E2"
    assert referents.country_key("Ukraine") is None


@pytest.mark.parametrize(("text", "trigger", "actors", "recipients"), [
    # the nationality of the object of the trigger's infinitive
    ("La Turquie soutient la Syrie. La Russie a promis qu'elle cesserait de bombarder les ports syriens.",
     "cesserait", {"Russie"}, {"Syrie"}),
    # a mention inside the object of the infinitive
    ("La Pologne a manifesté son intérêt pour aider à reconstruire les ponts de l'armée moldave.",
     "aider", {"La Pologne"}, {"Moldavie"}),
    # the owner of a demonstrative thing: whoever put it forward a sentence before
    ("Le Kremlin a posé plusieurs exigences mardi. Le gouvernement géorgien a cependant rejeté ces "
     "exigences.", "rejeté", {"Géorgie"}, {"Kremlin"}),
    # the subject of the clause a demand is about
    ("Washington a exigé que l'Iran renonce à son programme nucléaire.", "exigé", {"Washington"}, {"Iran"}),
    # a name the parser hung on the verb right after the recipient's noun
    ("Le président Lula a demandé à l'administration Biden de livrer des vaccins.",
     "demandé", {"Lula"}, {"Biden"}),
    # an object introduced by "à" ("s'en prendre aux joueurs")
    ("Les supporters du PSG, furieux, ont fini par s'en prendre aux joueurs et au président Nasser "
     "Al-Khelaïfi.", "prendre", {"supporters du PSG"}, {"Nasser Al-Khelaïfi"}),
    # the owner of the noun an infinitive completes ("la décision de X d'inculper Y")
    ("Les alliés ont salué la décision de l'ONU d'inculper le général Mladic.",
     "inculper", {"ONU"}, {"Mladic"}),
    # a mediation is done by the clause's subject; "entre" names its parties
    ("Le président Erdogan a réaffirmé son intérêt pour une médiation entre l'Arménie et l'Azerbaïdjan.",
     "médiation", {"Erdogan"}, {"Arménie", "Azerbaïdjan"}),
    # a hyphenated noun split by the parser keeps its complements
    ("Les Brigades Al-Qassam ont promis de poursuivre les attentats-suicides contre Israël.",
     "attentats", {"Brigades Al-Qassam"}, {"Israël"}),
])
def test_targets_and_partners_beyond_the_slots(nlp: Any, text: str, trigger: str, actors: set[str],
                                               recipients: set[str]) -> None:
    assert event_of(nlp, text, trigger) == (actors, recipients)


def test_attack_target_by_the_nationality_of_where_it_went(nlp: Any) -> None:
    text = ("La Croatie proteste. Les blindés serbes ont franchi la frontière et pénétré en territoire "
            "croate, dans la province de Slavonie.")
    actors, recipients = event_of(nlp, text, "franchi")
    assert recipients == {"Croatie"}  # not the province: "dans" is where it happened


def test_apposed_name_is_the_participant(nlp: Any) -> None:
    text = "Le Canadien John Smith, accusé de fraude par la banque, sera jugé lundi."
    assert event_of(nlp, text, "accusé")[1] == {"John Smith"}


def test_coordinated_names_under_a_genitive(nlp: Any) -> None:
    text = "Les patrons de Ferrari et Renault ont menacé de quitter le championnat."
    assert event_of(nlp, text, "menacé")[0] == {"Ferrari", "Renault"}


def test_subjects_the_parser_hung_on_a_fronted_phrase(nlp: Any) -> None:
    text = ("La Syrie dément. Selon le porte-parole de l'armée turque, des centaines de soldats syriens "
            "sont encerclés par la Turquie à Idlib.")
    assert event_of(nlp, text, "encerclés") == ({"Turquie"}, {"Syrie"})  # not the source
    text = "En outre, « les avions de l'OTAN ont bombardé les ponts », selon Belgrade."
    assert event_of(nlp, text, "bombardé")[0] == {"OTAN"}


# ---------------------------------------------------------------- antecedents (event_pronouns.py)


def test_object_clitic_takes_the_earlier_person_not_its_own_subject(nlp: Any) -> None:
    text = "Le ministre Jean Dupont a reçu une lettre. Marie Martin l'a critiqué pour son absence."
    actors, recipients = event_of(nlp, text, "critiqué")
    assert actors == {"Marie Martin"}
    assert recipients == {"Jean Dupont"}


def test_indirect_object_pronoun_of_a_passive(nlp: Any) -> None:
    text = ("Jean Moreau, de Nancy, comparaissait hier devant le tribunal. Les faits qui lui sont "
            "reprochés remontent à 1998.")
    assert everyone(nlp, text, "reproch") == {"Jean Moreau"}


def test_plural_stressed_pronoun_names_the_plural_group(nlp: Any) -> None:
    text = "Les supporters du Racing ont envahi la pelouse. L'un d'eux a critiqué l'entraîneur Paul Durand."
    actors, recipients = event_of(nlp, text, "critiqué")
    assert actors == {"supporters du Racing"}
    assert recipients == {"Paul Durand"}


def test_demonstrative_pronoun_names_the_last_person(nlp: Any) -> None:
    text = ("Le président Jacques Martin a nommé hier Pierre Lefort. Celui-ci s'est aussitôt lancé dans "
            "les consultations.")
    assert everyone(nlp, text, "consultations") == {"Pierre Lefort"}


def test_definite_description_takes_the_earlier_phrase_with_its_head(nlp: Any) -> None:
    text = ("Les supporters du Racing ont envahi la pelouse. La police a dû attendre que les gendarmes "
            "éloignent les supporters mécontents.")
    assert everyone(nlp, text, "éloignent") == {"gendarmes", "supporters du Racing"}


def test_role_description_names_its_holder_when_nationalities_agree(nlp: Any) -> None:
    text = ("Le président yougoslave Slobodan Milosevic a reçu l'émissaire. Les alliés ont salué la "
            "décision du tribunal d'inculper le président yougoslave.")
    assert everyone(nlp, text, "inculper") == {"Slobodan Milosevic"}
    text = "Le président russe Vladimir Poutine a parlé hier. Donald Trump a critiqué le dirigeant ukrainien."
    assert everyone(nlp, text, "critiqué") == {"Donald Trump"}


def test_agent_of_a_participle_on_a_noun_acts(nlp: Any) -> None:
    text = ("Le Kenya a rejeté la trêve. Le Soudan examine encore une trêve de dix jours proposée par "
            "l'Égypte.")
    actors, _ = event_of(nlp, text, "proposée")
    assert actors == {"Égypte"}


def test_a_veto_is_aimed_at_whoever_passed_the_law(nlp: Any) -> None:
    text = ("Le président Joe Biden a indiqué qu'il opposera son veto à une loi de finances "
            "votée par le Sénat la semaine dernière.")
    assert "Sénat" in everyone(nlp, text, "veto")


def test_a_chain_of_pronouns_keeps_its_referent(nlp: Any) -> None:
    text = ("Les ravisseurs ont enlevé le touriste à Nice. Ils l'ont enfermé dans une cave. Ils l'ont "
            "ensuite ligoté. Ils lui ont pris sa carte bancaire. Plus tard, ils l'ont torturé.")
    actors, recipients = event_of(nlp, text, "torturé")
    assert actors == {"ravisseurs"}
    assert recipients == {"touriste"}  # "l'" -> "lui" -> "l'" -> "l'" -> "le touriste"


def test_a_national_court_is_its_country(nlp: Any) -> None:
    text = "L'opposant Ahmet Kaya a été condamné hier à dix ans de prison par un tribunal turc."
    actors, recipients = event_of(nlp, text, "condamné")
    assert actors == {"Turquie"}
    assert recipients == {"Ahmet Kaya"}


def test_defence_lawyers_are_a_group_of_their_own(nlp: Any) -> None:
    text = ("Le procureur a requis vingt ans de prison. Les avocats de la défense ont demandé au juge "
            "Paul Martin de prononcer une peine plus légère.")
    actors, recipients = event_of(nlp, text, "ont demandé")
    assert actors == {"avocats de la défense"}
    assert recipients == {"Paul Martin"}


def test_a_call_includes_who_the_speaker_turned_to(nlp: Any) -> None:
    text = ("Lors de l'entretien téléphonique de lundi, M. Scholz a demandé à M. Macron de soutenir "
            "le plan européen.")
    assert everyone(nlp, text, "entretien") == {"Scholz", "Macron"}


def test_a_count_announces_the_people_named_next(nlp: Any) -> None:
    text = ("Les deux journalistes allemands ont été libérés hier au Mali. Peter Braun et sa collègue, "
            "Anna Vogel, avaient été enlevés en mars.")
    _, recipients = event_of(nlp, text, "libérés")
    assert recipients == {"Peter Braun", "Anna Vogel"}


def test_a_definite_event_noun_points_back_to_its_author(nlp: Any) -> None:
    text = ("Une attaque de l'Iran contre Israël a fait trois morts dans la nuit. "
            "Le Premier ministre Benyamin Netanyahou a condamné l'attaque.")
    _, recipients = event_of(nlp, text, "condamné")
    assert "Iran" in recipients


def test_afin_de_shares_the_subject_of_its_clause(nlp: Any) -> None:
    text = ("Le syndicaliste Paul Girard sera à Lille mardi 7 mai afin d'y manifester contre la venue "
            "d'Éric Zemmour.")
    actors, recipients = event_of(nlp, text, "manifester")
    assert actors == {"Paul Girard"}
    assert recipients == {"Éric Zemmour"}


def test_an_unnamed_group_of_several_words_is_an_actor(nlp: Any) -> None:
    text = "À la fin du concert, les forces de l'ordre ont arrêté les manifestants devant la mairie."
    actors, _ = event_of(nlp, text, "arrêté")
    assert actors == {"forces de l'ordre"}



def test_purpose_infinitive_takes_the_partner_of_its_governing_verb(nlp: Any) -> None:
    text = ("Après l'échec des pourparlers, Emmanuel Macron s'est tourné vers le chancelier "
            "Olaf Scholz pour négocier un nouveau plan pour l'industrie européenne.")
    actors, recipients = event_of(nlp, text, "négocier")
    assert "Emmanuel Macron" in actors
    assert recipients == {"Olaf Scholz"}


def test_purpose_infinitive_does_not_take_a_city_for_a_partner(nlp: Any) -> None:
    text = "Le ministre Bruno Le Maire est allé à Berlin pour négocier un nouveau budget européen."
    _, recipients = event_of(nlp, text, "négocier")
    assert "Berlin" not in recipients


def test_sentence_recipient_misattached_to_the_governing_verb(nlp: Any) -> None:
    text = "Le tribunal laisse présager une sentence identique pour le militant écologiste Paul Martin."
    _, recipients = event_of(nlp, text, "sentence")
    assert recipients == {"Paul Martin"}


def test_a_town_a_ground_operation_moves_into_is_its_place(nlp: Any) -> None:
    found, table = analyse(nlp, "L'armée serbe affirme renforcer son emprise sur Vukovar.")
    event = next(e for e in found if e.trigger == "renforcer")
    assert ({table[k] for k in event.actors}, event.recipients) == ({"Serbie"}, ())
    assert event.location is not None and table[event.location] == "Vukovar"
    text = "Les troupes serbes tentaient d'entrer en Croatie."  # a country stays the target
    assert event_of(nlp, text, "entrer")[1] == {"Croatie"}


def test_who_held_what_an_attack_takes_is_its_recipient(nlp: Any) -> None:
    text = "Le Mali dément. Les rebelles ont repris le village de Kidal, contrôlé par l'armée malienne."
    assert event_of(nlp, text, "repris") == ({"rebelles"}, {"Mali"})


def test_a_gerund_the_parser_took_for_a_noun_shares_the_clause_subject(nlp: Any) -> None:
    text = "Trudeau a vidé tout notre arsenal en leur donnant des armes."
    assert event_of(nlp, text, "donnant")[0] == {"Trudeau"}


def test_a_plural_subject_pronoun_is_the_unnamed_group_just_before(nlp: Any) -> None:
    text = ("Les pompiers sont arrivés vers minuit. Ils ont éteint le feu. Le maire a reçu ensuite "
            "trois des six riverains évacués. Mais ils ont refusé son aide.")
    actors, _ = event_of(nlp, text, "refusé")
    assert actors == {"riverains"}


def test_a_plural_subject_pronoun_keeps_the_group_named_just_before(nlp: Any) -> None:
    text = "Les grévistes ont rencontré la direction lundi. Ils ont refusé la proposition des patrons."
    actors, _ = event_of(nlp, text, "refusé")
    assert actors == {"grévistes"}


def test_a_recipient_the_parser_hung_on_a_time_phrase(nlp: Any) -> None:
    text = "Angela Merkel a donné jusqu'au 15 mars à Viktor Orban pour lever son veto."
    assert event_of(nlp, text, "donné") == ({"Angela Merkel"}, {"Viktor Orban"})


def test_the_subject_the_parser_gave_a_detached_participle(nlp: Any) -> None:
    text = ("Le rapport, remis lundi à Mme Claire Petit, ministre de la Santé, accuse la direction "
            "de l'AP-HP de négligence.")
    assert event_of(nlp, text, "accuse")[0] == {"rapport"}


def test_a_plural_noun_stands_for_the_names_coordinated_in_its_complement(nlp: Any) -> None:
    text = "Les maisons d'édition Gallimard et Flammarion ont accusé Amazon de concurrence déloyale."
    assert event_of(nlp, text, "accusé") == ({"Gallimard", "Flammarion"}, {"Amazon"})


def test_a_plural_pronoun_is_the_group_in_a_noun_complement(nlp: Any) -> None:
    text = "Le général Okonkwo garantit la sécurité des troupes tchadiennes si elles capitulent."
    actors, _ = event_of(nlp, text, "capitul")
    assert actors == {"Tchad"}


def test_efforts_a_subject_makes_with_someone_are_the_subjects_with_them(nlp: Any) -> None:
    text = ("Le président Joe Biden s’est engagé auprès de Paris et de Rome dans des efforts visant à "
            "négocier un cessez-le-feu.")
    assert event_of(nlp, text, "négocier") == ({"Joe Biden"}, {"Paris", "Rome"})


def test_the_parties_of_being_in_agreement_come_from_the_copula(nlp: Any) -> None:
    text = "Le Portugal « est d'accord pour que l'Espagne organise une conférence », a dit le ministre."
    assert event_of(nlp, text, "d'accord") == ({"Portugal"}, {"Espagne"})  # allowed to act, no actor
    text = ("La Russie a annoncé dimanche que Moscou « est d'accord pour que le Conseil de l'Europe "
            "adopte un texte », a indiqué un porte-parole.")
    assert event_of(nlp, text, "d'accord") == ({"Moscou"}, {"Conseil de l'Europe"})
    text = ("La Suède « refuse les conditions du FMI » et Oslo « est d'accord pour que la Banque "
            "mondiale publie un rapport », a indiqué hier un communiqué.")
    assert event_of(nlp, text, "d'accord") == ({"Oslo"}, {"Banque mondiale"})
    text = "Paris est d'accord avec Berlin sur ce point."
    assert event_of(nlp, text, "d'accord") == ({"Paris"}, {"Berlin"})
    text = "Jean Dupont n'était pas d'accord avec Marie Curie."
    assert event_of(nlp, text, "d'accord") == ({"Jean Dupont"}, {"Marie Curie"})


def test_a_long_demonstrative_subject_split_by_the_parser_is_the_actor(nlp: Any) -> None:
    text = ("Les gendarmes ont interpellé Paul Girardin lundi à Lyon. Ce membre d'un rang peu élevé du "
            "réseau Hezbollah de Karim ben Ali avait plaidé coupable mardi des faits reprochés.")
    assert event_of(nlp, text, "plaidé") == ({"Paul Girardin"}, set())


def test_requests_set_against_each_other_share_the_judge(nlp: Any) -> None:
    text = ("L'accusation a requis dix ans de prison, alors que les avocats de la défense ont demandé "
            "au juge Marc Dubreuil un acquittement.")
    assert event_of(nlp, text, "requis") == ({"accusation"}, {"Marc Dubreuil"})
    text = "Moscou a réclamé la levée des sanctions, alors que Kiev a demandé à Berlin de les renforcer."
    assert event_of(nlp, text, "réclamé") == ({"Moscou"}, set())


def test_talks_aimed_at_an_agreement_between_nations_have_them_as_parties(nlp: Any) -> None:
    text = ("Selon le ministre, le but de la conférence est de lancer des pourparlers aboutissant à un "
            "accord franco-allemand sur l'énergie.")
    assert event_of(nlp, text, "pourparlers") == ({"France", "Allemagne"}, set())


def test_partner_hung_on_a_time_noun_is_the_triggers(nlp: Any) -> None:
    # the parser hangs "par téléphone" and "avec le chancelier …" under "jeudi"
    text = ("Le président finlandais Arto Niemi s'est entretenu jeudi par téléphone avec le "
            "chancelier autrichien Karl Berger, qui lui a promis une aide.")
    found, table = analyse(nlp, text)
    talk = next(e for e in found if "entretenu" in e.trigger)
    assert {table[k] for k in talk.recipients} == {"Karl Berger"}
    assert talk.mode == "phone"


def test_target_of_a_threatened_attack_is_the_threats_recipient(nlp: Any) -> None:
    text = "La milice a menacé de bombarder Tartu si les négociations échouaient."
    actors, recipients = event_of(nlp, text, "menacé")
    assert recipients == {"Tartu"}


def test_court_heading_a_misparsed_sentence_and_the_person_it_sentenced(nlp: Any) -> None:
    text = ("La gendarmerie a interpellé mardi l'ancien député Luc Morel.\n"
            "L'ancien député a contesté les faits. « Tout cela est faux », a-t-il dit à la presse.\n"
            "Ses proches ont dénoncé un acharnement. Le tribunal correctionnel de Nantes l'avait déjà "
            "condamné en 2017 à trois ans de prison avec sursis pour fraude fiscale.")
    actors, recipients = event_of(nlp, text, "condamné")
    assert actors == {"Nantes"}  # a court named after its town belongs to that name
    assert recipients == {"Luc Morel"}




def _parsed(nlp: Any, rows: list[tuple[str, int, str, str]]) -> Any:
    """A hand-made parse (word, head, dependency, part of speech): the parser's reading of a
    threat with its condition hung as the threat's clause."""
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows],
               deps=[r[2] for r in rows], pos=[r[3] for r in rows])


def test_who_undergoes_a_passive_condition_is_not_threatened(nlp: Any) -> None:
    from storyline.analysis.event_roles import content_subjects

    rows = [("Lisbonne", 1, "nsubj", "PROPN"), ("menace", 1, "ROOT", "VERB"), ("de", 3, "mark", "ADP"),
            ("frapper", 1, "xcomp", "VERB"), ("si", 8, "mark", "SCONJ"), ("Paulo", 8, "nsubj:pass", "PROPN"),
            ("n'", 8, "advmod", "ADV"), ("est", 8, "aux:pass", "AUX"), ("libéré", 1, "ccomp", "VERB")]
    doc = _parsed(nlp, rows)
    assert content_subjects(doc[1]) == []
    rows[7] = ("a", 8, "aux:tense", "AUX")  # "si Paulo n'a pas cédé": Paulo must act, he is warned
    doc = _parsed(nlp, rows)
    assert [t.text for t in content_subjects(doc[1])] == ["Paulo"]


def test_partner_hung_on_a_duration_after_a_day_is_the_triggers(nlp: Any) -> None:
    # the parser takes "mardi" for the object and hangs "avec …" under "heures"
    text = "Le chancelier Karl Berger s'est entretenu mardi pendant deux heures avec le ministre Arto Niemi."
    actors, recipients = event_of(nlp, text, "entretenu")
    assert recipients == {"Arto Niemi"}


def test_a_name_the_tagger_takes_for_a_pronoun_is_still_its_entity(nlp: Any) -> None:
    text = "Kiev a affirmé avoir repoussé une attaque dans la nuit."
    actors, _ = event_of(nlp, text, "repoussé")
    assert actors == {"Kiev"}
