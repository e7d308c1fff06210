"""The undated acts told right after a lead that dates one past scene take its day; a participle
describing a noun of an indirect report is told as a fact."""

from __future__ import annotations

from typing import Any

from .test_events import analyse

LEAD = "NANTES._ Le club lyonnais a sombré samedi à Nantes en championnat (0-4).\n"


def told(nlp: Any, body: str) -> list[tuple[str, str | None]]:
    found, _ = analyse(nlp, LEAD + body)
    return [(e.type, e.date) for e in found]


def test_the_scene_after_the_lead_takes_its_day(nlp: Any) -> None:
    body = ("Après cette défaite, les joueurs ont quitté le terrain sous les sifflets.\n"
            "Les supporters ont exigé la démission de l'entraîneur devant les vestiaires, avant de "
            "s'en prendre au président du club.")
    assert told(nlp, body) == [("REQUEST", "2025-03-15"), ("ACCUSE", "2025-03-15")]


def test_another_date_future_or_earlier_past_is_not_the_scene(nlp: Any) -> None:
    assert told(nlp, "En 2020, les supporters ont exigé la démission de l'entraîneur.") == [
        ("REQUEST", "2020")]
    assert told(nlp, "Les supporters exigeront la démission de l'entraîneur.") == [("REQUEST", None)]
    assert told(nlp, "Les supporters avaient déjà exigé la démission de l'entraîneur.") == [
        ("REQUEST", None)]


def test_a_lead_with_two_past_days_lends_none(nlp: Any) -> None:
    found, _ = analyse(nlp, "NANTES._ Le club a perdu samedi à Nantes, après un nul mardi à Lille.\n"
                       "Les supporters ont exigé la démission de l'entraîneur.")
    assert [(e.type, e.date) for e in found] == [("REQUEST", None)]


def test_a_participle_describing_a_noun_of_an_indirect_report_is_a_fact(nlp: Any) -> None:
    def modality(text: str) -> list[tuple[str, str]]:
        found, _ = analyse(nlp, text)
        return [(e.type, e.modality) for e in found]

    assert modality("Le ministre a assuré que le gouvernement étudiait le plan de paix proposé par "
                    "l'opposition.") == [("REQUEST", "asserted")]
    assert modality("« Le gouvernement étudie le plan de paix proposé par l'opposition », a assuré "
                    "le ministre.") == [("REQUEST", "reported")]
    assert modality("Le ministre a assuré que l'opposition avait proposé un plan de paix.") == [
        ("REQUEST", "reported")]


def test_the_scene_ends_three_paragraphs_after_the_lead(nlp: Any) -> None:
    filler = "Les joueurs sont rentrés au vestiaire sous les sifflets.\n"
    body = filler * 3 + "Les supporters ont exigé la démission de l'entraîneur."
    assert told(nlp, body) == [("REQUEST", None)]
    assert told(nlp, filler * 2 + "Les supporters ont exigé la démission de l'entraîneur.") == [
        ("REQUEST", "2025-03-15")]
