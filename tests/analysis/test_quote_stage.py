"""The quotes stage on short French texts: kinds, spans, cues, speaker phrases, media."""

from __future__ import annotations

from typing import Any

import pytest

from storyline.analysis import entities, quotes
from storyline.analysis.pipeline import AnalysisState, check_order
from storyline.analysis.quotes import extract_quotes
from storyline.models import Document, Quote


def found(nlp: Any, text: str) -> list[Quote]:
    return list(extract_quotes(nlp(text)))


def only(nlp: Any, text: str) -> Quote:
    result = found(nlp, text)
    assert len(result) == 1, result
    return result[0]


def test_stage_contract() -> None:
    assert quotes.STAGE.requires == ("doc", "entities", "mentions")
    assert quotes.STAGE.assigns == ("quotes",)
    if {"entities", "mentions"} <= set(entities.STAGE.assigns):
        check_order([entities.STAGE, quotes.STAGE])


def test_stage_run_assigns_quotes_with_offsets_into_the_text(nlp: Any) -> None:
    text = "« Le partage se poursuivra », a déclaré Leavitt."
    state = AnalysisState(document=Document(id="d", source="s", text=text), doc=nlp(text))
    (quote,) = quotes.STAGE.run(state).quotes
    assert text[quote.start:quote.end] == quote.text == "Le partage se poursuivra"


@pytest.mark.parametrize(
    ("text", "words", "speaker", "cue"),
    [
        ("« Le partage se poursuivra », a déclaré Leavitt.", "Le partage se poursuivra", "Leavitt",
         "déclarer"),
        ("« Il faut agir vite », a-t-elle insisté.", "Il faut agir vite", "elle", "insister"),
        ("« C'est fini », dit-il.", "C'est fini", "il", "dire"),
        ("La ministre a expliqué : « Nous allons investir. »", "Nous allons investir.", "La ministre",
         "expliquer"),
        ("« Tout a changé », a déclaré le porte-parole du Kremlin Dmitri Peskov.", "Tout a changé",
         "le porte-parole du Kremlin Dmitri Peskov", "déclarer"),
        ("« Cela suffit », se défend l'entraîneur.", "Cela suffit", "l'entraîneur", "défendre"),
        ("Volodymyr Zelensky : « Nous tiendrons »", "Nous tiendrons", "Volodymyr Zelensky", None),
        ("« Nous ne céderons pas », a lancé mardi le ministre, Gérald Martin, devant les députés.",
         "Nous ne céderons pas", "le ministre, Gérald Martin", "lancer"),
    ],
)
def test_direct_quotes_with_their_speaker(nlp: Any, text: str, words: str, speaker: str,
                                          cue: str | None) -> None:
    quote = only(nlp, text)
    assert (quote.kind, quote.text, quote.speaker_text, quote.cue) == ("direct", words, speaker, cue)


def test_quote_running_over_two_paragraphs_is_one_direct_quote(nlp: Any) -> None:
    text = ("Le maire a pris la parole.\n"
            "« Nous avons beaucoup travaillé cette année.\n"
            "« Et nous continuerons l'an prochain », a-t-il conclu.")
    quote = only(nlp, text)
    assert quote.kind == "direct"
    assert quote.text.startswith("Nous avons beaucoup") and quote.text.endswith("l'an prochain")
    assert quote.cue == "conclure"


def test_cueless_quote_continues_the_previous_speaker(nlp: Any) -> None:
    text = "« Rien n'est joué », estime Marie Dupont. « Nous manquons de tout. »"
    first, second = found(nlp, text)
    assert second.text == "Nous manquons de tout."
    assert second.speaker_text == first.speaker_text == "Marie Dupont"
    assert second.cue is None


def test_quote_after_a_sentence_that_ends_on_its_cue(nlp: Any) -> None:
    text = "Hervé Martin, le patron du camping, confirme. « Les étrangers viennent en été. »"
    quote = only(nlp, text)
    assert (quote.kind, quote.speaker_text, quote.cue) == ("direct", "Hervé Martin, le patron du camping",
                                                          "confirmer")


def test_partial_quote_inside_an_indirect_statement(nlp: Any) -> None:
    text = "En mai, M. Trump avait averti M. Poutine qu'il « jouait avec le feu »."
    quote = only(nlp, text)
    assert (quote.kind, quote.text, quote.cue, quote.cue_class) == (
        "partial", "jouait avec le feu", "avertir", "warning")
    assert quote.speaker_text == "M. Trump"


@pytest.mark.parametrize(
    "text",
    [
        "Le président a présenté un « plan de victoire », qui comprenait une demande d'aide.",
        "Le film « Les Misérables » a remporté trois prix.",
        "L'opération, baptisée « Bouclier du Nord », a mobilisé 500 soldats.",
        "Dans un point de vue paru dans « Le Monde », il a été question d'autre chose.",
    ],
)
def test_quoted_names_and_labels_are_not_quotes(nlp: Any, text: str) -> None:
    assert found(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "words", "speaker", "cue"),
    [
        ("Le Kremlin a déclaré que les conditions n'avaient pas changé.",
         "les conditions n'avaient pas changé", "Le Kremlin", "déclarer"),
        ("M. Poutine a souligné que Moscou était prêt à dialoguer et a déclaré que la paix était possible.",
         "Moscou était prêt à dialoguer", "M. Poutine", "souligner"),
        ("L'armée a démenti toute percée, affirmant que le front tenait.", "le front tenait", "L'armée",
         "affirmer"),
        ("Le président a confirmé avoir eu un entretien fructueux.", "avoir eu un entretien fructueux",
         "Le président", "confirmer"),
        ("Des renforts seront envoyés dans la région, a annoncé le ministère.",
         "Des renforts seront envoyés dans la région", "le ministère", "annoncer"),
        ("Le maire a rappelé que les travaux dureraient deux ans, tandis que l'opposition dénonçait "
         "un gâchis.",
         "les travaux dureraient deux ans", "Le maire", "rappeler"),
    ],
)
def test_indirect_speech(nlp: Any, text: str, words: str, speaker: str, cue: str) -> None:
    quote = found(nlp, text)[0]
    assert (quote.kind, quote.text, quote.speaker_text, quote.cue) == ("indirect", words, speaker, cue)


def test_an_infinitive_or_a_weak_verb_does_not_cut_the_clause(nlp: Any) -> None:
    text = ("Il a déclaré que les équipes américaines et ukrainiennes se réuniraient afin de poursuivre "
            "leur coopération.")
    assert only(nlp, text).text.endswith("afin de poursuivre leur coopération")


def test_coordinated_statements_are_cut_apart(nlp: Any) -> None:
    text = "M. Poutine a souligné que Moscou était prêt à dialoguer et a déclaré que la paix était possible."
    assert [q.text for q in found(nlp, text)] == ["Moscou était prêt à dialoguer", "la paix était possible"]


@pytest.mark.parametrize(
    "text",
    [
        "M. Durand n'a pas dit que le projet était abandonné.",
        "Considérant que les faits étaient établis, le tribunal a condamné le prévenu.",
        "Il a vu que ses bagages étaient restés au sol.",
        "Le texte, annoncé mercredi, prévoit des baisses d'impôts.",
    ],
)
def test_no_statement_where_nobody_reports_anything(nlp: Any, text: str) -> None:
    assert found(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "words", "speaker", "cue"),
    [
        ("Selon l'Organisation mondiale de la santé, plus de 2 000 cas ont été recensés.",
         "plus de 2 000 cas ont été recensés", "l'Organisation mondiale de la santé", "selon"),
        ("Les prix devraient augmenter de 5 % cette année, selon l'Insee.",
         "Les prix devraient augmenter de 5 % cette année", "l'Insee", "selon"),
        ("Les drones, qui, selon Kiev, ont visé des civils, venaient du nord.",
         "ont visé des civils, venaient du nord", "Kiev", "selon"),
        ("D'après lui, la décision est prise.", "la décision est prise", "lui", "d'après"),
        ("Le barrage a cédé dans la nuit, selon la préfecture du Var, qui évoque une crue.",
         "Le barrage a cédé dans la nuit", "la préfecture du Var", "selon"),
    ],
)
def test_attributions(nlp: Any, text: str, words: str, speaker: str, cue: str) -> None:
    quote = only(nlp, text)
    assert (quote.kind, quote.text, quote.speaker_text, quote.cue) == ("attribution", words, speaker, cue)
    assert quote.cue_class == "attribution"


@pytest.mark.parametrize(
    "text",
    [
        "Selon la loi, chaque salarié a droit à cinq semaines de congés.",
        "L'armée a démenti les informations selon lesquelles elle serait encerclée.",
    ],
)
def test_selon_without_a_source_is_no_attribution(nlp: Any, text: str) -> None:
    assert [q for q in found(nlp, text) if q.kind == "attribution"] == []


def test_reported_clause_holding_quotation_marks_gives_only_the_quoted_fragment(nlp: Any) -> None:
    text = "Le Kremlin a déclaré qu'une condition devait être « une cessation complète de l'aide »."
    quote = only(nlp, text)
    assert (quote.kind, quote.text, quote.speaker_text) == (
        "partial", "une cessation complète de l'aide", "Le Kremlin")


def test_joint_speakers_keep_both_names_in_the_phrase(nlp: Any) -> None:
    text = "M. Trump et M. Zelensky ont convenu que « l'Ukraine et les États-Unis travailleront ensemble »."
    quote = only(nlp, text)
    assert quote.speaker_text == "M. Trump et M. Zelensky"


@pytest.mark.parametrize(
    ("text", "medium"),
    [
        ("Dans un message publié sur le réseau social Truth Social, le président a déclaré avoir appelé "
         "son homologue.", "Truth Social"),
        ("Dans un message posté sur son compte Telegram, il a déclaré qu'il voulait la paix.", "Telegram"),
        ("Interrogé par Fox News, le conseiller a déclaré que l'administration était optimiste.", "Fox News"),
        ("M. Trump a révélé à NBC qu'il n'avait pas parlé au président.", "NBC"),
        ("« Rien n'est réglé », a déclaré le porte-parole lors d'une conférence de presse.",
         "conférence de presse"),
        ("Le bureau du président a déclaré dans un communiqué que la rencontre aurait lieu.", "communiqué"),
        ("Le patron a estimé sur France Inter que la réforme était mal préparée.", "France Inter"),
    ],
)
def test_medium(nlp: Any, text: str, medium: str) -> None:
    assert only(nlp, text).medium == medium


def test_no_medium_for_a_place(nlp: Any) -> None:
    quote = only(nlp, "Le ministre a déclaré à Moscou que les discussions continueraient.")
    assert quote.medium is None


def test_cue_classes_come_from_the_lexicon(nlp: Any) -> None:
    text = ("Le ministère a démenti que des soldats aient été capturés. "
            "Le général a reconnu que la situation était difficile.")
    assert [(q.cue, q.cue_class) for q in found(nlp, text)] == [
        ("démentir", "denial"), ("reconnaître", "concession")]


def test_a_reported_infinitive_may_follow_a_clitic(nlp: Any) -> None:
    quote = only(nlp, "Le club Sportif de Lille dit en avoir recruté trois.")
    assert (quote.kind, quote.text) == ("indirect", "avoir recruté trois")
